"""Which MSME class a business is in, from the investment and turnover a user states ("turnover 3 crore,
machine me 50 lakh lagaya") and the knowledge base's limits ("Investment up to Rs 2.5 crore and
turnover up to Rs 10 crore"). Every limit comes from the data; a figure the user did not give is
said to still count, not guessed."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

import regex
from babel.dates import format_date
from babel.numbers import format_decimal

from bot.i18n import gettext
from bot.knowledge import text
from bot.normalize import clean, key, keys
from bot.phrases import phrases, word_keys, word_list

CLASSES = ("micro", "small", "medium")
LAKH, CRORE = 100_000, 10_000_000
UNITS = {word: CRORE for word in word_list("words", "crore_words")}
UNITS |= {word: LAKH for word in word_list("words", "lakh_words")}
_AMOUNT = regex.compile(
    r"(?<![\d.\p{L}])(\d{1,7}(?:\.\d{1,3})?)\s*("
    + "|".join(sorted(UNITS, key=len, reverse=True))
    + r")(?!\p{L})"
)
_RUPEE = regex.compile(r"\brs\.?|₹")
# Numbers said in words before a lakh or crore (intents/number_words.yaml: "पाँच लाख", "dedh crore"), by value.
_NUMBER_KEYS = {k: value for value, said in phrases("number_words").items() for k in keys(" ".join(said))}
NUMBER_KEYS = frozenset(_NUMBER_KEYS)
# The words that add a half or a quarter to the number after them, or take a quarter (words.yaml).
_FRACTIONS = {
    k: part
    for name, part in (("plus_half_words", 0.5), ("plus_quarter_words", 0.25), ("less_quarter_words", -0.25))
    for k in word_keys(name)
}
_UNIT_KEYS = frozenset(key(unit) for unit in UNITS)
# Words beside an amount that say what it measures; the nearer one wins.
TURNOVER_WORDS = word_keys("turnover_words")
INVESTMENT_WORDS = word_keys("investment_words")
# ("150 cr ka turnover": the turnover's)
AMOUNT_OF_WORDS = word_keys("amount_of_words")
# An amount nearer one of these is what the user asks to borrow or spend ("20 lakh loan for my machine
# shop", "8 lakh ka project"), not the unit's investment or turnover.
# ("3 लाख का खर्च है", "lagat 8 lakh": what the project costs)
PROJECT_WORDS = word_keys("project_words")
# A message with figures asks for its class when it names a class beside a word that asks which one
# ("micro ya small", "am i micro", "kaun si category"), or says "to mai kya hu"; "a small shop, need a
# loan" and "mera project small hai" do not.
# Each class's names, as users and the data write them.
CLASS_PHRASES = {name: tuple(said) for name, said in phrases("msme_classes").items()}
CLASS_KEYS = {name: frozenset(keys(" ".join(said))) for name, said in CLASS_PHRASES.items()}
CLASS_NAMES = frozenset().union(*CLASS_KEYS.values())
# "micro hu ya small": a choice asked between classes.
CHOICE_WORDS = word_keys("choice_words")
CATEGORY_WORDS = word_keys("size_category_words")
WHICH_WORDS = word_keys("size_which_words")
# "सूक्ष्म में आऊंगा?", "micro me aayegi?", "will I fall under small?": which class one comes under.
BELONG_WORDS = word_keys("size_belong_words")
MSME = key("msme")
MEANING_WORDS = word_keys("meaning_words")
# "msme ki sabhi yojana batao" asks for the schemes, not what MSME means.
NOT_MEANING = word_keys("not_meaning_words")
CLASS_MEANING_CUES = word_keys("class_meaning_cues")
CLASS_MEANING_WORDS = word_keys("class_meaning_words")
CLASS_FOLLOW_WORDS = word_keys("class_follow_words")
# How far (in words) from an amount its measure may be named.
NEAR_WORDS = 5


@dataclass(frozen=True)
class Sizes:
    investment: float | None
    turnover: float | None


def stated(text: str) -> Sizes | None:
    """The investment and turnover a message states, in rupees; None when it states neither."""
    found = _measured(text)
    if "investment" not in found and "turnover" not in found:
        return None
    return Sizes(found.get("investment"), found.get("turnover"))


def told(texts: Iterable[str]) -> Sizes | None:
    """The investment and turnover stated across messages, the first text's first ("Mera turnover 120 crore
    hai", then "investment 30 crore", then "main kaunsi category me hu", newest first)."""
    found = [sizes for sizes in map(stated, texts) if sizes]
    if not found:
        return None
    investment = next((s.investment for s in found if s.investment is not None), None)
    return Sizes(investment, next((s.turnover for s in found if s.turnover is not None), None))


