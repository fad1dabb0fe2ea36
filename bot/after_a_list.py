"""A part asked right after a list of schemes, naming none of them: which of the list it is about."""

from bot import groups, menus, own_details, questions, scheme_lists, schemes_meant, subsidy_estimate, whose
from bot.matcher import SMALL_TALK, Understanding
from bot.messages import Option
from bot.normalize import clean, keys, says_any
from bot.phrases import word_keys, word_list
from bot.tickets import ASIDES
from bot.turn import Turn


def asks_which_for_me(turn: Turn, u: Understanding, text: str) -> bool:
    """ "which is best for me?"; or "kaunsi scheme best hai mere liye", "what scheme for me?", "तो कौन सी योजना"
    once the user has told of their business in this chat (before that, "which schemes" asks for all), and
    asking nothing else ("which scheme gives subsidy?", "kaunsi scheme me online apply hota hai" ask which
    one does that)."""
    if says_any(text, word_list("words", "best_asks")):
        return True
    # (a scheme pointed to only by words that ask a part, "योजना में आता हूँ?" read as "आटा", names none)
    if (
        u.aspect not in FOR_ME_ASPECTS
        # ("any scheme for her": "her" keys as "hair", a barber's word; a pronoun names no scheme)
        or any(h.weight for h in u.topics if not h.matched <= word_keys("pronouns_for_others"))
        or not says_any(text, word_list("words", "which_scheme_asks"))
    ):
        return False
    earlier = [h["text"] for h in turn.session.history]
    # ("meri beti silai sikhi hai", then "uske liye koi yojana": which fits her)
    return any(
        scheme_lists.tells_own_business(said) or own_details.own_relatives(clean(said))
        for said in [text, *earlier]
    )


# What "which scheme … for me" may read as asking besides ("mere liye" reads as whom it is for).
FOR_ME_ASPECTS = (None, "overview", "eligibility")


# The parts of a scheme one may ask of a list without naming which ("documents?", "kitna milega?").
LIST_ASPECTS = ("benefits", "eligibility", "documents", "apply")


def of_the_list(turn: Turn, u: Understanding, text: str) -> list[str]:
    """The schemes just listed, when the message asks a part of one without naming it ("how much money
    will I get?", "documents?"); its everyday words ("paisa": payments) point to no scheme of the list."""
    session = turn.session
    best = asks_which_for_me(turn, u, text)  # "कौन सी योजना सबसे अच्छी है": of those listed
    shown = on_screen(turn)
    listed = menus.schemes_offered(shown)
    # (ODR stays "it" after "how is it different from samadhaan": "which should I use" is of the two shown)
    compared = bool(session.history) and session.history[-1].get("intent") == "compare"
    of_it = bool(session.topic) and not (best and compared and session.topic in listed)
    if of_it or u.named or u.not_covered or (u.intents and not best) or groups.asked(text):
        return []  # ("helpline number", "which loan scheme for women?" ask something else)
    if any(o.payload.startswith("@schemes ") for o in shown):
        return []  # the catalogue's page was no answer to a need: "loan chahiye" after it is a new question
    if schemes_meant.each_offered(turn, u, text):  # "documents for both"
        return []
    if len(listed) < 2 or not (best or u.aspect in LIST_ASPECTS or questions.asks_for_money(text)):
        return []
    if u.confident and u.best.label in listed:  # "subsidy kitni?" after a list with PMEGP: PMEGP's
        return []
    lenders = questions.lending(u)
    if lenders and not set(lenders) & set(listed):  # "loan milega?" after ODR and Samadhaan: a new need
        return []
    return listed if not u.confident or turn.snap.matcher.only_shared_words(u) else []


def estimated(turn: Turn, u: Understanding, text: str) -> str | None:
    """After schemes listed for a need, what the user tells of their project ("in a town, 30 lakh", "I'm a
    woman"), or "how much subsidy?" when one listed gives it, is about the one listed whose subsidy is worked
    out from such facts (PMEGP): its amounts for them, not "which one?" or another list."""
    session = turn.session
    if session.topic or u.named or u.not_covered or u.intents:
        return None
    shown = on_screen(turn)
    if any(o.payload.startswith("@schemes ") for o in shown):
        return None  # (a page of the catalogue lists no need's schemes)
    listed = menus.schemes_offered(shown)
    if u.confident and u.best.label not in listed:
        return None  # ("ek party ne 3 lakh ka payment roka hua hai" after PMEGP was offered: Samadhaan's)
    estimable = _estimable(turn, listed, text)
    if estimable is None:
        return None
    topic, told = estimable
    telling = (
        told.area or told.cost or (told.category and (questions.tells_own_case(text) or _of_someone(text)))
    )
    return topic if telling else subsidy_asked(turn, u, listed)


