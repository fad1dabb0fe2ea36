"""Misspelt towns the gazetteer does not read as places: the close names offered, and when one is taken."""

from functools import cache

import pytest

from bot.gazetteer import gazetteer
from bot.place_guesses import PlaceGuesser


@cache
def guesser() -> PlaceGuesser:
    return PlaceGuesser(gazetteer().named())


def guess(text: str, unknown: tuple[str, ...] = (), whole: bool = False):
    return guesser().guess(text, unknown, gazetteer().vocabulary(), whole)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lucknw", "Lucknow"),
        ("kotaa me centre", "Kota"),  # (Kota is a weak name: "kotaa" is no spelling of it)
        ("कोटाा में केंद्र", "Kota"),
        ("kerela me centre", "Kerala"),  # Narela is two letters away
        ("jamshedpr me tool room", "Jamshedpur"),
    ],
)
def test_guess_one_letter_from_one_place_is_taken(text, place):
    said = text.split()[0].casefold()
    found = guess(text, unknown=("luknv", "kerel", "jamsedpr"), whole=len(text.split()) == 1)
    assert found is not None and found.sure and found.places[0].name == place and found.said == said


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("puna", ["Pune", "Guna"]),  # two at one letter: asked, not taken
        ("indoor", ["Indore"]),  # two letters: asked
        ("surt", ["Surat"]),  # a four-letter word is too short to be sure of
    ],
)
def test_guess_offers_close_names_when_unsure(text, places):
    found = guess(text, unknown=("pun", "indor", "surt"), whole=True)
    assert found is not None and not found.sure and [p.name for p in found.places] == places


@pytest.mark.parametrize(
    "text",
    [
        "what services do msme technology centres provide",  # "provide" is near no place
        "mere shahar me centre",  # the town's word itself
        "kya kya course hai",  # everyday words only
    ],
)
def test_guess_everyday_words_are_no_place(text):
    found = guess(text, unknown=("provide",))
    assert found is None or not found.places
