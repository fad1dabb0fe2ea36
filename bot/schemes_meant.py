"""Which schemes a follow-up means when it names none: the one talked about before a list of centres, both of
two just answered or set side by side, the nth of those talked about, the one discussed beside one named."""

from bot import follow_ups, menus, questions, scams, taking_both
from bot.choices import listed_position
from bot.language import continues
from bot.matcher import Understanding
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# What a message asks beside "both" or "aur" that is about neither scheme: a person, a scam, a centre.
ASKED_OF_NEITHER = frozenset({"agent", "fraud", "centre_find", "complaint", "helpline"})

# "X and Y both": the "and" at most this many words before the "both".
JOINED_REACH = 4
# "documents for both" asks it of at most this many schemes offered (a comparison's, not a whole list's).
MAX_EACH = 3


def the_scheme_before(turn: Turn, u: Understanding) -> str | None:
    """The scheme talked about last, when "iske", "isme" point back to it past a list of centres (not past
    another scheme offered or not covered: "iske" is that one)."""
    history = turn.session.history
    if not (history and history[-1].get("intent") == "centre_find"):
        return None
    if not says_any(u.text, word_list("words", "this_words")):
        return None
    return next(iter(follow_ups.talked_about(turn)), None)


def each_offered(turn: Turn, u: Understanding, text: str) -> list[str]:
    """The schemes meant when a message asks one part or detail of "both" or "each" of them ("age limit
    for both": "limit" only weakly names Udyam), or goes on ("aur fees?") right after an answer about two."""
    if not (u.aspect or turn.snap.details.asked(text)) or u.named or u.confident:
        return []
    both = set(keys(text)) & word_keys("both_words")
    # ("aur agent 500 fees maang raha hai", "aur nazdeeki msme office kaha hai?": a scam, a person, an office;
    # "helpline dono ka" after GeM, then TReDS: each one's lines)
    neither = ASKED_OF_NEITHER - {"helpline"} if both else ASKED_OF_NEITHER
    if set(u.intents) & neither or scams.demanded_by_someone(text) or scams.paying_someone(text):
        return []
    if both and not _two_things_joined(text):
        return follow_ups.answered_together(turn) or the_ones_discussed(turn)
    return follow_ups.answered_together(turn) if continues(text) else []


def _two_things_joined(text: str) -> bool:
    """Whether the "both" of a message is of two things it joins just before it ("term loans and working capital
    both", "fees aur documents dono"), not of the schemes before ("fees and documents for both", "dono ke documents")."""
    said = keys(text)
    both, joined, of = word_keys("both_words"), word_keys("and_words"), word_keys("of_both_words")
    at = next((i for i, k in enumerate(said) if k in both), None)
    if at is None or (said[at + 1 : at + 2] and said[at + 1] in of) or (at and said[at - 1] in of):
        return False
    return any(k in joined for k in said[max(at - JOINED_REACH, 1) : at])


def taken_together(turn: Turn, u: Understanding, text: str) -> list[str]:
    """ "can I take both", "dono le sakte hai" right after two schemes: the two, whether they may be had
    together being asked (bot.taking_both answers it)."""
    if u.confident or u.named or u.aspect not in (None, "eligibility") or u.intents:
        return []
    if not taking_both.asked(text):
        return []
    schemes = follow_ups.answered_together(turn) or the_ones_discussed(turn)
    return schemes if len(schemes) == 2 else []


def one_named_last(turn: Turn, u: Understanding) -> str | None:
    """The one scheme a message's words fit, not named outright, when the last turn answered it beside another
    or set it side by side with one ("mujhe sarkar ko maal bechna hai" after GeM vs Sambandh: GeM)."""
    close = [h.label for h in u.close_topics()]
    if u.confident or u.not_covered or len(close) != 1:
        return None
    return close[0] if close[0] in named_together_last(turn) else None


def nth_named_last(turn: Turn, u: Understanding, text: str) -> str | None:
    """The scheme a part or detail is asked of by its place among those the last reply named ("dusri wali me
    fees kitni", "and the fee for the second one?" after two answered, set side by side or offered), else among
    those talked about, in the order they came up: not the menu's option of that number (a bare "2" or "दूसरा"
    is that pick)."""
    if u.confident or u.named or not (u.aspect or turn.snap.details.asked(text)):
        return None
    history = turn.session.history
    offered = history and history[-1].get("intent") in LISTING_REPLIES
    schemes = (
        named_together_last(turn)
        or (menus.schemes_offered(turn.session.options) if offered else [])
        # "the first one - what documents do I need" after "I've heard of Samadhaan, ODR and Champions"
        or turn.session.listed
        # "and the second one's helpline" after Udyam, GeM, then PM Vishwakarma: GeM, the second talked about
        or follow_ups.talked_about_in_order(turn)
    )
    at = listed_position(text, len(schemes)) if len(schemes) > 1 else None
    return schemes[at - 1] if at else None


# Replies whose options are schemes to choose from (not one scheme's parts and a related one).
LISTING_REPLIES = frozenset({"scheme_list", "compare", "fallback", "clarify"})


def named_together_last(turn: Turn) -> list[str]:
    """The schemes the last turn answered together or set side by side ("gem aur sambandh me kya antar hai")."""
    history = turn.session.history
    if history and history[-1].get("intent") == "compare":
        return the_ones_discussed(turn)
    return follow_ups.answered_together(turn)


def against_the_one_discussed(turn: Turn, u: Understanding, text: str) -> list[str]:
    """ "how is it different from samadhaan?" after ODR: the scheme discussed beside the one named."""
    discussed = turn.session.topic
    if discussed not in turn.snap.knowledge.schemes or questions.compares(text) != "compare":
        return []
    named = [h.label for h in u.topics if h.label in u.named and h.label != discussed]
    return [discussed, named[0]] if len(named) == 1 and u.aspect in (None, "overview") else []


def the_ones_discussed(turn: Turn) -> list[str]:
    """The schemes just offered side by side; after one scheme's answer (whose choices are its parts and a
    related scheme), the last two talked about, in the order they came up."""
    if turn.session.topic in turn.snap.knowledge.schemes:
        talked = follow_ups.talked_about(turn)
        return talked[:2][::-1] if len(talked) > 1 else []
    offered = [o.payload.split()[1] for o in turn.session.options if o.payload.startswith("@scheme ")]
    offered = list(dict.fromkeys(offered))
    return offered if 2 <= len(offered) <= MAX_EACH else []
