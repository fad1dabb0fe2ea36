"""A second part asked only by a detail the scheme's record lacks: "pmegp ke documents aur fees dono" gets the
documents with "fee: not on file" above them, not PMEGP's whole benefits list after (no fee is in it)."""

from bot.matcher import Understanding
from bot.normalize import clean, key
from bot.turn import Turn


def only_a_missing_detail(turn: Turn, u: Understanding, topic: str, part: str) -> bool:
    """Whether `part` of `topic` is asked only by the words of a detail its record lacks, which the answer
    already says is not on file ("documents aur fees": "fees" asks the benefits; "documents aur subsidy aur
    fees" still asks them by "subsidy")."""
    details = turn.snap.details
    label = details.missing(topic, u.text)
    if label is None:
        return False
    rest = turn.snap.understand(details.without_asks(label, u.text))
    return part not in (rest.aspect, rest.also_asked)


def only_a_missing_detail_said(turn: Turn, u: Understanding, topic: str, part: str) -> bool:
    """Whether `part` of `topic` is asked only by a phrase of a detail its record lacks, said as such ("pmegp ki
    fees aur documents": "fees" asks the benefits); not where the detail's words are strewn among the part's own
    ("kya fayda hai? bank loan me kaam aata hai": Udyam's benefits are asked by "kya fayda hai")."""
    details = turn.snap.details
    label = details.missing(topic, u.text)
    if label is None:
        return False
    said = clean(u.text).split()
    said_keys = [key(w) for w in said]
    dropped = {
        i + j
        for phrase in details.asks.words_of(label)
        for i in range(len(said_keys) - len(phrase) + 1)
        if tuple(said_keys[i : i + len(phrase)]) == phrase
        for j in range(len(phrase))
    }
    if not dropped:
        return False
    rest = turn.snap.understand(" ".join(w for i, w in enumerate(said) if i not in dropped))
    return part not in (rest.aspect, rest.also_asked)
