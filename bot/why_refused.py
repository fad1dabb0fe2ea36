"""A bare "why?" right after telling of a refused application ("My PM Vishwakarma application was rejected",
then "why"): it asks why it was turned down, as "kyu hua hoga" does, and gets the rules that may say so; not the
fallback with no choices. Staff's "why" after an answer still asks how it was matched."""

from bot import roles, vouching
from bot.normalize import clean
from bot.phrases import phrase_file
from bot.turn import Turn

# The detail a refusal told asks (intents/details.yaml).
REJECTION = "rejection"


def asked(turn: Turn, text: str) -> str:
    """`text`, or the words that ask why the application was turned down, in its own way of writing, when it
    is a bare "why" right after a refusal was told."""
    history = turn.session.history
    if not history or not vouching.asks_why(text):
        return text
    if turn.snap.details.asked(history[-1].get("text", "")) != REJECTION:
        return text
    if roles.role_of(turn.services, turn.message.sender) is not None:
        return text
    words = phrase_file("words")
    said = clean(text)
    lang = next((lang for lang, forms in words["why_alone"].items() if said in map(clean, forms)), "en")
    return words["why_refused"][lang][0]
