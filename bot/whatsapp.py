"""The WhatsApp channel (Twilio): signed form posts in, TwiML out; it translates and nothing else.

Twilio signs the URL it was configured with, so the signature is checked against
PUBLIC_BASE_URL + path, never the URL this process sees behind a proxy. Blank fields are signed
too, so the body is parsed keeping them.
"""

from collections.abc import Mapping
import logging
from urllib.parse import parse_qsl

from starlette.datastructures import ImmutableMultiDict
from twilio.request_validator import RequestValidator
from twilio.twiml.messaging_response import MessagingResponse

from bot.messages import IncomingMessage, Reply
from bot.split import split_text

log = logging.getLogger(__name__)

PLATFORM = "whatsapp"
SIGNATURE_HEADER = "X-Twilio-Signature"
# Twilio rejects a <Message> body longer than this.
MESSAGE_LIMIT = 1600

# MediaContentType0 prefix → IncomingMessage.media kind; the first match wins.
MEDIA_KINDS = (
    ("image/webp", "sticker"),
    ("image/", "photo"),
    ("audio/", "voice"),
    ("video/", "video"),
    ("text/vcard", "contact"),
    ("text/x-vcard", "contact"),
)


def parse_form(body: bytes) -> ImmutableMultiDict:
    """Twilio's url-encoded body, blank values kept (they are part of the signature)."""
    return ImmutableMultiDict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))


def signed_url(public_base_url: str, path: str, query: str = "") -> str:
    """The URL Twilio signed: the public one it was configured with, not the one behind the proxy."""
    return f"{public_base_url.rstrip('/')}{path}" + (f"?{query}" if query else "")


def is_authentic(validator: RequestValidator, url: str, form: ImmutableMultiDict, signature: str | None) -> bool:
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
        forwarded=form.get("Forwarded", "").lower() == "true" or form.get("FrequentlyForwarded", "").lower() == "true",
        media=_media_kind(form),
        message_id=form.get("MessageSid") or form.get("SmsMessageSid") or None,
    )


def _location(form: Mapping[str, str]) -> tuple[float, float] | None:
    try:
        lat, lon = float(form["Latitude"]), float(form["Longitude"])
    except (KeyError, ValueError):
        return None
    return (lat, lon) if -90 <= lat <= 90 and -180 <= lon <= 180 else None


def _media_kind(form: Mapping[str, str]) -> str | None:
    count = form.get("NumMedia", "0")
    if not count.isdigit() or int(count) == 0:
        return None
    content_type = form.get("MediaContentType0", "").lower()
    return next((kind for prefix, kind in MEDIA_KINDS if content_type.startswith(prefix)), "document")


def to_twiml(replies: list[Reply], sender: str) -> str:
    """Replies as `<Response><Message>…`, each piece within Twilio's limit; options are already numbered."""
    response = MessagingResponse()
    for reply in replies:
        to = reply.recipient if reply.recipient and reply.recipient != sender else None
        if to and not to.startswith(f"{PLATFORM}:"):
            log.warning("reply to %s cannot go over WhatsApp; dropped (intent=%s)", mask(to), reply.intent)
            continue
        if reply.attachment:
            log.warning("attachment not sent: TwiML needs a public media URL (intent=%s)", reply.intent)
        for piece in split_text(reply.text, MESSAGE_LIMIT):
            response.message(piece, to=to)
    return str(response)


def mask(user: str) -> str:
    """A user id safe for logs: `whatsapp:+919812345678` → `whatsapp:…5678`."""
    platform, _, number = user.rpartition(":")
    return f"{platform}:…{number[-4:]}" if platform else f"…{number[-4:]}"
