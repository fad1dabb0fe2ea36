"""Trades telling their need without a scheme's name, and centres asked about in a chat (heldout57's and heldout58's
themes): clean technology, buyers who owe, workers to train, cash before the buyer pays, supplying public bodies,
the regulator's matters we do not cover, a nearer town, a centre's phone and hours."""

import pytest
from chatting import chat, say


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "We run a wooden furniture unit in Delhi. Want to put a dust collector and a water based paint booth, "
            "approx 25 lakh. Any cheaper loan for such clean tech?",
            "green-finance",
        ),
        (
            "हम साफ तकनीक वाली मशीनें लगाना चाहते हैं ताकि गंदा पानी और केमिकल कम निकले, इसके लिए कोई सस्ता लोन है?",
            "green-finance",
        ),
        ("our company makes transformers. the state discom owes us 4 crore for 8 months now", "samadhaan"),
        ("हम BHEL को फैब्रिकेशन का सामान सप्लाई करते हैं, 4 महीने से 11 लाख का भुगतान रुका हुआ है", "samadhaan"),
        (
            "hamara customer 90 din ka credit leta hai aur phir bhi late karta hai, 18 lakh baki hai",
            "samadhaan",
        ),
        (
            "I have a two wheeler service garage with 3 mechanics. want them trained on fuel injection. any govt "
            "training place?",
            "tech-centres",
        ),
        (
            "we supply corrugated boxes to a big FMCG company, they pay in 45 days as per PO which is fine, but we "
            "need cash earlier to buy kraft paper. any option?",
            "treds",
        ),
        (
            "hum ek central PSU ko cable supply karte hai, bill pass hone ke baad bhi 40-45 din lagte hai, tab tak "
            "udhar pe kaam chalana padta hai",
            "treds",
        ),
        (
            "we stitch school and police uniforms in Ludhiana. want to supply directly to govt bodies instead of "
            "through contractors",
            "gem",
        ),
        (
            "we make valves. want to know what PSUs are buying so we can approach them. where can i see that",
            "sambandh",
        ),
        ("buyer chennai me hai, suna hai ab sab online sunwai hoti hai, wo kya hai", "odr"),
    ],
)
def test_a_need_told_in_a_trades_words_finds_its_scheme(services, text, topic):
    [reply] = say(services, text)
    assert (reply.intent, reply.topic) == ("scheme_info", topic)


@pytest.mark.parametrize(
    "text",
    [
        "how do I apply for IEC",
        "BIS का ISI मार्क लेने में कितना खर्च आता है",
        "our consent to operate from DPCC expired, how to renew it",
        "मसालों के लिए स्पाइस बोर्ड का रजिस्ट्रेशन भी जरूरी है क्या",
        "what is the export incentive under RoDTEP for leather shoes",
        "diwali pe staff ko bonus dena compulsory h kya",
        "also where is the GST office in surat",
        "also nearest aadhaar seva kendra in ranchi?",
    ],
)
def test_the_regulators_matters_are_not_covered(services, text):
    [reply] = say(services, text)
    assert reply.intent == "fallback"


def test_twenty_lakh_is_no_standards_mark(services):
    [reply] = say(services, "bina girvi loan chahiye bees lakh ka koi yojana hai kya")
    assert reply.topic == "cgtmse"


def test_the_rcmc_fee_paid_back_is_still_the_export_centres(services):
    [reply] = say(services, "first time exporter hu, RCMC ki fees wapas milti h kya?")
    assert reply.topic == "efc"


def test_a_town_named_with_nearer_after_a_list_is_searched(services):
    [reply] = chat(
        services, "banglore me msme tool room kidhar hai", "hosur se aana padega, koi aur paas me?"
    )
    assert reply.intent == "centre_find" and "Hosur" in reply.text


def test_a_listed_centres_phone_and_hours_asked_at_length(services):
    [reply] = chat(
        services, "जयपुर में एमएसएमई एक्सटेंशन सेंटर है क्या", "वहाँ क्या सिखाते हैं", "उसका फोन नंबर और खुलने का समय बताइए"
    )
    assert reply.intent == "centre_find"


def test_a_centre_named_by_its_trade_word_is_still_a_centre(services):
    [reply] = say(services, "kannauj me itr wala technology centre hai na? address bhejo")
    assert reply.intent == "centre_find"


def test_help_offline_in_a_schemes_chat_is_how_to_apply(services):
    [reply] = chat(
        services,
        "how to do udyam registration",
        "im not comfortable online, is there an office where they will help me",
    )
    assert (reply.topic, reply.aspect) == ("udyam", "apply")


def test_whom_to_contact_is_no_eligibility(services):
    [reply] = chat(
        services, "any scheme for buying energy efficient machines", "who can i contact about MSE-GIFT"
    )
    assert (reply.topic, reply.aspect) == ("green-finance", "contact")


def test_a_department_holding_a_bill_is_a_late_payment(services):
    [reply] = say(
        services, "ek sarkari vibhag ne hamara 6 lakh ka bill 4 mahine se roka hua hai, hum micro unit hai"
    )
    assert reply.topic == "samadhaan"


def test_a_packing_list_is_no_list_of_centres(services):
    [reply] = chat(
        services,
        "now want to export directly to buyers abroad. where can we get guidance",
        "will they help with export paperwork like invoice, packing list, shipping bill",
    )
    assert (reply.intent, reply.topic) == ("scheme_info", "efc")


def test_an_artisans_worn_tools_are_the_artisans_scheme(services):
    text = "me and my father do carpentry in our village. tools are very old and we cant afford new ones"
    [reply] = say(services, text)
    assert reply.topic == "pm-vishwakarma"


def test_a_centres_services_asked_after_its_list(services):
    [reply] = chat(services, "sasaram me technology extension centre kab khulega", "wahan kya kya sikhayenge")
    assert reply.intent == "centre_find"


def test_a_centres_number_asked_beside_wanting_to_talk(services):
    [reply] = chat(
        services, "tatanagar me IDTR kaha pe hai", "admission ke liye baat karni hai, unka number?"
    )
    assert reply.intent == "centre_find"
