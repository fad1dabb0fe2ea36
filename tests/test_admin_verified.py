"""An admin's edit of a fact takes the record's verified mark and becomes its newest source, until an admin
confirms it with /set ID verified true; /undo takes both back."""

import pytest
from admin_chat import ADMIN, ADMIN2, edit_source, kb_state, record, say, staffed_services, text

CITIZEN = "telegram:300"
HEDGE = "⚠ Please confirm:"
EDITED = "⚠ Please confirm: the helpline team changed this record recently and has not yet re-verified it."


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def test_set_of_a_fact_marks_the_record_unverified_with_the_admin_as_newest_source(services):
    seed_sources = record(services, "cgtmse")["sources"]
    reply = text(services, ADMIN, "/set cgtmse benefits.en Subsidy is now 50% for everyone")
    assert (
        "cgtmse is now marked unverified: citizens see 'please confirm' until /set cgtmse verified true"
        in reply
    )
    data = record(services, "cgtmse")
    assert data["verified"] is False
    assert data["sources"] == [edit_source(ADMIN, "benefits.en"), *seed_sources]


def test_citizens_see_please_confirm_after_an_edit_until_an_admin_verifies_it(services):
    assert HEDGE not in text(services, "telegram:301", "cgtmse benefits")
    say(services, ADMIN, "/set cgtmse benefits.en Subsidy is now 50% for everyone")
    assert EDITED in text(services, "telegram:302", "cgtmse benefits")
    assert "unverified" not in text(services, ADMIN2, "/set cgtmse verified true")
    assert HEDGE not in text(services, "telegram:303", "cgtmse benefits")


@pytest.mark.parametrize(
    "question, hedge",
    [
        ("what is cgtmse", EDITED),
        ("cgtmse kya hai", "हेल्पलाइन टीम ने यह जानकारी हाल ही में बदली है और इसकी दोबारा जाँच अभी नहीं हुई है"),
        ("सीजीटीएमएसई क्या है", "हेल्पलाइन टीम ने यह जानकारी हाल ही में बदली है"),
    ],
)
def test_after_an_edit_citizens_are_told_it_was_changed_not_that_it_rests_on_news(services, question, hedge):
    """After `/set cgtmse summary.en …` citizens read "this record rests on news or other secondary
    sources", though no source changed: the text was edited and not yet re-verified."""
    say(services, ADMIN, "/set cgtmse summary.en CGTMSE guarantees collateral-free loans up to Rs 10 crore.")
    answer = text(services, CITIZEN, question)
    assert hedge in answer
    assert "rests on news" not in answer and "खबरों" not in answer


@pytest.mark.parametrize("question", ["msme mart", "एमएसएमई मार्ट क्या है"])
def test_a_record_unverified_for_its_sources_still_says_so(services, question):
    """The seed's own reason stays where no admin edited the record."""
    answer = text(services, CITIZEN, question)
    assert "rests on news" in answer or "खबरों या दूसरे गैर-सरकारी स्रोतों" in answer
    assert "helpline team changed" not in answer and "हाल ही में बदली" not in answer


def test_how_sure_names_the_edit_as_newest_source_without_the_admins_id(services):
    say(services, ADMIN, "/set cgtmse benefits.en Subsidy is now 50% for everyone")
    say(services, CITIZEN, "cgtmse benefits")
    sure = text(services, CITIZEN, "how sure are you?")
    assert "marked verified" not in sure and EDITED in sure
    sources = sure.split("Sources:")[1].splitlines()
    assert sources[1].startswith("✎ admin, ") and sources[1].endswith(", /set benefits.en")
    assert ADMIN not in sure


def test_setting_the_verified_marks_themselves_is_no_edit_of_a_fact(services):
    before = record(services, "cgtmse")["sources"]
    assert "unverified" not in text(services, ADMIN, "/set cgtmse url_verified false")
    assert "unverified" not in text(services, ADMIN, "/set cgtmse verified false")
    assert record(services, "cgtmse")["sources"] == before


def test_a_still_unverified_record_says_so(services):
    reply = text(services, ADMIN, "/set msme-mart short.en Government online market for small sellers.")
    assert "msme-mart is still marked unverified" in reply


def test_a_centre_edit_is_unverified_too(services):
    say(services, ADMIN, "/set tc-ludhiana phone 0161-2000000")
    data = record(services, "tc-ludhiana")
    assert data["verified"] is False and data["sources"][0] == edit_source(ADMIN, "phone")


def test_the_same_edit_twice_in_a_day_is_one_source(services):
    say(services, ADMIN, "/set cgtmse note.en first")
    say(services, ADMIN, "/set cgtmse note.en second")
    assert record(services, "cgtmse")["sources"].count(edit_source(ADMIN, "note.en")) == 1


