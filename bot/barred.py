"""A verdict on the lines of a scheme that rule a user out, from what they tell of their business and past:
"meat shop" against "Activities on the negative list (for example meat, …) are not allowed", "mujhe pehle
mudra loan mila tha 2 saal pehle" against "Should not have taken a loan under a similar … scheme (such as
PMEGP, PM SVANidhi, MUDRA) in the past 5 years", "meri wife ne pehle pmegp liya tha" against "Only one
person per family (self and spouse)", "I already run a shop for 5 years" against "Only new projects", "mere
pati sarkari naukri me hai" against "a family with a member in government service is not eligible".
Every rule and example is read from the scheme's own lines; a detail the lines do not settle gets none."""

import itertools

import regex

from bot import groups
from bot.clauses import breaks, clauses
from bot.i18n import gettext
from bot.knowledge import items, text
from bot.language import continues
from bot.normalize import clean, key, keys, says_any
from bot.own_details import (
    FAMILY_RULE,
    NOT_A_PERSON,
    NOT_WORDS,
    Verdict,
    eligibility_lines,
    in_family_rule,
    own_relatives,
    relative_name,
    tells_schooling,
    without_persons_age,
)
from bot.phrases import phrase_file, word_forms, word_keys, word_list, word_pattern, word_positions
from bot.whose import HAD, SELF, had_clause, own_parts, who_had

# "Activities on the negative list (for example meat, intoxicants, …)", "(जैसे मांस, नशीले पदार्थ, …)"
_NEGATIVE_LIST = regex.compile(r"\bnegative list\b", regex.I)
_EXAMPLES = regex.compile(r"\((?:for example|such as|e\.g\.|जैसे)\s+([^)]+)\)", regex.I)
# "a loan under a similar … scheme (such as PMEGP, PM SVANidhi, MUDRA) in the past 5 years"
_LOAN_RULE = regex.compile(r"\bloan\b.*\bin the (?:past|last) (\d+) years\b", regex.I)
# "2 saal se", "for 5 years", "3 साल से", "since 2019": how long the user has been at it.
_LATIN = ("en", "hinglish")
_FOR_YEARS = regex.compile(
    rf"\b\d{{1,2}}\s*{word_pattern('year_words', 'month_words', langs=_LATIN)}\s+se\b|\d{{1,2}}\s*{word_pattern('year_words', 'month_words', langs=('hi',))}\s+से"
    rf"|\bfor\s+(?:the\s+(?:last|past)\s+)?\d{{1,2}}\s*{word_pattern('year_words', 'month_words', langs=('en',))}\b"
    r"|\bsince\s+(?:\d|last\b)",
    regex.I,
)
# One's work, which a time it has gone on for says is running when one does it ("papad ka kaam 2 saal se
# ghar pe karti hu"; "2 saal se kaam dhundh raha hu" seeks it).
_WORK = word_keys("work_words")
_DOING = word_keys("doing_words")
# The parts of a message told one after another ("…5 saal se naukri kar raha hu, ab apna business …").
_PARTS = breaks("telling_turns")
# "CGTMSE: New and existing micro and small enterprises": a related scheme that takes a running unit.
_NEW_AND_EXISTING = regex.compile(r"\bnew and existing\b", regex.I)
# Schemes talked about in turn are pointed at by at most the third ordinal ("teesra wala").
POINTED_AT_MOST = 3
# "a family with a member in government service is not eligible"
_GOVERNMENT_RULE = regex.compile(r"\bgovernment service\b", regex.I)
# A question about a line of work is short: "aur dairy farm?", "beauty parlour ke liye pmegp milega?".
ACTIVITY_MAX_WORDS = 8
# The words of the details users ask (intents/details.yaml): "पेंशन मिलती है तो भी?" asks of a pension, no line of work.
DETAIL_WORDS = frozenset(
    k
    for by_lang in phrase_file("details").values()
    for lang in ("en", "hi", "hinglish")
    for p in by_lang.get(lang) or []
    for k in keys(p)
)
# Words that point at schemes said before, no line of work: "pmegp aur cgtmse dono batao", "pehla wala". (The
# first three ordinals: "tenth" keys as "tent", of "tent house".)
POINTING_WORDS = word_keys("both_words") | {
    w
    for w, at in word_positions("ordinals", "ordinals_feminine", "ordinals_oblique").items()
    if at <= POINTED_AT_MOST
}
# Words that ask for something, make a paper, only join a sentence, compare or tell of the chat, no line of work: "link bhejo", "send link",
# "लिंक भेजिए", "प्रोजेक्ट रिपोर्ट कौन बनाएगा".
ASKING_WORDS = frozenset().union(
    *map(
        word_keys,
        (
            "sending_on_words",
            "show_again_words",
            "making_words",
            "hinglish_markers",
            "english_markers",
            "chat_doings",  # ("still waiting for reply", "runner up")
            "compare_words",  # ("पीएमईजीपी और मुद्रा लोन में क्या फर्क है")
        ),
    )
)
# Whom one asks for and a slip owned to, no line of work: "kya beta bhi le sakta hai", "sorry he is 18 now".
PERSON_WORDS = frozenset(
    k
    for by_lang in phrase_file("relatives").values()
    for ps in by_lang.values()
    for p in ps or []
    for k in keys(p)
) | word_keys("apologies")
# The words.yaml list of trades each negative-list example is by other names ("chicken and mutton": meat).
NEGATIVE_KINDS = {"meat": "meat_trades", "intoxicants": "intoxicant_trades"}
# "Only new projects; existing units … cannot apply"
_NEW_ONLY = regex.compile(r"\bonly new (?:projects?|units?|enterprises?)\b", regex.I)
# "2 saal pehle", "3 years ago", "4 साल पहले": how long ago.
_AGO = regex.compile(rf"\b(\d{{1,2}})\s*{word_pattern('year_words')}\s*{word_pattern('ago_words')}", regex.I)
# "pichhle saal", "last year", "पिछले साल": a year ago.
_LAST_YEAR = regex.compile(
    rf"\b{word_pattern('last_year_words', langs=_LATIN)}\b|{word_pattern('last_year_words', langs=('hi',))}",
    regex.I,
)


