"""Building reply text from knowledge-base records: short enough for a phone, every fact from the data."""

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from babel.dates import format_date

from bot.i18n import gettext
from bot.kb_provenance import link_set_by_admin, newest_edit
from bot.knowledge import REGISTRATION, Knowledge, items, on_government_domain, text
from bot.messages import Option

ASPECTS = ("overview", "benefits", "eligibility", "documents", "apply", "contact")
# Asked about but not in the data (update, correct, cancel): answered honestly with the contacts.
UNANSWERED_ASPECTS = ("change",)
# A number in the facts shown (either script): the data's caution goes next to any amount or limit.
FIGURE = re.compile(r"(?<!\w)[0-9०-९]")  # not inside a name: "B2B", "ISO9001"
ASPECT_FIELDS = {
    "benefits": "benefits",
    "eligibility": "eligibility",
    "documents": "documents",
    "apply": "how_to_apply",
}


def aspect_label(aspect: str, lang: str) -> str:
    _ = gettext(lang)
    return {
        "overview": _("What it is"),
        "benefits": _("Benefits"),
        "eligibility": _("Who can apply"),
        "documents": _("Documents"),
        "apply": _("How to apply"),
        "contact": _("Link and helpline"),
    }[aspect]


def scheme_answer(
    knowledge: Knowledge, scheme_id: str, aspect: str, lang: str
) -> tuple[str, tuple[Option, ...]]:
    """The reply for one aspect of a scheme, and the next steps to offer."""
    _ = gettext(lang)
    scheme = knowledge.schemes[scheme_id]
    lines = [text(scheme["name"], lang)]
    if aspect in ASPECT_FIELDS:
        bullets = items(scheme.get(ASPECT_FIELDS[aspect]), lang)  # all of them: a cut list reads as complete
        lines.append(aspect_label(aspect, lang) + ":")
        lines += [f"• {b}" for b in bullets] or [_("The knowledge base has no details on this yet.")]
    elif aspect == "contact":
        lines.append(text(scheme.get("short"), lang))
    elif aspect == "change":
        lines.append(
            _(
                "My knowledge base has no steps for changing, correcting, cancelling or getting this again "
                "(a lost certificate); the official site and the helplines below can help."
            )
        )
    else:  # dates and figures (key_facts) answer only questions that ask for them: a phone screen is short
        lines.append(text(scheme.get("summary"), lang) or text(scheme.get("short"), lang))
    said = lines[1:]
    lines.append("")
    lines += contact_lines(knowledge, scheme, lang)
    lines += _hedges(knowledge, scheme, lang, said)
    options = tuple(
        Option(aspect_label(a, lang), f"@scheme {scheme_id} {a}") for a in ASPECTS[1:] if a != aspect
    ) + tuple(
        Option(knowledge.topic_name(r, lang), f"@scheme {r} overview")
        for r in (scheme.get("related") or [])[:1]
        if r in knowledge.schemes
    )
    return "\n".join(lines), options


def fact_answer(
    knowledge: Knowledge, scheme_id: str, aspect: str, lines: tuple[str, ...], lang: str, headed: bool = False
) -> tuple[str, tuple[Option, ...]]:
    """A narrow follow-up's answer: the scheme's lines that say it (under their aspect's heading when
    `headed`), its link, then the aspects on offer."""
    scheme = knowledge.schemes[scheme_id]
    contacts = contact_lines(knowledge, scheme, lang)
    link = [c for c in contacts if c.startswith("🔗")][:1]
    if not scheme.get("url"):  # TReDS: no site of its own, and the note says where to go instead
        # (not again when the note is a line shown: "platform ka website" after TReDS)
        link += [c for c in contacts if c.startswith("📝") and c.removeprefix("📝").strip() not in lines]
    out = [
        text(scheme["name"], lang),
        *([aspect_label(aspect, lang) + ":"] if headed else []),
        *(f"• {line}" for line in lines),
        "",
        *link,
        *_hedges(knowledge, scheme, lang, lines),
    ]
    options = tuple(Option(aspect_label(a, lang), f"@scheme {scheme_id} {a}") for a in ASPECTS[1:])
    return "\n".join(out), options


