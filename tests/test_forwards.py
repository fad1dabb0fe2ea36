"""Staff forward one citizen's question after another: a forward took the last forward's scheme, trade and age
("✓ उम्र 45 साल" for a citizen who gave none), and a forwarded "agent" or "band karo" opened, fed or withdrew a
helpline request in the staff member's own name. Each forward now stands alone, and a forwarded ask for a person
or to stop is said for what it is; the staff member's own follow-ups still go with the forward."""

import pytest
from admin_chat import CITIZEN, STAFF, say, staffed_services, text

from bot.services import Services

TAILOR = "meri umar 45 saal hai, silai ka kaam hai, koi yojana?"


@pytest.fixture
def services(tmp_path) -> Services:
    return staffed_services(tmp_path / "k.db")


@pytest.mark.parametrize(
    "second",
    [
        "मेरे भाई ने २ साल पहले पीएमईजीपी का लोन लिया था, अब वो दूसरा लोन लेना चाहता है, कितना मिल सकता है?",
        "bhai ne pmegp loan liya tha, ab dusra loan kitna milega",
        "my brother took a PMEGP loan 2 years ago, how much can the second loan be?",
    ],
)
def test_forwards_a_forward_does_not_take_the_last_one_s_scheme_or_age(
    services: Services, second: str
) -> None:
    [first] = say(services, STAFF, TAILOR, forwarded=True)
    assert first.topic == "pm-vishwakarma" and "45" in first.text
    [reply] = say(services, STAFF, second, forwarded=True)
    assert reply.topic == "pmegp"
    assert "45" not in reply.text and "दर्जी" not in reply.text and "tailor" not in reply.text.casefold()


@pytest.mark.parametrize(("asked", "intent"), [("how sure", "how_sure"), ("why", "how_sure")])
def test_forwards_staff_s_own_follow_up_is_still_about_the_forward(
    services: Services, asked: str, intent: str
) -> None:
    say(services, STAFF, TAILOR, forwarded=True)
    say(services, STAFF, "pmegp me kitni subsidy milti hai", forwarded=True)
    [reply] = say(services, STAFF, asked)
    assert reply.intent == intent and reply.topic == "pmegp"


@pytest.mark.parametrize("asked", ["aur documents?", "documents?", "और कागज़?"])
def test_forwards_a_part_asked_after_a_forward_is_the_forward_s_scheme(
    services: Services, asked: str
) -> None:
    say(services, STAFF, TAILOR, forwarded=True)
    say(services, STAFF, "udyam registration kaise kare", forwarded=True)
    [reply] = say(services, STAFF, asked)
    assert reply.topic == "udyam" and reply.aspect == "documents"


def test_forwards_a_citizen_s_forward_still_follows_their_chat(services: Services) -> None:
    say(services, CITIZEN, "pmegp kya hai")
    [reply] = say(services, CITIZEN, "aur documents?", forwarded=True)
    assert reply.topic == "pmegp" and reply.aspect == "documents"


@pytest.mark.parametrize(
    "asked", ["agent", "human please, koi officer se baat karao", "मुझे किसी इंसान से बात करनी है"]
)
def test_forwards_a_forwarded_ask_for_a_person_opens_no_request(services: Services, asked: str) -> None:
    [reply] = say(services, STAFF, asked, forwarded=True)
    assert reply.intent == "forwarded_meaning"
    assert "no open tickets" in text(services, STAFF, "/queue")


@pytest.mark.parametrize("asked", ["band karo", "never mind, cancel my request", "मेरा अनुरोध रद्द करो"])
def test_forwards_a_forwarded_stop_withdraws_nothing(services: Services, asked: str) -> None:
    say(services, CITIZEN, "agent")
    say(services, STAFF, "/agent")  # (the staff member's own request, say a test of the helpline)
    [reply] = say(services, STAFF, asked, forwarded=True)
    assert reply.intent == "forwarded_meaning" and ("withdraw" in reply.text or "वापस" in reply.text)
    queue = text(services, STAFF, "/queue")
    assert "2 open ticket(s)" in queue and asked not in queue


