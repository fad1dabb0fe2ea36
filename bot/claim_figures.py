"""The figures of a claim or of a record's line, each with what it counts and what it measures.

A heard figure is confirmed only by a line's figure of the same measure: "micro limit is 5 crore investment" is no
match for a micro *turnover* limit, and "PMEGP loan only up to 25 lakh" (the first project) none for the second
loan's 25 lakh. A figure's measures are read from the words beside it (intents/measures.yaml): a word in brackets
right after it ("Rs 50 lakh (manufacturing)"), its place in a slashed pair matched to a slashed pair of words
("(investment / turnover): Micro up to Rs 2.5 crore / Rs 10 crore"), else the nearest word before it in its part of
the line, else the one word of its kind in the line's heading (before ":").
"""

from dataclasses import dataclass, field
from functools import cache

import regex

from bot.normalize import key
from bot.phrases import phrase_file, word_keys

# A number (with Indian digit groups and decimals: "15,000", "2.5") and the word or sign after it.
_FIGURE = regex.compile(r"(\d+(?:,\d{2,3})*(?:\.\d+)?)\s*(%|-?\s*[\p{L}\p{M}]+)?")
# What a figure can count, by the words.yaml list that names it; "%" is a percent too.
PERCENT_UNIT = "percent_words"
UNITS = ("figure_years", "figure_months", "figure_days", "figure_lakh", "figure_crore", PERCENT_UNIT)
PERCENT = "%"
# Where a line's parts end: a semicolon or a sentence's end (not a decimal point).
_PART_END = regex.compile(r";|।|\.(?=\s|$)")
# Between two figures of one slashed pair ("2.5 crore / Rs 10 crore", "2.5 करोड़ / 10 करोड़").
_SLASH_GAP = regex.compile(r"^\s*(?:rs\.?|₹|रुपये|रुपए)?\s*/\s*(?:rs\.?|₹)?\s*$", regex.IGNORECASE)
# A bracket right after a figure (and its "rupees"), holding what it measures.
_BRACKET_AFTER = regex.compile(r"\s*(?:rupees|rs|रुपये|रुपए)?\s*\(([^()]*)\)", regex.IGNORECASE)
# Between two measure words of one slashed pair ("investment / turnover").
_WORD_SLASH = regex.compile(r"^\s*/\s*$")
_LETTERS = r"[\p{L}\p{M}]"


@dataclass(frozen=True)
class Figure:
    """One number of a text: its value, what it counts (a UNITS name or None), where it stands, and what it
    measures ({group: member}, e.g. {"size": "micro", "measure": "investment"})."""

    number: str
    unit: str | None
    start: int
    measures: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


def figures(text: str, words_after: bool = False, above: str = "") -> list[Figure]:
    """Every figure of `text` with its measures. `words_after`: a word after the figure also tells its measure
    ("5 crore investment", as people say it; a record says "investment: 5 crore"). `above`: the line before it in
    its list, whose heading's slashed pair of measures a slashed pair of figures naming none goes on with ("Old
    limits (2020 to March 2025): Micro Rs 1 crore / Rs 5 crore" under "(investment / turnover)")."""
    found = [(m.start(), _number(m.group(1)), _unit(m.group(2) or "")) for m in _FIGURE.finditer(text)]
    words = _measure_words(text)
    head_words, above_heading = _heading_words(text), _heading(above)
    above_words = _measure_words(above_heading)
    return [
        Figure(
            number,
            unit,
            start,
            _measures(text, start, found, words, head_words, words_after)
            | _above(text, start, found, words, above_heading, above_words),
        )
        for start, number, unit in found
    ]


def _heading(text: str) -> str:
    """A line's heading: what comes before its first colon ("" for none)."""
    heading, colon, _body = text.partition(":")
    return heading if colon else ""


def _heading_words(text: str) -> list[tuple[int, int, str, str]]:
    return _measure_words(_heading(text))


def same_measure(claimed: Figure, stated: Figure, told: bool = False) -> bool:
    """Whether two figures could state the same fact: what each measures, read with a group's default where a
    figure says nothing ("25 lakh" alone is the first loan's, not the second's), never differs. `told`: what the
    claimed figure measures must also be said of the other ("5 crore investment" is not told by an old "Rs 1 crore
    / Rs 5 crore" whose measures that line does not name)."""
    for group, default in _groups().items():
        one = claimed.measures.get(group, default)
        other = stated.measures.get(group, default)
        if (one and other and one != other) or (told and one and not other):
            return False
    return True


def units(text: str) -> set[str]:
    """What the figures of a text count ("50 प्रतिशत": percent_words)."""
    return {f.unit for f in figures(text) if f.unit}


def _number(said: str) -> str:
    """A number as compared: "15,000" is 15000, "12.50" is 12.5."""
    plain = said.replace(",", "")
    return plain.rstrip("0").rstrip(".") if "." in plain else plain


def _unit(word: str) -> str | None:
    word = word.lstrip("-").strip().casefold()
    if word == PERCENT:
        return PERCENT_UNIT
    return next((name for name in UNITS if word and key(word) in word_keys(name)), None)


@cache
def _groups() -> dict[str, str]:
    """Each group of measures (measures.yaml's `groups`) with its default member ("" for none, `defaults`)."""
    defaults = phrase_file("measures")["defaults"]
    return {name: (defaults.get(name) or [""])[0] for name in phrase_file("measures")["groups"]}


