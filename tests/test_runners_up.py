"""Staff asking for the runner-up after a forwarded question ("what's the runner up", "doosra option kya tha",
"दूसरा विकल्प क्या था"): the first runner-up's overview; a citizen's "doosra option" is no such ask."""

import pytest
from admin_chat import CITIZEN, STAFF, say, staffed_services

from bot.services import Services

FORWARDED = "udyam registration kaise kare"


@pytest.fixture
def services(tmp_path) -> Services:
    return staffed_services(tmp_path / "k.db")


@pytest.mark.parametrize(
    "asked", ["what's the runner up", "second best match?", "doosra option kya tha", "दूसरा विकल्प क्या था"]
)
def test_runners_up_staff_get_the_first_runner_up(services: Services, asked: str) -> None:
    [shown] = say(services, STAFF, FORWARDED, forwarded=True)
    assert shown.runners_up and "runners-up:" in shown.text
    [reply] = say(services, STAFF, asked)
    assert reply.intent == "scheme_info" and reply.topic == shown.runners_up[0]
    assert f"[staff] runners-up: {', '.join(shown.runners_up)}" in reply.text


def test_runners_up_not_for_a_citizen(services: Services) -> None:
    say(services, CITIZEN, FORWARDED, forwarded=True)
    [reply] = say(services, CITIZEN, "doosra option kya tha")
    assert "[staff]" not in reply.text


def test_runners_up_not_after_a_question_of_staff_s_own(services: Services) -> None:
    [shown] = say(services, STAFF, FORWARDED)
    [reply] = say(services, STAFF, "what's the runner up")
    assert "[staff]" not in reply.text and reply.topic not in shown.runners_up


@pytest.mark.parametrize(
    ("aside", "asked"),
    [("how sure", "runner up"), ("kitna pakka hai", "runner-up?"), ("कितना पक्का है", "दूसरा विकल्प क्या था")],
)
def test_runners_up_still_those_of_the_forward_after_how_sure(
    services: Services, aside: str, asked: str
) -> None:
    [shown] = say(services, STAFF, FORWARDED, forwarded=True)
    [sure] = say(services, STAFF, aside)
    assert sure.intent == "how_sure"
    [reply] = say(services, STAFF, asked)
    assert reply.intent == "scheme_info" and reply.topic == shown.runners_up[0]
    assert f"[staff] runners-up: {', '.join(shown.runners_up)}" in reply.text


def test_runners_up_not_after_another_question_since(services: Services) -> None:
    say(services, STAFF, FORWARDED, forwarded=True)
    say(services, STAFF, "how sure")
    say(services, STAFF, "gem kya hai")
    [reply] = say(services, STAFF, "runner up")
    assert "[staff] runners-up" not in reply.text
