"""The audit trail: one row per change (who, when, command, old value, new value, how to undo it).

Every admin change runs inside `change(db)`, a `BEGIN IMMEDIATE` transaction: the write lock is
taken before the change reads what it modifies, so two admins (threads or processes) editing at
once are serialized and neither edit is lost. The audit row is written in the same transaction.
"""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import sqlite_utils

from bot import seed

# Rows on one page of /history.
HISTORY_ROWS = 15
# Characters of a command, old or new value a /history line shows (`/history #N` shows them whole).
SHORT_VALUE = 80


def stamp() -> str:
    """When a change happened (UTC, to the second), as every table stores it."""
    return seed.now()


@contextmanager
def change(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction that holds the lock from its first read (nested: a savepoint)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")


def record(
    db: sqlite_utils.Database,
    who: str,
    command: str,
    target: str,
    old: Any,
    new: Any,
    undo: dict[str, Any] | None,
) -> int:
    """Write one audit row (call inside `change`); `undo` says how /undo reverts it (None: it cannot)."""
    cursor = db.execute(
        "INSERT INTO audit(at, who, command, target, old, new, undo, undone) VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
        [stamp(), who, command, target, _json(old), _json(new), _json(undo) if undo else None],
    )
    return int(cursor.lastrowid)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def rows(
    db: sqlite_utils.Database, target: str | None = None, limit: int = HISTORY_ROWS, skip: int = 0
) -> list[dict]:
    """The latest audit rows after the newest `skip`, newest first, optionally for one record/user id."""
    where, params = _where(target)
    cursor = db.execute(
        f"SELECT * FROM audit {where} ORDER BY id DESC LIMIT ? OFFSET ?", [*params, limit, skip]
    )
    return _dicts(cursor)


def _where(target: str | None) -> tuple[str, list[str]]:
    """The rows of one record/user id, or of everything: there an /import is its one "kb" row, while each
    record's own row ("tc-kannauj: deleted by /import") stays in that record's /history (one import that
    deleted 51 centres once filled 4 pages of /history with them)."""
    if target:
        return "WHERE target = ?", [target]
    return "WHERE NOT (command = '/import' AND target != 'kb')", []


def _dicts(cursor: Any) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def count(db: sqlite_utils.Database, target: str | None = None) -> int:
    """How many audit rows there are (for one record/user id): /history says how many pages."""
    where, params = _where(target)
    return db.execute(f"SELECT count(*) FROM audit {where}", params).fetchone()[0]


def entry(db: sqlite_utils.Database, audit_id: int) -> dict | None:
    """One audit row by its number (`/history #N`)."""
    found = _dicts(db.execute("SELECT * FROM audit WHERE id = ?", [audit_id]))
    return found[0] if found else None


def last_change(db: sqlite_utils.Database, target: str) -> dict | None:
    found = rows(db, target, 1)
    return found[0] if found else None


def last_undoable(db: sqlite_utils.Database, who: str) -> dict | None:
    """This admin's newest change that is not yet undone (undo rows themselves are not undoable)."""
    row = db.execute(
        "SELECT id, target, command, undo FROM audit WHERE who = ? AND undone = 0 AND undo IS NOT NULL "
        "ORDER BY id DESC LIMIT 1",
        [who],
    ).fetchone()
    if row is None:
        return None
    return {"id": row[0], "target": row[1], "command": row[2], "undo": json.loads(row[3])}


# `undone`: 0 not undone, 1 undone, 2 overtaken (a later change kept it from being undone, for as long as
# that one stands).
STANDS, UNDONE, OVERTAKEN = 0, 1, 2


def later_changes(db: sqlite_utils.Database, row: dict, everywhere: bool = False) -> list[dict]:
    """The changes to `row`'s target (`everywhere`: to anything) made after it that still stand, oldest
    first (an undone one does not; an overtaken one does), each with its `undo` (None: an /import's, which
    rewrote the whole record). Values alone cannot tell: another admin may have changed it and then back."""
    where, params = ("", []) if everywhere else ("target = ? AND", [row["target"]])
    found = db.execute(
        f"SELECT id, who, command, target, undo FROM audit WHERE {where} id > ? AND undone != ? "
        "AND (undo IS NOT NULL OR command = '/import') ORDER BY id",
        [*params, row["id"], UNDONE],
    ).fetchall()
    return [
        {
            "id": i,
            "who": who,
            "command": command,
            "target": target,
            "undo": json.loads(undo) if undo else None,
        }
        for i, who, command, target, undo in found
    ]


def mark_undone(db: sqlite_utils.Database, audit_id: int, how: int = UNDONE) -> None:
    db.execute("UPDATE audit SET undone = ? WHERE id = ?", [how, audit_id])


def line(row: dict) -> str:
    """One audit row for a person to read (admin output, English), its command and values cut short."""
    return (
        f"#{row['id']} {row['at']} {row['who']} {short(row['command'])} → {row['target']}: "
        f"{short(row['old'])} ⇒ {short(row['new'])}{_undone(row)}"
    )


def full(row: dict) -> str:
    """One audit row with its whole command and values, one per line (`/history #N`)."""
    return "\n".join(
        [
            f"#{row['id']} {row['at']} {row['who']} → {row['target']}{_undone(row)}",
            f"command: {row['command']}",
            f"old: {row['old'] or 'null'}",
            f"new: {row['new'] or 'null'}",
        ]
    )


def _undone(row: dict) -> str:
    return {
        UNDONE: " (undone)",
        OVERTAKEN: " (overtaken: /undo passes over it while the later change stands)",
    }.get(row.get("undone"), "")


def short(value: str | None) -> str:
    text = value or "null"
    return text if len(text) <= SHORT_VALUE else text[: SHORT_VALUE - 1] + "…"
