"""A verdict on one eligibility line from what a user says of themselves: an age against "At least 18 years
old", schooling and a project's cost against "Class 8 pass for projects above Rs 10 lakh (manufacturing) or
Rs 5 lakh (business/service)", a relative against "Only one member per family (husband, wife, unmarried
children)". Every rule is read from the scheme's own lines; where the details do not settle it, the line
that rules is put first, not guessed at."""

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

import regex

from bot import msme_size
from bot.i18n import gettext
from bot.knowledge import items
from bot.normalize import clean, key, keys, says_any
from bot.phrases import phrase_file, word_forms, word_keys, word_list, word_pattern, word_positions

# "At least 18 years old", "Anyone above 18 years": the minimum age (18 itself meets either).
_MIN_AGE = regex.compile(r"\b(at least|minimum(?: of)?|above)\s+(\d{1,2})\s+years?\b", regex.I)
# "17 saal ki h", "ऊ 25 साल के बा" (Bhojpuri), "17 years old", "age 17", "उम्र 17", "he is 62", "Im 17", "my daughter
# is 19", "what if she was 17": an age said of someone ("2 saal pehle", "5 saal ka loan" are no ages); an age to
# come, asked about ("और 19 साल हो तो?", "18 ka ho jaun to", "18 hone ke baad", "I turn 18 next month"), is one too
# ("5 saal ho gaye" is a time gone by).
_YEARS = r"(?:saal|sal|years?|yrs?|varsh|baris|साल|वर्ष|बरस|बरिस)"
_NOT_AN_AGE = r"(?!\s*(?:lakh|lac|crore|cr|%|rs|percent|saal|years?|months?|weeks?|days?|km|kms|kilometres?))"
_IF_BECOME = word_pattern("if_become", gap=r"\s*") + r"\b"
_AGE_TO_COME = (
    rf"\b(\d{{1,2}})\s*(?:{_YEARS}\s*(?:ki|ka|ke|की|का|के)?|(?:ki|ka|ke|की|का|के))?\s*(?:{_IF_BECOME})"
    rf"|\b(?:turn|turns|turning|will be|ll be|when i am|if i am|if i m)\s+(\d{{1,2}})\b{_NOT_AN_AGE}"
)
# A relative in English ("my daughter is 19"), from intents/relatives.yaml.
_RELATIVE_EN = "|".join(w for said in phrase_file("relatives").values() for w in said.get("en") or [])
_AGE = regex.compile(
    rf"\b(\d{{1,2}})\s*{_YEARS}\s*(?:old\b|(?:ki|ka|ke|की|का|के)(?=\s*(?:h|hai|hu|hoon|hun|ba|bani|है|हूँ|हूं|बा|बानी|बाड़े|बाटे|ladki|ladka|beti|beta|लड़की|लड़का|बेटी|बेटा|[,.?!।]|$)))"
    r"|(?:\bage|\baged|\bumar|\bumra|उम्र|आयु)\s*(?:is|hai|h|है|:)?\s*(\d{1,2})\b"
    rf"|\b(?:(?:he|she|i|{_RELATIVE_EN})\s+(?:is|am|m|was|were)|im)\s+(\d{{1,2}})\b{_NOT_AN_AGE}"
    rf"|{_AGE_TO_COME}"
)
TO_COME = regex.compile(_AGE_TO_COME)
# "mera business 3 saal ka hai", "मेरी दुकान 5 साल की है": the years are the business's, not an age.
NOT_A_PERSON = word_keys("business_words")
# "Class 8 pass for projects above Rs 10 lakh (manufacturing) or Rs 5 lakh (business/service)"
_CLASS_RULE = regex.compile(r"\bclass\s+(\d{1,2})\s+pass\b.*\bprojects?\s+above\b", regex.I)
_THRESHOLD = regex.compile(r"(\d+(?:\.\d+)?)\s*(lakh|crore|लाख|करोड़)[^()\d]*\(([^)]+)\)", regex.I)
# "7th class", "class 7", "8वीं पास", "studied till 7th": the class a user passed; "8th fail": the one before.
_SCHOOLING = regex.compile(
    r"\b(?:class|kaksha|std|standard)\s*(\d{1,2})\b"
    r"|\b(\d{1,2})\s*(?:th|st|nd|rd|vi|vin|वीं|वी)?\s*(?:class|pass|paas|kaksha|कक्षा|पास|तक|tak|fail|failed|फेल)\b"
    r"|(?:till|upto|up to)\s+(\d{1,2})(?:th|st|nd|rd)\b"
)
# "family (husband, wife, unmarried children)", "परिवार (खुद और पति/पत्नी)"
FAMILY_RULE = regex.compile(r"(?:family|परिवार)\s*\(([^)]+)\)", regex.I)
# A relative (intents/relatives.yaml): the words users call them by, and the words a family rule names them by.
RELATIVES = {
    name: (" ".join(w for lang, ws in said.items() if lang != "rule" for w in ws), " ".join(said["rule"]))
    for name, said in phrase_file("relatives").items()
}
# Every way of naming a relative, keyed once.
RELATIVE_KEYS = frozenset(k for spoken, _rule in RELATIVES.values() for k in keys(spoken))
# The user asks about themselves, and a relative is their own ("mere bhai ne loan liya, kya main apply kar
# sakta hu"): "bhai koi batao" and "कुम्हार भाई" are ways of address. Words as written: "me" is "in".
SELF_WORDS = word_forms("i_words")
MY_WORDS = word_forms("my_words")
THEIR_WORDS = word_forms("their_words")
# Schooling is the user's when one of these is among the words before it ("मैं 5वीं तक पढ़ा", "I studied
# till 7th") or right after it ("5vi pass hu"); "8th pass hona zaruri hai?" asks the rule.
SCHOOLING_BEFORE = SELF_WORDS | word_forms("schooling_before")
SCHOOLING_AFTER = word_forms("schooling_after")
NOT_WORDS = word_forms("not_words")
ALSO_WORDS = word_forms("relative_also_words")
FAIL_WORDS = word_forms("fail_words")
# "Do I need 8th pass?", "8वीं पास जरूरी है?": the rule asked of a class, no schooling told.
RULE_ASKS = word_forms("schooling_rule_asks")
# "anpadh hu", "पढ़ा लिखा नहीं हूँ": no class passed.
NO_SCHOOLING = word_list("words", "no_schooling")
# How many words before and after a class may say it is the user's.
SCHOOLING_WINDOW = (4, 2)


