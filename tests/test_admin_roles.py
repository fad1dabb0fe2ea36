"""Who may run which command: admins, staff, outsiders, group chats; /grant and /revoke, audited."""

import logging

import pytest
from admin_chat import (
    ADMIN,
    ADMIN2,
    CITIZEN,
    OUTSIDER,
    STAFF,
    audit_count,
    kb_state,
    refused,
    say,
    staffed_services,
    text,
)
from seeded_kb import fresh_services

from bot import roles
from bot.admin_commands import COMMANDS
from bot.services import open_services

ADMIN_COMMANDS = [
    "/show udyam",
    "/show पीएमईजीपी",
    "/set udyam url https://udyamregistration.gov.in/x",
    "/alias udyam msme certificate wala",
    "/unalias udyam udyam portal",
    "/add scheme new-one",
    "/delete zed",
    "/restore zed",
    "/history",
    "/history udyam 2",
    "/history #1",
    "/undo",
    "/export",
    "/import /etc/hostname",
    "/confirm",
    "/unanswered",
    "/stats",
    "/grant admin telegram:999",
    "/revoke telegram:55",
    "/cancel",
    "/forget telegram:77",
]
STAFF_COMMANDS = ["/queue", "/take 1", "/reply 1 hello", "/close 1", "/admin"]


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def unknown_reply(services, command: str = "/x") -> str:
    """The reply to a command no one has, with `command`'s arguments (whose language the reply follows)."""
    _, space, args = command.partition(" ")
    return text(services, OUTSIDER, f"/no-such-command{space}{args}")


def test_every_privileged_command_is_in_the_one_table():
    named = {c.split()[0][1:] for c in ADMIN_COMMANDS + STAFF_COMMANDS}
    assert named <= set(COMMANDS)


@pytest.mark.parametrize("command", ADMIN_COMMANDS + STAFF_COMMANDS)
def test_outsider_gets_the_unknown_command_reply_and_changes_nothing(services, command, caplog):
    expected = unknown_reply(services, command)
    before = kb_state(services)
    with caplog.at_level(logging.WARNING, logger="bot.admin_commands"):
        replies = say(services, OUTSIDER, command)
    assert [r.text for r in replies] == [expected] and replies[0].intent == "unknown_command"
    assert kb_state(services) == before
    assert f"denied command={command.split()[0][1:]} user={OUTSIDER}" in caplog.text


@pytest.mark.parametrize("command", [c for c in ADMIN_COMMANDS if not c.startswith("/forget")])
def test_staff_cannot_run_admin_commands_and_are_told_they_need_admin(services, command):
    """Once the citizen's 'Sorry, I could not find an answer…': the command seemed not to exist."""
    before = kb_state(services)
    name = command.split()[0]
    assert (
        text(services, STAFF, command)
        == f"{name} needs admin: nothing was done (send /admin for your commands)"
    )
    assert kb_state(services) == before


@pytest.mark.parametrize("command", ["/set udyam url https://a.example", "/queue", "/grant staff telegram:7"])
def test_admin_commands_are_refused_in_a_group_chat(services, command):
    expected = unknown_reply(services)
    before = kb_state(services)
    assert text(services, ADMIN, command, private=False) == expected
    assert kb_state(services) == before


def test_denied_attempt_logs_no_arguments_or_phone_numbers(services, caplog):
    with caplog.at_level(logging.INFO):
        say(services, "whatsapp:+919812345678", "/set udyam url https://secret.example")
    assert "secret.example" not in caplog.text and "9812345678" not in caplog.text
    assert "denied command=set user=whatsapp:…5678" in caplog.text


def test_staff_can_run_staff_commands(services):
    assert "no open tickets" in text(services, STAFF, "/queue")


def test_roles_admin_is_also_staff(services):
    assert roles.role_of(services, ADMIN) == roles.ADMIN
    assert roles.allows(roles.role_of(services, ADMIN), roles.STAFF)
    assert roles.role_of(services, OUTSIDER) is None


def test_grant_staff_lets_them_use_the_queue_and_is_audited(services):
    assert "is now staff" in text(services, ADMIN, f"/grant staff {OUTSIDER}")
    assert "no open tickets" in text(services, OUTSIDER, "/queue")
    row = services.db.execute("SELECT who, command, target, old, new FROM audit").fetchone()
    assert row == (ADMIN, f"/grant staff {OUTSIDER}", OUTSIDER, "null", '"staff"')


