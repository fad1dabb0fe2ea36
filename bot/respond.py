"""The whole product logic: one message in, replies out. Synchronous, no network I/O.

normalize → detect language → match topic/intent/aspect/place → build the answer from the
knowledge base → render in the user's language; the session carries the last topic, the
offered options and the language choice between messages.
"""

import logging
import time
from dataclasses import replace

from bot import (
    activity,
    carried_asks,
    clarify_answered,
    comparisons,
    controls,
    courtesy,
    follow_ups,
    forwards,
    guided_add,
    match_explained,
    media_told,
    menus,
    named_list,
    numbered_left,
    one_question,
    payloads,
    questions,
    rejected,
    replay,
    responses,
    roles,
    runners_up,
    sessions,
    tickets,
    turn_language,
)
from bot.choices import chosen_number, offers_centres, pick
from bot.closing_question import closing_question
from bot.geo import valid_point
from bot.i18n import gettext
from bot.language import detect, reply_language, shows_language, unreadable_script
from bot.matcher import SMALL_TALK, Understanding
from bot.messages import IncomingMessage, Option, Reply
from bot.normalize import clean, keys
from bot.phrases import word_forms, word_keys
from bot.privacy import log_id
from bot.services import Services
from bot.turn import Turn

log = logging.getLogger(__name__)


def respond(message: IncomingMessage, services: Services, now: float | None = None) -> list[Reply]:
    """Answer one message; the session is loaded and saved around it.

    Whatever goes wrong inside, the user gets a polite reply (never a traceback or silence) and the
    log gets the error's type and the user's masked id, never what they wrote.
    """
    with services.turn_lock:
        try:
            return _respond(message, services, time.time() if now is None else now)
        except Exception as exc:
            if services.db.conn.in_transaction:
                services.db.conn.rollback()
            log.error("turn failed: user=%s error=%s", log_id(message.sender), type(exc).__name__)
            lang = _apology_language(message)
            text, options = menus.failed(lang)
            return [Reply(text=text, locale=lang, options=options, intent="error")]


def _respond(message: IncomingMessage, services: Services, now: float) -> list[Reply]:
    seen = replay.recall(services.db, message)
    if seen is not None:
        return seen
    snap = services.current()
    session = sessions.load(services.db, message.sender, now)
    sessions.drop_gone(session, snap.knowledge.schemes, snap.knowledge.centres)
    lang = session.language or session.last_language or reply_language(message.locale_hint or "en")
    turn = Turn(message, services, snap, session, lang, session.last_language or "en", now)
    forwards.scoped(turn)  # (a staff member's next forward is another citizen's question)
    offered = list(session.options)
    replies = _with_media_note(turn, tickets.while_waiting(turn, _dispatch(turn)))
    if not any(r.intent in controls.STEERED for r in replies):
        controls.remember_screen(session, offered)
    if not any(r.intent in KEEPS_THE_LIST or offers_centres(r.options) for r in replies):
        session.centres = []  # "address?" later refers to nothing listed
    if not any(r.intent == "scheme_list" for r in replies):
        session.group = None  # "aur koi?" later asks about nothing listed
    named_list.remember(turn, message.text or "", replies)
    privileged = roles.role_of(services, message.sender) is not None
    if message.forwarded and replies and privileged:
        replies[0] = _with_staff_line(replies[0])
        replies = numbered_left.noted(turn, replies)
    tickets.remember_turn(turn, replies)
    with services.db.atomic():
        replay.remember(services.db, message, replies, now, privileged)
        if not any(r.intent == "forget" for r in replies):  # /forget: the session stays deleted
            sessions.save(services.db, session, now)
        # (what staff forward is a citizen's, not an addition to a request of their own)
        tickets.touch(
            services.db, message.sender, now, "" if message.forwarded and privileged else message.text
        )
        activity.record(services.db, message, replies, now)
    for r in replies:
        log.info(
            "reply user=%s intent=%s topic=%s conf=%.2f",
            log_id(message.sender),
            r.intent,
            r.topic,
            r.confidence,
        )
    return replies


