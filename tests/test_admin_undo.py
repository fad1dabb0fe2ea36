"""/undo of a /set checks the fields it wrote, not the whole record: another admin's edit of another field
of the same record does not block it, and it puts back only its own fields."""

import pytest
from admin_chat import ADMIN, ADMIN2, edit_source, kb_state, record, say, staffed_services, text, unlink


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def test_undo_of_a_set_is_not_blocked_by_another_admins_edit_of_another_field(services):
    seed_short = record(services, "pmegp")["short"]
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp key_facts.en Fact")
    assert text(services, ADMIN, "/undo").startswith("undone")
    data = record(services, "pmegp")
    assert data["short"] == seed_short
    assert data["key_facts"]["en"] == ["Fact"]


def test_undo_of_a_set_keeps_the_other_admins_source_and_unverified_mark(services):
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp key_facts.en Fact")
    say(services, ADMIN, "/undo")
    data = record(services, "pmegp")
    assert data["verified"] is False
    assert data["sources"][0] == edit_source(ADMIN2, "key_facts.en")
    assert edit_source(ADMIN, "short.en") not in data["sources"]


def test_both_admins_undoing_in_either_order_bring_the_record_back_exactly(services):
    before = kb_state(services)[:4]
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp key_facts.en Fact")
    assert text(services, ADMIN2, "/undo").startswith("undone")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert kb_state(services)[:4] == before


def test_an_alias_added_since_does_not_block_the_undo_of_a_set(services):
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/alias pmegp rozgar yojana loan")
    assert text(services, ADMIN, "/undo").startswith("undone")


def test_undo_goes_no_further_back_than_the_change_it_could_undo(services):
    say(services, ADMIN, "/set cgtmse note.en mine first")
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp key_facts.en Fact")
    assert "/set pmegp short.en" in text(services, ADMIN, "/undo")
    assert record(services, "cgtmse")["note"]["en"] == "mine first"


def test_undo_is_still_refused_when_the_same_field_was_changed_since(services):
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp short.en Theirs")
    assert "pmegp short was changed again since" in text(services, ADMIN, "/undo")
    assert record(services, "pmegp")["short"]["en"] == "Theirs"


def test_the_other_language_of_a_text_is_the_same_field(services):
    """B's Hindi follows A's English: undoing A's text alone would leave a translation of nothing."""
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp short.hi परीक्षण")
    assert "changed again since" in text(services, ADMIN, "/undo")
    assert record(services, "pmegp")["short"] == {"en": "TEST", "hi": "परीक्षण"}


def test_a_field_reset_with_a_new_url_counts_as_changed(services):
    say(services, ADMIN, "/set gem url https://gem-help.example.com")
    say(services, ADMIN2, "/set gem url_verified true")
    assert "changed again since" in text(services, ADMIN, "/undo")
    assert record(services, "gem")["url"] == "https://gem-help.example.com"


def test_a_delete_since_still_blocks_the_undo_of_a_set(services):
    unlink(services, "msme-mart")
    say(services, ADMIN, "/set msme-mart note.en mine")
    assert "deleted" in text(services, ADMIN2, "/delete msme-mart")
    assert "changed again since" in text(services, ADMIN, "/undo")


def test_history_marks_the_undone_set_and_keeps_the_others(services):
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp key_facts.en Fact")
    say(services, ADMIN, "/undo")
    lines = text(services, ADMIN, "/history pmegp").splitlines()
    assert "/undo #1" in lines[0]
    assert "/set pmegp key_facts.en Fact" in lines[1] and "(undone)" not in lines[1]
    assert "/set pmegp short.en TEST" in lines[2] and lines[2].endswith("(undone)")
