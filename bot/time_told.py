"""How long something has been due, told with a number ("70 दिन से", "3 mahine se", "for 4 months"): read past, so
that "bill 4 mahine se roka" says "bill roka" and "पेमेंट 4 महीने से अटका" says "पेमेंट अटका"."""

from itertools import pairwise

from bot.normalize import clean, keys
from bot.phrases import word_forms, word_keys


def told(text: str) -> bool:
    """Whether a message tells a number of days, weeks or months ("70 दिन से", "3 mahine se")."""
    return bool(_times_at(clean(text).split()))


def without_time(text: str) -> str:
    """The message's words without how long the money has been due, so that "मेरा जेम पर पेमेंट 4 महीने से अटका है"
    says "पेमेंट अटका" as "GeM payment stuck for 4 months" says "payment stuck"."""
    said = clean(text).split()
    due = _times_at(said)
    spans = {j for i in due for j in (i, i + 1)}
    spans |= {i + 2 for i in due if i + 2 < len(said) and said[i + 2] in word_forms("since_words")}
    return " ".join(w for i, w in enumerate(said) if i not in spans)


def _times_at(said: list[str]) -> set[int]:
    """Where in `said` a number of days, weeks or months stands (the number's place)."""
    times = word_keys("time_words")
    return {
        i for i, (a, b) in enumerate(pairwise(said)) if a.isdigit() and keys(b)[:1] and keys(b)[0] in times
    }
