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
