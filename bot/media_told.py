"""A voice note, photo or file said in words to be sent ("maine voice message bheja hai, sun lijiye", "photo bheja
hai, dekh lo", "[voice note]"): the bot reads only text, so it says so, as for a file sent with no words, and offers
a person (menus.media), instead of "no answer in my MSME knowledge"."""

import regex

from bot import menus, turn_language
from bot.messages import Reply
from bot.normalize import clean, says_any
from bot.phrases import word_forms, word_list
from bot.turn import Turn

# "[voice note]", "<Media omitted>": a whole message inside brackets.
_TAG = regex.compile(r"^\s*[\[<(]\s*([^\]>)]+?)\s*[\]>)]\s*$")


def tells_media_sent(text: str) -> bool:
    """Whether a message says a voice note, photo or file was sent to be heard or seen, or is only its tag."""
    tag = _TAG.match(text)
    if tag:
        return clean(tag.group(1)) in word_forms("media_tags")
    return says_any(text, word_list("words", "media_sent"))


def reply(turn: Turn, text: str) -> list[Reply] | None:
    """The reply to a voice note or photo told of in words, in the language the words are in; None otherwise."""
    if not tells_media_sent(text):
        return None
    turn_language.set_language(turn, turn.snap.understand(text))
    return [turn.reply(menus.media(turn.lang), "unsupported")]
