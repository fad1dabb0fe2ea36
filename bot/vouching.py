"""“Is this right?”, “pakka?”, “kisse confirm karu?” after a scheme's answer: the fact said again with its
source and where to confirm it. A citizen asked for the fact, not for a match score and a list of news sites;
a claim someone told them ("bank bol raha 3 saal baad milegi") is checked against what the knowledge base says.
Staff also see how well the question was understood."""

from typing import Any

import regex

from bot import answers, claim_figures
from bot.claim_figures import Figure
from bot.fact_lines import split_sentences
from bot.i18n import gettext
from bot.knowledge import Knowledge, items, text
from bot.messages import Reply
from bot.normalize import clean, says_any
from bot.phrases import word_forms, word_list, word_pattern

# The lines of a scheme answer that state its facts: its points, and an estimate worked out from them.
FACT_MARKS = ("• ", "≈ ")
# How many of them are kept with the turn, and how many are said again.
SAID_KEPT = 8
SAID_AGAIN = 3
# A figure just before a word that says it was raised from it ("20% से बढ़ाकर").
_TRAILING_FIGURE = regex.compile(r"\d+\s*%?\s*$")
# The parts of a record whose points are what a scheme gives and asks now; HISTORY_FIELD holds its past and
# its statistics. (RECORD_FIELDS: all of them, for a line said in the other language.)
RULE_FIELDS = ("benefits", "eligibility", "documents", "how_to_apply")
HISTORY_FIELD = "key_facts"
RECORD_FIELDS = (*RULE_FIELDS, HISTORY_FIELD)


def said_lines(reply: Reply) -> list[str]:
    """The fact lines a scheme answer showed, kept with the turn for an "is this right?" after it."""
    if reply.intent != "scheme_info":
        return []
    lines = [line.strip() for line in reply.text.splitlines()]
    return [line[2:] for line in lines if line.startswith(FACT_MARKS)][:SAID_KEPT]


def reported_claim(said: str) -> bool:
    """Whether a message tells what someone else said ("bank bol raha 3 saal baad milegi", "my friend said it
    is 35%"), so that "is this right?" next asks whether they were right."""
    tellers, sayings = word_list("words", "claim_tellers"), word_list("words", "claim_sayings")
    return says_any(said, tellers) and says_any(said, sayings)


def asks_why(said: str) -> bool:
    """ "why", "kyun", "क्यों" alone: from staff after an answer, how it was matched (as "how sure" shows)."""
    return clean(said) in word_forms("why_alone")


def asks_if_right(said: str) -> bool:
    """ "is this right?", "sahi hai kya?", "is the bank right?", "क्या बैंक सही कह रहा है?": whether what was said
    (by the bot, or by someone the user told of) is right, and nothing else; not "sahi hai" (an OK)."""
    words = clean(said).split()
    told = {
        w
        for p in (*word_list("words", "claim_tellers"), *word_list("words", "claim_sayings"))
        for w in p.split()
    }
    allowed = word_forms("right_words") | word_forms("right_ask_words") | told
    asked = said.rstrip().endswith("?") or bool(set(words) & word_forms("right_question"))
    return asked and bool(set(words) & word_forms("right_words")) and set(words) <= allowed


def vouch(knowledge: Knowledge, last: dict[str, Any], staff: bool, lang: str) -> str:
    """The fact the last answer gave (checked against the claim it was asked with), then how sure the record
    is and where it comes from, then where to confirm it. `staff` also see the match score."""
    scheme = knowledge.schemes.get(last.get("topic") or "")
    warned = (
        last.get("intent") == "fraud"
    )  # (a scam warning: no question understood, no fact of the scheme said)
    understood = last.get("confidence") if staff and not warned else None
    if scheme is None or warned:
        return answers.how_sure(knowledge, last.get("topic"), understood, lang)
    said = _in_language(scheme, last.get("said") or [], last.get("said_in") or lang, lang)
    said = [line for line in said or [text(scheme.get("short"), lang)] if line]
    # (a verdict the answer gave is kept, never judged again against other lines)
    fact = last.get("checked") or _checked(last.get("text") or "", said, scheme, lang)
    where = _where_to_confirm(knowledge, scheme, lang)
    sure = answers.how_sure(knowledge, scheme["id"], understood, lang)
    head, _, rest = sure.partition("\n")
    return "\n".join([head, *fact, "", rest, "", *where])


