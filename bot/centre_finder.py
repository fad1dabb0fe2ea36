"""Answering "where is the nearest centre?": a place or a shared location in, a short reply out.

Built once per knowledge revision (the shipped gazetteer is cached per process; only the centres'
own cities and districts are indexed here). Every reply states each centre's status plainly, since
many approved centres are not open yet, and never invents an Export Facilitation Centre location.
"""

from collections import Counter
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import regex

from bot import borders, centre_position
from bot.answers import numbered
from bot.caching import cached_method
from bot.centre_search import CentreGrid, Found, in_state, listing_order, of_type
from bot.choices import CENTRE_PICK
from bot.gazetteer import gazetteer, hindi_name, state_places
from bot.geo import in_india
from bot.i18n import gettext, number
from bot.knowledge import Knowledge, items, text
from bot.matcher import NEGATION_KEYS
from bot.messages import Option
from bot.normalize import clean, key, keys, says_any, words
from bot.phrase_index import PhraseIndex
from bot.phrases import phrase_file, word_keys, word_list
from bot.place_guesses import PlaceGuesser
from bot.places import (
    AMBIGUOUS_KM,
    Gazetteer,
    Mention,
    Place,
    ascii_name,
    distance_km,
    everyday_words,
    resolve,
)

# How many centres a "nearest" answer lists, and how many services each shows.
NEAREST_SHOWN = 3
SERVICES_SHOWN = 2
# How many centres offering a service asked of a list ("she wants to learn CAD") are named when none listed does.
SERVICE_SHOWN = 2
# Closer than this, a centre is "in" the place rather than some kilometres away.
IN_PLACE_KM = 5.0
EFC = "efc"
OPERATIONAL = "operational"
# How far down the distance-sorted list to look for an open centre when the nearest are not open.
OPEN_SEARCH = 25
# District Industries Centres and MSME-DI offices: named by users, not listed in the knowledge base.
OFFICE = "office"
# A reply of at most this many words may pick one of the places offered by naming its state ("UP wala").
PICK_WORDS = 4
DEVANAGARI = regex.compile(r"\p{Devanagari}")
# Messages whose place each finder remembers: one turn asks for it up to three times.
MENTION_CACHE = 1024


# Where a centre is, as a message may name it.
PLACE_FIELDS = ("city", "city_hi", "district")
# A centre's own name or alias ("CFTI Agra", "juta banane ki training agra") counts when this much of
# it is in the message, with at least one word only a few centres use (not "tool room", "msme").
ALIAS_THRESHOLD = 0.84
ALIAS_MAX_CENTRES = 3
# A centre that extends another ("IGTR Extension Centre Sanand"); its parent's short name calls the parent first.
EXTENSION = "extension-centre"
ACRONYM_SHARE = 0.35


@dataclass(frozen=True)
class CentreAnswer:
    text: str  # the whole reply in `lang`, phone-short, no markup
    centres: tuple[dict, ...]  # {id, name, city, district, state, status, distance_km}
    options: tuple[Option, ...]  # next steps or disambiguation choices
    place: str | None  # the resolved place's display name
    point: tuple[float, float] | None = None  # where distances were measured from
    numbered: bool = False  # the text lists its centres by number, and they are the first options
    scheme: str | None = None  # the scheme an answer with no centre is about ("phone?" next asks its contact)


def _centre_places(centres: list[dict[str, Any]]) -> list[tuple[Place, str]]:
    named = []
    for c in centres:
        # (a centre far from its own town, by an admin's typo, must not move the town: the gazetteer places it)
        if c.get("lat") is None or c.get("lon") is None or centre_position.misplaced(c):
            continue
        state = c.get("state") or ""
        if c.get("city"):
            city = Place(c["city"], c.get("city_hi") or "", "city", state, c["lat"], c["lon"], centre=True)
            named += [(city, n) for n in (c["city"], c.get("city_hi")) if n]
        for district in (c.get("district") or "").split("/"):
            if district.strip():
                place = Place(district.strip(), "", "district", state, c["lat"], c["lon"], centre=True)
                named.append((place, district.strip()))
    return named


