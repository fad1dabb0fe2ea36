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
    answers,
    groups,
    guided_add,
    menus,
    msme_size,
    payloads,
    questions,
    replay,
    responses,
    roles,
    sessions,
    tickets,
)
from bot.centre_finder import CentreAnswer
from bot.choices import another_words, chosen_number, pick
from bot.fact_lines import FIELDS, MAX_LINES, FactMatch, asked_words
from bot.geo import valid_point
from bot.i18n import gettext
from bot.knowledge import items
from bot.language import continues, detect, reply_language, shows_language
from bot.matcher import CLARIFY_THRESHOLD, SMALL_TALK, Understanding
from bot.messages import IncomingMessage, Option, Reply
from bot.normalize import clean, keys
from bot.phrases import word_keys
from bot.places import centre_words
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
            text, options = menus.fallback(lang)
            return [Reply(text=text, locale=lang, options=options, intent="error")]


def _respond(message: IncomingMessage, services: Services, now: float) -> list[Reply]:
    seen = replay.recall(services.db, message)
    if seen is not None:
        return seen
    snap = services.current()
    session = sessions.load(services.db, message.sender, now)
    lang = session.language or session.last_language or reply_language(message.locale_hint or "en")
    turn = Turn(message, services, snap, session, lang, session.last_language or "en", now)
    replies = _dispatch(turn)
    if not any(r.intent in KEEPS_THE_LIST for r in replies):
        session.centres = []  # "address?" later refers to nothing listed
    if not any(r.intent == "scheme_list" for r in replies):
        session.group = None  # "aur koi?" later asks about nothing listed
    if message.forwarded and replies and roles.role_of(services, message.sender) is not None:
        replies[0] = _with_staff_line(replies[0])
    tickets.remember_turn(turn, replies)
    with services.db.atomic():
        replay.remember(services.db, message, replies, now)
        if not any(r.intent == "forget" for r in replies):  # /forget: the session stays deleted
            sessions.save(services.db, session, now)
        tickets.touch(services.db, message.sender, now, message.text)
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
    if not said or not said <= word_keys("next_page"):  # "more", "next page", "और योजनाएं"
        return None
    return next((o for o in turn.session.options if o.payload.startswith("@schemes ")), None)


def _with_staff_line(reply: Reply) -> Reply:
    """Staff forwarding a citizen's question also see how sure the bot is and what else was close."""
    _ = gettext(reply.locale)
    others = ", ".join(reply.runners_up) or "-"
    line = _("[staff] confidence %(confidence)s · runners-up: %(others)s") % {
        "confidence": f"{reply.confidence:.2f}",
        "others": others,
    }
    return replace(reply, text=f"{reply.text}\n\n{line}")


def _dispatch(turn: Turn) -> list[Reply]:
    message = turn.message
    if message.location and valid_point(*message.location):
        lat, lon = message.location
        if message.text and shows_language(message.text):  # "नजदीकी केंद्र" sent with the location
            turn.session.last_language = reply_language(detect(message.text))
            turn.lang = turn.session.language or turn.session.last_language
        return [responses.centres(turn, turn.snap.finder.near(lat, lon, turn.lang, turn.session.centre_type))]
    text = (message.text or "").strip()
    if message.media and not text:
        return [turn.reply(menus.media(turn.lang), "unsupported")]
    if not clean(text):
        said = {EMOJI_PAYLOADS.get(ch) for ch in text if not ch.isspace() and ch not in EMOJI_MODIFIERS}
        if len(said) == 1 and None not in said:  # "🙏" is a thank-you, "👍" an OK
            return payloads.handle_payload(turn, said.pop())
        return [turn.reply(menus.unclear(turn.lang), "unclear")]
    if turn.session.draft and not text.startswith("/"):  # an admin's /add in progress
        added = guided_add.step(turn, text)
        if added is not None:
            return added
    if text.startswith("/"):  # before option picks: "/take 1" is a command, not option 1
        return payloads.handle_command(turn, text)
    chosen = pick(text, turn.session.options) or _next_page(turn, text)
    if chosen:
        return payloads.handle_payload(turn, chosen.payload, label=chosen.label)
    if turn.session.options and chosen_number(text) is not None:
        options = tuple(turn.session.options)
        return [turn.reply(menus.out_of_range(options, turn.lang), "clarify", confidence=1.0)]
    if text.startswith("@"):
        return payloads.handle_payload(turn, text)

    parts = questions.separate(text, turn.snap.understand)
    if parts:
        _set_language(turn, turn.snap.understand(text))  # the whole message says how the user writes
        return _answer_each(turn, parts)
    return understand_and_answer(turn, text)


