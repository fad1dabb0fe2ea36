"""The one table of privileged commands, and the one place their permission is checked.

Each command names the role it needs (`admin` or `staff`; admins can do what staff can).
Privileged commands work only in a private chat. Anyone else gets exactly the reply to an
unknown command (`run` returns None and the core answers as for any unknown command), and the
attempt is logged with the user's id and the command name, never its arguments.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass

from bot import guided_add, kb_commands, kb_export, kb_import, privacy, roles, staff_commands, stats
from bot.messages import IncomingMessage, Reply
from bot.services import Services
from bot.turn import Turn

log = logging.getLogger(__name__)

Handler = Callable[[Turn, str], list[Reply] | None]


@dataclass(frozen=True)
class Command:
    handler: Handler
    role: str | None  # None: anyone (only /forget, which checks its own argument)
    usage: str


COMMANDS: dict[str, Command] = {
    # knowledge base (admins)
    "show": Command(kb_commands.show, roles.ADMIN, "/show ID (or its name or alias)"),
    "set": Command(kb_commands.set_field, roles.ADMIN, "/set ID FIELD VALUE"),
    "alias": Command(kb_commands.alias, roles.ADMIN, "/alias ID TEXT"),
    "unalias": Command(kb_commands.unalias, roles.ADMIN, "/unalias ID TEXT"),
    "add": Command(guided_add.start, roles.ADMIN, "/add scheme|centre ID"),
    "cancel": Command(lambda turn, args: cancel(turn), roles.ADMIN, "/cancel"),
    "delete": Command(kb_commands.delete, roles.ADMIN, "/delete ID"),
    "restore": Command(kb_commands.restore, roles.ADMIN, "/restore ID"),
    "history": Command(kb_commands.history, roles.ADMIN, "/history [ID] [PAGE]; /history #N in full"),
    "undo": Command(kb_commands.undo, roles.ADMIN, "/undo"),
    "export": Command(kb_export.export_command, roles.ADMIN, "/export"),
    "import": Command(kb_import.import_command, roles.ADMIN, "/import PATH (or YAML on the next lines)"),
    "confirm": Command(kb_import.confirm_command, roles.ADMIN, "/confirm"),
    "unanswered": Command(stats.unanswered_command, roles.ADMIN, "/unanswered [DAYS]"),
    "stats": Command(stats.stats_command, roles.ADMIN, "/stats [DAYS]"),
    "grant": Command(kb_commands.grant, roles.ADMIN, "/grant admin|staff ID"),
    "revoke": Command(kb_commands.revoke, roles.ADMIN, "/revoke ID"),
    "admin": Command(lambda turn, args: admin_help(turn), roles.STAFF, "/admin"),
    # helpline staff
    "queue": Command(staff_commands.queue, roles.STAFF, "/queue"),
    "take": Command(staff_commands.take, roles.STAFF, "/take N"),
    "reply": Command(staff_commands.reply, roles.STAFF, "/reply N TEXT"),
    "close": Command(staff_commands.close, roles.STAFF, "/close N"),
    # everyone: their own data (an admin may name another user)
    "forget": Command(privacy.forget_command, None, "/forget ID (a user's data; your own: your id)"),
}


def run_text(turn: Turn, text: str) -> list[Reply] | None:
    """`/name args…` (arguments may span lines, e.g. YAML after /import; `/name@Bot` works in groups)."""
    parts = text.strip()[1:].split(None, 1)
    if not parts:
        return None
    return run(turn, parts[0].split("@")[0].lower(), parts[1] if len(parts) > 1 else "")


def run(turn: Turn, name: str, args: str) -> list[Reply] | None:
    """The command's replies, or None when it is unknown or not allowed here (answer as unknown)."""
    command = COMMANDS.get(name)
    if command is None:
        return _unknown_to_staff(turn, name)
    if command.role is not None:
        role = roles.role_of(turn.services, turn.message.sender)
        if not _allowed(command, role, turn.message):
            log.warning(
                "denied command=%s user=%s role=%s private=%s",
                name,
                privacy.log_id(turn.message.sender),
                role,
                turn.message.is_private,
            )
            return _needs_role(turn, name, command.role, role)
    replies = command.handler(turn, args)
    if replies is None:
        log.warning("denied command=%s user=%s (argument)", name, privacy.log_id(turn.message.sender))
    else:
        log.info("command=%s user=%s", name, privacy.log_id(turn.message.sender))
    return replies


def may_run(services: Services, message: IncomingMessage, name: str) -> bool:
    """Whether `message`'s sender may run /name in that chat, as `run` decides it: the WhatsApp adapter asks
    before it fetches a file sent for /import, so nobody else's file is ever downloaded."""
    with services.turn_lock:  # (the one SQLite connection is shared with the turns)
        return _allowed(COMMANDS[name], roles.role_of(services, message.sender), message)


def _allowed(command: Command, role: str | None, message: IncomingMessage) -> bool:
    """Privileged commands need their role, and a private chat."""
    return command.role is None or (roles.allows(role, command.role) and message.is_private)


def _unknown_to_staff(turn: Turn, name: str) -> list[Reply] | None:
    """A mistyped command from an admin or staff member in a private chat ("/shwo", "/reply1 hi") is
    said to be one, so nobody thinks their reply went out; to anyone else it is just not understood."""
    if not turn.message.is_private or roles.role_of(turn.services, turn.message.sender) is None:
        return None
    return kb_commands.say(turn, f"unknown command /{name}: nothing was done (send /admin for your commands)")


def _needs_role(turn: Turn, name: str, needed: str, role: str | None) -> list[Reply] | None:
    """A staff member's "/show udyam" in a private chat once got the citizen's "Sorry, I could not find an
    answer…": they are told the command needs admin; anyone else (and any group) is just not understood."""
    if not turn.message.is_private or role is None:
        return None
    return kb_commands.say(turn, f"/{name} needs {needed}: nothing was done (send /admin for your commands)")


def cancel(turn: Turn) -> list[Reply]:
    """/cancel — drop the /add in progress and the /import awaiting /confirm."""
    done = [said for said in (guided_add.drop_draft(turn), kb_import.drop_pending(turn)) if said]
    return kb_commands.say(turn, "\n".join(done) or "nothing to cancel")


def admin_help(turn: Turn) -> list[Reply]:
    """/admin — the commands this user may run."""
    role = roles.role_of(turn.services, turn.message.sender)
    lines = [f"You are {role}. Commands:"]
    lines += [f"  {c.usage}" for c in COMMANDS.values() if _listed(role, c)]
    return kb_commands.say(turn, "\n".join(lines))


def _listed(role: str | None, command: Command) -> bool:
    """Whether /admin lists `command`: anyone's /forget is listed for admins, who may name another user's."""
    return roles.allows(role, command.role or roles.ADMIN)
