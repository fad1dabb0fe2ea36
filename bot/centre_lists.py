"""The whole list of centres asked for with no place ("tool room ki list do", "list of all technology centres",
"एक्सटेंशन सेंटर कहाँ-कहाँ हैं"): the states and towns that have them, not the scheme's overview or "which
town?" (the EFCs have no list on file, which is said)."""

from bot import centre_counts, responses
from bot.centre_counts import EXTENSION_CENTRE, TECHNOLOGY_CENTRE
from bot.centre_finder import EFC
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import word_list
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """The centres by state when the message asks for their list (or for all of a kind it names) and names no
    place, no part of a scheme and no detail."""
    finder = turn.snap.finder
    kind_named = u.centre_type in (TECHNOLOGY_CENTRE, EXTENSION_CENTRE)
    listed = says_any(text, word_list("words", "whole_list_asks")) and not says_any(
        text, word_list("words", "other_lists")
    )
    asks = listed or (
        u.centre_type is not None
        and says_any(text, word_list("words", "all_of_a_kind"))
        and says_any(text, word_list("words", "show_asks"))
    )
    if (
        not asks
        or u.aspect not in (None, "overview")
        or finder.place_said(text)
        or turn.snap.details.asked(text)
    ):
        return None
    schemes = centre_counts.counted(turn, u)
    if not schemes:
        return None
    centre_type = EFC if schemes == [EFC] else (u.centre_type if kind_named else None)
    turn.session.awaiting, turn.session.centre_type = "place", centre_type
    return responses.centres(turn, finder.by_state(turn.lang, centre_type))