class CentreFinder:
    """Centres of one knowledge snapshot, searchable by place name, state or coordinates."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.centres = list(knowledge.centres.values())
        self.grid = CentreGrid(self.centres)
        self.local = Gazetteer(_centre_places(self.centres))
        # Centres' towns in Hindi, for the towns the gazetteer has no Hindi name for (Gaya, Bihar: गया).
        self.city_hi = {
            (c["city"], c.get("state") or ""): c["city_hi"] for c in self.centres if c.get("city_hi")
        }
        self._place_keys = gazetteer().vocabulary() | self.local.vocabulary()
        names = [(a.topic, a.text) for a in knowledge.aliases if a.topic in knowledge.centres]
        names += [(c["id"], n) for c in self.centres for n in (c.get("name") or {}).values() if n]
        self.aliases = PhraseIndex(names)
        # A word only a handful of centres' names use.
        self.rare_idf = max(self.aliases.idf.values(), default=0.0) / 2
        # Centres' short names, as their names give them in brackets: "(CFTI)", "(PPDC)", "(CDGI)".
        self.acronyms = frozenset(
            key(a) for _, n in names for a in regex.findall(r"\(([A-Z][A-Za-z]{1,7})\)", n)
        )
        self._mention = cached_method(self._mention_uncached, MENTION_CACHE)
        self.guesser = PlaceGuesser([*gazetteer().named(), *self.local.named()])

    def place_keys(self) -> frozenset[str]:
        """Keys of every place name, so the matcher does not count them as unknown words."""
        return self._place_keys

    def _mention_uncached(self, text: str) -> Mention | None:
        """The place `text` names, from the towns of India and the centres' own places."""
        said = words(clean(text))
        found = resolve([*gazetteer().mentions(text), *self.local.mentions(text)], said)
        return _choose([m for m in found if not _ruled_out(m, said)])

    def mention(self, text: str) -> Mention | None:
        """Where `text` names its place, and every place the name may be."""
        return self._mention(text)

    def place_named(self, text: str) -> str | None:
        """The one place a message names ("mai Gaya se hu"), by its English name; None if none or unsure."""
        mention = self._mention(text)
        return mention.places[0].name if mention is not None and not mention.ambiguous else None

    def place_shown(self, text: str, lang: str) -> str | None:
        """The one place `text` names, as a reply in `lang` names it ("mai gaya district se hu": गया, "bihar me
        hai": बिहार in a Hindi reply, never a Latin name among Hindi)."""
        mention = self._mention(text)
        return None if mention is None or mention.ambiguous else self._named_as(mention, text, lang)

    def place_said(self, text: str) -> str | None:
        """The words of `text` that name its one place, spelled as the place is ("udham singh nagar"; not
        "sambandh", a near spelling of Sanand)."""
        mention = self._mention(text)
        if mention is None or mention.ambiguous or mention.score < 1.0:
            return None
        return " ".join(words(clean(text))[mention.start : mention.end + 1])

    def option_in_state(self, options: list[Option], text: str, lang: str) -> Option | None:
        """ "UP wala" to "Which Gorakhpur? 1. Gorakhpur (Haryana) 2. Gorakhpur (Uttar Pradesh)": the place
        offered in the state the reply names; of two, the other one when it turns that state down ("haryana
        nahi")."""
        places = [o for o in options if o.payload.startswith("@near ")]
        # (only a short reply to a list of places alone: a place lookup costs more than a whole turn)
        if not places or len(places) < len(options) or len(text.split()) > PICK_WORDS:
            return None
        fillers = word_keys("pick_fillers") | NEGATION_KEYS
        mention = self._mention(" ".join(w for w in words(clean(text)) if key(w) not in fillers))
        if mention is None or mention.ambiguous or mention.places[0].kind != "state":
            return None
        state = state_name(mention.places[0].name, lang)
        found = [o for o in places if o.label.endswith(f"({state})")]
        before, after = _turning_down()
        if set(keys(text)) & (before | after):  # ("haryana nahi"; "no, haryana wala" picks it)
            others = [o for o in places if o not in found]
            return others[0] if len(found) == 1 and len(others) == 1 else None
        return found[0] if len(found) == 1 else None

    def mention_keys(self, text: str) -> frozenset[str]:
        """The keys of the words that name `text`'s place, however misspelt ("guwahti")."""
        mention = self._mention(text)
        if mention is None:
            return frozenset()
        return frozenset(keys(" ".join(words(clean(text))[mention.start : mention.end + 1])))

    def find(self, text: str, lang: str, centre_type: str | None) -> CentreAnswer | None:
        """The answer for a message that names a place; None when it names none."""
        centre_type = _type(centre_type)
        mention = self._mention(text)
        if mention is None:
            return None
        first = mention.places[0]
        if centre_type == EFC:
            return self._efc(lang, first.display(lang), None if mention.ambiguous else (first.lat, first.lon))
        if mention.ambiguous:
            return self._which(mention, text, lang, centre_type)
        if first.kind == "state":
            return self._state(
                first, lang, centre_type, open_only=says_any(text, word_list("words", "open_ones_asks"))
            )
        return self.near(first.lat, first.lon, lang, centre_type, place=self._named_as(mention, text, lang))

    def near(
        self, lat: float, lon: float, lang: str, centre_type: str | None, place: str | None = None
    ) -> CentreAnswer:
        """The nearest centres to a point (a shared location, or a resolved place)."""
        if not in_india(lat, lon):  # a fix at 0,0 or a user abroad: 6,000 km is nobody's "nearest"
            _ = gettext(lang)
            outside = _(
                "That location looks to be outside India. Which city or district in India are you in?"
            )
            return CentreAnswer(outside, (), (), None)
        answer = replace(self._near(lat, lon, lang, centre_type, place), point=(lat, lon))
        beyond = None if place else borders.outside(lat, lon)  # (a town named is one of India's)
        return replace(answer, text=f"{_beyond_line(beyond, lang)}\n{answer.text}") if beyond else answer

    def _near(
        self, lat: float, lon: float, lang: str, centre_type: str | None, place: str | None
    ) -> CentreAnswer:
        _ = gettext(lang)
        centre_type = _type(centre_type)
        if centre_type == EFC:
            return self._efc(lang, place, (lat, lon))
        office = centre_type == OFFICE
        centre_type = None if office else centre_type
        found = self.grid.nearest(lat, lon, NEAREST_SHOWN, centre_type)
        if not found:
            return CentreAnswer(_("I have no such centre in my list yet."), (), self._options(lang), place)
        where = place or _("your location")
        if office:
            head = _("The MSME centres nearest to %(place)s that I know:") % {"place": where}
            return self._listing(f"{_no_offices(lang)} {head}", found, lang, place)
        if centre_type == "technology-centre":
            head = _("Technology Centres (tool rooms) nearest to %(place)s:") % {"place": where}
        elif centre_type == "extension-centre":
            head = _("Technology Extension Centres nearest to %(place)s:") % {"place": where}
        else:
            head = _("MSME centres nearest to %(place)s:") % {"place": where}
        local = self._other_kind_there(lat, lon, centre_type)
        found = found[: max(1, NEAREST_SHOWN - len(local))]
        there = _("Not the kind you asked for, but in %(place)s itself:") % {"place": where}
        answer = self._listing(head, found, lang, place, first=(there, local) if local else None)
        shown = [*local, *found]
        if shown and _is_open(shown[0]):
            return answer
        # The nearest is not open yet: say which open one is nearest, listed ("kolhapur ke paas tool room": the
        # third) or not, so nobody travels for nothing.
        listed = next((f for f in shown if _is_open(f)), None)
        open_one = listed or next(
            (f for f in self.grid.nearest(lat, lon, OPEN_SEARCH, centre_type) if _is_open(f)), None
        )
        if open_one is None:
            return answer
        line = _("Nearest centre that is already open: %(name)s, about %(km)s km away.") % {
            "name": text(open_one.centre.get("name"), lang),
            "km": number(open_one.km or 0.0, lang, 0),
        }
        return replace(answer, text=f"{answer.text}\n\n✅ {line}")

    def _in_language(self, place: str | None, lang: str) -> str | None:
        """A place named by an earlier list, as a reply in `lang` names it ("Patna" listed in English, then
        "aur koi?" answered in Hindi: पटना)."""
        mention = self._mention(place) if place else None
        return place if mention is None or mention.ambiguous else self._named_as(mention, place, lang)

    def _other_kind_there(self, lat: float, lon: float, centre_type: str | None) -> list[Found]:
        """Centres of the kind not asked for in the very place asked ("technology centre in Jaipur": the
        Extension Centre in Jaipur), worth hearing of before a trip to another town."""
        if centre_type is None:
            return []
        nearby = self.grid.nearest(lat, lon, NEAREST_SHOWN, None)
        return [f for f in nearby if (f.km or 0.0) < IN_PLACE_KM and f.centre.get("type") != centre_type]

    def details(self, ids: list[str], lang: str) -> CentreAnswer:
        """All the data says about centres just listed ("address?", "wahan kya training milti hai")."""
        found = [Found(self.knowledge.centres[i], None) for i in ids if i in self.knowledge.centres]
        body = "\n\n".join(_block(f, lang, full=True) for f in found)
        return CentreAnswer(body, tuple(_summary(f, lang) for f in found), self._options(lang), None)

    def choices(self, ids: list[str], lang: str) -> tuple[Option, ...]:
        """The options of a list of these centres: each by its number, then the note on Technology Centres
        (kept under an answer about some of them, so "2" next still picks from the list)."""
        found = [Found(self.knowledge.centres[i], None) for i in ids if i in self.knowledge.centres]
        return _picks(found, lang) + self._options(lang)

    def by_name(self, text: str, lang: str) -> CentreAnswer | None:
        """The centres a message calls by their own name or an alias, with all the data has on them."""
        called = self._called(text)
        return self.details(called, lang) if called else None

    def _called(self, text: str) -> list[str]:
        """The ids of the centres a message calls by their own name or an alias: the whole name ("CTTC
        Bhubaneswar", not its Extension Centres whose names only share "CTTC"), else every centre a short
        name alone names ("PPDC": Agra and Meerut)."""
        hits = [
            h
            for h in self.aliases.score(keys(text)).values()
            if self._rare_said(h.matched, text)
            # the whole name, or its short name alone ("CFTI", "PPDC"; not "glass" of the glass centre)
            and (h.score >= ALIAS_THRESHOLD or (h.score >= ACRONYM_SHARE and h.matched & self.acronyms))
        ]
        whole = [h for h in hits if h.score >= ALIAS_THRESHOLD] or hits
        if (
            len(whole) > ALIAS_MAX_CENTRES
        ):  # "igtr kaha hai": the three IGTRs, not their extension centres too
            whole = [h for h in whole if self.knowledge.centres[h.label].get("type") != EXTENSION]
        if not whole or len(whole) > ALIAS_MAX_CENTRES:
            return []
        best = max(h.score for h in whole)
        if best < ALIAS_THRESHOLD:
            return [h.label for h in whole]
        return [h.label for h in whole if h.score == best]

    def called_there(self, text: str, lang: str, where_asked: bool) -> CentreAnswer | None:
        """A centre called by its short name ("IGTR Indore ka address", "where is CTTC Bhubaneswar", "सीआईटीडी
        हैदराबाद कहाँ है") with its own town, or asked where it is: that centre itself, all the data has on it
        (not the centres nearest the town, nor what the Technology Centres scheme offers)."""
        said = set(keys(text))
        # ("CTTC Bhubaneswar ke paas aur kaun se centre hai", "centres near IGTR Indore": those around it)
        if not said & self.acronyms or said & (word_keys("near_words") | word_keys("near_asks")):
            return None
        called = self._called(text)
        mention = self._mention(text)
        town = mention.places[0] if mention is not None and not mention.ambiguous else None
        if town is not None:
            called = self.in_place(called, (town.lat, town.lon))
        if not called or not (town is not None or where_asked):
            return None
        return self.details(called, lang)

    def _rare_said(self, matched: frozenset[str], text: str) -> bool:
        """Whether the message says a word only a few centres' names use, and means it as that word: a town
        named like an everyday word counts only where the message names the place ("technology centre ban
        gaya kya" asks if it is built, no centre at Gaya; "gaya ka technology centre" names it)."""
        rare = {w for w in matched if self.aliases.idf[w] >= self.rare_idf}
        return bool(rare - everyday_words() or rare & self.mention_keys(text))

    def in_place(self, ids: list[str], point: tuple[float, float]) -> list[str]:
        """The listed centres in the very place the list was measured from (Jamshedpur's own tool room)."""
        return [
            i
            for i in ids
            if (c := self.knowledge.centres.get(i)) is not None
            and c.get("lat") is not None
            and distance_km(*point, c["lat"], c["lon"]) < IN_PLACE_KM
        ]

    def named_among(self, ids: list[str], text: str) -> list[str]:
        """The listed centres whose town the message names ("the Sanand one", "patna wala"); by its district
        only when the town the message names is near the centre ("alwar se kitna door" names Alwar town,
        some 80 km from the Bhiwadi centre in Alwar district)."""
        # (a town named like an everyday word counts only as a place: "koi centre chalu ho gaya kya" is no Gaya)
        said = set(keys(text)) - (everyday_words() - self.mention_keys(text))
        mention = self._mention(text)
        town = mention.places[0] if mention is not None and not mention.ambiguous else None
        named = []
        for i in ids:
            c = self.knowledge.centres.get(i)
            if c is None:
                continue
            far = town is not None and c.get("lat") is not None
            far = far and distance_km(town.lat, town.lon, c["lat"], c["lon"]) > AMBIGUOUS_KM
            fields = PLACE_FIELDS[:-1] if far else PLACE_FIELDS  # (the district last)
            if said & {k for field in fields for k in keys(c.get(field) or "")}:
                named.append(i)
        return named

    def picked_by_name(self, ids: list[str], text: str) -> list[str]:
        """The listed centres a word only a few centres' names use picks ("footwear wale ka number", "the glass
        one" after Agra's list): of those listed, not every centre so named; none when it picks them all."""
        # (a word of few names picks, though everyday too, "footwear" being a PM Vishwakarma trade: among the few
        # centres listed, it can mean no scheme; "tool room" or "centre", in every name, picks none)
        hits = self.aliases.score(keys(text))
        picked = [
            i for i in ids if i in hits and any(self.aliases.idf[w] >= self.rare_idf for w in hits[i].matched)
        ]
        return picked if len(picked) < len(ids) else []

    def offering(
        self, ids: list[str], text: str, lang: str, point: tuple[float, float] | None
    ) -> CentreAnswer | None:
        """ "my daughter wants to learn CAD" after a list of centres: those listed whose services name it; else
        the nearest that do; else that none near them does, as the data has it. None when no service is named."""
        asked = tuple(p for p in word_list("words", "service_words") if says_any(text, (p,)))
        listed = [self.knowledge.centres[i] for i in ids if i in self.knowledge.centres]
        if not asked or not listed:
            return None
        _ = gettext(lang)
        what = asked[0]
        offering = [c["id"] for c in listed if offers(c, asked)]
        if offering:
            found = self.details(offering, lang)
            head = _("Of these, my knowledge base lists %(what)s at:") % {"what": what}
            return replace(found, text=f"{head}\n{found.text}")
        point = point or (listed[0]["lat"], listed[0]["lon"])
        nearby = [f for f in self.grid.nearest(*point, OPEN_SEARCH) if offers(f.centre, asked)]
        if not nearby:
            none = _("My knowledge base lists %(what)s at none of these centres, nor at any near them.")
            return CentreAnswer(none % {"what": what}, (), self._options(lang), None)
        head = _("None of these lists %(what)s in my knowledge base. The nearest centres that do:")
        found = self._listing(head % {"what": what}, nearby[:SERVICE_SHOWN], lang, None)
        return replace(found, point=point)

    def statuses(self, ids: list[str], lang: str, text: str = "") -> CentreAnswer | None:
        """Whether the centres just listed are open, a line each; only those in a town the message
        names ("patna wala chalu hai?"), or the open ones when asked ("which are working"); None when it
        names a town none of them is in."""
        _ = gettext(lang)
        found = [Found(self.knowledge.centres[i], None) for i in ids if i in self.knowledge.centres]
        named = set(self.named_among(ids, text))
        if not named and self.find(text, lang, None) is not None:
            return None
        found = [f for f in found if f.centre.get("id") in named] or found
        lines = [_status_line(f.centre, lang) for f in found]
        if says_any(text, word_list("words", "open_ones_asks")):  # "which are working": those only
            open_now = [f for f in found if _is_open(f)]
            found = open_now or found
            lines = [_status_line(f.centre, lang) for f in open_now] or [
                _("None of these is marked open in my list; please confirm with the centre."),
                *lines,
            ]
        body = "\n".join(lines)
        return CentreAnswer(body, tuple(_summary(f, lang) for f in found), self._options(lang), None)

    def contacts(self, ids: list[str], lang: str, asked: frozenset[str] = frozenset()) -> CentreAnswer:
        """Only how to reach the centres just listed or picked ("phone number?", "iska address"), and say
        so when the data has no way (or, of the ways `asked`, "phone", "email", "address", "website", one
        it lacks)."""
        _ = gettext(lang)
        found = [self.knowledge.centres[i] for i in ids if i in self.knowledge.centres]
        if len(found) > 1 and not any(_contact_lines(c, lang) or _site(c, lang) for c in found):
            body = _("I have no phone number or address for these centres yet.")
            if len(found) <= NEAREST_SHOWN:  # (which ones, when a few were picked: "agra wala", "iska phone")
                body = "\n".join([body, *(f"▪ {text(c.get('name'), lang)}" for c in found)])
        else:
            body = "\n\n".join(_reach(c, lang, asked) for c in found)
        summaries = tuple(_summary(Found(c, None), lang) for c in found)
        return CentreAnswer(body, summaries, self._options(lang), None)

    def distances(
        self, ids: list[str], lang: str, point: tuple[float, float] | None, place: str | None
    ) -> CentreAnswer:
        """How far the centres just listed are from where the list measured ("kitni door hai"); a list that
        measured nothing (a state's) asks where the user is."""
        _ = gettext(lang)
        found = [self.knowledge.centres[i] for i in ids if i in self.knowledge.centres]
        if point is None:
            ask = _(
                "How far depends on where you are. Which city or district are you in? Or share your location."
            )
            return CentreAnswer(ask, tuple(_summary(Found(c, None), lang) for c in found), (), None)
        measured = [
            Found(c, distance_km(*point, c["lat"], c["lon"])) for c in found if c.get("lat") is not None
        ]
        place = self._in_language(place, lang)
        head = _("Distance from %(place)s in a straight line (by road it is farther):") % {
            "place": place or _("your location")
        }
        lines = [head] + [f"▪ {text(f.centre.get('name'), lang)} – {_where(f, lang)}" for f in measured]
        return CentreAnswer(
            "\n".join(lines), tuple(_summary(f, lang) for f in measured), self._options(lang), place, point
        )

    def more(
        self,
        ids: list[str],
        lang: str,
        centre_type: str | None,
        point: tuple[float, float] | None = None,
        place: str | None = None,
    ) -> CentreAnswer:
        """Centres beyond the ones just listed ("any other nearby?"), nearest to where the list was
        measured from (the user's place or location; else the first centre listed)."""
        _ = gettext(lang)
        listed = [self.knowledge.centres[i] for i in ids if i in self.knowledge.centres]
        if not listed:
            return self.ask_place(lang, centre_type)
        if point is None:
            first = listed[0]
            point = (first["lat"], first["lon"])
            place = text({"en": first.get("city"), "hi": first.get("city_hi")}, lang)
        place = self._in_language(place, lang) or _("your location")
        kind = _search_type(_type(centre_type))
        nearby = self.grid.nearest(*point, NEAREST_SHOWN + len(ids), kind)
        found = [f for f in nearby if f.centre["id"] not in ids][:NEAREST_SHOWN]
        if not found:
            none = _("I have no other centres near %(place)s in my list.") % {"place": place}
            return CentreAnswer(none, (), self._options(lang), place, point)
        head = _("More MSME centres near %(place)s:") % {"place": place}
        return replace(self._listing(head, found, lang, place), point=point)

    def ask_place(self, lang: str, centre_type: str | None, pin_given: bool = False) -> CentreAnswer:
        """What to say when someone asks for a centre without saying where (or with a PIN code, which no
        data here can place: asking the same question again would loop)."""
        if centre_type == EFC:
            return self._efc(lang, None, None)
        _ = gettext(lang)
        ask = _(
            "Which city or district are you in? Or share your location, and I will find the nearest centres."
        )
        if pin_given:
            ask = _(
                "Sorry, I cannot find places by PIN code. Please write your town or district name, "
                "or share your location, and I will find the nearest centres."
            )
        return CentreAnswer(f"{_no_offices(lang)} {ask}" if centre_type == OFFICE else ask, (), (), None)

    def by_state(self, lang: str, centre_type: str | None) -> CentreAnswer:
        """Every centre (of one kind, if given) as its state and towns, one line a state: the whole list asked
        for with no place, short enough for a phone; the addresses come when a town or state is said. (No
        centres are kept as a list shown: "aur dikhao" after it has no nearest ones to go on with.)"""
        if centre_type == EFC:
            return self._efc(lang, None, None)
        _ = gettext(lang)
        listed = of_type(self.centres, _search_type(centre_type))
        states: dict[str, list[dict[str, Any]]] = {}
        for c in sorted(listed, key=listing_order):
            states.setdefault(c.get("state") or "", []).append(c)
        if _search_type(centre_type) == "technology-centre":
            head = _(
                "Technology Centres (tool rooms) on my list, by state (%(count)s, %(open)s of them open):"
            )
        elif _search_type(centre_type) == "extension-centre":
            head = _("Technology Extension Centres on my list, by state (%(count)s, %(open)s of them open):")
        else:
            head = _(
                "MSME Technology Centres and Extension Centres on my list, by state (%(count)s, %(open)s of them open):"
            )
        lines = [head % {"count": len(listed), "open": sum(c.get("status") == OPERATIONAL for c in listed)}]
        for state, centres in sorted(states.items(), key=lambda item: state_name(item[0], lang)):
            towns = Counter(text({"en": c.get("city"), "hi": c.get("city_hi")}, lang) for c in centres)
            named = [t if n == 1 else f"{t} ({n})" for t, n in towns.items() if t]
            lines.append(f"• {state_name(state, lang)} ({len(centres)}): {', '.join(named)}")
        lines.append(
            _("Write a town or state for its centres' addresses and phones, or share your location.")
        )
        return CentreAnswer("\n".join(lines), (), self._options(lang), None)

    def _state(
        self, state: Place, lang: str, centre_type: str | None, open_only: bool = False
    ) -> CentreAnswer:
        """The centres in a state; `open_only`, those already open ("any in Maharashtra that's working?")."""
        _ = gettext(lang)
        found = in_state(self.centres, state.name, _search_type(centre_type))
        name = state.display(lang)
        open_now = [f for f in found if _is_open(f)]
        if open_only and open_now:
            head = _("MSME centres already open in %(state)s (%(count)s):") % {
                "state": name,
                "count": len(open_now),
            }
            picks = _picks(open_now, lang, least=1)
            lines = [head] + [
                _status_line(f.centre, lang, _mark(i, picks, "•")) for i, f in enumerate(open_now, 1)
            ]
            summaries = tuple(_summary(f, lang) for f in open_now)
            return CentreAnswer(
                "\n".join(lines), summaries, picks + self._options(lang), name, numbered=bool(picks)
            )
        if not found:
            head = _("I have no such centre in %(state)s in my list. The nearest ones:") % {"state": name}
            found = self.grid.nearest(state.lat, state.lon, NEAREST_SHOWN, _search_type(centre_type))
            return self._listing(head, found, lang, name)
        if _search_type(centre_type) == "technology-centre":
            head = _("Technology Centres (tool rooms) in %(state)s (%(count)s):")
        elif _search_type(centre_type) == "extension-centre":
            head = _("Technology Extension Centres in %(state)s (%(count)s):")
        else:
            head = _("MSME centres in %(state)s (%(count)s):")
        head = head % {"state": name, "count": len(found)}
        if centre_type == OFFICE:  # "rajasthan me DIC": no office is listed, the centres are
            head = f"{_no_offices(lang)} {head}"
        picks = _picks(found, lang, least=1)
        lines = [head] + [_status_line(f.centre, lang, _mark(i, picks, "•")) for i, f in enumerate(found, 1)]
        body = "\n".join(lines)
        summaries = tuple(_summary(f, lang) for f in found)
        return CentreAnswer(body, summaries, picks + self._options(lang), name, numbered=bool(picks))

    def _listing(
        self,
        head: str,
        found: list[Found],
        lang: str,
        place: str | None,
        first: tuple[str, list[Found]] | None = None,
    ) -> CentreAnswer:
        """The centres under their heading, numbered as choices; `first`, another heading and the centres
        listed above it (the other kind, in the place asked), numbered with them."""
        sections = [first, (head, found)] if first else [(head, found)]
        found = [f for _, listed in sections for f in listed]
        picks = _picks(found, lang)
        blocks, number = [], 1
        for title, listed in sections:
            blocks.append(title)
            for f in listed:
                blocks.append(_block(f, lang, mark=_mark(number, picks, "▪")))
                number += 1
        body = "\n\n".join(blocks)
        summaries = tuple(_summary(f, lang) for f in found)
        return CentreAnswer(body, summaries, picks + self._options(lang), place, numbered=bool(picks))

    def _which(self, mention: Mention, text: str, lang: str, centre_type: str | None) -> CentreAnswer:
        _ = gettext(lang)
        first = self._named_as(mention, text, lang)
        options = tuple(
            Option(
                f"{self._named_as(mention, text, lang, p)} ({state_name(p.state, lang)})",
                f"@near {p.lat:.4f},{p.lon:.4f} {centre_type or 'any'}",
            )
            for p in mention.places
        )
        return CentreAnswer(_("Which %(place)s do you mean?") % {"place": first}, (), options, None)

    def _named_as(self, mention: Mention, text: str, lang: str, place: Place | None = None) -> str:
        """The place (the mention's first) as a reply names it: in a Hindi reply, as the user wrote it in
        Devanagari ("वाराणसी के पास": वाराणसी, not geonames' first Hindi name काशी; "प्रयागराज", not इलाहाबाद;
        "मैं सीतापुर से हूं": सीतापुर, which the gazetteer knows only as Sitapur), spelt as its Hindi name or the
        gazetteer does when one sounds the same ("भोपल": भोपाल; "देवास": देवास, not geonames' first spelling
        देवस); else its Hindi name (a centre's town's `city_hi` when the gazetteer has none: "mai gaya bihar se
        hu", गया), never a Latin name among Hindi; else by the name the user called it ("pratapgarh":
        Pratapgarh, which geonames calls Bela)."""
        place = place or mention.places[0]
        said = " ".join(words(clean(text))[mention.start : mention.end + 1])
        devanagari = bool(mention.name and DEVANAGARI.search(mention.name))
        name = ascii_name(mention.name) if mention.name and not devanagari else place.name
        if lang != "hi":
            return name
        if DEVANAGARI.search(said):
            if place.name_hi and keys(place.name_hi) == keys(said):  # "देवास": its Hindi name, not देवस
                return place.name_hi
            return mention.name if devanagari else said
        hindi = place.name_hi or self.city_hi.get((place.name, place.state)) or hindi_name(name)
        return hindi or name

    def place_option(self, place: Place, called: str, lang: str, centre_type: str | None) -> Option:
        """A place offered by the name it was `called` ("Sagar (Madhya Pradesh)", which geonames calls Saugor;
        in Hindi, सागर), its choice the centres nearest to it."""
        if lang == "hi":
            name = place.name_hi or hindi_name(place.name) or called
        else:
            name = called if called.isascii() else place.name
        label = name if place.kind == "state" else f"{name} ({state_name(place.state, lang)})"
        return Option(label, f"@near {place.lat:.4f},{place.lon:.4f} {centre_type or 'any'} {name}")

    def _efc(self, lang: str, place: str | None, point: tuple[float, float] | None) -> CentreAnswer:
        _ = gettext(lang)
        body = _(
            "The list of Export Facilitation Centre (EFC) locations is not in my knowledge base yet, "
            "so I cannot tell you where the nearest one is. I can explain the EFC scheme instead."
        )
        options = []
        if EFC in self.knowledge.schemes:
            # (where to ask instead, as the record says: "ask at your nearest MSME-DFO … or Technology Centre")
            note = text(self.knowledge.schemes[EFC].get("note"), lang)
            body = f"{body}\n📝 {note}" if note else body
            options.append(Option(_("About the EFC scheme"), "@scheme efc overview"))
        if point is not None:  # (labelled as no EFC; the town named, not the label, heads their list)
            payload = f"@near {point[0]:.4f},{point[1]:.4f} any {place or ''}".rstrip()
            options.append(Option(_("Nearest MSME centres (not EFCs)"), payload))
        scheme = EFC if EFC in self.knowledge.schemes else None
        return CentreAnswer(body, (), tuple(options), place, scheme=scheme)

    def _options(self, lang: str) -> tuple[Option, ...]:
        _ = gettext(lang)
        if "tech-centres" in self.knowledge.schemes:
            return (Option(_("About MSME Technology Centres"), "@scheme tech-centres overview"),)
        return ()


