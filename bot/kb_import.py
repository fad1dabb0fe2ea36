"""/import (+ /confirm): load a whole knowledge base from a seed-format YAML file, as /export writes it.

/import takes a path (`/import /path/kb.yaml`) or the YAML pasted after the command on the following
lines (the Telegram and WhatsApp adapters turn a YAML document an admin sends into the latter; one that
did not arrive comes as a message with `media` still set, and `media_error` saying why).
A file over 2 MB, with YAML anchors or aliases, or nested too deep is refused before it is expanded.
The file is validated (structure, field values, `kb check`), a diff summary is shown, and nothing
changes until the same admin sends /confirm: then the whole file is loaded in one transaction,
with one audit row whose /undo restores the previous knowledge base. That one is also saved as an export
file (attached to the reply): the way back once a later edit keeps /undo from it. A record the file
leaves out is kept deleted, as /delete leaves it, so /restore ID brings it back. If anything changed
the knowledge base between /import and /confirm, the import must be started again.
"""

import datetime
import json
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

from bot import audit, kb_export, kb_fields, kb_names, kb_provenance, kb_text, knowledge, seed
from bot.guided_add import ID_PATTERN
from bot.kb_check import problems
from bot.kb_commands import say
from bot.kb_text import is_blank
from bot.matcher import scheme_names
from bot.messages import Reply
from bot.normalize import keys
from bot.phrases import word_keys
from bot.schema import open_db
from bot.turn import Turn

# Problems listed before "... and N more".
SHOWN_PROBLEMS = 10
# The largest file /import reads: the whole shipped knowledge base exports to about 270 KB. Checking a
# file holds the lock every message waits on, for about 5 seconds per MB of records.
IMPORT_LIMIT_BYTES = 2 * 1024 * 1024
# How deep an /import file may nest lists and mappings: an export nests 5 deep. (Python's own limit
# is reached at a few hundred, with a RecursionError instead of a reason.)
IMPORT_NESTING_LIMIT = 20

# What answers need of `general`, and what /export writes of it: the caution under answers (limits change;
# Udyam registration is free, pay no agent) and the MSME classes ("what is msme", "turnover 3 crore, to mai
# kya hu"). An export cut short (an interrupted copy) loses them first, as /export writes `general` last.
GENERAL_REQUIRED = (
    "caution.en",
    "caution.hi",
    *(f"msme_definition.{size}.{lang}" for size in ("micro", "small", "medium") for lang in ("en", "hi")),
    "msme_definition.as_of",
    "msme_definition.sources",
)

# What a chat is told of a path: the server's files are not read from a chat.
SEND_THE_FILE = "send the YAML file as a document with the caption /import, or paste the YAML after /import"
# Why a file sent for /import did not reach the bot, by the adapter's reason (`IncomingMessage.media_error`).
NOT_RECEIVED = {
    "too_big": f"the file is over {IMPORT_LIMIT_BYTES // 1024**2} MB, the most an import reads",
    "wrong_type": "it is not a YAML or text file; send the .yaml file /export wrote",
    "not_found": "the file was no longer there to fetch; send it again",
    "timeout": "fetching the file took too long; send it again",
    "unreachable": "the file could not be fetched; send it again in a minute",
    "not_configured": "this server cannot fetch files (TWILIO_ACCOUNT_SID is not set)",
}


