"""Replies that must fit one WhatsApp message: it splits a longer one at 1,600 characters, mid-list.

The conversations are the exploratory testers' (session 19): those that got 1,600-2,509 characters (group
lists, the PMEGP estimate table beside all its benefit lines, the "which scheme for me" comparison), and the
other repros of the same report (a line asked, then the summary again; centre lists)."""

import pytest

from bot.answers import MESSAGE_CHARS
from bot.messages import IncomingMessage
from bot.respond import respond

CONVERSATIONS = [
    ["मैं मुस्लिम हूँ, अल्पसंख्यक, शहर में जूते की फैक्ट्री, 30 लाख", "सब्सिडी?"],
    ["Is there any scheme for women entrepreneurs?"],
    ["sc st mahila ke liye"],
    ["any scheme for north east"],
    ["loan chahiye", "5 lakh"],
    ["pmegp", "mera project 8 lakh ka hai"],
    ["What is the education qualification for PMEGP?", "project is 15 lakh service"],
    ["dairy kholni h gaon me", "kaun si yojana"],
    ["vishwakarma yojna me darzi aata hai kya", "interest kitna"],
    ["mai sunar hu 40 saal ka", "toolkit kitne ka"],
    ["PMEGP", "how much loan", "in a city", "I'm a woman"],
    ["मेरे पास कौन सा सेंटर है"],
    ["वाराणसी के पास एमएसएमई सेंटर"],
    ["kolhapur ke paas tool room"],
    # PMEGP's whole eligibility list beside verdicts, a subsidy worked out or a running unit's other ways
    ["main 10th fail hu, gaon me atta chakki lagana chahta hu 8 lakh ka project hai, pmegp me ho jayega?"],
    ["सर पीएमईजीपी लोन क्या होता है, गांव में आटा चक्की और तेल घानी लगाने का सोच रहे हैं"],
    ["I already have a running shop for 3 years can I take PMEGP loan for expansion"],
    ["pmegp loan eligibility - i am 45 yrs and already running a kirana shop, can i apply for new unit"],
]


@pytest.mark.parametrize("messages", CONVERSATIONS, ids=[c[-1][:30] for c in CONVERSATIONS])
def test_reply_fits_one_whatsapp_message(services, messages):
    for text in messages:
        for reply in respond(IncomingMessage("console", "u", text), services):
            assert len(reply.text) <= MESSAGE_CHARS, f"{text!r}: {len(reply.text)} characters:\n{reply.text}"


def test_an_estimate_with_the_area_untold_puts_both_areas_on_one_line(services):
    """ "5 lakh" after "loan chahiye": two lines, not four, and the rates line is not said again under them."""
    for text in ["loan chahiye", "5 lakh"]:
        reply = respond(IncomingMessage("console", "u", text), services)[0]
    assert (
        "≈ सामान्य वर्ग, 5 लाख रुपये का प्रोजेक्ट: सब्सिडी 15% = 75,000 रुपये (शहर) / 25% = 1.25 लाख रुपये (गाँव)"
        in reply.text
    )
    assert "सामान्य वर्ग 15% (शहर) / 25% (गाँव)" not in reply.text


def test_a_list_cut_to_fit_says_how_many_are_left_out_and_offers_the_whole_list_first(services):
    """ "running shop … PMEGP loan for expansion" (1,621 characters): the verdict and the other ways kept, the
    list's last line left out and said so, the link and hedges kept; "1" gives the whole list."""
    said = "I already have a running shop for 3 years can I take PMEGP loan for expansion"
    reply = respond(IncomingMessage("console", "u", said), services)[0]
    assert "✗ A business already running" in reply.text
    assert "CGTMSE" in reply.text and "negative list" not in reply.text
    assert "• … 1 more not shown here: reply 1 or 'more' for the whole list." in reply.text
    assert "https://www.kviconline.gov.in/pmegpeportal/" in reply.text and "ℹ Limits, rates" in reply.text
    assert reply.options[0].label == "Who can apply: the whole list"
    whole = respond(IncomingMessage("console", "u", "1"), services)[0]
    assert "negative list" in whole.text and "not shown here" not in whole.text


def test_a_list_line_said_already_is_left_out_of_a_reply_too_long(services):
    """The special categories asked about beside the worked-out subsidy are not listed again below it."""
    said = (
        "main 10th fail hu, gaon me atta chakki lagana chahta hu 8 lakh ka project hai, pmegp me ho jayega?"
    )
    reply = respond(IncomingMessage("console", "u", said), services)[0]
    assert reply.text.count("पूर्व सैनिक") == 1
    assert "✓ 9वीं" in reply.text and "निगेटिव लिस्ट" in reply.text


@pytest.mark.parametrize("more", ["more", "aur", "और बताओ"])
def test_more_after_a_list_cut_to_fit_gives_the_whole_list(services, more):
    """ "more" / "aur" right after a cut list: its rest, not the next part (benefits)."""
    said = "I already have a running shop for 3 years can I take PMEGP loan for expansion"
    respond(IncomingMessage("console", "u", said), services)
    whole = respond(IncomingMessage("console", "u", more), services)[0]
    assert whole.aspect == "eligibility" and whole.topic == "pmegp"
    assert "negative list" in whole.text or "निगेटिव लिस्ट" in whole.text  # ("aur": in Hindi)
    assert "not shown here" not in whole.text and "नहीं दिखाईं" not in whole.text
