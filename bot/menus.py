"""Replies that are not about one scheme: greeting, menu, scheme list, language, fallback."""

from typing import Any

from bot.answers import (
    ASPECTS,
    COMPLAINTS,
    already_given,
    aspect_label,
    contact_lines,
    general_helplines_answer,
    helpline_answer,
    link_line,
    numbered,
)
from bot.i18n import gettext
from bot.knowledge import Knowledge, text
from bot.messages import Option
from bot.normalize import says_any
from bot.phrases import display_name, word_list

# The last option of a "which one do you mean?" question: none of these ("yes" picks the one before it).
WAY_OUT = "@help"

# After a thanks or an "ok": schemes, centres, helplines.
SHORT_MENU = 3
# The portals people most often get stuck on, offered when a trouble report names none.
STUCK_PORTALS = ("udyam", "gem", "pmegp", "samadhaan")
# Schemes shown per page of the list; a "more" option follows.
PAGE_SIZE = 8


def menu_options(lang: str) -> tuple[Option, ...]:
    _ = gettext(lang)
    return (
        Option(_("Schemes and portals"), "@schemes 1"),
        Option(_("Find an MSME centre"), "@centre"),
        Option(_("Helpline numbers"), "@helpline"),
        Option(_("Language: Hindi / English"), "@language"),
        Option(_("Talk to a person"), "@agent"),
    )


def with_menu(lines: list[str], lang: str, size: int | None = None) -> tuple[str, tuple[Option, ...]]:
    """`lines`, then the main menu (or its first `size` items) as numbered options."""
    options = menu_options(lang)[:size]
    return numbered(lines, options, lang), options


def greeting(lang: str) -> tuple[str, tuple[Option, ...]]:
    _ = gettext(lang)
    lines = [
        _("Namaste! I am Sahayak, the MSME helpline assistant."),
        _(
            "Ask me about MSME schemes and portals (Udyam, PMEGP, GeM, CGTMSE…) or find your nearest MSME centre."
        ),
    ]
    return with_menu(lines, lang)


def help_text(lang: str, who: bool = False) -> tuple[str, tuple[Option, ...]]:
    """What to ask, for example; `who` when asked who or what the bot is ("aap kaun ho")."""
    _ = gettext(lang)
    intro = _(
        "I am Sahayak, an automatic helper (a computer program, not a person or an officer) for MSME schemes, "
        "portals and centres. My answers come from a knowledge base that helpline admins keep."
    )
    lines = [
        *([intro] if who else []),
        _("You can write in Hindi, Hinglish or English, for example:"),
        _('• "udyam registration kaise kare"'),
        _('• "PMEGP documents"'),
        _('• "tool room near Pune" or share your location'),
    ]
    return with_menu(lines, lang)


def thanks(lang: str, goodbye: bool = False) -> tuple[str, tuple[Option, ...]]:
    """ "thanks": you're welcome; "bye", "अलविदा": goodbye (a "you're welcome" to a bye reads oddly)."""
    _ = gettext(lang)
    said = _("Goodbye! Ask any time you need help.") if goodbye else _("You're welcome! Ask any time.")
    return with_menu([said], lang, SHORT_MENU)


