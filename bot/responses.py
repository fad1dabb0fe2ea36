"""The replies the core builds most often: a scheme aspect, helplines, centres, the fallback."""

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import partial

from bot import (
    answers,
    barred,
    class_totals,
    fitting,
    follow_ups,
    groups,
    lacking_first,
    list_items,
    menus,
    msme_size,
    one_condition,
    own_details,
    role_rules,
    subsidy_estimate,
    turnover_rules,
    verdicts_told,
    whose,
)
from bot.centre_finder import CentreAnswer, with_choices
from bot.fact_lines import FactMatch, asked_words
from bot.i18n import gettext
from bot.matcher import Understanding
from bot.messages import Option, Reply
from bot.missing_details import AGE
from bot.normalize import clean, keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn


def choose_language(turn: Turn, lang: str, asked: str | None = None) -> list[Reply]:
    """The language set; in a chat about a scheme, the part just read again in it, or the part `asked`
    with the switch ("ठीक है, अब हिंदी में बताओ आवेदन कैसे करें" after PMEGP's eligibility: how to apply)."""
    turn.session.language = turn.lang = lang
    topic = turn.session.topic if turn.session.topic in turn.snap.knowledge.schemes else None
    if topic is None:
        return [turn.reply(menus.language_set(lang), "language", confidence=1.0)]
    # The answer the user was reading, again in the language they asked for.
    again = scheme(turn, topic, asked or turn.session.aspect or "overview", None, confidence=1.0)
    note = menus.language_set(lang)[0].split("\n")[0]
    return [replace(again, text=f"{note}\n\n{again.text}", intent="language")]


def scheme(
    turn: Turn,
    topic: str,
    aspect: str,
    u: Understanding | None,
    confidence: float | None = None,
    whole: bool = False,
) -> Reply:
    """One part of a scheme, fitted to one WhatsApp message (`whole`: its list asked whole after a cut one)."""
    said = turn.message.text or ""
    if aspect in RULE_READ_AS and turnover_rules.verdicts(
        turn.snap.knowledge.schemes[topic], said, turn.lang
    ):
        aspect = (
            "eligibility"  # ("Is TReDS mandatory for a 300 crore turnover to register?": the rule, not steps)
        )
    turn.session.topic, turn.session.aspect, turn.session.centres = topic, aspect, []
    text, options = answers.scheme_answer(turn.snap.knowledge, topic, aspect, turn.lang)
    text = _with_gap(turn, topic, u, text, aspect)
    if aspect == "eligibility" and u is not None:
        text = _with_own_size(turn, u, _with_named_items(turn, topic, u, _with_verdicts(turn, topic, text)))
        text = lacking_first.first(text, u.text)  # "pan card nahi hai udyam ho jayega": the PAN line first
        now = {v.line for v in _verdicts(turn, topic, True, now_only=True)}
        text = one_condition.cut(
            turn, topic, turn.message.text or u.text, text, now
        )  # "is poultry feed allowed?"
    else:
        # "mai mochi hu": what it is, and that cobblers are in; "vishwakarma milega?" after "main darzi hu" too;
        # "main lohar hu registration kaise karu": the steps, and that blacksmiths are in
        told = u is not None and _own_tellings(turn, u.text)
        if told and (
            aspect == "overview" or (aspect in ("apply", "benefits") and list_items.trade_said(u.text))
        ):
            text = _with_named_items(turn, topic, u, text)
        # "meat shop kholna hai pmegp se": not allowed
        text = _with_verdicts(turn, topic, text, own=False, aspect=aspect)
    text = _with_estimate(turn, topic, aspect, text)
    if aspect == "contact":
        text = _with_no_email(turn, u, text)
    score = confidence if confidence is not None else (u.best.score if u and u.best else 1.0)
    return fitting.first_that_fits(
        turn.reply(
            (answers.numbered([shorter], offered, turn.lang), offered),
            "scheme_info",
            topic=topic,
            aspect=aspect,
            confidence=round(min(score, 1.0), 3),
            runners_up=tuple(h.label for h in (u.topics[1:3] if u else []) if h.label != topic),
        )
        for shorter, offered in fitting.shorter_answers(text, options, topic, aspect, turn.lang, whole)
    )


# What a turnover's rule asked ("must companies of 300 crore turnover register?") may read as asking.
RULE_READ_AS = ("overview", "apply")


def rest_of_answer(turn: Turn, u: Understanding) -> Reply:
    """ "aur batao", "more" right after an answer: the whole list of the part just cut to fit one message
    ("… 1 more not shown here"), else the part after it."""
    topic, aspect = turn.session.topic, turn.session.aspect
    if fitting.whole_list_payload(topic, aspect) in {o.payload for o in turn.session.options}:
        return scheme(turn, topic, aspect, u, confidence=1.0, whole=True)
    return scheme(turn, topic, follow_ups.next_aspect(aspect), u, confidence=1.0)


