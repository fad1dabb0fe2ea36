"""A short reply read as a pick by number or ordinal word, and what is not a pick."""

import pytest

from bot.choices import chosen_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("2", 2),
        ("२", 2),
        ("dusra", 2),
        ("दूसरा", 2),
        ("option 3", 3),
        ("pehla wala", 1),
        ("the first one", 1),
        ("पहली वाली के बारे में बताओ", 1),
    ],
)
def test_a_pick(text, number):
    assert chosen_number(text) == number


@pytest.mark.parametrize("text", ["dusra koi?", "koi dusra", "another one", "पास में कोई दूसरा", "2 more", "-1"])
def test_asking_for_another_is_no_pick(text):
    assert chosen_number(text) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tell me more about the first one", 1),
        ("details of the second one", 2),
        ("one more", None),
        ("koi teesra?", None),
    ],
)
def test_more_about_an_ordinal_picks_it(text, number):
    """ "more" asks for another list, unless it asks more about one of this list."""
    assert chosen_number(text) == number


@pytest.mark.parametrize("text", ["1.5", "2.5", "1 5", "1,5"])
def test_a_figure_with_a_fraction_or_two_numbers_picks_no_option(text):
    """ "1.5" once picked option 5, "Talk to a person", and opened a ticket."""
    assert chosen_number(text) is None