def verdicts(
    scheme: dict, texts: list[str], names: set[str], lang: str, activity: str | None = None
) -> list[Verdict]:
    """What the ruling-out lines say of the user's own telling, newest message of `texts` first; `names`:
    the keys that call this scheme by name ("pmegp"); `activity`: another line of work the newest message asks
    of ("aur dairy farm?" after a chicken shop), which the earlier one's negative-list ✗ is not about."""
    pairs = eligibility_lines(scheme, lang)
    found = []
    for check in (_negative, _loan_before, _family_had, _government_job, _running):
        told = [
            said
            for i, said in enumerate(texts)
            if i == 0 or check is not _negative or (_of_oneself(said) and not activity)
        ]
        verdict = next((v for said in told if (v := check(pairs, said, names, lang))), None)
        if verdict is None and check is _negative and activity:
            verdict = _not_on_the_list(pairs, activity, lang)
        if verdict is not None:
            found.append(verdict)
    return found


def activity(
    said: str, unknown: tuple[str, ...], scheme: dict, names: set[str] | frozenset[str] = frozenset()
) -> str | None:
    """The line of work a short question asks of in words no scheme's data knows ("aur dairy farm?", "तो डेयरी
    के लिए पीएमईजीपी?", "डेयरी का काम?", "मुर्गी पालन?", "is poultry feed allowed?"), as written; not a group
    ("aur sc ke liye?"), nor words in a long story (a name told in it), nor a word of asking ("link bhejo", "send
    link") or a paper `scheme` asks for ("प्रोजेक्ट रिपोर्ट कौन बनाएगा"), nor a class passed ("8वीं पास चाहिए?");
    `names`: the scheme's own, where the words of work end."""
    if tells_schooling(said):  # "बड़े प्रोजेक्ट के लिए 8वीं पास चाहिए?": a class, no line of work
        return None
    known = (
        groups.all_words()
        | DETAIL_WORDS
        | POINTING_WORDS
        | ASKING_WORDS
        | PERSON_WORDS
        | _paper_words(scheme)
    )
    strange = [k for k in unknown if k not in known and len(k) > 2]
    words = clean(said).split()
    if not strange or len(words) > ACTIVITY_MAX_WORDS:
        return None
    allowing = word_list("words", "allowed_asks")  # "is poultry feed allowed?", "मुर्गी दाना चलेगा?"
    working = word_list("words", "work_words")  # "डेयरी का काम?": a line of work called so
    if not (
        continues(said)
        or says_any(said, (*word_list("words", "for_words"), *allowing, *working))
        or len(words) <= 2
    ):
        return None
    first = next(
        (i for i, w in enumerate(words) if len(k := key(w)) > 2 and any(k in s for s in strange)), None
    )
    if first is None:
        return None
    # ("tent house", "मुर्गी पालन": the words after it up to a little one, "ke liye", or the scheme's name)
    ending = word_keys("fillers") | word_keys("allowed_asks") | names
    run = itertools.takewhile(lambda w: key(w) not in ending, words[first:])
    return " ".join(run)


