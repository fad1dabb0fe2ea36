"""How many centres there are ("how many EFCs are there", "kitne tool room hai", "कितने केंद्र हैं"): the figures
the record states and the centres on file counted, not a town asked for (a count is no search)."""

from bot import responses
from bot.centre_finder import EFC, OPERATIONAL
from bot.fact_lines import FactMatch
from bot.i18n import gettext
from bot.knowledge import text
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# The scheme of the Technology Centres (tool rooms) and their Extension Centres.
TECH_CENTRES = "tech-centres"
# The kinds of centre the Technology Centres scheme's records are of.
TECHNOLOGY_CENTRE, EXTENSION_CENTRE = "technology-centre", "extension-centre"


def answer(turn: Turn, u: Understanding, said: str) -> Reply | None:
    """The count of the centres asked of, when the message asks how many and nothing else (no town, no part, no
    detail the record states: "कितने विस्तार केंद्र चालू हैं" is its dashboard's 25, not the records counted)."""
    if not says_any(said, word_list("words", "count_asks")) or u.aspect or turn.snap.finder.place_said(said):
        return None
    if turn.snap.details.asked(said):
        return None
    # ("tool room kitni door hai" asks how far, no count)
    if says_any(said, word_list("words", "distance_asks")):
        return None
    schemes = counted(turn, u)
    if not schemes:
        return None
    found = {s: _lines(turn, s, described=len(schemes) > 1) for s in schemes}
    if len(found) == 1:
        [(scheme, lines)] = found.items()
        return responses.facts(turn, scheme, FactMatch("overview", lines), u)
    return responses.counts(turn, found)


def counted(turn: Turn, u: Understanding) -> list[str]:
    """The centre schemes whose centres are counted: the kind named ("tool room", "EFCs"), else the centre
    scheme being discussed ("how many are there" after the EFCs), else every kind ("how many centres")."""
    named = u.best.label if u.confident and u.best.label in (EFC, TECH_CENTRES) else None
    kind = u.centre_type
    if kind == EFC or named == EFC:
        return [EFC]
    if kind in (TECHNOLOGY_CENTRE, EXTENSION_CENTRE) or named == TECH_CENTRES:
        return [TECH_CENTRES]
    discussed = turn.session.topic if turn.session.topic in (EFC, TECH_CENTRES) else None
    unknown = set(u.unknown) - word_keys("whole_country")  # ("कितने हैं देश में?")
    if discussed and (kind == "any" or not (u.topics or u.intents or unknown)):
        return [discussed]
    return [TECH_CENTRES, EFC] if kind == "any" and not u.confident else []


def _lines(turn: Turn, scheme: str, described: bool) -> tuple[str, ...]:
    """The record's sentences stating the figures, after the centres on file counted (the EFCs have none); the
    one-line description left out where the list already shows it (`described`)."""
    stated = turn.snap.facts.stated_figures(scheme, turn.lang)
    if described:
        short = text(turn.snap.knowledge.schemes[scheme].get("short"), turn.lang)
        stated = tuple(s for s in stated if s != short)
    return (_on_file(turn), *stated) if scheme == TECH_CENTRES else stated


def _on_file(turn: Turn) -> str:
    """ "On my list: 41 Technology Centres (tool rooms), 29 of them open, and 13 Extension Centres, 7 of them open"."""
    centres = turn.snap.knowledge.centres.values()
    kinds = {
        kind: [c for c in centres if c.get("type") == kind] for kind in (TECHNOLOGY_CENTRE, EXTENSION_CENTRE)
    }
    _ = gettext(turn.lang)
    return _(
        "On my list: %(centres)s Technology Centres (tool rooms), %(centres_open)s of them open, and "
        "%(extensions)s Extension Centres, %(extensions_open)s of them open."
    ) % {
        "centres": len(kinds[TECHNOLOGY_CENTRE]),
        "centres_open": sum(c.get("status") == OPERATIONAL for c in kinds[TECHNOLOGY_CENTRE]),
        "extensions": len(kinds[EXTENSION_CENTRE]),
        "extensions_open": sum(c.get("status") == OPERATIONAL for c in kinds[EXTENSION_CENTRE]),
    }