def _with_media_note(turn: Turn, replies: list[Reply]) -> list[Reply]:
    """A photo or file sent with a caption: the caption is answered, saying the file was not looked at
    ("is this the right document?" must not read as a check of the document). An admin command's own reply
    says what became of the file (/import's "not imported: the file is over 2 MB")."""
    if not (turn.message.media and clean(turn.message.text or "")) or not replies:
        return replies
    if replies[0].intent == "admin":
        return replies
    _ = gettext(turn.lang)
    note = _("I cannot open photos, voice notes or files; this answers your text only.")
    return [replace(replies[0], text=f"ℹ {note}\n\n{replies[0].text}"), *replies[1:]]


def _apology_language(message: IncomingMessage) -> str:
    """The language the user wrote in, when it shows (detection itself may be what failed)."""
    said = message.text or ""
    try:
        shown = detect(said) if shows_language(said) else None
    except Exception:  # the apology must go out whatever broke
        shown = None
    return reply_language(shown or message.locale_hint or "en")


def _next_page(turn: Turn, text: str) -> Option | None:
    """ "more", "next page", "और योजनाएं" right after a list with a next page: that page."""
    said = set(keys(text))
    if not said <= word_keys("next_page") or not said & word_keys("next_page_moves"):
        return None  # ("more", "next page", "और योजनाएं"; not "schemes" alone)
    # (the menu's "Schemes and portals" is the first page, no next one: "aur?" after "start over" is a follow-up)
    pages = (
        o for o in turn.session.options if o.payload.startswith("@schemes ") and o.payload.split()[1] != "1"
    )
    return next(pages, None)


STAFF_LANGUAGE = "en"


def _with_staff_line(reply: Reply) -> Reply:
    """Staff forwarding a citizen's question also see how sure the bot is and what else was close (in
    English, as all staff output)."""
    _ = gettext(STAFF_LANGUAGE)
    others = ", ".join(reply.runners_up) or "-"
    line = _("[staff] confidence %(confidence)s · runners-up: %(others)s") % {
        "confidence": f"{reply.confidence:.2f}",
        "others": others,
    }
    return replace(reply, text=f"{reply.text}\n\n{line}")