def test_granted_admin_can_grant_and_revoke(services):
    say(services, ADMIN, f"/grant admin {OUTSIDER}")
    assert "is now staff" in text(services, OUTSIDER, "/grant staff whatsapp:+911234567890")
    assert "no longer staff" in text(services, OUTSIDER, "/revoke whatsapp:+911234567890")
    assert audit_count(services) == 3


def test_revoke_removes_the_role(services):
    say(services, ADMIN, f"/grant staff {OUTSIDER}")
    assert "no longer staff" in text(services, ADMIN, f"/revoke {OUTSIDER}")
    assert text(services, OUTSIDER, "/queue") == unknown_reply(services)


def test_revoke_of_a_bootstrap_role_explains_and_changes_nothing(services):
    before = audit_count(services)
    assert "still staff through SAHAYAK_STAFF" in text(services, ADMIN, f"/revoke {STAFF}")
    assert audit_count(services) == before
    assert roles.role_of(services, STAFF) == roles.STAFF


def test_revoke_of_an_admin_also_in_the_environment_says_they_stay_admin(services):
    """A granted role on top of SAHAYAK_ADMINS: '/revoke console:admin2' once said 'no longer admin' while
    they kept every admin command."""
    assert "and admin through SAHAYAK_ADMINS too" in text(services, ADMIN, f"/grant admin {ADMIN2}")
    reply = text(services, ADMIN, f"/revoke {ADMIN2}")
    assert "no longer admin" not in reply
    assert f"still admin through SAHAYAK_ADMINS: remove {ADMIN2} from SAHAYAK_ADMINS" in reply
    assert roles.role_of(services, ADMIN2) == roles.ADMIN


@pytest.mark.parametrize(("user", "kept"), [(ADMIN, "admin"), (STAFF, "staff")])
def test_revoke_of_a_granted_admin_who_is_bootstrap_names_the_role_they_keep(services, user, kept):
    say(services, ADMIN2, f"/grant admin {user}")
    reply = text(services, ADMIN2, f"/revoke {user}")
    assert f"granted admin role is removed, but {user} is still {kept} through" in reply


def test_grant_of_a_lower_role_to_a_bootstrap_admin_says_they_stay_admin(services):
    reply = text(services, ADMIN2, f"/grant staff {ADMIN}")
    assert "is now staff" not in reply and f"{ADMIN} is granted staff, but {ADMIN} is still admin" in reply
    assert roles.role_of(services, ADMIN) == roles.ADMIN


@pytest.mark.parametrize(
    "command",
    [
        "/grant",
        "/grant boss telegram:5",
        "/grant staff 12345",
        "/grant staff sms:123",
        "/revoke",
        "/revoke nobody",
    ],
)
def test_grant_and_revoke_bad_arguments_change_nothing(services, command):
    refused(services, ADMIN, command, "usage")


def test_undo_after_grant_removes_the_role(services):
    say(services, ADMIN, f"/grant admin {OUTSIDER}")
    assert "undone" in text(services, ADMIN, "/undo")
    assert roles.role_of(services, OUTSIDER) is None


def test_undo_after_revoke_restores_the_role(services):
    say(services, ADMIN, f"/grant staff {OUTSIDER}")
    say(services, ADMIN, f"/revoke {OUTSIDER}")
    say(services, ADMIN, "/undo")
    assert roles.role_of(services, OUTSIDER) == roles.STAFF


def test_undo_of_a_grant_keeps_another_admins_later_grant(services):
    say(services, ADMIN, f"/grant admin {OUTSIDER}")
    say(services, ADMIN2, f"/revoke {OUTSIDER}")
    say(services, ADMIN2, f"/grant admin {OUTSIDER}")  # (on purpose: the same role again)
    assert "changed again since" in text(services, ADMIN, "/undo")
    assert roles.role_of(services, OUTSIDER) == roles.ADMIN
    assert "(undone)" not in text(services, ADMIN, f"/history {OUTSIDER}").splitlines()[0]


def test_staff_forgetting_someone_else_is_not_understood(services):
    assert text(services, STAFF, "/forget telegram:77") == unknown_reply(services)