def _answer_each(turn: Turn, parts: list[str]) -> list[Reply]:
    """One reply per question, in order; only the last offers numbered choices (they are the live ones)."""
    understood = [turn.snap.understand(p) for p in parts]
    # "documents for udyam, gem and pmegp": the parts that name only a scheme ask what the others ask.
    asked = next((u.aspect for u in understood if u.aspect), None)
    replies = []
    for part, u in zip(parts, understood, strict=True):
        if asked and u.aspect is None and u.confident:
            turn.input_language = u.input_language
            replies.append(responses.scheme(turn, u.best.label, asked, u))
        else:
            replies += understand_and_answer(turn, part, keep_language=True)
    caution = answers.caution_line(turn.snap.knowledge, turn.lang)
    return [_as_first_part(r, caution) for r in replies[:-1]] + replies[-1:]


def _about_the_list(turn: Turn, answer: CentreAnswer) -> Reply:
    """An answer about some of the centres just listed; the list stays the one follow-ups refer to
    ("and gaya wala?" next still picks from it, "any other?" searches from the same place)."""
    session = turn.session
    listed, point, place = session.centres, session.centre_point, session.centre_place
    reply = responses.centres(turn, answer)
    session.centres, session.centre_point, session.centre_place = listed, point, place
    return reply


def _as_first_part(reply: Reply, caution: str | None) -> Reply:
    """A reply followed by another: its choices and the caution line are the last reply's to give."""
    header = "\n\n" + gettext(reply.locale)("Reply with a number:")
    lines = reply.text.split(header)[0].split("\n")
    return replace(reply, text="\n".join(line for line in lines if line != caution), options=())


