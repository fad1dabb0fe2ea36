"""A thanks or a blessing before a question: "Thank you. What is the subsidy for a senior citizen?", "धन्यवाद,
कौन आवेदन कर सकता है?", "Pranam beta, bhagwan aapka bhala kare. … dukaan ke liye loan chahiye". The thanks is a
courtesy; what follows it is what the message asks, so it is read without it (with it, the message got
"You're welcome" only)."""

from collections.abc import Callable
from itertools import islice

from bot.asking import asks
from bot.clauses import AT_PUNCTUATION
from bot.matcher import CLARIFY_THRESHOLD, Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.questions import asks_for_money

# A question after the thanks has at least this many words ("thank you, sir" asks nothing).
QUESTION_MIN_WORDS = 2
# The thanks is looked for in this many opening clauses ("Pranam beta, bhagwan aapka bhala kare. …").
OPENING_CLAUSES = 2


def without_thanks(text: str, understand: Callable[[str], Understanding]) -> str:
    """`text` without a thanks in its opening clauses when what follows asks or needs something; else `text`.
    A greeting before the thanks stays ("Pranam beta, …" is still greeted)."""
    start = 0
    for cut in islice(AT_PUNCTUATION.finditer(text), OPENING_CLAUSES):
        clause, rest = text[start : cut.start()], text[cut.end() :].strip()
        # (the words after it first: most messages ask nothing after their first clause, and need no reading)
        if _asks_after(rest) and _only_thanks(understand(clause)):
            return f"{text[:start]}{rest}"
        start = cut.end()
    return text


def _only_thanks(said: Understanding) -> bool:
    """A clause that thanks or blesses and names nothing ("bhagwan" alone is a weak match of a centre's name)."""
    named = any(h.score >= CLARIFY_THRESHOLD for h in said.topics)
    return said.intents == ("thanks",) and not (named or said.aspect or said.not_covered)


def _asks_after(rest: str) -> bool:
    """What follows the thanks asks, or asks for money ("…loan chahiye"); "thanks, will tell my father" passes
    the answer on, a thanks read whole."""
    if len(rest.split()) < QUESTION_MIN_WORDS or says_any(rest, word_list("words", "passing_on_words")):
        return False
    return asks(rest) or asks_for_money(rest)