def on_screen(turn: Turn) -> list[Option]:
    """The choices last offered: after asides that offer none (a staff member's "how sure" and "why" about a
    forwarded question's list), the list before them, which "aur documents?" then asks of (it got the whole
    catalogue)."""
    session, history = turn.session, turn.session.history
    if session.options or not session.previous or not history or history[-1].get("intent") not in ASIDES:
        return session.options
    return list(session.previous[-1])


def _of_someone(text: str) -> bool:
    """ "she is SC", "wo SC hai", "meri maa SC hai" after the schemes listed for a mother's loan: told of the one
    they were asked for."""
    return bool(set(keys(text)) & word_keys("third_person_words")) or bool(whose.relatives_named(text))


def whole_situation(turn: Turn, u: Understanding, text: str, first_steps: list[str]) -> str | None:
    """The scheme whose subsidy is worked out from a situation the message tells whole, its cost, place and
    category ("manufacturing unit costing 40 lakh in a rural area, I'm general category", "गाँव में 40 लाख की
    मैन्युफैक्चरिंग यूनिट, सामान्य वर्ग"): of the schemes a business starts with, or of all when the message
    names nothing else; its figures straight away, not a list to pick from."""
    # ("मैं शिमला के पास गाँव से हूँ, …": "के पास", near, is no centre asked beside all three; "Main OBC hu, gaon
    # me rehta hu, 8 lakh ka aata chakki project hai. Kaunsi yojana, kitni subsidy…": which scheme is the one)
    if turn.session.topic or u.named or set(u.intents) - WHOLE_SITUATION_ASKS:
        return None
    estimable = _estimable(turn, first_steps or list(turn.snap.knowledge.schemes), text)
    if estimable is None:
        return None
    topic, told = estimable
    if not first_steps and u.confident and u.best.label != topic:
        return None
    return topic if told.cost and told.area and told.category else None


# What a message telling its whole situation may ask besides: which scheme, with a greeting or thanks about it.
WHOLE_SITUATION_ASKS = frozenset({"where", "scheme_list", "more", "opener", *SMALL_TALK})


def _estimable(turn: Turn, schemes: list[str], text: str) -> tuple[str, subsidy_estimate.Situation] | None:
    """The one of `schemes` whose subsidy can be worked out, and what `text` tells of the situation it needs."""
    known = turn.snap.knowledge.schemes
    found = [(s, rules) for s in schemes if (rules := subsidy_estimate.rules(known[s], turn.lang))]
    if len(found) != 1:
        return None
    topic, rules = found[0]
    return topic, subsidy_estimate.situation(rules, known[topic], [text], turn.lang)


def subsidy_asked(turn: Turn, u: Understanding, schemes: list[str]) -> str | None:
    """The one of `schemes` that give a subsidy, when "how much subsidy?" asks it (not "which one gives a
    subsidy?") and its amounts can be worked out. Which give one is what any word for it points to: other words
    of the message may name a scheme best ("start a bakery … subsidy"), and ZED's phrases say it in English."""
    said = set(keys(u.text))
    which = word_keys("which_words") - questions.WHAT_KEYS  # ("subsidy kya milegi" asks how much)
    if u.aspect != "benefits" or not said & word_keys("subsidy_words") or said & which:
        return None
    giving = turn.snap.understand(" ".join(word_list("words", "subsidy_words"))).topics
    pointed = [h.label for h in giving if h.label in schemes]
    if len(pointed) != 1:
        return None
    scheme = turn.snap.knowledge.schemes[pointed[0]]
    return pointed[0] if subsidy_estimate.rules(scheme, turn.lang) else None


def for_me(turn: Turn, u: Understanding) -> list[str]:
    """Which scheme suits the user, asked after telling of oneself and getting one scheme ("I run a tailoring
    unit…", then "which scheme should I use?"): that one beside the schemes a small business starts with."""
    discussed = turn.session.topic
    if u.named or discussed not in turn.snap.knowledge.schemes:
        return []
    return list(dict.fromkeys((discussed, *scheme_lists.FIRST_STEPS)))


def that_give(turn: Turn, u: Understanding, listed: list[str]) -> list[str]:
    """Of the schemes just listed, those whose words the message's own point to, when it asks which one
    ("which one gives subsidy?", "इनमें से किसमें सब्सिडी है"), in the list's order."""
    if not listed or not set(keys(u.text)) & word_keys("which_words"):
        return []
    pointed = {h.label for h in u.topics}
    return [s for s in listed if s in pointed]
