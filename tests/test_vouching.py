"""'Is this right?' after an answer: staff still see how well the question was understood; a citizen does not."""

from seeded_kb import fresh_services

from bot.messages import IncomingMessage
from bot.respond import respond

STAFF = "telegram:501"
CITIZEN = "telegram:502"


def _ask(services, user, *texts):
    for said in texts:
        [reply] = respond(IncomingMessage("telegram", user, said), services)
    return reply


def test_staff_asking_how_sure_also_see_the_match_score(tmp_path):
    services = fresh_services(tmp_path / "k.db", staff=frozenset({STAFF}))
    staff = _ask(services, STAFF, "pmegp subsidy kab milegi", "kya ye sahi hai?")
    citizen = _ask(services, CITIZEN, "pmegp subsidy kab milegi", "kya ye sahi hai?")
    assert staff.intent == citizen.intent == "how_sure"
    assert "0.70" in staff.text and "0.70" not in citizen.text
    assert "3 साल की FD" in staff.text and "3 साल की FD" in citizen.text
