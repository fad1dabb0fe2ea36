"""A forward with numbered questions about several schemes: each one answered after the story before them, and
the staff member told of any the reply leaves out."""

import pytest
from admin_chat import CITIZEN, STAFF, say, staffed_services

from bot.questions import numbered_questions
from bot.services import Services

IRFAN = (
    "Sir namaskar. Main Mohd. Irfan, Moradabad se, 9876512345. Hum peetal ke bartan banate hain, 12 karigar hain. "
    "1) Udyam registration free hai ya paisa lagta hai? 2) PMEGP me loan kitna milega? 3) GeM pe bechne ke liye kya "
    "chahiye?"
)


@pytest.fixture
def services(tmp_path) -> Services:
    return staffed_services(tmp_path / "k.db")


@pytest.mark.parametrize(
    "said, topics",
    [
        (IRFAN, ["udyam", "pmegp", "gem"]),
        (
            "Hello, my questions: 1. What documents are needed for PMEGP? 2. Is GeM registration free? "
            "3. How to file a case on Samadhaan?",
            ["pmegp", "gem", "samadhaan"],
        ),
        ("नमस्ते, 1) उद्यम रजिस्ट्रेशन कैसे करें? 2) पीएमईजीपी में कितनी सब्सिडी मिलेगी?", ["udyam", "pmegp"]),
    ],
)
def test_each_numbered_question_after_a_story_is_answered(services, said, topics):
    replies = say(services, STAFF, said, forwarded=True)
    assert [r.topic for r in replies] == topics
    assert "Not answered here" not in replies[0].text


def test_the_question_on_gem_gets_gem_not_udyam_documents(services):
    replies = say(services, STAFF, IRFAN, forwarded=True)
    assert "gem.gov.in" in replies[-1].text and replies[-1].aspect == "documents"


def test_numbered_questions_left_out_are_named_to_staff(services):
    said = (
        "Sir, 1) Udyam registration free hai? 2) PMEGP me loan kitna milega? 3) GeM pe bechne ke liye kya chahiye? "
        "4) CGTMSE ki fees kitni hai?"
    )
    [reply, *_] = say(services, STAFF, said, forwarded=True)
    assert "[staff] Not answered here" in reply.text and "4) CGTMSE ki fees kitni hai" in reply.text


def test_a_citizen_is_never_shown_the_staff_note(services):
    said = "1) Udyam free hai? 2) PMEGP loan kitna? 3) GeM kya chahiye? 4) CGTMSE fees kitni?"
    assert all("[staff]" not in r.text for r in say(services, CITIZEN, said))


@pytest.mark.parametrize(
    "said, asked",
    [
        ("1) udyam free hai? 2) pmegp loan kitna? Thanks", ["udyam free hai", "pmegp loan kitna"]),
        ("story. 1. What is GeM? 2. Is it free?", ["What is GeM", "Is it free"]),
        ("mere paas 2 machine hai, loan chahiye", []),
        ("1) udyam kya hai?", []),
    ],
)
def test_numbered_questions(said, asked):
    assert numbered_questions(said) == asked
