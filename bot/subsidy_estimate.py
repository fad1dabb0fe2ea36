"""A subsidy worked out for the user from what they say of themselves: "SC hu, gaon me 8 lakh ka project"
after PMEGP gets "special category (SC/ST/OBC), rural area, a Rs 8 lakh project: subsidy 35% = Rs 2.8 lakh;
own share 5% = Rs 40,000". The rates, own shares and highest project costs are read from the scheme's
benefit lines ("general category 15% (urban) / 25% (rural); special category 25% (urban) / 35% (rural)"),
and who is in the special category from its eligibility line; what the user has not said is asked, never
assumed."""

from dataclasses import dataclass, replace

import regex

from bot import groups, list_items, msme_size, places, whose
from bot.clauses import breaks, clauses
from bot.gazetteer import find_places
from bot.i18n import gettext
from bot.knowledge import items
from bot.language import corrects
from bot.normalize import clean, keys, says, says_any
from bot.own_details import cost_limits, kind_keys, kind_told
from bot.phrases import word_forms, word_keys, word_list, word_pattern

CATEGORIES = ("general", "special")
AREAS = ("urban", "rural")
# "general category 15% (urban) / 25% (rural)"
_RATES = regex.compile(
    r"\b(general|special) category (\d+(?:\.\d+)?)% \((urban|rural)\) / (\d+(?:\.\d+)?)% \((urban|rural)\)",
    regex.I,
)
# "Your own share: 10% (general), 5% (special category)."
_SHARE_LINE = regex.compile(r"\bown share\b", regex.I)
_SHARE = regex.compile(r"(\d+(?:\.\d+)?)% \((general|special)\b", regex.I)
# "Highest project cost for subsidy: Rs 50 lakh (manufacturing), Rs 20 lakh (business/service)"
_LIMIT_LINE = regex.compile(r"\bhighest project cost\b", regex.I)
# "Special category: SC/ST/OBC, minorities, women, …"
_SPECIAL_LINE = regex.compile(r"^special category\s*:", regex.I)
# The parts of a message told as a list or in sentences ("70 lakh manufacturing project, rural, general";
# "…running in a village. I am a woman. How much…"; not the point of "Rs. 10.5 lakh").
_PARTS = breaks("and_words", also="/")
# "5 nahi 8 lakh", "not 5, 8 lakh", "8 lakh not 5": a figure said instead of one told before.
_NOT = word_pattern("not_words")
_CORRECTED = regex.compile(rf"(?:^|\s)(?:\d+(?:\s+\S+)?\s+(?:{_NOT})|(?:{_NOT})\s+\d+)\s+\d")
# "Second loan to upgrade: up to Rs 1 crore (manufacturing) / Rs 25 lakh (service/trading), with 15% subsidy
# (20% in North-East and hill states)."
_SECOND_LOAN = regex.compile(
    r"\bsecond loan\b.*\bwith (\d+(?:\.\d+)?)% subsidy \((\d+(?:\.\d+)?)% in ([^)]+)\)", regex.I
)
# The sentences of a message ("…यूनिट लगाई थी। अब मशीन बढ़ानी है, करीब 30 लाख चाहिए।").
_SENTENCES = regex.compile(r"[।?!]|\.(?=\s|$)")
# More worked-out lines than this (category, area and kind of project all unknown): only the question.
MOST_LINES = 4


@dataclass(frozen=True)
class Rules:
    rates: dict[tuple[str, str], float]  # ("special", "rural"): 35.0
    shares: dict[str, float]  # "special": 5.0
    limits: list[tuple[float, str, str]]  # (5000000.0, "manufacturing", the kind as shown)
    special: list[tuple[str, str]]  # each special category, in English and as shown
    # The benefit lines (as shown) the rates and shares are read from, which a worked-out line says again.
    said_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Situation:
    category: str | None  # "general" or "special"
    group: str | None  # the special category named, as shown ("SC/ST/OBC")
    area: str | None  # "urban" or "rural"
    cost: float | None  # the project's cost in rupees
    words: frozenset[str]  # the keys of the newest message naming a kind of project ("manufacturing")

    @property
    def known(self) -> bool:
        return self.category is not None or self.area is not None or self.cost is not None


