"""The database schema, as sqlite-utils migrations: the one schema path for the app, CLI and tests."""

import sqlite3

import sqlite_utils
from sqlite_utils.migrations import Migrations

migrations = Migrations("sahayak")

# Devanagari-safe: keep vowel signs (M*) and private-use letters inside tokens.
FTS_TOKENIZER = "unicode61 categories 'L* N* Co M*'"


@migrations()
def m001_knowledge(db: sqlite_utils.Database) -> None:
    for table in ("schemes", "centres", "helplines"):
        db[table].create(
            {"id": str, "data": str, "verified": int, "deleted": int, "updated_at": str},
            pk="id",
            defaults={"deleted": 0},
        )
    db["aliases"].create(
        {"id": int, "topic": str, "lang": str, "text": str, "source": str},
        pk="id",
    )
    db["aliases"].create_index(["topic", "lang", "text"], unique=True)
    db["meta"].create({"key": str, "value": str}, pk="key")
    db.execute(
        f'CREATE VIRTUAL TABLE search USING fts5(topic UNINDEXED, lang UNINDEXED, body, tokenize="{FTS_TOKENIZER}")'
    )


@migrations()
def m002_sessions(db: sqlite_utils.Database) -> None:
    db["sessions"].create({"user": str, "data": str, "updated_at": str}, pk="user")


@migrations()
def m003_processed(db: sqlite_utils.Database) -> None:
    """Replies already given per platform message id, so a webhook retry gets the same answer."""
    db["processed"].create({"key": str, "replies": str, "at": float}, pk="key")
    db["processed"].create_index(["at"])


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) a knowledge base with WAL and every migration applied."""
    db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False))
    db.execute("PRAGMA busy_timeout = 5000")
    db.enable_wal()
    migrations.apply(db)
    return db
