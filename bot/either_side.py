"""The schemes said either side of an "or" ("चैंपियंस या समाधान?", "green finance or ZED"): two to choose
between, though their names are everyday words ("समाधान" is also "a solution") that do not call a scheme by
name alone; the few words each side of the "or", read on their own, must each name one scheme outright."""

from collections.abc import Callable

from bot.clauses import clauses
from bot.matcher import Understanding
from bot.normalize import clean, key
from bot.phrases import word_forms, word_keys

# How many words either side of the "or" may name its scheme ("the green finance scheme").
SIDE_WORDS = 4


def schemes(understand: Callable[[str], Understanding], text: str) -> list[str]:
    """The scheme each side of an "or" names, in the order said; none unless two differ ("udyog aadhar chalega
    ya naya udyam" names Udyam twice, "pmegp me loan milega ya subsidy" one scheme and a benefit)."""
    for clause in clauses(text):
        words = clause.split()
        for i, word in enumerate(words):
            if key(word) not in word_keys("choice_words") or clean(word) in word_forms("joining_words"):
                continue
            sides = (words[max(0, i - SIDE_WORDS) : i], words[i + 1 : i + 1 + SIDE_WORDS])
            named = [_named_outright(understand(" ".join(side))) for side in sides]
            if None not in named and named[0] != named[1]:
                return named
    return []


def _named_outright(u: Understanding) -> str | None:
    """The one scheme a side's words name with confidence, no other close to it, and nothing we do not cover."""
    if not u.confident or u.close_topics() or u.not_covered:
        return None
    return u.best.label