def rules(scheme: dict, lang: str) -> Rules | None:
    """The scheme's subsidy rates by category and area, and own shares by category; None when its
    benefit lines do not give all of them (only such a scheme's amounts can be worked out)."""
    en, shown = items(scheme.get("benefits"), "en"), items(scheme.get("benefits"), lang)
    rates: dict[tuple[str, str], float] = {}
    shares: dict[str, float] = {}
    limits: list[tuple[float, str, str]] = []
    said_by = []
    for i, line in enumerate(en):
        for m in _RATES.finditer(line):
            category = m.group(1).lower()
            rates[(category, m.group(3).lower())] = float(m.group(2))
            rates[(category, m.group(5).lower())] = float(m.group(4))
        if _SHARE_LINE.search(line):
            shares |= {category.lower(): float(n) for n, category in _SHARE.findall(line)}
        if (_RATES.search(line) or _SHARE_LINE.search(line)) and len(shown) == len(en):
            said_by.append(shown[i])
        if _LIMIT_LINE.search(line):
            limits = cost_limits(line, shown[i] if len(shown) == len(en) else line)
    if len(rates) != len(CATEGORIES) * len(AREAS) or set(shares) != set(CATEGORIES):
        return None
    return Rules(rates, shares, limits, _special_categories(scheme, lang), tuple(said_by))


def _special_categories(scheme: dict, lang: str) -> list[tuple[str, str]]:
    """The items of "Special category: SC/ST/OBC, …, and people in North-East, …", each in English and
    as shown (without the "and" before the last ones)."""
    en, shown = items(scheme.get("eligibility"), "en"), items(scheme.get("eligibility"), lang)
    at = next((i for i, line in enumerate(en) if _SPECIAL_LINE.search(line)), None)
    if at is None:
        return []
    en_items = list_items.line_items(en[at])
    shown_items = list_items.line_items(shown[at]) if len(shown) == len(en) else []
    shown_items = shown_items if len(shown_items) == len(en_items) else en_items
    return list(zip(en_items, [_without_joining(item) for item in shown_items], strict=True))


def _without_joining(item: str) -> str:
    """ "and people in North-East" → "people in North-East"; "और पूर्वोत्तर" → "पूर्वोत्तर"."""
    first, _, rest = item.partition(" ")
    return rest if rest and set(keys(first)) <= word_keys("joining_words") else item


def situation(
    found: Rules, scheme: dict, texts: list[str], lang: str, personal: list[str] | None = None
) -> Situation:
    """What the user said of their category, area and project's cost, newest message first (a later
    "general hu" wins over an earlier "SC"); the category only from `personal`, when given: the messages about
    the one asked about ("aur papa ke liye? wo general hai" after "mai obc hu")."""
    category = group = area = None
    cost = None
    for said in texts if personal is None else personal:
        category, group = _category(found, scheme, said, lang)
        if category is not None:
            break
    for said in texts:
        area = area or _area(said)
        cost = cost or project_cost(found, said)
    # (a general-category user in Guwahati or near Shimla is in the special category by place)
    if category != "special" and (placed := _place_group(found, texts)):
        category, group = "special", placed
    return Situation(category, group, area, cost, kind_told(found.limits, texts))


def _place_group(found: Rules, texts: list[str]) -> str | None:
    """The special category the user's town puts them in, from the newest message naming a place: "I'm in
    Guwahati" → people in North-East, "शिमला के पास गाँव" → hill areas; none for a town elsewhere, or for a
    name several states share."""
    for said in texts:
        states = {place.state for place in find_places(said)}
        if states:
            group = groups.asked(states.pop()) if len(states) == 1 else None
            return _special_item(found, group) if group else None
    return None


def _special_item(found: Rules, group: str) -> str | None:
    """The scheme's special category (as shown) that names `group`."""
    phrases = groups.phrases_of(group)
    return next(
        (item for en, item in found.special if any(says(en, p) or says(item, p) for p in phrases)), None
    )


