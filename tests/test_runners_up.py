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


@pytest.mark.parametrize(
    ("forwarded", "said"),
    [
        ("hello sir", "read as greeting"),
        ("export facilitation centre near pune?", "read as centre_find"),
        ("namaste ji", "read as greeting"),
    ],
)
def test_runners_up_after_a_forward_about_no_scheme_says_there_is_none(
    services: Services, forwarded: str, said: str
) -> None:
    """ "runner up" after a greeting or a centre search fell back to the citizen's "Sorry, I could not find…"."""
    say(services, STAFF, forwarded, forwarded=True)
    [reply] = say(services, STAFF, "runner up")
    assert "[staff] My last answer was not about one scheme" in reply.text and said in reply.text
    assert "could not find" not in reply.text


def test_runners_up_a_citizen_s_runner_up_after_a_forward_is_no_staff_line(services: Services) -> None:
    say(services, CITIZEN, "hello sir", forwarded=True)
    [reply] = say(services, CITIZEN, "runner up")
    assert "[staff]" not in reply.text