def scheme_list(
    knowledge: Knowledge, lang: str, page: int = 1, aspect: str | None = None
) -> tuple[str, tuple[Option, ...]]:
    """All schemes by name, numbered, one page at a time; with `aspect`, "which scheme?" for it."""
    _ = gettext(lang)
    schemes = list(knowledge.schemes.values())
    pages = max(1, -(-len(schemes) // PAGE_SIZE))
    page = min(max(page, 1), pages)
    shown = schemes[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    options = tuple(Option(text(s["name"], lang), f"@scheme {s['id']} {aspect or 'overview'}") for s in shown)
    if page < pages:
        options += (Option(_("More schemes"), f"@schemes {page + 1} {aspect or ''}".rstrip()),)
    header = _("MSME schemes and portals (page %(page)s of %(pages)s):") % {"page": page, "pages": pages}
    if aspect:
        header = _("Which scheme do you mean?") + "\n" + header
    return numbered([header], options, lang), options


def language_choice(lang: str) -> tuple[str, tuple[Option, ...]]:
    _ = gettext(lang)
    options = (Option("हिंदी", "@language hi"), Option("English", "@language en"))
    return numbered([_("Choose your language:")], options, lang), options


def no_roman_hindi() -> tuple[str, tuple[Option, ...]]:
    """ "roman hindi me likho": said honestly in letters they read (the replies' Hindi is Devanagari only)."""
    options = (Option("हिंदी", "@language hi"), Option("English", "@language en"))
    line = (
        "Sorry, main Hindi sirf Devanagari (हिंदी) mein likh sakta hoon, ya English mein. "
        "I can write Hindi only in Devanagari script, or reply in English. Which one?"
    )
    return numbered([line], options, "en"), options


def language_set(lang: str) -> tuple[str, tuple[Option, ...]]:
    _ = gettext(lang)
    return with_menu([_("OK, I will reply in English from now on.")], lang)


def fallback(lang: str) -> tuple[str, tuple[Option, ...]]:
    _ = gettext(lang)
    return _with_what_i_do(_("Sorry, I could not find an answer to that in the MSME knowledge base."), lang)


def noted(lang: str) -> tuple[str, tuple[Option, ...]]:
    """Age or schooling told with nothing asked: kept, and what to ask next (not "Sorry, I could not find")."""
    _ = gettext(lang)
    return _with_what_i_do(
        _("Noted. Ask me about a scheme and I will check its rules against what you told me."), lang
    )


def _with_what_i_do(first: str, lang: str) -> tuple[str, tuple[Option, ...]]:
    """`first`, what the bot can help with, and the main menu: where a message got no answer of its own."""
    _ = gettext(lang)
    lines = [
        first,
        _("I can help with MSME schemes and portals, MSME centres near you and helpline numbers."),
    ]
    return with_menu(lines, lang)


def prize_not_ours(lang: str) -> tuple[str, tuple[Option, ...]]:
    """A prize to be paid for or claimed on a link, in no MSME name ("KBC lottery me 25 lakh jeete ho, 12000
    fees bhejo"): nothing on it in the knowledge base, but the user is told not to pay before the menu."""
    _ = gettext(lang)
    lines = [
        _(
            "This looks like a scam: do not pay a fee, share an OTP or open a link to claim a prize or lottery."
        ),
        _("It is not an MSME matter, so my knowledge base has nothing more on it."),
        _("I can help with MSME schemes and portals, MSME centres near you and helpline numbers."),
    ]
    return with_menu(lines, lang)


def scheme_not_on_file(lang: str, named: bool = True) -> tuple[str, tuple[Option, ...]]:
    """A scheme heard of that offers money under a name none of ours carries ("MSME Udyog Shakti Yojana me
    sabko 10 lakh"), or money heard to be given free to all with no name (not `named`: "har dukandar ko 50 hazar
    free"): said honestly to be on no file, with the caution before the menu."""
    _ = gettext(lang)
    lines = [
        _("My knowledge base has no scheme of that name; it may be a rumour or a fake message.")
        if named
        else _(
            "My knowledge base has no scheme that gives money free to everyone; it may be a rumour or a fake message."
        ),
        _("Do not pay a fee, share an OTP or open a link for it until an official source confirms it."),
        _("I can help with MSME schemes and portals, MSME centres near you and helpline numbers."),
    ]
    return with_menu(lines, lang)


def fallback_beside_a_list(count: int, lang: str) -> tuple[str, tuple[Option, ...]]:
    """No answer while a list is on screen: numbers still pick from it, so it is not swapped for the menu
    (which once made "8" right after the scheme list "a number from 1 to 5")."""
    _ = gettext(lang)
    lines = [
        _("Sorry, I could not find an answer to that in the MSME knowledge base."),
        _("Reply with a number from 1 to %(count)s from the list above, or ask in other words.")
        % {"count": count},
    ]
    return "\n".join(lines), ()


def failed(lang: str) -> tuple[str, tuple[Option, ...]]:
    """Something broke on our side: say so (it is no gap in the knowledge base) and offer a person."""
    _ = gettext(lang)
    lines = [
        _("Sorry, something went wrong on my side. Please send your message again, or talk to a person.")
    ]
    return with_menu(lines, lang)


def fallback_about(knowledge: Knowledge, topic: str, lang: str) -> tuple[str, tuple[Option, ...]]:
    """No answer, mid-conversation: offer what the bot does know about the topic being discussed."""
    _ = gettext(lang)
    line = _("Sorry, I could not find that exactly. About %(name)s, I can tell you:") % {
        "name": knowledge.topic_name(topic, lang)
    }
    options = (*aspect_options(topic, lang), Option(_("Talk to a person"), "@agent"))
    return numbered([line], options, lang), options


def ruled_out(
    knowledge: Knowledge, topic: str, lines: tuple[str, ...], lang: str
) -> tuple[str, tuple[Option, ...]]:
    """ "तो फिर क्या करूँ" after a scheme's record rules out the user's kind of unit: that it does not take them,
    in its own words, and that nothing else is on file for it (no steps to a case they cannot file)."""
    _ = gettext(lang)
    name = knowledge.topic_name(topic, lang)
    said = [
        _("By what is on file, %(name)s does not cover you:") % {"name": name},
        *(f"• {line}" for line in lines),
        _("My knowledge base has no other way for this on file; a person can advise you."),
    ]
    options = (Option(_("Talk to a person"), "@agent"), Option(_("Something else"), WAY_OUT))
    return numbered(said, options, lang), options


def aspect_options(topic: str, lang: str) -> tuple[Option, ...]:
    """Each part of a scheme's answer as a choice: what it is, benefits, who can apply…"""
    return tuple(Option(aspect_label(a, lang), f"@scheme {topic} {a}") for a in ASPECTS)


def earlier_choices(
    options: tuple[Option, ...], lang: str, name: str | None = None
) -> tuple[str, tuple[Option, ...]]:
    """ "back": the choices offered before the last ones, again; naming the scheme (`name`) when they are its
    parts ("1. What it is 2. Benefits…" alone says not whose)."""
    _ = gettext(lang)
    head = (
        _("Back to the choices for %(name)s:") % {"name": name} if name else _("Back to the earlier choices:")
    )
    return numbered([head], options, lang), options


def confused(knowledge: Knowledge, topic: str | None, lang: str) -> tuple[str, tuple[Option, ...]]:
    """The last answer did not help: one part at a time, or a person."""
    _ = gettext(lang)
    person = Option(_("Talk to a person"), "@agent")
    if topic in knowledge.schemes:  # (the record's one-line `short` is the simpler answer promised)
        name = knowledge.topic_name(topic, lang)
        lines = [
            _("Sorry, let me keep it simple. In one line:"),
            f"{name}: {text(knowledge.schemes[topic].get('short'), lang)}",
            _("Which part of %(name)s do you want to know?") % {"name": name},
        ]
        options = (*aspect_options(topic, lang), person)
        return numbered(lines, options, lang), options
    line = _('Sorry about that. Ask me one thing in a few words, for example "PMEGP documents".')
    options = (*menu_options(lang)[:SHORT_MENU], person)
    return numbered([line], options, lang), options


def disputed(knowledge: Knowledge, topic: str | None, lang: str) -> tuple[str, tuple[Option, ...]]:
    """ "galat jawab hai ye", "this answer is wrong": sorry, where the answer comes from and where to check
    it, and a person offered ("haan" passes the question on), not how to correct a certificate."""
    _ = gettext(lang)
    lines = [_("Sorry, that answer may be wrong or out of date.")]
    scheme = knowledge.schemes.get(topic or "")
    if scheme is not None:
        lines.append(
            _("It comes from my knowledge base's record of %(name)s; please check it on the official site:")
            % {"name": text(scheme["name"], lang)}
        )
        note = text(scheme.get("note"), lang)  # (none in a language an admin cleared)
        lines += [link_line(scheme, lang) or f"📝 {note}"] if link_line(scheme, lang) or note else []
    return _with_person_offered(lines, lang)


def stuck(
    knowledge: Knowledge,
    topic: str,
    hints: tuple[str, ...],
    lang: str,
    request: int | None = None,
    refused: bool = False,
    unpaid: bool = False,
) -> tuple[str, tuple[Option, ...]]:
    """ "otp nahi aa raha", "portal nahi khul raha" in a scheme's chat: the bot cannot see or mend the
    portal, so what the record says of the thing that fails (`hints`), where that scheme's help is, and a
    person offered (or, with a `request` already open, that it is with the team); never "OK", which tells a
    stuck user the topic is closed. An application turned down (`refused`) says the bot cannot see why; money
    not come (`unpaid`: a buyer not paying, a subsidy not received), that it cannot see or get payments made."""
    _ = gettext(lang)
    contacts = helpline_answer(knowledge, topic, lang)
    if refused:
        lead = _(
            "Sorry to hear that. I cannot see your application or why it was turned down, but this is what can help:"
        )
    elif unpaid:
        lead = _("Sorry to hear that. I cannot see payments or get them made, but this is what can help:")
    else:
        lead = _("Sorry for the trouble. I cannot see or fix the portal, but this is what can help:")
    lines = [lead]
    # (GeM's "escalate" line is also its note, shown with its contacts)
    lines += [f"• {hint}" for hint in hints if hint not in contacts]
    lines += ["", contacts, ""]
    return _with_person_or_request(lines, lang, request)


def stuck_again(
    knowledge: Knowledge, topic: str, lang: str, request: int | None = None, complained: bool = False
) -> tuple[str, tuple[Option, ...]]:
    """ "कल से कोशिश कर रहा हूँ", "अब?", "what now?" right after the help for a step that fails: what is new
    (where to complain beyond the scheme's own lines, unless just `complained`; a person), not the same block
    of help lines again."""
    _ = gettext(lang)
    scheme = knowledge.schemes[topic]
    site = link_line(scheme, lang) or f"📝 {text(scheme.get('note'), lang)}"  # (TReDS: the note says where)
    lines = [_("Sorry it still does not work."), site]
    lines += [line for line in _escalation(scheme, lang) if line != site]
    given = helpline_answer(knowledge, topic, lang)
    portal = knowledge.schemes.get(COMPLAINTS) if topic != COMPLAINTS and not complained else None
    new = [c for c in contact_lines(knowledge, portal, lang) if not already_given(c, given)] if portal else []
    if new:
        lines.append(
            _("If the help lines above do not solve it, any MSME can complain on %(name)s:")
            % {"name": text(portal["name"], lang)}
        )
        lines += new
    else:
        lines.append(_("The help lines above are all my knowledge base has for this."))
    lines.append("")
    return _with_person_or_request(lines, lang, request)


def _escalation(scheme: dict[str, Any], lang: str) -> list[str]:
    """The record's own next step once its helpdesk has not solved it (GeM's "if not solved in 48 hours,
    escalate by email quoting your CRM ticket number"), for one who says the help failed."""
    note = scheme.get("note")
    if not note or not says_any(text(note, "en"), word_list("words", "escalation_words")):
        return []
    return [f"📝 {text(note, lang)}"]


def _with_person_or_request(
    lines: list[str], lang: str, request: int | None
) -> tuple[str, tuple[Option, ...]]:
    """A person offered, or (with a `request` already open) that it is with the team."""
    if request is None:
        return _with_person_offered(lines, lang)
    _ = gettext(lang)
    lines.append(
        _("Your request #%(number)s is already with the helpline team; a person will reply here.")
        % {"number": request}
    )
    return with_menu(lines, lang, SHORT_MENU)


def stuck_somewhere(knowledge: Knowledge, lang: str) -> tuple[str, tuple[Option, ...]]:
    """ "portal nahi khul raha" with no scheme in the chat: which portal (its own help lines then), the
    general MSME lines meanwhile, and a person offered; not "not in my knowledge base"."""
    _ = gettext(lang)
    lines = [
        _(
            "Sorry for the trouble. Which portal or scheme is it (for example Udyam, GeM, PMEGP)? "
            "Tell me its name and I will give its own help lines."
        ),
        "",
        general_helplines_answer(knowledge, lang),
        "",
    ]
    portals = [t for t in STUCK_PORTALS if t in knowledge.schemes]
    *named, _way_out = topic_options(knowledge, portals, "contact", lang)
    return _with_person_offered(lines, lang, tuple(named))


def _with_person_offered(
    lines: list[str], lang: str, first: tuple[Option, ...] = ()
) -> tuple[str, tuple[Option, ...]]:
    """`lines`, then the offer to pass the question to staff ("haan" takes it), after the choices `first`."""
    _ = gettext(lang)
    lines = [*lines, _("Shall I pass your question to the MSME helpline team? A person will reply here.")]
    options = (*first, Option(_("Talk to a person"), "@agent"), Option(_("Something else"), WAY_OUT))
    return numbered(lines, options, lang), options


def not_covered(
    label: str,
    knowledge: Knowledge,
    related: list[str],
    lang: str,
    helping: list[tuple[str, tuple[str, ...]]] | None = None,
    place: str | None = None,
) -> tuple[str, tuple[Option, ...]]:
    """An honest "not in my knowledge base" for a well-known scheme or matter the data does not cover (for the
    `place` told after it too), with the lines of our schemes that still help with it (`helping`, by scheme),
    which are offered first."""
    _ = gettext(lang)
    name = display_name("not_covered", label, lang)
    if place:
        line = _(
            "I have no details on %(name)s in my knowledge base, for %(place)s or anywhere else; please ask its "
            "official website or office, or your bank."
        )
    else:
        line = _(
            "I have no details on %(name)s in my knowledge base; please ask its official website or office, or "
            "your bank."
        )
    lines = [line % {"name": name, "place": place}]
    if helping:
        lines.append(_("What my knowledge base has that may help:"))
        for sid, said in helping:
            lines += [knowledge.topic_name(sid, lang), *(f"• {s}" for s in said)]
    # (all of them: the helping schemes do not push out the related ones, at most three)
    offered = list(dict.fromkeys([sid for sid, _said in helping or []] + related))
    options = (
        topic_options(knowledge, offered, "overview", lang, len(offered)) if offered else menu_options(lang)
    )
    return numbered(lines, options, lang), options


def not_covered_again(knowledge: Knowledge, helping: list[str], lang: str) -> tuple[str, tuple[Option, ...]]:
    """ "ab kya karu" right after the honest "no details" for a matter and the lines that help with it: not the
    same block again, but that there is no more on file, the schemes that help to open, and a person offered."""
    _ = gettext(lang)
    names = ", ".join(knowledge.topic_name(sid, lang) for sid in helping)
    line = _("My knowledge base has nothing more on this than the lines I sent: %(names)s.") % {
        "names": names
    }
    *steps, _way_out = topic_options(knowledge, helping, "apply", lang, len(helping))
    return _with_person_offered([line], lang, tuple(steps))


def not_compared(label: str, ours: str, lang: str) -> str:
    """ "pmegp ya mudra, kaunsa better?": one side is not in the knowledge base, so no comparison; where to ask
    about it, and that what follows is ours (`ours`, its shown name)."""
    _ = gettext(lang)
    line = _(
        "I have no details on %(name)s in my knowledge base, so I cannot compare the two; for %(name)s, please "
        "ask its official website or office, or your bank. What I have on %(ours)s:"
    )
    return line % {"name": display_name("not_covered", label, lang), "ours": ours}


def clarify(
    knowledge: Knowledge, topics: list[str], aspect: str, lang: str
) -> tuple[str, tuple[Option, ...]]:
    _ = gettext(lang)
    options = topic_options(knowledge, topics, aspect, lang)
    if len(topics) == 1:  # (a "which one?" with one scheme and "something else" reads as a riddle)
        asked = _("Do you mean %(name)s?") % {"name": knowledge.topic_name(topics[0], lang)}
        return numbered([asked], options, lang), options
    return numbered([_("Which one do you mean?")], options, lang), options


def schemes_offered(options: list[Option]) -> list[str]:
    """The schemes the options on screen offer, in their order."""
    return list(dict.fromkeys(o.payload.split()[1] for o in options if o.payload.startswith("@scheme ")))


def topic_options(
    knowledge: Knowledge, topics: list[str], aspect: str, lang: str, most: int = 4
) -> tuple[Option, ...]:
    """Up to `most` schemes to pick from, and a way out."""
    _ = gettext(lang)
    options = tuple(Option(knowledge.topic_name(t, lang), f"@scheme {t} {aspect}") for t in topics[:most])
    return (*options, Option(_("Something else"), WAY_OUT))


def media(lang: str) -> tuple[str, tuple[Option, ...]]:
    _ = gettext(lang)
    lines = [
        _("Sorry, I can only read text messages and shared locations, not voice notes, photos or files."),
        _('Please type your question, for example "PMEGP loan".'),
    ]
    return with_menu(lines, lang)


def other_script(lang: str) -> tuple[str, tuple[Option, ...]]:
    """For a message in Bengali, Tamil, Urdu…: in both languages the bot has, since it cannot tell which
    of them the user reads."""
    lines = []
    for each in ("hi", "en"):
        _ = gettext(each)
        lines.append(_("Sorry, I can read only Hindi and English. Please write in Hindi or English."))
    return with_menu(lines, lang)


def secret_shared(lang: str) -> tuple[str, tuple[Option, ...]]:
    """ "mera account number 1234567890 hai": no scheme needs it here, and whoever asks for it is a risk."""
    _ = gettext(lang)
    lines = [
        _(
            "Please do not share bank account numbers, OTPs, PINs or passwords here, or with anyone who calls "
            "you: I do not need them and cannot see any account."
        )
    ]
    return with_menu(lines, lang, SHORT_MENU)


def unclear(lang: str) -> tuple[str, tuple[Option, ...]]:
    _ = gettext(lang)
    lines = [
        _('I did not catch that. Please write your question in words, for example "Udyam registration".')
    ]
    return with_menu(lines, lang)


def out_of_range(options: tuple[Option, ...], lang: str) -> tuple[str, tuple[Option, ...]]:
    """A number outside the list keeps the same choices on offer."""
    _ = gettext(lang)
    line = _("Please reply with a number from 1 to %(count)s:") % {"count": len(options)}
    listed = [f"{i}. {o.label}" for i, o in enumerate(options, 1)]
    return "\n".join([line, *listed]), options


def listening(lang: str) -> tuple[str, tuple[Option, ...]]:
    """A question's first half or a ping ("bhai ye batao ki", "koi h kya"): yes, ask, with nothing to pick."""
    _ = gettext(lang)
    return _("Yes, please ask. Write your question about MSME schemes, portals or centres."), ()


def ack(lang: str, shown: tuple[Option, ...] = ()) -> tuple[str, tuple[Option, ...]]:
    """ "ok", "hmm": the main menu, or with a list on screen (`shown`) that list again, since an "ok" picks
    nothing from it and the next "2" still means its second choice."""
    _ = gettext(lang)
    if shown:
        said = _("OK. The choices above still stand: reply with a number, or ask me anything else.")
        return numbered([said], shown, lang), shown
    return with_menu([_("OK. Is there anything else I can help you with?")], lang, SHORT_MENU)


def together_not_on_file(first: str, second: str, lang: str) -> str:
    """ "can I take both PMEGP and CGTMSE?": neither one's record speaks of the other, so whether they go
    together is not known here; who can say."""
    _ = gettext(lang)
    line = _(
        "Whether %(first)s and %(second)s can be taken together is not in my knowledge base; please confirm "
        "with your bank or the scheme's office. What I have on the two:"
    )
    return line % {"first": first, "second": second}


def any_buyer(name: str, lang: str) -> str:
    """ "wo ek private company hai" after Samadhaan: its record speaks of any buyer, naming no kind."""
    _ = gettext(lang)
    return _(
        "The rules on file for %(name)s speak of any buyer and do not single out one kind; what counts is who "
        "the supplier is:"
    ) % {"name": name}