def _category(found: Rules, scheme: dict, said: str, lang: str) -> tuple[str | None, str | None]:
    """ "SC hu", "मैं महिला हूं", "pahadi ilaka": a special category of the scheme's line; "general hu":
    the general one; "SC nahi, general hu", "woman? no, general category": general."""
    said = groups.answered(said)
    said_keys = keys(said)
    # ("…सामान्य वर्ग से हूँ": a caste category the words seem to name is not the one the user says they are in)
    castes = (
        {_special_item(found, g) for g in word_list("words", "caste_groups")}
        if _named(said, "general")
        else set()
    )
    shown = [s for _en, s in found.special if s not in castes]
    named = list_items.named(scheme, "eligibility", set(said_keys), lang).items
    for item in named:
        if item in shown and not groups.denied_beside(said_keys, frozenset(keys(item))):
            return "special", item
    # (each part of "…bakery in a town, 30 lakh, I'm a woman": the town's group is not the woman's; every group
    # of "lucknow city me rehta hu minority category"; none of a relative's, told by the user of themselves)
    own = whose.without_relatives(said)
    for group in dict.fromkeys(g for part in (own, *clauses(own, _PARTS)) for g in groups.all_asked(part)):
        if (item := _special_item(found, group)) and item not in castes:
            return "special", item
    # ("kya main pmegp se silai center khol sakti hu": a woman, in the women's special category)
    if whose.a_woman(said) and (item := _special_item(found, "women")):
        return "special", item
    for category in CATEGORIES:
        if _named(said, category):
            return category, None
    return None, None


def _named(said: str, category: str) -> bool:
    """Whether a message names the general or special category itself: "general category", "विशेष वर्ग में
    हूँ" (not "general category nahi hai": its naming word, the first of each phrase, is ruled out); or its one
    word alone between commas ("…project, rural, general"), beside the place ("grocery shop urban general
    pmegp subsidy", "गांव विशेष") or "hu", "hai" ("wo 58 ke hai general"): "general store" is a shop."""
    phrases = word_list("words", f"{category}_category_words")
    if says_any(said, phrases):
        return not groups.denied_beside(keys(said), frozenset(keys(p)[0] for p in phrases))
    alone = word_forms(f"{category}_alone")
    places = word_keys("rural_words") | word_keys("urban_words")
    for part in clauses(said, _PARTS):
        words = clean(part).split()
        if clean(part) in alone:
            return True
        for i, word in enumerate(words):
            beside = set(keys(" ".join(words[max(i - 1, 0) : i] + words[i + 1 : i + 2])))
            if word in alone and (
                beside & places or beside <= word_keys("first_person") | word_keys("is_words")
            ):
                return True
    return False


def project_cost(found: Rules, said: str) -> float | None:
    """The project's cost a message tells: "8 lakh ka project"; or an amount with no other measure said
    beside a kind of project the limits name ("PMEGP subsidy rural ST 10 lakh manufacturing"), beside the
    user's place or category ("in a town, 30 lakh"), or alone ("30 lakh", "lagbhag 30 lakh ka"); what one
    invests in a business one starts."""
    cost = msme_size.project_cost(said)
    if cost is not None:
        return cost
    if not places.pin_said_alone(said) and (figure := msme_size.figure_alone(said)):
        return figure  # ("500000" after "what should the project cost be?")
    sizes = msme_size.stated(said)
    if sizes and sizes.investment and says_any(said, word_list("words", "starting_out")):
        return sizes.investment  # ("wants to start a flour mill with about 12 lakh investment")
    kinds = {k for limit in found.limits for k in kind_keys(limit)}
    beside = set(keys(said)) & kinds or tells_situation(said) or msme_size.said_alone(said)
    beside = beside or says_any(said, word_list("words", "cost_changes"))  # ("what if I reduce to 20 lakh")
    beside = beside or _CORRECTED.search(clean(said))  # ("sorry 5 nahi 8 lakh ka hai")
    beside = beside or _restated(said)  # ("sorry I meant 60 lakh", "नहीं, 60 लाख")
    return msme_size.lone_amount(said) if beside else None


