"""Idempotency for webhook retries: the same platform message id always gets the same replies."""

import json
from dataclasses import fields

import sqlite_utils

from bot.messages import IncomingMessage, Option, Reply

# Platforms retry within minutes; a day is plenty and keeps the table small.
KEEP_SECONDS = 24 * 3600


def _key(message: IncomingMessage) -> str | None:
    return f"{message.platform}:{message.message_id}" if message.message_id else None


def recall(db: sqlite_utils.Database, message: IncomingMessage) -> list[Reply] | None:
    """The replies already given to this message, or None if it is new."""
    key = _key(message)
    row = db.execute("SELECT replies FROM processed WHERE key = ?", [key]).fetchone() if key else None
    if row is None:
        return None
    out = []
    for data in json.loads(row[0]):
        if data["recipient"]:  # a staff answer to someone else was sent once; a retry must not resend it
            continue
        data["options"] = tuple(Option(**o) for o in data["options"])
        data["centres"] = tuple(data["centres"])
        data["runners_up"] = tuple(data["runners_up"])
        data["attachment"] = None
        out.append(Reply(**data))
    return out


def remember(
    db: sqlite_utils.Database, message: IncomingMessage, replies: list[Reply], now: float, privileged: bool
) -> None:
    """Keep the replies for a retry; `privileged`: a staff or admin turn, whose replies may quote anyone."""
    key = _key(message)
    if key is None:
        return
    stored = [
        {
            **{f.name: getattr(r, f.name) for f in fields(Reply)},
            "options": [{"label": o.label, "payload": o.payload} for o in r.options],
            "attachment": None,  # files are not replayed; the text says what was sent
        }
        for r in replies
    ]
    db.execute(
        "INSERT OR IGNORE INTO processed(key, replies, at, sender, privileged) VALUES (?, ?, ?, ?, ?)",
        [key, json.dumps(stored, ensure_ascii=False), now, message.sender, int(privileged)],
    )
    db.execute("DELETE FROM processed WHERE at < ?", [now - KEEP_SECONDS])


def forget(db: sqlite_utils.Database, user: str) -> None:
    """/forget: the text of the user's stored replies goes, and of every staff or admin turn's (a /take or
    /queue quoted their question), and of rows stored before senders were. The rows stay, empty, so a
    retry is still known as one: a retried /reply or /undo must not run a second time."""
    db.execute(
        "UPDATE processed SET replies = '[]' WHERE sender = ? OR sender IS NULL OR privileged = 1", [user]
    )
