"""Helpline tickets: a citizen asks for a person, staff answer from any channel.

A ticket holds the least needed: the citizen's platform id and language, their last question
and the last few turns (normalized text + what the bot understood), timestamps and who took it.
The citizen always gets the helpline numbers first (the bot's best answer when staff are offline),
then the promise that a person will reply here.
"""

import json
import time
from dataclasses import dataclass, field, replace

import regex
import sqlite_utils

from bot import answers, audit, menus, request_language, request_news, verdicts_told
from bot.activity import scrub
from bot.choices import chosen_number
from bot.i18n import gettext
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrases import word_list
from bot.privacy import FORGOTTEN, log_id
from bot.sessions import Session
from bot.turn import Turn
from bot.vouching import reported_claim, said_lines

OPEN, TAKEN, CLOSED = "open", "taken", "closed"
# What staff read is in English (a picked scheme's name in a ticket's question).
STAFF_LANGUAGE = "en"
# Turns that ask the staff nothing: the request for a person itself, greetings, thanks, the menu, "galat jawab hai".
NO_QUESTION = frozenset({"agent", "greeting", "thanks", "help", "ack", "disputed", "opener"})
# A staff answer's delivery error when the channel's reply window had closed (WhatsApp's 24 hours).
OUTSIDE_WINDOW = "outside_window"
# An answer handed to its channel whose outcome is not back yet (or was lost in a restart).
SENDING = "sending"
# The channel did not answer in time: the message may have arrived all the same.
MAYBE_SENT = "no answer from the channel in time: it may have arrived"
# The audit command of a request the citizen withdrew ("stop").
WITHDRAWN = "stop"
# Turns kept in the session (and copied into a ticket): enough for staff to see the context.
HISTORY_TURNS = 6
# What a ticket keeps: the turns before it and what the citizen adds while waiting.
TICKET_TURNS = 12
# "agent", "insaan se baat karao": longer than this, the message is the question itself.
AGENT_PHRASE_WORDS = 4
HISTORY_TEXT_LIMIT = 300


@dataclass
class Ticket:
    id: int
    user: str
    platform: str
    language: str
    question: str
    turns: list[dict] = field(default_factory=list)
    status: str = OPEN
    opened_at: float = 0.0
    last_inbound_at: float = 0.0
    taken_by: str | None = None
    answered_at: float | None = None
    closed_at: float | None = None
    delivery_error: str | None = None


class TicketError(ValueError):
    """A staff action that cannot be done on this ticket; the message says why."""


def remember_turn(turn: Turn, replies: list[Reply]) -> None:
    """Keep the last few user texts (normalized) and what the bot made of them in the session (for a
    ticket, and for "how sure are you?"); commands are skipped."""
    text = (turn.message.text or "").strip()
    if not text or text.startswith(("/", "@")) or not replies:
        return
    first = replies[0]
    entry = {
        "text": scrub(text)[:HISTORY_TEXT_LIMIT],
        "intent": first.intent,
        "topic": first.topic,
        "confidence": first.confidence,
    }
    if first.aspect:  # (a part picked by number: the question a ticket shows staff)
        entry["aspect"] = first.aspect
    told = verdicts_told.of_reply(first.text)
    if told:  # ("✗ the husband already had it": not again above the documents asked next)
        entry["verdicts"] = told
    checked = verdicts_told.checked_block(first.text)
    if checked:  # ("✗ … cover is usually 75%-85%": "is that correct?" next says the same)
        entry["checked"] = checked
    said = said_lines(first)
    if said:  # "kya ye sahi hai?" next: these facts again
        entry["said"], entry["said_in"] = said, first.locale
    if turn.message.forwarded:  # ("what's the runner up?" next, from staff who saw them, or saw none)
        entry["forwarded"] = True
        if first.runners_up:
            entry["runners_up"] = list(first.runners_up)
    together = list(dict.fromkeys(r.topic for r in replies if r.intent == "scheme_info" and r.topic))
    if len(together) > 1:  # "udyam aur gem dono ke documents": "aur fees?" next asks of both
        entry["topics"] = together
    turn.session.history = [*turn.session.history, entry][-HISTORY_TURNS:]


