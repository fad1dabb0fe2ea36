"""/restore (and /undo of a /delete) keep one name, one record: a record whose id, name or alias a live scheme
or centre took while it was deleted stays deleted, and the reply names that record and what to send first."""

import pytest
from admin_chat import ADMIN, ADMIN2, record, refused, say, staffed_services, text, unlink

from bot import kb_edit

ZED_EN = "ZED Certification (Zero Defect Zero Effect), MSME Sustainable"


@pytest.fixture
def services(tmp_path):
    services = staffed_services(tmp_path / "k.db")
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    return services


def live(services, record_id: str) -> bool:
    return record_id in services.current().knowledge.schemes


@pytest.mark.parametrize(
    "taken_by, expected",
    [
        (
            "/alias cgtmse zed pledge",
            "its alias 'zed pledge' is now an alias of cgtmse: /unalias cgtmse zed pledge",
        ),
        (
            "/alias cgtmse ZED  Pledge",
            "its alias 'zed pledge' is now an alias of cgtmse: /unalias cgtmse ZED Pledge",
        ),
        (
            f"/alias cgtmse {ZED_EN}",
            f"its name.en {ZED_EN!r} is now an alias of cgtmse: /unalias cgtmse {ZED_EN}",
        ),
        ("/alias cgtmse zed", "its id 'zed' is now an alias of cgtmse: /unalias cgtmse zed first"),
        (
            "/set cgtmse name.en zed subsidy",
            "its alias 'zed subsidy' is now the name of cgtmse: /unalias zed zed",
        ),
        (
            f"/set cgtmse name.en {ZED_EN}",
            f"its name.en {ZED_EN!r} is now the name of cgtmse: give cgtmse another name first",
        ),
    ],
)
def test_restore_refuses_a_record_whose_name_or_alias_a_live_record_took(services, taken_by, expected):
    assert text(services, ADMIN2, taken_by).startswith(("alias added to cgtmse", "cgtmse name.en"))
    refused(services, ADMIN, "/restore zed", "not changed: zed cannot come back yet: " + expected)
    assert not live(services, "zed")


def test_restore_works_once_the_live_record_gives_the_alias_up(services):
    say(services, ADMIN2, "/alias cgtmse zed pledge")
    assert "alias removed from cgtmse" in text(services, ADMIN2, "/unalias cgtmse zed pledge")
    assert text(services, ADMIN, "/restore zed") == "zed restored"
    assert live(services, "zed")


def test_a_deleted_record_may_give_its_alias_up_and_come_back_without_it(services):
    say(services, ADMIN2, "/alias cgtmse zed pledge")
    assert "alias removed from zed" in text(services, ADMIN, "/unalias zed zed pledge")
    assert text(services, ADMIN, "/restore zed") == "zed restored"
    owners = services.db.execute("SELECT topic FROM aliases WHERE text = 'zed pledge'").fetchall()
    assert owners == [("cgtmse",)]


def test_an_alias_the_seed_gives_two_records_does_not_keep_one_from_coming_back(tmp_path):
    """The two Agra centres share "technology centre agra" by design: deleting one must not strand it."""
    services = staffed_services(tmp_path / "k.db")
    say(services, ADMIN, "/delete tc-agra")
    assert text(services, ADMIN, "/restore tc-agra") == "tc-agra restored"
    say(services, ADMIN, "/delete tc-agra")
    assert text(services, ADMIN, "/undo").startswith("undone")
    assert "tc-agra" in services.current().knowledge.centres


def test_undo_of_a_delete_is_refused_while_a_live_record_has_its_alias(services):
    say(services, ADMIN2, "/alias cgtmse zed pledge")
    reply = text(services, ADMIN, "/undo")
    assert reply.startswith("not undone") and "/unalias cgtmse zed pledge first" in reply
    assert "then send /restore zed" in reply
    assert kb_edit.find(services.db, "zed").deleted


def test_a_refused_restore_leaves_citizens_answered_by_the_live_record(services):
    say(services, ADMIN2, "/alias cgtmse zed pledge")
    say(services, ADMIN, "/restore zed")
    [reply] = say(services, "whatsapp:+919800000001", "zed pledge")
    assert reply.topic == "cgtmse"


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/set gem name.en MSME certificate", "name.en 'MSME certificate' is already an alias of udyam"),
        ("/set gem name.en udyam", "is already the name of udyam"),  # (its id, read as words)
    ],
)
def test_set_refuses_a_name_another_live_record_answers_to(services, command, expected):
    refused(services, ADMIN, command, expected)


def test_set_may_take_the_name_of_a_deleted_records_alias(services):
    assert "→" in text(services, ADMIN, "/set cgtmse name.en zed subsidy")
    assert record(services, "cgtmse")["name"]["en"] == "zed subsidy"


def test_add_refuses_a_name_another_live_record_has_as_an_alias(services):
    say(services, ADMIN, "/add scheme new-one")
    assert "is already an alias of udyam" in text(services, ADMIN, "MSME certificate")
