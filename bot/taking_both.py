"""Whether two schemes may be had at once ("can I take both PMEGP and CGTMSE?", "dono le sakte hai" after two):
each one's lines on the other, or, where neither names the other, that it is not on file, beside what is."""

from dataclasses import replace

from bot import follow_ups, menus, responses
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrase_index import Hit
from bot.phrases import word_keys, word_list
from bot.turn import Turn


def asked(text: str) -> bool:
    """Whether a message asks to have "both" at once ("can I take both", "dono mil sakte")."""
    return bool(set(keys(text)) & word_keys("both_words")) and says_any(
        text, word_list("words", "taking_asks")
    )


def named_pair(u: Understanding, text: str) -> list[str]:
    """The two schemes a message names while asking to have both ("CGTMSE aur PMEGP dono le sakte?"), in the
    order said; none when it asks a part of them ("documents for both pmegp and cgtmse")."""
    if len(u.named) != 2 or u.aspect not in (None, "eligibility") or u.not_covered or not asked(text):
        return []
    return in_order_said([h for h in u.topics if h.label in u.named], text)


def in_order_said(hits: list[Hit], text: str) -> list[str]:
    """The hits' schemes in the order the message first says a word of each."""
    said = keys(text)
    first = {h.label: min((i for i, k in enumerate(said) if k in h.matched), default=len(said)) for h in hits}
    return sorted(first, key=first.__getitem__)


def answer(turn: Turn, u: Understanding, schemes: list[str]) -> list[Reply]:
    """Each one's lines on the other (PM Vishwakarma's rule on a PMEGP loan); where neither has any, said so,
    with the two side by side (not two whole blocks of rules that never answer the question)."""
    first, second = schemes
    naming = [follow_ups.lines_naming(turn, first, second), follow_ups.lines_naming(turn, second, first)]
    found = [(sid, lines) for sid, lines in zip(schemes, naming, strict=True) if lines is not None]
    if found:
        return responses.in_sequence(turn, [responses.facts(turn, sid, lines, u) for sid, lines in found])
    names = [turn.snap.knowledge.topic_name(s, turn.lang) for s in schemes]
    side_by_side = responses.comparison(turn, schemes, u)
    note = menus.together_not_on_file(*names, lang=turn.lang)
    return [replace(side_by_side, text=f"ℹ {note}\n\n{side_by_side.text}")]