def _paper_words(scheme: dict) -> frozenset[str]:
    """The words of the papers `scheme` asks for, in both languages ("Project report", "प्रोजेक्ट रिपोर्ट")."""
    return frozenset(
        k for lang in ("en", "hi") for paper in items(scheme.get("documents"), lang) for k in keys(paper)
    )


def lists_negatives(scheme: dict) -> bool:
    """Whether the scheme's rules name a negative list of activities (PMEGP's)."""
    return any(_NEGATIVE_LIST.search(en) for en, _ in eligibility_lines(scheme, "en"))


def negative_rules(scheme: dict, lang: str) -> list[str]:
    """The scheme's rules on its negative list of activities, as shown in `lang`."""
    return [line for en, line in eligibility_lines(scheme, lang) if _NEGATIVE_LIST.search(en)]


def _not_on_the_list(pairs: list[tuple[str, str]], activity: str, lang: str) -> Verdict | None:
    """ "aur beauty parlour?", "तो डेयरी के लिए पीएमईजीपी?": a line of work the negative list as written does
    not name; not a "yes" either (the list gives examples), so whom to ask is said."""
    rule = next((line for en, line in pairs if _NEGATIVE_LIST.search(en)), None)
    if rule is None:
        return None
    _ = gettext(lang)
    said = _("%(item)s: the negative list on file does not name it; please confirm with KVIC or the DIC.")
    return Verdict("ℹ " + said % {"item": activity}, rule)


def _of_oneself(said: str) -> bool:
    """Whether an earlier message tells of the user's own business ("I want to start a liquor shop", "meat shop
    ke liye pmegp"), whose negative-list verdict holds for the rest of the chat; "पीएमईजीपी में खेती वाला काम
    चलेगा?" only asks of the rule (the ✗ stuck to "कितनी सब्सिडी गाँव में, ओबीसी" of a tomato-sauce unit). Read
    as written: "में" keys as "mein", "I"."""
    own = set(clean(said).split()) & (word_forms("self_words") | word_forms("first_person"))
    business = set(keys(said)) & NOT_A_PERSON
    return bool(own or business) or says_any(said, word_list("words", "starting_out"))


def _negative(pairs: list[tuple[str, str]], said: str, names: set[str], lang: str) -> Verdict | None:
    """ "meat shop ke liye pmegp": the negative list's example the message names, every word of it, or by
    another name ("selling chicken and mutton", "liquor shop"); not a relative's work ("papa kheti karte hain, main
    atta chakki lagana chahta hu")."""
    said = clean(own_parts(said))
    rule = next(
        ((en, line) for en, line in pairs if _NEGATIVE_LIST.search(en) and _EXAMPLES.search(en)), None
    )
    if rule is None or _denied(said):
        return None
    en, line = rule
    en_items = _examples(en)
    shown_items = _examples(line)
    shown_items = shown_items if len(shown_items) == len(en_items) else en_items
    words = set(keys(said))
    for en_item, shown_item in zip(en_items, shown_items, strict=True):
        kind = NEGATIVE_KINDS.get(en_item.lower())
        if any(set(keys(item)) <= words for item in (en_item, shown_item)) or (
            kind and says_any(said, word_list("words", kind))
        ):
            _ = gettext(lang)
            return Verdict(
                "✗ " + _("%(item)s: on the negative list, so not allowed.") % {"item": shown_item}, line
            )
    return None