def last_asked(session: Session) -> dict | None:
    """The last question answered, past the asides asked of it since ("how sure", "ok")."""
    return next((e for e in reversed(session.history) if e.get("intent") not in ASIDES), None)


def last_said(session: Session) -> dict | None:
    """The last answer given, past the asides and the requests to say it again or more simply ("samajh nahi
    aaya", then "phir se batao": the answer before both)."""
    return next((e for e in reversed(session.history) if e.get("intent") not in (*ASIDES, "confused")), None)


def last_answer(session: Session) -> dict | None:
    """The last answer about one scheme in this conversation, for "how sure are you?", unless another
    kind of reply came after it (a list, a fallback): then there is no one answer to vouch for. ("matlab?"
    between, answered more simply, leaves it standing.)"""
    entry = last_said(session)
    if entry is None:
        return None
    vouched = entry.get("intent") in VOUCHED and (entry.get("topic") or entry.get("intent") == "helpline")
    return entry if vouched else None


def claim_told(session: Session) -> dict | None:
    """A claim told in a scheme's chat that got no answer of its own ("बैंक वाले बोल रहे 40% मिलेगी" after
    PMEGP): "is this right?" next checks it against that scheme's record."""
    told = last_asked(session)
    if told is None or told.get("intent") != "fallback" or not session.topic:
        return None
    return (
        {"topic": session.topic, "text": told.get("text", "")}
        if reported_claim(told.get("text", ""))
        else None
    )


def _row(cursor_row: tuple, names: list[str]) -> Ticket:
    data = dict(zip(names, cursor_row, strict=True))
    data["turns"] = json.loads(data["turns"] or "[]")
    return Ticket(**data)


def _select(db: sqlite_utils.Database, where: str, params: list) -> list[Ticket]:
    cursor = db.execute(f"SELECT * FROM tickets WHERE {where}", params)
    names = [d[0] for d in cursor.description]
    return [_row(r, names) for r in cursor.fetchall()]


def get(db: sqlite_utils.Database, number: int) -> Ticket | None:
    found = _select(db, "id = ?", [number])
    return found[0] if found else None


def open_for(db: sqlite_utils.Database, user: str) -> Ticket | None:
    found = _select(db, "user = ? AND status != ? ORDER BY id DESC LIMIT 1", [user, CLOSED])
    return found[0] if found else None


def queue(db: sqlite_utils.Database) -> list[Ticket]:
    """Tickets not yet closed, oldest first."""
    return _select(db, "status != ? ORDER BY opened_at, id", [CLOSED])


def open_ticket(db: sqlite_utils.Database, turn: Turn, now: float | None = None) -> tuple[Ticket, bool]:
    """The user's open ticket, or a new one with their last question; (ticket, created)."""
    user, now = turn.message.sender, turn.now if now is None else now
    with audit.change(db):
        existing = open_for(db, user)
        if existing is not None:
            return existing, False
        history = list(turn.session.history)
        asked = [_as_asked(turn, h) for h in history if h.get("intent") not in NO_QUESTION]  # ("नमस्ते": none)
        current = (turn.message.text or "").strip()
        # "agent, my Udyam certificate has the wrong name" carries the question itself; "I want to speak
        # to a real person please" only asks for a person, and the question is the one before it (none, first
        # thing: "I want to talk to a human" is no question to pass on)
        said_more = len(current.split()) > AGENT_PHRASE_WORDS and not current.startswith(("/", "@"))
        if said_more:
            u = turn.snap.understand(current)
            # (a topic it only may name is no question: "agent" reads as a typo of "against"; nor is "about
            # my problem", which asks what something is of nothing named)
            asks = bool(u.confident or u.aspect not in (None, "contact", "overview") or u.not_covered)
            # (first thing, a story the matcher cannot place is still the question: "I need to talk to a human, a
            # man took 5000 from me and never came back")
            story = not asked and bool(
                u.unknown or set(u.intents) - {"agent"} or regex.search(r"\d", current)
            )
            said_more = asks or story
        question = scrub(current) if said_more else (asked[-1] if asked else "")
        cursor = db.execute(
            "INSERT INTO tickets(user, platform, language, question, turns, status, opened_at, last_inbound_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                user,
                turn.message.platform,
                turn.lang,
                question,
                json.dumps(history, ensure_ascii=False),
                OPEN,
                now,
                now,
            ],
        )
    return get(db, int(cursor.lastrowid)), True


