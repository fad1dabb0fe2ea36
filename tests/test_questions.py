"""Splitting a message into the questions it holds, only where each part names its own scheme."""

import pytest

from bot.questions import separate


@pytest.fixture
def split(services):
    snap = services.current()
    return lambda text: separate(text, snap.understand)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("udyam registration and pmegp eligibility", 2),
        ("उद्यम रजिस्ट्रेशन कैसे करें और पीएमईजीपी में सब्सिडी कितनी है", 2),
        ("cgtmse ki fees, zed subsidy batao", 2),
        ("PMEGP vs CGTMSE which is better", 2),
        ("What are the documents for Udyam and how do I register on GeM as I am a seller?", 2),
        ("Udyam ki fees kitni hai aur GeM par registration free nahi hai?", 2),  # "nahi hai?" asks here
        # a need of one's own said as such, and a loan that several schemes give, are questions too
        ("udyam registration karna hai aur GeM pe bhi bechna hai", 2),
        ("उद्यम रजिस्ट्रेशन करना है और GeM पर भी बेचना है", 2),
        ("udyam registration kaise kare aur uske baad loan kaise milega", 2),
        ("I want to register on udyam and also need a loan", 2),
        # numbered questions, with a greeting and thanks around them; where a centre is asked is one of them
        (
            "Hi team, three quick questions: 1) is Udyam registration free? 2) what documents does PMEGP need? "
            "3) where is the nearest MSME tool room to Coimbatore? Thanks",
            3,
        ),
        (
            "namaste ji, 1) udyam free hai kya? 2) pmegp ke documents kya hai? 3) coimbatore me tool room kahan hai?",
            3,
        ),
        ("नमस्ते, 1) उद्यम रजिस्ट्रेशन फ्री है क्या? 2) पीएमईजीपी के लिए कौन से कागज़ चाहिए?", 2),
    ],
)
def test_parts_that_each_name_a_scheme_are_separate_questions(split, text, parts):
    """(an "I am" inside a part that asks something does not make it a statement)"""
    assert len(split(text)) == parts


@pytest.mark.parametrize(
    "text",
    [
        "loan aur subsidy",
        # the loan of a scheme that lends, named in the other part, is that scheme's
        "विश्वकर्मा योजना में टूलकिट के 15000 कैसे मिलते हैं और लोन कितना है",
        "How much loan and at what interest under vishwakarma yojana",
        "udyam aur uske documents",
        "pmegp and pmegp documents",
        "zed ke liye udyam",
        "what is udyam?",
        # "क्या" holds a "या" (or), but compares nothing: the story before the question is no question
        "मेरी सिलाई की दुकान 3 साल से चल रही है, क्या मैं पीएमईजीपी में आवेदन कर सकती हूँ?",
        # what the user got or took is context, not a question of its own
        "mudra nahi mila, pmegp me kitni subsidy milegi",
        "I took a Mudra loan 2 years back, am I still eligible for the Vishwakarma loan?",
        # who the user is, said first (it got Udyam's benefits before GeM's)
        "As a micro enterprise, do I get any advantage when selling on GeM?",
        "I am udyam registered, how to apply on gem",
        # two question marks of one scheme, unnumbered: one question
        "ट्रेड्स पर किन कंपनियों को खरीदार के तौर पर जुड़ना जरूरी है? टर्नओवर की कोई सीमा है?",
    ],
)
def test_one_question_stays_one(split, text):
    assert split(text) == []


def test_what_our_company_lacks_is_told_not_asked():
    from bot.questions import tells

    assert tells("हमारी कंपनी अभी उद्यम में रजिस्टर नहीं है")
    assert tells("hamare paas udyam nahi hai")
