"""What an "and for X?" carries over from the question before it.

"udyam ki fees kitni hai", then "aur gem pe?" asks GeM's fee, not its whole benefits list; "what is the
interest rate of PM Vishwakarma?", then "and for PMEGP?" asks PMEGP's (not on file: said so); "any benefit for
women on GeM?", then "and in ZED?" asks ZED's lines on women. The session keeps only the part of an answer
(benefits, eligibility), so the detail or group is read again from the user's own earlier words.
"""

from collections.abc import Callable
from functools import cache

from bot import groups, msme_size
from bot.language import continues
from bot.matcher import Understanding
from bot.missing_details import MSME_LIMITS
from bot.normalize import clean, key, keys
from bot.phrases import phrase_file, word_keys
from bot.turn import Turn

# The replies after which an earlier ask still stands: answers about a scheme, or the schemes for a group
# ("महिलाओं के लिए कौन सी योजना", then "सीजीटीएमएसई में?"); a fallback or a menu between breaks the thread.
ANSWERED = frozenset({"scheme_info", "scheme_list"})


def detail(turn: Turn, u: Understanding, text: str) -> str | None:
    """The detail (fee, days, age, interest, collateral…) an "and for X?" asks again, when this message asks
    no part, detail or group of its own."""
    if u.aspect or turn.snap.details.asked(text) or groups.asked(text):
        return None
    return _asked_before(turn, u, text, lambda said: _detail_of_a_scheme(turn, said))


def _detail_of_a_scheme(turn: Turn, said: str) -> str | None:
    """The detail `said` asks of a scheme; not one's class asked beside one's own figures ("turnover 60 crore,
    investment 12 crore, kaunsi category", then "ZED milega?"), worked out then and asked of no scheme again."""
    asked = turn.snap.details.asked(said)
    return None if asked == MSME_LIMITS and msme_size.stated(said) else asked


def group(turn: Turn, u: Understanding, text: str) -> str | None:
    """The group (women, SC/ST, a village…) an "and for X?" asks about again; not when this message asks a
    part or detail of its own."""
    if u.aspect not in (None, "overview") or turn.snap.details.asked(text) or groups.asked(text):
        return None
    return _asked_before(turn, u, text, groups.asked)


def _asked_before(turn: Turn, u: Understanding, text: str, find: Callable[[str], str | None]) -> str | None:
    """What `find` reads in the user's messages before this one, walking back over those that only went on
    ("and for udyam?", then "and for GeM?": still the fee asked first), while each was answered about a
    scheme."""
    if not _goes_on(turn, u, text) or _more_said(turn, u, text):
        return None
    for entry in reversed(turn.session.history):
        said = entry.get("text", "")
        if entry.get("intent") not in ANSWERED:
            return None
        found = find(said)
        if found or not _goes_on(turn, turn.snap.understand(said), said):
            return found
    return None


def _goes_on(turn: Turn, u: Understanding, text: str) -> bool:
    """ "and for GeM?", "aur pmegp me?"; and "सीजीटीएमएसई में?", "zed me", "in ZED?": a scheme named with only
    a little word beside it goes on as "and for" does (the name alone, "pmegp", asks what it is)."""
    if continues(text):
        return True
    if not u.confident:
        return False
    beside = set(keys(text)) - u.best.matched
    return bool(beside) and beside <= turn.snap.matcher.fillers


def _more_said(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether the message says more than a scheme's name and little words ("और सीजीटीएमएसई में कुछ खास?" asks
    what is special there, not the share asked before); a scheme described, not named ("aur loan bina guarantee
    ke milega?" after PMEGP's own share), is a need of its own. A word no other scheme uses names it too ("and
    MSE-SPICE?": SPICE, a part of green finance's record, is called by no official name of its own)."""
    named = u.best.matched if u.best else frozenset()
    if len(named) > 1 and not named & _own_words(turn, u.best.label):
        return True
    little = turn.snap.matcher.fillers | word_keys("continuations")
    return bool(set(keys(text)) - named - little)


def _own_words(turn: Turn, label: str) -> set[str]:
    """The words that call `label` by name: its proper names, and its words no other topic uses (not
    everyday ones that happen to sit in one scheme's name only)."""
    matcher = turn.snap.matcher
    unique = {w for w, idf in matcher.topics.idf.items() if idf >= matcher.unique_idf}
    return matcher.proper_names.get(label, set()) | (unique - matcher.ordinary_name_words)


# The ordinal lists a follow-up's "and the second?" may step along ("first loan" → "second loan").
ORDINAL_LISTS = ("ordinals", "ordinals_feminine")


def ordinal_again(turn: Turn, text: str) -> str | None:
    """ "and the second?", "aur dusra?", "और दूसरा?" right after "how much is the first loan under PM Vishwakarma"
    was answered: that question again with the ordinal it said moved on ("…the second loan…"), not the second
    option on screen. Only a continuation, the ordinal and little words are said."""
    history = turn.session.history
    if not history or history[-1].get("intent") not in ANSWERED or not continues(text):
        return None
    said = [key(w) for w in clean(text).split()]
    forms = _ordinal_forms()
    asked = [forms[w][2] for w in said if w in forms]
    little = word_keys("continuations") | word_keys("fillers") | word_keys("pick_fillers")
    if len(asked) != 1 or any(w not in forms and w not in little for w in said):
        return None
    before = history[-1].get("text", "").split()
    listed = word_keys("listed_things") | word_keys("pick_fillers")  # ("pehla wala" picked from a list)
    for i, word in enumerate(before):
        found = forms.get(key(word))
        if found is not None:
            if i + 1 >= len(before) or key(before[i + 1]) in listed:
                return None
            name, lang, _ = found
            words = phrase_file("words")[name][lang]
            if asked[0] > len(words) or found[2] == asked[0]:
                return None
            return " ".join([*before[:i], words[asked[0] - 1], *before[i + 1 :]])
    return None


@cache
def _ordinal_forms() -> dict[str, tuple[str, str, int]]:
    """Each ordinal word's key → its list, language and number ("dusra": ("ordinals", "hinglish", 2))."""
    found: dict[str, tuple[str, str, int]] = {}
    for name in ORDINAL_LISTS:
        for lang, ws in phrase_file("words")[name].items():
            for i, word in enumerate(ws, 1):
                found.setdefault(key(word), (name, lang, i))
    return found
