"""Delivering a reply meant for another user (a staff answer) on that user's own platform.

An edge module (it does network I/O; the core only sets `Reply.recipient`): routes by the
recipient's prefix, uses the ticket's last inbound time for WhatsApp's 24-hour window, and notes
the outcome on the answer's ticket. The adapters wait for the outcome and give the staff member
`report(...)`, so "sent" is said only of an answer that arrived.
"""

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any

from bot import tickets
from bot.messages import Reply
from bot.privacy import log_id
from bot.services import Services
from bot.settings import Settings
from bot.staff_commands import delivery_report

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryResult:
    delivered: bool
    error: str | None = None


# What a channel adapter calls for a reply meant for another user.
DeliverElsewhere = Callable[[Reply], Awaitable[DeliveryResult]]


async def deliver(
    reply: Reply,
    settings: Settings,
    services: Services,
    telegram_bot: Any = None,
    http_client: Any = None,
    now: float | None = None,
) -> DeliveryResult:
    """Send `reply` to `reply.recipient`; never raises for a failed send (the result and the ticket say it)."""
    recipient = reply.recipient or ""
    platform, _, ident = recipient.partition(":")
    now = time.time() if now is None else now
    if platform == "whatsapp":
        outcome = await _whatsapp(reply, settings, services, http_client, now)
    elif platform == "telegram":
        outcome = await _telegram(reply, telegram_bot, ident)
    else:
        outcome = DeliveryResult(False, f"no channel can reach {platform or 'an empty recipient'}")
    if reply.ticket is not None:
        await asyncio.to_thread(_note, services, reply.ticket, outcome.error)
    log.info("delivery to=%s delivered=%s", log_id(recipient), outcome.delivered)
    return outcome


def elsewhere(
    settings: Settings, services: Services, telegram_bot: Any = None, http_client: Any = None
) -> DeliverElsewhere:
    """The callback a channel adapter is given for replies to other users, on any platform."""

    async def send(reply: Reply) -> DeliveryResult:
        return await deliver(reply, settings, services, telegram_bot=telegram_bot, http_client=http_client)

    return send


async def undeliverable(reply: Reply) -> DeliveryResult:
    """For an adapter wired without a sender for other users (tests, a bare console)."""
    log.warning("reply for %s not delivered: no sender configured", log_id(reply.recipient or ""))
    return DeliveryResult(False, "no sender is configured for other users")


# What a terminal says of an answer for someone else: it has no way to send one (a pending "sending" never ended).
NO_PUSH = "this terminal cannot send to another user; answer them on Telegram or WhatsApp"


def unreachable(services: Services, reply: Reply) -> Reply:
    """A reply for another user from a channel that cannot push one (the console, `sahayak ask`): the
    ticket records it as not delivered, and the staff member is told."""
    if reply.ticket is not None:
        _note(services, reply.ticket, NO_PUSH)
    return report(reply, DeliveryResult(False, NO_PUSH))


def report(reply: Reply, outcome: DeliveryResult | None) -> Reply:
    """The staff member's word on whether their answer arrived, None: not known yet (staff output is
    English)."""
    text = delivery_report(reply.ticket, outcome.error if outcome else None, pending=outcome is None)
    return Reply(text=text, intent="staff", confidence=1.0)


async def recorded(services: Services, number: int) -> DeliveryResult | None:
    """What the ticket says became of its last answer (a webhook retry repeats the report from it);
    None while it is still on its way."""
    ticket = await asyncio.to_thread(_ticket, services, number)
    if ticket is not None and ticket.delivery_error == tickets.SENDING:
        return None
    if ticket is None or ticket.delivery_error:
        return DeliveryResult(False, ticket.delivery_error if ticket else "no such ticket")
    return DeliveryResult(True)


async def _whatsapp(
    reply: Reply, settings: Settings, services: Services, http_client: Any, now: float
) -> DeliveryResult:
    from bot.whatsapp_outbound import send_whatsapp

    last = await asyncio.to_thread(_last_inbound, services, reply.recipient)
    result = await send_whatsapp(settings, reply.recipient, reply.text, last, now, http_client=http_client)
    return DeliveryResult(result.sent, result.error)


async def _telegram(reply: Reply, telegram_bot: Any, ident: str) -> DeliveryResult:
    if telegram_bot is None:
        return DeliveryResult(False, "telegram is not configured on this server")
    from telegram.error import TelegramError

    from bot.telegram_send import send

    if not ident.lstrip("-").isdecimal():
        return DeliveryResult(False, "not a Telegram chat id")
    try:
        await send(telegram_bot, int(ident), replace(reply, recipient=None))
    except TelegramError as exc:
        return DeliveryResult(False, f"telegram: {type(exc).__name__}: {exc}")
    return DeliveryResult(True)


def _last_inbound(services: Services, user: str) -> float:
    """When the citizen last wrote, from their open ticket (0: never, so WhatsApp will not send)."""
    with services.turn_lock:
        ticket = tickets.open_for(services.db, user)
        return ticket.last_inbound_at if ticket else 0.0


def _ticket(services: Services, number: int) -> "tickets.Ticket | None":
    with services.turn_lock:
        return tickets.get(services.db, number)


def _note(services: Services, number: int, error: str | None) -> None:
    with services.turn_lock:
        tickets.record_delivery(services.db, number, error)
