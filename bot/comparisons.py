"""Schemes set side by side: named together, either side of an "or", or against one we do not cover."""

from dataclasses import replace

from bot import (
    after_a_list,
    either_side,
    follow_ups,
    menus,
    named_list,
    questions,
    ranking,
    responses,
    scheme_lists,
    schemes_meant,
    subsidy_estimate,
    taking_both,
    turn_language,
)
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrases import word_list
from bot.turn import Turn


def compared(turn: Turn, text: str) -> list[Reply] | None:
    """ "GeM or MSME Mart, which should I join?": the schemes named, side by side."""
    u = turn.snap.understand(text)
    if (
        ranking.best_on_file(turn, u, text) is not None
    ):  # "kaunsa platform best hai" after TReDS: of its platforms
        return None
    # "which should I use?", "inme se sabse achhi kaunsi": the data ranks none, so the choice is the user's need
    best_asked = after_a_list.asks_which_for_me(turn, u, text)
    best = after_a_list.of_the_list(turn, u, text) if best_asked else []
    if best:  # after GeM and MSME Mart side by side: what decides it, not them again
        turn_language.set_language(turn, u)
        return [responses.comparison(turn, best, u, choosing=True)]
    # ("I've heard of Samadhaan, ODR and Champions. Which one should I use?": the ones named, what decides it)
    named = named_list.in_order(u, text)[: scheme_lists.COMPARED]
    which = best_asked or says_any(text, word_list("words", "which_of_these"))
    # (not "which one is quicker, udyam or gem": a comparison of that, below)
    side_by_side = scheme_lists.compared(u, text)
    if len(named) > 1 and which and not side_by_side and u.aspect in CHOSEN_BY and not u.not_covered:
        turn_language.set_language(turn, u)
        return [responses.comparison(turn, named, u, choosing=True)]
    pair = taking_both.named_pair(u, text)
    if pair:  # "CGTMSE aur PMEGP dono le sakte?": whether the two go together, not each one's rules
        turn_language.set_language(turn, u)
        return taking_both.answer(turn, u, pair)
    against = _against_not_covered(turn, u, text)
    if against:
        return [against]
    schemes = side_by_side or _either_side(turn, u, text)
    # ("which one gives more money": the money words point to no scheme of their own)
    more_of_which = says_any(text, word_list("words", "more_of_which")) and not u.named
    if (
        not schemes
        and (not u.topics or more_of_which)
        and (questions.compares(text) == "compare" or more_of_which)
        and u.aspect in (None, "overview", "benefits")
    ):
        # "dono me kya fark hai" after GeM, then TReDS; or after "pmegp aur vishwakarma" answered both
        schemes = follow_ups.answered_together(turn)[
            : schemes_meant.MAX_EACH
        ] or schemes_meant.the_ones_discussed(turn)
    # ("how is it different from samadhaan?" after ODR: "it" stays ODR for what is asked next)
    kept = None
    if not schemes:
        schemes = schemes_meant.against_the_one_discussed(turn, u, text)
        kept = turn.session.topic if schemes else None
    mine = after_a_list.for_me(turn, u) if best_asked and not schemes else []
    if mine:  # "कौन सी योजना मेरे लिए है?" after "मैं दर्जी हूँ": PM Vishwakarma beside the first steps
        turn_language.set_language(turn, u)
        return [responses.comparison(turn, mine, u, choosing=True)]
    if not schemes:
        return None
    turn_language.set_language(turn, u)
    reply = responses.comparison(turn, schemes, u)
    if kept:
        turn.session.topic = kept
    return [reply]


def _either_side(turn: Turn, u: Understanding, text: str) -> list[str]:
    """ "चैंपियंस या समाधान?", "pmegp ya cgtmse, mere liye kaunsa?": the two named either side of the "or",
    asked whom each is for at most (not "udyam ya gem ka registration kaise kare", a part of each)."""
    if questions.compares(text) != "choice" or u.aspect not in CHOICE_PARTS or u.not_covered:
        return []
    return either_side.schemes(turn.snap.understand, text)


# What choosing among schemes named may ask besides which ("inme se kis pe maal bech sakte hai": who may).
CHOSEN_BY = (None, "overview", "eligibility", "benefits")
# What a choice between two schemes may ask besides which ("mere liye kaunsa" reads as whom it is for).
CHOICE_PARTS = (None, "overview", "eligibility")


def _against_not_covered(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """ "pmegp ya mudra kaunsa better hai? mujhe 8 lakh ka dairy unit lagana hai": the other side is not on
    file, so no side by side: said so, then ours (its subsidy worked out when the project's cost is told)."""
    if not (u.not_covered and u.confident and u.best.label in u.named and questions.compares(text)):
        return None
    # (the two said side by side: "Vishwakarma registration - where? CSC centre or online?" compares no schemes)
    said = keys(text)
    ours = [i for i, k in enumerate(said) if k in u.best.matched]
    theirs = [i for i, k in enumerate(said) if k in u.not_covered_words]
    if not any(abs(i - j) <= COMPARED_REACH for i in ours for j in theirs):
        return None
    turn_language.set_language(turn, u)
    topic = u.best.label
    found = subsidy_estimate.rules(turn.snap.knowledge.schemes[topic], turn.lang)
    costed = found is not None and subsidy_estimate.project_cost(found, text) is not None
    ours = responses.scheme(turn, topic, "benefits" if costed else u.aspect or "overview", u)
    note = menus.not_compared(u.not_covered, turn.snap.knowledge.topic_name(topic, turn.lang), turn.lang)
    return replace(ours, text=f"{note}\n\n{ours.text}")


# How many words apart a scheme of ours and one not covered are said when they are compared ("pmegp ya mudra").
COMPARED_REACH = 3