def test_undo_restores_the_text_the_verified_mark_and_the_sources_exactly(services):
    before = kb_state(services)[:4]
    say(services, ADMIN, "/set cgtmse benefits.en Subsidy is now 50% for everyone")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert kb_state(services)[:4] == before
    assert HEDGE not in text(services, CITIZEN, "cgtmse benefits")


def test_two_undos_of_one_admins_edits_restore_the_record_exactly(services):
    before = kb_state(services)[:4]
    say(services, ADMIN, "/set cgtmse note.en first")
    say(services, ADMIN, "/set cgtmse url https://www.cgtmse.in/new")
    say(services, ADMIN, "/undo")
    say(services, ADMIN, "/undo")
    assert kb_state(services)[:4] == before


def test_undo_of_an_edit_after_a_verification_leaves_the_verification(services):
    """An admin who checked the record and marked it verified keeps that decision; the undone edit's source
    goes."""
    say(services, ADMIN, "/set cgtmse note.en checked")
    say(services, ADMIN2, "/set cgtmse verified true")
    assert text(services, ADMIN, "/undo").startswith("undone")
    data = record(services, "cgtmse")
    assert data["verified"] is True and edit_source(ADMIN, "note.en") not in data["sources"]


def test_undo_after_a_verification_leaves_a_record_unverified_that_was(services):
    """The text before the edit was never verified: a verification of the edited text does not vouch for it."""
    say(services, ADMIN, "/set msme-mart note.en checked")
    say(services, ADMIN2, "/set msme-mart verified true")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert record(services, "msme-mart")["verified"] is False


@pytest.mark.parametrize("first", [ADMIN, ADMIN2])
def test_two_admins_edits_both_undone_in_either_order_restore_the_record_exactly(services, first):
    """Undone oldest first, the record once stayed 'verified: false' with every fact back, and citizens
    kept getting 'please confirm'."""
    before = kb_state(services)[:4]
    say(services, ADMIN, "/set pmegp short.en Changed by root")
    say(services, ADMIN2, "/set pmegp summary.en Changed by a2")
    second = ADMIN2 if first == ADMIN else ADMIN
    assert text(services, first, "/undo").startswith("undone")
    assert text(services, second, "/undo").startswith("undone")
    assert kb_state(services)[:4] == before
    assert HEDGE not in text(services, CITIZEN, "what is pmegp")


def test_an_edit_still_standing_keeps_the_record_unverified(services):
    say(services, ADMIN, "/set pmegp note.en kept")
    say(services, ADMIN2, "/set pmegp short.en Changed by a2")
    say(services, ADMIN, "/set pmegp summary.en Changed by root")
    say(services, ADMIN2, "/undo")
    say(services, ADMIN, "/undo")
    data = record(services, "pmegp")
    assert data["verified"] is False and data["sources"][0] == edit_source(ADMIN, "note.en")


@pytest.mark.parametrize(
    "question", ["gem helpline number", "gem ka helpline number kya hai", "जेम हेल्पलाइन नंबर"]
)
def test_a_helplines_edited_phone_reaches_citizens_hedged(services, question):
    """The admin is told citizens see 'please confirm'; the GeM helpdesk's new number once came without it."""
    say(services, ADMIN, "/set hl-gem phone 1800-000-0000")
    line = next(x for x in text(services, CITIZEN, question).splitlines() if "1800-000-0000" in x)
    assert "(please confirm: not verified)" in line or "(कृपया पुष्टि कर लें: सत्यापित नहीं)" in line


@pytest.mark.parametrize(
    "question", ["cgtmse helpline number", "cgtmse ka helpline number kya hai", "सीजीटीएमएसई का हेल्पलाइन नंबर"]
)
def test_a_schemes_own_edited_phone_reaches_citizens_hedged(services, question):
    """The record an admin's '/set cgtmse helpline.phone' leaves unverified showed its new number as fact in
    the helpline reply (its overview was hedged); once verified, the hedge goes."""
    say(services, ADMIN, "/set cgtmse helpline.phone 1800-222-659")
    line = next(x for x in text(services, CITIZEN, question).splitlines() if "1800-222-659" in x)
    assert "(please confirm: not verified)" in line or "(कृपया पुष्टि कर लें: सत्यापित नहीं)" in line
    say(services, ADMIN, "/set cgtmse verified true")
    line = next(x for x in text(services, "telegram:301", question).splitlines() if "1800-222-659" in x)
    assert "please confirm" not in line and "पुष्टि" not in line
