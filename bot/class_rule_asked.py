"""A class asked in a chat about a scheme whose rules tie a class passed to a project's cost (PMEGP's "Class 8
pass for projects above Rs 10 lakh ..."): "badi project ke liye 8th pass chahiye?" asks those rules, though it
names no part ("8th" and "project" read as no aspect, and the overview's "project" line matched)."""

from bot import own_details
from bot.matcher import Understanding
from bot.turn import Turn


def asked_in_chat(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether a message naming no scheme and no part, in such a scheme's chat, asks or tells a class ("for a
    bigger project do I need 8th pass", "8th pass chahiye?"): its rules are what is asked."""
    scheme = turn.snap.knowledge.schemes.get(turn.session.topic or "")
    return (
        scheme is not None
        and u.aspect in (None, "overview")
        and not (u.confident or u.not_covered)
        and own_details.tells_schooling(text)
        and own_details.rules_on_schooling(scheme)
    )