def read(args: str, allow_path: bool = True) -> dict[str, Any]:
    """The seed from `/import PATH` or from YAML pasted after the command; ValueError says what is wrong.

    A path is read only from the server's own terminal: from a chat it would let anyone holding an
    admin id probe the server's files (SEND_THE_FILE says what to do there).
    """
    text = args.strip()
    if not text:
        raise ValueError("usage: /import PATH, or /import followed by the YAML on the next lines")
    if "\n" not in text and (text.startswith(("/", "~", ".")) or text.endswith((".yaml", ".yml"))):
        if not allow_path:
            raise ValueError(SEND_THE_FILE)
        path = Path(text).expanduser()
        if not path.is_file():
            raise ValueError(f"no such file: {path}")
        _refuse_size(path.stat().st_size)
        text = path.read_text("utf-8")
    _refuse_size(len(text.encode("utf-8", "replace")))
    try:
        data = yaml.load(text, Loader=ImportLoader)
    except yaml.YAMLError as exc:
        raise ValueError(f"not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise ValueError("not a knowledge base: expected keys version, schemes, centres, helplines")
    return data


def _not_received(reason: str | None) -> str:
    """What became of the file, said to the admin who sent it."""
    return NOT_RECEIVED.get(
        reason or "",
        f"the file did not reach the bot; {SEND_THE_FILE} (a .yaml file of at most "
        f"{IMPORT_LIMIT_BYTES // 1024**2} MB)",
    )


def _refuse_size(size: int) -> None:
    if size > IMPORT_LIMIT_BYTES:
        raise ValueError(
            f"the file is {size / 1024**2:.1f} MB; an import is at most {IMPORT_LIMIT_BYTES // 1024**2} MB"
        )


class ImportLoader(yaml.SafeLoader):
    """YAML as /export writes it: no anchors or aliases (`&a`, `*a`: a few lines of them nested expand
    to gigabytes, the "billion laughs"), and nesting no deeper than IMPORT_NESTING_LIMIT."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node:
        event = self.peek_event()
        line = event.start_mark.line + 1
        if event.anchor is not None:  # (`&a` on a node; an alias `*a` carries the name it refers to)
            raise ValueError(
                f"line {line}: anchors and aliases (&name, *name) are not accepted; /export writes none"
            )
        if self.depth >= IMPORT_NESTING_LIMIT:
            raise ValueError(f"line {line}: nested more than {IMPORT_NESTING_LIMIT} levels deep")
        self.depth += 1
        node = super().compose_node(parent, index)
        self.depth -= 1
        return node


def validate(data: dict[str, Any]) -> list[str]:
    """Every problem that keeps this file from being imported (empty: it can be)."""
    hidden = _forbidden_characters(data)
    if hidden:  # (said once, by place: the field checks would say it again)
        return hidden
    out = _unknown_keys(data) + _not_text(data) + _record_problems(data) + _general_problems(data)
    out += kb_names.clashes_in_file(data) + _alias_problems(data) if not out else []
    if out:
        return out
    scratch = open_db(":memory:")
    try:
        seed.load(scratch, data)
        out += problems(knowledge.load(scratch))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        out.append(f"cannot load: {type(exc).__name__}: {exc}")
    return out or _unanswered(scratch)


def _forbidden_characters(data: dict[str, Any]) -> list[str]:
    """Control and text-direction characters anywhere in the file (a field no check knows, an alias,
    `general`): one in a reply makes WhatsApp's XML invalid, or reverses the line."""
    out = kb_text.forbidden_characters({k: v for k, v in data.items() if k not in seed.RECORD_TABLES})
    for table in seed.RECORD_TABLES:
        records = data.get(table)
        if not isinstance(records, list):
            out += kb_text.forbidden_characters(records, table)
            continue
        for i, record in enumerate(records):
            rid = record.get("id") if isinstance(record, dict) else None
            label = rid if isinstance(rid, str) and ID_PATTERN.fullmatch(rid) else f"{table}[{i}]"
            out += [f"{label}: {p}" for p in kb_text.forbidden_characters(record)]
    return out


def _record_problems(data: dict[str, Any]) -> list[str]:
    """Each table a non-empty list of records, each with a valid id of its own and valid values."""
    out: list[str] = []
    seen: set[str] = set()
    known = {table: {r.get("id") for r in _records(data, table)} for table in seed.RECORD_TABLES}
    for table in seed.RECORD_TABLES:
        records = data.get(table)
        if records is not None and not isinstance(records, list):
            out.append(f"{table}: a list of records, not {type(records).__name__}")
            continue
        if not records:
            out.append(f"{table}: missing or empty")
            continue
        for i, record in enumerate(records):
            rid = record.get("id") if isinstance(record, dict) else None
            if not isinstance(rid, str) or not rid:
                out.append(f"{table}[{i}]: no id")
                continue
            if not ID_PATTERN.fullmatch(rid):  # (/delete, /set, and the answer's options could not name it)
                out.append(f"{table}[{i}]: id {rid!r} is not valid: use lowercase letters, digits and -")
            if rid in seen:
                out.append(f"{rid}: id used twice")
            seen.add(rid)
            out += [f"{rid}: {p}" for p in _values(table, record)]
            out += [f"{rid}: {p}" for p in kb_fields.check_record(table, record, known)]
    return out


def _general_problems(data: dict[str, Any]) -> list[str]:
    """The parts of `general` answers need that the file lacks: a file cut at 99.5% once imported as
    "valid" and took "Udyam registration is free: do not pay any website or agent" off every answer."""
    general = data.get("general")
    if not isinstance(general, dict):
        return [
            "general: missing (it holds the caution under answers and the MSME limits; is the file cut short?)"
        ]
    missing = [path for path in GENERAL_REQUIRED if _empty(kb_fields.value_at(general, path.split(".")))]
    if not missing:
        return []
    return [f"general: {', '.join(missing)} missing or empty (is the file cut short?)"]


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and is_blank(value)) or value in ([], {})


