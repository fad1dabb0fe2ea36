"""What an offered option or a slash command does: `@scheme udyam documents`, `@schemes 2`, `/start`.

Options carry these payloads (as Telegram buttons or numbered lines); commands map onto them, and
privileged commands go to the one admin/staff command table.
"""

from bot import (
    admin_commands,
    answers,
    centre_questions,
    fitting,
    forwards,
    fraud_details,
    menus,
    responses,
    roles,
    scams,
    tickets,
    vouching,
)
from bot.geo import valid_point
from bot.i18n import gettext
from bot.language import HI, detect, has_devanagari, reply_language, shows_language
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import word_list
from bot.turn import Turn

# The payload an intent found in free text runs ("agent" → a ticket, "greeting" → the menu).
INTENT_PAYLOADS = {
    "agent": "agent",
    "helpline": "helpline",
    "scheme_list": "schemes 1",
    "help": "help",
    "greeting": "menu",
    "thanks": "thanks",
    "ack": "ack",
    "confused": "confused",
    "how_sure": "sure",
    "fraud": "fraud",
    "opener": "listen",
    "language_menu": "language",
}


# What an option's payload may start with ("@scheme udyam documents"); any other "@word" is a user's
# own writing ("@Sahayak pmegp kya hai").
VERBS = frozenset(
    {"scheme", "schemes", "near", "centre", "helpline", "language", "ack", "confused", "thanks", "help"}
    | {"agent", "fraud", "status", "sure", "menu", "disputed", "listen", "again"}
)


# `@fraud SCHEME lottery`: the warning is about a prize in the ministry's name (in place of a look-alike site).
LOTTERY = answers.LOTTERY


def is_payload(text: str) -> bool:
    return text.startswith("@") and text[1:].split(" ", 1)[0] in VERBS


