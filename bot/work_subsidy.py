"""A subsidy asked for a line of work no scheme's words name, first thing ("dairy ke liye subsidy milti hai kya",
"is there subsidy for poultry", often forwarded to the helpline's staff): PMEGP's benefits, the knowledge base's
subsidy for a new unit, under which its negative-list check says whether the list names that work. Not a
sorry: the word for the work is unknown only because no scheme lists it."""

from bot import barred, responses
from bot.matcher import Understanding
from bot.messages import Reply
from bot.turn import Turn

# The scheme whose subsidy a new unit of any allowed line of work may get.
NEW_UNIT_SUBSIDY = "pmegp"


def answer(turn: Turn, u: Understanding) -> Reply | None:
    """PMEGP's benefits for a subsidy asked of a line of work, outside a scheme's chat; else None."""
    schemes = turn.snap.knowledge.schemes
    if u.confident or u.not_covered or u.best is None or u.best.label != NEW_UNIT_SUBSIDY:
        return None
    if u.aspect != "benefits" or turn.session.topic is not None or NEW_UNIT_SUBSIDY not in schemes:
        return None
    names = turn.snap.matcher.proper_names.get(NEW_UNIT_SUBSIDY, set())
    if barred.activity(u.text, u.unknown, schemes[NEW_UNIT_SUBSIDY], names) is None:
        return None
    return responses.scheme(turn, NEW_UNIT_SUBSIDY, "benefits", u, confidence=0.6)
