"""Two questions in one message ("udyam kaise kare aur pmegp me subsidy kitni"): each gets its answer.

A message is split only where a joining word ("aur", "and", "ya", "vs", "और", a comma) separates
parts that each name a different scheme (or one the knowledge base does not cover); anything
else ("loan aur subsidy", "udyam aur uske documents") stays one question.
"""

from collections.abc import Callable

import regex

from bot.matcher import Understanding
from bot.normalize import clean

_JOINER = regex.compile(
    r"(?:^|\s)(?:aur|and|ya|or|vs|versus|also|और|या|तथा|एवं)(?=\s|$)|[,;?।]|\bvs\.", regex.IGNORECASE
)


def separate(text: str, understand: Callable[[str], Understanding]) -> list[str]:
    """The questions inside `text`, or [] when it is one question."""
    parts = [p.strip() for p in _JOINER.split(text) if clean(p)]
    if len(parts) < 2:
        return []
    named = []
    for part in parts:
        u = understand(part)
        if u.confident and not u.close_topics():
            named.append(u.best.label)
        elif u.not_covered:
            named.append(f"not covered: {u.not_covered}")
        else:
            return []
    return parts if len(set(named)) == len(named) else []