def registration_told(turn: Turn, topic: str, has_it: bool, u: Understanding) -> Reply:
    """ "haan, udyam hai" in a CGTMSE chat: CGTMSE's next step, how to apply, not Udyam's overview; "udyam
    nahi hai" in a GeM chat: how to get Udyam, then back to GeM."""
    _ = gettext(turn.lang)
    name = {"scheme": turn.snap.knowledge.topic_name(topic, turn.lang)}
    if has_it:
        reply = scheme(turn, topic, "apply", u, confidence=0.8)
        note = _("OK, you have Udyam registration. Next for %(scheme)s:") % name
    else:
        reply = scheme(turn, answers.REGISTRATION, "apply", u, confidence=0.8)
        note = _(
            "No Udyam registration yet: this is how to get it. Once you have it, ask me about %(scheme)s again."
        )
        note %= name
    return replace(reply, text=f"{note}\n{reply.text}")


def facts(turn: Turn, topic: str, found: FactMatch, u: Understanding) -> Reply:
    """The lines of `topic` that answer a narrow follow-up ("mahilaon ke liye?"), the aspects on offer."""
    turn.session.topic, turn.session.aspect, turn.session.centres = topic, found.aspect, []
    text, options = answers.fact_answer(
        turn.snap.knowledge, topic, found.aspect, found.lines, turn.lang, headed=found.one_list
    )
    text = _with_gap(turn, topic, u, text)
    text = _with_verdicts(turn, topic, text, own=found.aspect == "eligibility", aspect=found.aspect)
    if found.aspect == "eligibility":  # "main darzi hu, vishwakarma milegi?": the trades' line, darzi in it
        text = _with_named_items(turn, topic, u, text)
    elif (listed := _named_items_line(turn, topic, u.text)) is not None:
        # ("lohar hu, auzar ke liye paisa?": the trade's ✓ above the toolkit line)
        text = _under_the_name(text, listed)
    text = _with_estimate(turn, topic, found.aspect, text)
    text = _with_class_total(turn, topic, text)
    return turn.reply(
        (answers.numbered([text], options, turn.lang), options),
        "scheme_info",
        topic=topic,
        aspect=found.aspect,
        confidence=0.7,
        runners_up=tuple(h.label for h in u.topics[:2] if h.label != topic),
    )


def group(turn: Turn, label: str, found: dict[str, tuple[str, ...]]) -> Reply:
    """ "Any scheme for women?": what the first GROUP_SCHEMES schemes' facts say about the group, the
    names of the rest, and every one of them on offer."""
    _ = gettext(turn.lang)
    heading = _("What my knowledge base has for %(group)s:") % {"group": groups.name(label, turn.lang)}
    return _lines_across(turn, heading, found, label)


def needing_registration(turn: Turn, found: dict[str, tuple[str, ...]]) -> Reply:
    """ "Which schemes need Udyam?": each scheme's lines that name Udyam, as a group's list is shown."""
    _ = gettext(turn.lang)
    heading = _("Schemes whose records name Udyam registration (needed or linked):")
    return _lines_across(turn, heading, found, None)


def counts(turn: Turn, found: dict[str, tuple[str, ...]]) -> Reply:
    """ "How many centres are there?": each centre scheme's figures, as a group's list is shown."""
    _ = gettext(turn.lang)
    return _lines_across(turn, _("How many centres my knowledge base has:"), found, None)


def _lines_across(turn: Turn, heading: str, found: dict[str, tuple[str, ...]], group: str | None) -> Reply:
    """Several schemes' lines on one thing under `heading`: the first GROUP_SCHEMES in full, the rest named,
    every one on offer. When that would not fit one WhatsApp message, the schemes are led by their names
    only, then fewer are shown in full ("any scheme for women?": ZED, PMEGP, CGTMSE and Sambandh's lines)."""
    listed = list(found.items())
    shown = range(max(1, min(GROUP_SCHEMES, len(listed))), 0, -1)
    return fitting.first_that_fits(
        _scheme_list(
            turn,
            answers.group_answer(
                turn.snap.knowledge,
                heading,
                dict(listed[:most]),
                [s for s, _lines in listed[most:]],
                turn.lang,
                described,
            ),
            list(found),
            group,
            confidence=0.7,
        )
        for most, described in [(shown[0], True), *((n, False) for n in shown)]
    )


def group_rest(turn: Turn, label: str, found: list[str]) -> Reply:
    """ "aur koi?" after a group's list: the knowledge base has no more than these; the helplines may."""
    text = answers.group_all_said(turn.snap.knowledge, groups.name(label, turn.lang), found, turn.lang)
    return _scheme_list(turn, text, found, label, confidence=0.7)