def _ruled_out(mention: Mention, said: list[str]) -> bool:
    """A state turned down beside it ("Aurangabad in Bihar, not Maharashtra", "महाराष्ट्र नहीं, बिहार वाला"): the
    place meant is elsewhere."""
    before, after = _turning_down()
    said_before = {key(w) for w in said[max(mention.start - 1, 0) : mention.start]}
    said_after = {key(w) for w in said[mention.end + 1 : mention.end + 2]}
    return mention.places[0].kind == "state" and bool(said_before & before or said_after & after)


@cache
def _turning_down() -> tuple[frozenset[str], frozenset[str]]:
    """The words that turn a state down said before it ("not Maharashtra"; not "no", which may answer "which
    one?" with the state itself: "no, Maharashtra") and after it ("महाराष्ट्र नहीं", "maharashtra nahi")."""
    negations = phrase_file("words")["negation_words"]
    after = frozenset(key(w) for lang in ("hi", "hinglish") for w in negations[lang])
    return frozenset({key("not")}), after


def _choose(mentions: list[Mention]) -> Mention | None:
    """A town beats a state ("Ranchi, Jharkhand"); a state named too settles a town's ambiguity, and so does
    another name of one of its towns said beside it ("aurangabad sambhajinagar")."""
    towns = [m for m in mentions if m.places[0].kind != "state"]
    states = {p.name for m in mentions for p in m.places if p.kind == "state"}
    if not towns:
        return mentions[0] if mentions else None
    town = towns[0]
    if town.ambiguous:
        settled = tuple(p for p in town.places if p.state in states)
        if len(settled) != 1:  # ("aurangabad sambhajinagar": the other name says which Aurangabad is meant)
            beside = [q for m in towns[1:] if not m.ambiguous for q in m.places]
            settled = tuple(
                p
                for p in town.places
                if any(distance_km(p.lat, p.lon, q.lat, q.lon) <= AMBIGUOUS_KM for q in beside)
            )
        if len(settled) == 1:
            return Mention(town.start, town.end, town.score, settled)
    return town