def test_forwards_staff_s_own_agent_still_opens_a_request(services: Services) -> None:
    [reply] = say(services, STAFF, "agent")
    assert reply.intent == "agent"
    assert "1 open ticket(s)" in text(services, STAFF, "/queue")


def test_forwards_an_agent_asked_with_a_question_answers_the_question(services: Services) -> None:
    [reply] = say(services, STAFF, "agent, my udyam certificate has the wrong name", forwarded=True)
    assert reply.topic == "udyam"
    assert "no open tickets" in text(services, STAFF, "/queue")


@pytest.mark.parametrize("back", ["wapas", "back", "वापस"])
def test_forwards_back_after_how_sure_names_the_choices_in_the_reply_s_language(
    services: Services, back: str
) -> None:
    """A Hindi forward's choices, then the staff member's English "how sure": "wapas" lists them in English,
    not "Back to the choices…: 1. फायदे"."""
    say(services, STAFF, "CGTMSE me collateral free loan ka limit kitna hai?", forwarded=True)
    say(services, STAFF, "how sure")
    [reply] = say(services, STAFF, back)
    assert reply.intent == "back" and reply.locale == "en"
    assert [o.label for o in reply.options][:2] == ["Benefits", "Who can apply"]
    assert "फायदे" not in reply.text


def test_forwards_back_in_one_language_keeps_the_choices_as_shown(services: Services) -> None:
    say(services, CITIZEN, "pmegp kya hai")
    say(services, CITIZEN, "2")
    [reply] = say(services, CITIZEN, "wapas")
    assert reply.locale == "hi" and "फायदे" in [o.label for o in reply.options]


def test_forwards_runner_up_asked_is_no_activity_for_the_negative_list(services: Services) -> None:
    """ "runner up" after a Vishwakarma forward showed PMEGP with "ℹ runner: दर्ज निगेटिव लिस्ट में इसका नाम नहीं"."""
    say(
        services,
        STAFF,
        "Namaste sir, main Sunita Devi bol rahi hoon Bareilly se. Mujhe silai ka kaam shuru karna hai, kya PM "
        "Vishwakarma me loan milega? Aur kitna byaj lagega?",
        forwarded=True,
    )
    replies = say(services, STAFF, "runner up")
    joined = "\n".join(r.text for r in replies)
    assert "pmegp" in joined.casefold() and "runner:" not in joined and "निगेटिव लिस्ट में इसका नाम" not in joined


PAPAD = (
    "मैं 45 साल की हूँ, पति की किराने की दुकान है, मुझे पापड़ बनाने का काम शुरू करना है, कौन सी योजना है और "
    "कितनी सब्सिडी मिलेगी?"
)


@pytest.mark.parametrize("asides", [["how sure", "why"], ["why"], ["kitna pakka hai"]])
@pytest.mark.parametrize("asked", ["aur documents?", "documents?", "और कागज़?"])
def test_forwards_a_part_asked_after_staff_s_asides_is_of_the_forward_s_list(
    services: Services, asides: list[str], asked: str
) -> None:
    """ "how sure" and "why" after a forward that listed PMEGP, CGTMSE and Udyam: "aur documents?" asks which
    of those three (it got the whole catalogue)."""
    [listed] = say(services, STAFF, PAPAD, forwarded=True)
    assert listed.intent == "scheme_list"
    for aside in asides:
        say(services, STAFF, aside)
    [reply] = say(services, STAFF, asked)
    assert [o.payload.split()[1] for o in reply.options[:3]] == ["pmegp", "cgtmse", "udyam"]
    assert len(reply.options) == 4


def test_forwards_a_part_asked_after_a_picked_scheme_is_that_scheme_s(services: Services) -> None:
    say(services, STAFF, PAPAD, forwarded=True)
    say(services, STAFF, "2")
    [reply] = say(services, STAFF, "aur documents?")
    assert reply.topic == "cgtmse" and reply.aspect == "documents"