def project_cost(text: str) -> float | None:
    """The cost of the project a message plans ("8 lakh ka project"), in rupees."""
    return _measured(text).get("project")


def loan_amount(text: str) -> float | None:
    """The loan a message asks for or tells ("second loan 20 lakh ka chahiye"), in rupees."""
    return _measured(text).get("loan")


def lone_amount(text: str) -> float | None:
    """The one amount of a message that no word beside it says the measure of ("rural ST 10 lakh
    manufacturing"), in rupees; None when it has more, or a measure."""
    said = _figures(text)
    amounts = list(_AMOUNT.finditer(said))
    if len(amounts) != 1 or _measured(text):
        return None
    return float(amounts[0].group(1)) * UNITS[amounts[0].group(2)]


def said_alone(text: str) -> bool:
    """Whether a message is one amount and at most two words beside it ("30 lakh", "lagbhag 30 lakh ka")."""
    said = _figures(text)
    amounts = list(_AMOUNT.finditer(said))
    return len(amounts) == 1 and len(clean(_AMOUNT.sub(" ", said)).split()) <= ALONE_WORDS


# How many words may ride beside an amount said alone.
ALONE_WORDS = 2


# A sum in figures with no lakh or crore ("500000", "5,00,000", "₹ 5,00,000"): Indian or Western grouping, or
# five to nine digits bare (fewer are an option's number, an age or a year).
_FIGURE = regex.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{2,3})+|\d{5,9})(?![\d.,]*\d)")


def figure_alone(text: str) -> float | None:
    """The rupees a message of one sum in figures and nothing but currency words gives ("500000", "₹5,00,000",
    "५००००० रुपये"), as the answer to a question about a project's cost; a PIN code is no sum."""
    said = _RUPEE.sub(" ", text.lower())
    found = _FIGURE.findall(said)
    if len(found) != 1 or not set(keys(_FIGURE.sub(" ", said))) <= word_keys("currency_words"):
        return None
    return float(int(found[0].replace(",", "")))


def _figures(text: str) -> str:
    """A message with its amounts in digits: "1.5 crore" keeps its point, "crore," its word, "Rs.8 crore" its
    number, "paanch lakh ka project" is "5 lakh ka project" and "साढ़े चार करोड़" is "4.5 करोड़"."""
    words = _RUPEE.sub(" ", text.lower().replace(",", " ")).split()
    said = [_in_digits(w, words[i + 1] if i + 1 < len(words) else "") for i, w in enumerate(words)]
    return " ".join(_with_fractions(said))


def _with_fractions(said: list[str]) -> list[str]:
    """Amounts in digits with the word before them that adds or takes a part ("साढ़े 4 करोड़": "4.5 करोड़")."""
    out: list[str] = []
    for i, word in enumerate(said):
        part = _FRACTIONS.get(key(clean(word) or word))
        amount = _AMOUNT.match(" ".join(said[i + 1 : i + 3])) if part is not None else None
        if amount is None:
            out.append(word)
            continue
        said[i + 1] = f"{float(amount.group(1)) + part:g}"
    return out


def _in_digits(word: str, after: str) -> str:
    """ "पाँच" before "लाख" is "5"; a number word before anything else is another word ("do", "one")."""
    value = _NUMBER_KEYS.get(key(clean(word) or word))
    return f"{value:g}" if value is not None and after and key(clean(after) or after) in _UNIT_KEYS else word


def _measured(text: str) -> dict[str, float]:
    """Each amount of a message by what it measures (investment, turnover, loan, project), the first of each."""
    said = _figures(text)
    tokens = [key(clean(w) or w) for w in said.split()]
    amounts = []
    for match in _AMOUNT.finditer(said):
        first = len(said[: match.start()].split())  # the amount's first and last word
        amounts.append((first, first + len(match.group(0).split()) - 1, match))
    # A measure said right beside an amount is that amount's ("plant and machinery worth 3 crore, turnover
    # 12 crore": turnover is the 12's); the others take the nearest measure word not taken.
    beside = _beside(tokens, amounts)
    taken = set(beside.values())
    found: dict[str, float] = {}
    for n, (first, last, match) in enumerate(amounts):
        at = beside[n] if n in beside else _nearest_measure(tokens, first, last, taken)
        measure = _measure(tokens[at]) if at is not None else None
        if measure and measure not in found:
            found[measure] = float(match.group(1)) * UNITS[match.group(2)]
            taken.add(at)
    return found


