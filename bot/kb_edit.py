"""Changes to the live knowledge base: one field, one alias, one record; each one transaction + one audit row.

Every change reads what it modifies inside `audit.change` (BEGIN IMMEDIATE), bumps the revision so
every process rebuilds its matcher before its next message, and refreshes the full-text index.
Deleting a record only flags it (`deleted = 1`), so /undo or /restore bring it back.
"""

import copy
import json
import unicodedata
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from bot import audit, centre_position, kb_fields, kb_names, kb_provenance, kb_text, seed
from bot.language import HI, HINGLISH, detect
from bot.matcher import content_words
from bot.normalize import keys


class EditError(ValueError):
    """A change that cannot be made as asked; the message is for the admin."""


# A one-word alias already used by this many other topics is too generic to give to one.
GENERIC_TOPICS = 3
# The fields that name other records (`kb check` and /import refuse a name that is not a live record).
LINKS = {"schemes": ("related",), "centres": ("hub",), "helplines": ("covers",)}


@dataclass(frozen=True)
class Stored:
    """One record as stored: its table, seed-format data and whether it is deleted."""

    table: str
    id: str
    data: dict[str, Any]
    deleted: bool
    updated_at: str


def find(db: sqlite_utils.Database, record_id: str) -> Stored | None:
    """The record with this id in any table, deleted or not."""
    for table in seed.RECORD_TABLES:
        row = db.execute(
            f"SELECT data, deleted, updated_at FROM {table} WHERE id = ?", [record_id]
        ).fetchone()
        if row:
            return Stored(table, record_id, json.loads(row[0]), bool(row[1]), row[2] or "")
    return None


def known_ids(db: sqlite_utils.Database) -> dict[str, set[str]]:
    return {
        t: {r[0] for r in db.execute(f"SELECT id FROM {t} WHERE deleted = 0").fetchall()}
        for t in seed.RECORD_TABLES
    }


def aliases(db: sqlite_utils.Database, topic: str) -> list[tuple[str, str, str]]:
    """(lang, text, source) of every alias of `topic`, in the order they were added."""
    return [
        tuple(r)
        for r in db.execute("SELECT lang, text, source FROM aliases WHERE topic = ? ORDER BY id", [topic])
    ]


def _live(db: sqlite_utils.Database, record_id: str) -> Stored:
    stored = find(db, record_id)
    if stored is None or stored.deleted:
        raise EditError(f"no record {record_id!r} (see /history or /restore for deleted ones)")
    return stored


def _changed(db: sqlite_utils.Database) -> None:
    seed.bump_revision(db)
    seed.rebuild_search(db)


def get_path(data: dict[str, Any], path: tuple[str, ...]) -> Any:
    value: Any = data
    for part in path:
        value = value.get(part) if isinstance(value, dict) else None
    return value


