"""One name, one record: no two live schemes or centres may share a name (in either language), and no
name may be another live record's id or alias.

Citizens ask for a record by its name; with two records of one name they get either one ("udyam
registration" answered with a new, empty copy). /set, /add, /restore and /import all refuse it, and say
which record already has the name. Admins may name a record too: /show and /history find it by its id,
names or aliases (`records_named`).
"""

import json
import unicodedata
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from bot.normalize import keys
from bot.seed import RECORD_TABLES

# The records citizens ask for by name (helplines are shown with a scheme, never asked for by name).
NAMED_TABLES = ("schemes", "centres")


def name_key(name: str) -> str:
    """How names compare: one Unicode form, spaces collapsed, case folded in every script."""
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def reads_as(text: str) -> tuple[str, ...]:
    """How the matcher reads a name or alias, so two records never answer to one question: "margin-money
    subsidy.", "ＭＡＲＧＩＮ money subsidy" and "margin money subsidy" are one, and so are "ज़ेड" and "जेड"
    (punctuation, width and the nukta aside, as citizens' messages are read)."""
    return tuple(keys(text))


def look_alikes(names: dict[str, list[str]], aliases: list[tuple[str, str]]) -> list[str]:
    """Pairs of live records that read the same, for `kb check`: `names` holds each record's id and names,
    `aliases` (record, text). An alias a file gives two records in the same words (the Agra centres share
    theirs) is shared by design; one that only reads the same ("margin money subsidy." beside "margin money
    subsidy") is not."""
    entries = [(rid, text, True) for rid, texts in names.items() for text in texts]
    entries += [(rid, text, False) for rid, text in aliases if rid in names]
    seen: dict[tuple[str, ...], tuple[str, str, bool]] = {}
    out = []
    for rid, text, is_name in entries:
        read = reads_as(text.replace("-", " ") if is_name else text)
        first = seen.setdefault(read, (rid, text, is_name)) if read else (rid, text, is_name)
        shared = not (is_name or first[2]) and name_key(first[1]) == name_key(text)
        if first[0] != rid and not shared:
            out.append(
                f"{rid}: {text!r} reads as {first[1]!r} of {first[0]}: a citizen asking for it gets either"
            )
    return out


def taken(lang: str, name: str, owner: str) -> str:
    """The reason a name is refused, for the admin."""
    return (
        f"name.{lang} {' '.join(name.split())!r} is already the name of {owner} (/show {owner}); "
        "citizens asking for it would get either record: give this one a name of its own"
    )


def owner_of(db: sqlite_utils.Database, name: str, record_id: str) -> str | None:
    """The live scheme or centre other than `record_id` that already has `name` (either language), or whose
    id it is as words (the matcher reads "tc-agra" as "tc agra", a name of the record)."""
    wanted = reads_as(name)
    for table in NAMED_TABLES:
        rows = db.execute(f"SELECT id, data FROM {table} WHERE deleted = 0 AND id != ?", [record_id])
        for other, data in rows.fetchall():
            names = {
                reads_as(other.replace("-", " ")),
                *(reads_as(n) for _, n in names_of(json.loads(data).get("name"))),
            }
            if wanted and wanted in names:
                return other
    return None


def alias_owner(db: sqlite_utils.Database, name: str, record_id: str) -> tuple[str, str] | None:
    """(owner, alias): the live scheme or centre other than `record_id` with an alias that reads as `name`,
    compared as /alias and /import compare an alias with a name (by the matcher's keys)."""
    wanted = reads_as(name)
    for table in NAMED_TABLES:
        rows = db.execute(
            f"SELECT a.topic, a.text FROM aliases a JOIN {table} r ON r.id = a.topic "
            "WHERE r.deleted = 0 AND r.id != ? ORDER BY a.id",
            [record_id],
        )
        for owner, alias in rows.fetchall():
            if wanted and reads_as(alias) == wanted:
                return owner, alias
    return None


def name_index(db: sqlite_utils.Database) -> dict[str, list[str]]:
    """Every record, deleted or not, under each key it answers to: its id, its names and its aliases."""
    index: dict[str, list[str]] = {}
    ids = set()
    for table in RECORD_TABLES:
        for record_id, data in db.execute(f"SELECT id, data FROM {table}").fetchall():
            ids.add(record_id)
            for text in [record_id, *(n for _, n in names_of(json.loads(data).get("name")))]:
                index.setdefault(name_key(text), []).append(record_id)
    for topic, text in db.execute("SELECT topic, text FROM aliases").fetchall():
        if topic in ids:
            index.setdefault(name_key(text), []).append(topic)
    return {key: sorted(set(found)) for key, found in index.items()}


def records_named(db: sqlite_utils.Database, text: str) -> list[str]:
    """The ids of the records whose id, name or alias reads exactly as `text` (case and spacing aside)."""
    return name_index(db).get(name_key(text), [])


def clash(db: sqlite_utils.Database, record_id: str, names: dict[str, Any]) -> str | None:
    """The reason `names` ({lang: name}) cannot be `record_id`'s, or None when no other record has them."""
    for lang, name in names_of(names):
        owner = owner_of(db, name, record_id)
        if owner is not None:
            return taken(lang, name, owner)
        found = alias_owner(db, name, record_id)
        if found is not None:
            return (
                f"name.{lang} {' '.join(name.split())!r} is already an alias of {found[0]}; citizens asking "
                f"for it would get either record: /unalias {found[0]} {found[1]} first, or give this one "
                "a name of its own"
            )
    return None


def clashes_in_file(data: dict[str, Any]) -> list[str]:
    """Records of an /import file that take a name an earlier record of the file already has."""
    owners: dict[str, str] = {}
    out = []
    for table in NAMED_TABLES:
        for record in data.get(table) or []:
            for lang, name in names_of(record.get("name")):
                owner = owners.setdefault(reads_as(name) or (name,), record["id"])
                if owner != record["id"]:
                    out.append(f"{record['id']}: {taken(lang, name, owner)}")
    return out


def names_of(names: Any) -> Iterator[tuple[str, str]]:
    """(lang, name) for each name in a record's `name` value ({"en": …, "hi": …})."""
    if isinstance(names, dict):
        yield from ((lang, n) for lang, n in names.items() if isinstance(n, str) and n.strip())
