"""The ✓/✗ verdicts on a user's own case already told in this chat: said once, not again on every later answer.

"mere pati ne pmegp liya tha" gets "✗ the husband already had it" with the one-per-family rule; the
documents or the subsidy asked after it answer that part alone (the user has read the verdict), unless
eligibility is asked again. What the verdict rules out still holds: no subsidy is worked out for them.
"""

from bot.sessions import Session

# How a verdict line starts.
VERDICT_MARKS = ("✓ ", "✗ ")
# The mark of a verdict that rules the user out.
RULED_OUT = "✗ "


def of_reply(text: str) -> list[str]:
    """The verdict lines of a reply, to keep with its turn."""
    return [line for line in text.split("\n") if line.startswith(VERDICT_MARKS)]


def told(session: Session, topic: str) -> set[str]:
    """The verdict lines earlier answers about `topic` gave in this chat."""
    return {line for h in session.history if h.get("topic") == topic for line in h.get("verdicts", ())}


def ruled_out(session: Session, topic: str) -> bool:
    """Whether the newest verdicts told about `topic` rule the user out (a later "✓ Age 18" replaces "✗ Age 17")."""
    newest = next(
        (h["verdicts"] for h in reversed(session.history) if h.get("topic") == topic and h.get("verdicts")),
        [],
    )
    return any(line.startswith(RULED_OUT) for line in newest)
