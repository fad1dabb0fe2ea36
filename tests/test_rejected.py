"""A scheme turned down in passing ("mudra nahi, pmegp batao", "Not GeM, I mean MSME Mart") is not the
one answered; a negation that belongs to a verb ("OTP nahi aa raha", "I do not have udyam") keeps its
clause."""

import pytest

from bot.messages import IncomingMessage
from bot.rejected import without_rejected
from bot.respond import respond


def say(services, text):
    [reply] = respond(IncomingMessage("console", "u", text), services)
    return reply


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mudra nahi, mujhe pmegp ke baare me batao", "pmegp"),
        ("mudra nahi pmegp batao", "pmegp"),
        ("not GeM, I mean the MSME Mart portal. What is it?", "msme-mart"),
        ("gem nahi bhai, nsic wala b2b portal, uska naam aur kaam batao", "msme-mart"),
        ("I want PMEGP, not Mudra", "pmegp"),
        ("ZED नहीं, लीन मैन्युफैक्चरिंग वाली योजना के बारे में बताइए", "champions"),
    ],
)
def test_the_scheme_wanted_is_answered_not_the_one_turned_down(services, text, topic):
    reply = say(services, text)
    assert reply.intent == "scheme_info" and reply.topic == topic


@pytest.mark.parametrize(
    "text",
    [
        "pmegp nahi, mudra loan ke baare me batao",
        "पीएमईजीपी नहीं, मुझे मुद्रा शिशु लोन के बारे में जानना है",
        "udyam ka nahi puch raha, business ka ITR kaise bharte hai",
        "Not CGTMSE - I want a home loan for my flat. Which bank is cheapest?",
    ],
)
def test_turning_our_scheme_down_for_one_we_do_not_cover_gets_the_honest_answer(services, text):
    reply = say(services, text)
    assert reply.intent == "fallback" and reply.topic is None


def test_turning_down_a_loan_we_do_not_cover_for_a_business_one_lists_business_schemes(services):
    reply = say(services, "ghar ke liye loan nahi, dukan ke liye loan chahiye")
    assert reply.intent == "scheme_list"
    assert "pmegp" in {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}


@pytest.mark.parametrize(
    "text",
    [
        "udyam registration me otp nahi aa raha, kisko call karu? helpline no. do",  # "OTP nahi aa raha"
        "payment nahi mila, kya karu",  # without "payment nahi" nothing is asked
        "can I get PMEGP if I do not have udyam?",  # "do not have": the verb's
        "my buyer did not pay for 60 days",
        "udyam nahi hai to pmegp milega kya",
        "udyam free hai na, pmegp ka kya?",  # "na?" asks for agreement
        "udyam portal khul nahi raha, helpline number do",  # a verb's "nahi"
        "उद्यम पोर्टल खुल नहीं रहा, हेल्पलाइन नंबर दो",
        "not able to login to udyam, helpline number?",  # a verb's "not"
    ],
)
def test_a_negation_that_is_no_turning_down_keeps_the_message_whole(services, text):
    assert without_rejected(text, services.current().understand) == text
