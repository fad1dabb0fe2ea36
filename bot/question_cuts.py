"""Where one question of a message ends and the next begins, for asking two parts of a scheme at once.

An "and"/"aur"/"और" joins two questions ("pmegp me subsidy kitni aur kaise apply kare"); so does a "?" that
ends one before another follows ("udyam ke fayde kya hai? kaise banaye?", "What is TReDS? How do I register?"),
even one too short to read as a sentence of its own. Each side is then read for the part of the scheme it asks.
"""

from collections.abc import Collection
from itertools import accumulate

import regex

from bot.normalize import clean, keys, says_any
from bot.phrase_index import PhraseIndex
from bot.phrases import word_list

# A side naming a scheme this well ("bid": TReDS) names it; a word in passing ("din", a day) does not.
NAMING_SCORE = 0.5
# Right after a question mark (one or several: "free hai?? aur …").
_AFTER_MARK = regex.compile(r"(?<=\?)(?!\?)")


def question_cuts(text: str, joining: Collection[str]) -> list[int]:
    """The indexes of the words of `clean(text)` that begin a question after the first: a joining word, or the
    first word after a "?"."""
    words = clean(text).split()
    cuts = {i for i, w in enumerate(words) if w in joining}
    pieces = [clean(p).split() for p in _AFTER_MARK.split(text)]
    ends = list(accumulate(len(p) for p in pieces[:-1]))
    if ends and ends[-1] + len(pieces[-1]) == len(words):  # (not when a "?" parts words clean() joins)
        cuts.update(e for e in ends if 0 < e < len(words))
    return sorted(cuts)


def names_another(
    side: list[str], naming: Collection[str], topics: PhraseIndex, asking: Collection[str]
) -> bool:
    """Whether a side names only schemes other than the one the message is about, by words that ask no part
    ("pmegp me kitni subsidy hai aur bid kaise kare": a bid is TReDS's or GeM's): no second part of this one."""
    labels = _named(side, topics, asking)
    return bool(labels) and not labels & _named(list(naming), topics, asking)


def _named(words: list[str], topics: PhraseIndex, asking: Collection[str]) -> set[str]:
    """The schemes `words` name well enough to ask about, by words other than those asking a part."""
    hits = topics.score(words, NAMING_SCORE).values()
    return {h.label for h in hits if h.matched - set(asking)}


def scheme_asked_first(asked: dict[str, str | None], chosen: str, naming: Collection[str]) -> bool:
    """Whether a question before the one asking a part names the scheme and asks what of it, but no part
    ("What does CGTMSE cover? Who is eligible?", "What does PM Vishwakarma give? How do I apply?"): what the
    scheme is, then the part. `asked` maps the message's asking sentences, in order, to the part each asks."""
    before = list(asked)[: list(asked).index(chosen)]
    return any(
        asked[s] is None
        and s.rstrip().endswith("?")
        and bool(set(keys(s)) & set(naming))
        and says_any(clean(s), word_list("words", "what_is_asks"))
        for s in before
    )