def _checked(claim: str, said: list[str], scheme: dict[str, Any], lang: str) -> list[str]:
    """What the knowledge base says, opened with whether a claim told before it agrees (see `_verdict`)."""
    _ = gettext(lang)
    figures = claim_figures.figures(claim, words_after=True) if reported_claim(claim) else []
    if figures:
        return _verdict(figures, said, _record_lines(scheme, lang), _history_lines(scheme, lang), lang)
    if reported_claim(claim):
        opening = _("What my knowledge base says (compare it with what you were told):")
    else:
        opening = _("What I said, from my knowledge base:")
    return [opening, *(f"• {line}" for line in said[:SAID_AGAIN])]


def claim_checked(claim: str, scheme: dict[str, Any], lang: str) -> list[str]:
    """A heard claim's counted figures ("50% subsidy", "45 din") checked against a scheme's whole record: the
    verdict and the lines that say it; nothing for a claim that counts nothing ("27 june" counts no fact)."""
    figures = [f for f in claim_figures.figures(claim, words_after=True) if f.unit]
    record = _record_lines(scheme, lang)
    if not (figures and record):
        return []
    return _verdict(figures, record, record, _history_lines(scheme, lang), lang, strict=True)


def figure_units(said: str) -> set[str]:
    """What the figures of a message count ("50 प्रतिशत": percent_words), by the words.yaml lists."""
    return claim_figures.units(said)


def _verdict(
    figures: list[Figure],
    said: list[str],
    record: list[str],
    history: list[str],
    lang: str,
    strict: bool = False,
) -> list[str]:
    """Whether claimed figures agree: all stated, each of the same measure ("5 crore investment" is no micro
    turnover limit), in what one line of the answer or the record says now ("3 saal" and "3-year fixed deposit")
    is a yes. Only rules confirm: a line's former figure ("earlier Rs 5 crore", "Old limits") and the record's
    history and statistics (`history`: "Jan-Nov 2023: 12.50 lakh guarantees") never do; a claim of a former
    figure is told it was the earlier one. Otherwise it is not what is on file, and the record's lines with
    figures of the same kind and measure say what is. `strict`: a line's figure counts the same thing ("1 crore"
    is not the 1 of "1 April")."""
    _ = gettext(lang)
    listed = record + history
    above = dict(
        zip(listed, ["", *listed], strict=False)
    )  # (the line before each, whose heading it may go on with)
    lines = [line for line in dict.fromkeys(said + record) if line not in history]
    agreeing = [line for line in lines if _agrees(figures, _now(line, above.get(line, "")), strict)]
    if agreeing:
        opening = _("✓ Yes, what you were told matches my knowledge base:")
        return [opening, *(f"• {line}" for line in agreeing[:SAID_AGAIN])]
    current = [line for line in record if _of_kind(figures, _now(line, above[line]))]
    former = [line for line in listed if _agrees(figures, _was(line, above[line]), strict, told=True)]
    if former:
        opening = _("✗ That was an earlier figure; it has changed. My knowledge base says now:")
        shown = [line for line in current if line not in former][: SAID_AGAIN - 1] + former[:1]
    else:
        opening = _(
            "✗ My knowledge base does not say that (it says otherwise or has nothing on it). It says:"
        )
        counted = [line for line in record if {f.unit for f in figures} & {f.unit for f in _now(line)}]
        shown = current or counted or said
    return [opening, *(f"• {line}" for line in shown[:SAID_AGAIN])]


def _in_language(scheme: dict[str, Any], said: list[str], said_in: str, lang: str) -> list[str]:
    """The lines said, in the reply language: a record's point said in the other language is its own
    translation; an estimate worked out in that language is left out."""
    if said_in == lang:
        return said
    pairs = {
        was: now
        for field in RECORD_FIELDS
        for was, now in zip(items(scheme.get(field), said_in), items(scheme.get(field), lang), strict=False)
    }
    return [pairs[line] for line in said if line in pairs]


