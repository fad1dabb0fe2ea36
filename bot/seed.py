"""Moving the knowledge base between the seed YAML format and the SQLite database."""

import datetime
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

import sqlite_utils
import yaml

RECORD_TABLES = ("schemes", "centres", "helplines")
ALIAS_LANGS = ("en", "hi", "hinglish")
META_KEYS = ("version", "as_of", "facts_from_seed", "general")
# Beside a record's `aliases`, who gave each alias not from the seed ({"sarkari dukaan": "admin telegram:1"}):
# an /export then /import keeps them admin-made for /show and /undo. A file without it (older exports, the
# seed) has seed aliases only.
ALIAS_SOURCES = "alias_sources"
SEED_SOURCE = "seed"


def shipped_seed() -> dict[str, Any]:
    """The seed shipped inside the package (a copy of shared/data/msme-kb.yaml)."""
    return yaml.safe_load(resources.files("bot.data").joinpath("msme-kb.yaml").read_text("utf-8"))


def read_seed(path: str | Path) -> dict[str, Any]:
    return yaml.safe_load(Path(path).read_text("utf-8"))


def now() -> str:
    """UTC, to the second: the stamp every stored change carries."""
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def load(db: sqlite_utils.Database, seed: dict[str, Any]) -> None:
    """Replace the whole knowledge base with `seed`, in one transaction. Records an admin deleted (kept for
    /restore) that `seed` does not bring back stay deleted, with their aliases: a file exported without
    them must not erase them for good."""
    stamp = now()
    with db.atomic():
        previous = revision(db)  # keeps counting up, so running processes see the reload
        kept = deleted_records(db)
        for table in (*RECORD_TABLES, "aliases", "meta"):
            db.execute(f"DELETE FROM {table}")
        db.execute("INSERT INTO meta(key, value) VALUES('revision', ?)", [str(previous)])
        for table in RECORD_TABLES:
            for record in seed.get(table) or []:
                write_record(db, table, record, stamp)
                sources = record.get(ALIAS_SOURCES) or {}
                for lang, texts in (record.get("aliases") or {}).items():
                    for text in texts or []:
                        source = sources.get(text, SEED_SOURCE)
                        db["aliases"].insert(
                            {"topic": record["id"], "lang": lang, "text": text, "source": source}, ignore=True
                        )
        put_deleted(db, kept)
        for key in META_KEYS:
            db["meta"].insert({"key": key, "value": json.dumps(seed.get(key), ensure_ascii=False)})
        bump_revision(db)
        rebuild_search(db)


def deleted_records(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """The records admins deleted (kept for /restore), each with its table, row and aliases."""
    out = []
    for table in RECORD_TABLES:
        for row in db.execute(
            f"SELECT id, data, verified, updated_at FROM {table} WHERE deleted = 1"
        ).fetchall():
            aliases = db.execute(
                "SELECT lang, text, source FROM aliases WHERE topic = ?", [row[0]]
            ).fetchall()
            out.append({"table": table, "row": list(row), "aliases": [list(a) for a in aliases]})
    return out


def put_deleted(db: sqlite_utils.Database, records: list[dict[str, Any]]) -> None:
    """Bring back deleted records (and their aliases) that no live record has replaced."""
    for record in records:
        record_id, data, verified, updated_at = record["row"]
        if any(db.execute(f"SELECT 1 FROM {t} WHERE id = ?", [record_id]).fetchone() for t in RECORD_TABLES):
            continue
        db[record["table"]].insert(
            {"id": record_id, "data": data, "verified": verified, "deleted": 1, "updated_at": updated_at}
        )
        for lang, text, source in record["aliases"]:
            db["aliases"].insert(
                {"topic": record_id, "lang": lang, "text": text, "source": source}, ignore=True
            )


def write_record(db: sqlite_utils.Database, table: str, record: dict[str, Any], stamp: str) -> None:
    """Store one record as its seed-format JSON (aliases live in their own table)."""
    data = {k: v for k, v in record.items() if k not in ("aliases", ALIAS_SOURCES)}
    db[table].upsert(
        {
            "id": record["id"],
            "data": json.dumps(data, ensure_ascii=False),
            "verified": int(bool(record.get("verified"))),
            "deleted": 0,
            "updated_at": stamp,
        },
        pk="id",
    )


def bump_revision(db: sqlite_utils.Database) -> None:
    """Tell every process that the knowledge changed, so it rebuilds its matcher."""
    db.execute(
        "INSERT INTO meta(key, value) VALUES('revision', '1') "
        "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )


def fingerprint(db: sqlite_utils.Database) -> str:
    """What the knowledge base holds (live records as exported, and the deleted ones), not how many edits led
    there: an /import's undo checks it, so an edit made and undone since does not block it."""
    deleted = [[r["table"], *r["row"][:3], r["aliases"]] for r in deleted_records(db)]
    text = json.dumps([export(db), sorted(deleted)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def revision(db: sqlite_utils.Database) -> int:
    row = db.execute("SELECT value FROM meta WHERE key = 'revision'").fetchone()
    return int(row[0]) if row else 0


def rebuild_search(db: sqlite_utils.Database) -> None:
    """Refill the full-text index from live records (cheap: tens of rows)."""
    db.execute("DELETE FROM search")
    for table in RECORD_TABLES:
        for row in db.execute(f"SELECT id, data FROM {table} WHERE deleted = 0").fetchall():
            record = json.loads(row[1])
            for lang in ("en", "hi"):
                body = " ".join(_texts(record, lang))
                db.execute("INSERT INTO search(topic, lang, body) VALUES (?, ?, ?)", (row[0], lang, body))


def _texts(record: dict[str, Any], lang: str) -> list[str]:
    out = []
    for field in ("name", "short", "summary", "services"):
        value = (record.get(field) or {}).get(lang) if isinstance(record.get(field), dict) else None
        out.extend(value if isinstance(value, list) else [value] if value else [])
    return out


def export(db: sqlite_utils.Database) -> dict[str, Any]:
    """The live knowledge base in the seed format (deleted records left out)."""
    meta = {row[0]: json.loads(row[1]) for row in db.execute("SELECT key, value FROM meta").fetchall()}
    out: dict[str, Any] = {"version": meta.get("version"), "as_of": meta.get("as_of")}
    aliases: dict[str, dict[str, list[str]]] = {}
    sources: dict[str, dict[str, str]] = {}
    rows = db.execute("SELECT topic, lang, text, source FROM aliases ORDER BY id").fetchall()
    for topic, lang, text, source in rows:
        aliases.setdefault(topic, {}).setdefault(lang, []).append(text)
        if source != SEED_SOURCE:
            sources.setdefault(topic, {})[text] = source
    for table in RECORD_TABLES:
        records = []
        for row in db.execute(f"SELECT id, data FROM {table} WHERE deleted = 0 ORDER BY rowid").fetchall():
            record = json.loads(row[1])
            if table != "helplines":
                record["aliases"] = {lang: aliases.get(row[0], {}).get(lang, []) for lang in ALIAS_LANGS}
                if row[0] in sources:
                    record[ALIAS_SOURCES] = sources[row[0]]
            records.append(record)
        out[table] = records
    out["facts_from_seed"] = meta.get("facts_from_seed")
    out["general"] = meta.get("general")
    return out


def dump_yaml(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)
