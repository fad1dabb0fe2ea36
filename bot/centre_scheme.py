"""A question that fits the Technology Centres scheme, asked right after its centres were listed or one was
picked ("yahan training ke liye kaun aa sakta hai" after Ludhiana's tool room): the centres on screen are the
scheme's, so its part answers, with no "do you mean the Technology Centres?" first."""

from bot import responses
from bot.centre_counts import TECH_CENTRES
from bot.matcher import Understanding
from bot.messages import Reply
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, close: list[str]) -> Reply | None:
    """The Technology Centres' part asked, when that scheme is the only one the words fit and centres are on
    screen (not another scheme discussed since); else None."""
    session = turn.session
    if close != [TECH_CENTRES] or not session.centres or u.not_covered:
        return None
    if session.topic not in (None, TECH_CENTRES):
        return None
    return responses.scheme(turn, TECH_CENTRES, u.aspect or "overview", u, confidence=0.6)
