"""The language a turn is answered in: what the message shows, unless it says too little to tell."""

from bot.language import continues, reply_language, shows_language
from bot.matcher import SMALL_TALK, Understanding
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# "ok", "theek hai", "haan ji": an acknowledgement is short.
ACK_MAX_WORDS = 3


def set_language(turn: Turn, u: Understanding) -> None:
    """Detected language applies until the user chooses one; a message of bare names keeps the last, and
    before any message showed one ("pmegp", "ok" first) the channel's default answers and decides nothing:
    "ok" then "thik hai" is a Hindi speaker's."""
    turn.input_language = u.input_language
    # "thanks bhai", "ok bye", "hii sir" in the middle of a conversation say little about its language.
    small_talk = (
        u.input_language != "hi"
        and len(u.text.split()) <= ACK_MAX_WORDS
        and bool(u.intents)
        and set(u.intents) <= {*SMALL_TALK, "ack"}
        and not u.topics
        and not says_any(u.text, word_list("words", "stuck_words"))  # "nahi ho raha" is no "ok"
    )
    # "and documents?", "and for women?" in a Hindi conversation go on with it ("tell me more" is English)
    few_english = u.input_language == "en" and len(u.text.split()) <= ACK_MAX_WORDS and continues(u.text)
    keeps_hindi = few_english and turn.session.last_language == "hi"
    # ("aur?" in an English chat after a list of centres goes on in English)
    only_goes_on = set(keys(u.text)) <= word_keys("continuations") | word_keys("list_goes_on")
    kept = small_talk or keeps_hindi or only_goes_on
    if shows_language(u.text) and (turn.session.last_language is None or not kept):
        turn.session.last_language = reply_language(u.input_language)
    turn.lang = turn.session.language or turn.session.last_language or turn.lang
