"""Where to get help, asked in a scheme's chat ("kaha madad milegi" after EFC's overview): where its help is
given, its steps to apply (the nearest MSME-DFO hosting an EFC), not the bot's own help text. Asked first, or
with another scheme named, it is no ask of the one discussed."""

from bot.matcher import Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.turn import Turn


def asked(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether `text` asks where the help of the scheme discussed is given."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or (u.confident and u.best.label != topic):
        return False
    return says_any(text, word_list("words", "where_help_asks"))