def _as_asked(turn: Turn, entry: dict) -> str:
    """A turn as the question it asked: a pick from a list ("2") with the scheme it picked ("2 → MSME Champions
    (portal and scheme)"), so that staff see what was asked, not a bare number."""
    said, topic = entry.get("text", ""), entry.get("topic")
    if chosen_number(said) is None or topic not in turn.snap.knowledge.schemes:
        return said
    name = turn.snap.knowledge.topic_name(topic, STAFF_LANGUAGE)
    part = entry.get("aspect")  # ("3" after PMEGP's parts: its documents)
    return f"{said} → {name}" + (f": {part}" if part and part != "overview" else "")


def request_person(turn: Turn) -> list[Reply]:
    """The citizen's "talk to a person": helpline numbers first, then the ticket number and the promise."""
    _ = gettext(turn.lang)
    ticket, created = open_ticket(turn.services.db, turn)
    if created:
        request_language.note_opened(turn, ticket.id)
    topic = turn.session.topic if turn.session.topic in turn.snap.knowledge.schemes else None
    best = answers.helpline_answer(turn.snap.knowledge, topic, turn.lang)
    if created and not ticket.question:  # ("नमस्ते", then "Talk to a person": no question to pass on yet)
        promise = _(
            "I have opened request #%(number)s for the MSME helpline team. Please write your question here, so the "
            "person who picks it up can see it; until then, the numbers above can help."
        )
    elif created:
        promise = _(
            "I have passed your question to the MSME helpline team (request #%(number)s). "
            "A person will reply here; until then, the numbers above can help."
        )
    else:  # (the numbers were given with the request: not again)
        promise = _already_with_the_team(turn.lang)
    options = menus.menu_options(turn.lang)[:3]
    shown = [best, "", promise % {"number": ticket.id}] if created else [promise % {"number": ticket.id}]
    text = answers.numbered(shown, options, turn.lang)
    return [turn.reply((text, options), "agent", topic=topic, confidence=1.0)]


def while_waiting(turn: Turn, replies: list[Reply]) -> list[Reply]:
    """A message the bot could not place, from someone whose request is with the staff ("my number is
    98…, call me", "jaldi karo"): it reaches the staff with the request (see `touch`), and they are told so;
    and the question answered right after a request opened with none is said to be passed on."""
    text = turn.message.text or ""
    request_language.follow_chat(turn)
    asked_of_it = _asked_of_the_request(turn, text)
    if asked_of_it is not None:
        return [asked_of_it]
    awaiting = _awaiting_its_question(turn, replies[0], text) if replies else None
    if awaiting is not None:
        again = _already_with_the_team(turn.lang) % {"number": awaiting.id}
        return [_with_line(replies[0], _question_passed_on(turn, awaiting), again), *replies[1:]]
    if not replies or replies[0].intent not in UNPLACED or text.startswith(("/", "@")):
        return replies
    if replies[0].aspect:  # "documents?" gets its "which scheme?"
        return replies
    if turn.snap.understand(text).not_covered:  # "tractor subsidy?" gets its honest "not covered"
        return replies
    ticket = open_for(turn.services.db, turn.message.sender)
    if ticket is None or ticket.answered_at is not None:  # after the staff answer, the bot answers again
        return replies
    _ = gettext(turn.lang)
    # ("koi jawab aaya?", "has anyone replied?": whether someone is on it yet)
    note = (
        _(
            "Noted: I have added this to your request #%(number)s. A person from the helpline team will reply here."
        )
        if ticket.status == OPEN
        else _(
            "Noted: I have added this to your request #%(number)s. Someone from the helpline team is working on it "
            "and will reply here."
        )
    )
    options = menus.menu_options(turn.lang)[:3]
    text = answers.numbered([note % {"number": ticket.id}], options, turn.lang)
    return [turn.reply((text, options), "agent", confidence=1.0)]