def understand_and_answer(turn: Turn, text: str, keep_language: bool = False) -> list[Reply]:
    """Answer one question; `keep_language` when it is a part of a message whose language is set."""
    finder = turn.snap.finder
    u = turn.snap.understand(text)
    if keep_language:
        turn.input_language = u.input_language
    else:
        _set_language(turn, u)
    session = turn.session
    if "language_en" in u.intents or "language_hi" in u.intents:
        chosen = "en" if "language_en" in u.intents else "hi"
        if not (u.confident or set(u.intents) & ASKS_BESIDE_LANGUAGE):
            return responses.choose_language(turn, chosen)
        # "udyam documents in hindi", "helpline jisme hindi me baat ho": switch, then answer
        turn.session.language = turn.lang = chosen
    sized = _sized(turn, text, u)
    if sized is not None:  # "turnover 3 crore, machine me 50 lakh lagaya, to mai kya hu?"
        return [responses.facts(turn, REGISTRATION, sized, u)]
    named_type = u.centre_type  # "any" when only a generic centre word was used
    # A generic "centre" asks for every kind again; no centre word keeps the kind asked before.
    centre_type = None if named_type == "any" else named_type or session.centre_type
    # "विश्वकर्मा योजना का रजिस्ट्रेशन कहाँ होगा, जन सेवा केंद्र पर?" asks about the scheme it names;
    # "Infosys technology centre ... job vacancy?" about something we do not cover.
    # "CTTC Bhubaneswar ka address" calls a centre by its short name, not the Technology Centres scheme.
    centre_called = u.confident and bool(u.best.matched) and u.best.matched <= finder.acronyms
    scheme_named = (
        u.confident and u.best.label in u.named and named_type in (None, "any") and not centre_called
    )  # not "EFC"
    elsewhere = scheme_named or bool(u.not_covered)
    # "common facility centre ... in Assam": the centre word is part of the scheme's name
    in_name = u.confident and u.best.label not in CENTRE_SCHEMES and bool(u.best.matched & centre_words())
    centre_asked = not (elsewhere or in_name) and (
        "centre_find" in u.intents
        or (session.awaiting == "place" and not (u.topics or u.aspect or set(u.intents) - {"where"}))
        or (named_type is not None and "where" in u.intents)
    )
    # A short question right after a list of centres ("patna wala chalu hai?", "phone number?") is about them.
    about_listed = (
        bool(session.centres)
        and (not u.confident or finder.named_among(session.centres, text))  # "Sanand" is no "Sambandh"
        and "agent" not in u.intents
        and len(u.text.split()) <= CENTRE_FOLLOWUP_WORDS
    )
    status = finder.statuses(session.centres, turn.lang, text) if about_listed else None
    if status is not None and "centre_status" in u.intents:
        return [_about_the_list(turn, status)]
    asks_contact = "helpline" in u.intents or u.aspect == "contact"
    asks_more = about_listed and bool(another_words() & set(keys(text))) and not u.aspect
    named = (
        finder.named_among(session.centres, text) if about_listed and not (asks_contact or asks_more) else []
    )
    if named:  # "what does the Firozabad one do?", "जालंधर वाले में क्या सिखाते हैं": all the data has on it
        return [_about_the_list(turn, finder.details(named, turn.lang))]
    found = finder.find(text, turn.lang, centre_type)
    if found is not None:  # "mai Gaya se hu, ...": kept for a later "mere sheher me koi centre?"
        session.place = finder.place_named(text) or session.place
    same_place = found is None or (  # "any other centre near pune" right after Pune's list
        found.point is not None
        and session.centre_point is not None
        and list(found.point) == session.centre_point
    )
    if asks_more and same_place:
        # "any other nearby?", "पास में कोई दूसरा": the next nearest, the first list still counted as seen
        listed = session.centres
        point = tuple(session.centre_point) if session.centre_point else None
        more = finder.more(listed, turn.lang, session.centre_type, point, session.centre_place)
        reply = responses.centres(turn, more)
        session.centres = [*listed, *(i for i in session.centres if i not in listed)]
        return [reply]
    # "common facility centre ... in Assam", "government offices buy through a portal": a generic centre
    # word beside a scheme named confidently asks about the scheme
    kind_named = named_type and not (
        named_type == "any" and u.confident and u.best.label not in CENTRE_SCHEMES
    )
    place_group = groups.asked(text) if found is not None and not (centre_asked or named_type) else None
    # "हम असम में हैं" in a CDP chat tells where the unit is: CDP's North-East lines, not Assam's centres
    tells_place = bool(place_group) and _has_lines_for(turn, session.topic, place_group, u)
    if (
        found is not None
        and not elsewhere
        and not tells_place
        and (centre_asked or kind_named or centre_called or not (u.topics or u.unknown))
    ):
        session.awaiting, session.centre_type = None, centre_type
        return [responses.centres(turn, found)]
    called = None if u.confident else finder.by_name(text, turn.lang)
    if (
        called is not None
        and found is not None
        and not {c["id"] for c in called.centres} & {c["id"] for c in found.centres}
    ):  # "aur chennai me bhi footwear wala?": the place said wins over an alias elsewhere
        called = found
    if called is not None:  # "CFTI Agra", "footwear training Agra": that centre's details
        session.awaiting = None
        return [responses.centres(turn, called)]
    home = finder.find(session.place, turn.lang, centre_type) if centre_asked and session.place else None
    if home is not None:  # "पास में कोई सेंटर?" from someone who said they are in Gaya
        session.awaiting, session.centre_type = None, centre_type
        return [responses.centres(turn, home)]
    if centre_asked:
        session.awaiting, session.centre_type = "place", centre_type
        return [responses.centres(turn, finder.ask_place(turn.lang, centre_type))]
    session.awaiting = None
    if about_listed and asks_contact:
        # "phone number?" after a list of centres: how to reach those centres, then the helplines
        reach = finder.contacts(finder.named_among(session.centres, text) or session.centres, turn.lang)
        general = answers.helpline_answer(turn.snap.knowledge, None, turn.lang)
        return [responses.centres(turn, replace(reach, text=f"{reach.text}\n\n{general}"))]
    # ("in my village what schemes are there?" asks for schemes, not about the centres)
    about_centres = (u.aspect or u.centre_type or "where" in u.intents) and "scheme_list" not in u.intents
    longer_ask = (
        "helpline" in u.intents and not about_listed
    )  # "koi helpline no. h kya jisme hindi me baat ho"
    if session.centres and about_centres and not u.confident and not u.close_topics() and not longer_ask:
        return [responses.centres(turn, finder.details(session.centres, turn.lang))]
    only_asks_how = turn.snap.matcher.named_by_aspect_words(u)
    if (
        session.topic
        and u.aspect
        and only_asks_how
        and u.best.label != session.topic
        and not set(u.intents) - {"where"}
    ):
        # "how do I register" after GeM asks how to register on GeM, not for Udyam
        return [responses.scheme(turn, session.topic, u.aspect, u, confidence=0.8)]
    # Asking for a person wins, even inside a question about a scheme; but a bare "agent" in a long
    # message is usually the middleman the user is talking about ("an agent is asking 1500 rs").
    bare_agent = _in_passing(u, "agent", ACK_MAX_WORDS)
    if u.not_covered and not session.topic and turn.snap.matcher.named_by_aspect_words(u):
        # "mudra loan, tarun category": "category" names no scheme of ours
        return [_not_covered(turn, u)]
    # ... and inside a conversation about a scheme ("ek agent 500 rs maang raha hai" after Udyam).
    paying = any(ch.isdigit() for ch in text) or turn.snap.details.asked(text) == "fee"
    in_chat = session.topic in turn.snap.knowledge.schemes and paying  # "agent 500 rs maang raha"
    middleman = bare_agent and (u.confident or in_chat)
    if "agent" in u.intents and not middleman:
        return payloads.handle_payload(turn, "@agent", u)
    needing = _needs_registration(turn, u, text)
    if needing is not None:  # "iske liye udyam zaruri h?" in a TReDS chat: what TReDS's record says
        lines = _detail_lines(turn, needing, u)
        if lines is not None:
            return [responses.facts(turn, needing, lines, u)]
        return [responses.scheme(turn, needing, "eligibility", u, confidence=0.7)]
    group = groups.asked(text)
    if (
        group
        and not u.aspect
        and _has_lines_for(turn, session.topic, group, u)
        and not _names_another(turn, u)
        and not _beside_another_need(turn, u, group)
    ):
        # "मैं महिला उद्यमी हूँ और मेरी सूक्ष्म इकाई है" in a ZED chat: ZED's lines about women
        phrases = groups.phrases_of(group)
        return [
            responses.facts(
                turn,
                session.topic,
                turn.snap.facts.mentioning(session.topic, phrases, turn.lang, MAX_LINES),
                u,
            )
        ]
    said_before = _said_of_another(turn, u) if u.confident else None
    if said_before is not None:  # "mujhe pmegp se loan mila tha" in a PM Vishwakarma chat: its PMEGP rule
        return [responses.facts(turn, session.topic, said_before, u)]
    if u.confident and not u.close_topics():
        topic = _kept_topic(turn, u) or u.best.label
        # "I'm a helpline operator. Caller asks: what is the toolkit incentive?" asks about the scheme
        in_passing = _in_passing(u, "helpline", HELPLINE_MAX_WORDS)
        if "helpline" in u.intents and u.aspect in (None, "overview", "contact") and not in_passing:
            return [responses.helpline(turn, topic, u)]
        if "complaint" in u.intents and topic not in turn.snap.matcher.complaint_schemes:
            return [responses.helpline(turn, topic, u)]  # "gem pe complaint kaha kare": its helpdesk
        lines = _detail_lines(turn, topic, u)  # "udyam fees": the line that says it is free
        if lines is None and not (u.aspect or continues(text)):
            # "pmegp women" asks for a line; a long first message tells a story and gets the overview
            lines = _fact_lines(turn, topic, u, most=NAMED_FACT_WORDS)
        if lines is not None:  # "pmegp women": the line about women, not the whole overview
            return [responses.facts(turn, topic, lines, u)]
        aspect = u.aspect or (session.aspect if continues(text) else None) or "overview"
        return [responses.scheme(turn, topic, aspect, u)]
    if group and _only_asks_about(turn, u, group) and not _has_lines_for(turn, session.topic, group, u):
        found = _group_lines(turn, group, u)  # "any scheme for women?": each scheme's lines about women
        if found:
            return [responses.group(turn, group, found)]
    if not group and not u.confident and _asks_for_more(turn, u):
        listed = [o.payload.split()[1] for o in session.options if o.payload.startswith("@scheme ")]
        found = listed or list(_group_lines(turn, session.group))  # in the order first shown
        return [responses.group_rest(turn, session.group, found)]
    topical = bool(u.topics) and u.topics[0].score >= CLARIFY_THRESHOLD
    # "hello, loan chahiye": a need beside a greeting (but "msme schemes" is the list itself)
    needs = topical or bool(u.shared_word_topics()) or bool(u.not_covered)  # "mudra nahi mila" is no "ok"
    if _asks_for_the_rest(turn, u):  # "aur batao", "tell me more": the next part of the same scheme
        return [responses.scheme(turn, session.topic, _next_aspect(session.aspect), u, confidence=1.0)]
    for intent in u.intents:  # most fully matched first
        if intent not in payloads.INTENT_PAYLOADS or intent == "agent":  # a person was asked for above
            continue
        # A one-word phrase ("madad", "list") inside a longer message of other words is no request.
        stray = u.intent_words[intent] < 2 and len(u.unknown) > 1
        if intent in (*SMALL_TALK, "ack") and (needs or stray):
            continue  # "...sarkari madad milegi?" is a question, not a call for the menu
        if intent == "scheme_list" and (u.confident or stray or u.not_covered):
            continue
        if intent == "ack" and len(u.text.split()) > ACK_MAX_WORDS:
            continue  # "theek nahi chal raha..." is not an "ok"
        return payloads.handle_payload(turn, f"@{payloads.INTENT_PAYLOADS[intent]}", u)
    # A follow-up's lines, unless its words point away from our schemes ("green card", "pan card kaise
    # banwaye"); another scheme named in our eligibility ("mudra loan liya tha, ab milega?") still counts.
    followup = session.topic in turn.snap.knowledge.schemes and not u.vetoed
    lines = (
        (_detail_lines(turn, session.topic, u) or _fact_lines(turn, session.topic, u)) if followup else None
    )
    if lines is not None and u.not_covered and not _about_it(turn, u, lines):
        lines = None  # "pan card banwana hai" in a Udyam chat asks for a PAN, not Udyam's PAN line
    if (
        lines is None and followup and u.not_covered and questions.tells(u.text)
    ):  # "I took a Mudra loan, does that matter?"
        named = turn.snap.matcher.not_covered.phrases_of(u.not_covered)
        lines = turn.snap.facts.mentioning(session.topic, named, turn.lang, MAX_LINES)
    if lines is not None:  # "what about for women?", "gaon me kitna": a line of the current scheme
        return [responses.facts(turn, session.topic, lines, u)]
    stray = set(u.unknown) - turn.snap.details.ask_words  # "car" in "car ki emi", not "processing"
    if followup and not (u.not_covered or stray) and turn.snap.details.missing(session.topic, u.text):
        # "iska byaj kitna hai?" after PMEGP: the record has no interest rate, and the answer says so
        return [responses.scheme(turn, session.topic, u.aspect or "overview", u, confidence=0.6)]
    if u.not_covered and not u.confident:
        return [_not_covered(turn, u)]
    if u.aspect and u.aspect != "overview" and not u.close_topics():
        if session.topic:
            return [responses.scheme(turn, session.topic, u.aspect, u, confidence=0.8)]
        if not u.topics and not u.unknown:
            listing = menus.scheme_list(turn.snap.knowledge, turn.lang, aspect=u.aspect)
            return [turn.reply(listing, "clarify", aspect=u.aspect, confidence=0.5)]
    close = [h.label for h in u.close_topics() or u.shared_word_topics()]
    if (
        session.topic in turn.snap.knowledge.schemes
        and "complaint" in u.intents
        and session.topic not in turn.snap.matcher.complaint_schemes
    ):  # "shikayat kahan karein?" after GeM: GeM's helpdesk
        return [responses.helpline(turn, session.topic, u)]
    if close and (
        session.topic in close or _kept_topic(turn, u)
    ):  # "how much loan?" after PM Vishwakarma asks about PM Vishwakarma's loan, not "which scheme?"
        return [responses.scheme(turn, session.topic, u.aspect or "overview", u, confidence=0.6)]
    if _only_everyday_words(turn, u, close):  # "sabzi market", "credit card bill": MSME Mart? TReDS? no
        return [responses.fallback(turn, u)]
    if close:
        reply = turn.reply(
            menus.clarify(turn.snap.knowledge, close, u.aspect or "overview", turn.lang),
            "clarify",
            confidence=round(u.best.score, 3) if u.best else 0.3,
            aspect=u.aspect,
            runners_up=tuple(close),
        )
        return [reply]
    return [responses.fallback(turn, u)]


