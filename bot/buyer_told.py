"""Who the buyer is, told in a chat about a scheme for buyers' late payments ("wo ek private company hai" after
Samadhaan): the records name no kind of buyer, so the rule is said to be for any, with who may use the scheme."""

from dataclasses import replace

from bot import menus, responses
from bot.fact_lines import MAX_LINES
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import word_list
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """The scheme's rules, under a note that its record speaks of any buyer; none when the message asks
    something else, when the scheme's record says nothing of buyers, or names the kind told (TReDS' "Buyers:
    companies…" answers that itself)."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or u.confident or u.aspect or u.intents or u.not_covered:
        return None
    told = [p for p in word_list("words", "buyer_kinds") if says_any(text, (p,))]
    if not told:
        return None
    facts = turn.snap.facts
    if facts.mentioning(topic, told, turn.lang, MAX_LINES) is not None:
        return None
    buyers = list(word_list("words", "buyer_words"))
    if not any(says_any(s, tuple(buyers)) for s in facts.summary_sentences[topic]):
        return None
    rules = responses.scheme(turn, topic, "eligibility", u, confidence=0.7)
    note = menus.any_buyer(turn.snap.knowledge.topic_name(topic, turn.lang), turn.lang)
    return replace(rules, text=f"ℹ {note}\n\n{rules.text}")
