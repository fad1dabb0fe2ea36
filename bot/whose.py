"""Whose details a message tells: the user's own or a relative's. "aur papa ke liye? wo 58 ke hai general"
after "mai 22 saal ka hu obc" asks about the father: the son's age and category are not his, and "my mother
is also a potter, can she?" after "I'm 16" is not ruled out by the son's age. A relative told of only as one
who had something ("uske papa ne mudra loan liya tha") is no change of whom the chat is about."""

from functools import cache
from itertools import pairwise

import regex

from bot.clauses import breaks, clauses
from bot.normalize import clean, key, keys, message_words
from bot.own_details import RELATIVES, their_relatives
from bot.phrases import word_forms, word_keys, word_pattern

SELF = "self"
# The relatives who are women: one asked about is in a scheme's "women" category.
WOMEN = ("wife", "mother", "daughter", "sister")
# The parts of a message told one after another ("My father took a PMEGP loan … but I am married now"): who
# had something is said in its own part.
_CLAUSES = breaks("but_words", "now_words")
# What someone had or took ("liya tha", "took", "लिया था"): told of a relative, a fact, not a question.
_LATIN = ("en", "hinglish")
HAD = regex.compile(
    rf"\b{word_pattern('got_words', langs=_LATIN)}\s+{word_pattern('was_words', langs=_LATIN)}\b"
    rf"|\b{word_pattern('taken_words', langs=_LATIN)}\b"
    rf"|{word_pattern('got_words', langs=('hi',))}\s+{word_pattern('was_words', langs=('hi',))}"
    rf"|{word_pattern('taken_words', langs=('hi',))}",
    regex.I,
)


@cache
def _spoken() -> dict[str, str]:
    """Each word users call a relative by, keyed, to the relative (built once: it runs over the whole chat on
    every turn)."""
    return {k: r for r, (called, _in_rule) in RELATIVES.items() for k in keys(called)}


def relatives_named(said: str) -> list[str]:
    """The relatives a message names, by RELATIVES' names, in the order said ("papa", "meri wife"); not a word
    that only keys like one ("कौन सा काम मना है": forbidden, not "माँ")."""
    spoken, ordinary = _spoken(), word_forms("not_typos")
    said_keys = [key(w) for w in message_words(said) if w not in ordinary]
    return list(dict.fromkeys(spoken[k] for k in said_keys if k in spoken))


def asked_about(said: str) -> str | None:
    """ "self" when the user speaks of themselves ("mai 22 saal ka hu"); a relative when the message names
    one and not the user ("what about my wife?", "aur papa ke liye?"); None when it says no one new."""
    cleaned = clean(said)
    written = cleaned.split()
    own = set(written) & word_forms("own_person_words")
    named = relatives_named(said)
    if (
        named
        and set(written) & word_forms("third_person_words")
        and set(named) <= set(their_relatives(cleaned))
    ):
        return None  # ("He is 17, his father is a blacksmith": about him, his father told of)
    if named and not own:
        return None if HAD.search(said) else named[0]
    return SELF if own else None


def same_person(said: str, earlier: list[str]) -> list[str]:
    """Of `earlier` (newest first), the messages about the one `said` is about: each message is about whom
    it names, or whom the one before it was about (the user, at first)."""
    whom, by_message = SELF, []
    for text in reversed(earlier):
        whom = asked_about(text) or whom
        by_message.append((text, whom))
    now = asked_about(said) or whom
    return [text for text, whom in reversed(by_message) if whom == now]


def had_clause(said: str) -> str | None:
    """The part of a message that tells what someone had ("मेरे पति ने मुद्रा लोन लिया था 2022 में, …")."""
    return next((part for part in clauses(said, _CLAUSES) if HAD.search(part)), None)


def who_had(said: str) -> str | None:
    """Who a message says had something: a relative named in the part that tells it, the nearest before its
    verb ("uske papa ne mudra loan liya tha": the father's; "My father already took a PMEGP loan … but I am
    married … with my husband": the father's), else "self"; None when no one had anything."""
    part = had_clause(said)
    if part is None:
        return None
    verb = HAD.search(part)
    before, after = relatives_named(part[: verb.start()]), relatives_named(part[verb.start() :])
    return before[-1] if before else after[0] if after else SELF


def a_woman(said: str) -> bool:
    """Whether a message is of a woman: the user's own feminine "I" ("kya main apply kar sakti hu", "मैं सिलाई
    करती हूँ"; not "meri beti silai karti hai"), or a relative asked about who is one ("ab meri wife bhi apply
    kar sakti hai kya")."""
    if asked_about(said) in WOMEN:
        return True
    written = clean(said).split()
    forms, not_forms = word_forms("feminine_forms"), word_forms("not_feminine_forms")
    return any(
        after in word_forms("first_person")
        and word not in not_forms
        and (word in forms or word.endswith(("ti", "ती")))
        for word, after in pairwise(written)
    )


# How many words after a relative's "ki", "'s" the business may be named ("mummy ki pickle factory").
OWNED_WITHIN = 3


def owned_by_a_woman(said: str) -> bool:
    """Whether a message tells of a business a woman relative owns ("meri mummy ki pickle factory hai", "my
    mother's unit", "मेरी माँ की अचार की फैक्ट्री"): a women-owned unit, for the schemes' extra help; not "mummy
    ne kaha factory lagao" (what she said)."""
    said_keys = [key(w) for w in clean(said).split()]
    links, business = word_keys("owner_links"), word_keys("business_words")
    return any(
        _spoken().get(k) in WOMEN
        and said_keys[i + 1] in links
        and bool(set(said_keys[i + 2 : i + 2 + OWNED_WITHIN]) & business)
        for i, k in enumerate(said_keys[:-1])
    )


def without_relatives(said: str) -> str:
    """A message the user tells of themselves without the relatives it names ("I am 64 … my daughter-in-law
    wants to start a tailoring unit": the daughter-in-law's being a woman is not the user's)."""
    if asked_about(said) != SELF:
        return said
    spoken = {k for called, _in_rule in RELATIVES.values() for k in keys(called)}
    return " ".join(w for w in said.split() if not set(keys(w)) & spoken)


def own_parts(said: str) -> str:
    """A message without its parts that tell of a relative and not of the user ("papa kheti karte hain, main
    atta chakki lagana chahta hu": the father's farming is not the user's project); the whole message when no
    part is the user's own ("papa meat shop kholna chahte hain": the father is the one applying)."""
    parts = clauses(said, _CLAUSES)
    whose = [asked_about(part) for part in parts]
    if SELF not in whose:
        return said
    return ", ".join(part for part, who in zip(parts, whose, strict=True) if who in (SELF, None))


def relatives_words(said: str) -> frozenset[str]:
    """The words (keys) a message says only in its parts about a relative, beside a part of the user's own
    ("papa kheti karte hain, main atta chakki lagana chahta hu": "kheti" is the father's, no farm scheme asked)."""
    own = own_parts(said)
    if own == said:
        return frozenset()
    return frozenset(keys(said)) - frozenset(keys(own))
