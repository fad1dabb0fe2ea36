"""Schemes the user names together ("pmegp aur cgtmse dono ka naam suna hai", "I've heard of Samadhaan, ODR
and Champions"), in the order said: "pehle wala kya hai?", "the first one - what documents", "aur dusra
wala?", "तीसरी वाली का लोन", "aur beech wala" point into them, then and turns later, not at the menu's options."""

from itertools import pairwise

from bot.choices import another_words, chosen_number, listed_position, oblique_positions
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import clean, key, keys
from bot.phrases import word_keys
from bot.turn import Turn

# At most this many named are kept ("first", "second", "third" point into them).
KEPT = 3
# Replies to a question about schemes, after which what it named is kept.
ANSWERS = frozenset({"scheme_info", "compare", "clarify", "scheme_list", "helpline", "how_sure", "fallback"})


def in_order(u: Understanding, text: str, strong: float = float("inf")) -> list[str]:
    """The schemes a message names (by name, or scoring at least `strong`), in the order it says them."""
    said = keys(text)
    named = [h for h in u.topics if h.label in u.named or h.score >= strong]
    first = {
        h.label: min((i for i, k in enumerate(said) if k in h.matched), default=len(said)) for h in named
    }
    return sorted(first, key=first.__getitem__)


def remember(turn: Turn, text: str, replies: list[Reply]) -> None:
    """Keep the schemes a question names together; forget them once the chat moves to a scheme not among them.
    (Only questions answered are read: an admin's "/import" of a whole file is no question to understand.)"""
    if text.lstrip().startswith("/") or not any(r.intent in ANSWERS for r in replies):
        return
    session = turn.session
    named = in_order(turn.snap.understand(text), text) if clean(text) else []
    if len(named) > 1:
        session.listed = named[:KEPT]
    elif any(r.topic in turn.snap.knowledge.schemes and r.topic not in session.listed for r in replies):
        session.listed = []


def position(text: str, count: int) -> int | None:
    """Which of `count` schemes a message points to by its place ("the second one", "तीसरी वाली", "the third is
    …", and with a word for "one" after it: "pehle wala", "dusre wale ka", "last wala", "beech wala" of three);
    an ordinal beside other words ("dusri kist") points to none."""
    listed = listed_position(text, count)
    if listed is not None:
        return listed
    said = [key(w) for w in clean(text).split()]
    pointers = word_keys("ordinal_pointers") | word_keys("listed_things")
    for word, after in pairwise(said):
        if after not in pointers:
            continue
        number = oblique_positions().get(word)
        if word in word_keys("last_words"):
            number = count
        elif word in word_keys("middle_words"):
            number = 2 if count == KEPT else None
        if number is not None:
            return number if 1 <= number <= count else None
    return None


def pointed(turn: Turn, text: str) -> str | None:
    """The scheme "aur dusra wala?", "and the second one?", "the third is only for complaints?" points to among
    those the user named together: theirs, not the second of the parts on screen (a digit stays a pick of the
    menu)."""
    listed = turn.session.listed
    if len(listed) < 2 or any(ch.isdecimal() for ch in text):
        return None
    # (another list of schemes on screen, not one scheme's parts nor these side by side: "dusra" picks from it)
    offered = _schemes_on_screen(turn)
    if offered and offered[: len(listed)] != listed:
        return None
    # ("aur dusra?", "and the second?": an ordinal with nothing but "and" and fillers beside it)
    at = position(text, len(listed)) or chosen_number(text)
    return listed[at - 1] if at and at <= len(listed) else None


def named_here(u: Understanding, text: str) -> str | None:
    """ "pmegp aur cgtmse dono ka naam suna hai. pehle wala kya hai?": the one of those the message names that it
    points to by place."""
    named = in_order(u, text)[:KEPT]
    at = position(text, len(named)) if len(named) > 1 else None
    return named[at - 1] if at else None


def described(turn: Turn, u: Understanding, text: str) -> str | None:
    """ "guarantee wala batao", "the one for artisans", "गुणवत्ता सर्टिफिकेट वाली" after schemes listed or named
    together: the one of them its words fit best, said with a word for "one" (the words alone may name it
    too weakly to answer)."""
    said = keys(text)
    # ("uske liye subsidy wali koi yojana h kya" asks whether there is any, not for one listed)
    if u.named or u.not_covered or not u.topics or set(said) & another_words():
        return None
    # (the scheme's own word right before a word for "one", not "number": "helpline number" after a list asks for
    # the helplines, and "बैंक वाले … नहीं दे रहे" tells of the bank's people)
    one = word_keys("ordinal_pointers") - word_keys("number_asks")
    best = u.topics[0]
    if not any(w in best.matched and after in one for w, after in pairwise(said)):
        return None
    return best.label if best.label in (_schemes_on_screen(turn) or turn.session.listed) else None


def _schemes_on_screen(turn: Turn) -> list[str]:
    """The schemes a list on screen offers, in order; none when the options are one scheme's parts (whose first
    two are of the same scheme)."""
    offered = [o.payload.split()[1] for o in turn.session.options if o.payload.startswith("@scheme ")]
    return offered if len(set(offered[:2])) == 2 else []