def gap_line(detail: str, lang: str) -> str:
    """The honest line for a detail the scheme's record does not have."""
    _ = gettext(lang)
    return "ℹ " + _(
        "My knowledge base does not have the %(detail)s for this; please confirm it on the official link "
        "or with the helpline. What it does have:"
    ) % {"detail": detail}


def group_answer(
    knowledge: Knowledge,
    heading: str,
    found: dict[str, tuple[str, ...]],
    rest: list[str],
    lang: str,
    described: bool = True,
) -> str:
    """Each scheme's lines that mention a group ("women") or a thing (Udyam), under the scheme's name and
    (when `described`) one-line summary; the names of the `rest` that mention it too."""
    _ = gettext(lang)
    out = [heading]
    for scheme_id, lines in found.items():
        scheme = knowledge.schemes[scheme_id]
        out += ["", _summary(scheme, lang) if described else f"▪ {text(scheme['name'], lang)}:"]
        out += [f"• {line}" for line in lines]
    if rest:
        names = ", ".join(knowledge.topic_name(s, lang) for s in rest)
        out += ["", _("Also mentioned in: %(names)s.") % {"names": names}]
    return "\n".join(out)


def schemes_for_need(
    knowledge: Knowledge,
    schemes: list[str],
    lang: str,
    related: Sequence[str] = (),
    notes: Mapping[str, Sequence[str]] | None = None,
    head: str | None = None,
) -> str:
    """ "Which schemes give a loan without collateral?": each scheme the need points to, with its summary
    and the `notes` on it ("✗ intoxicants: on the negative list" under PMEGP for a liquor shop); the
    schemes related to them under a header of their own ("margin money subsidy" is PMEGP's alone). `head`
    instead of "Schemes … for that" when no need was asked (a business told)."""
    _ = gettext(lang)
    out = [head or _("Schemes in my knowledge base for that:"), *_noted(knowledge, schemes, lang, notes)]
    if related:
        out += ["", _("Related schemes:"), *_noted(knowledge, related, lang, notes)]
    return "\n".join(out)


def _noted(
    knowledge: Knowledge, schemes: Sequence[str], lang: str, notes: Mapping[str, Sequence[str]] | None
) -> list[str]:
    """Each scheme's summary with the notes on it under it."""
    return [
        line
        for s, summary in zip(schemes, _summaries(knowledge, schemes, lang), strict=True)
        for line in (summary, *(f"   {note}" for note in (notes or {}).get(s, ())))
    ]


def _summaries(knowledge: Knowledge, schemes: Sequence[str], lang: str) -> list[str]:
    return [_summary(knowledge.schemes[s], lang) for s in schemes]


def _summary(scheme: dict[str, Any], lang: str) -> str:
    return f"▪ {text(scheme['name'], lang)}: {text(scheme.get('short'), lang)}"


def comparison(
    knowledge: Knowledge,
    schemes: list[str],
    lang: str,
    choosing: bool = False,
    worked_out: dict[str, list[str]] | None = None,
    whom: bool = True,
) -> str:
    """ "GeM or MSME Mart?": what each is and (when `whom`) whom it is for, side by side (no verdict: that
    depends on the user's business, and the data has no ranking). `choosing` when asked which is best ("which
    should I use?" after them): the same, said to depend on the business, and how to narrow it down;
    `worked_out`, a scheme's subsidy for what the user told, under it."""
    _ = gettext(lang)
    head = _("Which suits you depends on your business; I rank no scheme. What each is and whom it is for:")
    out = [head if choosing else _("Side by side:")]
    for scheme_id in schemes:
        scheme = knowledge.schemes[scheme_id]
        out.append(_summary(scheme, lang))
        who = items(scheme.get("eligibility"), lang)[:1] if whom else []
        out += [f"   {aspect_label('eligibility', lang)}: {_lead(who[0])}"] if who else []
        out += [f"   {line}" for line in (worked_out or {}).get(scheme_id, [])]
    caution = caution_line(knowledge, lang) if any(FIGURE.search(line) for line in out) else None
    out += [caution] if caution else []
    narrow = _("Tell me what your business needs (a loan, a subsidy, selling to government…) and where.")
    return "\n".join([*out, "", narrow] if choosing else out)  # "which is best for me?": what decides it


