"""The WhatsApp channel (Twilio): signed form posts in, TwiML out; it translates and nothing else.

Files cross too: a knowledge base an admin sends for /import is fetched (`whatsapp_media`), and one
the core attaches (/export) is served for Twilio at a short-lived link (`whatsapp_files`).

Twilio signs the URL it was configured with, so the signature is checked against
PUBLIC_BASE_URL + path, never the URL this process sees behind a proxy. Blank fields are signed
too, so the body is parsed keeping them.
"""

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from urllib.parse import parse_qsl

from starlette.datastructures import ImmutableMultiDict
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.admin_commands import may_run
from bot.delivery import DeliverElsewhere, DeliveryResult, recorded, report, undeliverable
from bot.geo import valid_point
from bot.messages import IncomingMessage, Reply
from bot.privacy import log_id
from bot.respond import respond
from bot.services import Services
from bot.settings import Settings, require
from bot.split import split_text
from bot.whatsapp_files import OutgoingFiles
from bot.whatsapp_media import quiet_loggers, sent_for_import, with_kb_file

log = logging.getLogger(__name__)

PLATFORM = "whatsapp"
WEBHOOK_PATH = "/whatsapp"
SIGNATURE_HEADER = "X-Twilio-Signature"
# Twilio's form posts are a few KB; anything far larger is not Twilio and is refused unread.
MAX_BODY_BYTES = 64 * 1024
TWIML = "application/xml"
# Characters XML 1.0 cannot carry (control characters, lone surrogates): one in a reply makes the whole TwiML
# unreadable, and the citizen gets nothing.
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
# What a Twilio message id looks like; anything else an unsigned caller sends is not written to the log.
SID = re.compile(r"[A-Za-z0-9]{1,64}")
# Twilio rejects a <Message> body longer than this.
MESSAGE_LIMIT = 1600
# How long a staff member's own webhook waits for their answer to go out: Twilio gives up on a webhook
# at 15 seconds, and its TwiML (the report) would be lost with it.
DELIVERY_BUDGET_SECONDS = 8.0
# Sends still running when their webhook answered; held so they finish and note their outcome.
_SENDING: set[asyncio.Task] = set()

# MediaContentType0 prefix → IncomingMessage.media kind; the first match wins.
MEDIA_KINDS = (
    ("image/webp", "sticker"),
    ("image/", "photo"),
    ("audio/", "voice"),
    ("video/", "video"),
    ("text/vcard", "contact"),
    ("text/x-vcard", "contact"),
)


def webhook(
    settings: Settings,
    services: Services,
    deliver_elsewhere: DeliverElsewhere | None = None,
    files: OutgoingFiles | None = None,
) -> Callable[[Request], Awaitable[Response]]:
    """The POST /whatsapp endpoint: check Twilio's signature, ask the core, answer with TwiML.

    A staff answer for someone else goes to `deliver_elsewhere` first, so the TwiML can tell the staff
    member whether it arrived (staff answers are few; Twilio waits 15 s for a webhook). A file an admin
    sends with the caption /import is fetched from Twilio if the core lets them import (`whatsapp_media`);
    files the core attaches (/export) go out as links `files` serves (without it they are not sent).
    """
    require(settings, "twilio_auth_token", "public_base_url")
    validator = RequestValidator(settings.twilio_auth_token)
    quiet_loggers()
    publish = files.publish if files else None

    async def handle(request: Request) -> Response:
        body = await _read_body(request, MAX_BODY_BYTES)
        if body is None:
            log.warning("whatsapp: refused a body over %d bytes", MAX_BODY_BYTES)
            return PlainTextResponse("too large", status_code=413)
        form = parse_form(body)
        url = signed_url(settings.public_base_url, WEBHOOK_PATH, request.url.query)
        signature = request.headers.get(SIGNATURE_HEADER)
        if not is_authentic(validator, url, form, signature):
            sid = form.get("MessageSid", "")
            shown = sid if SID.fullmatch(sid) else "malformed" if sid else "none"  # ("\n" would forge lines)
            log.warning("whatsapp: 403, %s signature (sid=%s)", "bad" if signature else "no", shown)
            return PlainTextResponse("forbidden", status_code=403)
        if is_status_callback(form):
            return Response(str(MessagingResponse()), media_type=TWIML)
        message = to_message(form)
        if sent_for_import(form) and await asyncio.to_thread(may_run, services, message, "import"):
            message = await with_kb_file(settings, message, form)
        replies = await asyncio.to_thread(respond, message, services)
        log.info(
            "whatsapp sid=%s user=%s media=%s location=%s intents=%s",
            message.message_id,
            log_id(message.sender),
            message.media,
            message.location is not None,
            ",".join(r.intent for r in replies),
        )
        own = [r for r in replies if r.recipient in (None, message.sender)]
        others = [r for r in replies if r.recipient not in (None, message.sender)]
        for reply in others:
            own.append(report(reply, await _within_budget((deliver_elsewhere or undeliverable)(reply))))
        for confirm in _unreported(
            own, others
        ):  # a Twilio retry: the answer went once, say what became of it
            own.append(report(confirm, await recorded(services, confirm.ticket)))
        return Response(to_twiml(own, publish), media_type=TWIML)

    return handle


