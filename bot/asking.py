"""Whether a sentence asks something: a story told ("an agent is asking 2000 for udyam") asks nothing."""

from functools import cache

from bot.normalize import clean
from bot.phrases import word_forms


@cache
def _asking_words() -> tuple[frozenset[str], frozenset[str]]:
    openers = word_forms("asking_openers")
    return (word_forms("question_asks") | word_forms("telling_asks")) - openers, openers


def asks(sentence: str) -> bool:
    """A question mark, a word that asks ("kya", "batao", "how"), or one that asks when it opens the sentence
    ("is it free"; not "an agent is asking 2000 for udyam registration"). Read as written, not keyed:
    "kiya" (did) keys as "kya"."""
    said = clean(sentence).split()
    anywhere, openers = _asking_words()
    return sentence.rstrip().endswith("?") or bool(set(said) & anywhere) or bool(said and said[0] in openers)
