"""The `sahayak ask` JSON contract: other tools read these keys, so they stay stable."""

from dataclasses import replace
from typing import Any

from bot import sessions, tickets
from bot.delivery import unreachable
from bot.messages import IncomingMessage, Reply
from bot.respond import respond
from bot.services import Services

KEYS = (
    "language",
    "input_language",
    "intent",
    "topic",
    "aspect",
    "centres",
    "confidence",
    "options",
    "reply",
)
CENTRE_KEYS = ("id", "name", "city", "district", "state", "status", "distance_km")


def as_json(reply: Reply) -> dict[str, Any]:
    return {
        "language": reply.locale,
        "input_language": reply.input_language,
        "intent": reply.intent,
        "topic": reply.topic,
        "aspect": reply.aspect,
        "centres": [{k: c.get(k) for k in CENTRE_KEYS} for c in reply.centres],
        "confidence": reply.confidence,
        "options": [o.label for o in reply.options],
        "reply": reply.text,
    }


def ask(
    services: Services,
    text: str,
    user: str | None = None,
    location: tuple[float, float] | None = None,
) -> Reply:
    """One question; without `user` it leaves no session behind (stateless)."""
    sender = user or "ask:stateless"
    if user is None:
        _leave_nothing(services, sender)
    message = IncomingMessage(platform="cli", sender=sender, chat=sender, text=text, location=location)
    replies = [
        r if r.recipient in (None, sender) else unreachable(services, r) for r in respond(message, services)
    ]
    if user is None:
        _leave_nothing(services, sender)
    return merged(replies)


def _leave_nothing(services: Services, sender: str) -> None:
    """A stateless question keeps no session, and no request for a person no one could answer."""
    sessions.forget(services.db, sender)
    tickets.discard(services.db, sender)


def merged(replies: list[Reply]) -> Reply:
    """Two questions in one message get two replies; the contract has one: the first one's fields,
    every text in order, and the last one's options (the live ones)."""
    first, last = replies[0], replies[-1]
    if len(replies) == 1:
        return first
    return replace(first, text="\n\n".join(r.text for r in replies), options=last.options)
