"""A centre called by its short name, a service asked of a list of centres, and MSE-CDP asked as "the cluster
scheme": what each asks for, in all three ways of writing, beside the nearby texts that must not change."""

import itertools

import pytest
from seeded_kb import fresh_services

from bot.messages import IncomingMessage, Reply
from bot.respond import respond
from bot.services import Services

# Each conversation is its own user; the clock moves on between turns.
_users = itertools.count()
START = 1_750_000_000.0


@pytest.fixture(scope="module")
def services(tmp_path_factory) -> Services:
    return fresh_services(tmp_path_factory.mktemp("kb") / "k.db")


def chat(services: Services, *said: str) -> list[Reply]:
    """The first reply to each message of one conversation."""
    user = f"called-{next(_users)}"
    return [
        respond(IncomingMessage("console", user, text), services, now=START + 5 * i)[0]
        for i, text in enumerate(said)
    ]


def centre_ids(reply: Reply) -> list[str]:
    return [c["id"] for c in reply.centres]


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("indore me igtr kaha hai? cnc course karna hai", "tc-indore"),
        ("IGTR Indore ka address", "tc-indore"),
        ("इंदौर में आईजीटीआर का पता", "tc-indore"),
        ("where is IGTR Indore", "tc-indore"),
        ("where is CTTC Bhubaneswar", "tc-bhubaneswar"),
        ("cttc bhubaneswar ka phone number", "tc-bhubaneswar"),
        ("सीआईटीडी हैदराबाद कहाँ है", "tc-hyderabad"),
        ("CITD hyderabad kahan hai", "tc-hyderabad"),
        ("CITD Hyderabad me kya sikhate hai", "tc-hyderabad"),
    ],
)
def test_a_centre_called_by_its_short_name_with_its_town_is_that_centre(services, text, centre):
    [reply] = chat(services, text)
    assert reply.intent == "centre_find"
    assert centre_ids(reply) == [centre]


def test_a_tool_room_called_by_its_town_lists_it_first(services):
    [reply] = chat(services, "ludhiana tool room me cnc course hota hai kya")
    assert reply.intent == "centre_find" and centre_ids(reply)[0] == "tc-ludhiana"


@pytest.mark.parametrize(
    "text",
    [
        "technology centre scheme kya hai",
        "टेक्नोलॉजी सेंटर योजना क्या है",
        "what is the technology centre scheme",
        "IGTR kya hai",
    ],
)
def test_the_technology_centres_scheme_asked_stays_the_scheme(services, text):
    [reply] = chat(services, text)
    assert (reply.intent, reply.topic) == ("scheme_info", "tech-centres")


@pytest.mark.parametrize(
    "text",
    ["indore ke paas tool room", "CTTC Bhubaneswar ke paas aur kaun se centre hai", "centres near Indore"],
)
def test_the_centres_near_a_town_stay_a_list(services, text):
    [reply] = chat(services, text)
    assert reply.intent == "centre_find" and len(reply.centres) > 1


@pytest.mark.parametrize(
    "text",
    [
        "cluster scheme me apply kaise karte hai, SPV banana padta hai kya",
        "cluster yojana me apply kaise kare, spv banana padega kya",
        "क्लस्टर योजना में आवेदन कैसे करें, क्या SPV बनाना पड़ता है",
        "how to apply for cluster scheme, do we need an SPV",
        "how do I apply under the cluster development scheme, is an SPV needed?",
    ],
)
def test_the_cluster_schemes_steps_and_its_spv_lines(services, text):
    [reply] = chat(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", "cdp", "apply")
    replies = respond(IncomingMessage("console", f"spv-{next(_users)}", text), services, now=START)
    assert "cluster.dcmsme.gov.in" in replies[0].text
    assert "(SPV)" in " ".join(r.text for r in replies)


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("cluster yojana ke liye SPV banana padta h kya", "eligibility"),
        ("cluster scheme me apply kaise karte hai", "apply"),
        ("क्लस्टर योजना क्या है", "overview"),
    ],
)
def test_the_cluster_scheme_asked_otherwise_is_mse_cdp(services, text, aspect):
    [reply] = chat(services, text)
    assert (reply.topic, reply.aspect) == ("cdp", aspect)


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        ("buyer ne 45 din ke baad payment kiya, kya mujhe byaj milega aur kitna?", "samadhaan", "benefits"),
        ("cgtmse official website? where is the list of member banks", "cgtmse", "contact"),
    ],
)
def test_a_detail_after_a_story_or_a_link_is_not_read_as_after_the_steps(services, text, topic, aspect):
    [reply] = chat(services, text)
    assert (reply.topic, reply.aspect) == (topic, aspect)


