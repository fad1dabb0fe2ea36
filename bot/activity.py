"""The message log behind /stats and /unanswered: one row per answered message, no user id.

A row keeps the day (India time), platform, reply language, intent, topic and whether the bot fell
back. The question text is kept only for fallbacks (needed by /unanswered), normalized, with
digit runs that could be phone or account numbers masked, and with a keyed digest of its asker (no id:
the key is in this database only) so that the asker's /forget deletes it. Privileged commands are not logged.
"""

import datetime
import hmac
import secrets

import regex
import sqlite_utils

from bot.clauses import clauses
from bot.messages import IncomingMessage, Reply
from bot.normalize import clean
from bot.told_names import masked

FALLBACK_INTENTS = ("fallback",)
NOT_LOGGED = ("admin", "staff", "staff_reply", "forget", "unknown_command")
IST = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
# Eight digits or more (spaces or hyphens between them) may be a phone, Aadhaar or account number: never
# stored. A sum staff need ("Rs 2,45,000.50"), a date ("12/03/2026") or a pincode is kept.
_LONG_NUMBER = regex.compile(r"\+?\d(?:[\s-]?\d){7,}")
# (a PAN also sits inside a GSTIN: "27ABCDE1234F1Z5")
# (an address's parts are bounded, as RFC 5321 bounds them: unbounded, a long run of letters costs its square)
_EMAIL_OR_PAN = regex.compile(
    r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|(?<![A-Za-z])[A-Za-z]{5}\d{4}[A-Za-z](?![A-Za-z])"
)
QUESTION_LIMIT = 200
# A word no message has, that cleaning keeps, standing in for a masked number.
_MASK = "maskednumber"
# What a kept question shows for a number, and for an e-mail address or PAN.
NUMBER_SHOWN, ADDRESS_SHOWN = "#", "xxxx"


def day(now: float) -> str:
    return datetime.datetime.fromtimestamp(now, IST).date().isoformat()


def scrub(text: str) -> str:
    """A fallback question fit to keep: normalized, phone numbers, e-mail addresses and PANs masked, bounded."""
    # (what is kept comes from the message's start: masking never lengthens it)
    head = text[: QUESTION_LIMIT * 4]
    # (masked before cleaning, which turns "12/03/2026" and "2,45,000" into runs of digits; shown as "#")
    masked = _LONG_NUMBER.sub(f" {_MASK} ", _EMAIL_OR_PAN.sub(f" {ADDRESS_SHOWN} ", head))
    # (the parts keep their commas: "25 lakh ka service ka, gaon me, general" read later tells the category)
    parts = [cleaned for part in clauses(masked) if (cleaned := clean(part))]
    return ", ".join(parts).replace(_MASK, NUMBER_SHOWN)[:QUESTION_LIMIT]


def record(db: sqlite_utils.Database, message: IncomingMessage, replies: list[Reply], now: float) -> None:
    """Log the answer to one message (the first reply meant for the sender)."""
    mine = [r for r in replies if not r.recipient]
    if not mine or mine[0].intent in NOT_LOGGED:
        return
    reply = mine[0]
    fallback = reply.intent in FALLBACK_INTENTS
    text = (message.text or "").strip()
    question = masked(scrub(text)) if fallback and text and not text.startswith(("/", "@")) else None
    asker = _asker(db, message.sender) if question else None
    db.execute(
        "INSERT INTO activity(at, day, platform, language, intent, topic, fallback, question, asker) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            now,
            day(now),
            message.platform,
            reply.locale,
            reply.intent,
            reply.topic,
            int(fallback),
            question,
            asker,
        ],
    )


def forget(db: sqlite_utils.Database, user: str) -> int:
    """Delete the text of `user`'s logged questions (their counts stay, as anyone's); how many. A citizen
    told "your history is deleted" once stayed in /unanswered: "mera naam ramesh kumar yadav hai gaon …"."""
    return db.execute(
        "UPDATE activity SET question = NULL, asker = NULL WHERE asker = ?", [_asker(db, user)]
    ).rowcount


def _asker(db: sqlite_utils.Database, user: str) -> str:
    """A keyed digest of `user`: the same for each of their questions, and no phone number to anyone who
    reads the log without this database's key (an unkeyed hash of a phone number is quickly reversed)."""
    db.execute("INSERT OR IGNORE INTO secrets(name, value) VALUES ('activity', ?)", [secrets.token_hex(32)])
    key = db.execute("SELECT value FROM secrets WHERE name = 'activity'").fetchone()[0]
    return hmac.new(bytes.fromhex(key), user.encode(), "sha256").hexdigest()


def since(now: float, days: int) -> str:
    """The first day inside a window of `days` days ending today."""
    return day(now - (days - 1) * 86400)


def counts(db: sqlite_utils.Database, column: str, first_day: str, limit: int = 50) -> list[tuple[str, int]]:
    """How many messages per value of `column` from `first_day` on, most first (days in date order)."""
    order = "value" if column == "day" else "n DESC, value"
    where = "AND topic IS NOT NULL" if column == "topic" else ""
    rows = db.execute(
        f"SELECT {column} AS value, count(*) AS n FROM activity WHERE day >= ? {where} "
        f"GROUP BY value ORDER BY {order} LIMIT ?",
        [first_day, limit],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def fallback_rate(db: sqlite_utils.Database, first_day: str) -> tuple[int, int]:
    """(fallbacks, messages) from `first_day` on."""
    row = db.execute(
        "SELECT coalesce(sum(fallback), 0), count(*) FROM activity WHERE day >= ?", [first_day]
    ).fetchone()
    return int(row[0]), int(row[1])


def unanswered(db: sqlite_utils.Database, first_day: str, limit: int = 10) -> list[tuple[str, int]]:
    """The most frequent fallback questions from `first_day` on."""
    rows = db.execute(
        "SELECT question, count(*) AS n, max(at) AS last FROM activity "
        "WHERE day >= ? AND fallback = 1 AND question IS NOT NULL AND question != '' "
        "GROUP BY question ORDER BY n DESC, last DESC LIMIT ?",
        [first_day, limit],
    ).fetchall()
    return [(r[0], r[1]) for r in rows]
