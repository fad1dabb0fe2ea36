"""A class asked in a chat about a scheme whose rules tie a class passed to a project's cost (PMEGP's "Class 8
pass for projects above Rs 10 lakh ..."): "badi project ke liye 8th pass chahiye?" asks those rules, though it
names no part ("8th" and "project" read as no aspect, and the overview's "project" line matched)."""

from bot import own_details
from bot.matcher import Understanding
from bot.turn import Turn


def asked_in_chat(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether a message naming no part asks or tells a class of such a scheme, named or in its chat ("for a
    bigger project do I need 8th pass", "PMEGP me 8th pass chalega?"): its rules are what is asked."""
    topic = u.best.label if u.confident else turn.session.topic
    scheme = turn.snap.knowledge.schemes.get(topic or "")
    # (beside the scheme named, only a class asked of: "I never went to school. PMEGP?" gets its overview and note)
    schooling = own_details.asks_schooling_rule(text) if u.confident else own_details.tells_schooling(text)
    return (
        scheme is not None
        and u.aspect in (None, "overview")
        and not u.not_covered
        and schooling
        and own_details.rules_on_schooling(scheme)
    )
