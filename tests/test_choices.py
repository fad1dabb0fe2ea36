"""A short reply read as a pick by number or ordinal word, and what is not a pick."""

import pytest

from bot.choices import chosen_number, listed_position, pick, position_in
from bot.messages import IncomingMessage, Option
from bot.respond import respond


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


@pytest.mark.parametrize("text", ["second tranche", "दूसरी किश्त", "dusri kisht", "2nd tranche", "pehla loan"])
def test_an_ordinal_said_of_something_else_is_no_pick(text):
    """ "second tranche" after PM Vishwakarma picked option 2, "Who can apply"; it asks of the second loan."""
    assert chosen_number(text) is None


@pytest.mark.parametrize(
    ("text", "number"), [("पहली वाली योजना", 1), ("and the second?", 2), ("dusra ji", 2)]
)
def test_an_ordinal_beside_what_a_list_holds_picks(text, number):
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


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1st", 1),
        ("2nd", 2),
        ("2nd one", 2),
        ("2nd wala", 2),
        ("the 3rd", 3),
        ("4th", 4),
        ("tenth", 10),
        ("number two", 2),
        ("option three", 3),
        ("दसवां", 10),
    ],
)
def test_english_ordinals_and_number_words_pick(text, number):
    assert chosen_number(text) == number


@pytest.mark.parametrize("text", ["8th pass", "10th fail hu", "number do", "नंबर दो", "2nd hand machine"])
def test_a_class_passed_or_a_number_asked_for_is_no_pick(text):
    """ "8th pass" tells one's schooling; "number do" asks for a phone number."""
    assert chosen_number(text) is None


SCHEMES_PAGE = [
    Option("Udyam Registration", "@scheme udyam overview"),
    Option("GeM", "@scheme gem overview"),
    Option("MSME Samadhaan", "@scheme samadhaan overview"),
    Option("More schemes", "@schemes 2"),
]
CENTRES = [
    Option("IGTR Ahmedabad", "@centre tc-ahmedabad"),
    Option("IGTR Sanand", "@centre ec-sanand"),
    Option("About MSME Technology Centres", "@scheme tech-centres overview"),
]


@pytest.mark.parametrize(
    "text", ["last", "last one", "last wala", "the last one", "aakhri wala", "antim", "आखिरी वाला"]
)
def test_last_picks_the_last_item_listed_not_the_next_page(text):
    assert pick(text, SCHEMES_PAGE) == SCHEMES_PAGE[2]


def test_last_after_a_list_of_centres_is_the_last_centre():
    assert pick("last one", CENTRES) == CENTRES[1]


@pytest.mark.parametrize("text", ["last date", "last year loan liya tha", "aakhri tarikh kya hai"])
def test_last_beside_other_words_is_no_pick(text):
    assert pick(text, SCHEMES_PAGE) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("how far is the first one", 1),
        ("2nd wala kitni door hai", 2),
        ("last one kitna door", 3),
        ("kitni door hai", None),
        ("दूसरे वाले का पता", 2),
        ("तीसरे वाले में क्या होता है", 3),
        ("teesre wale ki location", 3),
        ("tisre wale ka phone", 3),
        ("pehle wale ka address", 1),
        ("dusra wala kaha hai", 2),
        ("koi dusre wale centre", None),  # another one
        ("dusre centre bhi hai kya", None),  # "other centres": no word for "one" after it
        ("pehle udyam karna padega kya", None),  # "earlier"
        ("छोटे वाले का पता", None),  # "the small one": चौथे keys as छोटे, so no fourth
    ],
)
def test_a_position_inside_a_question(text, number):
    """ "how far is the first one": which of the list a longer question is about."""
    assert position_in(text, 3) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [("dusre wale", 2), ("दूसरे वाले", 2), ("teesre wale ka", 3), ("pehle wala", None), ("dusre", None)],
)
def test_an_oblique_ordinal_with_a_word_for_one_picks(text, number):
    """ "दूसरे वाले" alone picks the second ("pehle wala" may be the scheme before: follow_ups.first_on_screen)."""
    assert chosen_number(text) == number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("dusri wali me fees kitni", 2),
        ("दूसरी वाली में फीस", 2),
        ("and the fee for the second one?", 2),
        ("pehli wali yojana ke documents", 1),
        ("2nd wali ki fees", 2),
        ("third one documents", None),  # (only two were named)
        ("दूसरी किश्त कब मिलेगी", None),  # the second instalment
        ("second tranche kab milega", None),
        ("pehle wali yojana ke documents", None),  # the earlier one, not the first
    ],
)
def test_a_scheme_named_last_by_its_place(text, number):
    """ "dusri wali me fees kitni" after two schemes: the second, by an ordinal standing for one of them."""
    assert listed_position(text, 2) == number


def respond_to(services, text, user="console:picker"):
    return respond(IncomingMessage("console", user, text), services)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("2nd", "champions"),
        ("2nd one", "champions"),
        ("2nd wala", "champions"),
        ("1st", "udyam"),
        ("4th", "gem"),
        ("number two", "champions"),
        ("last", "samadhaan"),
        ("last one", "samadhaan"),
        ("last wala", "samadhaan"),
        ("aakhri wala", "samadhaan"),
    ],
)
def test_ordinal_after_the_scheme_list_picks_that_scheme(services, text, topic):
    respond_to(services, "schemes")
    [reply] = respond_to(services, text)
    assert reply.intent == "scheme_info" and reply.topic == topic


def test_a_reply_that_picks_nothing_keeps_the_list_it_answered(services):
    """A message not understood must not swap the list for the main menu: "8" next is still the 8th scheme."""
    respond_to(services, "schemes")
    [lost] = respond_to(services, "zxq blorp")
    assert lost.intent == "fallback" and "1 to 9" in lost.text
    [reply] = respond_to(services, "8")
    assert reply.intent == "scheme_info" and reply.topic == "samadhaan"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("तो दूसरा वाला ठीक है", 2),
        ("पहली वाली लूंगा", 1),
        ("dusra wala theek hai", 2),
        ("to pehla wala chalega", 1),
        ("the second one is fine", 2),
        ("ok I'll take the first one", 1),
    ],
)
def test_an_ordinal_taken_with_words_of_choosing_picks(text, number):
    """ "तो दूसरा वाला ठीक है" after PMEGP and CGTMSE side by side fell back ("write a number from 1 to 3")."""
    assert chosen_number(text) == number


@pytest.mark.parametrize("text", ["दूसरी किश्त ठीक है?", "dusri kisht theek hai", "second tranche is fine"])
def test_words_of_choosing_beside_something_else_are_no_pick(text):
    assert chosen_number(text) is None