def _dispatch(turn: Turn) -> list[Reply]:
    message = turn.message
    located = message.location is not None and valid_point(*message.location)
    asks_near, kind = _near_kind(turn, message.text) if located else (False, None)
    if asks_near:
        lat, lon = message.location
        if message.text and shows_language(message.text):  # "नजदीकी केंद्र" sent with the location
            turn.session.last_language = reply_language(detect(message.text))
            turn.lang = turn.session.language or turn.session.last_language
        return [responses.centres(turn, turn.snap.finder.near(lat, lon, turn.lang, kind))]
    text = (message.text or "").strip()
    if message.media and not text:
        return [turn.reply(menus.media(turn.lang), "unsupported")]
    if not clean(text):
        said = {EMOJI_PAYLOADS.get(ch) for ch in text if not ch.isspace() and ch not in EMOJI_MODIFIERS}
        if len(said) == 1 and None not in said:  # "🙏" is a thank-you, "👍" an OK
            payload = said.pop()
            if payload == "@thanks" and not turn.session.history:  # a first "🙏" is a namaste
                payload = "@menu"
            return payloads.handle_payload(turn, payload)
        return [turn.reply(menus.unclear(turn.lang), "unclear")]
    if message.forwarded:  # someone else's words: answered, never run as the forwarder's command or pick
        if unreadable_script(text):
            return [turn.reply(menus.other_script(turn.lang), "unclear")]
        command = payloads.command_named(text)
        if command:
            return [payloads.forwarded_command(turn, command)]
        steered = controls.steering(text)
        if steered:  # a forwarded "band karo": what it asks, nothing stopped
            turn_language.set_language(turn, turn.snap.understand(text))
            return [forwards.steering_meant(turn, steered)]
        return _answer(turn, text.lstrip("/@ "))
    if turn.session.draft and not text.startswith("/"):  # an admin's /add in progress
        added = guided_add.step(turn, text)
        if added is not None:
            return added
    if text.startswith("/"):  # before option picks: "/take 1" is a command, not option 1
        return payloads.handle_command(turn, text)
    if unreadable_script(text):  # (staff may answer a Bengali speaker in Bengali: commands come first)
        return [turn.reply(menus.other_script(turn.lang), "unclear")]
    told_media = media_told.reply(turn, text)
    if told_media:  # "maine voice message bheja hai, sun lijiye", "[voice note]": only text is read
        return told_media
    steering = controls.steering(text)
    if steering:  # "stop", "back", "start over"
        if steering != "back_words":  # ("wapas" shows the earlier choices as they were, in their language)
            turn_language.set_language(turn, turn.snap.understand(text))
        return controls.steer(turn, steering)
    runner_up = runners_up.asked(turn, text) or match_explained.why(turn, text)
    if runner_up:  # staff's "doosra option kya tha" after a forwarded question: the runner-up, not option 2
        return [runner_up]
    if _names_a_scheme_not_a_pick(turn, text):  # "now tell me about ZED" on PMEGP's menu: ZED
        return _answer(turn, text)
    again = carried_asks.ordinal_again(turn, text)
    if again:  # "and the second?" after "how much is the first loan…": the second loan's, not option 2
        return _answer(turn, again)
    clarified = clarify_answered.question_again(turn, text)
    if clarified:  # "subsidy kab milegi" → "Do you mean PMEGP?" → "pmegp": when PMEGP's subsidy comes
        return _answer(turn, clarified)
    named = named_list.pointed(turn, text)
    if named:  # "aur dusra wala?" after "pmegp aur cgtmse … pehle wala kya hai?": CGTMSE, not option 2
        u = turn.snap.understand(text)
        turn_language.set_language(turn, u)
        # (a bare "aur dusra?" asks the same part again; "the third is only for complaints?" what it is)
        again = turn.session.aspect if chosen_number(text) else None
        return one_question.detail_or_part(turn, u, named, u.aspect or again or "overview")
    chosen = (
        controls.earlier_pick(turn.session, text)
        or pick(text, turn.session.options)
        or controls.pick_instead_of_place(turn.session, text)
        or turn.snap.finder.option_in_state(turn.session.options, text, turn.lang)
        or _next_page(turn, text)
        or follow_ups.first_on_screen(turn, text)  # "pehle wala" with no earlier scheme it could mean
    )
    if chosen:
        return payloads.handle_payload(turn, chosen.payload, label=chosen.label)
    if turn.session.options and chosen_number(text) is not None:
        options = tuple(turn.session.options)
        return [turn.reply(menus.out_of_range(options, turn.lang), "clarify", confidence=1.0)]
    if payloads.is_payload(text):
        return payloads.handle_payload(turn, text)
    if clean(text) in word_forms("acks_as_written"):  # "हम्म" alone (keyed, it is हम, "we"): an OK
        return payloads.handle_payload(turn, "@ack")
    if text.startswith("@"):  # "@Sahayak pmegp kya hai": the bot addressed by name, then the question
        text = text.partition(" ")[2].strip()
        if not clean(text):
            return payloads.handle_payload(turn, "@menu")
    return _answer(turn, text)


def _names_a_scheme_not_a_pick(turn: Turn, text: str) -> bool:
    """Whether a message read as a number in words names a scheme by its own name instead ("now tell me
    about ZED" with PMEGP's six parts on screen: "now" reads as "nau", nine; the user asked for ZED)."""
    if not turn.session.options or chosen_number(text) is None or any(ch.isdecimal() for ch in text):
        return False
    return follow_ups.names_another(turn, turn.snap.understand(text))


