"""Per-user conversation state in SQLite, so it survives restarts and is shared by processes."""

import json
from collections.abc import Collection
from dataclasses import dataclass, field, fields

import sqlite_utils

from bot.messages import Option

# After this long without a message, the last topic and pending choices are forgotten.
CONTEXT_TTL_SECONDS = 30 * 60


@dataclass
class Session:
    user: str
    language: str | None = None  # chosen by the user; overrides detection
    last_language: str | None = None  # detected from the last message that showed one
    topic: str | None = None
    aspect: str | None = None  # of the last scheme answer, for "aur CGTMSE ke?"
    centres: list[str] = field(
        default_factory=list
    )  # ids just listed, for "address?" / "wahan kya milta hai"
    options: list[Option] = field(default_factory=list)
    previous: list[list[Option]] = field(default_factory=list)  # earlier screens of choices, for "back"
    awaiting: str | None = None  # "place" while the bot waits for a city name
    centre_type: str | None = None
    centre_point: list[float] | None = None  # where the centres listed were measured from
    centre_place: str | None = None  # and its name, for "any other nearby?"
    centres_picked: list[str] = field(
        default_factory=list
    )  # of those, the ones picked or named ("iska phone")
    place: str | None = None  # the last place the user named ("mai Gaya se hu"), for "mere sheher me?"
    group: str | None = None  # of the schemes just listed for a group ("women"), for "aur koi?"
    listed: list[str] = field(default_factory=list)  # schemes the user named together, for "the second one"
    updated: float = 0.0
    history: list[dict] = field(default_factory=list)  # last few turns for a helpline ticket (bot.tickets)
    draft: dict | None = None  # an admin's /add in progress (bot.guided_add)
    unsettled_request: int | None = (
        None  # a request opened before the chat showed a language (bot.request_language)
    )
    # This turn only, never saved: the conversation was forgotten as this message came, after a pause (a bare
    # "aur documents?" then asks which scheme, saying so: bot.after_a_pause).
    expired: bool = False


def load(db: sqlite_utils.Database, user: str, now: float) -> Session:
    """The user's session; context older than the TTL is dropped, the language choice kept."""
    row = db.execute("SELECT data FROM sessions WHERE user = ?", [user]).fetchone()
    if row is None:
        return Session(user=user, updated=now)
    data = json.loads(row[0])
    data["options"] = [Option(**o) for o in data.get("options", [])]
    data["previous"] = [[Option(**o) for o in screen] for screen in data.get("previous", [])]
    session = Session(**{k: v for k, v in data.items() if k in Session.__dataclass_fields__})
    if now - session.updated > CONTEXT_TTL_SECONDS:
        had_context = bool(session.topic or session.options or session.centres)
        reset(session)
        session.expired = had_context
    return session


def said_about(session: Session, topic: str) -> list[str]:
    """The user's messages kept in the chat's history that were about `topic`, oldest first: what they told of
    themselves there counts for its follow-ups."""
    return [h["text"] for h in session.history if h.get("topic") == topic and h.get("text")]


def drop_gone(session: Session, schemes: Collection[str], centres: Collection[str]) -> None:
    """What the conversation points to that an admin has since deleted (or an /import dropped) is
    forgotten: "documents?" about a deleted scheme, or its old option, would answer nothing that exists."""
    if session.topic and session.topic not in schemes:
        session.topic = session.aspect = None
    if not all(_exists(o, schemes) for o in session.options):
        session.options = []  # (one gone renumbers the rest: none is better than the wrong one)
    session.previous = [screen for screen in session.previous if all(_exists(o, schemes) for o in screen)]
    if not all(c in centres for c in session.centres):
        session.centres = []
    session.listed = [s for s in session.listed if s in schemes]


def _exists(option: Option, schemes: Collection[str]) -> bool:
    verb, _, rest = option.payload.partition(" ")
    named = rest.split(" ")[0]
    return verb not in ("@scheme", "@fraud", "@status") or named in schemes or named in ("", "-")


def reset(session: Session) -> None:
    """What the conversation built up goes (after a pause, or "start over"); the language choice stays."""
    fresh = Session(session.user)
    for f in fields(Session):
        if f.name not in KEPT_ON_RESET:
            setattr(session, f.name, getattr(fresh, f.name))


# A session's fields that outlive its context.
# (a request opened before any language was shown waits for one past a pause: the request outlives the context)
KEPT_ON_RESET = frozenset({"user", "language", "last_language", "updated", "unsettled_request"})
# A session's fields about this turn alone, never saved.
TURN_ONLY = frozenset({"expired"})


def save(db: sqlite_utils.Database, session: Session, now: float) -> None:
    session.updated = now
    db.execute(
        "INSERT INTO sessions(user, data, updated_at) VALUES (?, ?, datetime('now')) "
        "ON CONFLICT(user) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
        [session.user, json.dumps(_as_dict(session), ensure_ascii=False)],
    )


def _as_dict(session: Session) -> dict:
    """Plain JSON-ready fields (dataclasses.asdict deep-copies everything: slow on every turn)."""
    data = {f.name: getattr(session, f.name) for f in fields(Session) if f.name not in TURN_ONLY}
    data["options"] = _plain(session.options)
    data["previous"] = [_plain(screen) for screen in session.previous]
    return data


def _plain(options: list[Option]) -> list[dict]:
    return [{"label": o.label, "payload": o.payload} for o in options]


def forget(db: sqlite_utils.Database, user: str) -> None:
    db.execute("DELETE FROM sessions WHERE user = ?", [user])
    db.conn.commit()
