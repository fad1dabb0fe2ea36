"""Delivering the core's replies on Telegram: split, buttons, attachments, retries, other recipients.

Text goes out as plain text (no `parse_mode`), so nothing in a reply or the knowledge base can
break formatting. Options become inline buttons whose `callback_data` is the option's payload when
it fits Telegram's 64-byte limit, otherwise its number; the core accepts either as the user's text.
"""

import asyncio
import logging
import warnings
from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import InlineKeyboardButtonLimit, MessageLimit
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from bot.delivery import DeliverElsewhere, report
from bot.messages import Option, Reply
from bot.split import split_text

log = logging.getLogger(__name__)

# Attempts per Bot API call; network errors wait BACKOFF_SECONDS, then twice that, and so on.
SEND_ATTEMPTS = 4
BACKOFF_SECONDS = 0.5
# Button text longer than this is cut: phones show about this much on one line anyway.
MAX_BUTTON_LABEL = 60
PHOTO_MIMES = ("image/png", "image/jpeg")

T = TypeVar("T")


async def deliver(bot: Bot, chat_id: int, reply: Reply, deliver_elsewhere: DeliverElsewhere) -> None:
    """Send one reply to `chat_id`; a staff answer for someone (`recipient`) goes through
    `deliver_elsewhere`, and `chat_id`, the staff member, is told whether it arrived."""
    if reply.recipient:
        outcome = await deliver_elsewhere(reply)
        await send(bot, chat_id, report(reply, outcome))
        return
    await send(bot, chat_id, reply)


async def send(bot: Bot, chat_id: int, reply: Reply) -> None:
    """One reply to one chat: split, with the options as buttons under its last piece."""
    pieces = split_text(reply.text, MessageLimit.MAX_TEXT_LENGTH) if reply.text.strip() else []
    markup = keyboard(reply.options)
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        await with_retry(
            lambda piece=piece, last=last: bot.send_message(
                chat_id, piece, reply_markup=markup if last else None
            )
        )
    if reply.attachment:
        await _send_attachment(bot, chat_id, reply.attachment)


def keyboard(options: tuple[Option, ...]) -> InlineKeyboardMarkup | None:
    """One button per row, numbered as in the reply text."""
    if not options:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(f"{i}. {o.label}"[:MAX_BUTTON_LABEL], callback_data=callback_data(i, o))]
            for i, o in enumerate(options, 1)
        ]
    )


def callback_data(number: int, option: Option) -> str:
    """The payload itself survives a later menu (an old button still means what it said); else the number."""
    fits = len(option.payload.encode()) <= InlineKeyboardButtonLimit.MAX_CALLBACK_DATA
    return option.payload if option.payload.startswith("@") and fits else str(number)


async def _send_attachment(bot: Bot, chat_id: int, attachment: dict) -> Message:
    content, filename = attachment["content"], attachment["filename"]
    if attachment.get("mime") in PHOTO_MIMES:
        return await with_retry(lambda: bot.send_photo(chat_id, content, filename=filename))
    return await with_retry(lambda: bot.send_document(chat_id, content, filename=filename))


async def with_retry(call: Callable[[], Awaitable[T]], attempts: int = SEND_ATTEMPTS) -> T:
    """Flood control waits as long as Telegram asks; network trouble backs off; the last attempt raises."""
    for attempt in range(1, attempts):
        try:
            return await call()
        except (RetryAfter, NetworkError) as exc:
            if isinstance(exc, BadRequest):  # a NetworkError subclass, but retrying cannot fix the request
                raise
            delay = (
                retry_seconds(exc) if isinstance(exc, RetryAfter) else BACKOFF_SECONDS * 2 ** (attempt - 1)
            )
            log.info(
                "telegram call failed (%s), attempt %d, retrying in %.1fs", type(exc).__name__, attempt, delay
            )
        await asyncio.sleep(delay)
    return await call()


def retry_seconds(exc: RetryAfter) -> float:
    """`retry_after` is an int or a timedelta depending on PTB_TIMEDELTA; accept both, quietly."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        delay = exc.retry_after
    return delay.total_seconds() if isinstance(delay, timedelta) else float(delay)
