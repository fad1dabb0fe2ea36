"""Records named instead of by id: /show and /history find a record by its exact id, then by its name (either
language) or an alias; a write command never acts on a name, but says which id it may have meant."""

import pytest
from admin_chat import ADMIN, ADMIN2, refused, say, staffed_services, text, unlink


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


@pytest.mark.parametrize(
    "name, shown",
    [
        ("पीएमईजीपी", "scheme pmegp"),  # a Hindi alias
        ("प्रधानमंत्री रोजगार सृजन कार्यक्रम (पीएमईजीपी)", "scheme pmegp"),  # the Hindi name
        ("udyam   REGISTRATION", "scheme udyam"),  # the English name, any case and spacing
        ("PMEGP", "scheme pmegp"),  # the id in capitals
        ("MSME Tool Room Ludhiana (Central Tool Room)", "centre tc-ludhiana"),
    ],
)
def test_show_finds_a_record_by_its_name_or_alias(services, name, shown):
    assert text(services, ADMIN, f"/show {name}").startswith(shown + "\n")


def test_show_finds_an_alias_an_admin_added(services):
    say(services, ADMIN, "/alias gem sarkari dukaan")
    assert text(services, ADMIN, "/show Sarkari Dukaan").startswith("scheme gem\n")


@pytest.mark.parametrize("name", ["udyam regis", "पीएमईजीपी लोन कैसे", "sarkari"])
def test_show_does_not_guess_from_part_of_a_name(services, name):
    assert text(services, ADMIN, f"/show {name}") == f"no record {name!r}"


def test_a_name_two_records_share_is_said_with_both_ids_and_nothing_is_shown(services):
    reply = text(services, ADMIN, "/show technology centre agra")
    assert "names 2 records: tc-agra, tc-agra-cfti" in reply and "/show ID" in reply
    assert "aliases:" not in reply


def test_a_deleted_record_found_by_name_is_shown_as_deleted(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    name = "ZED Certification (Zero Defect Zero Effect), MSME Sustainable"
    assert "scheme zed (DELETED" in text(services, ADMIN, f"/show {name}")


def test_an_alias_given_away_by_a_deleted_record_names_both_marking_the_deleted_one(services):
    unlink(services, "zed")
    say(services, ADMIN, "/alias zed zed pledge")
    say(services, ADMIN, "/delete zed")
    say(services, ADMIN2, "/alias cgtmse zed pledge")
    assert "names 2 records: cgtmse, zed (deleted)" in text(services, ADMIN, "/show zed pledge")


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/set पीएमईजीपी short.en PMEGP loans", "did you mean /set pmegp …?"),
        ("/set PMEGP short.en PMEGP loans", "did you mean /set pmegp …?"),
        ("/set udyam registration url https://x.example", "valid fields"),  # (udyam is an id)
        ("/alias पीएमईजीपी rozgar loan", "did you mean /alias pmegp …?"),
        ("/unalias पीएमईजीपी pmegp loan", "did you mean /unalias pmegp …?"),
        ("/delete Udyam Registration", "did you mean /delete udyam?"),
        ("/restore पीएमईजीपी", "did you mean /restore pmegp?"),
        ("/set technology centre agra city Agra", "names 2 records: tc-agra, tc-agra-cfti"),
    ],
)
def test_a_write_command_given_a_name_changes_nothing_and_suggests_the_id(services, command, expected):
    refused(services, ADMIN, command, expected)


def test_a_write_command_with_an_unknown_id_says_only_that(services):
    assert text(services, ADMIN, "/set nope url https://x.example") == "no record 'nope'"


def test_history_finds_a_record_by_its_hindi_alias(services):
    say(services, ADMIN, "/set pmegp short.en PMEGP loans")
    assert "/set pmegp short.en PMEGP loans" in text(services, ADMIN, "/history पीएमईजीपी").splitlines()[0]


def test_history_of_an_id_with_no_changes_is_not_taken_for_a_name(services):
    assert text(services, ADMIN, "/history cdp") == "no changes recorded for cdp"
