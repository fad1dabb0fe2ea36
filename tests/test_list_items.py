"""A trade is in PM Vishwakarma's list only when the question names it by its own words."""

import pytest

from bot import list_items
from bot.messages import IncomingMessage
from bot.normalize import keys
from bot.respond import respond


def say(services, text, user="u"):
    [reply] = respond(IncomingMessage("console", user, text), services)
    return reply


def verdict(services, text):
    reply = say(services, text)
    assert reply.topic == "pm-vishwakarma"
    return reply.text.split("\n")[1]


def test_a_word_the_scheme_says_elsewhere_names_no_trade(services):
    """ "toolkit" is the scheme's Rs 15,000 toolkit, not the trade "hammer and toolkit maker"."""
    line = verdict(services, "my father is a goldsmith, he is 62. can he get the 15000 toolkit?")
    assert line == "✓ In the list: goldsmith (sonar)"


@pytest.mark.parametrize(
    "text",
    [
        "मैं हथकरघा बुनकर हूँ, पीएम विश्वकर्मा में मेरा नाम आ सकता है?",
        "pm vishwakarma me weaver aata hai kya",
    ],
)
def test_a_weaver_is_not_taken_for_a_coir_weaver(services, text):
    """Only coir weavers are listed: a handloom weaver got "✓ सूची में है: … कॉयर बुनकर"."""
    line = verdict(services, text)
    assert line.startswith("✗ जैसा लिखा है, वैसा सूची में नहीं है") and "कॉयर बुनकर" in line


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("I am a coir weaver, am I eligible for pm vishwakarma", "basket/mat/broom maker or coir weaver"),
        ("I am a stone carver, am I eligible for pm vishwakarma", "sculptor/stone carver"),
        ("pm vishwakarma me lohar aata hai kya", "लोहार"),
    ],
)
def test_a_trade_named_by_its_own_words_is_in_the_list(services, text, item):
    assert item in verdict(services, text) and "✓" in verdict(services, text)


def test_the_schemes_own_word_for_artisans_names_no_trade(services):
    """ "कारीगर" is every listed trade (the line's lead-in), not "मोची/जूता कारीगर" alone."""
    line = verdict(services, "main kaarigar hu, pm vishwakarma me aaunga?")
    assert not line.startswith(("✓", "✗"))


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("mai mochi hu", "✓ सूची में है: मोची/जूता कारीगर"),
        ("I am a potter", "✓ In the list: potter (kumhar)"),
        ("मैं नाई हूँ", "✓ सूची में है: नाई"),
    ],
)
def test_ones_own_trade_told_says_it_is_listed_beside_what_the_scheme_is(services, text, line):
    """ "mai mochi hu" got PM Vishwakarma's overview alone: the user had to find cobblers in a list of 18."""
    reply = say(services, text)
    assert (reply.topic, reply.aspect) == ("pm-vishwakarma", "overview")
    assert reply.text.split("\n")[1] == line


@pytest.mark.parametrize(
    ("text", "words", "lang"),
    [
        ("he belongs to OBC category", "obc category", "en"),
        ("OBC hu", "obc", "hi"),
        ("मैं ओबीसी हूँ", "ओबीसी", "hi"),
        ("main ST se hu", "st", "hi"),
    ],
)
def test_a_part_of_a_slash_joined_item_names_it(services, text, words, lang):
    """ "SC/ST/OBC" is three names, not "SC ST" kinds of an "OBC": "OBC category" got "✗ Not in the list as
    written; the list has only: SC/ST/OBC"."""
    scheme = services.current().knowledge.schemes["pmegp"]
    found = list_items.named(scheme, "eligibility", set(keys(words)), lang)
    assert found.items == ("SC/ST/OBC",) and not found.unlisted


@pytest.mark.parametrize(
    ("text", "trade"),
    [
        ("I make bakery products at home, does PM Vishvakarma cover bakers?", "bakery"),
        ("do bakers get it? I run a bakery", "bakers"),
    ],
)
def test_of_two_trades_as_long_the_one_said_first_is_the_trade(text, trade):
    """Not whichever a set's order, different in each process, gave."""
    assert list_items.trade_said(text) == trade
