"""Helpline staff commands: /queue, /take N, /reply N TEXT, /close N.

/reply returns two replies: the answer for the citizen (`recipient` set: the channel adapters, or
`bot.delivery`, send it on the citizen's own platform, in the citizen's language) and a
confirmation for the staff member; the adapter then tells the staff member whether it arrived
(`delivery_report`). Staff output is English only.
"""

import datetime

from bot import roles, tickets
from bot.i18n import gettext
from bot.kb_commands import say
from bot.messages import Reply
from bot.privacy import log_id
from bot.tickets import MAYBE_SENT, OUTSIDE_WINDOW, Ticket, TicketError
from bot.turn import Turn

# Characters of the question shown per ticket in /queue.
QUESTION_PREVIEW = 120


def queue(turn: Turn, args: str) -> list[Reply]:
    """/queue — open tickets, oldest first, with their question and last turns."""
    found = tickets.queue(turn.services.db)
    if not found:
        return say(turn, "no open tickets")
    lines = [f"{len(found)} open ticket(s), oldest first:"]
    for t in found:
        lines.append(_line(t))
        lines += [f"    · {h['text'][:80]} → {h['intent']}" for h in t.turns[-3:]]
    lines.append("/take N · /reply N TEXT · /close N")
    return say(turn, "\n".join(lines), intent="staff")


def _line(t: Ticket) -> str:
    opened = datetime.datetime.fromtimestamp(t.opened_at, datetime.UTC).strftime("%d %b %H:%M UTC")
    state = f"taken by {t.taken_by}" if t.taken_by else "new"
    if t.answered_at:
        state += ", answered"
    if t.delivery_error == tickets.SENDING:
        failed = " — answer still sending (or its outcome was lost: ask the citizen)"
    else:
        failed = f" — delivery failed: {t.delivery_error}" if t.delivery_error else ""
    question = t.question[:QUESTION_PREVIEW] or "(no question)"
    return f"#{t.id} [{t.platform}, {t.language}] {opened}, {state}{failed}\n  {log_id(t.user)}: {question}"


# Ticket numbers fit SQLite's integers with room to spare.
TICKET_DIGITS = 12


def _number(args: str) -> tuple[int | None, str]:
    first, _, rest = args.strip().partition(" ")
    first = first.lstrip("#")
    return (int(first) if first.isdecimal() and len(first) <= TICKET_DIGITS else None), rest.strip()


def take(turn: Turn, args: str) -> list[Reply]:
    """/take N — the ticket is yours (others see who has it)."""
    number, _ = _number(args)
    if number is None:
        return say(turn, "usage: /take N (the ticket number from /queue)", intent="staff")
    held = tickets.get(turn.services.db, number)
    # a ticket held by someone no longer staff (revoked) would otherwise stay theirs for ever
    gone = bool(held and held.taken_by and roles.role_of(turn.services, held.taken_by) is None)
    try:
        ticket = tickets.take(turn.services.db, number, turn.message.sender, take_over=gone)
    except TicketError as exc:
        return say(turn, f"not taken: {exc}", intent="staff")
    history = "\n".join(f"  · {h['text']} → {h['intent']}" for h in ticket.turns) or "  (no earlier turns)"
    text = f"#{number} is yours.\nquestion: {ticket.question or '(none)'}\nlast turns:\n{history}\n/reply {number} TEXT"
    return say(turn, text, intent="staff")


def reply(turn: Turn, args: str) -> list[Reply]:
    """/reply N TEXT — the answer goes to the citizen on their own channel."""
    number, text = _number(args)
    if number is None or not text:
        return say(turn, "usage: /reply N TEXT", intent="staff")
    held = tickets.get(turn.services.db, number)
    others = bool(held and held.taken_by not in (None, turn.message.sender))
    first, _, rest = text.partition(" ")
    anyway = others and first.lower() == "anyway"  # ("/reply 1 anyway TEXT": one another staff member took)
    text = rest.strip() if anyway else text
    if not text:
        return say(turn, f"usage: /reply {number} anyway TEXT", intent="staff")
    try:
        gone = others and roles.role_of(turn.services, held.taken_by) is None  # (revoked: as /take)
        ticket = tickets.answered(turn.services.db, number, turn.message.sender, anyway=anyway or gone)
    except TicketError as exc:
        return say(turn, f"not sent: {exc}", intent="staff")
    _ = gettext(ticket.language)
    header = _("Answer from the MSME helpline (request #%(number)s):") % {"number": number}
    to_citizen = Reply(
        text=f"{header}\n{text}",
        locale=ticket.language,
        intent="staff_reply",
        confidence=1.0,
        input_language=ticket.language,
        recipient=ticket.user,
        ticket=number,
    )
    sending = f"sending the answer to #{number} ({ticket.platform})…"
    if ticket.taken_by and ticket.taken_by != turn.message.sender:  # two people answering one citizen
        sending += f"\nnote: #{number} was taken by {ticket.taken_by}"
    return [*say(turn, sending, intent="staff", ticket=number), to_citizen]


def delivery_report(number: int | None, error: str | None, pending: bool = False) -> str:
    """Whether a staff answer reached the citizen: "sent" is said only once it has."""
    if pending:
        return f"#{number}: still sending; /queue will say if it did not arrive"
    if error is None:
        return f"✓ delivered to #{number}; /close {number} when done"
    if error == MAYBE_SENT:  # sending again could give the citizen the answer twice
        return f"⚠ #{number}: {error}. Ask the citizen whether it came before you /reply again."
    why = (
        "the citizen last wrote more than 24 hours ago, and WhatsApp allows a free reply only within 24 hours "
        "of their last message; /reply again once they write, or call them"
        if error == OUTSIDE_WINDOW
        else f"{error}; to try again, send your /reply {number} once more as you wrote it"
    )  # (not "/reply N": staff who had to write "/reply N anyway TEXT" were refused by it)
    return f"⚠ NOT delivered to #{number}: {why}. #{number} stays open and unanswered."


def close(turn: Turn, args: str) -> list[Reply]:
    """/close N [anyway] ("anyway": a ticket another staff member took and never answered)."""
    number, rest = _number(args)
    if number is None:
        return say(turn, "usage: /close N", intent="staff")
    try:
        ticket = tickets.close(turn.services.db, number, turn.message.sender, anyway=rest.lower() == "anyway")
    except TicketError as exc:
        return say(turn, f"not closed: {exc}", intent="staff")
    return say(turn, f"#{number} closed" + _close_note(ticket, turn.message.sender), intent="staff")


def _close_note(ticket: Ticket, who: str) -> str:
    """What closing buried: an answer never delivered, or none ever sent; and whose ticket it was."""
    if ticket.delivery_error and ticket.delivery_error != tickets.SENDING:
        note = f"; note: its last answer was NOT delivered ({ticket.delivery_error})"
    else:
        note = "" if ticket.answered_at else "; note: it was never answered (the citizen got no staff answer)"
    return note + (f"; it was taken by {ticket.taken_by}" if ticket.taken_by not in (None, who) else "")