def handle_payload(
    turn: Turn, payload: str, u: Understanding | None = None, label: str | None = None
) -> list[Reply]:
    """Run an option's payload (`@scheme udyam documents`, `@schemes 2`, `@near lat,lon type`...)."""
    verb, _, rest = payload[1:].partition(" ")
    args = rest.split()
    knowledge = turn.snap.knowledge
    if verb == "scheme" and args and args[0] in knowledge.schemes:
        aspect = (
            args[1]
            if len(args) > 1 and args[1] in (*answers.ASPECTS, *answers.UNANSWERED_ASPECTS)
            else "overview"
        )
        whole = args[2:] == [fitting.WHOLE]  # ("1. Who can apply: the whole list" after a list cut to fit)
        return [responses.scheme(turn, args[0], aspect, u, confidence=1.0, whole=whole)]
    if verb in ("schemes", "scheme"):  # (an old button of a scheme since deleted: the list there is now)
        page = int(args[0]) if verb == "schemes" and args and args[0].isdecimal() else 1
        aspect = args[1] if len(args) > 1 and args[1] in answers.ASPECTS else None
        listing = menus.scheme_list(knowledge, turn.lang, page, aspect)
        turn.session.group = None
        return [turn.reply(listing, "scheme_list", confidence=1.0)]
    if verb == "near" and args:
        return near_payload(turn, args, label)
    if verb == "centre" and args:  # "3" after a list of centres: that centre's details
        return [centre_questions.picked(turn, args[0])]
    if verb == "centre":
        turn.session.awaiting, turn.session.centre_type = "place", None
        return [responses.centres(turn, turn.snap.finder.ask_place(turn.lang, None))]
    if verb == "helpline":  # right after a scheme answer, that scheme's lines (and the general ones)
        topic = turn.session.topic if u is not None and not u.confident else None
        topic = topic if topic in knowledge.schemes else None
        return [responses.helpline(turn, topic, u, with_general=True)]
    if verb == "language":
        if args and args[0] in ("hi", "en"):
            return responses.choose_language(turn, args[0])
        return [turn.reply(menus.language_choice(turn.lang), "language", confidence=1.0)]
    if verb == "ack":
        return [turn.reply(menus.ack(turn.lang, tuple(turn.session.options)), "ack", confidence=1.0)]
    if verb == "listen":  # "sir ek baat puchni thi", "koi hai?": the question comes next
        return [turn.reply(menus.listening(turn.lang), "opener", confidence=1.0)]
    if verb == "confused":
        return [_said_simply(turn)]
    if verb == "thanks":
        goodbye = says_any(turn.message.text or "", word_list("words", "goodbye_words"))
        return [turn.reply(menus.thanks(turn.lang, goodbye), "thanks", confidence=1.0)]
    if verb == "help":  # also "something else" after "did you mean PMEGP?": PMEGP is no longer the topic
        turn.session.topic = None
        who = says_any(turn.message.text or "", word_list("words", "who_asks"))  # "aap kaun ho"
        return [turn.reply(menus.help_text(turn.lang, who), "help", confidence=1.0)]
    if verb == "agent":  # (a forwarded "agent" asks in someone else's name: what it asks, no request)
        return [forwards.person_asked(turn)] if turn.message.forwarded else tickets.request_person(turn)
    if verb == "fraud":  # "agent ne 2000 le liye, ab kya karu": the caution, then where to complain
        said = args[0] if args and args[0] in knowledge.schemes else None
        lottery = LOTTERY in args[1:]
        site = args[1] if len(args) > 1 and not lottery else None
        offer = answers.LOTTERY if lottery else _offered(turn.message.text or "")
        # about the scheme the scam used ("iska asli link?" next is its link), or where to complain
        topic = said or (answers.COMPLAINTS if answers.COMPLAINTS in knowledge.schemes else None)
        # (a site or prize told after a warning is news: the address on file again, not the short repeat)
        again = _warned_just_now(turn, topic) and not (site or lottery)
        fees = _fee_lines(turn, said)
        follow_up = _fraud_follow_up(turn.message.text or "")
        text = answers.fraud_answer(knowledge, turn.lang, said or "", site, fees, offer, again, follow_up)
        turn.session.topic = said or turn.session.topic
        return [turn.reply((text, ()), "fraud", topic=topic)]
    if verb == "status":  # "what is the status of my PMEGP application?": where to see it
        topic = args[0] if args and args[0] in knowledge.schemes else None
        text = answers.status_answer(knowledge, topic, turn.lang)
        turn.session.topic = topic or turn.session.topic  # ("TDR kya hota hai" next asks of its subsidy)
        return [turn.reply((text, ()), "status", topic=topic, confidence=1.0)]
    if verb == "sure":  # "how sure are you?": about the answer before this question, or the scheme named
        named = args[0] if args and args[0] in knowledge.schemes else None
        told = tickets.last_answer(turn.session) or tickets.claim_told(turn.session) or {}
        last = {"topic": named} if named else told
        general_lines = last.get("intent") == "helpline" and not last.get("topic")
        if general_lines:  # each line's verification and sources
            sure = answers.helplines_sure(knowledge, turn.lang)
        else:  # the fact again, checked against a claim told with it; staff also see the match score
            staff = roles.role_of(turn.services, turn.message.sender) is not None
            sure = vouching.vouch(knowledge, last, staff, turn.lang)
        return [turn.reply((sure, ()), "how_sure", topic=last.get("topic"), confidence=1.0)]
    if verb == "disputed":  # "galat jawab hai ye": about the answer before it, as "how sure are you?" is
        topic = (tickets.last_answer(turn.session) or {}).get("topic")
        return [
            turn.reply(menus.disputed(knowledge, topic, turn.lang), "disputed", topic=topic, confidence=1.0)
        ]
    if verb == "again":  # "phir se batao": the last answer again, else the simple version and a person
        last = tickets.last_said(turn.session) or {}
        if last.get("intent") == "scheme_info" and last.get("topic") in knowledge.schemes:
            return [
                responses.scheme(turn, last["topic"], last.get("aspect") or "overview", u, confidence=1.0)
            ]
        return [_said_simply(turn)]
    return [turn.reply(menus.greeting(turn.lang), "greeting", confidence=1.0)]


def _said_simply(turn: Turn) -> Reply:
    """The scheme talked about in one line ("samjha nahi", "short me batao"), or how to ask; about that scheme."""
    topic = turn.session.topic if turn.session.topic in turn.snap.knowledge.schemes else None
    return turn.reply(menus.confused(turn.snap.knowledge, topic, turn.lang), "confused", topic=topic)


# The commands anyone may send, as the payloads they stand for (`/language en` adds its argument).
_EVERYONES = {
    "start": "@menu",
    "menu": "@menu",
    "help": "@help",
    "language": "@language",
    "schemes": "@schemes 1",
    "centre": "@centre",
    "center": "@centre",
    "helpline": "@helpline",
    "agent": "@agent",
}


def command_named(text: str) -> str | None:
    """The command a text is ("/grant admin …": grant; "/Reply@SahayakBot 1 hi": reply), if it is one."""
    if not text.startswith("/"):
        return None
    name = text[1:].split(None, 1)[0].split("@")[0].lower() if text[1:].strip() else ""
    return name if name in _EVERYONES or name in admin_commands.COMMANDS else None


