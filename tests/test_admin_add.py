"""/add scheme|centre ID: the guided flow, its checks, /cancel, and /undo of the new record."""

import pytest
from admin_chat import ADMIN, ADMIN2, CITIZEN, OUTSIDER, audit_count, refused, say, staffed_services, text

from bot import kb_edit
from bot.kb_check import problems

SCHEME_ANSWERS = [
    "Solar Pump Scheme",
    "सोलर पंप योजना",
    "Subsidy for solar pumps",
    "सोलर पंप पर सब्सिडी",
    "scheme",
    "https://solar.example.gov.in",
    "https://solar.example.gov.in/about",
]
CENTRE_ANSWERS = [
    "MSME Technology Centre Testpur",
    "एमएसएमई टेक्नोलॉजी सेंटर टेस्टपुर",
    "technology-centre",
    "Testpur",
    "टेस्टपुर",
    "Bihar",
    "बिहार",
    "25.6",
    "85.1",
    "ministry press note",
]


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def run_flow(services, start: str, answers: list[str]) -> str:
    reply = text(services, ADMIN, start)
    for answer in answers:
        reply = text(services, ADMIN, answer)
    return reply


def test_add_scheme_asks_each_field_and_stores_a_consistent_record(services):
    reply = run_flow(services, "/add scheme solar-pump", SCHEME_ANSWERS)
    assert "added solar-pump" in reply
    k = services.current().knowledge
    assert k.schemes["solar-pump"]["name"]["hi"] == "सोलर पंप योजना"
    assert problems(k) == []
    assert audit_count(services) == 1


def test_add_centre_is_found_by_the_centre_finder(services):
    assert "added tc-testpur" in run_flow(services, "/add centre tc-testpur", CENTRE_ANSWERS)
    assert "tc-testpur" in services.current().knowledge.centres
    assert problems(services.current().knowledge) == []


def test_add_asks_again_after_a_bad_value(services):
    say(services, ADMIN, "/add scheme solar-pump")
    say(services, ADMIN, "Solar Pump Scheme")
    reply = text(services, ADMIN, "only english here")
    assert "Devanagari" in reply and "name.hi" in reply
    assert "short.en" in text(services, ADMIN, "सोलर पंप योजना")


def test_add_asks_for_the_hindi_city_and_state_in_hindi(services):
    reply = run_flow(services, "/add centre tc-testpur", CENTRE_ANSWERS[:4])
    assert "Send city_hi (in Hindi (Devanagari))" in reply
    reply = text(services, ADMIN, "Testpur")
    assert "city_hi must be in Hindi" in reply and "Send city_hi" in reply


def test_add_asks_again_for_a_source_with_a_control_character(services):
    reply = run_flow(services, "/add centre tc-testpur", [*CENTRE_ANSWERS[:-1], "ministry\x07 press note"])
    assert "source contains an invisible control character (U+0007" in reply and "Send source" in reply
    assert "added tc-testpur" in text(services, ADMIN, CENTRE_ANSWERS[-1])


def test_add_url_must_be_https(services):
    reply = run_flow(services, "/add scheme solar-pump", [*SCHEME_ANSWERS[:5], "http://solar.example"])
    assert "https://" in reply and "Send url" in reply


def test_cancel_drops_the_draft(services):
    say(services, ADMIN, "/add scheme solar-pump")
    assert "cancelled" in text(services, ADMIN, "/cancel")
    assert say(services, ADMIN, "Solar Pump Scheme")[0].intent != "admin"
    assert kb_edit.find(services.db, "solar-pump") is None


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/add", "usage"),
        ("/add thing x", "usage"),
        ("/add scheme Bad_Id", "not a valid id"),
        ("/add scheme udyam", "already used"),
    ],
)
def test_add_bad_arguments_change_nothing(services, command, expected):
    refused(services, ADMIN, command, expected)


def test_undo_after_add_removes_the_record(services):
    run_flow(services, "/add scheme solar-pump", SCHEME_ANSWERS)
    assert "undone" in text(services, ADMIN, "/undo")
    assert kb_edit.find(services.db, "solar-pump") is None
    assert "solar-pump" not in services.current().knowledge.schemes


def test_a_url_set_later_replaces_the_no_link_note_and_undo_brings_both_back(services):
    """Citizens must not see the new link with "No official link is on file yet." under it."""
    run_flow(services, "/add scheme solar-pump", [*SCHEME_ANSWERS[:5], "none", SCHEME_ANSWERS[6]])
    added = kb_edit.find(services.db, "solar-pump").data
    say(services, ADMIN, "/set solar-pump url https://solar.example.gov.in")
    assert kb_edit.find(services.db, "solar-pump").data["note"] is None
    assert "No official link" not in text(services, "telegram:300", "solar pump scheme website")
    assert "undone" in text(services, ADMIN, "/undo")
    assert kb_edit.find(services.db, "solar-pump").data == added


def test_undo_of_an_add_keeps_the_record_another_admin_has_added_an_alias_to(services):
    run_flow(services, "/add scheme solar-pump", SCHEME_ANSWERS)
    say(services, ADMIN2, "/alias solar-pump surya pump yojana")
    assert "changed again since" in text(services, ADMIN, "/undo")
    assert "surya pump yojana" in [a[1] for a in kb_edit.aliases(services.db, "solar-pump")]
    assert "undone" in text(services, ADMIN2, "/undo")