def _loan_before(pairs: list[tuple[str, str]], said: str, names: set[str], lang: str) -> Verdict | None:
    """ "mujhe pehle mudra loan mila tha 2 saal pehle": a loan of a scheme the rule names, taken within
    its years or not; when it was is not said, the rule's years are."""
    told, said = said, clean(said)
    rule = next(
        ((m, en, line) for en, line in pairs if (m := _LOAN_RULE.search(en)) and _EXAMPLES.search(en)), None
    )
    if rule is None or not HAD.search(said) or _denied(said):
        return None
    m, en, line = rule
    words = set(keys(said))
    # ("PM SVANidhi": "svanidhi" names it; "pm" alone names none)
    if not any({k for k in keys(item) if len(k) > 2} <= words for item in _examples(en)):
        return None
    _ = gettext(lang)
    limit = int(m.group(1))
    taker = who_had(told)
    if taker != SELF:  # ("uske papa ne mudra loan liya tha": the rule is of the applicant's own loans)
        family = next((m for en, _line in pairs if (m := FAMILY_RULE.search(en))), None)
        if family is None or not in_family_rule(taker, family.group(1)):
            return None  # ("मेरे भाई ने मुद्रा लोन लिया था": a brother is not of the family the rules name)
        figures = {"limit": limit, "relative": relative_name(taker, lang)}
        said_rule = _(
            "This rule is about the applicant's own loans in the past %(limit)s years; whether a loan a "
            "%(relative)s took counts is not on file: please confirm."
        )
        return Verdict("ℹ " + said_rule % figures, line)
    ago = _AGO.search(said)
    years = int(ago.group(1)) if ago else 1 if _LAST_YEAR.search(said) else None
    figures = {"years": years, "limit": limit}
    if years is None:
        said_rule = _("If that loan was taken in the past %(limit)s years, this rule rules you out.")
        return Verdict("ℹ " + said_rule % figures, line)
    if years < limit:
        said_rule = _(
            "A loan %(years)s years ago is within the past %(limit)s years: by this rule, you cannot apply."
        )
        return Verdict("✗ " + said_rule % figures, line)
    if years > limit:
        return Verdict(
            "✓ " + _("A loan %(years)s years ago is not within the past %(limit)s years.") % figures, line
        )
    return Verdict(None, line)


def _family_had(pairs: list[tuple[str, str]], said: str, names: set[str], lang: str) -> Verdict | None:
    """ "meri wife ne pehle pmegp liya tha": a member of the family the rule names already had this scheme."""
    told, said = said, clean(said)
    rule = next(((m, line) for en, line in pairs if (m := FAMILY_RULE.search(en))), None)
    part = had_clause(told)
    if rule is None or part is None or _denied(said) or not _had_this(part, said, names):
        return None
    m, line = rule
    relative = who_had(told)
    if relative not in own_relatives(said) or not in_family_rule(relative, m.group(1)):
        return None
    _ = gettext(lang)
    shown = FAMILY_RULE.search(line) or m
    figures = {"relative": relative_name(relative, lang), "members": shown.group(1)}
    return Verdict(
        "✗ " + _("Your %(relative)s already had it: only one per family (%(members)s) may.") % figures, line
    )


def _had_this(part: str, said: str, names: set[str]) -> bool:
    """Whether what was had is this scheme: named where it is told ("meri wife ne pehle pmegp liya tha"), or
    named in the message and no loan told there ("मेरे पति ने मुद्रा लोन लिया था, क्या मैं पीएम विश्वकर्मा में
    आवेदन कर सकती हूँ?": a MUDRA loan, not PM Vishwakarma)."""
    if set(keys(part)) & names:
        return True
    return bool(set(keys(said)) & names) and not says_any(part, word_list("words", "loan_words"))


def _government_job(pairs: list[tuple[str, str]], said: str, names: set[str], lang: str) -> Verdict | None:
    """ "mere pati sarkari naukri me hai": a member of the family the rule names is in government service."""
    said = clean(said)
    rule = next(
        ((m, line) for en, line in pairs if _GOVERNMENT_RULE.search(en) and (m := FAMILY_RULE.search(en))),
        None,
    )
    if rule is None or not says_any(said, word_list("words", "government_job")) or _denied(said):
        return None
    m, line = rule
    relative = _one_of_the_family(m, said)
    if relative is None:
        return None
    _ = gettext(lang)
    figures = {"relative": relative_name(relative, lang)}
    return Verdict(
        "✗ " + _("Your %(relative)s is in government service: by this rule, not eligible.") % figures, line
    )


