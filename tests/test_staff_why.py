"""Staff asking "why" alone after a forwarded question ("why", "kyun", "क्यों") fell back; it gets the match
explained, as "how sure" does. A citizen's "why" and a "why" inside a question are unchanged."""

import pytest
from admin_chat import CITIZEN, STAFF, say, staffed_services

from bot.services import Services

FORWARDED = "udyam registration free hai kya"


@pytest.fixture
def services(tmp_path) -> Services:
    return staffed_services(tmp_path / "k.db")


@pytest.mark.parametrize("asked", ["why", "why?", "kyun", "kyu", "क्यों"])
def test_staff_why_explains_the_match(services: Services, asked: str) -> None:
    say(services, STAFF, FORWARDED, forwarded=True)
    [reply] = say(services, STAFF, asked)
    assert reply.intent == "how_sure" and reply.topic == "udyam"


def test_a_citizen_s_why_is_no_how_sure(services: Services) -> None:
    say(services, CITIZEN, FORWARDED)
    [reply] = say(services, CITIZEN, "why")
    assert reply.intent != "how_sure"


def test_why_inside_a_question_is_the_question(services: Services) -> None:
    say(services, STAFF, FORWARDED, forwarded=True)
    [reply] = say(services, STAFF, "why is udyam registration needed")
    assert reply.intent != "how_sure"