def _lead(line: str) -> str:
    """A long line's lead-in, before the list it introduces ("artisans in one of 18 trades: carpenter, …")."""
    head, colon, _ = line.partition(":")
    return f"{head}…" if colon and len(line) > LONG_LINE else line


def group_all_said(knowledge: Knowledge, group: str, found: list[str], lang: str) -> str:
    """Nothing more on file for the group: say so, name what there is, and who may know more."""
    _ = gettext(lang)
    out = [_("That is all my knowledge base has for %(group)s:") % {"group": group}]
    out += [f"▪ {knowledge.topic_name(s, lang)}" for s in found]
    out += [
        "",
        _("For other schemes, ask the helplines:"),
        *general_helplines(knowledge, lang),
    ]
    return "\n".join(out)


def fraud_answer(
    knowledge: Knowledge,
    lang: str,
    named: str = "",
    site: str | None = None,
    fees: tuple[str, ...] = (),
    offer: str = "",
    again: bool = False,
    follow_up: str = "",
) -> str:
    """Someone charged for a free registration, a fake site, a prize in the ministry's name or a loan said
    approved (`offer`, LOTTERY or APPROVED): the knowledge base's caution, then where an MSME complaint goes (its grievance portal's contacts, or the general
    helplines). `again` right after the same warning ("is it real?", "where to report"): "do not pay" and where
    to complain only, not the whole block word for word. A `follow_up` asked ("पैसे दे दिए, वापस कैसे
    मिलेंगे?", "to ab kya karu") gets its own line: what is new to the user; "is that legit?" a plain "No" first."""
    _ = gettext(lang)
    out = [_("%(site)s is not an address on file for any scheme.") % {"site": site}] if site else []
    if offer == LOTTERY:  # "MSME lottery jeeti hai, fee bharni hai"
        out.append(
            _(
                "This looks like a scam: no MSME scheme in my knowledge base gives money by lottery or lucky draw."
            )
        )
    elif offer == APPROVED:  # "बधाई हो! आपका लोन स्वीकृत हुआ है। फाइल चार्ज 2500 रुपये भेजें"
        out.append(
            _(
                "This looks like a scam: no scheme in my knowledge base asks for a fee by call or message to "
                "release a loan or grant."
            )
        )
    if follow_up == DOUBTED:  # "is that legit?", "ये सही है क्या?": a plain answer first
        out.insert(
            0, _("No, do not trust this: do not pay anyone for it (and nothing more, if you already have).")
        )
    else:
        out.append(_("Do not pay anyone for this (and nothing more, if you already have)."))
    out += _follow_up_lines(follow_up, lang)
    scheme = knowledge.schemes.get(named)  # (none named: a "loan pass, fee bhejo" call is no registration's)
    if follow_up == NUMBER and scheme:  # "जेम का असली नंबर क्या है": its own phone on file, to call instead
        out += _phones_on_file(knowledge, scheme, lang)
    if again:  # (the scheme's fee lines were just said)
        return "\n".join([*out, *_complaint_lines(knowledge, lang)])
    out += [f"• {line}" for line in fees]  # the scheme's own word on its fees
    if scheme and not fees:  # "consultant 8000 le raha, GeM ke liye": no fee to compare the sum with
        out.append(
            _("My knowledge base has no fee on file for %(name)s.") % {"name": text(scheme["name"], lang)}
        )
    caution = caution_line(knowledge, lang)
    if caution:
        out.append(caution)
    address = link_line(scheme, lang) if scheme else None
    if address:  # "udyam-registration.org is asking Rs 1499, is it genuine?": the address on file to compare
        out.append(
            _("The address on file for %(name)s:") % {"name": text(scheme["name"], lang)} + "\n" + address
        )
    return "\n".join([*out, *_complaint_lines(knowledge, lang)])