def with_choices(answer: CentreAnswer, lang: str) -> str:
    """The answer with its choices by number; the centres it lists by number are choices already, and are
    not listed a second time (the reply stays short on a small screen)."""
    if not answer.numbered:
        return numbered([answer.text], answer.options, lang)
    listed = sum(o.payload.startswith(CENTRE_PICK) for o in answer.options)
    _ = gettext(lang)
    rest = [f"{i}. {o.label}" for i, o in enumerate(answer.options[listed:], listed + 1)]
    ask = _("Reply with a number:") if rest else _("Reply with a centre's number for all its details.")
    return "\n".join([answer.text, "", ask, *rest])


def _picks(found: list[Found], lang: str, least: int = 2) -> tuple[Option, ...]:
    """Each centre of a list as a choice by its number ("3", "the first one": its details); one alone is
    no list, unless `least` is 1 (a state's one centre is named only in its line: "1" picks it)."""
    if len(found) < least:
        return ()
    return tuple(Option(text(f.centre.get("name"), lang), f"{CENTRE_PICK}{f.centre['id']}") for f in found)


def _mark(number: int, picks: tuple[Option, ...], bullet: str) -> str:
    """A listed centre's number when it is a choice, else the bullet."""
    return f"{number}." if picks else bullet


def _type(centre_type: str | None) -> str | None:
    """The `@near ... any` payload spells "any centre" as a word; everywhere else it is None."""
    return None if centre_type == "any" else centre_type


