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


@pytest.mark.parametrize(
    ("forwarded", "words", "runner_up"),
    [
        ("pmegp me kitni subsidy milti hai", '"pmegp", "subsidy"', '"subsidy"'),
        ("पीएमईजीपी में कितनी सब्सिडी मिलती है", '"पीएमईजीपी"', None),
        ("how much subsidy does pmegp give", '"subsidy", "pmegp"', '"subsidy"'),
    ],
)
def test_staff_why_names_the_words_that_matched(
    services: Services, forwarded: str, words: str, runner_up: str | None
) -> None:
    """ "why" repeated "how sure" word for word; it says which words named the scheme, and the runner-up's."""
    say(services, STAFF, forwarded, forwarded=True)
    [sure] = say(services, STAFF, "how sure")
    [reply] = say(services, STAFF, "why")
    assert reply.text != sure.text and reply.topic == "pmegp"
    assert "[staff] Why PMEGP" in reply.text and words in reply.text
    if runner_up:
        assert f"matched only {runner_up}" in reply.text


def test_staff_why_after_a_part_asked_says_it_went_on_from_before(services: Services) -> None:
    say(services, STAFF, FORWARDED, forwarded=True)
    say(services, STAFF, "aur documents?")
    [reply] = say(services, STAFF, "kyun")
    assert reply.topic == "udyam" and "no word of the question named it" in reply.text


@pytest.mark.parametrize("forwarded", ["hello sir", "export facilitation centre near pune?", "नमस्ते"])
def test_staff_why_after_no_scheme_says_so(services: Services, forwarded: str) -> None:
    """ "why" after a greeting or a centre search fell back to the citizen's "Sorry, I could not find…"."""
    say(services, STAFF, forwarded, forwarded=True)
    [reply] = say(services, STAFF, "why")
    assert reply.intent == "how_sure" and "was not about one scheme" in reply.text
    assert "could not find" not in reply.text


def test_staff_why_with_nothing_before_is_no_explanation(services: Services) -> None:
    [reply] = say(services, STAFF, "why")
    assert "[staff]" not in reply.text