def _phones_on_file(knowledge: Knowledge, scheme: dict[str, Any], lang: str) -> list[str]:
    """The phone lines on file for the scheme a scammer used, under a heading; none when it has no phone."""
    phones = [line for line in contact_lines(knowledge, scheme, lang) if line.startswith("☎")]
    if not phones:
        return []
    _ = gettext(lang)
    return [_("The phone number on file for %(name)s:") % {"name": text(scheme["name"], lang)}, *phones]


def _follow_up_lines(follow_up: str, lang: str) -> list[str]:
    """The line for what was asked after a scam: the knowledge base has nothing on refunds ("can I get a
    refund?"), or what to do now ("ab kya karu"), which is to complain with the details, as after a secret
    or paper given ("maine aadhaar de diya"), with nothing more shared."""
    _ = gettext(lang)
    if follow_up == MONEY_BACK:
        return [
            _(
                "My knowledge base has nothing on getting the money back. When you complain, say whom you paid, "
                "how much and when."
            )
        ]
    if follow_up == SHARED:
        return [
            _(
                "Share nothing more with them: no OTP, PIN, password or bank details. When you complain, say what "
                "you shared, with whom and when."
            )
        ]
    if follow_up == WHAT_NOW:
        return [
            _("What you can do now: complain (see below), saying who asked for money, how much and when.")
        ]
    return []


def _complaint_lines(knowledge: Knowledge, lang: str) -> list[str]:
    """Where an MSME complaint goes: the grievance portal's contacts, or the general helplines."""
    _ = gettext(lang)
    portal = knowledge.schemes.get(COMPLAINTS)
    found = contact_lines(knowledge, portal, lang) if portal else general_helplines(knowledge, lang)
    return ["", _("To complain:"), *found]


def status_answer(knowledge: Knowledge, topic: str | None, lang: str) -> str:
    """An application's, case's or subsidy's status is the office's or portal's to tell: say so, then
    where to ask (the scheme's own contacts, or every helpline)."""
    _ = gettext(lang)
    out = [
        _(
            "I cannot see applications, cases or their status. The portal or office where you applied can tell you:"
        )
    ]
    scheme = knowledge.schemes.get(topic or "")
    if scheme is not None:
        out += [text(scheme["name"], lang), *contact_lines(knowledge, scheme, lang)]
    else:
        out += general_helplines(knowledge, lang)
    return "\n".join(out)


def how_sure(knowledge: Knowledge, topic: str | None, confidence: float | None, lang: str) -> str:
    """How sure the last answer was (`confidence`, for staff), whether its record is verified, and where the
    record comes from (official sources first)."""
    _ = gettext(lang)
    scheme = knowledge.schemes.get(topic or "")
    if scheme is None:
        return _("My last answer was not about one scheme. Ask about a scheme, then ask me how sure I am.")
    out = [_("How sure I am about %(name)s:") % {"name": text(scheme["name"], lang)}]
    if confidence is not None:
        out.append(
            "• " + _("How well I understood the question: %(c)s of 1.00.") % {"c": f"{confidence:.2f}"}
        )
    if scheme.get("verified", True):
        out.append("• " + _("The record is marked verified in the knowledge base."))
    else:
        out.append("• " + _unverified(scheme, lang))
    if scheme.get("url") and not scheme.get("url_verified"):  # a verified record may still have such a link
        out.append("• " + _unconfirmed_link(scheme, lang))
    out += [
        f"• {line}" for line in _compiled_line(knowledge, lang)
    ]  # ("ye info kab ki hai": how old the facts are)
    urls = [u for u in scheme.get("sources") or [] if u.startswith(("https://", "http://"))]
    sources = sorted(urls, key=lambda url: not _official(url))[:SOURCES_SHOWN]
    edit = newest_edit(scheme.get("sources") or [])  # an admin's edit is the newest source
    if sources or edit:
        out.append(_("Sources:"))
        out += [f"✎ {edit}"] if edit else []
        out += [f"🔗 {url}" for url in sources]
    return "\n".join(out)