def _search_type(centre_type: str | None) -> str | None:
    """Offices are not in the data: a state listing of them shows every kind of centre."""
    return None if centre_type == OFFICE else centre_type


def state_name(state: str, lang: str) -> str:
    """ "Uttar Pradesh", उत्तर प्रदेश: a state as a reply in `lang` names it."""
    place = state_places().get(state)
    return place.display(lang) if place else state


def _status_line(c: dict[str, Any], lang: str, mark: str = "•") -> str:
    """ "• MSME Technology Centre, Gaya – approved, not yet operational (please confirm)"."""
    _ = gettext(lang)
    line = f"{mark} {text(c.get('name'), lang)} – {_status(c, lang)}"
    return line + (" (" + _("please confirm") + ")" if not c.get("verified") else "")


def _status(c: dict[str, Any], lang: str) -> str:
    _ = gettext(lang)
    status = c.get("status")
    if status == OPERATIONAL:
        return _("operational")
    if status == "approved":
        return _("approved, not yet operational")
    return _("status not confirmed")


def _kind(c: dict[str, Any], lang: str) -> str:
    _ = gettext(lang)
    if c.get("type") == "extension-centre":
        return _("Technology Extension Centre")
    return _("Technology Centre (tool room)")


def _contact_lines(c: dict[str, Any], lang: str) -> list[str]:
    """Phone, email and website on one line, the address on the next; empty when the data has none."""
    _ = gettext(lang)
    contacts = [
        label % {"value": c[field]}
        for field, label in (
            ("phone", _("Phone: %(value)s")),
            ("email", _("Email: %(value)s")),
            ("website", _("Website: %(value)s")),
        )
        if c.get(field)
    ]
    lines = [" · ".join(contacts)] if contacts else []
    if c.get("address"):
        lines.append(_("Address: %(value)s") % {"value": text(c["address"], lang)})
    return lines


