"""A crop farmer asking which scheme is for them ("main kisan hu, kaunsi yojana", "मैं किसान हूँ, कौन सी योजना"):
farm schemes are not on file (not_covered.yaml's farm-schemes), and crop farming is on PMEGP's negative list, so
the whole catalogue helps nobody. The honest "no details" comes instead, with PMEGP's lines for a non-farm unit
(not_covered_help.yaml). A farmer who tells of a unit to start ("dukan kholni hai") still gets the start-up list."""

from dataclasses import replace

from bot import list_items, questions
from bot.matcher import Understanding
from bot.normalize import clean, keys
from bot.phrases import word_forms, word_keys

# The not-covered matter of farm and tractor schemes (not_covered.yaml).
FARM_SCHEMES = "farm-schemes"


def as_farm_matter(u: Understanding) -> Understanding:
    """`u` as the farm schemes not on file when a crop farmer asks for the list of schemes and names no scheme
    nor a unit to start; else `u` as it was."""
    if "scheme_list" not in u.intents or u.named or u.not_covered or questions.starts_out(u.text):
        return u
    trade = list_items.trade_said(u.text)
    if not trade or not set(keys(trade)) <= word_keys("crop_farmers") or not _of_oneself(u.text, trade):
        return u
    return replace(u, not_covered=FARM_SCHEMES, intents=tuple(i for i in u.intents if i != "scheme_list"))


# How many words before the trade "I"/"we" may stand to tell it of oneself ("I am a farmer", "main kisan hu").
SELF_REACH = 3


def _of_oneself(text: str, trade: str) -> bool:
    """Whether the farmer is the user ("main kisan hu", "we are farmers"), not whom something is for ("we are
    students building an app for farmers")."""
    words = clean(text).split()
    first = clean(trade).split()[0]
    at = [i for i, w in enumerate(words) if w == first]
    own = [i for i, w in enumerate(words) if w in word_forms("self_words")]
    # ("मैं किसानों के लिए ऐप बना रहा हूँ", "an app for farmers": the app is for them)
    whom_for = word_forms("for_words")
    for_them = any(
        (i > 0 and words[i - 1] in whom_for)
        or any(" ".join(words[i + 1 : i + 1 + n]) in whom_for for n in (1, 2))
        for i in at
    )
    return not for_them and any(0 < i - j <= SELF_REACH for i in at for j in own)
