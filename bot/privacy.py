"""The least personal data: ids safe for logs, and /forget.

What is kept about a person: their platform id, language and session (with the last few turns,
which expire with it), and their tickets. The message log keeps no user id at all. /forget deletes
the sessions and closed tickets; an open ticket keeps only what routes the staff answer (its text is
wiped) and is deleted when it closes.
"""

import sqlite_utils

from bot import audit
from bot.i18n import gettext
from bot.messages import Reply
from bot.turn import Turn


def log_id(user: str) -> str:
    """A user id fit for logs: phone numbers keep only their last four digits."""
    platform, _, ident = user.partition(":")
    if platform == "whatsapp" or ident.startswith("+"):
        return f"{platform}:…{ident[-4:]}"
    return user


# The question of an open ticket whose citizen said /forget: staff can still answer, and closing deletes it.
FORGOTTEN = "(deleted at the citizen's request)"


def forget(db: sqlite_utils.Database, user: str, by: str | None = None) -> tuple[int, int]:
    """Delete `user`'s sessions and closed tickets, audited in the same transaction when an admin
    (`by`) does it for someone else; (sessions, tickets) deleted."""
    with audit.change(db):
        sessions = db.execute("DELETE FROM sessions WHERE user = ?", [user]).rowcount
        tickets = db.execute("DELETE FROM tickets WHERE user = ? AND status = 'closed'", [user]).rowcount
        db.execute(
            "UPDATE tickets SET question = ?, turns = '[]' WHERE user = ? AND status != 'closed'",
            [FORGOTTEN, user],
        )
        if by is not None:
            audit.record(db, by, "/forget", user, None, None, None)
    return sessions, tickets


def forget_command(turn: Turn, args: str) -> list[Reply] | None:
    """/forget — your own data; /forget ID — an admin deletes someone else's (audited)."""
    from bot import roles

    target = args.strip() or turn.message.sender
    is_admin = roles.role_of(turn.services, turn.message.sender) == roles.ADMIN
    if target != turn.message.sender and not (is_admin and turn.message.is_private):
        return None
    by = turn.message.sender if target != turn.message.sender else None
    sessions, tickets = forget(turn.services.db, target, by)
    if by is not None:
        return [
            turn.reply(
                (f"forgotten {target}: {sessions} session(s), {tickets} closed ticket(s)", ()), "admin"
            )
        ]
    # respond() does not save the session back after a reply with the intent "forget".
    _ = gettext(turn.lang)
    text = _("Done: I have deleted your conversation history and your closed requests.")
    from bot import tickets

    waiting = tickets.open_for(turn.services.db, target)
    if waiting is not None:  # its number and channel stay, so the helpline's answer can still reach them
        text += " " + _(
            "Your open request #%(number)s stays with the helpline team without its text, and is deleted "
            'when it is closed. To withdraw it now, send "cancel my request".'
        ) % {"number": waiting.id}
    return [turn.reply((text, ()), "forget", confidence=1.0)]