def _where(found: Found, lang: str) -> str:
    """ "in Pune" (its own town, or closer than IN_PLACE_KM), else "about 120 km away"."""
    _ = gettext(lang)
    c, km = found.centre, found.km or 0.0
    if found.km is None or km < IN_PLACE_KM:
        return _("in %(place)s") % {"place": text({"en": c.get("city"), "hi": c.get("city_hi")}, lang)}
    return _("about %(km)s km away") % {"km": number(km, lang, 0 if km >= 10 else 1)}


def _reach(c: dict[str, Any], lang: str, asked: frozenset[str]) -> str:
    """A centre's name and how to reach it, saying so when the data has no way, and which of the ways
    `asked` it lacks (an address or a website alone must not read as the answer to "iska phone" or "its
    email")."""
    _ = gettext(lang)
    lines = _contact_lines(c, lang) or [_("No phone or address on file for this centre yet.")]
    if not c.get("address"):  # "site kahan hai" for Bokaro: where it is built, when no address is on file
        lines = [*_site(c, lang), *lines]
    # (with no way at all on file, the line above already says there is no phone or address)
    said = set() if _contact_lines(c, lang) else {"phone", "address"}
    lines += [line for field, line in _missing(lang) if field in asked - said and not c.get(field)]
    return "\n".join([f"▪ {text(c.get('name'), lang)}", *lines])


