"""/undo is refused only by a later change that still stands and conflicts with it: for a /set, one of the
fields it wrote; for an alias, the same alias text; for a /delete or /restore, a later /delete, /restore or
/import of the record. A refusal names the change in the way and what the admin can do instead."""

import threading

import pytest
from admin_chat import (
    ADMIN,
    ADMIN2,
    edit_source,
    kb_state,
    record,
    say,
    staffed_services,
    text,
    unlink,
)

from bot import kb_edit


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


def test_a_refused_undo_is_tried_again_once_the_change_in_its_way_is_undone(services):
    seed_short = record(services, "pmegp")["short"]["en"]
    say(services, ADMIN, "/set cgtmse note.en mine first")
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp short.en Theirs")
    assert text(services, ADMIN, "/undo").startswith("not undone")
    assert "(overtaken" in text(services, ADMIN, "/history pmegp")
    assert text(services, ADMIN2, "/undo").startswith("undone")
    assert "/set pmegp short.en TEST" in text(services, ADMIN, "/undo")
    assert record(services, "pmegp")["short"]["en"] == seed_short
    assert "/set cgtmse note.en" in text(services, ADMIN, "/undo")


def test_a_refused_undo_stays_passed_over_while_the_change_in_its_way_stands(services):
    say(services, ADMIN, "/set cgtmse note.en mine first")
    say(services, ADMIN, "/set pmegp short.en TEST")
    say(services, ADMIN2, "/set pmegp short.en Theirs")
    say(services, ADMIN2, "/set zed short.en Other")
    assert text(services, ADMIN, "/undo").startswith("not undone")
    assert text(services, ADMIN2, "/undo").startswith("undone #")  # (zed: not in the way)
    assert "/set cgtmse note.en" in text(services, ADMIN, "/undo")
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


def alias_owners(services, alias: str) -> list[str]:
    rows = services.db.execute("SELECT topic FROM aliases WHERE lower(text) = ? ORDER BY topic", [alias])
    return [r[0] for r in rows]


def test_undo_of_an_alias_is_not_blocked_by_a_later_edit_of_a_field(services):
    say(services, ADMIN, "/alias gem sarkari dukaan")
    say(services, ADMIN2, "/set gem short.en Theirs.")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert alias_owners(services, "sarkari dukaan") == []
    assert record(services, "gem")["short"]["en"] == "Theirs."


def test_undo_of_an_unalias_is_not_blocked_by_another_alias_of_the_record(services):
    say(services, ADMIN, "/unalias udyam udyam portal")
    say(services, ADMIN2, "/alias udyam msme pehchan patra")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert alias_owners(services, "udyam portal") == ["udyam"]
    assert alias_owners(services, "msme pehchan patra") == ["udyam"]


def test_undo_of_an_alias_is_not_blocked_by_a_later_delete_of_the_record(services):
    unlink(services, "zed")
    say(services, ADMIN, "/alias zed zed pledge yojana")
    say(services, ADMIN2, "/delete zed")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert alias_owners(services, "zed pledge yojana") == []
    assert kb_edit.find(services.db, "zed").deleted


def test_undo_of_an_alias_another_admin_removed_and_added_again_names_those_changes(services):
    say(services, ADMIN, "/alias gem sarkari dukaan")
    say(services, ADMIN2, "/unalias gem sarkari dukaan")
    say(services, ADMIN2, "/alias gem sarkari dukaan")
    reply = text(services, ADMIN, "/undo")
    assert f"#2 ({ADMIN2}: /unalias gem sarkari dukaan) and #3 ({ADMIN2}: /alias gem sarkari dukaan)" in reply
    assert f"#3 by {ADMIN2} and #2 by {ADMIN2} must be undone first" in reply
    assert reply.endswith("then send /unalias gem sarkari dukaan")
    assert alias_owners(services, "sarkari dukaan") == ["gem"]


def test_undo_of_an_unalias_does_not_take_an_alias_another_record_was_given_since(services):
    """Two live records answering to one phrase: the matcher would pick either."""
    say(services, ADMIN2, "/alias gem sarkari dukaan")
    say(services, ADMIN, "/unalias gem sarkari dukaan")
    say(services, ADMIN2, "/alias cgtmse sarkari dukaan")
    assert f"#3 ({ADMIN2}: /alias cgtmse sarkari dukaan)" in text(services, ADMIN, "/undo")
    assert alias_owners(services, "sarkari dukaan") == ["cgtmse"]


def test_undo_of_an_unalias_puts_back_an_alias_the_seed_gives_two_records(services):
    say(services, ADMIN, "/unalias tc-agra technology centre agra")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert alias_owners(services, "technology centre agra") == ["tc-agra", "tc-agra-cfti"]