def _beside(tokens: list[str], amounts: list[tuple[int, int, regex.Match]]) -> dict[int, int]:
    """Per amount, where the measure word right beside it is: right before it ("turnover 12 crore, machinery
    3 crore"), or right after it when every amount has one there and not every one before ("12 करोड़ टर्नओवर,
    3 करोड़ मशीनरी", "150 cr ka turnover, 40 cr investment": the second amount is the investment's, not the
    turnover's said before it)."""
    before = {
        n: first - 1 for n, (first, _, _) in enumerate(amounts) if first and _measure(tokens[first - 1])
    }
    after = {
        n: at for n, (_, last, _) in enumerate(amounts) if (at := _measure_after(tokens, last)) is not None
    }
    return after if len(after) == len(amounts) > len(before) else before


def _measure_after(tokens: list[str], last: int) -> int | None:
    """Where the measure word right after an amount ending at word `last` is, a joining word ("150 cr ka
    turnover", "Rs 40 cr in plant") between them allowed."""
    at = last + 1 + (last + 1 < len(tokens) and tokens[last + 1] in AMOUNT_OF_WORDS)
    return at if at < len(tokens) and _measure(tokens[at]) else None


def _measure(token: str) -> str | None:
    """What an amount beside `token` measures; a loan or project asked for is no size of the unit."""
    if token in TURNOVER_WORDS:
        return "turnover"
    if token in word_keys("loan_words"):
        return "loan"
    if token in PROJECT_WORDS:
        return "project"
    return "investment" if token in INVESTMENT_WORDS else None


_FULL_FORM = regex.compile(r"\bfull\s+form\b")
_WHAT_IS = regex.compile(r"\bwhat\s+is\b|\bkya\s+(?:hai|h|hota|hote)\b|क्या\s+(?:है|होता)")
# "is my business micro?", "kya mera unit micro hai?", "क्या मैं सूक्ष्म में गिना जाऊँगा?", "am I an MSME?", "are
# we MSME?", "msme hu kya?", "हम एमएसएमई हैं क्या?"
_IS_IT = regex.compile(
    r"\b(?:kya|is|will|am|are)\b(?:\s+\S+){0,4}?\s+(?:micro|small|medium|sukshma|laghu|madhyam)\b"
    r"|क्या(?:\s+\S+){0,4}?\s+(?:सूक्ष्म|लघु|मध्यम|माइक्रो|स्मॉल|मीडियम)"
    # "am I an MSME", "क्या मैं एमएसएमई हूं" (not "is msme loan available")
    r"|\b(?:kya|is|am|are)\b(?:\s+\S+){0,4}?\s+msme\s*(?:hu|hoon|hun|hai|h|hain|\?|$|unit\b|business\b|me\s+aat|mein\s+aat)"
    r"|क्या(?:\s+\S+){0,4}?\s+एमएसएमई\s*(?:हूँ|हूं|है|हैं|में\s+आत|\?|$)"
    # (the question closing the message: not "msme hai kya koi scheme")
    r"|\b(?:msme|micro|small|medium)\s+(?:me\s+|mein\s+)?(?:hu|hoon|hun|hai|h|hain|aate|aata|aati)\s+(?:kya|na)\s*(?:\?|$)"
    r"|(?:एमएसएमई|सूक्ष्म|लघु|मध्यम|माइक्रो|स्मॉल|मीडियम)\s+(?:में\s+)?(?:हूँ|हूं|है|हैं|आते|आता|आती)\s+(?:क्या|ना)\s*(?:\?|।|$)"
)
_WHAT_AM_I = regex.compile(r"\b(?:kya|kaun|what|which)\s+(?:hu|hoon|hun|hoo|am i)\b|(?:क्या|कौन)\s+(?:हूँ|हूं|हु)")


def asks_class(text: str) -> bool:
    """Whether a message asks which MSME class it is in; figures alone may be a loan's or a project's."""
    said = clean(text)
    words = {key(w) for w in said.split()}
    named = bool(words & CLASS_NAMES) and bool(words & (WHICH_WORDS | CATEGORY_WORDS | BELONG_WORDS))
    asked = named or bool(words & CATEGORY_WORDS and words & WHICH_WORDS)
    return asked or bool(_WHAT_AM_I.search(said)) or bool(_IS_IT.search(said))


