"""Whether a message says nothing but some listed words and fillers ("number do", "paisa?", "ye to galat hai"):
said alone, such words ask one thing ("the phone", "the money part", "the answer is wrong"); with other words
beside them, the message asks something else ("certificate me naam galat hai" asks to correct it)."""

from collections.abc import Iterable
from collections.abc import Set as AbstractSet


def only_listed(said: Iterable[str], listed: AbstractSet[str], fillers: AbstractSet[str]) -> bool:
    """Whether every word said (as keys) is one of `listed` or a filler."""
    return not set(said) - listed - fillers