def _asked_of_the_request(turn: Turn, text: str) -> Reply | None:
    """ "kab call aayega", "ticket number kya hai" while a request is open: no one phones; a person replies
    here in the chat, and the request's number (they once got "Noted: I have added this to your request").
    "kitna time lagega" right after the request: how long is not known, and the request's number."""
    if text.startswith(("/", "@")):
        return None
    how_long = _asks_how_long(turn, text)
    news = _asks_for_news(turn, text) or _calls_out(text)
    no_reply = says_any(text, word_list("words", "request_no_reply_asks"))
    asks = says_any(text, word_list("words", "request_asks"))
    if not (how_long or news or no_reply or asks):
        return None
    ticket = open_for(turn.services.db, turn.message.sender)
    if ticket is None and _asks_for_news(turn, text):  # "any update?" with no request open: none to give
        return request_news.none_open(turn)
    if ticket is None:
        return None
    news = news or (no_reply and _no_reply_yet(turn, text, ticket))
    if (news and ticket.answered_at is not None) or not (how_long or news or asks):
        return None
    _ = gettext(turn.lang)
    if news:
        note = _already_with_the_team(turn.lang) if ticket.status == OPEN else _being_worked_on(turn.lang)
    elif how_long:
        note = "\n".join([_("I cannot tell how long it will take."), _already_with_the_team(turn.lang)])
    else:
        note = _(
            "No one will phone you: a person from the helpline team will reply here, in this chat. "
            "Your request number is #%(number)s."
        )
    options = menus.menu_options(turn.lang)[:3]
    return turn.reply(
        (answers.numbered([note % {"number": ticket.id}], options, turn.lang), options),
        "agent",
        confidence=1.0,
    )


def _already_with_the_team(lang: str) -> str:
    _ = gettext(lang)
    return _("Your request #%(number)s is already with the helpline team; a person will reply here.")


def _being_worked_on(lang: str) -> str:
    _ = gettext(lang)
    return _(
        "Your request #%(number)s is with the helpline team: someone is working on it and will reply here."
    )


def _asks_for_news(turn: Turn, text: str) -> bool:
    """ "any update?", "koi update?", "मेरे अनुरोध का क्या हुआ" while a request waits: how it stands (they got a part
    of the scheme asked before); not "pmegp me koi naya update?" (a scheme named asks about the scheme)."""
    return says_any(text, word_list("words", "request_update_asks")) and not turn.snap.understand(text).named


def _no_reply_yet(turn: Turn, text: str, ticket: Ticket) -> bool:
    """ "कोई जवाब नहीं आया", "no reply yet" right after a request was opened or its question passed on, or with
    no scheme in the chat: no reply from the team yet (it got "I cannot see or fix the portal"); after
    "samadhaan pe case kiya tha", the case's (its help lines), and with a scheme named, the scheme's."""
    if turn.snap.understand(text).named:
        return False
    said = [h for h in turn.session.history if h.get("intent") not in ASIDES]  # ("english please" between)
    last = said[-1] if said else {}
    return turn.session.topic is None or last.get("intent") == "agent" or last.get("text") == ticket.question


def _calls_out(text: str) -> bool:
    """ "hello??", "is anyone there", "कोई है?" said alone: whether someone is on the request (words.waiting_calls)."""
    said = keys(text)
    return bool(said) and any(said == keys(p) for p in word_list("words", "waiting_calls"))


def _asks_how_long(turn: Turn, text: str) -> bool:
    """ "kitna time lagega", "कब तक जवाब आएगा" right after the reply about the request; not "udyam me kitne din
    lagte hai" (a scheme named), nor later (by then, about what was asked since)."""
    history = turn.session.history
    if not (history and history[-1].get("intent") == "agent"):
        return False
    return (
        says_any(text, word_list("words", "request_time_asks")) and not turn.snap.understand(text).confident
    )