def _records(data: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """The records of `table` that are mappings (none when the table is not a list)."""
    records = data.get(table)
    return [r for r in records if isinstance(r, dict)] if isinstance(records, list) else []


def _unknown_keys(data: dict[str, Any]) -> list[str]:
    """Top-level keys no export writes: they would not be stored, and one holding a date
    (`exported_on: 2026-11-28`) cannot even be kept for /confirm."""
    known = (*seed.RECORD_TABLES, *seed.META_KEYS)
    return [
        f"unknown top-level key {key} (a knowledge base has only {', '.join(known)})"
        for key in data
        if key not in known
    ]


def _not_text(data: dict[str, Any]) -> list[str]:
    """Values no export writes and no record can hold, said by place: `as_of: 2026-12-01` is read as a date
    (it once gave "cannot load: TypeError: Object of type date is not JSON serializable")."""
    known = (*seed.RECORD_TABLES, *seed.META_KEYS)
    return [p for key in known if key in data for p in _odd_values(data[key], key)]


def _odd_values(value: Any, where: str) -> list[str]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _odd_values(v, f"{where}.{k}")]
    if isinstance(value, list):
        named = [
            v.get("id") if isinstance(v, dict) and isinstance(v.get("id"), str) else i
            for i, v in enumerate(value)
        ]
        return [p for name, v in zip(named, value, strict=True) for p in _odd_values(v, f"{where}[{name}]")]
    if isinstance(value, datetime.date):
        return [f'{where}: {value} is read as a date; write it as text in quotes ("{value}")']
    if value is None or isinstance(value, str | int | float | bool):
        return []
    return [f"{where}: a {type(value).__name__} value (such as !!binary) is not accepted; write text"]


def _unanswered(scratch: sqlite_utils.Database) -> list[str]:
    """Questions citizens ask every day that the imported knowledge base fails to answer: a value of a
    shape no check foresaw ("general: see website", "other_urls: https://…") must not take the bot down."""
    from bot.messages import IncomingMessage
    from bot.respond import respond
    from bot.services import Services

    services = Services(db=scratch)
    asks = ["hello", "schemes", "helpline number", "tool room near pune", "udyam registration is free?"]
    asks += ["what is msme", "turnover 3 crore, machine me 50 lakh, to mai kya hu?"]  # the size limits
    for sid in services.current().knowledge.schemes:
        name = sid.replace("-", " ")
        asks += [f"what is {name}", f"{name} website", f"{name} helpline number", f"{name} documents"]
    failed = [
        a
        for a in asks
        if respond(IncomingMessage("console", "import-check", a), services)[0].intent == "error"
    ]
    return [f"the bot could not answer {a!r} with this file" for a in failed[:SHOWN_PROBLEMS]]


def _values(table: str, record: dict[str, Any]) -> list[str]:
    out = []
    name = record.get("name")
    if not isinstance(name, dict) or not name.get("en") or not name.get("hi"):
        out.append("name.en and name.hi are required")
    if table == "helplines" and not record.get("phone") and not record.get("email"):
        out.append("a helpline needs a phone or an email")  # (a record cut short keeps only its name)
    return out


