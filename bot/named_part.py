"""A scheme's part said as a word of its name ("What is the subsidy under PMEGP?", "pmegp ki subsidy kya hai"):
"subsidy" is in PMEGP's name phrase "pmegp subsidy", so it named the scheme and asked nothing, and "what is"
asked for the overview. With the scheme called by its own name too, the part is what "what is" asks about."""

from bot.phrase_index import Hit
from bot.phrases import word_keys


def asked_by_its_name(hits: list[Hit], asking: list[Hit], named_by_own_name: bool) -> list[Hit]:
    """The hits that ask: `asking` (those not only naming the scheme), or, when they only ask what the scheme
    is and its own name ("pmegp") was said, the benefits named by a name's word ("subsidy"); not "what is
    udyam registration", whose "registration" is its name, not the steps asked."""
    if not named_by_own_name or not asking or any(h.label != "overview" for h in asking):
        return asking
    parts = [h for h in hits if h.label == "benefits" and h.matched & word_keys("benefits_in_names")]
    return parts or asking
