"""Someone who says they understand nothing ("mujhe kuch samajh nahi aa raha, mera gaon Rampur hai"): helped
with how to ask and offered a person, not sent a list guessed from the town or group they mention."""

from bot.normalize import says_any
from bot.phrases import word_list


def says_lost(text: str) -> bool:
    """Whether the message says the user is confused or understands nothing."""
    return says_any(text, word_list("words", "lost_words"))