def _missing(lang: str) -> tuple[tuple[str, str], ...]:
    """Each way of reaching a centre, and the line saying a centre has none on file."""
    _ = gettext(lang)
    return (
        ("phone", _("No phone number on file for this centre yet.")),
        ("email", _("No email address on file for this centre yet.")),
        ("address", _("No address on file for this centre yet.")),
        ("website", _("No website on file for this centre yet.")),
    )


def _site(c: dict[str, Any], lang: str) -> list[str]:
    """The site line ("Kenduadih (Malhan Tand), Jaridih block"), when the data has one."""
    _ = gettext(lang)
    return [_("Site: %(value)s") % {"value": c["locality"]}] if c.get("locality") else []


def _block(found: Found, lang: str, full: bool = False, mark: str = "▪") -> str:
    """One centre: name and distance, kind and status, services, contacts; `full` adds every
    service, the site and the data's note (for "address?" after a list)."""
    _ = gettext(lang)
    c = found.centre
    lines = [
        f"{mark} {text(c.get('name'), lang)} – {_where(found, lang)}",
        f"{_kind(c, lang)} · {_status(c, lang)}",
    ]
    if full:
        lines += _site(c, lang)
    services = items(c.get("services"), lang)[: None if full else SERVICES_SHOWN]
    if services:
        lines.append(_("Offers: %(services)s") % {"services": "; ".join(services)})
    lines += _contact_lines(c, lang) or [_("No phone or address on file for this centre yet.")]
    note = text(c.get("note"), lang) if full else ""
    if note:  # (none in a language an admin cleared)
        lines.append("📝 " + note)
    if not c.get("verified"):
        lines.append(_("Not verified yet: please confirm before you visit."))
    return "\n".join(lines)


