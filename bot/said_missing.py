"""A second part asked only by a detail the scheme's record lacks: "pmegp ke documents aur fees dono" gets the
documents with "fee: not on file" above them, not PMEGP's whole benefits list after (no fee is in it)."""

from bot.matcher import Understanding
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
