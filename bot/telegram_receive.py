"""Reading Telegram updates as the core's `IncomingMessage`, and deciding which are for the bot.

In private chats every message is; in groups only commands (routed here by CommandHandler),
replies to the bot's own messages and @mentions. A forwarded message only says that it was
forwarded: its origin may hide the author (MessageOriginHiddenUser), so it is never read.
"""

from telegram import CallbackQuery, Message, MessageEntity
from telegram.constants import ChatType

from bot.kb_import import IMPORT_LIMIT_BYTES
from bot.messages import IncomingMessage

# Checked in this order: an animation also carries a document, a venue a location.
MEDIA_KINDS = (
    "voice",
    "audio",
    "video_note",
    "video",
    "animation",
    "photo",
    "sticker",
    "document",
    "contact",
    "poll",
    "dice",
)


def incoming(
    message: Message, bot_id: int, bot_username: str, addressed: bool = False
) -> IncomingMessage | None:
    """The core's view of a new message, or None when it is not for the bot (group chatter, service notes)."""
    user, chat = message.from_user, message.chat
    location = (message.location.latitude, message.location.longitude) if message.location else None
    media = next((kind for kind in MEDIA_KINDS if getattr(message, kind)), None)
    text = message.text or message.caption or ""
    if user is None or not (text or location or media):
        return None
    private = chat.type == ChatType.PRIVATE
    mention = f"@{bot_username}"
    if not (private or addressed or _replies_to(message, bot_id) or _mentions(message, mention, bot_id)):
        return None
    return IncomingMessage(
        platform="telegram",
        sender=f"telegram:{user.id}",
        chat=f"telegram:{chat.id}",
        text=_without_mention(text, mention).strip(),
        is_private=private,
        location=location,
        forwarded=message.forward_origin is not None,  # the origin may hide the author: never read it
        locale_hint=user.language_code,
        media=media,
        message_id=f"{chat.id}:{message.message_id}",  # Telegram message ids are unique only per chat
    )


def is_kb_file(message: Message) -> bool:
    """A YAML document in a private chat: an admin sending a knowledge base for `/import`."""
    document = message.document
    name = (document.file_name or "").lower() if document else ""
    small = document is not None and (document.file_size or 0) <= IMPORT_LIMIT_BYTES
    return message.chat.type == ChatType.PRIVATE and small and name.endswith((".yaml", ".yml"))


def _replies_to(message: Message, bot_id: int) -> bool:
    original = message.reply_to_message
    return bool(original and original.from_user and original.from_user.id == bot_id)


def _mentions(message: Message, mention: str, bot_id: int) -> bool:
    entities = message.parse_entities() if message.text else message.parse_caption_entities()
    return any(
        (e.type == MessageEntity.MENTION and text.lower() == mention.lower())
        or (e.type == MessageEntity.TEXT_MENTION and e.user and e.user.id == bot_id)
        for e, text in entities.items()
    )


def _without_mention(text: str, mention: str) -> str:
    start = text.lower().find(mention.lower())
    return text if start < 0 else text[:start] + text[start + len(mention) :]


def from_button(query: CallbackQuery) -> IncomingMessage | None:
    """A button press is the user replying with the button's data (an option number or payload)."""
    if query.message is None or not query.data:
        return None
    chat = query.message.chat
    return IncomingMessage(
        platform="telegram",
        sender=f"telegram:{query.from_user.id}",
        chat=f"telegram:{chat.id}",
        text=query.data,
        is_private=chat.type == ChatType.PRIVATE,
        locale_hint=query.from_user.language_code,
        message_id=f"callback:{query.id}",
    )