def schemes_for_need(
    turn: Turn,
    schemes: list[str],
    u: Understanding,
    related: Sequence[str] = (),
    said: Mapping[str, Sequence[str]] | None = None,
    head: str | None = None,
) -> Reply:
    """The schemes a need points to, when the user asks which schemes there are for it (and those related
    to the one it names, apart: they may not give what was asked); `said`: more lines under a scheme that
    does not rule the user out (its lines on women, for a woman asking); `head`: the line above them."""
    barring = {s: _ruling_out(turn, s) for s in [*schemes, *related]}
    running = [turn.message.text or "", *_earlier(turn)][:2]
    if any(map(barred.says_running, running)):  # "I already run the bakery": which take a running unit
        taking = {s: barred.takes_running(turn.snap.knowledge.schemes[s], turn.lang) for s in schemes}
        barring |= {s: [f"✓ {line}"] for s, line in taking.items() if line and not barring[s]}
    for s, lines in (said or {}).items():
        if s in barring and not _ruled_out(barring[s]):
            barring[s] = [*barring[s], *lines]
    schemes = sorted(schemes, key=lambda s: _ruled_out(barring[s]))  # (what rules the user out goes last)
    text = answers.schemes_for_need(turn.snap.knowledge, schemes, turn.lang, related, barring, head)
    confidence = round(u.best.score, 3) if u.best else 0.5
    return _scheme_list(turn, text, [*schemes, *related], None, confidence=confidence)


def _ruled_out(notes: list[str]) -> bool:
    return any(note.startswith("✗ ") for note in notes)


def _ruling_out(turn: Turn, topic: str) -> list[str]:
    """ "I want to start a liquor shop": the verdicts that rule the user out of a scheme listed for the need
    ("✗ intoxicants: on the negative list, so not allowed." under PMEGP)."""
    told = [turn.message.text or "", *_earlier(turn)]
    names = turn.snap.matcher.proper_names.get(topic, set())
    scheme = turn.snap.knowledge.schemes[topic]
    found = [v for v in barred.verdicts(scheme, told, names, turn.lang) if v.line and v.line.startswith("✗ ")]
    # ("I already run the bakery for 2 years": PMEGP's ✗, and its own sentence on a running unit's second loan)
    running = any(v.running for v in found)
    ways = barred.running_unit_ways(scheme, {}, "", turn.lang) if running else []
    return [v.line for v in found] + ways


def which_listed(turn: Turn, listed: list[str], aspect: str) -> Reply:
    """Which of the schemes just listed a message is about, when it does not say ("kitna paisa milega?",
    "I am from a village in Rajasthan" right after the schemes for a dairy loan)."""
    return turn.reply(
        menus.clarify(turn.snap.knowledge, listed, aspect, turn.lang),
        "clarify",
        confidence=0.5,
        aspect=aspect,
        runners_up=tuple(listed),
    )


def comparison(turn: Turn, schemes: list[str], u: Understanding, choosing: bool = False) -> Reply:
    """Two or more schemes asked about together to choose between; each on offer for more. Asked which is
    best for one ("kaunsi scheme best hai mere liye" after a bakery in a town, 30 lakh), a subsidy is worked
    out for what the user told."""
    worked_out = {s: _estimate(turn, s) for s in schemes} if choosing else {}
    # ("dono me kya fark hai" names none: the two just discussed)
    confidence = round(u.best.score, 3) if u.best else 0.7
    return fitting.first_that_fits(  # (whom each is for left out when all would not fit one WhatsApp message)
        _scheme_list(
            turn,
            answers.comparison(turn.snap.knowledge, schemes, turn.lang, choosing, worked_out, whom),
            schemes,
            None,
            confidence=confidence,
            intent="compare",
        )
        for whom in (True, False)
    )


def _scheme_list(
    turn: Turn,
    text: str,
    schemes: list[str],
    group: str | None,
    confidence: float,
    intent: str = "scheme_list",
) -> Reply:
    """A list of schemes, each on offer by number; what was discussed before is no longer "it"."""
    options = menus.topic_options(turn.snap.knowledge, schemes, "overview", turn.lang, most=GROUP_OPTIONS)
    session = turn.session
    session.topic, session.aspect, session.centres, session.group = None, None, [], group
    numbered = answers.numbered([text], options, turn.lang)
    return turn.reply((numbered, options), intent, confidence=confidence, runners_up=tuple(schemes))


