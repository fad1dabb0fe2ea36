"""Sending a WhatsApp message later (a helpline staff answer), through Twilio's async REST client.

WhatsApp allows free-form messages only within 24 hours of the user's last message; outside that
window Twilio would need an approved template, so nothing is sent and the result says why. A
failed send comes back as a result carrying the error: the caller decides whether to retry.
"""

import asyncio
import logging
from dataclasses import dataclass

import aiohttp
from twilio.base.exceptions import TwilioException, TwilioRestException
from twilio.http import AsyncHttpClient
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.rest import Client

from bot.privacy import log_id
from bot.settings import Settings, SettingsError, require
from bot.split import split_text
from bot.tickets import MAYBE_SENT, OUTSIDE_WINDOW
from bot.whatsapp import MESSAGE_LIMIT, PLATFORM

log = logging.getLogger(__name__)

# WhatsApp's customer-service window after the user's last message.
WINDOW_SECONDS = 24 * 3600
# Per API call, a safety net only (the async client applies none): a call cut off may still have been
# accepted by Twilio, so its outcome is reported as unknown, never as a failure to send again.
TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class SendResult:
    """What happened to one outbound message; `error` is None only when every piece was accepted."""

    sent: bool
    sids: tuple[str, ...] = ()
    error: str | None = None
    status: int | None = None  # Twilio's HTTP status on a REST error


async def send_whatsapp(
    settings: Settings,
    to: str,
    text: str,
    last_inbound_at: float,
    now: float,
    http_client: AsyncHttpClient | None = None,
) -> SendResult:
    """Send `text` to `to` ("whatsapp:+91…") if the 24-hour window is open; never raises on failure.

    `http_client` is the transport (default: a fresh AsyncTwilioHttpClient, closed afterwards).
    """
    if now - last_inbound_at > WINDOW_SECONDS:
        log.info("whatsapp send to=%s skipped: outside the 24-hour window", log_id(to))
        return SendResult(sent=False, error=OUTSIDE_WINDOW)
    try:
        require(settings, "twilio_account_sid", "twilio_auth_token", "twilio_whatsapp_from")
    except SettingsError as exc:
        return SendResult(sent=False, error=str(exc))
    to = to if to.startswith(f"{PLATFORM}:") else f"{PLATFORM}:{to}"
    transport = http_client or AsyncTwilioHttpClient()
    client = Client(settings.twilio_account_sid, settings.twilio_auth_token, http_client=transport)
    sids: list[str] = []
    try:
        for piece in split_text(text, MESSAGE_LIMIT):
            async with asyncio.timeout(TIMEOUT_SECONDS):  # (the async client does not apply its own timeout)
                created = await client.messages.create_async(
                    to=to, from_=settings.twilio_whatsapp_from, body=piece
                )
            sids.append(created.sid)
    except TwilioRestException as exc:
        log.warning("whatsapp send to=%s failed: twilio %s code=%s", log_id(to), exc.status, exc.code)
        return SendResult(
            sent=False, sids=tuple(sids), error=f"twilio {exc.status} code={exc.code}", status=exc.status
        )
    except TimeoutError:
        log.warning("whatsapp send to=%s: no answer from Twilio in %.0f s", log_id(to), TIMEOUT_SECONDS)
        return SendResult(sent=False, sids=tuple(sids), error=MAYBE_SENT)
    except (TwilioException, aiohttp.ClientError, OSError) as exc:
        log.warning("whatsapp send to=%s failed: %s", log_id(to), type(exc).__name__)
        return SendResult(sent=False, sids=tuple(sids), error=f"network: {type(exc).__name__}")
    finally:
        if http_client is None:
            await transport.close()
    log.info("whatsapp send to=%s sids=%s", log_id(to), ",".join(sids))
    return SendResult(sent=True, sids=tuple(sids))