@cache
def _members() -> dict[str, tuple[str, str]]:
    """Each word that tells a measure, as a spaced lower-case phrase, mapped to its (group, member)."""
    table = phrase_file("measures")
    groups = {member: group for group in _groups() for member in _group_members(group)}
    return {
        phrase.casefold(): (groups[member], member)
        for member, by_lang in table.items()
        if member in groups
        for ps in by_lang.values()
        for phrase in ps or []
    }


def _group_members(group: str) -> list[str]:
    return phrase_file("measures")["groups"][group]


@cache
def _member_pattern() -> regex.Pattern:
    phrases = sorted(_members(), key=len, reverse=True)
    alternation = "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in phrases)
    return regex.compile(rf"(?<!{_LETTERS})(?:{alternation})(?!{_LETTERS})", regex.IGNORECASE)


def _measure_words(text: str) -> list[tuple[int, int, str, str]]:
    """The measure words of a text: (start, end, group, member)."""
    table = _members()
    return [
        (m.start(), m.end(), *table[" ".join(m.group(0).casefold().split())])
        for m in _member_pattern().finditer(text)
    ]


def _part(text: str, at: int) -> tuple[int, int]:
    """The span of the part of `text` (between semicolons or sentence ends) holding position `at`."""
    start = max((m.end() for m in _PART_END.finditer(text, 0, at)), default=0)
    end = next((m.start() for m in _PART_END.finditer(text, at)), len(text))
    return start, end


def _measures(
    text: str,
    at: int,
    found: list[tuple[int, str, str | None]],
    words: list[tuple[int, int, str, str]],
    head_words: list[tuple[int, int, str, str]],
    words_after: bool,
) -> dict[str, str]:
    """What the figure at `at` measures, group by group (see the module's docstring)."""
    start, end = _part(text, at)
    bracket = _bracket_after(text, at)
    # (a word in another figure's bracket tells that figure's measure: "Rs 50 lakh (manufacturing), Rs 20 lakh")
    others = [b for other, *_ in found if other != at and (b := _bracket_after(text, other))]
    here = [w for w in words if start <= w[0] < end and not any(b[0] <= w[0] < b[1] for b in others)]
    place, run = _slash_place(text, at, found)
    measured: dict[str, str] = {}
    for group in _groups():
        said = [w for w in here if w[2] == group]
        told = {w[3] for w in said if bracket and bracket[0] <= w[0] < bracket[1]}
        if len(told) == 1:
            measured[group] = told.pop()
            continue
        paired = _paired(text, {w for w in here + head_words if w[2] == group}, place, run)
        before = [w for w in said if w[1] <= at and not (bracket and w[0] >= bracket[0])]
        after = [w for w in said if w[0] > at] if words_after else []
        heads = {w[3] for w in head_words if w[2] == group}
        nearest = min(before + after, key=lambda w: abs(w[0] - at), default=None)
        if paired:
            measured[group] = paired
        elif nearest:
            measured[group] = nearest[3]
        elif len(heads) == 1:
            measured[group] = heads.pop()
    return measured


def _above(
    text: str,
    at: int,
    found: list[tuple[int, str, str | None]],
    words: list[tuple[int, int, str, str]],
    above_heading: str,
    above_words: list[tuple[int, int, str, str]],
) -> dict[str, str]:
    """The measures a slashed pair of figures takes from the heading of the line above, in the groups this line
    names no member of."""
    place, run = _slash_place(text, at, found)
    named = {w[2] for w in words}
    taken = {
        group: _paired(above_heading, {w for w in above_words if w[2] == group}, place, run)
        for group in _groups()
        if group not in named
    }
    return {group: member for group, member in taken.items() if member}


def _bracket_after(text: str, at: int) -> tuple[int, int] | None:
    """The span of a bracket right after the figure at `at` ("Rs 50 lakh (manufacturing)")."""
    figure = _FIGURE.match(text, at)
    if figure is None:
        return None
    bracket = _BRACKET_AFTER.match(text, figure.end())
    return (bracket.start(1), bracket.end(1)) if bracket else None


def _slash_place(text: str, at: int, found: list[tuple[int, str, str | None]]) -> tuple[int, int]:
    """The figure's place in its slashed run of figures and the run's length ((0, 1) when alone)."""
    ends = {start: m.end() for start, *_ in found if (m := _FIGURE.match(text, start))}
    starts = [start for start, *_ in found]
    runs: list[list[int]] = []
    for i, start in enumerate(starts):
        joined = i and _SLASH_GAP.match(text[ends[starts[i - 1]] : start])
        if joined:
            runs[-1].append(start)
        else:
            runs.append([start])
    run = next(r for r in runs if at in r)
    return run.index(at), len(run)


def _paired(text: str, words: set[tuple[int, int, str, str]], place: int, run: int) -> str | None:
    """The member at the figure's place in a slashed run of measure words as long as its run of figures."""
    if run < 2:
        return None
    said = sorted(words)
    runs: list[list[tuple[int, int, str, str]]] = []
    for i, word in enumerate(said):
        if i and _WORD_SLASH.match(text[said[i - 1][1] : word[0]]):
            runs[-1].append(word)
        else:
            runs.append([word])
    fitting = [r for r in runs if len(r) == run and len({w[3] for w in r}) == run]
    return fitting[0][place][3] if fitting else None
