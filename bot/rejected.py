"""A scheme turned down in passing: "mudra nahi, pmegp ke baare me batao", "Not GeM, I mean MSME Mart",
"pmegp chahiye, mudra nahi". The clause that turns it down names it only to rule it out, so the message is
read without it, when what is left still asks something on its own ("payment nahi mila, kya karu" keeps
its "payment nahi mila": without it nothing is asked)."""

from collections.abc import Callable

from bot.clauses import clauses as punctuated
from bot.matcher import NEGATION_KEYS, SMALL_TALK, Understanding
from bot.normalize import clean, key
from bot.phrases import word_forms, word_keys

# A clause that turns something down is short: "udyam ka nahi puch raha", "Not a home loan".
MAX_CLAUSE_WORDS = 6
ENGLISH_NOT = frozenset({key("not")})
# (not "ना": "udyam free hai na?" asks for agreement)
HINDI_NO = NEGATION_KEYS - ENGLISH_NOT - {key("no"), key("ना")}


def without_rejected(text: str, understand: Callable[[str], Understanding]) -> str:
    """`text` without the clauses that turn a scheme down, when the rest asks something; else `text`."""
    clauses = _clauses(text, understand)
    if len(clauses) < 2:
        return text
    rejecting = [c for c in clauses if _turns_down(c, understand)]
    kept = [c for c in clauses if c not in rejecting]
    if not rejecting or not kept:
        return text
    rest = ", ".join(kept)
    return rest if _asks_something_else(understand(rest), [understand(c) for c in rejecting]) else text


def _clauses(text: str, understand: Callable[[str], Understanding]) -> list[str]:
    """Parts between punctuation, after a Hindi "nahi" followed by a name ("mudra nahi pmegp batao", not
    "otp nahi aa raha"), before an English "not" that is no verb's ("pmegp not mudra") and before "I mean",
    "balki"."""
    clauses = []
    for part in punctuated(text):
        words = clean(part).split()
        start = 0
        for i, word in enumerate(words):
            english_not = key(word) in ENGLISH_NOT and key(words[i - 1]) not in word_keys("auxiliaries")
            if i > start and (english_not or _turn_at(words, i)):
                clauses.append(" ".join(words[start:i]))
                start = i
            elif (
                key(word) in HINDI_NO
                and start < i < len(words) - 1
                and _names_firmly(understand(words[i + 1]))
            ):
                clauses.append(" ".join(words[start : i + 1]))
                start = i + 1
        clauses.append(" ".join(words[start:]))
    return [c for c in clauses if c]


def _turn_at(words: list[str], i: int) -> bool:
    """Whether "I mean", "balki", "but" starts at word `i`."""
    return any(" ".join(words[i : i + len(t.split())]) == t for t in word_forms("rejection_turns"))


def _tail(word: str) -> bool:
    return key(word) in word_keys("rejection_tails")


def _turns_down(clause: str, understand: Callable[[str], Understanding]) -> bool:
    """ "mudra nahi", "udyam ka nahi puch raha", "not a home loan": a short clause whose negation sits right
    after the name it turns down (Hindi order, then words like "chahiye", "puch raha") or right before it
    (English order); not "udyam portal khul nahi raha" or "not able to login to udyam", a verb's."""
    words = clause.split()
    if not 2 <= len(words) <= MAX_CLAUSE_WORDS:
        return False
    if key(words[0]) in ENGLISH_NOT:
        named = understand(" ".join(words[1:]))
        return _names_firmly(named) and not named.unknown
    last = max((i for i, w in enumerate(words) if key(w) in HINDI_NO), default=0)
    if last == 0 or not all(_tail(w) for w in words[last + 1 :]):
        return False
    if key(words[last - 1]) in word_keys("choice_words"):  # "cgtmse ka cover milega ya nahi?" asks yes or no
        return False
    before = [w for w in words[:last] if not _tail(w) and key(w) not in word_keys("fillers")]
    return bool(before) and _names_something(understand(before[-1]))


def _names_something(u: Understanding) -> bool:
    return bool(u.topics or u.not_covered)


def _names_firmly(u: Understanding) -> bool:
    """A word that is a name by itself ("pmegp", "mudra"), not a verb ("aa", "de") a typo away from one."""
    return u.confident or bool(u.not_covered)


def _asks_something_else(rest: Understanding, dropped: list[Understanding]) -> bool:
    """What is left asks on its own: names a scheme firmly (not the one turned down), something we do
    not cover, or asks for a list, a helpline, a centre; or names our schemes at all when what was turned
    down is something we do not cover."""
    if rest.confident:
        return all(not d.confident or d.best.label != rest.best.label for d in dropped)
    if rest.topics and any(d.not_covered for d in dropped):  # "ghar ke liye loan nahi, dukan ke liye…"
        return True
    return bool(rest.not_covered or set(rest.intents) - {*SMALL_TALK, "ack", "more"})