def own_figures_only(text: str) -> bool:
    """Whether a message naming a class is about its own figures alone: it tells its class ("main micro unit
    hu"), or asks beside figures of its own ("my turnover is 12 crore am i micro or small"); a bare choice
    between classes ("मैं माइक्रो हूँ या स्मॉल?") asks of the figures said before."""
    words = {key(w) for w in clean(text).split()}
    return bool(words & CLASS_NAMES) and (not words & CHOICE_WORDS or stated(text) is not None)


# "kya main micro hu", "am I micro?": the class asked, not told.
_ASKED_OF_ONESELF = regex.compile(r"^\s*(?:kya|am|is|will|क्या)\s|\?\s*$")


# What rides beside a class told of oneself ("main micro unit hu", "we are a small enterprise").
SELF_WORDS = word_keys("size_told_words")


def told_class(text: str) -> str | None:
    """The class a message tells of the user ("I am micro", "main micro hu", "मैं सूक्ष्म हूँ") and nothing
    else; none when it asks ("am I micro?", "micro hu ya small?")."""
    words = {key(w) for w in clean(text).split()}
    told = [name for name, said in CLASS_KEYS.items() if words & said]
    if len(told) != 1 or not words <= CLASS_NAMES | SELF_WORDS or _ASKED_OF_ONESELF.search(text.lower()):
        return None
    return told[0]


def tells_class(text: str) -> bool:
    """Whether a message tells its one class without asking which ("who is eligible, we are small category with
    30cr turnover"; not "which category am I, micro?", "we are small?")."""
    said = clean(text)
    words = {key(w) for w in said.split()}
    asked = words & WHICH_WORDS or _ASKED_OF_ONESELF.search(text.lower()) or _WHAT_AM_I.search(said)
    return class_said(text) is not None and not asked


def class_said(text: str) -> str | None:
    """The one MSME class a message names, told or not ("meri mummy ki pickle factory hai micro unit, zed me
    kitni subsidy"); none when it names two ("micro ya small")."""
    words = {key(w) for w in clean(text).split()}
    named = [name for name, said in CLASS_KEYS.items() if words & said]
    return named[0] if len(named) == 1 else None


def asks_class_meaning(text: str) -> str | None:
    """The class whose definition a message asks and nothing else ("What is the definition of a micro
    enterprise?", "सूक्ष्म उद्योग की परिभाषा क्या है", "laghu udyog kise kehte hai"); not "main micro hu"."""
    said = clean(text)
    words = {key(w) for w in said.split()}
    cue = bool(words & CLASS_MEANING_CUES) or bool(_WHAT_IS.search(said))
    only = words <= CLASS_NAMES | CLASS_MEANING_CUES | CLASS_MEANING_WORDS
    return class_said(text) if cue and only else None


def class_alone(text: str) -> str | None:
    """The class a short follow-up names alone ("and small?", "और लघु की?", "aur medium?")."""
    words = {key(w) for w in clean(text).split()}
    return class_said(text) if words <= CLASS_NAMES | CLASS_FOLLOW_WORDS else None


def class_asked_next(text: str) -> str | None:
    """The one class a short follow-up asks of after another's line, with only little words beside it ("aur
    small ko?", "and for medium?", "और लघु की?", "small ko kitna"); none for a bare class (told, not asked)."""
    beside = {key(w) for w in clean(text).split()} - CLASS_NAMES
    little = ASKED_BESIDE | word_keys("fillers") | word_keys("continuations") | word_keys("bare_amount")
    return class_said(text) if beside and beside <= little else None


def sized_in_plain_words(text: str) -> bool:
    """Whether a message sizes a unit in plain words, naming no class ("badi unit ko kitna subsidy", "बड़ी इकाई
    को", "how much for a bigger company"): which class it is, the user has not said."""
    said = keys(text)
    sizes, nouns = word_keys("plain_sizes"), word_keys("unit_nouns")
    return class_said(text) is None and any(a in sizes and b in nouns for a, b in pairwise(said))


# What rides beside a class asked after another's ("aur small ko?").
ASKED_BESIDE = word_keys("class_asked_words")


def limit_lines(definition: dict, lang: str, classes: Iterable[str] = CLASSES) -> list[str]:
    """ "Limits from 1 April 2025:", then "Micro: Investment up to Rs 2.5 crore and turnover up to Rs 10
    crore", one line per class (of `classes`: the one asked after the limits, "and small?")."""
    _ = gettext(lang)
    lines = [f"{class_name(c, lang)}: {text(definition[c], lang)}" for c in classes if definition.get(c)]
    try:
        since = format_date(date.fromisoformat(str(definition.get("as_of"))), "d MMMM y", locale=lang)
    except ValueError:
        return lines
    return [_("Limits from %(date)s (investment and turnover):") % {"date": since}, *lines]


