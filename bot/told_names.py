"""The names and places people tell of themselves ("mera naam suresh yadav hai", "gaon bhikampur se"): kept
out of the message log's questions, which admins read in /unanswered, as their numbers are, and out of the
aliases suggested from them."""

from bot.matcher import content_words
from bot.normalize import key
from bot.phrases import word_keys

# What a logged question shows for a told name or place (a run of its words), as "#" shows for a number.
NAME_SHOWN = "…"


def named_at(words: list[str]) -> set[int]:
    """Where in `words` an introduction ("naam", "gaon", "I am") is followed by the name or place it tells, up
    to the everyday word that ends it: "my name is anil sharma and …" names "anil sharma"."""
    content = set(content_words(" ".join(words)))
    introductions = word_keys("introductions")
    at, naming, named = set(), False, False
    for i, word in enumerate(words):
        k = key(word)
        if k in introductions:
            naming, named = True, False
        elif naming and (k in content or word == NAME_SHOWN):  # (a question logged already masked)
            named = True
            at.add(i)
        elif named:  # an everyday word after the name ends it: "… kumar hai"
            naming = named = False
    return at


def introduces(word: str) -> bool:
    """Whether `word` introduces a name or place ("naam", "gaon", "village")."""
    return key(word) in word_keys("introductions")


def masked(question: str) -> str:
    """A logged question with each name or place told shown as NAME_SHOWN: "mera naam suresh yadav hai gaon
    bhikampur se, bijli bill …" is kept as "mera naam … hai gaon … se, bijli bill …"."""
    parts = []
    for part in question.split(", "):
        words = part.split()
        at = named_at(words)
        shown = [NAME_SHOWN if i in at else w for i, w in enumerate(words) if not {i - 1, i} <= at]
        parts.append(" ".join(shown))
    return ", ".join(parts)
