"""The least personal data: ids safe for logs, and /forget.

What is kept about a person: their platform id, language and session (with the last few turns,
which expire with it), their tickets, and for a day the replies they got (so a webhook retry gets the
same answer). The message log keeps no user id, only a keyed digest beside a question it could not answer.
/forget deletes the sessions, closed tickets, kept replies (staff turns' too: they quote questions) and
those questions' text; an open ticket keeps only what routes the staff answer (its text is wiped) and is
deleted when it closes.
"""

import sqlite_utils

from bot import activity, audit, replay
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


def forget(db: sqlite_utils.Database, user: str, by: str | None = None) -> tuple[int, int, int, int]:
    """Delete `user`'s sessions, closed tickets, stored replies and unanswered questions' text and wipe
    their open ticket's text, audited in the same transaction when an admin (`by`) does it for someone
    else and it removed something; (sessions, closed tickets, open tickets, questions) touched."""
    with audit.change(db):
        sessions = db.execute("DELETE FROM sessions WHERE user = ?", [user]).rowcount
        tickets = db.execute("DELETE FROM tickets WHERE user = ? AND status = 'closed'", [user]).rowcount
        wiped = db.execute(  # (one wiped before is not wiped again: a second /forget removes nothing)
            "UPDATE tickets SET question = ?, turns = '[]' WHERE user = ? AND status != 'closed' "
            "AND (question != ? OR turns != '[]')",
            [FORGOTTEN, user, FORGOTTEN],
        ).rowcount
        replay.forget(db, user)
        questions = activity.forget(db, user)
        # (the trail keeps who was forgotten as logs do: a phone's last four digits; a /forget that found
        # nothing is no change, and a row for it would date the deletion wrongly: the first row is when it was)
        if by is not None and (sessions or tickets or wiped or questions):
            audit.record(db, by, "/forget", log_id(user), None, None, None)
    return sessions, tickets, wiped, questions


def forget_command(turn: Turn, args: str) -> list[Reply] | None:
    """/forget — your own data; /forget ID — an admin deletes someone else's (audited), or their own by
    naming their own id."""
    from bot import roles

    sender = turn.message.sender
    is_admin = roles.role_of(turn.services, sender) == roles.ADMIN and turn.message.is_private
    if is_admin and not args.strip():  # (an id left off by a slip wiped the admin's own history unasked)
        return [turn.reply((f"usage: /forget ID (a user's data); your own: /forget {sender}", ()), "admin")]
    target = args.strip() or sender
    if target != sender and not is_admin:
        if ":" in target or target.lstrip("+").isdecimal():
            return None  # someone else's id: not a citizen's command (told as unknown)
        target = sender  # a citizen's "/forget me", "/forget everything": their own data
    if target != sender and not roles.valid_id(target):  # "+9198…" without "whatsapp:" matches no one
        return [turn.reply((f"not an id: {target} (whatsapp:+91… or telegram:123)", ()), "admin")]
    by = sender if target != sender else None
    sessions, tickets, wiped, questions = forget(turn.services.db, target, by)
    if by is not None:
        if not (sessions or tickets or wiped or questions):
            nothing = (
                f"nothing to forget for {target}: no session, request or question is held (nothing recorded)"
            )
            return [turn.reply((nothing, ()), "admin")]
        done = (
            f"{sessions} session(s), {tickets} closed ticket(s), {wiped} open ticket(s) wiped, "
            f"{questions} unanswered question(s)"
        )
        return [turn.reply((f"forgotten {target}: {done}", ()), "admin")]
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
