"""Longer chats that point back (heldout54's theme): schemes the user names together then picked by place
("pehle wala", "the second one", "तीसरी वाली", "beech wala", "last wala") or by a word ("guarantee wala"), a
list of centres then "number bhi", a helpline that does not connect, the e-mail after the general lines."""

import pytest
from chatting import chat, say


def test_the_first_of_two_named_in_one_message(services):
    [reply] = say(services, "pmegp aur cgtmse dono ka naam suna hai. pehle wala kya hai?")
    assert (reply.intent, reply.topic) == ("scheme_info", "pmegp")


def test_and_the_second_one_is_the_second_named_not_the_second_part(services):
    [reply] = chat(services, "pmegp aur cgtmse dono ka naam suna hai. pehle wala kya hai?", "aur dusra wala?")
    assert (reply.intent, reply.topic) == ("scheme_info", "cgtmse")


def test_a_bare_digit_still_picks_from_the_menu(services):
    [reply] = chat(services, "pmegp aur cgtmse dono ka naam suna hai. pehle wala kya hai?", "2")
    assert reply.topic == "pmegp" and reply.aspect != "overview"


def test_which_of_the_named_should_i_use_sets_them_side_by_side(services):
    text = "I've heard of Samadhaan, ODR and Champions for payment problems. Which one should I use?"
    [reply] = say(services, text)
    assert reply.intent == "compare"
    assert reply.text.index("Samadhaan") < reply.text.index("ODR") < reply.text.index("Champions")


def test_the_first_and_then_the_second_of_three_named(services):
    named = "I've heard of Samadhaan, ODR and Champions for payment problems. Which one should I use?"
    [first] = chat(services, named, "the first one - what documents do I need")
    assert (first.topic, first.aspect) == ("samadhaan", "documents")
    [second] = say(services, "and the second one?")
    assert (second.topic, second.aspect) == ("odr", "documents")
    [third] = say(services, "the third is only for complaints?")
    assert (third.topic, third.aspect) == ("champions", "overview")


def test_the_third_and_then_the_first_in_hindi(services):
    named = "पीएमईजीपी, सीजीटीएमएसई और विश्वकर्मा, इनमें से मेरे लिए कौन सा ठीक रहेगा? मैं लोहार हूँ"
    [third] = chat(services, named, "तीसरी वाली का लोन कितने समय में चुकाना होता है?")
    assert third.topic == "pm-vishwakarma" and "18" in third.text
    [first] = say(services, "और पहली वाली में सब्सिडी?")
    assert (first.topic, first.aspect) == ("pmegp", "benefits")


@pytest.mark.parametrize(
    ("pointer", "topic"), [("last wala kya hai fir", "sambandh"), ("aur beech wala", "msme-mart")]
)
def test_last_and_middle_of_three_named(services, pointer, topic):
    [reply] = chat(services, "gem, msme mart aur sambandh - inme se kis pe maal bech sakte hai?", pointer)
    assert (reply.intent, reply.topic) == ("scheme_info", topic)


def test_the_named_are_forgotten_once_the_chat_moves_on(services):
    named = "pmegp aur cgtmse dono ka naam suna hai. pehle wala kya hai?"
    [reply] = chat(services, named, "gem kya hai", "aur dusra wala?")
    assert reply.topic != "cgtmse"


def test_a_scheme_listed_picked_by_its_word(services):
    [reply] = chat(services, "acha msme ke liye koi loan wali scheme", "guarantee wala batao")
    assert (reply.intent, reply.topic) == ("scheme_info", "cgtmse")


def test_any_scheme_with_a_word_is_still_asked_of_all(services):
    first = "hlo sir meri beti ne parlour ka course kiya h ab khud ka parlour kholna chahti h"
    [reply] = chat(services, first, "uske liye subsidy wali koi yojana h kya")
    assert reply.intent == "scheme_list"


def test_clay_pots_are_a_potters_work(services):
    [reply] = say(services, "I make clay pots at home. Is there any scheme for people like me?")
    assert reply.topic == "pm-vishwakarma"


def test_number_alone_after_a_list_of_centres_is_theirs(services):
    [reply] = chat(services, "guwahati me msme tool room ka pata", "number bhi")
    assert reply.intent == "centre_find" and "गुवाहाटी" in reply.text


@pytest.mark.parametrize("text", ["the number isn't connecting", "ye number lagta nahi"])
def test_a_helpline_that_does_not_connect(services, text):
    [reply] = chat(services, "gem helpline number", text)
    assert (reply.intent, reply.topic) == ("helpline", "gem")
    assert "1800-419-3436" in reply.text


def test_the_email_after_the_general_lines(services):
    [reply] = chat(services, "मुझे किसी अधिकारी से बात करनी है, संपर्क सूत्र दीजिए", "ईमेल भी बता दीजिए")
    assert reply.intent == "helpline" and "champions@gov.in" in reply.text


def test_ji_after_an_answer_is_an_ok(services):
    [reply] = chat(services, "gem helpline number", "जी")
    assert reply.intent == "ack"


def test_ji_alone_first_still_opens_a_question(services):
    [reply] = say(services, "जी")
    assert reply.intent == "opener"


def test_ones_own_case_past_one_aside_not_covered(services):
    aside = "btw is Stand-Up India better for women?"
    [reply] = chat(
        services,
        "tell me about PMEGP",
        aside,
        "I already run a shop for 3 years, can I use it for expansion?",
    )
    assert (reply.topic, reply.aspect) == ("pmegp", "eligibility")


def test_a_group_told_past_an_aside_asks_of_the_scheme_before(services):
    [reply] = chat(
        services,
        "ज़ेड सर्टिफिकेशन क्या है?",
        "मेरे जीएसटी रिटर्न में गलती हो गई है, उसे कैसे सुधारें?",
        "हमारी यूनिट असम में है, कुछ ज़्यादा छूट मिलेगी?",
    )
    assert (reply.topic, reply.aspect) == ("zed", "benefits")


def test_it_past_an_aside_may_still_point_at_the_aside(services):
    [reply] = chat(services, "pmegp documents", "aadhaar me address kaise badle", "iske documents kya hai")
    assert reply.topic != "pmegp"


def test_going_back_to_a_scheme_by_name(services):
    [reply] = chat(
        services,
        "udyam registration ke liye kya kya chahiye",
        "pmegp me gaon ke liye subsidy kitni hai",
        "wapas udyam pe - aadhaar zaruri hai kya",
    )
    assert reply.topic == "udyam"


def test_how_many_in_the_country_after_the_export_centres(services):
    [reply] = chat(services, "निर्यात सुविधा केंद्र क्या हैं?", "कितने हैं देश में?")
    assert reply.topic == "efc" and "65" in reply.text


@pytest.mark.parametrize(
    ("scheme", "claim"),
    [
        ("green finance scheme kya hai", "बैंक वाले कहते हैं ऐसी कोई योजना ही नहीं है"),
        ("cgtmse kya hai", "bank wale bol rahe ye scheme band ho gayi, pakka chal rahi hai?"),
    ],
)
def test_a_scheme_said_not_to_exist_gets_what_the_record_says(services, scheme, claim):
    [reply] = chat(services, scheme, claim)
    assert reply.intent == "how_sure" and reply.topic in ("green-finance", "cgtmse")