@pytest.mark.parametrize("command", ["/show udyam", "/queue"])
def test_staff_and_outsiders_in_a_group_are_not_told_of_commands(services, command):
    assert text(services, STAFF, command, private=False) == unknown_reply(services)


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/set pmegp summary.hi हैक", "माफ़ कीजिए"),
        ("/इतिहास", "माफ़ कीजिए"),
        ("/madad chahiye mujhe kya karu", "माफ़ कीजिए"),
        ("/queue", "Sorry, I could not find an answer"),
        ("/set pmegp summary.en hacked", "Sorry, I could not find an answer"),
    ],
)
def test_a_refused_or_unknown_command_is_answered_in_the_language_it_was_written_in(
    services, command, expected
):
    """A Hindi writer's "/set pmegp summary.hi हैक" got "Sorry, I could not find an answer…" in English."""
    refused(services, OUTSIDER, command, expected)


def test_admin_help_lists_only_allowed_commands(services):
    staff_view = text(services, STAFF, "/admin")
    assert "/queue" in staff_view and "/set" not in staff_view and "/forget" not in staff_view
    admin_view = text(services, ADMIN, "/admin")
    assert "/set ID FIELD VALUE" in admin_view and "/forget ID" in admin_view  # (README lists /forget ID)


def test_a_mistyped_command_from_staff_says_nothing_was_done_but_stays_unknown_to_citizens(services):
    assert "unknown command /reply1" in text(services, STAFF, "/reply1 aapka jawab")
    assert "unknown command" not in text(services, "telegram:999", "/reply1 aapka jawab")


@pytest.mark.parametrize(
    "user",
    [
        "whatsapp:919812345678",
        "telegram:@ravi_helpdesk",
        "whatsapp:+91 98123",
        "telegram:１２３",  # full-width digits
        "whatsapp:+९१९८१२३४५६७८",  # Devanagari digits, as a Hindi keyboard types them
    ],
)
def test_grant_refuses_an_id_no_sender_can_have(services, user):
    """WhatsApp senders come as whatsapp:+<country code><number>, Telegram's as telegram:<number>."""
    assert "usage" in text(services, ADMIN, f"/grant staff {user}")


@pytest.fixture
def granted_only(tmp_path):
    """No bootstrap admins (SAHAYAK_ADMINS unset): OUTSIDER is an admin by a grant stored in the database."""
    services = fresh_services(tmp_path / "granted.db")
    roles.grant(services.db, "setup", OUTSIDER, roles.ADMIN, "setup", frozenset())
    return services


@pytest.mark.parametrize("command", [f"/revoke {OUTSIDER}", f"/grant staff {OUTSIDER}"])
def test_the_last_admin_cannot_remove_their_own_admin_role(granted_only, command):
    """Nobody could run an admin command from a chat any more."""
    refused(granted_only, OUTSIDER, command, "last admin")
    assert roles.role_of(granted_only, OUTSIDER) == roles.ADMIN


def test_the_last_other_admin_cannot_be_revoked_either(granted_only):
    say(granted_only, OUTSIDER, f"/grant admin {CITIZEN}")
    assert "no longer admin" in text(granted_only, CITIZEN, f"/revoke {OUTSIDER}")
    refused(granted_only, CITIZEN, f"/revoke {CITIZEN}", "last admin")


def test_a_granted_admin_may_leave_while_a_bootstrap_admin_remains(services):
    say(services, ADMIN, f"/grant admin {OUTSIDER}")
    assert "no longer admin" in text(services, OUTSIDER, f"/revoke {OUTSIDER}")


def test_undo_of_a_self_grant_cannot_remove_the_last_admin(tmp_path):
    """A bootstrap admin moved into a granted role, then SAHAYAK_ADMINS emptied: walking back with /undo
    once reverted that grant and left nobody able to run an admin command."""
    path = tmp_path / "k.db"
    say(fresh_services(path, admins=frozenset({OUTSIDER})), OUTSIDER, f"/grant admin {OUTSIDER}")
    services = open_services(str(path))
    refused(services, OUTSIDER, f"/revoke {OUTSIDER}", "last admin")
    say(services, OUTSIDER, "/set pmegp short.en test edit")
    assert "undone #2" in text(services, OUTSIDER, "/undo")
    reply = text(services, OUTSIDER, "/undo")
    assert reply.startswith("not undone #1: ") and f"{OUTSIDER} is the last admin" in reply
    assert roles.role_of(services, OUTSIDER) == roles.ADMIN
    assert "nothing to undo" in text(services, OUTSIDER, "/undo")