def forwarded_command(turn: Turn, name: str) -> Reply:
    """A forwarded "/grant admin …" is someone else's words: not run, and no question to answer (not the
    topic talked about before)."""
    _ = gettext(turn.lang)
    said = _(
        "This forwarded message is a bot command (/%(name)s). Commands are never run from a forwarded "
        "message, and it asks nothing I can answer. To run it, send it yourself."
    ) % {"name": name}
    return turn.reply((said, ()), "forwarded_command", confidence=1.0)


def handle_command(turn: Turn, text: str) -> list[Reply]:
    """Slash commands shared by every channel (`/start`, `/help`, `/language`, `/schemes`, `/centre`)."""
    name, _, rest = text[1:].partition(" ")
    name = name.split("@")[0].lower()
    payload = _EVERYONES.get(name)
    payload = f"{payload} {rest.strip()}".strip() if name == "language" else payload
    if payload is None:  # privileged commands; refused ones get exactly the unknown-command reply
        return admin_commands.run_text(turn, text) or [_unknown_command(turn, text)]
    if name == "help" and turn.message.is_private and roles.role_of(turn.services, turn.message.sender):
        return [*handle_payload(turn, payload), *admin_commands.admin_help(turn)]  # staff: their commands too
    return handle_payload(turn, payload)


def _unknown_command(turn: Turn, text: str) -> Reply:
    """The reply to an unknown or refused command, in the language it was written in: "/इतिहास" and
    "/set pmegp summary.hi हैक" got "Sorry, I could not find an answer…" in English."""
    if turn.session.language is None:  # (a language the user chose stays)
        written = HI if has_devanagari(text) else detect(text) if shows_language(text) else None
        turn.lang = reply_language(written) if written else turn.lang
    return responses.fallback(turn, None, intent="unknown_command")


def near_payload(turn: Turn, args: list[str], label: str | None) -> list[Reply]:
    try:
        lat, lon = (float(v) for v in args[0].split(","))
    except ValueError:
        return [responses.fallback(turn, None)]
    if not valid_point(lat, lon):  # a typed "@near 20000,20000" must not send the search round the world
        return [responses.fallback(turn, None)]
    centre_type = args[1] if len(args) > 1 and args[1] != "any" else None
    place = " ".join(args[2:]) or label
    return [responses.centres(turn, turn.snap.finder.near(lat, lon, turn.lang, centre_type, place))]


def _fee_lines(turn: Turn, said: str | None) -> tuple[str, ...]:
    """What the scheme's record says of fees ("Registration is free at CSCs"), to put right under the warning;
    not its rates ("0.37% at the lowest slab"), which beside "do not pay" read as a fee to pay the caller."""
    if not said:
        return ()
    evidence = turn.snap.details.evidence["fee"]
    fees = turn.snap.facts.mentioning(said, evidence, turn.lang, 2, whole_summary=False)
    lines = tuple(line for line in fees.lines if not scams.names_a_rate(line)) if fees else ()
    return lines + fraud_details.lines_named(turn, said, lines)


def _offered(text: str) -> str:
    """ "बधाई हो! आपका लोन 5 लाख स्वीकृत हुआ है…": a loan or grant said approved (see answers.fraud_answer), or ""."""
    return answers.APPROVED if scams.offers_money(text) else ""


def _fraud_follow_up(text: str) -> str:
    """What a message about a scam asks or tells beyond the warning: a secret or paper given ("मैंने आधार नंबर
    भी दे दिया"), the money back ("पैसे दे दिए, वापस कैसे मिलेंगे?"), what to do now ("to ab kya karu") or whether it is genuine ("is that legit?"), or "" (see
    answers.fraud_answer)."""
    if scams.secret_given(text):
        return answers.SHARED
    if scams.wants_money_back(text):
        return answers.MONEY_BACK
    if scams.asks_what_now(text):
        return answers.WHAT_NOW
    if says_any(text, word_list("words", "number_asks")):  # "जेम का असली नंबर क्या है": the number on file
        return answers.NUMBER
    return answers.DOUBTED if says_any(text, word_list("words", "genuine_asks")) else ""


def _warned_just_now(turn: Turn, topic: str | None) -> bool:
    """Whether the last reply was this same warning ("is it real?", "where to report" right after it)."""
    history = turn.session.history
    return bool(history) and history[-1].get("intent") == "fraud" and history[-1].get("topic") == topic
