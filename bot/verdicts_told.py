"""The ✓/✗ verdicts on a user's own case already told in this chat: said once, not again on every later answer.

"mere pati ne pmegp liya tha" gets "✗ the husband already had it" with the one-per-family rule; the
documents or the subsidy asked after it answer that part alone (the user has read the verdict), unless
eligibility is asked again.
"""

import itertools

from bot.fact_lines import FactMatch
from bot.matcher import Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.sessions import Session

# How a verdict line starts, and each line that says it.
VERDICT_MARKS = ("✓ ", "✗ ")
SAID_MARK = "• "


def of_reply(text: str) -> list[str]:
    """The verdict lines of a reply, to keep with its turn."""
    return [line for line in text.split("\n") if line.startswith(VERDICT_MARKS)]


def checked_block(text: str) -> list[str]:
    """A reply's verdict on a heard claim with the lines that say it ("✗ … It says:", "• Cover is usually
    75%-85%"), kept so that "is that correct?" next says the same, not a new judgement."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if line.startswith(VERDICT_MARKS)), None)
    if start is None or not lines[start].endswith(":"):
        return []
    said = list(itertools.takewhile(lambda line: line.startswith(SAID_MARK), lines[start + 1 :]))
    return [lines[start], *said] if said else []


def told(session: Session, topic: str) -> set[str]:
    """The verdict lines earlier answers about `topic` gave in this chat."""
    return {line for h in session.history if h.get("topic") == topic for line in h.get("verdicts", ())}


def figure_asked_after(session: Session, u: Understanding) -> tuple[str, FactMatch] | None:
    """ "abhi kitna hai" right after "✗ … It says: • Guarantee limit per borrower: Rs 10 crore" (a question the
    matcher cannot place): the scheme and the lines that verdict stood on, said again."""
    last = session.history[-1] if session.history else {}
    if u.confident or not last.get("checked") or not says_any(u.text, word_list("hearsay", "figure_now")):
        return None
    lines = tuple(line.removeprefix(SAID_MARK) for line in last["checked"][1:])
    return last["topic"], FactMatch(aspect=last.get("aspect") or "benefits", lines=lines)
