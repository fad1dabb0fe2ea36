"""Fetching the knowledge-base file a WhatsApp admin sends with the caption /import, from Twilio.

Twilio keeps a message's media behind HTTP basic auth (account SID : auth token) and redirects to
short-lived storage whose URL carries a signature in its query. The webhook fetches a file only when
the core says its sender may /import (`admin_commands.may_run`): nobody else's file is downloaded.
The fetch has a size cap, a content-type check and a time limit; when it fails, the message goes to the
core with `media_error` saying why, and the core tells the admin. Neither the token nor a media URL is
logged (httpx logs every URL at INFO: its logger is kept at WARNING).
"""

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import replace

import httpx

from bot.kb_import import IMPORT_LIMIT_BYTES
from bot.messages import IncomingMessage
from bot.privacy import log_id
from bot.settings import Settings

log = logging.getLogger(__name__)

# The whole fetch, redirects included: Twilio gives up on the webhook at 15 s, and checking the file
# comes after it.
FETCH_SECONDS = 8.0
# What Twilio reports for a .yaml document (WhatsApp has no YAML type: often octet-stream or text).
KB_FILE_TYPES = (
    "application/x-yaml",
    "application/yaml",
    "text/yaml",
    "text/x-yaml",
    "text/plain",
    "application/octet-stream",
)
IMPORT_CAPTION = "/import"
QUIET_LOGGERS = {"httpx": logging.WARNING, "httpcore": logging.INFO}


class MediaError(Exception):
    """A file that could not be fetched; `reason` is one of `kb_import.NOT_RECEIVED`'s keys."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def quiet_loggers() -> None:
    """Keep media URLs (signed storage links) out of the log."""
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)


def sent_for_import(form: Mapping[str, str]) -> bool:
    """A file sent with the caption /import (the only media the bot ever fetches)."""
    count = form.get("NumMedia", "0")
    has_file = count.isdecimal() and int(count) > 0 and bool(form.get("MediaUrl0"))
    return has_file and form.get("Body", "").strip().lower() == IMPORT_CAPTION


async def with_kb_file(
    settings: Settings, message: IncomingMessage, form: Mapping[str, str]
) -> IncomingMessage:
    """The admin's message as `/import` and the file's YAML (as Telegram's adapter passes it), or with
    `media_error` when the file could not be fetched."""
    try:
        content = await fetch(settings, form["MediaUrl0"], form.get("MediaContentType0", ""))
    except MediaError as exc:
        log.warning(
            "whatsapp /import file not fetched: user=%s reason=%s", log_id(message.sender), exc.reason
        )
        return replace(message, media_error=exc.reason)
    log.info("whatsapp /import file fetched: user=%s bytes=%d", log_id(message.sender), len(content))
    text = content.decode("utf-8", errors="replace")
    # (the command is the caption's: a forwarded file is the admin's own /import, as on Telegram)
    return replace(message, text=f"{IMPORT_CAPTION}\n{text}", media=None, forwarded=False)


async def fetch(settings: Settings, url: str, content_type: str, limit: int = IMPORT_LIMIT_BYTES) -> bytes:
    """The file at Twilio's `url`, at most `limit` bytes of a KB_FILE_TYPES type; MediaError otherwise."""
    if not _kb_type(content_type):
        raise MediaError("wrong_type")
    if not settings.twilio_account_sid or not settings.twilio_auth_token:
        raise MediaError("not_configured")
    auth = httpx.BasicAuth(settings.twilio_account_sid, settings.twilio_auth_token)
    # (httpx drops the Authorization header when a redirect leaves Twilio's host)
    client = httpx.AsyncClient(auth=auth, follow_redirects=True, timeout=FETCH_SECONDS)
    try:
        async with asyncio.timeout(FETCH_SECONDS), client, client.stream("GET", url) as response:
            return await _body(response, limit)
    except (TimeoutError, httpx.TimeoutException):
        raise MediaError("timeout") from None
    except httpx.HTTPError:
        raise MediaError("unreachable") from None


async def _body(response: httpx.Response, limit: int) -> bytes:
    if response.status_code in (403, 404, 410):
        raise MediaError("not_found")
    if response.status_code != 200:
        raise MediaError("unreachable")
    if not _kb_type(response.headers.get("content-type", "")):
        raise MediaError("wrong_type")
    declared = response.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > limit:
        raise MediaError("too_big")
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:  # (a length not declared, or declared wrong)
            raise MediaError("too_big")
        chunks.append(chunk)
    return b"".join(chunks)


def _kb_type(content_type: str) -> bool:
    return content_type.split(";")[0].strip().lower() in KB_FILE_TYPES