def helpline(
    turn: Turn,
    topic: str | None,
    u: Understanding | None,
    intent: str = "helpline",
    with_general: bool = False,
    complaint: bool = False,
) -> Reply:
    """The contacts of `topic` (or every line); `complaint` adds where any MSME complaint goes after them."""
    if u and not u.named and says_any(u.text, word_list("words", "general_helpline_names")):
        topic = None  # "udyami helpline number" after PMEGP: the general lines, named
    options = menus.menu_options(turn.lang)[:2]
    if u and "agent" in u.intents:  # "I want to talk to a human. phone number?": the numbers, and a person
        options = (*options, menus.menu_options(turn.lang)[-1])
    if topic:  # "48 घंटे में हल न हो तो?" next is about this helpdesk's note
        turn.session.topic, turn.session.aspect = topic, "contact"
    if complaint and topic:
        text = answers.complaint_answer(turn.snap.knowledge, topic, turn.lang)
    else:
        text = answers.helpline_answer(turn.snap.knowledge, topic, turn.lang)
    if topic:
        text = _with_no_email(turn, u, text)
    if topic and with_general:
        general = answers.general_helplines_answer(turn.snap.knowledge, turn.lang)
        new_lines = [line for line in general.split("\n")[1:] if not answers.already_given(line, text)]
        if new_lines:  # lines the topic's answer did not already give (no number twice)
            text += "\n\n" + "\n".join([general.split("\n")[0], *new_lines])
    return turn.reply(
        (answers.numbered([text], options, turn.lang), options),
        intent,
        topic=topic,
        aspect="contact" if topic else None,
        confidence=round(u.best.score, 3) if topic and u and u.best else 1.0,
    )


def helpline_again(turn: Turn, topic: str | None, u: Understanding, asked: str) -> Reply:
    """The helpline just given, asked about its hours or whether it works: not on file, said first."""
    _ = gettext(turn.lang)
    if asked == "hours":
        note = _("The helpline's hours are not in my knowledge base.")
    else:
        note = _("I cannot check whether a number works today; this is what my knowledge base says of it:")
    reply = helpline(turn, topic, u)
    return replace(reply, text=f"{note}\n{reply.text}")


def centres(turn: Turn, found: CentreAnswer) -> Reply:
    if found.centres:  # the conversation is about these centres now, not the last scheme
        turn.session.centres = [c["id"] for c in found.centres]
        turn.session.centres_picked = []
        turn.session.topic = None
        turn.session.centre_point = list(found.point) if found.point else None
        turn.session.centre_place = found.place
    elif found.scheme:  # "EFC kahan hai": no list, and "phone?" next asks the EFC scheme's contact
        turn.session.topic, turn.session.aspect = found.scheme, None
    return turn.reply(
        (with_choices(found, turn.lang), found.options),
        "centre_find",
        centres=found.centres,
        confidence=1.0 if found.centres else 0.5,
    )


def fallback(turn: Turn, u: Understanding | None, intent: str = "fallback") -> Reply:
    topic = turn.session.topic if turn.session.topic in turn.snap.knowledge.schemes else None
    listed = list(turn.session.options)
    # ("2nd wali?" not understood right after a list: the list above is still what "8" picks from; after a
    # scheme's answer, whose choices are its parts, the fallback offers those parts anyway)
    beside_a_list = intent == "fallback" and _a_list(listed, turn.lang) and not _parts_of(listed, topic)
    if beside_a_list:
        said = menus.fallback_beside_a_list(len(listed), turn.lang)
    elif topic:
        said = menus.fallback_about(turn.snap.knowledge, topic, turn.lang)
    else:
        said = menus.fallback(turn.lang)
    reply = turn.reply(
        said,
        intent,
        confidence=round(u.best.score, 3) if u and u.best else 0.0,
        runners_up=tuple(h.label for h in u.topics[:2]) if u else (),
    )
    if beside_a_list:
        turn.session.options = listed
    return reply


def _parts_of(options: list[Option], topic: str | None) -> bool:
    """Whether the choices are the parts of the scheme discussed (its answer's), not a list it is one of."""
    return bool(topic) and sum(o.payload.startswith(f"@scheme {topic} ") for o in options) > 1


def _a_list(options: list[Option], lang: str) -> bool:
    """Choices a user may be answering by number, other than the main menu the fallback offers anyway."""
    return len(options) > 1 and bool(
        {o.payload for o in options} - {o.payload for o in menus.menu_options(lang)}
    )


# How a contact line starts: a link, a phone, an e-mail or the data's note on them.
CONTACT_ICONS = ("🔗", "☎", "✉", "📝")


def _with_no_email(turn: Turn, u: Understanding | None, answer: str) -> str:
    """ "email id?" after GeM, whose helpdesk has no e-mail on file: said so, and where any MSME can write."""
    if u is None or not says_any(u.text, word_list("words", "email_asks")):
        return answer
    lines = answer.split("\n")
    # (right under the contacts: the caution still closes the answer)
    at = (
        max((i for i, line in enumerate(lines) if line.startswith(CONTACT_ICONS)), default=len(lines) - 1) + 1
    )
    missing = answers.no_email_lines(turn.snap.knowledge, answer, turn.lang)
    return "\n".join([*lines[:at], *missing, *lines[at:]])