def asks_meaning(text: str, question_words: frozenset[str]) -> bool:
    """ "what is msme", "msme ka matlab", "MSME full form": nothing but that is asked ("msme form kahan
    hai?" and a bare "msme" are not)."""
    said = clean(text)
    words = {key(w) for w in said.split()}
    cue = bool(words & MEANING_WORDS) or bool(_FULL_FORM.search(said)) or bool(_WHAT_IS.search(said))
    only = words <= MEANING_WORDS | question_words | {MSME, *keys("full form")} and not words & NOT_MEANING
    return MSME in words and cue and only


def what_needed(lang: str) -> str:
    """Asked after the class of figures told with no question: what the user needs them for."""
    _ = gettext(lang)
    return _("Tell me what you need (a loan, a subsidy, selling to the government, a late payment…).")


def meaning_lines(lang: str) -> list[str]:
    _ = gettext(lang)
    return [_("MSME means micro, small and medium enterprises; the class goes by investment and turnover.")]


def _nearest_measure(tokens: list[str], first: int, last: int, taken: set[int]) -> int | None:
    """Where the measure word of the amount spanning words first..last is: the nearest not `taken` by
    another amount, left first; a loan or project as near as a measure wins ("machine ka 8 lakh ka project"
    is the project's cost)."""
    for distance in range(1, NEAR_WORDS + 1):
        near = [
            (i, measure)
            for i in (first - distance, last + distance)
            if 0 <= i < len(tokens) and i not in taken and (measure := _measure(tokens[i]))
        ]
        if near:
            return next((i for i, measure in near if measure in ("loan", "project")), near[0][0])
    return None


def limits(definition: dict) -> dict[str, tuple[float, float]]:
    """Per class, (investment, turnover) ceilings read from the data's English lines."""
    out = {}
    for name in CLASSES:
        line = (definition.get(name) or {}).get("en", "")
        amounts = [float(n) * UNITS[u.lower()] for n, u in _AMOUNT.findall(line.replace(",", ""))]
        if len(amounts) == 2:
            out[name] = (amounts[0], amounts[1])
    return out


def size_lines(sizes: Sizes, definition: dict, lang: str) -> list[str]:
    """The class the stated figures put a business in, and the limit a missing figure must also meet."""
    _ = gettext(lang)
    ceilings = limits(definition)
    if len(ceilings) != len(CLASSES):
        return []
    fits = next(
        (
            c
            for c in CLASSES
            if (sizes.investment is None or sizes.investment <= ceilings[c][0])
            and (sizes.turnover is None or sizes.turnover <= ceilings[c][1])
        ),
        None,
    )
    given = []
    if sizes.investment is not None:
        given.append(_("investment %(amount)s") % {"amount": rupees(sizes.investment, lang)})
    if sizes.turnover is not None:
        given.append(_("turnover %(amount)s") % {"amount": rupees(sizes.turnover, lang)})
    figures = _(" and ").join(given)
    if fits is None:
        return [
            _("With %(figures)s, the business is above the Medium limits, so it is not an MSME by them.")
            % {"figures": figures}
        ]
    line = _("With %(figures)s, the business is %(class)s.") % {
        "figures": figures,
        "class": class_name(fits, lang),
    }
    if sizes.investment is None:
        line += " " + _("Its investment must also be within %(amount)s.") % {
            "amount": rupees(ceilings[fits][0], lang)
        }
    elif sizes.turnover is None:
        line += " " + _("Its turnover must also be within %(amount)s.") % {
            "amount": rupees(ceilings[fits][1], lang)
        }
    return [line]


def class_name(name: str, lang: str) -> str:
    _ = gettext(lang)
    return {"micro": _("Micro"), "small": _("Small"), "medium": _("Medium")}[name]


def rupees(amount: float, lang: str) -> str:
    """Rs 50 lakh, Rs 2.5 crore, Rs 40,000, Rs 1,87,500: how Indian business owners say amounts (a lakh
    with more than two decimals is written out)."""
    _ = gettext(lang)
    if amount >= CRORE:
        return _("Rs %(n)s crore") % {"n": f"{amount / CRORE:g}"}
    if amount >= LAKH and round(amount / LAKH, 2) * LAKH == round(amount):
        return _("Rs %(n)s lakh") % {"n": f"{amount / LAKH:g}"}
    return _("Rs %(n)s") % {"n": format_decimal(round(amount), locale="en_IN")}