# How a message's project cost is read ("8 lakh ka project" → 800000.0).
CostOf = Callable[[str], float | None]


@dataclass(frozen=True)
class Verdict:
    line: str | None  # "✗ Age 17: below the minimum age of 18, so not yet." (None: only the rule goes first)
    rule: str  # the scheme's line that rules, in the reply's language
    running: bool = False  # it rules out a unit already running (what such a unit may get follows)


def eligibility_lines(scheme: dict, lang: str) -> list[tuple[str, str]]:
    """Each eligibility line in English (which the rules are read from) and as shown."""
    en, shown = items(scheme.get("eligibility"), "en"), items(scheme.get("eligibility"), lang)
    return list(zip(en, shown if len(shown) == len(en) else en, strict=True))


def verdicts(
    scheme: dict, text: str, earlier: list[str], lang: str, cost_of: CostOf = msme_size.project_cost
) -> list[Verdict]:
    """What the rules say of the details in `text`; an age or schooling, and a project's cost (as `cost_of`
    reads a message), may be in `earlier` messages ("ab eligible hu?" after "kharcha 12 lakh hai, aur main 7th
    pass hu"): the newest."""
    pairs = eligibility_lines(scheme, lang)
    told = [clean(t) for t in (text, *reversed(earlier))]
    found = [
        next((v for said in told if (v := _age(pairs, said, lang))), None),
        next((v for said in told if (v := _schooling(pairs, said, told, lang, cost_of))), None),
        _relative(pairs, told[0], lang),
    ]
    return [v for v in found if v is not None]


def rules_on_schooling(scheme: dict) -> bool:
    """Whether a scheme's rules tie a class passed to a project's cost (PMEGP's "Class 8 pass for projects
    above Rs 10 lakh ...")."""
    return any(_CLASS_RULE.search(en) for en, _shown in eligibility_lines(scheme, "en"))


def tells_schooling(said: str) -> bool:
    """Whether a message tells the user's schooling ("main 7vi pass hu", "anpadh hu") or asks a class's rule
    ("Do I need 8th pass?")."""
    return _passed(_in_figures(clean(said))) is not None or asks_schooling_rule(said)


def asks_schooling_rule(said: str) -> bool:
    """Whether a message asks a class's rule ("PMEGP me 8th pass chalega?", "Do I need 8th pass?"), not only tells
    one's schooling ("I never went to school. PMEGP?")."""
    said = _in_figures(clean(said))
    return any(_asks_rule(said, m) for m in _SCHOOLING.finditer(said))