def compiled_in(knowledge: Knowledge, lang: str) -> str | None:
    """The month the knowledge base's facts were compiled ("November 2026", "नवंबर 2026"), if it says."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", knowledge.as_of.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        return None
    return format_date(date(int(match[1]), int(match[2]), 1), "MMMM y", locale=lang)


def _compiled_line(knowledge: Knowledge, lang: str) -> list[str]:
    compiled = compiled_in(knowledge, lang)
    if compiled is None:
        return []
    _ = gettext(lang)
    return [
        _("My knowledge base's facts are as of %(month)s; confirm anything since on the official site.")
        % {"month": compiled}
    ]


def helplines_sure(knowledge: Knowledge, lang: str) -> str:
    """ "source?" after the helplines: whether each line is verified, and where it comes from (the Udyami
    line rests on a 2010 blog, which is why it is hedged)."""
    _ = gettext(lang)
    out = [_("How sure I am about the helplines:")]
    out += _compiled_line(knowledge, lang)
    for helpline in knowledge.helplines:
        verified = helpline.get("verified", False)  # (a line with no flag is hedged, as the unsure are)
        said = (
            _("The record is marked verified in the knowledge base.")
            if verified
            else _unverified(helpline, lang)
        )
        out += ["", f"{text(helpline.get('name'), lang)}: {said}"]
        urls = [u for u in helpline.get("sources") or [] if u.startswith(("https://", "http://"))]
        out += [f"🔗 {url}" for url in sorted(urls, key=lambda url: not _official(url))[:SOURCES_SHOWN]]
    return "\n".join(out)


def _official(url: str) -> bool:
    """A government address, shown before news and consultancy pages."""
    return on_government_domain(url)


def _hedges(knowledge: Knowledge, scheme: dict[str, Any], lang: str, said: list[str]) -> list[str]:
    """The "please confirm" line for an unverified record, and the data's one-line caution where the
    facts `said` name an amount or limit, or the record is the free registration agents charge for:
    on every answer it made a phone screen longer for a documents list."""
    _ = gettext(lang)
    out = []
    if not scheme.get("verified", True):
        out.append(_unverified(scheme, lang))
    figures = any(FIGURE.search(line) for line in said)
    caution = caution_line(knowledge, lang) if figures or scheme["id"] == REGISTRATION else None
    if caution:
        out.append(caution)
    return out


def _unverified(record: dict[str, Any], lang: str) -> str:
    """Why a record is hedged: an admin's edit not yet re-verified, or (the seed's reason) secondary sources;
    after `/set cgtmse summary.en …` citizens were told the record "rests on news", which nothing changed."""
    _ = gettext(lang)
    if newest_edit(record.get("sources") or []) is not None:
        return _(
            "⚠ Please confirm: the helpline team changed this record recently and has not yet re-verified it."
        )
    return _("⚠ Please confirm: this record rests on news or other secondary sources.")


def _unconfirmed_link(scheme: dict[str, Any], lang: str) -> str:
    """Why a link is not confirmed: an admin typed it, or it was seen only on non-government pages."""
    _ = gettext(lang)
    if link_set_by_admin(scheme.get("sources") or []):
        return _(
            "Its link was added by the helpline team and is not confirmed yet: please confirm it before you use it."
        )
    return _("Its link was found only on non-government pages: please confirm it before you use it.")


def caution_line(knowledge: Knowledge, lang: str) -> str | None:
    """The knowledge base's one-line caution (limits change; Udyam is free)."""
    caution = text(knowledge.general.get("caution"), lang)
    return "ℹ " + caution if caution else None


def link_line(scheme: dict[str, Any], lang: str) -> str | None:
    """The scheme's own address, hedged when it was seen only on non-government pages; "official" only
    on a government domain (an admin once confirmed "https://pmegp-apply-now.xyz/form", shown as
    "Official link")."""
    if not scheme.get("url"):
        return None
    _ = gettext(lang)
    if not scheme.get("url_verified") and link_set_by_admin(scheme.get("sources") or []):
        label = _("Link (added by the helpline team; please confirm)")
    elif not scheme.get("url_verified"):
        label = _("Link (address found only on non-government pages; please confirm)")
    elif on_government_domain(scheme["url"]):
        label = _("Official link")
    else:
        label = _("Link (confirmed; not a .gov.in address)")
    return f"🔗 {label}: {scheme['url']}"