@pytest.mark.parametrize(
    ("place", "asked"),
    [
        ("nearest centre to Pune", "what about my daughter, she wants to learn CAD"),
        ("pune ke paas centre", "meri beti ko CAD seekhna hai"),
        ("पुणे के पास केंद्र", "मेरी बेटी को CAD सीखना है"),
    ],
)
def test_a_service_asked_of_a_list_is_the_centres_listed_that_offer_it(services, place, asked):
    listed, reply = chat(services, place, asked)
    assert "tc-aurangabad" in centre_ids(listed)
    assert centre_ids(reply) == ["tc-aurangabad"]
    assert "CAD" in reply.text


def test_a_service_none_listed_offers_is_the_nearest_that_does(services):
    listed, reply = chat(services, "mai gaya se hu", "CNC course kahan hota hai")
    assert not set(centre_ids(reply)) & set(centre_ids(listed))
    assert reply.centres and "CNC" in reply.text


def test_a_service_none_near_offers_is_said_plainly(services):
    _, reply = chat(services, "पटना के पास केंद्र", "welding course?")
    assert not reply.centres and "वेल्डिंग" not in reply.text and "welding" in reply.text


@pytest.mark.parametrize(
    "asked",
    [
        "plastic ka kaam hai, koi loan milega?",
        "प्लास्टिक का काम है, कोई लोन मिलेगा?",
        "any loan for my plastic unit?",
    ],
)
def test_a_service_word_beside_another_need_after_a_list_is_that_need(services, asked):
    _, reply = chat(services, "nearest centre to Pune", asked)
    assert reply.intent != "centre_find"


@pytest.mark.parametrize(
    ("place", "asked"),
    [
        ("nearest centre to Pune", "what do they do at the closest one"),
        ("पुणे के पास केंद्र", "सबसे पास वाले में क्या सिखाते हैं"),
        ("pune ke paas centre", "sabse paas wale me kya sikhate hai"),
    ],
)
def test_the_closest_one_asked_after_a_list_is_the_first_only(services, place, asked):
    listed, reply = chat(services, place, asked)
    assert centre_ids(reply) == centre_ids(listed)[:1]


@pytest.mark.parametrize(
    ("place", "asked"),
    [("bhopal ke paas tool room", "uska phone number"), ("भोपाल के पास टूल रूम", "उसका फोन नंबर")],
)
def test_its_phone_after_a_list_from_a_town_is_the_towns_own(services, place, asked):
    _, reply = chat(services, place, asked)
    assert centre_ids(reply) == ["tc-bhopal"]


@pytest.mark.parametrize(
    ("said", "shown", "latin"),
    [
        ("mai sonipat se hu", "सोनीपत", "Sonipat"),
        ("मैं पानीपत से हूँ", "पानीपत", "Panipat"),
        ("देवास से?", "देवास", "देवस"),
    ],
)
def test_a_hindi_reply_names_the_town_in_hindi(services, said, shown, latin):
    [reply] = chat(services, said)
    assert shown in reply.text and latin not in reply.text


@pytest.mark.parametrize(
    ("first", "said", "shown"),
    [
        ("pmegp kaise apply kare", "mai bihar se hu", "बिहार से"),
        ("pmegp kaise apply kare", "main gaya se hu", "गया से"),
        ("pmegp kaise apply kare", "bareilly se hu main", "बरेली से"),
        ("pmegp kaise apply kare", "mai panipat se hu", "पानीपत से"),
    ],
)
def test_a_town_told_in_a_scheme_chat_is_named_in_hindi(services, first, said, shown):
    _, reply = chat(services, first, said)
    assert reply.text.startswith(shown)


def test_a_town_told_in_english_keeps_its_english_name(services):
    _, reply = chat(services, "how to apply for pmegp", "I am from Panipat")
    assert "Panipat" in reply.text and "पानीपत" not in reply.text