def cost_decides(scheme: dict, texts: list[str]) -> bool:
    """Whether, by the newest of `texts` (newest first) to tell or ask a class, a project's cost decides
    the scheme's class rule: the class told is below the one it names ("7vi pass hu"), or the rule was
    asked ("Do I need 8th pass?"); "10th pass hu" meets it whatever the cost."""
    rule = next((m for en, _shown in eligibility_lines(scheme, "en") if (m := _CLASS_RULE.search(en))), None)
    said = next((s for t in texts if tells_schooling(s := _in_figures(clean(t)))), None)
    if rule is None or said is None:
        return False
    passed = _passed(said)
    return passed is None or passed < int(rule.group(1))


def _persons_age(said: str) -> regex.Match | None:
    """An age said of a person, not of a business said before it ("meri dukan 5 saal ki hai")."""
    match = _AGE.search(said)
    return None if match is None or set(keys(said[: match.start()])) & NOT_A_PERSON else match


def tells_own(said: str) -> bool:
    """Whether the user tells their own age or schooling ("मेरी उम्र 55 साल है", "I am 17 years old", "main
    8vi pass hu"), which the rules of a scheme asked next are checked against."""
    age = _persons_age(said)
    mine = set(said.casefold().split()) & (SELF_WORDS | MY_WORDS | {"am", "im"})
    # ("mera beta 17 saal ka hai": the son's age, kept for his rules, is no "noted" of the user's own)
    relative = set(keys(said)) & RELATIVE_KEYS
    # ("और 19 साल हो तो?" after an eligibility answer: the age asked about is the user's own)
    to_come = TO_COME.search(said)
    return bool(age and (mine or to_come) and not relative) or _passed(_in_figures(said)) is not None


def says_an_age(said: str) -> bool:
    """Whether a message gives a person's age ("what about 60 years old?", "aur 60 saal ka h?"), which a
    scheme's age rule is checked against."""
    return _persons_age(clean(said)) is not None


def without_persons_age(said: str) -> str:
    """`said` without a person's age ("I am 45 years old, …"), whose "years old" is no business's age."""
    match = _persons_age(said)
    return said if match is None else f"{said[: match.start()]} {said[match.end() :]}"


def _age(pairs: list[tuple[str, str]], said: str, lang: str) -> Verdict | None:
    match = _persons_age(said)
    rule = next(((m, line) for en, line in pairs if (m := _MIN_AGE.search(en))), None)
    if match is None or rule is None:
        return None
    _ = gettext(lang)
    age, (m, line) = int(next(g for g in match.groups() if g)), rule
    # ("Anyone above 18 years": one turning 18 next month qualifies then, as at "at least 18")
    least, figures = int(m.group(2)), {"age": age, "least": int(m.group(2))}
    if age < least:
        return Verdict(
            "✗ " + _("Age %(age)s: below the minimum age of %(least)s, so not yet.") % figures, line
        )
    return Verdict("✓ " + _("Age %(age)s: meets the minimum age of %(least)s.") % figures, line)