def _in_passing(u: Understanding, intent: str, max_words: int) -> bool:
    """An intent named by one word in a message longer than `max_words` is mentioned, not asked for."""
    return u.intent_words.get(intent, 0) < 2 and len(u.text.split()) > max_words


def _only_everyday_words(turn: Turn, u: Understanding, close: list[str]) -> bool:
    """A lone "did you mean" named by one everyday word of a scheme's name ("market", "bill") beside
    words the bot does not know is no real candidate: the message is about something else."""
    if len(close) != 1 or u.best is None or u.best.label != close[0] or len(u.best.matched) != 1:
        return False
    about_else = bool(u.unknown or u.vetoed)  # "sabzi", "trademark"; "credit card" rules out CGTMSE
    return about_else and u.best.matched <= turn.snap.matcher.ordinary_name_words


def _not_covered(turn: Turn, u: Understanding) -> Reply:
    """An honest "no details on Mudra" with the schemes its words also point to."""
    top = u.best  # "mudra loan": the schemes a word they share ("loan") points to
    related = [h.label for h in u.topics if top and h.matched == top.matched][:3]
    related = related if len(related) > 1 else []
    answer = menus.not_covered(u.not_covered, turn.snap.knowledge, related, turn.lang)
    turn.session.centres = []  # understood, and about something else: "address?" next is not about them
    return turn.reply(answer, "fallback", confidence=0.0, runners_up=tuple(related))