def _with_gap(turn: Turn, topic: str, u: Understanding | None, answer: str, aspect: str | None = None) -> str:
    """ "PMEGP ka byaj kitna hai": say the interest rate is not on file before listing what is; "my daughter
    is 16, can she register on Udyam?": that no age rule is (a verdict where there is one, PM Vishwakarma's)."""
    if u is None:
        return answer
    said = u.text
    if clean(turn.message.text or "") == said:  # (as written, its question marks tell its questions)
        said = turn.message.text or said
    details = turn.snap.details
    detail = details.missing(topic, said)
    if (
        detail is None
        and aspect == "eligibility"
        and own_details.says_an_age(said)
        and details.lacks(topic, AGE)
    ):
        detail = AGE
    if detail is None:
        return answer
    return _under_the_name(answer, answers.gap_line(turn.snap.details.name(detail, turn.lang), turn.lang))


def _under_the_name(answer: str, line: str) -> str:
    """`answer` with `line` right under the scheme's name, its first line."""
    name, rest = answer.split("\n", 1)
    return "\n".join([name, line, rest])


def _with_named_items(turn: Turn, topic: str, u: Understanding, answer: str) -> str:
    """ "pm vishwakarma me darzi aata hai kya?": the list item that names the trade, first; "handloom
    weaver": that only coir weavers are listed; said now or, of oneself, earlier in the chat ("main darzi
    hu", then "vishwakarma milega?"); not of a group this message asks of ("Can an SHG apply?" after "our
    women SHG": the SHG's line, no "✓ women")."""
    earlier = [] if groups.asked(u.text) else _own_tellings(turn, u.text)
    for said in dict.fromkeys([u.text, *earlier]):
        verdict = _named_items_line(turn, topic, said)
        if verdict is not None:
            return _under_the_name(answer, verdict)
        with_trade = _with_trade_left_out(turn, topic, said, answer, asked_now=said == u.text)
        if with_trade != answer:
            return with_trade
    return answer


def _named_items_line(turn: Turn, topic: str, said: str) -> str | None:
    """ "✓ In the list: tailor (darzi)" for "main darzi hu"; "✗ Not in the list as written; …" for a weaver."""
    asking = turn.snap.matcher.asking_words("eligibility")
    words = set(asked_words(said, asking)) - turn.snap.facts.names.get(topic, frozenset())
    words -= frozenset().union(*turn.snap.matcher.negatives_said(topic, keys(said)))  # ("steel furniture")
    found = list_items.named(
        turn.snap.knowledge.schemes[topic], "eligibility", list_items.with_trade_names(words), turn.lang
    )
    _ = gettext(turn.lang)
    if found.items:
        return "✓ " + _("In the list: %(items)s") % {"items": "; ".join(found.items)}
    if found.unlisted:
        return "✗ " + _("Not in the list as written; the list has only: %(items)s") % {
            "items": "; ".join(found.unlisted)
        }
    return None


def _own_tellings(turn: Turn, text: str) -> list[str]:
    """The messages of this chat, newest first, in which the user tells of themselves ("I am an
    electrician", "mere pati sarkari naukri me hai"): what they are does not change with the scheme asked."""
    return [
        t
        for t in [text, *whose.same_person(text, _earlier(turn))]
        if set(keys(t)) & (word_keys("self_words") | word_keys("first_person") | list_items.BEING)
    ]


def _earlier(turn: Turn) -> list[str]:
    """The user's earlier messages in this chat, newest first, whatever was asked in them: what they told of
    themselves ("i took mudra loan 2 years ago", "I am an electrician") holds for the next scheme asked."""
    return [h["text"] for h in reversed(turn.session.history)]


def _earlier_of_whom(turn: Turn) -> list[str]:
    """The earlier messages (newest first) about the one this message is about: after "mai 22 saal ka hu
    obc", "aur papa ke liye?" is not told by the son's age and category."""
    return whose.same_person(turn.message.text or "", _earlier(turn))


def _with_trade_left_out(turn: Turn, topic: str, text: str, answer: str, asked_now: bool) -> str:
    """ "I am a plumber, can I get PM Vishwakarma?": a trade the user says is theirs, which the scheme's
    list of trades does not name, is not in it; the list follows (added when the answer left it out)."""
    trades = word_keys("trade_words")
    said = set(keys(text))
    trade = list_items.trade_said(text)
    scheme = turn.snap.knowledge.schemes[topic]
    # (a trade this message asks of, "halwai ko vishwakarma milega?", is asked whosever it is)
    asked = asked_now and list_items.trade_asked(scheme, text)
    of_oneself = asked or (
        said & word_keys("self_words") and said & (word_keys("first_person") | list_items.BEING)
    )
    listing = list_items.listing(scheme, "eligibility", trades, turn.lang)
    if trade is None or not of_oneself or listing is None:
        return answer
    _ = gettext(turn.lang)
    lines = answer.split("\n")
    bullet = [] if f"• {listing}" in lines else [f"• {listing}"]
    return "\n".join(
        [lines[0], "✗ " + _("Not in the list: %(said)s.") % {"said": trade}, *bullet, *lines[1:]]
    )