def _schooling(
    pairs: list[tuple[str, str]], said: str, told: list[str], lang: str, cost_of: CostOf
) -> Verdict | None:
    rule = next(((m, en, line) for en, line in pairs if (m := _CLASS_RULE.search(en))), None)
    said = _in_figures(said)
    passed = _passed(said)
    # ("I want a 7 lakh institute. Do I need 8th pass?": whether a project of that cost needs it)
    asked = passed is None and any(_asks_rule(said, m) for m in _SCHOOLING.finditer(said))
    if rule is None or not (passed is not None or asked):
        return None
    _ = gettext(lang)
    m, en, line = rule
    needed = int(m.group(1))
    if passed == NOT_SURE:  # "8th pass nahi hu"
        return Verdict(None, line)
    if passed is not None and passed >= needed:
        figures = {"passed": passed, "needed": needed}
        return Verdict("✓ " + _("Class %(passed)s: meets the class %(needed)s pass rule.") % figures, line)
    cost = next((c for t in told if (c := cost_of(t))), None)  # (the newest told)
    limits = cost_limits(en, line)
    if not limits or (asked and cost is None):
        return Verdict(None, line)
    if cost is None:  # "पढ़ाई 5वीं तक" with no project cost told: up to which cost it does not matter
        figures = {
            "passed": passed,
            "needed": needed,
            "limits": ", ".join(f"{msme_size.rupees(limit, lang)} ({kind})" for limit, _en, kind in limits),
        }
        said_class = (
            _("No class passed: class %(needed)s pass is needed only for projects above %(limits)s.")
            if passed == 0
            else _("Class %(passed)s: class %(needed)s pass is needed only for projects above %(limits)s.")
        )
        return Verdict("ℹ " + said_class % figures, line)
    # (a kind of project said, "manufacturing", leaves only its limit: "my service project is 7 lakh" after
    # "studied till class 5" is the service limit's)
    words = kind_told(limits, told) or set(keys(said))
    # ("a computer training institute" is a service's, "कारखाना" manufacturing's)
    sectors = [limit for limit in limits if words & kind_keys(limit)] or limits
    amount = msme_size.rupees(cost, lang)
    figures = {"cost": amount, "needed": needed}
    if all(cost <= limit for limit, _kind, _shown in sectors):
        return Verdict(
            "✓ " + _("For a %(cost)s project, class %(needed)s pass is not needed.") % figures, line
        )
    if all(cost > limit for limit, _kind, _shown in sectors):
        mark = "ℹ " if passed is None else "✗ "  # (asked of the rule, not told of a class below it)
        return Verdict(mark + _("For a %(cost)s project, class %(needed)s pass is needed.") % figures, line)
    figures["above"] = ", ".join(shown for limit, _kind, shown in sectors if cost > limit)
    figures["within"] = ", ".join(shown for limit, _kind, shown in sectors if cost <= limit)
    return Verdict(
        "ℹ "
        + _("For a %(cost)s project, class %(needed)s pass is needed for %(above)s, not for %(within)s.")
        % figures,
        line,
    )


# "8th pass nahi hu": some class below it, which one not said.
NOT_SURE = -1


def _passed(said: str) -> int | None:
    """The highest class the user says they passed ("main 8vi pass hu": 8; "8th fail hu", "I failed 8th
    class": 7; "anpadh hu": 0), NOT_SURE for "8th pass nahi hu", None when they tell none."""
    match = next((m for m in _SCHOOLING.finditer(said) if _own(said, m)), None)
    if match is None:
        return 0 if says_any(said, NO_SCHOOLING) else None
    if set(said[match.end() :].split()[: SCHOOLING_WINDOW[1] + 1]) & NOT_WORDS:
        return NOT_SURE
    passed = int(next(g for g in match.groups() if g))
    failed = set(said[match.start() :].split()[:3]) | set(said[: match.start()].split()[-1:])
    return passed - 1 if failed & FAIL_WORDS else passed


def _asks_rule(said: str, match: regex.Match) -> bool:
    """Whether a class is asked of the rule ("Do I need 8th pass?", "8वीं पास जरूरी है?"), not told."""
    before = said[: match.start()].split()[-SCHOOLING_WINDOW[0] :]
    after = said[match.end() :].split()[: SCHOOLING_WINDOW[1] + 1]
    return bool(set(before + after) & RULE_ASKS)


def _in_figures(said: str) -> str:
    """`said` with its ordinal words as figures: "मैं पाँचवीं पास हूँ", "main paanchvi pass hu", "fifth class
    pass" say class 5 as "5वीं पास" does."""
    figures = _class_figures()
    return " ".join(str(figures.get(key(w), w)) for w in said.split())


@cache
def _class_figures() -> dict[str, int]:
    """The ordinal words by the class they name; the Hindi feminine also as often written, without its last
    nasal ("पांचवी" for "पांचवीं")."""
    hindi = phrase_file("words")["ordinals_feminine"]["hi"]
    return word_positions("ordinals", "ordinals_feminine") | {
        key(w.removesuffix("ं")): i for i, w in enumerate(hindi, 1)
    }


def kind_told(limits: list[tuple[float, str, str]], texts: list[str]) -> frozenset[str]:
    """The words of the newest of `texts` that names a kind of project the `limits` are for: "manufacturing,
    40 lakh" after "naya business shuru karna hai" is manufacturing ("business", said of any business, names
    no kind)."""
    kinds = {k for limit in limits for k in kind_keys(limit)} - word_keys("any_business_words")
    return next((frozenset(said) for t in texts if (said := set(keys(t))) & kinds), frozenset())


