"""A helpline number written in a message is answered as that helpline, honest about what is not known."""

import pytest

from bot import known_numbers
from bot.messages import IncomingMessage
from bot.respond import respond


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Is the 1800-180-6763 number still working?", None),  # the Udyami Helpline: a general line
        ("1800 419 3436 pe call nahi lag raha", "gem"),
        ("18004193436", "gem"),
    ],
)
def test_a_number_on_file_is_found_however_it_is_written(services, text, owner):
    assert known_numbers.owners(services.current().knowledge, text)[:1] == [owner]


@pytest.mark.parametrize(
    "text", ["mera turnover 12 lakh hai", "pincode 110001 ke paas centre", "call 9876543210"]
)
def test_other_numbers_name_no_line(services, text):
    assert known_numbers.owners(services.current().knowledge, text) == []


def test_asking_whether_a_number_works_gets_that_line_and_its_doubt(services):
    [reply] = respond(IncomingMessage("console", "u", "Is the 1800-180-6763 number still working?"), services)
    assert reply.intent == "helpline"
    assert reply.text.startswith("I cannot check whether a number works today")
    assert "1800-180-6763 (please confirm: not verified)" in reply.text


def test_a_person_asked_with_the_numbers_is_offered_too(services):
    """ "give me a number, I want to talk to an officer": the helplines, and "Talk to a person" to pick."""
    text = "I want to talk to an officer in the MSME ministry, give me a number"
    [reply] = respond(IncomingMessage("console", "p", text), services)
    assert reply.intent == "helpline" and "3. Talk to a person" in reply.text
    [picked] = respond(IncomingMessage("console", "p", "3"), services)
    assert picked.intent == "agent"