def _sized(turn: Turn, text: str, u: Understanding) -> FactMatch | None:
    """The MSME classes with their limits, for "what is msme?", and the class of the figures a message
    states when it asks which class ("turnover 3 crore ... to mai kya hu"); only about registration
    or nothing else in particular."""
    knowledge = turn.snap.knowledge
    definition = knowledge.general.get("msme_definition") or {}
    if not definition or REGISTRATION not in knowledge.schemes:
        return None
    if "agent" in u.intents or (u.confident and u.best.label != REGISTRATION):  # "pmegp me 50 lakh..."
        return None
    sizes = msme_size.stated(text) if msme_size.asks_class(text) else None
    if sizes is not None:
        said = msme_size.size_lines(sizes, definition, turn.lang)
    elif msme_size.asks_meaning(text, turn.snap.matcher.question_words):
        said = msme_size.meaning_lines(turn.lang)  # "what is msme", "msme ka matlab"
    else:
        return None
    return FactMatch("eligibility", (*said, *msme_size.limit_lines(definition, turn.lang))) if said else None


def _only_asks_about(turn: Turn, u: Understanding, group: str) -> bool:
    """ "any scheme for women?" asks about the group; "women's day wishes", "fauji pension" and
    "svanidhi mahilaon ke liye" ask about something else (the unknown word, the scheme not covered),
    unless they ask which schemes ("wife ke naam pe unit h, konsi schemes h?")."""
    if u.not_covered:
        return False
    if "scheme_list" in u.intents or word_keys("scheme_words") & set(keys(u.text)):
        return True
    return not (u.close_topics() or _beside_another_need(turn, u, group))