def _answer(turn: Turn, text: str) -> list[Reply]:
    """A question in words: the comparison, the questions in it, or the one question."""
    text = rejected.without_rejected(text, turn.snap.understand)  # "mudra nahi, pmegp batao": PMEGP
    text = courtesy.without_thanks(text, turn.snap.understand)  # "Thank you. What is the subsidy…?"
    compared = comparisons.compared(turn, text)
    if compared:
        return compared
    closing = closing_question(text, turn.snap.understand)
    if closing:  # "… My question: how many EFCs are there?" after a story of quality and late payments: EFC's
        turn_language.set_language(turn, turn.snap.understand(text))
        return one_question.answer(turn, closing, keep_language=True)
    parts = questions.separate(text, turn.snap.understand)
    if parts:
        # the whole message says how the user writes
        turn_language.set_language(turn, turn.snap.understand(text))
        return _answer_each(turn, parts)
    return one_question.answer(turn, text)


def _near_kind(turn: Turn, text: str | None) -> tuple[bool, str | None]:
    """Whether a shared location asks for the centres near it, and of which kind (None: any). Alone or
    with words about centres ("नजदीकी केंद्र", "any EFC near me?") it does; a question sent along with
    it ("what is pmegp") is answered as a question."""
    kept = turn.session.centre_type
    if not text or not clean(text):
        return True, kept
    u = turn.snap.understand(text)
    if "centre_find" in u.intents or u.centre_type is not None or "where" in u.intents:
        return True, None if u.centre_type == "any" else u.centre_type or kept
    small_talk = set(u.intents) <= {*SMALL_TALK, "ack"}  # "ok", "hello" beside a location say nothing else
    return not (u.topics or (u.intents and not small_talk) or u.not_covered), kept


def _answer_each(turn: Turn, parts: list[str]) -> list[Reply]:
    """One reply per question, in order; only the last offers numbered choices (they are the live ones)."""
    understood = [turn.snap.understand(p) for p in parts]
    if any(u.not_covered and not u.confident for u in understood):
        # "दुकान का बिजली बिल 18000 आया है, शिकायत कहां करें": a question in words that only ask ("complaint",
        # "where") is about the need we do not cover, not Champions' steps; one of its own ("which scheme gives
        # subsidy for solar panels?") is still answered
        asking = turn.snap.matcher.intents.vocabulary
        kept = [
            (p, u) for p, u in zip(parts, understood, strict=True) if u.not_covered or _own_words(u, asking)
        ]
        parts, understood = [p for p, _ in kept], [u for _, u in kept]
    # "documents for udyam, gem and pmegp": the parts that name only a scheme ask what the others ask.
    # (not a correction: "fix my udyam name, and tell me about gem registration" asks GeM's steps)
    asked = next((u.aspect for u in understood if u.aspect and u.aspect != "change"), None)
    replies = []
    for part, u in zip(parts, understood, strict=True):
        # (not "1) is Udyam registration free?" beside "2) what documents does PMEGP need?": a question of its own)
        own = questions.asked_mark(part, turn.message.text or "")
        if asked and u.aspect is None and u.confident and not own and not questions.asks_where(u):
            turn.input_language = u.input_language
            replies.append(responses.scheme(turn, u.best.label, asked, u))
        else:
            replies += one_question.answer(turn, part, keep_language=True)
    # ("खरीदार ने पैसा नहीं दिया, शिकायत कहाँ करें": the story and the question both get Samadhaan's steps, once)
    once = [r for i, r in enumerate(replies) if all(r.text != earlier.text for earlier in replies[:i])]
    return responses.in_sequence(turn, once)


def _own_words(u: Understanding, asking: frozenset[str]) -> bool:
    """Whether a part names a scheme by words other than those that only ask ("शिकायत कहां करें")."""
    return bool(u.named) or (u.best is not None and not u.best.matched <= asking)


# Replies after which "address?" still refers to the centres listed: a list, or a question not understood.
KEEPS_THE_LIST = frozenset({"centre_find", "fallback", "unclear"})

# Messages of nothing but these emoji are answered as the words they stand for.
EMOJI_PAYLOADS = {"🙏": "@thanks", "😊": "@thanks", "❤": "@thanks", "👍": "@ack", "👌": "@ack", "✅": "@ack"}
# Skin tones and variation selectors ride along with an emoji.
EMOJI_MODIFIERS = frozenset("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")
