"""Groups of people asked about across schemes, and the fact lines that mention them."""

import pytest

from bot import groups
from bot.messages import IncomingMessage
from bot.respond import respond


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Any scheme for women entrepreneurs?", "women"),
        ("mahilao ke liye koi yojana", "women"),
        ("महिलाओं के लिए क्या है", "women"),
        ("SC ST udyami ke liye", "sc-st"),
        ("दिव्यांग के लिए", "disabled"),
        ("main transgender hu", "transgender"),
        ("किन्नर समाज के लिए कोई योजना", "transgender"),
        ("north east me factory", "north-east"),
        ("uttarakhand me unit hai", "hill-areas"),
        ("पहाड़ी इलाके में फैक्ट्री", "hill-areas"),
        ("मैं मुस्लिम हूँ, अल्पसंख्यक", "minorities"),
        ("ham isai samaj se hain", "minorities"),
    ],
)
def test_group_asked(text, group):
    assert groups.asked(text) == group


@pytest.mark.parametrize(
    "text",
    ["ssc cgl result date", "St. Xavier school fees", "pmegp documents", "इसे कैसे भरें", "ise kaise bhare"],
)
def test_no_group(text):
    assert groups.asked(text) is None


def test_lines_naming_a_group_in_either_language(services):
    facts = services.current().facts
    women = groups.phrases_of("women")
    assert any("women" in line for line in facts.mentioning("zed", women, "en", 2).lines)
    assert any("महिला" in line for line in facts.mentioning("zed", women, "hi", 2).lines)
    assert facts.mentioning("udyam", women, "en", 2) is None


def test_a_record_saying_it_is_not_for_minorities(services):
    """ "इसे" (it) keys as a bare "ईसाई" did: Udyam's "इसे रिन्यू नहीं कराना पड़ता" said nothing of minorities."""
    facts = services.current().facts
    assert facts.mentioning("udyam", groups.phrases_of("minorities"), "hi", 2) is None
    assert facts.mentioning("pmegp", groups.phrases_of("minorities"), "hi", 2) is not None


def test_schemes_that_give_the_group_something_come_first(services):
    """Sambandh only mentions women in its summary (a procurement share); CGTMSE and PMEGP give them more."""
    reply = respond(IncomingMessage("console", "u", "any scheme for women?"), services)[0]
    assert reply.intent == "scheme_list"
    assert reply.text.index("▪ CGTMSE") < reply.text.index("▪ MSME Sambandh")
    assert reply.text.index("▪ PMEGP") < reply.text.index("▪ MSME Sambandh")


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("we are in UP, not north east", None),
        ("north east me hai hum", "north-east"),
        ("mahila ko subsidy nahi milti kya?", "women"),  # a question, not a denial
        ("mahila hu na, to kitni subsidy milegi", "women"),
        ("mahila hu, SC nahi", "women"),  # SC is ruled out, not women
        # denied beside any of its words, not only the first: "enterprise" came before "not medium"
        ("sorry I am small enterprise not medium", None),
        ("I am not a medium enterprise", None),
        ("हम मध्यम नहीं, लघु उद्यम हैं", None),
        ("we are a medium enterprise", "medium-enterprises"),
    ],
)
def test_a_group_ruled_out_is_not_asked(text, group):
    assert groups.asked(text) == group


def test_ruling_out_a_group_in_a_chat_gets_the_general_lines_first(services):
    for text in (
        "We are 20 brass utensil units in Moradabad, can we get a common facility centre?",
        "how much grant",
    ):
        respond(IncomingMessage("console", "n", text), services)
    [reply] = respond(IncomingMessage("console", "n", "we are in UP, not north east"), services)
    assert (reply.topic, reply.aspect) == ("cdp", "benefits")
    assert reply.text.split("\n")[2].startswith("• Common Facility Centre grant: 70%")


@pytest.mark.parametrize(
    "text",
    [
        "What schemes are there for a woman who wants to start a tailoring unit?",
        "महिलाओं के लिए नया धंधा शुरू करने की कौन कौन सी सरकारी योजनाएं हैं",
    ],
)
def test_which_schemes_for_a_group_is_the_groups_list_even_beside_one_schemes_words(services, text):
    """ "tailoring" names PM Vishwakarma, "naya dhandha" PMEGP; the question asks which schemes for women."""
    [reply] = respond(IncomingMessage("console", "g", text), services)
    assert reply.intent == "scheme_list" and len(reply.runners_up) > 1


@pytest.mark.parametrize(
    "text",
    [
        "I am an SC entrepreneur. Is there anything special for me?",
        "I am an ST entrepreneur, anything for me?",
    ],
)
def test_an_sc_or_st_entrepreneur_gets_the_groups_lines(services, text):
    """They fell back: "SC entrepreneur" named no group ("sc community", "sc category" did)."""
    [reply] = respond(IncomingMessage("console", "g", text), services)
    assert reply.intent == "scheme_list" and "SC/ST" in reply.text


def test_a_group_said_as_owners_gets_the_group_list(services):
    """ "SC/ST owned": "owned" was a word unknown beside the group, and the message fell back."""
    text = "What government support is there for SC/ST owned small businesses?"
    [reply] = respond(IncomingMessage("console", "owned", text), services)
    assert reply.intent == "scheme_list" and "SC/ST" in reply.text
