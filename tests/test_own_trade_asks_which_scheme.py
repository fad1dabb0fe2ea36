"""One's own trade told with "which scheme is for me" ("I repair mobile phones", "main dairy farmer hu") gets the
short list a small business starts with (PMEGP, CGTMSE, Udyam), not the whole catalogue nor "farm schemes are not
covered"; a crop farmer's question is not given that list nor the catalogue (crop farming is on PMEGP's negative
list): farm schemes are not covered."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text):
    [reply] = respond(IncomingMessage("console", text[:40], text), services)
    return reply


@pytest.mark.parametrize(
    "text",
    [
        "I repair mobile phones, which scheme is for me?",
        "I have a mobile repair shop, which scheme is for me",
        "mera mobile repair ki dukan hai, koi scheme hai mere liye?",
        "मेरी मोबाइल रिपेयर की दुकान है, मेरे लिए कौन सी योजना है?",
        "main dairy farmer hu, mere liye kaunsi yojana hai?",
        "मैं डेयरी किसान हूँ, मेरे लिए कौन सी योजना है?",
        "I am a dairy farmer, which scheme is for me?",
        "main electrician hu, mere liye kaunsi yojana hai?",
    ],
)
def test_ones_own_trade_asking_which_scheme_gets_the_short_list(services, text):
    reply = say(services, text)
    assert [o.payload for o in reply.options][:3] == [
        f"@scheme {s} overview" for s in ("pmegp", "cgtmse", "udyam")
    ]
    assert "1 / 2" not in reply.text and "1 of 2" not in reply.text
    assert "खेती और ट्रैक्टर" not in reply.text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("kaunsi yojana hai?", "1 / 2"),  # no trade told: the catalogue
        # a crop farmer: no start-up list nor the catalogue; farm schemes are not covered, PMEGP's negative list shown
        ("main kisan hu, mere liye kaunsi yojana hai?", "खेती और ट्रैक्टर"),
        ("main kisan hu, kaunsi yojana", "खेती)"),
        ("मैं किसान हूँ, कौन सी योजना है?", "खेती और ट्रैक्टर"),
        ("I am a farmer, which scheme is for me?", "crop farming"),
        ("tractor loan chahiye kheti ke liye", "खेती और ट्रैक्टर"),  # farm schemes are not covered
    ],
)
def test_no_trade_or_crop_farming_gets_no_start_up_list(services, text, said):
    assert said in say(services, text).text


def test_a_crop_farmer_starting_a_unit_still_gets_the_start_up_list(services):
    reply = say(services, "main kisan hu, dukan kholni hai, kaunsi yojana")
    assert "खेती और ट्रैक्टर" not in reply.text
    assert [o.payload for o in reply.options][:1] == ["@scheme pmegp overview"]
