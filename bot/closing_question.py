"""A story pasted with its question at the end ("Dear team, I run a garment export unit … quality certification
and late payments from buyers … My question: how many EFCs are there?"): the scheme the closing question calls
by its own name is the one asked about, not the one the story's everyday words point to most (ZED's "quality
certification")."""

from collections.abc import Callable

from bot.clauses import clauses
from bot.matcher import Understanding

# Fewer clauses than this make a question, not a story with one at its end.
MIN_CLAUSES = 3


def closing_question(text: str, understand: Callable[[str], Understanding]) -> str | None:
    """The last clause of a story when only it asks (no question mark before it) and it names by its own name
    a scheme other than the one the whole message reads as; None otherwise."""
    parts = clauses(text)
    if len(parts) < MIN_CLAUSES or "?" in text.rstrip().rstrip("?"):
        return None
    last = understand(parts[-1])
    if not (last.confident and last.best.label in last.named):
        return None
    whole = understand(text)
    return parts[-1] if whole.best is None or whole.best.label != last.best.label else None