def _needs_registration(turn: Turn, u: Understanding, text: str) -> str | None:
    """The scheme a "is Udyam needed?" asks about: another one named ("gem ke liye udyam zaruri hai?"),
    else the one being discussed."""
    if turn.snap.details.asked(text) != "udyam_needed":
        return None
    named = [h.label for h in u.topics if h.label != REGISTRATION and h.label in u.named]
    topic = named[0] if named else turn.session.topic
    return topic if topic in turn.snap.knowledge.schemes and topic != REGISTRATION else None


def _asks_for_the_rest(turn: Turn, u: Understanding) -> bool:
    """ "aur batao", "tell me more", a bare "aur?" right after a scheme's answer, naming nothing else."""
    if turn.session.topic not in turn.snap.knowledge.schemes or u.confident or u.unknown:
        return False
    return "more" in u.intents or set(keys(u.text)) <= BARE_MORE


def _next_aspect(aspect: str | None) -> str:
    """The part of a scheme's answer that comes after `aspect` (what it is → benefits → who can apply …)."""
    shown = answers.ASPECTS.index(aspect) if aspect in answers.ASPECTS else 0
    return answers.ASPECTS[(shown + 1) % len(answers.ASPECTS)]


def _names_another(turn: Turn, u: Understanding) -> bool:
    """Whether the message calls another scheme than the one discussed by its proper name."""
    best = u.best
    return (
        u.confident
        and best.label != turn.session.topic
        and bool(best.matched & turn.snap.matcher.proper_names.get(best.label, set()))
    )


