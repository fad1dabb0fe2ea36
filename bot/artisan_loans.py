"""A loan asked for by an artisan of a trade PM Vishwakarma lists ("main badhai hu, bina guarantee loan chahiye",
"I am a tailor and need a loan without guarantee"), or at the 5% interest only its loan has ("5 percent byaj wala
loan chahiye"): that scheme leads one the message names only by what it does (CGTMSE's "bina guarantee")."""

from dataclasses import replace

from bot import list_items
from bot.matcher import ANSWER_THRESHOLD, Understanding
from bot.normalize import keys, says_any
from bot.phrase_index import Hit, said_together
from bot.phrases import word_list
from bot.turn import Turn


def led_by_trade(turn: Turn, u: Understanding, text: str) -> Understanding:
    """`u` with the artisans' scheme first when the message asks for a loan at its rate, or for a loan naming a
    trade of its list; as it was when a scheme is called by its name ("main darzi hu, cgtmse milega?")."""
    if u.named or u.not_covered:
        return u
    schemes = turn.snap.knowledge.schemes
    for label in word_list("words", "artisan_loan_schemes"):
        hit = next((h for h in u.topics if h.label == label), None)
        if label not in schemes or (hit is not None and hit is u.best):
            continue
        at_rate = _at_its_rate(text)
        if at_rate or (hit is not None and _trade_loan(schemes[label], text)):
            score = max(ANSWER_THRESHOLD, u.best.score if u.best else 0.0, hit.score if hit else 0.0)
            lead = Hit(label, score, hit.phrase if hit else label, hit.matched if hit else frozenset())
            aspect = u.aspect or ("benefits" if at_rate else None)  # (where its 5% loan is told)
            return replace(u, topics=(lead, *(h for h in u.topics if h is not hit)), aspect=aspect)
    return u


def _at_its_rate(text: str) -> bool:
    """Its loan's rate said word for word ("5% interest", "5 प्रतिशत ब्याज": the digit is a word of its own); not
    a subsidy on the interest ("ग्रीन टेक्नोलॉजी लोन पर 5% ब्याज सब्सिडी", green finance's)."""
    if says_any(text, word_list("words", "subsidy_words")):
        return False
    said = keys(text)
    return any(said_together(frozenset(keys(p)), said, 0) for p in word_list("words", "artisan_loan_rates"))


def _trade_loan(scheme: dict, text: str) -> bool:
    """A loan asked for, naming a trade of the scheme's list ("main lohar hu, loan chahiye"); not a handloom
    weaver (the list has coir weavers only) nor a kirana shop."""
    trade = list_items.trade_said(text)  # (a trade's own word: "नई फैक्ट्री" is no "nai", a barber)
    if trade is None or not says_any(text, word_list("words", "loan_words")):
        return False
    return bool(
        list_items.named(scheme, "eligibility", list_items.with_trade_names(set(keys(trade))), "en").items
    )
