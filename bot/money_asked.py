"""A bare "paisa", "पैसे?", "money?" in a chat about a scheme: how much money it gives, its benefits.

An elderly user who typed "pmegp" and then "paisa" means PMEGP's money; the word alone also fits a buyer's
unpaid bill (Samadhaan) and bill discounting (TReDS), but naming neither, it is no "which one of those?".
"""

from bot.matcher import Understanding
from bot.normalize import keys
from bot.phrases import word_keys
from bot.said_only import only_listed
from bot.turn import Turn

# The part a bare money word asks of the scheme discussed.
MONEY_PART = "benefits"


def asked(turn: Turn, u: Understanding) -> bool:
    """Whether the message is only a money word (and fillers) in a chat about a scheme, naming no other."""
    session = turn.session
    if session.topic not in turn.snap.knowledge.schemes or u.named or u.not_covered or u.aspect:
        return False
    said, fillers = set(keys(u.text)), turn.snap.matcher.fillers | word_keys("pick_fillers")
    return bool(said - fillers) and only_listed(said, word_keys("money_alone"), fillers)