def _summary(found: Found, lang: str) -> dict[str, Any]:
    c = found.centre
    return {
        "id": c.get("id"),
        "name": text(c.get("name"), lang),
        "city": c.get("city"),
        "district": c.get("district"),
        "state": c.get("state"),
        "status": c.get("status"),
        "distance_km": None if found.km is None else round(found.km, 1),
    }


def offers(c: dict[str, Any], asked: tuple[str, ...]) -> bool:
    """Whether a centre's services, in either language, name one of the services `asked`."""
    return any(says_any(line, asked) for lang in ("en", "hi") for line in items(c.get("services"), lang))


def _beyond_line(beyond: str, lang: str) -> str:
    """A shared location across the border (Kathmandu, Dhaka) or at sea said so, above the centres in India
    nearest to it: "nearest to your location" alone would pass it off as in India."""
    _ = gettext(lang)
    if beyond == borders.AT_SEA:
        return _(
            "That location looks to be at sea. The nearest centres on land are below; "
            "tell me your city or district for a better list."
        )
    return _(
        "That location looks to be outside India, across the border. The nearest centres in India are "
        "below; if you are in India, tell me your city or district."
    )


def _no_offices(lang: str) -> str:
    """The gap said first: people ask for the offices where schemes are applied, which the data lacks."""
    _ = gettext(lang)
    return _(
        "My knowledge base has no addresses of District Industries Centres (DIC), MSME-DI offices, "
        "KVIC or KVIB offices or Common Service Centres (CSC)."
    )


def _is_open(found: Found) -> bool:
    """Whether a centre is already working (not only sanctioned, nor of unconfirmed status)."""
    return found.centre.get("status") == OPERATIONAL
