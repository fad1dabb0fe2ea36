"""A scheme asked by the old name it took the place of ("udyog aadhaar", Udyam's) gets the part asked, never
a heading with nothing under it."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, user="u"):
    return respond(IncomingMessage("console", user, text), services)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("udyog aadhar kaise banaye", "udyamregistration.gov.in खोलें"),
        ("udyog adhar registration kaise kare", "udyamregistration.gov.in खोलें"),
        ("उद्योग आधार कैसे बनाएं", "udyamregistration.gov.in खोलें"),
        ("how to get udyog aadhaar", "Open udyamregistration.gov.in"),
    ],
)
def test_how_to_get_udyog_aadhaar_gives_udyams_steps(services, text, step):
    [reply] = say(services, text)
    assert reply.topic == "udyam" and step in reply.text


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("udyog aadhaar kya hai", "उद्योग आधार की जगह ली"),
        ("उद्योग आधार क्या है", "उद्योग आधार की जगह ली"),
        ("what is udyog aadhaar", "took the place of Udyog Aadhaar"),
    ],
)
def test_what_udyog_aadhaar_is_gives_udyams_whole_overview(services, text, said):
    [reply] = say(services, text)
    assert reply.topic == "udyam" and said in reply.text
    assert "ऑनलाइन रजिस्ट्रेशन" in reply.text or "online registration" in reply.text


def test_a_part_of_udyam_named_still_gets_its_own_lines(services):
    [reply] = say(services, "where do I go for udyam assist")
    assert "Udyam Assist Platform" in reply.text and "Open udyamregistration.gov.in" not in reply.text
