"""Words that do not, alone, ask about a scheme the knowledge base does not cover: a relative's work told beside the
user's own plan ("papa kheti karte hain, main atta chakki lagana chahta hu"), and the user's own trade named as a
business ("main dairy farmer hu": a dairy, which PMEGP may take, not the farm schemes; a crop farmer's are)."""

from bot import list_items, whose
from bot.normalize import keys
from bot.phrases import word_keys


def excused_words(text: str) -> frozenset[str]:
    """The words (keys) of `text` a not-covered scheme's phrase may not be matched on alone."""
    trade = list_items.trade_said(text)
    trade_keys = frozenset(keys(trade)) if trade else frozenset()
    own_trade = (
        trade_keys if len(trade_keys) > 1 and not trade_keys <= word_keys("crop_farmers") else frozenset()
    )
    return whose.relatives_words(text) | own_trade