def _record_lines(scheme: dict[str, Any], lang: str) -> list[str]:
    """Every rule of the scheme's record (its points but its key facts), in the order its answers show them, then
    its summary's sentences with a figure no point states: some facts are said only there ("4% from SC/ST-owned
    MSEs"), and a claim of one is no "not on file"; the rest tell a history the points already tell ("rose from
    Rs 2 crore to Rs 5 crore … and to Rs 10 crore"), where a former figure would pass for today's."""
    points = [line for field in RULE_FIELDS for line in items(scheme.get(field), lang)]
    stated = {figure for line in points + _history_lines(scheme, lang) for figure in _figures(line)}
    summary = split_sentences(text(scheme.get("summary"), lang))
    return points + [line for line in summary if set(_figures(line)) - stated]


def _history_lines(scheme: dict[str, Any], lang: str) -> list[str]:
    """The record's key facts: its history and statistics ("Earlier project limits were Rs 25 lakh", "Jan-Nov
    2023: 12.50 lakh guarantees approved"), which confirm no claim of what a scheme gives today."""
    return items(scheme.get(HISTORY_FIELD), lang)


def _where_to_confirm(knowledge: Knowledge, scheme: dict[str, Any], lang: str) -> list[str]:
    """Where one applies (the office or portal that can confirm it) and the scheme's link and helplines."""
    _ = gettext(lang)
    first_step = items(scheme.get("how_to_apply"), lang)[:1]
    lines = [f"• {step}" for step in first_step] + answers.contact_lines(knowledge, scheme, lang)
    return [_("Where to confirm:"), *lines] if lines else []


def _figures(said: str) -> set[tuple[str, str | None]]:
    """Each number with what it counts (a words.yaml unit list's name), or None when the word after it counts
    nothing known ("40 milegi": the "%" went with the punctuation)."""
    return {(f.number, f.unit) for f in claim_figures.figures(said)}


def _cut(line: str) -> int:
    """Where a line starts telling a former figure ("Rs 10 crore; earlier Rs 5 crore", "लक्ष्य 20% से बढ़ाकर
    25%"): 0 for a line that tells only what was ("Old limits: Micro Rs 1 crore", "पहले … सीमा 25 लाख थी"), its
    length for one that tells only what is."""
    if regex.search(rf"(?<![\p{{L}}\p{{M}}]){word_pattern('former_endings')}\W*$", line):
        return 0
    found = regex.search(word_pattern("former_marks", gap=r"\s+"), line, regex.IGNORECASE)
    if found is None:
        return len(line)
    trailing = _TRAILING_FIGURE.search(line[: found.start()])
    return trailing.start() if trailing else found.start()


def _now(line: str, above: str = "") -> list[Figure]:
    """The figures a line states as what is now (`above`: the line before it in its list)."""
    cut = _cut(line)
    return [f for f in claim_figures.figures(line, above=above) if f.start < cut]


def _was(line: str, above: str = "") -> list[Figure]:
    """The figures a line tells as what was (`above`: the line before it in its list)."""
    cut = _cut(line)
    return [f for f in claim_figures.figures(line, above=above) if f.start >= cut]


def _agrees(claimed: list[Figure], stated: list[Figure], strict: bool = False, told: bool = False) -> bool:
    """Every figure claimed is one the line states, of the same measure (`told`: each measure claimed named by
    the line too), counting the same thing where both say what (`strict`: where the line says what)."""
    return bool(stated) and all(
        any(
            c.number == s.number
            and (c.unit == s.unit or ((c.unit is None or s.unit is None) and not strict))
            and claim_figures.same_measure(c, s, told)
            for s in stated
        )
        for c in claimed
    )


def _of_kind(claimed: list[Figure], stated: list[Figure]) -> bool:
    """Whether a line states a figure counting what a claimed one counts, of the same measure (what is on file
    for the claim: "Micro up to Rs 2.5 crore" for "micro 5 crore investment", not the second loan's lakhs)."""
    return any(
        c.unit and c.unit == s.unit and claim_figures.same_measure(c, s) for c in claimed for s in stated
    )
