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


@migrations()
def m004_roles_audit_tickets_activity(db: sqlite_utils.Database) -> None:
    """Issue 7: granted roles, the audit trail, helpline tickets, the message log, pending imports."""
    db["roles"].create({"user": str, "role": str, "granted_by": str, "granted_at": str}, pk="user")
    db["audit"].create(
        {
            "id": int,
            "at": str,
            "who": str,
            "command": str,
            "target": str,
            "old": str,
            "new": str,
            "undo": str,
            "undone": int,
        },
        pk="id",
        defaults={"undone": 0},
    )
    db["audit"].create_index(["who", "undone"])
    db["audit"].create_index(["target"])
    db["tickets"].create(
        {
            "id": int,
            "user": str,
            "platform": str,
            "language": str,
            "question": str,
            "turns": str,
            "status": str,
            "opened_at": float,
            "last_inbound_at": float,
            "taken_by": str,
            "answered_at": float,
            "closed_at": float,
            "delivery_error": str,
        },
        pk="id",
    )
    db["tickets"].create_index(["user", "status"])
    db["activity"].create(
        {
            "id": int,
            "at": float,
            "day": str,
            "platform": str,
            "language": str,
            "intent": str,
            "topic": str,
            "fallback": int,
            "question": str,
        },
        pk="id",
    )
    db["activity"].create_index(["day"])
    db["pending_imports"].create({"admin": str, "data": str, "revision": int, "at": str}, pk="admin")


@migrations()
def m005_ticket_numbers_never_reused(db: sqlite_utils.Database) -> None:
    """A deleted ticket's number must never come back: staff answering "#1" would reach a new citizen."""
    columns = ", ".join(c.name for c in db["tickets"].columns)
    definitions = ", ".join(f"[{c.name}] {c.type}" for c in db["tickets"].columns if c.name != "id")
    db.execute(f"CREATE TABLE tickets_new ([id] INTEGER PRIMARY KEY AUTOINCREMENT, {definitions})")
    db.execute(f"INSERT INTO tickets_new ({columns}) SELECT {columns} FROM tickets")
    db.execute("DROP TABLE tickets")
    db.execute("ALTER TABLE tickets_new RENAME TO tickets")
    db["tickets"].create_index(["user", "status"])
    # numbers of tickets already deleted (/forget) live on only in the audit trail ("ticket:3")
    used = db.execute(
        "SELECT MAX(CAST(substr(target, 8) AS INTEGER)) FROM audit WHERE target LIKE 'ticket:%'"
    ).fetchone()[0]
    db.execute("DELETE FROM sqlite_sequence WHERE name = 'tickets'")
    db.execute(
        "INSERT INTO sqlite_sequence(name, seq) VALUES ('tickets', MAX(?, (SELECT COALESCE(MAX(id), 0) FROM tickets)))",
        [used or 0],
    )


@migrations()
def m006_processed_senders(db: sqlite_utils.Database) -> None:
    """Whose replies each stored one is, so /forget reaches them: the sender's own, and any staff or admin
    turn (their replies quote citizens' questions)."""
    db["processed"].add_column("sender", str)
    db["processed"].add_column("privileged", int, not_null_default=0)


@migrations()
def m007_activity_askers(db: sqlite_utils.Database) -> None:
    """Whose fallback question each logged one is, as a keyed digest (never the id), so /forget reaches the
    question text /unanswered shows; the key lives only in this database."""
    db["activity"].add_column("asker", str)
    db["activity"].create_index(["asker"])
    db["secrets"].create({"name": str, "value": str}, pk="name")


def open_db(path: str) -> sqlite_utils.Database:
    """Open (creating if needed) a knowledge base with WAL and every migration applied."""
    db = sqlite_utils.Database(sqlite3.connect(path, check_same_thread=False))
    db.execute("PRAGMA busy_timeout = 5000")
    db.enable_wal()
    # With WAL, NORMAL never corrupts the file; a power cut can lose only the last commits.
    db.execute("PRAGMA synchronous = NORMAL")
    migrations.apply(db)
    return db
