"""A question that fits the Technology Centres scheme, asked right after its centres were listed or one was
picked ("yahan training ke liye kaun aa sakta hai" after Ludhiana's tool room): the centres on screen are the
scheme's, so its part answers, with no "do you mean the Technology Centres?" first; so does a class asked of
("can he join without 12th pass" after Kanpur's tool room), whatever scheme its other words fit."""

from bot import responses
from bot.centre_counts import TECH_CENTRES
from bot.matcher import Understanding
from bot.messages import Reply
from bot.own_details import tells_schooling
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, close: list[str]) -> Reply | None:
    """The Technology Centres' part asked, when that scheme is the only one the words fit and centres are on
    screen (not another scheme discussed since); else None."""
    session = turn.session
    # (a course's class asked: "bina guarantee" in "can he join without 12th pass" is no CGTMSE)
    schooling = u.aspect == "eligibility" and not u.named and tells_schooling(u.text)
    if not (close == [TECH_CENTRES] or schooling) or not session.centres or u.not_covered:
        return None
    if session.topic not in (None, TECH_CENTRES):
        return None
    return responses.scheme(turn, TECH_CENTRES, u.aspect or "overview", u, confidence=0.6)