def _said_of_another(turn: Turn, u: Understanding) -> FactMatch | None:
    """What the scheme being discussed says of another scheme the user tells they had or did ("PMEGP
    se loan mila tha" → "should not have taken a loan under PMEGP ... in the past 5 years")."""
    topic, other = turn.session.topic, u.best.label
    if topic not in turn.snap.knowledge.schemes or other == topic or u.aspect:
        return None
    if not questions.tells(u.text):
        return None
    scheme = turn.snap.knowledge.schemes[other]
    names = [
        other.replace("-", " "),
        *items(scheme.get("aliases"), "en"),
        *items(scheme.get("aliases"), "hi"),
    ]
    return turn.snap.facts.mentioning(topic, names, turn.lang, MAX_LINES)


def _about_it(turn: Turn, u: Understanding, found: FactMatch) -> bool:
    """Whether lines found for a message that names a scheme we do not cover answer it: an eligibility
    question, or what the user says they had that the lines speak of ("I took a Mudra loan, does that
    matter?" in a PM Vishwakarma chat: its rule on MUDRA loans; not "csc center kaha milega")."""
    if found.aspect == u.aspect == "eligibility":
        return True
    said = keys(" ".join(found.lines))
    return questions.tells(u.text) and bool(turn.snap.matcher.not_covered.present_words(u.not_covered, said))


def _beside_another_need(turn: Turn, u: Understanding, group: str) -> bool:
    """ "widow hu, pension milegi?": the group is said beside a need we do not know or do not cover."""
    own = groups.words(group) | turn.snap.matcher.topics.not_typos | word_keys("group_generic_words")
    return bool(u.not_covered) or bool(set(u.unknown) - own)


def _has_lines_for(turn: Turn, topic: str | None, group: str, u: Understanding) -> bool:
    """Whether "and for women?" is a follow-up about the scheme being discussed: it has a line on them."""
    if topic not in turn.snap.knowledge.schemes or "scheme_list" in u.intents:
        return False
    return turn.snap.facts.mentioning(topic, groups.phrases_of(group), turn.lang, 1) is not None


def _group_lines(turn: Turn, group: str, u: Understanding | None = None) -> dict[str, tuple[str, ...]]:
    """Every scheme whose facts mention `group`, each with its first GROUP_LINES such lines; schemes
    whose benefits or eligibility say it come before those that only mention it in passing, and among
    them those the rest of the message points to ("which loan scheme", "subsidy") first."""
    phrases = groups.phrases_of(group)
    found = {}
    for scheme_id in turn.snap.knowledge.schemes:
        match = turn.snap.facts.mentioning(scheme_id, phrases, turn.lang, GROUP_LINES)
        if match is not None:
            found[scheme_id] = match
    pointed = {h.label: h.score for h in u.topics} if u else {}
    ranked = sorted(found, key=lambda s: (found[s].aspect == "overview", -pointed.get(s, 0.0)))
    return {s: found[s].lines for s in ranked}


def _asks_for_more(turn: Turn, u: Understanding) -> bool:
    """ "aur koi?", "any other?", "और कोई योजना?" right after a list of schemes for a group."""
    said = set(keys(u.text))
    short = len(u.text.split()) <= CENTRE_FOLLOWUP_WORDS
    return bool(turn.session.group) and short and bool(another_words() & said) and not u.close_topics()


def _kept_topic(turn: Turn, u: Understanding) -> str | None:
    """The scheme being discussed, when the message names another only by words they share (not a
    mere "nahi"): "क्या मैं शिकायत कर सकता हूँ?" inside a Samadhaan conversation is about Samadhaan, not
    Champions; "buyer payment nahi de raha" after CGTMSE is about Samadhaan."""
    topic, matcher = turn.session.topic, turn.snap.matcher
    if topic not in turn.snap.knowledge.schemes or topic == u.best.label:
        return None
    if u.best.matched & matcher.proper_names.get(u.best.label, set()):  # "उद्यम रजिस्ट्रेशन" names Udyam
        return None
    kept = next((h for h in u.topics if h.label == topic), None)
    shares = kept is not None and bool((kept.matched & u.best.matched) - matcher.negations)
    if shares and matcher.only_shared_words(u):
        return topic
    return None