def test_undo_of_a_restore_keeps_the_fields_edited_since_with_the_deleted_record(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    say(services, ADMIN, "/restore zed")
    say(services, ADMIN2, "/set zed note.en Theirs.")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert kb_edit.find(services.db, "zed").deleted
    assert "zed" not in services.current().knowledge.schemes
    assert "restored" in text(services, ADMIN2, "/restore zed")
    assert record(services, "zed")["note"]["en"] == "Theirs."


def test_undo_of_a_delete_is_refused_by_a_later_restore_naming_it(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    say(services, ADMIN2, "/restore zed")
    say(services, ADMIN2, "/set zed note.en Theirs.")
    reply = text(services, ADMIN, "/undo")
    assert reply.startswith("not undone") and f"({ADMIN2}: /restore zed)" in reply
    assert record(services, "zed")["note"]["en"] == "Theirs."


def test_undo_of_a_restore_is_refused_by_a_later_delete_naming_it(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    say(services, ADMIN, "/restore zed")
    say(services, ADMIN2, "/delete zed")
    assert f"({ADMIN2}: /delete zed)" in text(services, ADMIN, "/undo")
    assert kb_edit.find(services.db, "zed").deleted


def test_undo_of_a_delete_is_refused_while_a_live_record_has_taken_its_name(services):
    """As /restore refuses it: two live records of one name would each answer for the other."""
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    name = record(services, "zed")["name"]["en"]
    say(services, ADMIN2, f"/set cgtmse name.en {name}")
    reply = text(services, ADMIN, "/undo")
    assert "is now the name of cgtmse" in reply and "/restore zed" in reply
    assert kb_edit.find(services.db, "zed").deleted


def test_undo_of_a_restore_is_refused_while_another_record_names_it(services):
    """As /delete refuses it: pmegp's related list would name a record citizens cannot get."""
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    say(services, ADMIN, "/restore zed")
    related = record(services, "pmegp")["related"]
    say(services, ADMIN2, f"/set pmegp related {' '.join([*related, 'zed'])}")
    before = kb_state(services)[:4]
    assert "zed is named by pmegp (related)" in text(services, ADMIN, "/undo")
    assert kb_state(services)[:4] == before


# An undo puts back a value that was valid when it was written; it is refused when that value is not valid
# now, as the command that would write it now is refused.


def test_undo_of_a_set_does_not_put_back_a_link_to_a_record_deleted_since(services):
    """green-finance would name a deleted zed: `kb check` fails, and /import of the next /export is
    refused."""
    unlink(services, "zed")  # (ADMIN2's last /set takes zed out of green-finance)
    say(services, ADMIN, "/delete zed")
    before = kb_state(services)[:4]
    reply = text(services, ADMIN2, "/undo")
    assert reply.startswith("not undone") and "green-finance names zed (related), deleted since" in reply
    assert kb_state(services)[:4] == before
    assert "zed" not in record(services, "green-finance")["related"]


def test_undo_of_a_set_does_not_put_back_a_name_another_record_took_since(services):
    say(services, ADMIN, "/set gem name.en GeM Portal")
    say(services, ADMIN2, "/set cgtmse name.en Government e-Marketplace (GeM)")
    reply = text(services, ADMIN, "/undo")
    assert reply.startswith("not undone") and "is already the name of cgtmse" in reply
    assert record(services, "gem")["name"]["en"] == "GeM Portal"


def test_undo_of_an_unalias_does_not_give_back_a_text_that_is_now_another_records_name(services):
    say(services, ADMIN, "/unalias udyam msme certificate")
    say(services, ADMIN2, "/set gem name.en MSME certificate")
    reply = text(services, ADMIN, "/undo")
    assert "'msme certificate' is now the name of gem" in reply
    assert "give gem another name, then send /alias udyam msme certificate" in reply
    assert alias_owners(services, "msme certificate") == []


def test_undo_of_an_unalias_does_not_share_the_alias_with_a_record_restored_since(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    say(services, ADMIN2, "/alias udyam zed pledge")
    say(services, ADMIN2, "/unalias zed zed pledge")  # (so zed may come back)
    say(services, ADMIN, "/restore zed")
    reply = text(services, ADMIN2, "/undo")
    assert "'zed pledge' is now an alias of udyam" in reply and "/unalias udyam zed pledge, then" in reply
    assert alias_owners(services, "zed pledge") == ["udyam"]


SOLAR = ["Solar Pump Scheme", "सोलर पंप योजना", "Solar pumps", "सोलर पंप", "scheme", "none", "a note"]


def test_undo_of_an_add_is_refused_while_another_record_names_it(services):
    for message in ["/add scheme solar-pump", *SOLAR]:
        say(services, ADMIN, message)
    related = record(services, "pmegp")["related"]
    say(services, ADMIN2, f"/set pmegp related {' '.join([*related, 'solar-pump'])}")
    reply = text(services, ADMIN, "/undo")
    assert reply.startswith("not undone") and "solar-pump is named by pmegp (related)" in reply
    assert "solar-pump" in services.current().knowledge.schemes


def test_one_admins_undos_sent_at_once_from_two_processes_each_undo_one_change_once(tmp_path):
    """Two connections (as two processes would have) send the same admin's /undo at the same time."""
    path = tmp_path / "k.db"
    first, second = staffed_services(path), staffed_services(path)
    original = record(first, "udyam")
    for i in range(5):
        say(first, ADMIN, f"/set udyam note.en mine {i}")
        say(first, ADMIN, f"/alias udyam my alias {i}")
    replies = []

    def undo_five(services):
        replies.extend(text(services, ADMIN, "/undo") for _ in range(5))

    threads = [threading.Thread(target=undo_five, args=(s,)) for s in (first, second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(int(r.split()[1][1:-1]) for r in replies) == list(range(1, 11))  # ("undone #N: …")
    assert record(first, "udyam") == original
    assert not [a for a in kb_edit.aliases(first.db, "udyam") if a[1].startswith("my alias")]