def _restated(said: str) -> bool:
    """Whether a message corrects or apologises for what was told before ("sorry I meant 60 lakh", "nahi 60
    lakh", "galti ho gayi, 60 lakh ka hai"): its one amount is the project's cost said again."""
    return corrects(said) or bool(set(keys(said)) & word_keys("apologies"))


def _area(said: str) -> str | None:
    """ "gaon me hu" → rural, "शहर में दुकान" → urban; both or neither said, or ruled out ("gaon me nahi"):
    not known."""
    said_keys = keys(said)
    found = [
        area
        for area, label in (("rural", "rural_words"), ("urban", "urban_words"))
        if set(said_keys) & word_keys(label) and not groups.denied_beside(said_keys, word_keys(label))
    ]
    if len(found) > 1:  # ("sheher se 10 km door h mera gaon": the town is the one it is away from)
        found = [area for area in found if not _away_from(said_keys, word_keys(f"{area}_words"))]
    return found[0] if len(found) == 1 else None


def _away_from(said: list[str], place: frozenset[str]) -> bool:
    """Whether a place word is the one the user is from or away from: "शहर से", "from the city"."""
    before, after = word_keys("from_before"), word_keys("from_after")
    return any(
        k in place and (set(said[i + 1 : i + 2]) & after or set(said[max(i - 2, 0) : i]) & before)
        for i, k in enumerate(said)
    )


def tells_more(text: str) -> bool:
    """Whether a message tells more of the user than their category, place and project: their schooling
    or age ("8वीं फेल हूं, 12 लाख का प्रोजेक्ट है, मिलेगा?"), which a rule of who may apply answers."""
    return bool(set(keys(text)) & word_keys("own_case_words") - _situation_words())


def tells_situation(text: str) -> bool:
    """Whether a message tells the user's place or category ("actually it's in a village, not a town")."""
    return bool(set(keys(text)) & _situation_words())


def _situation_words() -> frozenset[str]:
    return word_keys("rural_words") | word_keys("urban_words") | groups.all_words()


def only_tells_situation(found: Rules, scheme: dict, text: str, lang: str, fillers: frozenset[str]) -> bool:
    """Whether a message tells the user's category, place or project's cost and nothing else ("general",
    "OBC", "sc hu", "जनरल", "gaon me hu, general category, 40 lakh"): an answer to the estimate's question."""
    told_now = situation(found, scheme, [text], lang)
    if not (told_now.known or told_now.words):  # ("service wala", "मैन्युफैक्चरिंग": the kind of project)
        return False
    told = (
        _situation_words()
        | {k for limit in found.limits for k in kind_keys(limit)}
        | word_keys("general_alone")
        | word_keys("special_alone")
        | word_keys("category_nouns")
        | word_keys("work_words")  # ("सर्विस वाले काम में?": the kind of one's work)
        | word_keys("ordinal_pointers")
        | word_keys("large_sums")
        | msme_size.NUMBER_KEYS
    )
    saying = word_keys("self_words") | word_keys("first_person") | fillers
    return all(k in told or k in saying or k.isdecimal() for k in keys(text))


def lines(found: Rules, told: Situation, lang: str) -> list[str]:
    """The subsidy and own share for each category and area the user may be in (the ones they said),
    then what to tell for their own figures."""
    _ = gettext(lang)
    if not (told.known or told.words):
        return []
    categories, projects = [told.category] if told.category else CATEGORIES, _projects(found, told, lang)
    combos = [(c, a, p) for c in categories for a in ([told.area] if told.area else AREAS) for p in projects]
    if len(combos) > MOST_LINES:
        worked = []
    elif (
        told.area is None
    ):  # (one line per category, both areas in it: four long lines would not fit a message)
        worked = [_both_areas(found, told, c, p, lang) for c in categories for p in projects]
    else:
        worked = [_line(found, told, c, a, p, lang) for c, a, p in combos]
    heading = ["ℹ " + _("An estimate from the rates on file:")] if worked else []
    return [*heading, *worked, *_kind_limit(found, told, lang), *_asks(found, told, lang)]


