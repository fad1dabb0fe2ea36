"""A thanks before a question: "Thank you. What is the subsidy for a senior citizen?", "धन्यवाद, कौन आवेदन कर
सकता है?". The thanks is a courtesy; the question after it is what the message asks, so it is read alone (with
the thanks it got "You're welcome" only)."""

from collections.abc import Callable

from bot.asking import asks
from bot.clauses import AT_PUNCTUATION
from bot.matcher import Understanding
from bot.normalize import says_any
from bot.phrases import word_list

# A question after the thanks has at least this many words ("thank you, sir" asks nothing).
QUESTION_MIN_WORDS = 2


def without_thanks(text: str, understand: Callable[[str], Understanding]) -> str:
    """`text` without a leading thanks when what follows asks something; else `text`."""
    parts = AT_PUNCTUATION.split(text, maxsplit=1)  # (the thanks ends where a clause does)
    if len(parts) < 2:
        return text
    first, rest = parts[0], parts[1].strip()
    said = understand(first)
    only_thanks = said.intents == ("thanks",) and not (said.topics or said.aspect or said.not_covered)
    # ("thanks, will tell my father" passes the answer on: a thanks, read whole)
    passed_on = says_any(rest, word_list("words", "passing_on_words"))
    if only_thanks and len(rest.split()) >= QUESTION_MIN_WORDS and asks(rest) and not passed_on:
        return rest
    return text
