"""Of two schemes named in one message, the one only told as where the user comes from leads no more.

"msme mart chhodo, GeM pe SHG bech sakte hai?", "udyam to bana liya, ab pmegp ke kaun se documents",
"Apart from CGTMSE, how do I register on TReDS?": the question is of the other scheme. A scheme beside an
"aside" word, or said to be had already while the other is called by its name too, is one told of; else, of two
schemes called by name in different clauses, the one the last clause naming a scheme calls is asked (what
comes before is the story).
"""

from functools import cache

from bot.asking import asks
from bot.clauses import clauses
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list

# How near an aside word a scheme's name is to be told aside by it ("cgtmse ke alawa", "apart from the MSME Mart").
ASIDE_REACH = 3


def asked_of(text: str, names: dict[str, set[str]], close: bool) -> str | None:
    """The one scheme of the two in `names` (each scheme's own name words) the message asks of when the other
    is only told as context, or None when that is not clear. The one told aside is called by its name; the
    other is too, or was scored `close` to it ("cgtmse ke alawa green finance wale loan…")."""
    said = clauses(text)
    parts = [keys(part) for part in said]
    called = set().union(*(_named(part, names) for part in parts))
    beside = {label for part in parts for label in called if _aside(part, names[label])}
    # (one already had is aside only when the other is called by its name too: "My father already took a
    # PMEGP loan … I want a stitching unit. How much subsidy?" asks of PMEGP, not of a trade's scheme)
    had = set().union(
        *(
            labels
            for part, told in zip(parts, said, strict=True)
            if len(labels := _named(part, names)) == 1 and says_any(told, word_list("words", "aside_told"))
        )
    )
    aside = beside | had
    if len(aside) == 1 and (len(called) == len(names) or (close and beside)):
        return next(iter(set(names) - aside))
    if aside or len(called) < len(names):
        return None
    # (the last clause naming a scheme asks of it, and no clause before asks of the other: "udyam to bana liya,
    # ab pmegp ke documents"; not "What is the Champions scheme? I heard it has ZED")
    naming = [
        (labels, told) for part, told in zip(parts, said, strict=True) if (labels := _named(part, names))
    ]
    last, told = naming[-1]
    if len(last) != 1 or not asks(told):
        return None
    if any(labels - last and asks(earlier) for labels, earlier in naming[:-1]):
        return None
    return next(iter(last))


def _named(part: list[str], names: dict[str, set[str]]) -> set[str]:
    return {label for label, words in names.items() if set(part) & words}


def _aside(part: list[str], words: set[str]) -> bool:
    """Whether a name of the scheme is said just before an aside word that follows it ("msme mart chhodo"),
    or just after the words of one that come before it ("apart from the Champions portal")."""
    at = [i for i, k in enumerate(part) if k in words]
    after = [i for i, k in enumerate(part) if k in word_keys("aside_after")]
    before = [
        i + len(p) - 1
        for p in _phrases("aside_before")
        for i in range(len(part))
        if tuple(part[i : i + len(p)]) == p
    ]
    return any(0 < i - j <= ASIDE_REACH for i in after for j in at) or any(
        0 < j - i <= ASIDE_REACH for i in before for j in at
    )


@cache
def _phrases(label: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(keys(p)) for p in word_list("words", label))