def _kind_limit(found: Rules, told: Situation, lang: str) -> list[str]:
    """ "manufacturing" or "सर्विस" told with no cost yet: the most the subsidy is counted on for that kind."""
    _ = gettext(lang)
    if told.cost is not None:
        return []
    named = told.words - word_keys("any_business_words")
    return [
        "ℹ "
        + _("For %(kind)s, the subsidy is counted on a project cost of at most %(limit)s.")
        % {"kind": limit[2], "limit": msme_size.rupees(limit[0], lang)}
        for limit in found.limits
        if named & kind_keys(limit)
    ]


def _projects(found: Rules, told: Situation, lang: str) -> list[tuple[float, str] | None]:
    """The cost the subsidy is counted on and how to say it: the project's, or the highest cost for
    its kind ("manufacturing") when it is above it; one per kind when the kind is not said and matters."""
    _ = gettext(lang)
    if told.cost is None:
        return [None]
    amount = msme_size.rupees(told.cost, lang)
    named = told.words - word_keys("any_business_words")
    said = [limit for limit in found.limits if named & kind_keys(limit)]
    limits = said or found.limits
    if all(told.cost <= limit for limit, _kind, _shown in limits):
        return [(told.cost, _("a %(cost)s project") % {"cost": amount})]
    return [
        (told.cost, _("a %(cost)s project (%(kind)s)") % {"cost": amount, "kind": shown})
        if told.cost <= limit
        else (
            limit,
            _("%(limit)s of a %(cost)s project (the most counted for %(kind)s)")
            % {"limit": msme_size.rupees(limit, lang), "cost": amount, "kind": shown},
        )
        for limit, _kind, shown in limits
    ]


def _line(
    found: Rules, told: Situation, category: str, area: str, project: tuple[float, str] | None, lang: str
) -> str:
    """ "≈ Special category (SC/ST/OBC), rural area, a Rs 8 lakh project: subsidy 35% = Rs 2.8 lakh; own
    share 5% = Rs 40,000." """
    _ = gettext(lang)
    rate, share = found.rates[(category, area)], found.shares[category]
    figures = {
        "who": _category_name(category, told.group if category == told.category else None, lang),
        "where": _("rural area") if area == "rural" else _("urban area"),
        "rate": f"{rate:g}",
        "share": f"{share:g}",
    }
    if project is None:
        return (
            "≈ "
            + _("%(who)s, %(where)s: subsidy %(rate)s%% of the project cost; own share %(share)s%%.")
            % figures
        )
    base, said = project
    figures |= {
        "project": said,
        "subsidy": msme_size.rupees(base * rate / 100, lang),
        "own": msme_size.rupees(base * share / 100, lang),
    }
    return (
        "≈ "
        + _(
            "%(who)s, %(where)s, %(project)s: subsidy %(rate)s%% = %(subsidy)s; own share %(share)s%% = %(own)s."
        )
        % figures
    )


def _both_areas(
    found: Rules, told: Situation, category: str, project: tuple[float, str] | None, lang: str
) -> str:
    """ "≈ General category, a Rs 5 lakh project: subsidy 15% = Rs 75,000 (urban) / 25% = Rs 1.25 lakh (rural);
    own share 10% = Rs 50,000." when the user has not said where the unit is."""
    _ = gettext(lang)
    rates, share = {a: found.rates[(category, a)] for a in AREAS}, found.shares[category]
    who = _category_name(category, told.group if category == told.category else None, lang)
    if project is None:
        figures = {
            "who": who,
            "urban": f"{rates['urban']:g}",
            "rural": f"{rates['rural']:g}",
            "share": f"{share:g}",
        }
        return (
            "≈ "
            + _(
                "%(who)s: subsidy %(urban)s%% (urban) / %(rural)s%% (rural) of the project cost; own share %(share)s%%."
            )
            % figures
        )
    base, said = project
    worked = {a: f"{rates[a]:g}% = {msme_size.rupees(base * rates[a] / 100, lang)}" for a in AREAS}
    figures = {"who": who, "project": said, **worked, "share": f"{share:g}"}
    figures["own"] = msme_size.rupees(base * share / 100, lang)
    return (
        "≈ "
        + _(
            "%(who)s, %(project)s: subsidy %(urban)s (urban) / %(rural)s (rural); own share %(share)s%% = %(own)s."
        )
        % figures
    )


