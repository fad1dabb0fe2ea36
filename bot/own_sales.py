"""One's own turnover told beside whether one may sell ("मेरा टर्नओवर 2 करोड़ है, क्या मैं बेच सकता हूँ",
"2 crore turnover hai, treds pe invoice bech sakta hu?" after TReDS): a seller asks whom the scheme takes as a
seller; the rule for buyers of 250 crore, which the turnover brings to mind, does not answer it alone."""

from bot import msme_size
from bot.matcher import Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.turn import Turn


def asks_if_one_may_sell(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether, in a chat about a scheme, a message tells a turnover or investment and asks whether the user may
    sell (not "my buyer has 300 crore turnover, must he register?")."""
    return (
        turn.session.topic in turn.snap.knowledge.schemes
        and u.aspect in (None, "eligibility")
        and msme_size.stated(text) is not None
        and says_any(text, word_list("words", "own_sale_asks"))
    )