def _running(pairs: list[tuple[str, str]], said: str, names: set[str], lang: str) -> Verdict | None:
    """ "I already run a shop for 5 years", "meri dukan 3 saal se chal rahi hai", "my bakery is running for 5
    years", "papad ka kaam 2 saal se karti hu": a business already running, where the rule takes only new
    projects."""
    said = clean(said)
    line = next((line for en, line in pairs if _NEW_ONLY.search(en)), None)
    if line is None or not says_running(said) or says_any(said, word_list("words", "second_loan")):
        return None
    _ = gettext(lang)
    return Verdict("✗ " + _("A business already running: only new projects can apply."), line, running=True)


def says_running(said: str) -> bool:
    """A business said to be running ("meri dukan … chal rahi hai", "my factory is 5 years old"), or one's
    business or work gone on for a time, said together ("papad ka kaam 2 saal se ghar pe karti hu"); not one's
    own age ("I am 45 years old"), nor years of work before one's own unit to open ("2 saal se factory me kaam
    kar raha hu, ab apna business shuru karna hai")."""
    said = without_persons_age(said)
    words = set(keys(said))
    business, work = bool(words & NOT_A_PERSON), bool(words & _WORK)
    if says_any(said, word_list("words", "running_business")):
        return business or work or bool(_FOR_YEARS.search(said))
    if says_any(said, word_list("words", "opening_own")):
        return False
    return any(_FOR_YEARS.search(part) and _a_business_or_work(part) for part in clauses(said, _PARTS))


def _a_business_or_work(part: str) -> bool:
    """A business ("meri dukan"), or work one does ("papad ka kaam … karti hu"), said in one part of a message."""
    words = set(keys(part))
    return bool(words & NOT_A_PERSON) or bool(words & _WORK and words & _DOING)


def running_unit_ways(scheme: dict, schemes: dict[str, dict], said: str, lang: str) -> list[str]:
    """What the records offer a unit already running, after "✗ A business already running": the scheme's own
    sentence on a second loan ("Existing PMEGP/MUDRA units can also get a second loan to grow."), and to one
    asking for a loan, each related scheme whose line takes existing units ("CGTMSE: New and existing micro
    and small enterprises …")."""
    _ = gettext(lang)
    second_loan = word_list("words", "second_loan")
    summary = regex.split(r"(?<=[.।])\s+", text(scheme.get("summary"), lang))
    ways = ["ℹ " + sentence for sentence in summary if says_any(sentence, second_loan)]
    if not says_any(said, word_list("words", "loan_words")):
        return ways
    for other in (schemes[s] for s in scheme.get("related") or [] if s in schemes):
        line = takes_running(other, lang)
        if line is not None:
            figures = {"name": text(other.get("name"), lang), "line": line}
            ways.append("ℹ " + _("A loan for a unit already running: %(name)s (%(line)s)") % figures)
    return ways


def takes_running(scheme: dict, lang: str) -> str | None:
    """The scheme's line that takes units already running ("New and existing micro and small enterprises …")."""
    return next(
        (shown for en, shown in eligibility_lines(scheme, lang) if _NEW_AND_EXISTING.search(en)), None
    )


def _one_of_the_family(rule: regex.Match, said: str) -> str | None:
    """The relative said who is among those the family rule names ("family (husband, wife, unmarried children)")."""
    return next((r for r in own_relatives(said) if in_family_rule(r, rule.group(1))), None)


def _examples(line: str) -> list[str]:
    """The examples in a line's brackets ("(for example meat, intoxicants, …)"), without a last "and"."""
    m = _EXAMPLES.search(line)
    return (
        [item.strip() for item in regex.split(r",|\s+(?:and|or|और|या)\s+", m.group(1)) if item.strip()]
        if m
        else []
    )


def _denied(said: str) -> bool:
    """ "mudra loan nahi liya", "never took one": no such past."""
    return bool(set(said.split()) & (NOT_WORDS | {"never"}))