def set_path(data: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    node = data
    for part in path[:-1]:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[path[-1]] = value


def set_field(
    db: sqlite_utils.Database, who: str, record_id: str, field: str, value: str, command: str
) -> tuple[Any, Any]:
    """Validate and store one field; (old, new). A fact's new value marks the record unverified, with the
    admin as its newest source (`kb_provenance`). Raises FieldError / EditError."""
    with audit.change(db):
        stored = _live(db, record_id)
        path, new = kb_fields.parse(stored.table, record_id, field, value, known_ids(db))
        old = get_path(stored.data, path)
        if old == new:
            raise EditError(f"{record_id} {field} already has that value")
        data = stored.data
        # /undo puts back the whole top-level value: "helpline: null", not {"phone": null}
        top, before = path[0], copy.deepcopy(data.get(path[0]))
        set_path(data, path, new)
        if new is None and path[-1] in kb_fields.LANGS and not any(data[top].values()):
            data[top] = None  # a note cleared in both languages is no note
        if top == "name":
            _refuse_taken_name(db, stored.table, record_id, {path[1]: new})
        if stored.table == "centres" and (
            far := centre_position.refuse_move(record_id, {**data, top: before}, data, top)
        ):
            raise EditError(far)
        if stored.table == "schemes" and not kb_fields.says_why_no_link(data):
            raise EditError(
                f"{record_id} would have neither a url nor a note saying why there is none "
                "(kb check and /import refuse that)"
            )
        also = []
        if path == ("url",) and data.get("url_verified") is True:
            # a new address is not the one a source vouched for: it gets the "please confirm" hedge
            # until an admin sets url_verified true
            data["url_verified"] = False
            also.append({"path": ["url_verified"], "expect": False, "restore": True})
        if path == ("url",) and new and data.get("note") == kb_fields.NO_LINK_NOTE:
            data["note"] = None  # (citizens would get the link with "no official link is on file" under it)
            also.append({"path": ["note"], "expect": None, "restore": kb_fields.NO_LINK_NOTE})
        undo = {
            "op": "field",
            "table": stored.table,
            "id": record_id,
            "path": [top],
            "expect": data.get(top),
            "restore": before,
            "with": also,
        }
        if kb_provenance.is_fact(path[0]):
            source = kb_provenance.edit_source(who, field, audit.stamp())
            undo["marks"] = kb_provenance.mark_edited(data, source)
        seed.write_record(db, stored.table, data, audit.stamp())
        audit.record(db, who, command, record_id, {field: old}, {field: new}, undo)
        _changed(db)
    return old, new


def _refuse_taken_name(db: sqlite_utils.Database, table: str, record_id: str, names: Any) -> None:
    """EditError when another live scheme or centre already answers to one of `names` ({lang: name}): as its
    name, its id or an alias."""
    problem = kb_names.clash(db, record_id, names) if table in kb_names.NAMED_TABLES else None
    if problem is not None:
        raise EditError(problem)


def alias_lang(text: str) -> str:
    """Which alias list a new alias joins: hi (Devanagari), hinglish or en, as the seed keeps them."""
    found = detect(text)
    return found if found in (HI, HINGLISH) else "en"


def _folded(text: str) -> str:
    """How aliases compare: one Unicode form (क़ is sent as one code point or as क + nukta), and case
    folded in every script (SQLite's lower() folds ASCII only)."""
    return unicodedata.normalize("NFC", text).casefold()


def add_alias(db: sqlite_utils.Database, who: str, topic: str, text: str, command: str) -> str:
    """Attach `text` to `topic`; its language list. Raises EditError when it is already there."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    if not text:
        raise EditError("usage: /alias ID TEXT")
    char = kb_text.forbidden_character(text)
    if char is not None:
        raise EditError(f"the alias contains {kb_text.describe(char)}")
    try:
        kb_fields.check_alias(text)
    except kb_fields.FieldError as exc:
        raise EditError(str(exc)) from None
    with audit.change(db):
        stored = _live(db, topic)
        if stored.table == "helplines":
            raise EditError("helplines have no aliases")
        owner = _named_by(db, text)
        if owner is not None and owner != topic:
            raise EditError(f"{text!r} is the name of {owner}; an alias cannot take another topic's name")
        words = content_words(text)
        if not words:
            raise EditError(f"{text!r} has only common words (kya, kaise, how…); it would match everything")
        shared = _topics_using(db, words[0]) - {topic} if len(words) == 1 else set()
        if len(shared) >= GENERIC_TOPICS:
            raise EditError(
                f"{text!r} already points to {', '.join(sorted(shared))}; "
                "one word shared by that many topics would hide the others: use a longer phrase"
            )
        taken = _reading_as(db.execute("SELECT topic, text FROM aliases ORDER BY id").fetchall(), text)
        if topic in taken:
            raise EditError(f"{topic} already has the alias {taken[topic]!r}{_read_as(taken[topic], text)}")
        _refuse_alias_of_another(db, text, taken)
        lang = alias_lang(text)
        db.execute(
            "INSERT INTO aliases(topic, lang, text, source) VALUES (?, ?, ?, ?)",
            [topic, lang, text, f"admin {who}"],
        )
        undo = {"op": "alias_add", "topic": topic, "lang": lang, "text": text}
        audit.record(db, who, command, topic, None, {"alias": text, "lang": lang}, undo)
        _changed(db)
    deleted = sorted(taken.keys() - {topic})
    return lang + (f" (also an alias of {', '.join(deleted)}, deleted)" if deleted else "")


def _reading_as(rows: list[tuple[str, str]], text: str) -> dict[str, str]:
    """Each topic's stored alias that reads as `text`, the one written most like it named: "PMEGP." beside
    PMEGP's "PMEGP" and "पीएमईजीपी" (both read "pmegp") is refused as "PMEGP", not as the Hindi one."""
    wanted, lang = kb_names.reads_as(text), alias_lang(text)

    def unlike(row: tuple[str, str]) -> tuple[bool, bool, bool]:
        alias = row[1]
        return (alias != text, kb_names.name_key(alias) != kb_names.name_key(text), alias_lang(alias) != lang)

    taken: dict[str, str] = {}
    for owner, alias in sorted(rows, key=unlike):
        if kb_names.reads_as(alias) == wanted:
            taken.setdefault(owner, alias)
    return taken


def _refuse_alias_of_another(db: sqlite_utils.Database, text: str, owners: dict[str, str]) -> None:
    """EditError when a live record already answers to `text` ({record: its alias that reads the same}):
    the matcher would pick one of the two, and questions the other answers would get this one. "margin
    money subsidy." is refused beside PMEGP's "margin money subsidy" (a deleted record's alias may be given
    away)."""
    live = sorted(owners.keys() & set().union(*known_ids(db).values()))
    if live:
        alias = owners[live[0]]
        raise EditError(
            f"{text!r} is already an alias of {', '.join(live)}{_read_as(alias, text)}; /unalias {live[0]} "
            f"{alias} first if it should answer to this record instead"
        )


def _read_as(alias: str, text: str) -> str:
    """Which stored alias a new one reads as, when it is written differently ("margin-money subsidy")."""
    return (
        "" if kb_names.name_key(alias) == kb_names.name_key(text) else f" (as {alias!r}: they read the same)"
    )


def _topics_using(db: sqlite_utils.Database, word: str) -> set[str]:
    """Topics with an alias that contains `word` (as a normalized key)."""
    rows = db.execute("SELECT topic, text FROM aliases").fetchall()
    return {topic for topic, text in rows if word in keys(text)}


def _named_by(db: sqlite_utils.Database, text: str) -> str | None:
    """The record whose id or name (either language) reads the same as `text`, if any."""
    wanted = keys(text)
    for table in ("schemes", "centres"):
        for record_id, data in db.execute(f"SELECT id, data FROM {table} WHERE deleted = 0").fetchall():
            names = [record_id.replace("-", " "), *(json.loads(data).get("name") or {}).values()]
            if any(keys(n) == wanted for n in names if n):
                return record_id
    return None


def remove_alias(db: sqlite_utils.Database, who: str, topic: str, text: str, command: str) -> int:
    """Detach `text` (any language, case-insensitive) from `topic`, live or deleted; how many were removed."""
    text = " ".join(text.split())
    with audit.change(db):
        if find(db, topic) is None:  # (a deleted record's too: it may have to give one up before /restore)
            raise EditError(f"no record {topic!r}")
        rows = [
            r
            for r in db.execute("SELECT lang, text, source, id FROM aliases WHERE topic = ?", [topic])
            if _folded(r[1]) == _folded(text)
        ]
        if not rows:
            raise EditError(f"{topic} has no alias {text!r}")
        for row in rows:
            db.execute("DELETE FROM aliases WHERE id = ?", [row[3]])
        removed = [{"lang": r[0], "text": r[1], "source": r[2], "id": r[3]} for r in rows]
        undo = {"op": "alias_remove", "topic": topic, "rows": removed}
        audit.record(db, who, command, topic, {"alias": text}, None, undo)
        _changed(db)
    return len(rows)


def _state(stored: Stored | None) -> dict[str, Any] | None:
    return None if stored is None else {"table": stored.table, "data": stored.data, "deleted": stored.deleted}


def put_record(db: sqlite_utils.Database, table: str, data: dict[str, Any], deleted: bool) -> None:
    seed.write_record(db, table, data, audit.stamp())
    if deleted:
        db.execute(f"UPDATE {table} SET deleted = 1 WHERE id = ?", [data["id"]])


def add_record(db: sqlite_utils.Database, who: str, table: str, data: dict[str, Any], command: str) -> None:
    """Store a new record (its id must be unused, even by a deleted record)."""
    with audit.change(db):
        if find(db, data["id"]) is not None:
            raise EditError(f"the id {data['id']!r} is already used")
        _refuse_taken_name(db, table, data["id"], data.get("name"))
        put_record(db, table, data, deleted=False)
        after = _state(find(db, data["id"]))
        undo = {"op": "record", "id": data["id"], "expect": after, "restore": None}
        audit.record(db, who, command, data["id"], None, data, undo)
        _changed(db)


def set_deleted(db: sqlite_utils.Database, who: str, record_id: str, deleted: bool, command: str) -> None:
    """Delete (flag) or restore a record; its aliases stay, so restoring brings everything back."""
    with audit.change(db):
        stored = find(db, record_id)
        if stored is None or stored.deleted == deleted:
            state = "deleted" if deleted else "live"
            raise EditError(f"no {'live' if deleted else 'deleted'} record {record_id!r} (it is not {state})")
        flag_deleted(db, stored, deleted)
        undo = {
            "op": "record",
            "id": record_id,
            "expect": {**_state(stored), "deleted": deleted},
            "restore": _state(stored),
        }
        audit.record(db, who, command, record_id, {"deleted": stored.deleted}, {"deleted": deleted}, undo)
        _changed(db)


def flag_deleted(db: sqlite_utils.Database, stored: Stored, deleted: bool) -> None:
    """Flag a record deleted or live, as /delete, /restore and their /undo do; EditError when a live record
    would then name one that is not, or two live records would share a name or an alias."""
    check_links(db, stored, deleted)
    if not deleted and stored.table in kb_names.NAMED_TABLES:
        problem = _taken_while_deleted(db, stored)
        if problem is not None:
            raise EditError(f"{stored.id} cannot come back yet: {problem}")
    db.execute(
        f"UPDATE {stored.table} SET deleted = ?, updated_at = ? WHERE id = ?",
        [int(deleted), audit.stamp(), stored.id],
    )


def _taken_while_deleted(db: sqlite_utils.Database, stored: Stored) -> str | None:
    """What a live scheme or centre took of a deleted record's id, names or aliases, checked as /set, /add
    and /alias check them for a live record, and what to send first; None when nothing was taken."""
    rid = stored.id
    names = [("id", rid.replace("-", " "))]
    names += [(f"name.{lang}", name) for lang, name in kb_names.names_of(stored.data.get("name"))]
    for label, name in names:
        owner = kb_names.owner_of(db, name, rid)
        if owner is not None:
            return f"its {label} {name!r} is now the name of {owner}: give {owner} another name first"
        found = kb_names.alias_owner(db, name, rid)
        if found is not None:
            return f"its {label} {name!r} is now an alias of {found[0]}: /unalias {found[0]} {found[1]} first"
    for _, text, source in aliases(db, rid):
        found = alias_taken(db, rid, text, source)
        if found is None:
            continue
        owner, other = found
        if other is None:
            return f"its alias {text!r} is now the name of {owner}: /unalias {rid} {text} first"
        return (
            f"its alias {text!r} is now an alias of {owner}: /unalias {owner} {other} first "
            f"(or /unalias {rid} {text} to bring {rid} back without it)"
        )
    return None


def alias_taken(
    db: sqlite_utils.Database, topic: str, text: str, source: str
) -> tuple[str, str | None] | None:
    """(owner, its alias): the live scheme or centre other than `topic` that answers to `text`, an alias
    `topic` had from `source`, as /alias would find it; the alias is None when `text` is the owner's name or
    id. An alias a file gave both records (the seed's two Agra centres share "technology centre agra") is
    shared by design: it is not taken."""
    owner = _named_by(db, text)
    if owner is not None and owner != topic:
        return owner, None
    live = set().union(*known_ids(db).values())
    rows = db.execute("SELECT topic, text, source FROM aliases WHERE topic != ? ORDER BY id", [topic])
    for other_topic, other, other_source in rows.fetchall():
        shared = source == other_source == "seed"
        if other_topic in live and kb_names.reads_as(other) == kb_names.reads_as(text) and not shared:
            return other_topic, other
    return None


def _links(table: str, data: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, id) for every other record this one names in `related`, `hub` or `covers`."""
    out = []
    for field in LINKS[table]:
        value = data.get(field)
        out += [(field, i) for i in (value if isinstance(value, list) else [value] if value else [])]
    return out


def check_links(db: sqlite_utils.Database, stored: Stored, deleting: bool) -> None:
    """Refuse a /delete or /restore (or an /undo that deletes a record, or puts back a link) that would leave
    a live record naming one that is not live: `kb check` reports it, and /import refuses the next /export."""
    if deleting:
        named_by = [
            f"{owner} ({field})"
            for table in seed.RECORD_TABLES
            for owner, data in db.execute(f"SELECT id, data FROM {table} WHERE deleted = 0").fetchall()
            for field, target in _links(table, json.loads(data))
            if target == stored.id
        ]
        if named_by:
            raise EditError(f"{stored.id} is named by {', '.join(named_by)}; take it out of those first")
        return
    live = set().union(*known_ids(db).values())
    gone = [
        f"{target} ({field})" for field, target in _links(stored.table, stored.data) if target not in live
    ]
    if gone:
        raise EditError(f"{stored.id} names {', '.join(gone)}, deleted since; restore those first")