def _alias_problems(data: dict[str, Any]) -> list[str]:
    """Aliases a file brings that would misdirect questions: only filler words ("kya"), or another
    record's own name ("udyam registration" on MSME Mart)."""
    names = {}
    for table in ("schemes", "centres"):
        for record in data.get(table) or []:
            for name in scheme_names(record["id"], record):
                names.setdefault(tuple(keys(str(name))), record["id"])
    out = []
    given: dict[str, tuple[str, str]] = {}  # an alias as read → the first record with it, and who gave it
    for table in ("schemes", "centres"):
        for record in data.get(table) or []:
            aliases = record.get("aliases") or {}
            shaped = (
                isinstance(aliases, dict)
                and set(aliases) <= set(seed.ALIAS_LANGS)  # (the next export would leave out any other)
                and all(
                    isinstance(texts, list) and all(isinstance(t, str) and t.strip() for t in texts)
                    for texts in aliases.values()
                )
            )
            if not shaped:
                out.append(f"{record['id']}: aliases are lists of texts per language (en, hi, hinglish)")
                continue
            out += _alias_source_problems(record, [t for texts in aliases.values() for t in texts])
            out += [f"{record['id']}: {p}" for texts in aliases.values() for p in _alias_text_problems(texts)]
            sources = record.get(seed.ALIAS_SOURCES) or {}
            for texts in aliases.values():
                for alias in texts:
                    source = (
                        sources.get(alias, seed.SEED_SOURCE)
                        if isinstance(sources, dict)
                        else seed.SEED_SOURCE
                    )
                    first, first_source = given.setdefault(kb_names.reads_as(alias), (record["id"], source))
                    # (the seed's two Agra centres share "technology centre agra"; /alias refuses an admin's)
                    if first != record["id"] and not first_source == source == seed.SEED_SOURCE:
                        out.append(f"{record['id']}: alias {alias!r} is also an alias of {first}")
                    owner = names.get(tuple(keys(str(alias))))
                    if not set(keys(str(alias))) - word_keys("fillers"):
                        out.append(f"{record['id']}: alias {alias!r} has only words like kya, how, scheme")
                    elif owner not in (None, record["id"]):
                        out.append(f"{record['id']}: alias {alias!r} is the name of {owner}")
    return out


def _alias_text_problems(texts: list[str]) -> list[str]:
    """What /alias would refuse of these aliases' texts (invisible only, or longer than a /set text)."""
    out = []
    for text in texts:
        try:
            kb_fields.check_alias(text)
        except kb_fields.FieldError as exc:
            out.append(str(exc))
    return out


def _alias_source_problems(record: dict[str, Any], aliases: list[str]) -> list[str]:
    """An `alias_sources` that names who gave each of the record's own aliases, as /export writes it
    ({"sarkari dukaan": "admin telegram:1"}), or none."""
    sources = record.get(seed.ALIAS_SOURCES) or {}
    if not isinstance(sources, dict) or not all(isinstance(v, str) and v.strip() for v in sources.values()):
        return [f'{record["id"]}: {seed.ALIAS_SOURCES} maps an alias to who gave it ("admin telegram:1")']
    return [
        f"{record['id']}: {seed.ALIAS_SOURCES} names {text!r}, which is not one of its aliases"
        for text in sources
        if text not in aliases
    ]


def _changes(old: dict[str, Any], new: dict[str, Any], table: str) -> tuple[list[str], list[str], list[str]]:
    """The ids of `table` added, removed and changed from `old` to `new`."""
    before = {r["id"]: r for r in old.get(table) or []}
    after = {r["id"]: r for r in new.get(table) or []}
    added = sorted(after.keys() - before.keys())
    removed = sorted(before.keys() - after.keys())
    changed = sorted(k for k in after.keys() & before.keys() if _canon(after[k]) != _canon(before[k]))
    return added, removed, changed


def record_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    """Each record an import adds, deletes or changes, with what it does, as that record's /history says:
    "deleted by /import (/restore tc-kannauj brings it back)" (each once read "null ⇒ changed by /import")."""
    found = []
    for table in seed.RECORD_TABLES:
        added, removed, changed = _changes(old, new, table)
        before = {r["id"]: r for r in old.get(table) or []}
        after = {r["id"]: r for r in new.get(table) or []}
        found += [(i, "added by /import") for i in added]
        found += [(i, f"deleted by /import (/restore {i} brings it back)") for i in removed]
        found += [(i, _changed_by_import(before[i], after[i])) for i in changed]
    return found


def _changed_by_import(before: dict[str, Any], after: dict[str, Any]) -> str:
    fields = _fields_changed(before, after)
    return "changed by /import" + (f": {', '.join(fields)}" if fields else "")


