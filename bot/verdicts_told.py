"""The ✓/✗ verdicts on a user's own case already told in this chat: said once, not again on every later answer.

"mere pati ne pmegp liya tha" gets "✗ the husband already had it" with the one-per-family rule; the
documents or the subsidy asked after it answer that part alone (the user has read the verdict), unless
eligibility is asked again.
"""

from bot.sessions import Session

# How a verdict line starts.
VERDICT_MARKS = ("✓ ", "✗ ")


def of_reply(text: str) -> list[str]:
    """The verdict lines of a reply, to keep with its turn."""
    return [line for line in text.split("\n") if line.startswith(VERDICT_MARKS)]


def told(session: Session, topic: str) -> set[str]:
    """The verdict lines earlier answers about `topic` gave in this chat."""
    return {line for h in session.history if h.get("topic") == topic for line in h.get("verdicts", ())}