def test_draft_of_a_revoked_admin_is_dropped(services):
    say(services, ADMIN, f"/grant admin {OUTSIDER}")
    say(services, OUTSIDER, "/add scheme solar-pump")
    say(services, ADMIN, f"/revoke {OUTSIDER}")
    assert say(services, OUTSIDER, "Solar Pump Scheme")[0].intent != "admin"


def test_a_forwarded_message_is_no_answer_to_the_draft(services):
    """Someone else's words, passed on by the admin mid-/add, never become a field of the record."""
    say(services, ADMIN, "/add scheme solar-pump")
    forwarded = say(services, ADMIN, "Free Money Scheme", forwarded=True)
    assert forwarded[0].intent != "admin"
    replies = [text(services, ADMIN, answer) for answer in SCHEME_ANSWERS]
    assert "added solar-pump" in replies[-1]
    assert services.current().knowledge.schemes["solar-pump"]["name"]["en"] == "Solar Pump Scheme"


@pytest.mark.parametrize("name", ["Udyam Registration", "  udyam   REGISTRATION "])
def test_add_refuses_a_name_another_record_has(services, name):
    """Citizens asking "udyam registration" got the new, empty record."""
    say(services, ADMIN, "/add scheme udyam-2")
    reply = text(services, ADMIN, name)
    assert "is already the name of udyam" in reply and "Send name.en" in reply


def test_add_refuses_a_hindi_name_another_record_has(services):
    run_flow(services, "/add centre tc-testpur", CENTRE_ANSWERS[:1])
    reply = text(services, ADMIN, "उद्यम रजिस्ट्रेशन (उद्यम पंजीकरण)")
    assert "is already the name of udyam" in reply and "Send name.hi" in reply


def test_add_refuses_a_name_taken_while_the_draft_was_open(services):
    run_flow(services, "/add scheme solar-pump", SCHEME_ANSWERS[:-1])
    say(services, ADMIN2, "/set gem name.en Solar Pump Scheme")
    reply = text(services, ADMIN, SCHEME_ANSWERS[-1])
    assert "not added" in reply and "is already the name of gem" in reply
    assert kb_edit.find(services.db, "solar-pump") is None


@pytest.mark.parametrize("word", ["cancel", "stop", "रद्द", "band karo", "start over", "Cancel please"])
def test_a_cancel_word_abandons_the_draft_and_saves_nothing(services, word):
    """A scheme went live with the source "cancel"."""
    run_flow(services, "/add scheme solar-pump", SCHEME_ANSWERS[:-1])
    before = audit_count(services)
    assert "nothing was saved" in text(services, ADMIN, word)
    assert say(services, ADMIN, SCHEME_ANSWERS[-1])[0].intent != "admin"
    assert kb_edit.find(services.db, "solar-pump") is None and audit_count(services) == before


def test_slash_cancel_says_nothing_was_saved(services):
    say(services, ADMIN, "/add scheme solar-pump")
    assert "nothing was saved" in text(services, ADMIN, "/cancel")


def test_a_second_add_says_the_first_draft_was_discarded(services):
    run_flow(services, "/add scheme solar-pump", SCHEME_ANSWERS[:2])
    reply = text(services, ADMIN, "/add centre tc-testpur")
    assert "solar-pump" in reply and "discarded" in reply and "Send name.en" in reply
    assert "added tc-testpur" in run_flow(services, "/add centre tc-testpur", CENTRE_ANSWERS)
    assert kb_edit.find(services.db, "solar-pump") is None


def test_add_refuses_a_hindi_english_name(services):
    say(services, ADMIN, "/add scheme solar-pump")
    reply = text(services, ADMIN, "सोलर पंप योजना")
    assert "name.en is in Hindi" in reply and "Send name.en" in reply


MUDRA_ANSWERS = [
    "MUDRA Loan",
    "मुद्रा लोन",
    "Loans for micro units",
    "सूक्ष्म इकाइयों के लिए लोन",
    "scheme",
    "none",
    "ministry press note",
]


@pytest.mark.parametrize(
    "question",
    ["pmmy kya hai", "shishu loan kaise milega", "What is Pradhan Mantri Mudra Yojana?", "शिशु लोन क्या है"],
)
def test_a_scheme_added_from_the_not_covered_list_answers_all_its_names(services, question):
    """After /add of Mudra, "pmmy" and "shishu loan" still got "I have no details on MUDRA loan"."""
    assert say(services, CITIZEN, question)[0].topic != "mudra"
    reply = run_flow(services, "/add scheme mudra", MUDRA_ANSWERS)
    assert "'MUDRA loan' was on the not-covered list" in reply and "now get mudra" in reply
    answer = say(services, CITIZEN, question)[0]
    assert answer.topic == "mudra" and "⚠" in answer.text  # the admin's unverified record, hedged
    assert "MUDRA Loan" in answer.text or "मुद्रा लोन" in answer.text


def test_a_scheme_sharing_one_name_of_a_wider_not_covered_entry_takes_only_that_name(services):
    reply = run_flow(services, "/add scheme pm-kusum", ["PM-KUSUM", "पीएम कुसुम", *MUDRA_ANSWERS[2:]])
    assert "stays not covered" in reply and "now get pm-kusum" in reply
    assert say(services, CITIZEN, "pm kusum kya hai")[0].topic == "pm-kusum"
    assert "no details on farm and tractor schemes" in text(services, CITIZEN, "I need a tractor loan")