def left_out(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The ids of records in `old` that `new` has in none of its tables: the import deletes them."""
    kept = {r["id"] for table in seed.RECORD_TABLES for r in new.get(table) or []}
    return [r["id"] for table in seed.RECORD_TABLES for r in old.get(table) or [] if r["id"] not in kept]


def _as_deleted(db: sqlite_utils.Database, ids: list[str]) -> list[dict[str, Any]]:
    """The live records `ids` in the form `seed.put_deleted` brings deleted records back (row and aliases)."""
    marks = ", ".join("?" * len(ids))
    found = []
    for table in seed.RECORD_TABLES:
        sql = f"SELECT id, data, verified, ? FROM {table} WHERE deleted = 0 AND id IN ({marks})"
        for row in db.execute(sql, [audit.stamp(), *ids]).fetchall():
            aliases = db.execute("SELECT lang, text, source FROM aliases WHERE topic = ?", [row[0]])
            found.append({"table": table, "row": list(row), "aliases": [list(a) for a in aliases]})
    return found


def _edited(old: dict[str, Any], new: dict[str, Any]) -> list[dict[str, Any]]:
    """The records of `new` whose facts differ from `old` and whose verified mark and sources do not: they
    are marked unverified, with the import as their newest source, as a /set would (a file that changes the
    marks decides them itself). An export edited to say "subsidy of 50%" and imported once reached citizens
    with no "please confirm", still marked verified."""
    found = []
    for table in seed.RECORD_TABLES:
        before = {r["id"]: r for r in old.get(table) or []}
        for record in new.get(table) or []:
            was = before.get(record["id"])
            if was is None or not kb_provenance.changed_facts(was, record):
                continue
            if all(record.get(key) == was.get(key) for key in kb_provenance.MARKS):
                found.append(record)
    return found


def _unverified_line(records: list[dict[str, Any]], done: bool) -> list[str]:
    if not records:
        return []
    ids = [r["id"] for r in records]
    verb = "marked" if done else "will be marked"
    return [
        f"{verb} unverified, as a /set would: {', '.join(ids)} (citizens see 'please confirm' until "
        f"/set {ids[0]} verified true)"
    ]


def _deleted_line(ids: list[str], done: bool) -> list[str]:
    """The records an import deletes, said plainly: a "-1" in the counts is easy to miss."""
    if not ids:
        return []
    verb = "deleted" if done else "will be deleted"
    return [f"{verb}: {', '.join(ids)} (kept, as /delete keeps a record: /restore {ids[0]} brings it back)"]


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """What /confirm would change, one line per kind of record."""
    lines = []
    for table in seed.RECORD_TABLES:
        added, removed, changed = _changes(old, new, table)
        before = {r["id"]: r for r in old.get(table) or []}
        after = {r["id"]: r for r in new.get(table) or []}
        fields = [_with_fields(i, before[i], after[i]) for i in changed]
        parts = [
            f"+{len(added)} {_ids(added)}",
            f"-{len(removed)} {_ids(removed)}",
            f"~{len(changed)} {_ids(fields, sep='; ')}",
        ]
        lines.append(f"{table}: " + ", ".join(part.rstrip() for part in parts))  # ("+0, -0, ~0")
    for key in ("version", "as_of", "facts_from_seed", "general"):
        if _canon(old.get(key)) != _canon(new.get(key)):
            lines.append(f"{key}: {_parts_changed(old.get(key), new.get(key))}")
    return lines


def _parts_changed(old: Any, new: Any) -> str:
    """What a file does to a mapping such as `general`, by part: "loses caution.en, caution.hi; changes
    msme_definition.micro.en" (a bare "changed" once hid the loss of the caution under every answer)."""
    before, after = _leaves(old), _leaves(new)
    if not before or not after:
        return "changed"
    said = [
        ("loses", [p for p in before if p not in after]),
        ("changes", [p for p in before if p in after and before[p] != after[p]]),
        ("adds", [p for p in after if p not in before]),
    ]
    return "; ".join(f"{verb} {_ids(paths)[1:-1]}" for verb, paths in said if paths)


def _leaves(value: Any, where: str = "") -> dict[str, str]:
    """A mapping's values by dotted path ("msme_definition.small.en"); lists and texts are leaves."""
    if not isinstance(value, dict):
        return {where: _canon(value)} if where else {}
    paths = [(f"{where}.{key}" if where else str(key), item) for key, item in value.items()]
    return {p: v for path, item in paths for p, v in _leaves(item, path).items()}


def _with_fields(record_id: str, before: dict[str, Any], after: dict[str, Any]) -> str:
    """A changed record with what changed in it: "pmegp: summary.en, benefits.hi" (an id alone does not
    say whether the import changes a fact)."""
    fields = _fields_changed(before, after)
    return f"{record_id}: {', '.join(fields)}" if fields else record_id


def _fields_changed(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The fields of a record that differ: its facts ("summary.en"), then its aliases and marks."""
    fields = kb_provenance.changed_facts(before, after)
    return fields + [
        key
        for key in ("aliases", seed.ALIAS_SOURCES, *kb_provenance.MARKS)
        if before.get(key) != after.get(key)
    ]


def _canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _ids(ids: list[str], shown: int = 6, sep: str = ", ") -> str:
    if not ids:
        return ""
    more = f" +{len(ids) - shown} more" if len(ids) > shown else ""
    return "(" + sep.join(ids[:shown]) + more + ")"


def import_command(turn: Turn, args: str) -> list[Reply]:
    """/import PATH|YAML — validate and show the diff; nothing changes before /confirm."""
    db, platform = turn.services.db, turn.message.platform
    if turn.message.media:  # a file the adapter did not turn into the YAML after /import
        return say(turn, f"not imported, nothing was changed: {_not_received(turn.message.media_error)}")
    try:
        data = read(args, allow_path=platform in kb_export.LOCAL_PLATFORMS)
    except (ValueError, OSError) as exc:
        return say(turn, f"not imported: {exc}")
    found = validate(data)
    if found:
        more = f"\n… and {len(found) - SHOWN_PROBLEMS} more" if len(found) > SHOWN_PROBLEMS else ""
        return say(turn, "not imported, fix these first:\n" + "\n".join(found[:SHOWN_PROBLEMS]) + more)
    current = seed.export(db)
    lines = diff(current, data) + _deleted_line(left_out(current, data), done=False)
    lines += _unverified_line(_edited(current, data), done=False)
    with audit.change(db):
        db.execute(
            "INSERT INTO pending_imports(admin, data, revision, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(admin) DO UPDATE SET data = excluded.data, revision = excluded.revision, at = excluded.at",
            [turn.message.sender, json.dumps(data, ensure_ascii=False), seed.revision(db), audit.stamp()],
        )
    return say(
        turn,
        "The file is valid. It would change:\n"
        + "\n".join(lines)
        + "\nSend /confirm to apply it (all or nothing), or /cancel to drop it.",
    )


def drop_pending(turn: Turn) -> str | None:
    """What /cancel did to this admin's /import awaiting /confirm (None: there was none): an admin who
    backed out of one that deletes 51 centres was told "nothing to cancel", and a later /confirm applied it."""
    db = turn.services.db
    with audit.change(db):
        dropped = db.execute("DELETE FROM pending_imports WHERE admin = ?", [turn.message.sender]).rowcount
    return (
        "cancelled your /import: nothing was changed, and /confirm has nothing to apply" if dropped else None
    )


def confirm_command(turn: Turn, args: str) -> list[Reply]:
    """/confirm — apply this admin's pending import in one transaction."""
    db, who = turn.services.db, turn.message.sender
    with audit.change(db):
        row = db.execute("SELECT data, revision FROM pending_imports WHERE admin = ?", [who]).fetchone()
        if row is None:
            return say(turn, "nothing to confirm (send /import first)")
        db.execute("DELETE FROM pending_imports WHERE admin = ?", [who])
        if row[1] != seed.revision(db):
            return say(
                turn, "not imported: the knowledge base changed after your /import; send /import again"
            )
        data = json.loads(row[0])
        previous, deleted = seed.export(db), seed.deleted_records(db)
        dropped, edited = left_out(previous, data), _edited(previous, data)
        summary = (
            diff(previous, data) + _deleted_line(dropped, done=True) + _unverified_line(edited, done=True)
        )
        for record in edited:
            kb_provenance.mark_edited(record, kb_provenance.import_source(who, audit.stamp()))
        # (/undo is refused after a later edit that still stands: the file is then the way back)
        content, backup = kb_export.save(db, previous)
        kept = _as_deleted(db, dropped)
        seed.load(db, data)
        seed.put_deleted(db, kept)  # (as /delete leaves a record: /restore brings it back)
        rows = [  # each record's /history shows what the import did to it
            audit.record(db, who, "/import", record_id, None, done, None)
            for record_id, done in record_changes(previous, data)
        ]
        # (the records deleted before come back deleted on /undo, even if the file brought them back live;
        # `rows` are marked undone with it)
        undo = {
            "op": "kb",
            "restore": previous,
            "deleted": deleted,
            "expect": seed.fingerprint(db),
            "rows": rows,
            "backup": str(backup),
        }
        audit.record(db, who, "/import", "kb", {"version": previous.get("version")}, summary, undo)
    back = (
        f"(/undo brings the previous knowledge base back; it is also saved, attached, as {backup}: "
        "/import that file if a later edit keeps /undo from working)"
    )
    return kb_export.attached(say(turn, "Imported:\n" + "\n".join([*summary, back])), content, backup)
