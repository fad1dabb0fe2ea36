"""A bare "नंबर दो", "number do", "number please" in a scheme's chat asks for the phone of the scheme just
discussed: its lines (the general ones when it has no phone of its own), not a fallback, its overview or an
e-mail alone ("udyam number" is an alias of Udyam's, so "number" alone read as the registration)."""

from bot.matcher import Understanding
from bot.normalize import keys
from bot.phrases import word_keys
from bot.said_only import only_listed
from bot.turn import Turn


def scheme_meant(turn: Turn, u: Understanding, text: str) -> str | None:
    """The scheme discussed, when the message asks for a number and says nothing else but how it asks."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or u.named:
        return None
    return topic if asked_alone(turn, text) else None


def asked_alone(turn: Turn, text: str) -> bool:
    """Whether a message asks for a number and says nothing else but how it asks ("number bhi", "नंबर दो",
    "नंबर फिर से भेजो")."""
    said = set(keys(text))
    if not said & word_keys("number_asks"):
        return False
    asking = (
        word_keys("number_asks")
        | word_keys("phone_asks")
        | word_keys("telling_asks")
        | word_keys("said_again_words")
    )
    return only_listed(said, asking, turn.snap.matcher.fillers)