def _detail_lines(turn: Turn, topic: str, u: Understanding) -> FactMatch | None:
    """The lines of `topic` that answer the detail asked ("fees" → "Free of cost", "age limit" → "18 years")."""
    if topic == REGISTRATION and turn.snap.details.asked(u.text) == "udyam_needed":
        return None  # every Udyam line names Udyam: "is Udyam needed?" of Udyam itself picks none
    evidence = turn.snap.details.answering(u.text)
    return turn.snap.facts.mentioning(topic, evidence, turn.lang, MAX_LINES) if evidence else None


def _fact_lines(turn: Turn, topic: str, u: Understanding, most: int | None = None) -> FactMatch | None:
    """Lines of `topic` named by the message's own words (not question words like "kitna", "kaise");
    none when more than `most` such words are left."""
    aspect = u.aspect if u.aspect in FACT_ASPECTS else None
    words = asked_words(u.text, turn.snap.matcher.asking_words(u.aspect))
    if most is not None and len(set(words) - turn.snap.facts.names.get(topic, frozenset())) > most:
        return None
    return turn.snap.facts.find(topic, words, turn.lang, aspect)


# Replies after which "address?" still refers to the centres listed: a list, or a question not understood.
KEEPS_THE_LIST = frozenset({"centre_find", "fallback", "unclear"})

# Requests that a language named beside them only qualifies: "koi helpline jisme hindi me baat ho sake".
ASKS_BESIDE_LANGUAGE = frozenset({"helpline", "centre_find", "scheme_list"})

# A message of only these ("aur?", "और?", "and?") asks for more of the scheme just answered.
BARE_MORE = frozenset(keys("aur and और more"))

# Schemes that are themselves networks of centres: a centre word beside them asks for the centres.
CENTRE_SCHEMES = frozenset({"tech-centres", "efc"})

# The scheme where a business is registered by its MSME class.
REGISTRATION = "udyam"

# A one-word "helpline" in a longer message than this mentions a helpline; it does not ask for one.
HELPLINE_MAX_WORDS = 6

# A message that names its scheme picks lines with at most this many other words ("pmegp women").
NAMED_FACT_WORDS = 3

# Aspects whose lines a follow-up may pick from; "kaise" or "kya hai" restrict nothing.
FACT_ASPECTS = frozenset(FIELDS.values()) - {"overview", "apply"}

# A question about a group ("women") shows this many lines of each scheme that mentions it.
GROUP_LINES = 2

# Words in a follow-up about the centres just listed; longer messages are new questions.
CENTRE_FOLLOWUP_WORDS = 6

# Messages of nothing but these emoji are answered as the words they stand for.
EMOJI_PAYLOADS = {"🙏": "@thanks", "😊": "@thanks", "❤": "@thanks", "👍": "@ack", "👌": "@ack", "✅": "@ack"}
# Skin tones and variation selectors ride along with an emoji.
EMOJI_MODIFIERS = frozenset("\ufe0f\U0001f3fb\U0001f3fc\U0001f3fd\U0001f3fe\U0001f3ff")

# "ok", "theek hai", "haan ji": an acknowledgement is short.
ACK_MAX_WORDS = 3


def _set_language(turn: Turn, u: Understanding) -> None:
    """Detected language applies until the user chooses one; a message of bare names keeps the last."""
    turn.input_language = u.input_language
    # "thanks bhai", "ok bye", "hii sir" in the middle of a conversation say little about its language.
    small_talk = (
        u.input_language != "hi"
        and len(u.text.split()) <= ACK_MAX_WORDS
        and bool(u.intents)
        and set(u.intents) <= {*SMALL_TALK, "ack"}
        and not u.topics
    )
    if turn.session.last_language is None or (shows_language(u.text) and not small_talk):
        turn.session.last_language = reply_language(u.input_language)
    turn.lang = turn.session.language or turn.session.last_language