def _awaiting_its_question(turn: Turn, reply: Reply, text: str) -> Ticket | None:
    """The request opened with no question, when this is the first message after it ("agent" or "/agent", then
    "mera udyam certificate download nahi ho raha"): answered, and `touch` makes it the request's question (it
    stays without one until something is said: a command leaves no turn in the history to tell by)."""
    if reply.intent not in ANSWERS:
        return None  # ("thanks", "ok", a phone number: no question; what the bot cannot place, below)
    if not text.strip() or text.startswith(("/", "@")):
        return None
    ticket = open_for(turn.services.db, turn.message.sender)
    return ticket if ticket is not None and not ticket.question and ticket.answered_at is None else None


def _question_passed_on(turn: Turn, ticket: Ticket) -> str:
    _ = gettext(turn.lang)
    return _("✓ Added to your request #%(number)s: the helpline team will see this question.") % {
        "number": ticket.id
    }


def _with_line(reply: Reply, line: str, instead: str) -> Reply:
    """`line` above the reply, and `instead` out of it: the request's number said once ("✓ Added to your
    request #5" opened a reply that closed "Your request #5 is already with the helpline team")."""
    return replace(reply, text=f"{line}\n\n{reply.text.replace(chr(10) * 2 + instead, '')}")


def touch(db: sqlite_utils.Database, user: str, now: float, text: str = "") -> None:
    """A citizen wrote (called after every turn): WhatsApp's 24-hour window for a staff answer restarts,
    and what they add while waiting ("order no 5116, Rs 4.2 lakh") reaches the staff with the ticket."""
    row = db.execute(
        "SELECT id, turns, opened_at FROM tickets WHERE user = ? AND status != ? ORDER BY id DESC LIMIT 1",
        [user, CLOSED],
    ).fetchone()
    if row is None:
        return
    turns = json.loads(row[1] or "[]")
    text = text.strip()
    added = scrub(text) if text and not text.startswith(("/", "@")) and row[2] != now else ""
    if added:
        turns = [*turns, {"text": added[:HISTORY_TEXT_LIMIT], "intent": "while waiting"}][-TICKET_TURNS:]
    # (a request opened with no question takes the first thing said after as its question)
    db.execute(
        "UPDATE tickets SET last_inbound_at = ?, turns = ?, question = CASE WHEN question = '' THEN ? "
        "ELSE question END WHERE id = ?",
        [now, json.dumps(turns, ensure_ascii=False), added, row[0]],
    )


def take(db: sqlite_utils.Database, number: int, who: str, take_over: bool = False) -> Ticket:
    """The ticket is `who`'s; `take_over` from a holder who is no longer staff."""
    with audit.change(db):
        ticket = _open_ticket(db, number)
        if ticket.taken_by and ticket.taken_by != who and not take_over:
            raise TicketError(f"#{number} is already taken by {ticket.taken_by}")
        db.execute("UPDATE tickets SET status = ?, taken_by = ? WHERE id = ?", [TAKEN, who, number])
        audit.record(db, who, f"/take {number}", f"ticket:{number}", ticket.taken_by, who, None)
    return get(db, number)


def answered(db: sqlite_utils.Database, number: int, who: str, anyway: bool = False) -> Ticket:
    """Mark a staff answer (the ticket stays open until /close; whoever answers takes it). One another staff
    member took only `anyway`, as /close: s2's "/reply 1 …" of s1's ticket gave the citizen two answers."""
    with audit.change(db):
        ticket = _open_ticket(db, number)
        if ticket.taken_by not in (None, who) and not anyway:
            raise TicketError(
                f"#{number} is taken by {ticket.taken_by}; /reply {number} anyway TEXT sends yours all the same "
                "(the citizen then may get two answers)"
            )
        db.execute(
            "UPDATE tickets SET status = ?, taken_by = COALESCE(taken_by, ?), answered_at = ?, delivery_error = ? "
            "WHERE id = ?",
            # (one's own request, as in a staff member's test, is answered in the same reply: no send)
            [TAKEN, who, time.time(), None if ticket.user == who else SENDING, number],
        )
        audit.record(db, who, f"/reply {number}", f"ticket:{number}", None, "answered", None)
    return ticket


