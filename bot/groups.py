"""Groups of people asked about across schemes ("any scheme for women?", "SC ST ke liye kya hai").

Such a question names no scheme, yet several schemes' facts answer it; `intents/groups.yaml` lists
the groups and how users name them, and the answer gathers each scheme's lines that mention one.
"""

from functools import cache, lru_cache

import regex

from bot.normalize import keys
from bot.phrase_index import PhraseIndex
from bot.phrases import display_name, phrases, word_keys, word_list, word_pattern

# How many words after a group a "nahi" may deny it ("NE me nahi hai", "SC category nahi hai").
DENIAL_REACH = 2


@cache
def _index() -> PhraseIndex:
    pairs = ((label, p) for label, ps in phrases("groups").items() for p in ps)
    return PhraseIndex(pairs, not_typos=word_keys("not_typos"))


@cache
def _answered_no() -> regex.Pattern:
    no = word_pattern("group_answered_no", "group_denials_after")
    return regex.compile(rf"\s*[?:=\-–]+\s*{no}(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


def answered(text: str) -> str:
    """`text` with a group asked and answered no said as ruled out ("woman? no", "महिला? नहीं" → "woman नहीं",
    "महिला नहीं"), so that the "नहीं" after a group rules it out, as "mahila nahi hu" does, though the "?" parts a
    message's clauses."""
    return _answered_no().sub(" " + word_list("words", "group_denials_after")[0], text)


def asked(text: str) -> str | None:
    """The group `text` asks about, if any (the most fully named one); not one it rules out ("we are in UP,
    not north east", "SC nahi hai", "महिला नहीं हूँ")."""
    label, denied = _named(text)
    return None if denied else label


def all_asked(text: str) -> list[str]:
    """Every group `text` names and does not rule out, fullest first ("lucknow city me rehta hu minority
    category": the town's urban group, and the minorities)."""
    said = keys(answered(text))
    hits = sorted(_index().phrases_in(said), key=lambda h: -h.score)
    return [h.label for h in hits if not denied_beside(said, words(h.label) - word_keys("category_nouns"))]


def ruled_out(text: str) -> str | None:
    """The group `text` says the user is not in, if any."""
    label, denied = _named(text)
    return label if denied else None


@lru_cache(maxsize=4096)
def _named(text: str) -> tuple[str | None, bool]:
    said = keys(answered(text))
    label = _index().best_label(said)
    if label is None:
        return None, False
    # ("general category nahi, obc hu": a "nahi" after "category" rules out the general one, not OBC)
    return label, denied_beside(said, words(label) - word_keys("category_nouns"))


def denied_beside(said: list[str], named: frozenset[str]) -> bool:
    """Whether a "not" comes before any of the words `named` in `said` (keys), or a "nahi" after them, a
    word between at most ("SC nahi hai", "NE me nahi", "small enterprise, not medium", "gaon me nahi"); not
    "mahila ko subsidy nahi milti kya" (a question), nor "mahila hu, SC nahi" (SC)."""
    before, after = word_keys("group_denials_before"), word_keys("group_denials_after")
    return any(
        k in named
        and (
            set(said[max(i - DENIAL_REACH, 0) : i]) & before
            or set(said[i + 1 : i + 1 + DENIAL_REACH]) & after
        )
        for i, k in enumerate(said)
    )


def phrases_of(label: str) -> tuple[str, ...]:
    """How the group is named, in every language: a fact line naming it says one of them."""
    return phrases("groups")[label]


@cache
def words(label: str) -> frozenset[str]:
    """Every word the group's names use: none of them is another matter in a group question."""
    return frozenset(k for p in phrases_of(label) for k in keys(p))


@cache
def all_words() -> frozenset[str]:
    """Every word any group's names use ("mahila", "sc", "obc")."""
    return frozenset().union(*(words(label) for label in phrases("groups")))


def name(label: str, lang: str) -> str:
    """The group as the reply's heading names it ("women", "महिलाओं")."""
    return display_name("groups", label, lang)
