"""A centre's lat/lon far from its own town or state: refused when a typo would move it, pointed out when its
town changed, and never the place citizens' towns are measured from."""

import copy

import pytest
from admin_chat import ADMIN, CITIZEN, staffed_services, text

from bot.kb_check import problems


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def _point(services, centre_id: str) -> tuple[float, float]:
    c = services.current().knowledge.centres[centre_id]
    return c["lat"], c["lon"]


@pytest.mark.parametrize(
    "command",
    [
        "/set tc-meerut lat 12.97",  # Bengaluru's latitude for Meerut's
        "/set tc-meerut lon 72.58",  # Ahmedabad's longitude
        "/set tc-agra lat 18.5",
        "/set ec-purnia lon 78.1",  # a centre in Bihar put in Uttar Pradesh
    ],
)
def test_set_refuses_a_point_far_from_the_centres_town(services, command):
    centre_id = command.split()[1]
    before = _point(services, centre_id)
    reply = text(services, ADMIN, command)
    assert reply.startswith("not changed:") and "km from" in reply and "false distances" in reply
    assert _point(services, centre_id) == before


@pytest.mark.parametrize(
    "command", ["/set tc-meerut lat 28.99", "/set tc-meerut lon 77.75", "/set tc-agra lat 27.2"]
)
def test_set_takes_a_correction_near_the_town_without_a_warning(services, command):
    reply = text(services, ADMIN, command)
    assert "→" in reply and "⚠" not in reply and "km from" not in reply


def test_a_refused_typo_leaves_citizens_distances_true(services):
    text(services, ADMIN, "/set tc-meerut lat 12.97")
    reply = text(services, CITIZEN, "msme centre in meerut")
    assert "Bengaluru" not in reply and "Meerut" in reply


def test_a_centre_moved_to_another_town_is_warned_then_may_move(services):
    text(services, ADMIN, "/set tc-meerut state Karnataka")
    reply = text(services, ADMIN, "/set tc-meerut city Bengaluru")
    assert "⚠ tc-meerut lies at" in reply and "km from Bengaluru, Karnataka" in reply
    assert "⚠" not in text(services, ADMIN, "/set tc-meerut lat 12.99").splitlines()[0]
    reply = text(services, ADMIN, "/set tc-meerut lon 77.6")
    assert "→" in reply and "⚠" not in reply


def test_a_misplaced_centre_does_not_place_its_town_for_citizens(services):
    # (the record now says Bengaluru but still lies in Meerut: Bengaluru is where the gazetteer puts it)
    text(services, ADMIN, "/set tc-meerut state Karnataka")
    text(services, ADMIN, "/set tc-meerut city Bengaluru")
    reply = text(services, CITIZEN, "msme centre in bengaluru")
    first = reply.split("\n2.")[0]
    assert "MSME Technology Centre Bengaluru" in first and "Meerut" not in first


CENTRE_START = [
    "/add centre tc-hapur",
    "MSME Technology Centre Hapur",
    "एमएसएमई टेक्नोलॉजी सेंटर हापुड़",
    "technology-centre",
    "Hapur",
    "हापुड़",
    "Uttar Pradesh",
    "उत्तर प्रदेश",
]


def _add_until_lon(services) -> None:
    for answer in CENTRE_START:
        text(services, ADMIN, answer)


@pytest.mark.parametrize("lat, lon", [("12.97", "77.78"), ("28.73", "72.58"), ("22.3", "87.9")])
def test_add_asks_the_point_again_when_it_lies_far_from_the_town(services, lat, lon):
    _add_until_lon(services)
    text(services, ADMIN, lat)
    reply = text(services, ADMIN, lon)
    assert "not accepted:" in reply and "km from Hapur, Uttar Pradesh" in reply and "Send lat" in reply
    text(services, ADMIN, "28.73")
    assert "Send source" in text(services, ADMIN, "77.78")
    assert "added tc-hapur" in text(services, ADMIN, "DIC Hapur")
    assert _point(services, "tc-hapur") == (28.73, 77.78)


def test_add_takes_a_point_in_the_state_of_a_town_the_gazetteer_lacks(services):
    for answer in [*CENTRE_START[:4], "Testpur", "टेस्टपुर", "Bihar", "बिहार", "25.6"]:
        text(services, ADMIN, answer)
    assert "Send source" in text(services, ADMIN, "85.1")


def test_add_refuses_a_point_outside_the_state_of_an_unknown_town(services):
    for answer in [*CENTRE_START[:4], "Testpur", "टेस्टपुर", "Bihar", "बिहार", "12.97"]:
        text(services, ADMIN, answer)
    reply = text(services, ADMIN, "77.6")
    assert "not accepted:" in reply and "every town of Bihar" in reply


def test_kb_check_and_import_report_a_misplaced_centre(services):
    knowledge = copy.deepcopy(services.current().knowledge)
    assert problems(knowledge) == []
    knowledge.centres["tc-meerut"]["lat"] = 12.97
    assert any(p.startswith("centre tc-meerut: lat, lon is") for p in problems(knowledge))
