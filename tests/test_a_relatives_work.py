"""A relative's work told beside the user's own plan ("papa kheti karte hain, main atta chakki lagana chahta
hu") is not the user's project: PMEGP's negative list is checked against the user's activity only, and the
father's farming asks no farm scheme."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text):
    return "\n".join(r.text for r in respond(IncomingMessage("console", text, text), services))


@pytest.mark.parametrize(
    "text",
    [
        "papa kheti karte hain, main atta chakki lagana chahta hu, pmegp milega?",
        "मेरे पिताजी खेती करते हैं, मैं आटा चक्की लगाना चाहता हूँ, पीएमईजीपी मिलेगा?",
        "My father does farming, I want to start a flour mill, can I get PMEGP?",
        "mere pitaji kheti karte hain lekin main aata chakki lagana chahta hu, kaunsi yojana me subsidy milegi?",
    ],
)
def test_a_relatives_farming_is_not_the_users_project(services, text):
    reply = say(services, text)
    assert "✗" not in reply
    assert "पीएमईजीपी" in reply or "PMEGP" in reply


@pytest.mark.parametrize(
    ("text", "barred"),
    [
        ("main kheti karta hu, pmegp milega?", "✗ खेती"),  # the user's own farming
        (
            "papa kheti karte hain, main meat shop kholna chahta hu, pmegp milega?",
            "✗ मांस",
        ),  # the user's own meat shop
        ("papa meat shop kholna chahte hain, pmegp milega?", "✗ मांस"),  # the father is the one applying
    ],
)
def test_the_users_own_or_the_applicants_activity_is_still_checked(services, text, barred):
    assert barred in say(services, text)


def test_a_story_with_a_fathers_farming_is_answered(services):
    """The father's "kheti" made the whole story a "farm schemes not covered" fallback."""
    reply = say(
        services,
        "Namaste sir, mera naam Ramesh hai aur main Gorakhpur ke paas ek gaon me rehta hoon. Mere pitaji pehle kheti"
        " karte the lekin ab main ek chhota sa aata chakki ka kaam shuru karna chahta hoon. Main OBC category se"
        " hoon aur 10th pass hoon. Project ki lagat lagbhag 8 lakh rupaye hogi. Kripya batayein ki mujhe kaunsi"
        " yojana me apply karna chahiye, kitni subsidy milegi, aur kya kya documents lagenge?",
    )
    assert "पीएमईजीपी" in reply and "खेती और ट्रैक्टर" not in reply and "✗" not in reply


def test_a_farm_scheme_asked_for_a_relative_is_still_not_covered(services):
    assert "खेती और ट्रैक्टर" in say(services, "papa kisan hain, unke liye tractor loan chahiye")