def kind_keys(limit: tuple[float, str, str]) -> frozenset[str]:
    """The words naming a highest cost's kind of project: its own ("business/service", "कारोबार/सेवा"), and a
    shop's or trade's for business/service ("kirana dukan", "trading shop")."""
    _limit, kind, shown = limit
    label = "service_kind_words" if "service" in keys(kind) else "manufacturing_kind_words"
    return frozenset(keys(f"{kind} {shown}")) | word_keys(label)


def _own(said: str, match: regex.Match) -> bool:
    """Whether the class `match` found is said of the user (or whom they ask for), not asked of the rule; a
    class closing a message that gives the person's age is theirs ("ऊ 25 साल के बा, आठवीं पास", "he is 25,
    class 8 pass"; not "25 saal, 8th pass hona zaruri hai?")."""
    before = said[: match.start()].split()[-SCHOOLING_WINDOW[0] :]
    after = said[match.end() :].split()[: SCHOOLING_WINDOW[1]]
    if after[:1] and after[0] in SCHOOLING_AFTER:  # "8th pass hu"
        return True
    listed = not clean(said[match.end() :]) and _persons_age(said) is not None
    told = bool(set(before) & SCHOOLING_BEFORE or set(after) & SCHOOLING_AFTER or listed)
    return told and not _asks_rule(said, match)  # (not "Do I need 8th pass?")


def cost_limits(en: str, shown: str) -> list[tuple[float, str, str]]:
    """Each project-cost limit a line names ("Rs 10 lakh (manufacturing)"), its kind of project in English,
    and as shown."""
    en_limits, shown_limits = _THRESHOLD.findall(en), _THRESHOLD.findall(shown)
    if len(shown_limits) != len(en_limits):
        shown_limits = en_limits
    return [
        (float(n) * msme_size.UNITS[unit.lower()], kind, shown_limits[i][2])
        for i, (n, unit, kind) in enumerate(en_limits)
    ]


def own_relatives(said: str) -> list[str]:
    """The user's own relatives named ("meri wife", "मेरे भाई", and beside an "also": "pati bhi yahi kaam karte
    hain"), as RELATIVES calls them."""
    written = said.split()
    mine = {k for w, after in pairwise(written) if after in ALSO_WORDS for k in keys(w)}
    return _relatives_in(mine | _keys_after(written, MY_WORDS))


def their_relatives(said: str) -> list[str]:
    """Relatives named as someone else's ("what about the father", "and his father?", "uske papa?"): a helpline
    worker asking for a caller's family, as RELATIVES calls them."""
    return _relatives_in(_keys_after(said.split(), THEIR_WORDS))


def _keys_after(written: list[str], before: frozenset[str]) -> set[str]:
    """Keys of the words right after one of `before` ("meri" wife, "his" father)."""
    return {k for w, after in pairwise(written) if w in before for k in keys(after)}


def _relatives_in(said_keys: set[str]) -> list[str]:
    """The relatives, as RELATIVES calls them, that these keys name."""
    return [r for r, (called, _in_rule) in RELATIVES.items() if said_keys & set(keys(called))]


def in_family_rule(relative: str, members: str) -> bool:
    """Whether a family rule's members ("self and spouse", "husband, wife, unmarried children") name the
    relative, by the words rules use for them."""
    return bool(set(keys(members)) & set(keys(RELATIVES[relative][1])))


def _relative(pairs: list[tuple[str, str]], said: str, lang: str) -> Verdict | None:
    """Whether a relative named is of the user's family as the scheme's rule counts it: the user asking beside
    them ("mere bhai ne loan liya, kya main le sakta hu"), or asking for them ("and my brother?")."""
    rule = next(((m, line) for en, line in pairs if (m := FAMILY_RULE.search(en))), None)
    named = own_relatives(said)
    if not named or rule is None:
        return None
    m, line = rule
    relative = named[0]
    if in_family_rule(relative, m.group(1)):
        return Verdict(None, line)  # a family member: the rule is theirs too
    shown = FAMILY_RULE.search(line)
    _ = gettext(lang)
    figures = {"members": (shown or m).group(1), "relative": relative_name(relative, lang)}
    return Verdict(
        "ℹ " + _("Family here means %(members)s; a %(relative)s is not named in it.") % figures, line
    )


def relative_name(relative: str, lang: str) -> str:
    _ = gettext(lang)
    return {
        "brother": _("brother"),
        "sister": _("sister"),
        "father": _("father"),
        "mother": _("mother"),
        "husband": _("husband"),
        "wife": _("wife"),
        "son": _("son"),
        "daughter": _("daughter"),
    }[relative]
