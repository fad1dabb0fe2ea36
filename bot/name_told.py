"""One's own name told ("you can call me Ravi", "mujhe Ravi bulaiye", "मेरा नाम रवि है"): greeted, not read as a
call-back asked for (it opened a request to the helpline team) nor answered "sorry, not found"."""

from bot.i18n import gettext
from bot.matcher import Understanding
from bot.menus import with_menu
from bot.messages import Reply
from bot.normalize import clean, key, keys, says_any
from bot.phrases import phrase_word_keys, word_keys, word_list
from bot.turn import Turn

# A name is a word or a few ("Ravi", "Ravi Kumar Yadav"); more unknown words are a story.
NAME_WORDS = 3


def told(turn: Turn, u: Understanding, text: str) -> str | None:
    """The name, as written, when the message only tells what to call the user: its other words are the phrases
    that introduce a name and fillers, and the name's words are none the bot knows (not "call me back", "call me
    on 98…", "mera naam Suresh hai, pmegp ka form kahan milega")."""
    if any(ch.isdigit() for ch in text) or not says_any(text, word_list("words", "name_intros")):
        return None
    intro = phrase_word_keys("name_intros")
    around = intro | word_keys("self_words") | turn.snap.matcher.fillers
    rest = [k for k in keys(text) if k not in around]
    unknown = set(u.unknown) - word_keys("not_names")
    if not 0 < len(rest) <= NAME_WORDS or not set(rest) <= unknown:
        return None
    return " ".join(w for w in clean(text).split() if key(w) in rest).title()


def reply(turn: Turn, name: str) -> Reply:
    """A greeting by the name told, and what the bot can help with."""
    _ = gettext(turn.lang)
    first = _("Nice to meet you, %(name)s. How can I help?") % {"name": name}
    return turn.reply(with_menu([first], turn.lang), "greeting", confidence=1.0)