def contact_lines(knowledge: Knowledge, scheme: dict[str, Any], lang: str) -> list[str]:
    """Official link (hedged when unconfirmed), helplines and the data's caveat note."""
    _ = gettext(lang)
    site = link_line(scheme, lang)
    lines = [site] if site else []
    for other in (scheme.get("other_urls") or [])[:2]:
        lines.append(f"🔗 {text(other.get('label'), lang)}: {other.get('url')}")
    helpline = scheme.get("helpline") or {}
    # (an admin's "/set cgtmse helpline.phone …" leaves the record unverified: its own line is hedged too)
    own_hedge = _unconfirmed({"verified": scheme.get("verified", True)}, lang)
    if helpline.get("phone"):
        lines.append("☎ " + _("Helpline") + ": " + helpline["phone"] + own_hedge)
    if helpline.get("email"):
        lines.append(f"✉ {helpline['email']}{own_hedge}")
    for line in knowledge.helplines_for(scheme["id"]):
        hedge = _unconfirmed(line, lang)
        if line.get("phone") and line.get("phone") != helpline.get("phone"):
            lines.append(f"☎ {text(line.get('name'), lang)}: {line['phone']}{hedge}")
        elif line.get("email") and line.get("email") != helpline.get("email"):  # Udyam's help is by email
            lines.append(f"✉ {text(line.get('name'), lang)}: {line['email']}{hedge}")
    note = text(scheme.get("note"), lang)
    if note:
        lines.append(f"📝 {note}")
    return lines


def helpline_answer(knowledge: Knowledge, topic: str | None, lang: str) -> str:
    """Helplines for a topic; asked of none ("helpline number"), the general MSME lines, then each scheme's
    own line under the name of the scheme it is for (the GeM helpdesk is no PMEGP applicant's line)."""
    _ = gettext(lang)
    if topic:
        scheme = knowledge.schemes[topic]
        lines = [text(scheme["name"], lang), *contact_lines(knowledge, scheme, lang)]
        if not any(line.startswith("☎") for line in lines):  # an email alone: the phone lines too
            lines.append(_("No phone helpline for this is in the knowledge base; the general lines:"))
            lines += [_helpline_line(h, lang) for h in knowledge.helplines_for(None)]
        return "\n".join(lines)
    own = [_own_line(knowledge, h, lang) for h in knowledge.helplines if h not in _general(knowledge)]
    out = general_helplines_answer(knowledge, lang)
    return "\n\n".join([out, "\n".join([_("Lines for one scheme only:"), *own])]) if own else out


def complaint_answer(knowledge: Knowledge, topic: str, lang: str) -> str:
    """ "how to complain" after GeM: the scheme's own helpdesk or office first (GeM's toll-free line), then
    the grievance portal, which takes any MSME's complaint, about an office or an officer too
    ("DIC officer is asking for bribe for PMEGP file" → "where to complain")."""
    _ = gettext(lang)
    own = helpline_answer(knowledge, topic, lang)
    portal = knowledge.schemes.get(COMPLAINTS)
    if portal is None or topic == COMPLAINTS:
        return own
    new = [line for line in contact_lines(knowledge, portal, lang) if not already_given(line, own)]
    head = _("Not solved there, or about an office or an officer? Any MSME can complain on %(name)s:") % {
        "name": text(portal["name"], lang)
    }
    return "\n\n".join([own, "\n".join([head, *new])]) if new else own


# A phone number, an email address or a web address in a line of contacts.
CONTACT = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d[\d -]{6,}\d")


def already_given(line: str, shown: str) -> bool:
    """Whether every number or address of a contact line is in the text shown already (no line twice:
    Udyam's answer gives champions@gov.in, so the grievance portal's email line adds nothing)."""
    contacts = CONTACT.findall(line)
    return bool(contacts) and all(c.rstrip(".") in shown for c in contacts)


