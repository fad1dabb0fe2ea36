"""Selling one's goods online asked with a platform word ("हम अपना सामान ऑनलाइन बेचना चाहते हैं, कोई सरकारी
प्लेटफॉर्म है?"): the markets on file for it, GeM and MSME Mart, not "do you mean GeM?"; selling to the government
itself stays GeM's."""

from bot.matcher import Understanding
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# The markets on file where a small business lists its goods online: the government's own, and NSIC's B2B one.
SELLING_PLATFORMS = ("gem", "msme-mart")


def platforms(turn: Turn, u: Understanding, text: str) -> list[str]:
    """The markets for selling online, when a message asks for a platform to sell on and names none."""
    # (GeM read from "sell … government … online" is what this decides; a scheme discussed is not: "online bechne
    # ke liye is platform pe kaise register kare" after GeM is GeM's)
    if u.named or u.not_covered or turn.session.topic in turn.snap.knowledge.schemes:
        return []
    said = set(keys(text))
    online, platform = said & word_keys("online_words"), said & word_keys("platform_words")
    # (one word is not both: "apni website pe bechna hai, website kaise banaye" asks for no market)
    wanted = bool(said & word_keys("selling_words") and online and platform and len(online | platform) > 1)
    if not wanted or says_any(text, word_list("words", "sold_to_government")):
        return []
    return [s for s in SELLING_PLATFORMS if s in turn.snap.knowledge.schemes]
