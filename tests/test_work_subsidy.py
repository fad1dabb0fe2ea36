"""A subsidy asked for a line of work no scheme's words name ("dairy ke liye subsidy milti hai kya"), from a citizen or
forwarded by staff, fell back: it gets PMEGP's benefits with the negative-list check of that work."""

import pytest
from admin_chat import CITIZEN, STAFF, say, staffed_services

from bot.services import Services


@pytest.fixture
def services(tmp_path) -> Services:
    return staffed_services(tmp_path / "k.db")


@pytest.mark.parametrize(
    ("asked", "work"),
    [
        ("dairy ke liye subsidy milti hai kya", "dairy"),
        ("डेयरी के लिए सब्सिडी मिलती है क्या", "डेयरी"),
        ("is there subsidy for poultry?", "poultry"),
    ],
)
@pytest.mark.parametrize("forwarded", [True, False])
def test_work_subsidy_a_line_of_work_gets_pmegp_s_benefits_and_its_check(
    services: Services, asked: str, work: str, forwarded: bool
) -> None:
    [reply] = say(services, STAFF if forwarded else CITIZEN, asked, forwarded=forwarded)
    assert reply.intent == "scheme_info" and reply.topic == "pmegp" and reply.aspect == "benefits"
    assert f"{work}: " in reply.text and "✗" not in reply.text


def test_work_subsidy_a_barred_line_of_work_is_ruled_out(services: Services) -> None:
    [reply] = say(services, CITIZEN, "sharab ki dukan ke liye subsidy milegi")
    assert reply.topic == "pmegp" and "✗" in reply.text


def test_work_subsidy_a_subsidy_asked_of_no_work_still_asks_which_scheme(services: Services) -> None:
    [reply] = say(services, CITIZEN, "subsidy milti hai kya")
    assert reply.intent == "clarify"