def _with_verdicts(turn: Turn, topic: str, answer: str, own: bool = True, aspect: str | None = None) -> str:
    """ "meri beti 17 saal ki h": the verdict of the rule on the user's own details first ("✗ Age 17: below
    the minimum age of 18"), and the rule's line first among the lines (added if the answer left it out);
    what rules the user out ("meat shop", "wife ne pehle pmegp liya tha") whatever part is asked, and
    also when told earlier in the chat of the same person (`own`: the other details' verdicts too). Beside
    the `aspect` asked next (papers, money), a verdict this chat already told is not told again."""
    found = _verdicts(turn, topic, own)
    if not own and aspect in TOLD_ONCE_ASPECTS:  # (one this message tells again is said: "aur mutton shop?")
        said_before = verdicts_told.told(turn.session, topic) - {
            v.line for v in _verdicts(turn, topic, own, True)
        }
        found = [v for v in found if v.line not in said_before]
    scheme = turn.snap.knowledge.schemes[topic]
    said = turn.message.text or ""
    said_lines = [v.line for v in found if v.line]
    if any(v.running for v in found):  # ("my bakery is running for 5 years": what a running unit may get)
        said_lines += barred.running_unit_ways(scheme, turn.snap.knowledge.schemes, said, turn.lang)
    lines = answer.split("\n")
    if not own:  # (beside papers or steps asked, the rule goes with its verdict, not among them)
        rules = [bullet for v in found if (bullet := f"• {v.rule}") not in lines]
        return "\n".join([lines[0], *said_lines, *dict.fromkeys(rules), *lines[1:]])
    for verdict in reversed(found):
        bullet = f"• {verdict.rule}"
        # (where the first bullet is before the rule's own is taken out: it may have been the only one)
        at = next((i for i, line in enumerate(lines) if line.startswith("• ")), 1)
        if bullet in lines:
            lines.remove(bullet)
        lines.insert(at, bullet)
    return "\n".join([lines[0], *said_lines, *lines[1:]])


# The parts asked beside which a verdict already told in the chat is not told again ("ok aur documents?" after
# "✗ the husband already had it"); asked what to do now, the verdict is the answer and is said again.
TOLD_ONCE_ASPECTS = ("benefits", "documents", "contact")


def _verdicts(turn: Turn, topic: str, own: bool, now_only: bool = False) -> list[own_details.Verdict]:
    """The verdicts of the scheme's rules on what the user told (now, or earlier of the same person unless
    `now_only`)."""
    earlier = [] if now_only else _earlier_of_whom(turn)
    scheme = turn.snap.knowledge.schemes[topic]
    said = turn.message.text or ""
    names = turn.snap.matcher.proper_names.get(topic, set())
    # ("मेरी उम्र 16 साल है, विश्वकर्मा में आवेदन?": the age told with the steps asked is ruled on too)
    told_now = own_details.tells_own(clean(said))
    rules = subsidy_estimate.rules(scheme, turn.lang)  # (a project's cost read as the estimate reads it)
    cost_of = partial(subsidy_estimate.project_cost, rules) if rules else msme_size.project_cost
    found = (
        own_details.verdicts(scheme, said, earlier[::-1] if own else [], turn.lang, cost_of)
        if own or told_now
        else []
    )
    # ("5th pass hu", then "15 lakh ka service project, subsidy?": what rules them out still does)
    if not own:
        ruling = own_details.verdicts(scheme, said, earlier[::-1], turn.lang, cost_of)
        found += [v for v in ruling if v.line and v.line.startswith("✗ ") and v not in found]
    found += turnover_rules.verdicts(scheme, said, turn.lang)  # "TReDS mandatory with 300 crore turnover?"
    found += role_rules.verdicts(scheme, said, turn.lang)  # "kirana dukan hai, treds pe buyer ban sakta hu?"
    # "aur dairy farm?" after meat; not the words of an age ("aur 18 hone ke baad?") nor of a detail asked
    # ("training karni padegi?" names no work)
    work = own_details.without_persons_age(clean(said))
    unknown = tuple(w for w in turn.snap.understand(work).unknown if w not in turn.snap.details.ask_words)
    doing = barred.activity(work, unknown, scheme, names)
    # (what rules out the family or the business, whoever it was told of: "mere pati sarkari naukri me hai")
    told = [said] if now_only else [said, *_earlier(turn)]
    found += barred.verdicts(scheme, told, names, turn.lang, doing)
    return found