def close(db: sqlite_utils.Database, number: int, who: str, anyway: bool = False) -> Ticket:
    """Close ticket `number`; a ticket another staff member took and never answered only `anyway` (s2's
    "/close 1" of s1's ticket once said only "#1 closed", and the citizen's request was gone unanswered)."""
    with audit.change(db):
        ticket = _open_ticket(db, number)
        if ticket.taken_by not in (None, who) and not ticket.answered_at and not anyway:
            raise TicketError(
                f"#{number} is taken by {ticket.taken_by} and was never answered; /close {number} anyway "
                "closes it all the same (the citizen then gets no answer)"
            )
        db.execute("UPDATE tickets SET status = ?, closed_at = ? WHERE id = ?", [CLOSED, time.time(), number])
        audit.record(db, who, f"/close {number}", f"ticket:{number}", ticket.status, CLOSED, None)
        _drop_forgotten(db)
    return ticket


def _drop_forgotten(db: sqlite_utils.Database) -> None:
    """Closed tickets of citizens who said /forget while they were open go too (the audit keeps the number)."""
    db.execute("DELETE FROM tickets WHERE status = ? AND question = ?", [CLOSED, FORGOTTEN])


def discard(db: sqlite_utils.Database, user: str) -> None:
    """Delete every ticket of `user` (a stateless question's, which no one can answer)."""
    with audit.change(db):
        db.execute("DELETE FROM tickets WHERE user = ?", [user])


def withdraw(db: sqlite_utils.Database, user: str, now: float) -> list[int]:
    """The citizen said "stop": their requests are closed, so no staff answer is sent to them; the numbers."""
    with audit.change(db):
        withdrawn = _select(db, "user = ? AND status != ?", [user, CLOSED])
        for ticket in withdrawn:
            db.execute("UPDATE tickets SET status = ?, closed_at = ? WHERE id = ?", [CLOSED, now, ticket.id])
            audit.record(db, log_id(user), WITHDRAWN, f"ticket:{ticket.id}", ticket.status, CLOSED, None)
        _drop_forgotten(db)
    return [t.id for t in withdrawn]


def _open_ticket(db: sqlite_utils.Database, number: int) -> Ticket:
    ticket = get(db, number)
    if ticket is None:
        raise TicketError(f"no ticket #{number}")
    if ticket.status == CLOSED:
        withdrawn = db.execute(
            "SELECT 1 FROM audit WHERE target = ? AND command = ?", [f"ticket:{number}", WITHDRAWN]
        ).fetchone()
        raise TicketError(f"#{number} was withdrawn by the citizen" if withdrawn else f"#{number} is closed")
    return ticket


def record_delivery(db: sqlite_utils.Database, number: int, error: str | None) -> None:
    """Note on the ticket whether its staff answer reached the citizen (/queue and /close show failures);
    an answer that did not arrive leaves the request unanswered, so what the citizen adds still reaches staff."""
    with audit.change(db):
        if error is None:
            db.execute("UPDATE tickets SET delivery_error = NULL WHERE id = ?", [number])
        else:
            db.execute(
                "UPDATE tickets SET delivery_error = ?, answered_at = NULL WHERE id = ?", [error, number]
            )


# Replies that "how sure are you?" can vouch for: about one scheme, a scam warning (about the scheme it
# names, or where to complain), and the helplines (with or without a scheme).
VOUCHED = frozenset({"scheme_info", "helpline", "fraud"})
# Replies that leave the last answer standing: "ok", "thanks", "reply in hindi", "how sure?" itself, "galat hai".
ASIDES = frozenset({"how_sure", "language", "ack", "thanks", "disputed"})
# Replies that say the bot could not place a message.
UNPLACED = frozenset({"fallback", "clarify", "unclear"})
# Replies that answer a question (a request's first question gets one, and is said to be passed on).
ANSWERS = frozenset({"scheme_info", "scheme_list", "centre_find", "helpline", "compare", "status"})
