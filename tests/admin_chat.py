"""Helpers for the admin/staff/ticket tests: a knowledge base with roles, and one-line chat turns."""

import itertools
from pathlib import Path

from seeded_kb import fresh_services

from bot import audit, kb_edit, kb_provenance
from bot.messages import IncomingMessage, Reply
from bot.respond import respond
from bot.services import Services

ADMIN = "telegram:1"
ADMIN2 = "console:admin2"
STAFF = "telegram:55"
OUTSIDER = "telegram:999"
CITIZEN = "whatsapp:+919812345678"
_ids = itertools.count(1)


def staffed_services(path: Path) -> Services:
    return fresh_services(path, admins=frozenset({ADMIN, ADMIN2}), staff=frozenset({STAFF}))


def say(
    services: Services,
    user: str,
    text: str,
    private: bool = True,
    now: float | None = None,
    forwarded: bool = False,
) -> list[Reply]:
    """One message from `user` (platform taken from the id prefix) through the core; `forwarded`: someone
    else's words that `user` passed on."""
    platform = user.split(":")[0]
    message = IncomingMessage(
        platform=platform,
        sender=user,
        chat=user if private else "group:1",
        text=text,
        is_private=private,
        message_id=str(next(_ids)),
        forwarded=forwarded,
    )
    return respond(message, services, now)


def text(services: Services, user: str, message: str, **kw) -> str:
    return "\n".join(r.text for r in say(services, user, message, **kw))


def unlink(services: Services, record_id: str) -> None:
    """Take `record_id` out of every other scheme's `related` and helpline's `covers` (as ADMIN2), so /delete
    accepts it."""
    k = services.current().knowledge
    lists = [(sid, "related", s.get("related")) for sid, s in k.schemes.items()]
    lists += [(h["id"], "covers", h.get("covers")) for h in k.helplines]
    for owner, field, ids in lists:
        if record_id in (ids or []):
            rest = " ".join(i for i in ids if i != record_id)
            assert "→" in text(services, ADMIN2, f"/set {owner} {field} {rest}")


def audit_count(services: Services) -> int:
    return services.db.execute("SELECT count(*) FROM audit").fetchone()[0]


def kb_state(services: Services) -> tuple:
    """Everything an admin command could change in the knowledge base or roles."""
    db = services.db
    return tuple(
        db.execute(sql).fetchall()
        for sql in (
            "SELECT id, data, deleted FROM schemes ORDER BY id",
            "SELECT id, data, deleted FROM centres ORDER BY id",
            "SELECT id, data, deleted FROM helplines ORDER BY id",
            "SELECT topic, lang, text FROM aliases ORDER BY id",
            "SELECT * FROM roles ORDER BY user",
            "SELECT * FROM audit",
            "SELECT * FROM pending_imports",
            "SELECT id, status, taken_by, answered_at, closed_at FROM tickets ORDER BY id",
        )
    )


def refused(services: Services, user: str, command: str, expected: str) -> None:
    """The reply says `expected` and the knowledge base is exactly as before."""
    before = kb_state(services)
    assert expected in text(services, user, command)
    assert kb_state(services) == before


def record(services: Services, record_id: str) -> dict:
    """A record's stored data, live or deleted."""
    return kb_edit.find(services.db, record_id).data


def edit_source(who: str, field: str) -> str:
    """The source entry today's /set of `field` by `who` leaves on a record."""
    return kb_provenance.edit_source(who, field, audit.stamp())