def _with_own_size(turn: Turn, u: Understanding, answer: str) -> str:
    """ "my turnover is 150 crore, am I eligible for cgtmse": the class those figures make, above the lines
    that say which classes the scheme is for; only figures of one's own ("buyer ka turnover 300 crore" is
    someone else's), read as written ("120.5").
    """
    said_words = set(keys(turn.message.text or ""))
    own = bool(said_words & word_keys("self_words")) and not said_words & word_keys("buyer_words")
    sizes = msme_size.stated(turn.message.text or "") if own else None
    definition = turn.snap.knowledge.general.get("msme_definition") or {}
    said = msme_size.size_lines(sizes, definition, turn.lang) if sizes and definition else []
    name, _, rest = answer.partition("\n")
    caution = answers.caution_line(turn.snap.knowledge, turn.lang)
    closing = [caution] if said and caution and caution not in answer else []  # (beside its figures)
    return "\n".join([name, "ℹ " + said[0], rest, *closing]) if said else answer


def _with_estimate(turn: Turn, topic: str, aspect: str, answer: str) -> str:
    """ "प्रोजेक्ट 8 लाख का है, कितनी सब्सिडी?" after "मैं गांव में हूं और एससी हूं": the subsidy and own share
    worked out for what the user said of themselves (now or earlier in the chat), under the scheme's name,
    with the caution beside the figures; whom a scheme is for gets it only when this message tells the
    user's category or place ("gaon me hai, general hu", not "17 saal ki hu")."""
    scheme = turn.snap.knowledge.schemes[topic]
    found = subsidy_estimate.rules(scheme, turn.lang) if aspect in ESTIMATE_ASPECTS else None
    # ("✗ meat: on the negative list", "✗ A business already running": no figure of what they cannot get)
    if found is None or any(line.startswith("✗ ") for line in answer.split("\n")):
        return answer
    # (nor when the verdict that rules them out was told before and not again)
    if aspect != "eligibility" and any(
        v.line and v.line.startswith("✗ ") for v in _verdicts(turn, topic, False)
    ):
        return answer
    now = subsidy_estimate.situation(found, scheme, [turn.message.text or ""], turn.lang)
    if aspect == "eligibility" and now.category is None and now.area is None:
        return answer  # ("7th pass hu, 15 lakh ka project": the schooling rule's verdict is the answer)
    lines = _estimate(turn, topic)
    if not lines:
        return _with_share_asks(turn, topic, found, answer)
    caution = [c] if (c := answers.caution_line(turn.snap.knowledge, turn.lang)) and c not in answer else []
    first, *rest = _without_rates(answer, found, lines).split("\n")
    at = next((i for i, line in enumerate(rest) if not line.startswith(("✓ ", "✗ "))), len(rest))
    if _second_loan_chat(turn):  # ("hill states me subsidy" after "pmegp second loan": its 20% line first)
        at = next((i for i, line in enumerate(rest) if i > at and not line.strip()), len(rest))
    return "\n".join([first, *rest[:at], *lines, *rest[at:], *caution])  # (after the verdicts on the rules)


def _with_class_total(turn: Turn, topic: str, answer: str) -> str:
    """The lines of a class's rate and a group's extra shown, then what they add up to for the user ("≈ Together:
    micro 80% + 10% extra = 90%.")."""
    found = class_totals.in_chat(turn, topic)
    if found is None:
        return answer
    shown = [
        f"• {line}" for line in class_totals.lines_of(turn.snap.knowledge.schemes[topic], found, turn.lang)
    ]
    lines = answer.split("\n")
    if not all(line in lines for line in shown):
        return answer
    at = max(lines.index(line) for line in shown) + 1
    return "\n".join([*lines[:at], class_totals.total_line(found, turn.lang), *lines[at:]])


def _second_loan_chat(turn: Turn) -> bool:
    """Whether the chat is on a scheme's second loan, whose rates are not the first loan's worked out: said now,
    or earlier in the talk about this scheme ("pmegp second loan", "how much subsidy on second loan", "what's the
    max loan", then "does north east get more": still the second loan's), until the first loan is asked or the
    talk leaves the scheme ("दूसरा लोन", "कितना मिलेगा", "सब्सिडी कितनी", "उत्तराखंड", "सेवा क्षेत्र", then "तो कितना
    मिलेगा": still the second loan's)."""
    earlier = []
    for entry in reversed(turn.session.history):
        if entry.get("topic") != turn.session.topic:
            break
        earlier.append(entry.get("text", ""))
    for said in [turn.message.text or "", *earlier]:
        if says_any(said, word_list("words", "second_loan")):
            return True
        if says_any(said, word_list("words", "first_loan")):
            return False
    return False