def no_email_lines(knowledge: Knowledge, shown: str, lang: str) -> list[str]:
    """An e-mail asked of a scheme whose contacts have none (GeM's helpdesk: `email: null`; ZED): that none is on
    file, and the general e-mail that takes any MSME's complaint or request for help (champions@gov.in); nothing
    when the answer shows an e-mail already."""
    if "✉" in shown:
        return []
    _ = gettext(lang)
    general = [_helpline_line(h, lang) for h in _general(knowledge) if h.get("email") and not h.get("phone")]
    return [
        _("No e-mail address for this is on file. Any MSME's complaint or request for help can go to:"),
        *general,
    ]


def general_helplines_answer(knowledge: Knowledge, lang: str) -> str:
    """The general MSME Ministry lines under their heading: what follows a centre's or another scheme's own
    contacts ("tool room in Ludhiana" → "phone number?"), never a helpdesk that serves one other scheme."""
    _ = gettext(lang)
    return "\n".join([_("General MSME Ministry lines:"), *general_helplines(knowledge, lang)])


def general_helplines(knowledge: Knowledge, lang: str) -> list[str]:
    """The general MSME lines, one each (unconfirmed ones hedged)."""
    return [_helpline_line(h, lang) for h in _general(knowledge)]


def _general(knowledge: Knowledge) -> list[dict[str, Any]]:
    """Lines for any MSME matter: those covering no one scheme (`covers: []`, the Ministry's call centre)
    and the grievance portal's, which takes any MSME's complaint or request for help (champions@gov.in)."""
    return [h for h in knowledge.helplines if not h.get("covers") or COMPLAINTS in h["covers"]]


def _own_line(knowledge: Knowledge, helpline: dict[str, Any], lang: str) -> str:
    """A scheme's own helpdesk with the schemes it serves: "☎ GeM Helpdesk, only for Government e-Marketplace
    (GeM): 1800-419-3436"."""
    _ = gettext(lang)
    names = ", ".join(knowledge.topic_name(topic, lang) for topic in helpline["covers"])
    return _helpline_line(helpline, lang, serves=_("only for %(schemes)s") % {"schemes": names})


def _helpline_line(helpline: dict[str, Any], lang: str, serves: str = "") -> str:
    contact = " / ".join(v for v in (helpline.get("phone"), helpline.get("email")) if v)
    icon = "☎" if helpline.get("phone") else "✉"
    name = text(helpline.get("name"), lang) + (f", {serves}" if serves else "")
    return f"{icon} {name}: {contact}{_unconfirmed(helpline, lang)}"


def _unconfirmed(helpline: dict[str, Any], lang: str) -> str:
    """The hedge after an unverified line, with what is known of it ("started on trial in 2010; not confirmed
    it still works"); an admin's '/set hl-gem phone …' makes one, and it shows wherever the line does."""
    if helpline.get("verified", True):
        return ""
    _ = gettext(lang)
    note = text(helpline.get("note"), lang)
    return " " + _("(please confirm: not verified)") + (f" {note}" if note else "")


def numbered(lines: list[str], options: tuple[Option, ...], lang: str) -> str:
    """Reply text with its options listed by number, so a reply of "2" works on every channel."""
    if not options:
        return "\n".join(lines)
    _ = gettext(lang)
    listed = [f"{i}. {o.label}" for i, o in enumerate(options, 1)]
    return "\n".join([*lines, "", _("Reply with a number:"), *listed])


# A "how sure are you?" names this many of a record's sources.
SOURCES_SHOWN = 2

# Lines longer than this are cut to their lead-in where shown beside another scheme's.
LONG_LINE = 160
# A reply longer than this is split by WhatsApp into several messages (its limit, 1,600 characters):
# lists and tables are cut to fit it.
MESSAGE_CHARS = 1600
# Where a citizen complains about an MSME matter (a fraud, a stuck approval): its grievance portal.
COMPLAINTS = "champions"
# What a message after a scam asks beyond the warning (answers.fraud_answer's `follow_up`): the money back, or
# what to do now, whether it is genuine, a secret or paper given to the scammer, or the real number.
MONEY_BACK, WHAT_NOW, DOUBTED, SHARED, NUMBER = "money_back", "what_now", "doubted", "shared", "number"
# What a scam offered (fraud_answer's `offer`): a prize in the ministry's name, or a loan or grant said approved.
LOTTERY, APPROVED = "lottery", "approved"