def _category_name(category: str, group: str | None, lang: str) -> str:
    _ = gettext(lang)
    if category == "general":
        return _("General category")
    return _("Special category (%(group)s)") % {"group": group} if group else _("Special category")


def share_asks(found: Rules, told: Situation, lang: str) -> list[str]:
    """ "apna hissa kitna lagega" with no figures told: what one's own share depends on (the place does not)."""
    return _asks(found, told, lang, share=True)


def _asks(found: Rules, told: Situation, lang: str, share: bool = False) -> list[str]:
    """What the user has not said that their figures (or only their own share) depend on."""
    _ = gettext(lang)
    asks = []
    if told.category is None:
        special = ", ".join(shown for _en, shown in found.special)
        asks.append(
            _("Are you in the general category or a special one (%(special)s)?") % {"special": special}
        )
    if told.area is None and not share:
        asks.append(_("Is the unit in a village (rural) or a town (urban)?"))
    if told.cost is None:
        asks.append(_("What is the project cost?"))
    return ["ℹ " + _("For your own figures, tell me:") + " " + " ".join(asks)] if asks else []


def second_loan_lines(found: Rules, scheme: dict, told: Situation, texts: list[str], lang: str) -> list[str]:
    """ "दूसरा लोन … 30 लाख … उत्तराखंड के पहाड़ी इलाके": the second loan's subsidy worked out from its own line
    ("with 15% subsidy (20% in North-East and hill states)"), up to its own highest costs; the first loan's
    rates are not its. Without a project's cost, the rate alone."""
    en, shown = items(scheme.get("benefits"), "en"), items(scheme.get("benefits"), lang)
    at = next((i for i, line in enumerate(en) if _SECOND_LOAN.search(line)), None)
    # ("…8 लाख का लोन लेकर यूनिट लगाई थी … अब मशीन बढ़ानी है, करीब 30 लाख चाहिए": the newest sum said is the one
    # to grow with)
    said = [a for t in texts[:1] for part in _SENTENCES.split(t) if (a := _grown_by(part))]
    told = replace(told, cost=told.cost or (said[-1] if said else None))
    if at is None:
        return []
    m = _SECOND_LOAN.search(en[at])
    line = shown[at] if len(shown) == len(en) else en[at]
    limits = replace(found, limits=cost_limits(en[at], line))
    rate = float(m.group(2)) if _placed_in(texts, set(groups.all_asked(m.group(3)))) else float(m.group(1))
    _ = gettext(lang)
    if told.cost is None:  # ("Uttarakhand me" after "second loan pmegp ke liye kitni subsidy")
        return ["≈ " + _("Second loan: subsidy %(rate)s%% of the project cost.") % {"rate": f"{rate:g}"}]
    worked = []
    for base, project in _projects(limits, told, lang):
        figures = {
            "project": project,
            "rate": f"{rate:g}",
            "subsidy": msme_size.rupees(base * rate / 100, lang),
        }
        worked.append("≈ " + _("Second loan, %(project)s: subsidy %(rate)s%% = %(subsidy)s.") % figures)
    return ["ℹ " + _("An estimate from the rates on file:"), *worked]


def _grown_by(part: str) -> float | None:
    """The sum a sentence says a unit grows by: a project's cost, the loan asked ("second loan 20 lakh ka
    chahiye"), one amount alone, or what is put into it ("अब मशीन बढ़ानी है, करीब 30 लाख चाहिए")."""
    sizes = msme_size.stated(part)
    told = msme_size.project_cost(part) or msme_size.loan_amount(part) or msme_size.lone_amount(part)
    return told or (sizes.investment if sizes else None)


def _placed_in(texts: list[str], places: set[str]) -> bool:
    """Whether the newest message that names a place or region puts the user in one of `places` (groups:
    "himachal me hu" in the hill states; "I'm in Pune" in none)."""
    for said in texts:
        states = {place.state for place in find_places(said)}
        named = set(groups.all_asked(said)) | {g for state in states if (g := groups.asked(state))}
        if states or named & places:
            return bool(named & places)
    return False