def _without_rates(answer: str, found: subsidy_estimate.Rules, estimate: list[str]) -> str:
    """The answer without the benefit lines of rates and own shares when figures are worked out from them
    ("5 lakh" after PMEGP: four rows of subsidy and own share, then "general category 15% (urban) / 25%
    (rural)…" and "own share 10%…" again would not fit one WhatsApp message). Not when they are all the answer
    has: "अपनी तरफ से कितना लगाना होगा" asks that very line."""
    if not any(line.startswith("≈ ") for line in estimate):
        return answer
    said = {f"• {line}" for line in found.said_by}
    kept = [line for line in answer.split("\n") if line not in said]
    return "\n".join(kept) if any(line.startswith("• ") for line in kept) else answer


def _estimate(turn: Turn, topic: str) -> list[str]:
    """The scheme's subsidy worked out for the user's own situation, told now, earlier in this chat about
    this scheme, or before any ("शहर में दुकान, 3 लाख का खर्च"); none for a scheme that works out none, nor
    for one whose rules rule the user out ("sharab ki dukan", then "kaunsi scheme best hai mere liye")."""
    scheme = turn.snap.knowledge.schemes[topic]
    found = subsidy_estimate.rules(scheme, turn.lang)
    if found is None or _ruling_out(turn, topic):
        return []
    said = turn.message.text or ""
    earlier = [h["text"] for h in reversed(turn.session.history) if h.get("topic") in (topic, None)]
    # (the category is the person's; the project and place are told once)
    whom = whose.same_person(said, earlier)
    told = subsidy_estimate.situation(found, scheme, [said, *earlier], turn.lang, [said, *whom])
    if _second_loan_chat(turn):  # ("दूसरा लोन … 30 लाख": the second loan's own rate, not the first's)
        return subsidy_estimate.second_loan_lines(found, scheme, told, [said, *earlier], turn.lang)
    return subsidy_estimate.lines(found, told, turn.lang)


def _with_share_asks(turn: Turn, topic: str, found: subsidy_estimate.Rules, answer: str) -> str:
    """ "apna hissa kitna lagega", "pmegp me kitna lagega" with nothing told yet: after the own-share rates,
    what the user's own figure depends on (their category and the project's cost)."""
    text = turn.message.text or ""
    if turn.snap.details.meant(topic, text) != OWN_SHARE or _ruling_out(turn, topic):
        return answer
    told = subsidy_estimate.situation(found, turn.snap.knowledge.schemes[topic], [text], turn.lang)
    lines = answer.split("\n")
    at = next((i for i, line in enumerate(lines) if i and not line.strip()), len(lines))
    return "\n".join([*lines[:at], *subsidy_estimate.share_asks(found, told, turn.lang), *lines[at:]])


# The detail of one's own money put into the project ("apna hissa kitna").
OWN_SHARE = "own_share"
# The parts of a scheme beside which the subsidy is worked out for the user.
ESTIMATE_ASPECTS = ("benefits", "eligibility")


# A question about a group ("women") shows this many schemes' lines, names the rest, and offers this many.
GROUP_SCHEMES = 4
GROUP_OPTIONS = 6


def in_sequence(turn: Turn, replies: list[Reply]) -> list[Reply]:
    """Replies sent one after another: the choices and the caution line are the last one's to give
    (the caution when any of them gave it), and so are the link and notes that it repeats."""
    caution = answers.caution_line(turn.snap.knowledge, turn.lang)
    replies = _notes_once(replies, caution)
    last = replies[-1]
    firsts = [_as_first_part(r, caution, set(last.text.split("\n"))) for r in replies[:-1]]
    if caution and caution not in last.text and any(caution in r.text for r in replies[:-1]):
        body, header, choices = last.text.partition(_choices_header(last))
        last = replace(last, text=f"{body.rstrip()}\n{caution}{header}{choices}")
    return [*firsts, last]


def _notes_once(replies: list[Reply], caution: str | None) -> list[Reply]:
    """Replies without the notes and estimates an earlier one of them gave ("how much subsidy and what
    documents": the subsidy worked out once, not again above who may apply)."""
    seen: set[str] = set()
    kept = []
    for reply in replies:
        lines = reply.text.split("\n")
        again = {line for line in lines if line.startswith(NOTE_MARKS) and line in seen and line != caution}
        text = "\n".join(line for line in lines if line not in again)
        kept.append(replace(reply, text=text) if again else reply)
        seen.update(lines)
    return kept


# Lines that note or work out something beside a part's own lines ("ℹ …", "≈ …").
NOTE_MARKS = ("ℹ ", "≈ ")


def _choices_header(reply: Reply) -> str:
    return "\n\n" + gettext(reply.locale)("Reply with a number:")


def _as_first_part(reply: Reply, caution: str | None, later: set[str]) -> Reply:
    body, _, footer = reply.text.split(_choices_header(reply))[0].partition("\n\n")
    kept = [line for line in footer.split("\n") if line and line != caution and line not in later]
    return replace(reply, text="\n\n".join([body, "\n".join(kept)]) if kept else body, options=())