async def _within_budget(sending: Awaitable[DeliveryResult]) -> DeliveryResult | None:
    """The outcome of a send, or None when it takes longer than the budget (it carries on, and its
    outcome goes on the ticket, where /queue shows it)."""
    task = asyncio.ensure_future(sending)
    _SENDING.add(task)
    task.add_done_callback(_SENDING.discard)
    try:
        return await asyncio.wait_for(asyncio.shield(task), DELIVERY_BUDGET_SECONDS)
    except TimeoutError:
        return None


async def finish_sending(limit: float = 30.0) -> None:
    """At shutdown: let staff answers still on their way arrive and note their outcome."""
    if _SENDING:
        await asyncio.wait(list(_SENDING), timeout=limit)


def _unreported(own: list[Reply], others: list[Reply]) -> list[Reply]:
    """Staff confirmations of an answer not sent this time (a replayed message drops it)."""
    sent = {r.ticket for r in others}
    return [r for r in own if r.intent == "staff" and r.ticket is not None and r.ticket not in sent]


async def _read_body(request: Request, limit: int) -> bytes | None:
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def parse_form(body: bytes) -> ImmutableMultiDict:
    """Twilio's url-encoded body, blank values kept (they are part of the signature)."""
    return ImmutableMultiDict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))


def signed_url(public_base_url: str, path: str, query: str = "") -> str:
    """The URL Twilio signed: the public one it was configured with, not the one behind the proxy."""
    return f"{public_base_url.rstrip('/')}{path}" + (f"?{query}" if query else "")


def is_authentic(
    validator: RequestValidator, url: str, form: ImmutableMultiDict, signature: str | None
) -> bool:
    """True only for a request Twilio signed for exactly this URL and these fields."""
    return bool(signature) and validator.validate(url, form, signature)


def is_status_callback(form: Mapping[str, str]) -> bool:
    """Delivery receipts (sent/delivered/read) carry MessageStatus and need no answer."""
    return "MessageStatus" in form


def to_message(form: Mapping[str, str]) -> IncomingMessage:
    """One Twilio WhatsApp webhook → the core's message; quick-reply buttons become the chosen text."""
    sender = form.get("From", "")
    if not sender.startswith(f"{PLATFORM}:"):
        sender = f"{PLATFORM}:{sender}"
    text = form.get("ButtonPayload") or form.get("ButtonText") or form.get("Body", "")
    return IncomingMessage(
        platform=PLATFORM,
        sender=sender,
        text=text,
        chat=sender,
        is_private=True,
        location=_location(form),
        forwarded=form.get("Forwarded", "").lower() == "true"
        or form.get("FrequentlyForwarded", "").lower() == "true",
        media=_media_kind(form),
        message_id=form.get("MessageSid") or form.get("SmsMessageSid") or None,
    )


def _location(form: Mapping[str, str]) -> tuple[float, float] | None:
    try:
        lat, lon = float(form["Latitude"]), float(form["Longitude"])
    except (KeyError, ValueError):
        return None
    return (lat, lon) if valid_point(lat, lon) else None


def _media_kind(form: Mapping[str, str]) -> str | None:
    count = form.get("NumMedia", "0")
    if not count.isdecimal() or int(count) == 0:
        return None
    content_type = form.get("MediaContentType0", "").lower()
    return next((kind for prefix, kind in MEDIA_KINDS if content_type.startswith(prefix)), "document")


def to_twiml(replies: list[Reply], publish: Callable[[dict], str] | None = None) -> str:
    """Replies as `<Response><Message>…`, each piece within Twilio's limit; options are already numbered.
    An attachment goes with the reply's first piece as `<Media>`, at the link `publish` gives it."""
    response = MessagingResponse()
    for reply in replies:
        for n, piece in enumerate(split_text(NOT_XML.sub("", reply.text), MESSAGE_LIMIT)):
            message = response.message(piece)
            if reply.attachment and n == 0:
                if publish is None:
                    log.warning("attachment not sent: no file route (intent=%s)", reply.intent)
                else:
                    message.media(publish(reply.attachment))
    return str(response)
