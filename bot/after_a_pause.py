"""A bare follow-up after a long pause ("aur documents?", "and how to apply?", "aur batao", "2" after half an hour
quiet) or right after "start over": the conversation it follows was forgotten or cleared (sessions.CONTEXT_TTL_SECONDS), so it names no scheme. The
answer says so and asks which scheme, the same way whatever the follow-up was, in the user's language."""

from bot import menus, trouble_reports
from bot.choices import chosen_number
from bot.follow_ups import FOLLOWUP_WORDS
from bot.i18n import gettext
from bot.language import continues
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import keys
from bot.phrases import word_keys
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """ "Which scheme?" with the schemes listed, when the conversation a bare follow-up follows was forgotten, or
    cleared by "start over" just before ("aur?" then got the whole list, as if asked for)."""
    history = turn.session.history
    restarted = bool(history) and history[-1].get("intent") == "restart"
    if not ((turn.session.expired or restarted) and _bare(u, text)):
        return None
    _ = gettext(turn.lang)
    note = (
        _("It has been a while, so I no longer have our earlier conversation.")
        if turn.session.expired
        else _("We have just started over, so there is nothing earlier to go on from.")
    )
    listing, options = menus.scheme_list(turn.snap.knowledge, turn.lang, aspect=u.aspect or "overview")
    return turn.reply((f"{note}\n{listing}", options), "clarify", aspect=u.aspect, confidence=0.5)


def _bare(u: Understanding, text: str) -> bool:
    """Whether a message only goes on from what was said before: a part asked ("fees?"), "aur batao", "and…?",
    or a number picked from a list; it names no scheme, nothing we do not cover, and asks nothing else
    ("helpline?" and "website is not opening" have their own answers; "how do I register my shop" names Udyam
    enough to ask "Do you mean Udyam?")."""
    if u.confident or u.close_topics() or u.not_covered or u.unknown or set(u.intents) - {"more"}:
        return False
    if trouble_reports.told_with_nothing_else(u, text):  # "website is not opening": which portal, as ever
        return False
    if len(text.split()) > FOLLOWUP_WORDS:
        return False
    said = set(keys(text))
    goes_on = bool(said) and said <= word_keys("bare_more") | word_keys("list_goes_on")
    return bool(u.aspect or u.intents or goes_on or continues(text) or chosen_number(text) is not None)
