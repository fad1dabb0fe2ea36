"""A step that fails, told in a scheme's chat or first thing ("otp nahi aa raha", "portal nahi khul raha"):
the help a record has for it, never "OK, anything else?"."""

from dataclasses import replace

from bot import covered_instead, menus, responses, tickets, time_told
from bot.i18n import gettext
from bot.knowledge import text as kb_text
from bot.matcher import ANSWER_THRESHOLD, Understanding
from bot.messages import Reply
from bot.normalize import clean, says_any
from bot.phrases import phrase_file, phrase_word_keys, word_forms, word_list
from bot.turn import Turn

# The matter of a bank turning a loan down (not_covered.yaml), whose helping lines not_covered_help.yaml names.
BANK_REFUSAL = "bank-loan-refused"
# The detail of why an application was turned down (details.yaml), whose evidence is who is not eligible.
REJECTION = "rejection"
# The record for a buyer's unpaid bill (45 days, then a case).
LATE_PAYMENTS = "samadhaan"
# A trouble told within this many turns, a short message (at most this many words) may say it goes on.
STILL_STUCK_TURNS = 2
STILL_STUCK_WORDS = 8  # ("तीन दिन से कोशिश कर रहा हूं" is seven)
# What a record says of the thing that fails ("OTP" in Udyam's papers and steps) and of where help is: at most
# this many lines.
STUCK_HINTS = 3


def in_a_chat(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """A step that fails, told of the scheme in the chat or named ("otp nahi aa raha", "GeM portal not
    opening"): what its record says of the thing that fails, its help lines and a person offered. A lack told
    ("मेरे पास पैन कार्ड नहीं है") gets the record's lines about that paper, when it has some. Not when a part
    other than its contacts is asked beside it ("invoice upload nahi ho raha, kitni size?"), nor a list."""
    topic = u.best.label if u.confident or _loan_refused_in(u) else turn.session.topic
    topic = _bill_scheme_beside(u, text) or topic
    if topic not in turn.snap.knowledge.schemes:
        return None
    # ("मेरा आधार मोबाइल से लिंक नहीं है, उद्यम कैसे बनेगा": how, with the thing that fails named; "pan card nahi
    # hai to kya hoga": what comes of the lack, not the benefits)
    if_lacking = says_any(text, word_list("words", "if_lacking_asks"))
    named_how = (
        (u.aspect == "apply" or if_lacking)
        and says_any(text, word_list("words", "lacking_words"))
        and any(_said_subject(text, s) for s in phrase_file("trouble_subjects"))
    )
    # ("portal bhi bahut slow hai, kya karu" after an OTP trouble: what to do about it, not the steps to apply;
    # told first, "form submit karte time error aa raha hai, kya karu" gets the steps)
    what_now = (
        u.aspect == "apply" and says_any(text, word_list("words", "what_now_asks")) and _told_lately(turn)
    )
    unpaid = _money_not_come(turn, u, topic, text)
    refused = _turned_down(turn, u, topic, text)
    if u.aspect not in (None, "overview", "contact") and not (named_how or what_now or unpaid or refused):
        return None
    # ("portal nahi khul raha aur loan bhi chahiye, kaun si yojana?": a list; "विश्वकर्मा योजना का टूलकिट का पैसा
    # नहीं आया" names the scheme)
    if "scheme_list" in u.intents and not (unpaid or refused):
        return None
    # ("किससे बात करूं" right after the help for a trouble: those lines and a person again, not the summary)
    # ("email" then asks for the address: whether one is on file)
    whom = (
        not u.confident
        and u.aspect == "contact"
        and turn.session.aspect == "contact"
        and not says_any(text, word_list("words", "email_asks"))
        and _told_lately(turn)
    )
    again = _still_stuck(turn, u, text)
    # ("1800 wala number kaam nhi kr rha": it fails; "I called the helpdesk, no solution" after the help: it goes on)
    if "helpline" in u.intents and not (u.confident or whom or again):
        return None
    trouble = (
        unpaid
        or refused
        or whom
        or (_reports_trouble(u, text) and not _asks_beside(turn, u, text))
        or _portal_picked(turn, u)
        or again
        or _subject_told_after(turn, u, text)
    )
    lacks = (u.aspect in (None, "overview") or named_how or _subject_as_contact(u, text)) and says_any(
        text, word_list("words", "lacking_words")
    )
    if not (trouble or lacks):  # (most messages: the subjects are not looked for)
        return None
    named = [p for label in phrase_file("trouble_subjects") for p in _said_subject(text, label)]
    facts = turn.snap.facts
    # (what the record says of it, then where help is; "udyam" answering "which portal is it?" too)
    if trouble:
        evidence = [*named, *word_list("words", "stuck_help")]
        found = facts.mentioning(topic, evidence, turn.lang, STUCK_HINTS, whole_summary=False)
        hints = (
            *(found.lines if found else ()),
            *(_late_payment_route(turn, topic) if unpaid else ()),
            *(_refusal_help(turn, topic, text) if refused else ()),
        )
        waiting = tickets.open_for(turn.services.db, turn.message.sender)
        request = waiting.id if waiting and waiting.answered_at is None else None
        text_options = (
            menus.stuck_again(turn.snap.knowledge, topic, turn.lang, request, _said_again_just_now(turn))
            if again
            else menus.stuck(turn.snap.knowledge, topic, hints, turn.lang, request, refused, unpaid)
        )
        turn.session.topic, turn.session.aspect = topic, "contact"
        return turn.reply(text_options, "scheme_info", topic=topic, aspect="contact", confidence=0.8)
    found = facts.mentioning(topic, named, turn.lang, STUCK_HINTS, whole_summary=False) if named else None
    if found:
        return responses.facts(turn, topic, found, u)
    return _papers_without(turn, topic, u) if named else None


def _bill_scheme_beside(u: Understanding, text: str) -> str | None:
    """The portal whose order's bill is unpaid, named beside the words that make Samadhaan lead ("जेम पर पेमेंट
    नहीं मिला", "जेम पोर्टल पर बिल का भुगतान अटका है"): a trouble with that portal, its helpdesk first, then Samadhaan's
    route (as "GeM payment not received for my order" gets). Not when a sale or how long it has been due is told
    ("जेम पर माल बेचा, 70 दिन से पेमेंट नहीं आया"): a buyer's unpaid bill, Samadhaan's case."""
    if not (
        u.confident and u.best.label == LATE_PAYMENTS and says_any(text, word_list("words", "unpaid_words"))
    ):
        return None
    if says_any(text, word_list("words", "sale_told")) or time_told.told(text):
        return None
    billing = word_list("words", "buyer_bill_schemes")
    return next((h.label for h in u.topics if h.label in billing and h.score >= ANSWER_THRESHOLD), None)


def _money_not_come(turn: Turn, u: Understanding, topic: str, text: str) -> bool:
    """Money not received from a scheme named in the message ("GeM payment not received", "विश्वकर्मा का टूलकिट
    का पैसा नहीं आया"): a trouble with that scheme, its help and a person; not "70 din se payment nahi aaya" with
    no scheme named (a buyer's unpaid bill, Samadhaan's), nor of the records for late payments, nor "can I use ODR
    for a buyer who hasn't paid?" (who may)."""
    named = u.confident and topic in (u.best.label, _bill_scheme_beside(u, text))
    named = named and u.aspect not in ("eligibility", "documents")
    routes = (LATE_PAYMENTS, *word_list("words", "late_payment_routes"))
    unpaid = says_any(time_told.without_time(text), word_list("words", "unpaid_words"))
    return named and topic not in routes and unpaid


def _turned_down(turn: Turn, u: Understanding, topic: str, text: str) -> bool:
    """An application or loan of a scheme named turned down ("मेरा पीएमईजीपी का आवेदन बैंक ने रिजेक्ट कर दिया",
    "vishwakarma ka form reject ho gaya", "पीएमईजीपी में मेरा लोन बैंक नहीं दे रहा"): the scheme's help and a person;
    not "pmegp ka edp training kaha hoga" beside it, another detail asked."""
    named = (u.confident or _loan_refused_in(u)) and u.best.label == topic
    refusing = u.not_covered == BANK_REFUSAL or says_any(text, word_list("words", "refused_words"))
    # ("बैंक वाले बिना गारंटी लोन नहीं दे रहे" names CGTMSE, whose lines are the refusal's help: that reply)
    helper = u.not_covered == BANK_REFUSAL and topic in phrase_file("not_covered_help")[BANK_REFUSAL]
    if not (named and refusing) or helper or turn.snap.details.asked(text) not in (None, REJECTION):
        return False
    # ("…form got rejected because my uncle has a government job. Can he reapply?", "photo reject ho rahi, catalogue
    # kaise upload kare": the rule or step asked, answered; "reject ho gaya ab kya kare" asks for a way out)
    asks_else = (
        "?" in text
        or says_any(text, word_list("words", "reason_told_words"))
        or u.aspect not in (None, "overview", "contact", "eligibility", "apply")
        or says_any(text, word_list("words", "how_when_asks"))
    )
    way_out = (*word_list("words", "what_now_asks"), *word_list("words", "remedy_asks"))
    return says_any(text, way_out) or not asks_else


def _loan_refused_in(u: Understanding) -> bool:
    """A bank refusing the loan of a scheme named ("पीएमईजीपी में मेरा लोन बैंक नहीं दे रहा"): about that scheme,
    although a bank's refusal is a matter we do not cover (not with no scheme named: "bank loan nahi de raha")."""
    return u.not_covered == BANK_REFUSAL and u.best is not None and u.best.label in u.named


def _refusal_help(turn: Turn, topic: str, text: str) -> tuple[str, ...]:
    """The scheme's lines that may say why (who is not eligible), then, when a loan or bank is said, what other
    records have for a loan turned down (CGTMSE lends without collateral; the Champions portal takes complaints
    about finance), each under its record's name."""
    why = phrase_file("details")[REJECTION]["evidence"]
    found = turn.snap.facts.mentioning(topic, why, turn.lang, STUCK_HINTS, whole_summary=False)
    own = found.lines if found else ()
    if not says_any(text, (*word_list("words", "loan_words"), *word_list("words", "bank_words"))):
        return own
    schemes = turn.snap.knowledge.schemes
    return own + tuple(
        f"{kb_text(schemes[sid]['name'], turn.lang)}: {line}"
        for sid, lines in covered_instead.helping_lines(turn.snap.facts, BANK_REFUSAL, turn.lang)
        for line in lines
    )


def _late_payment_route(turn: Turn, topic: str) -> tuple[str, ...]:
    """Samadhaan's 45-day rule and link, when the scheme's money is a buyer's bill (a GeM order)."""
    portal = turn.snap.knowledge.schemes.get(LATE_PAYMENTS)
    if portal is None or topic not in word_list("words", "buyer_bill_schemes"):
        return ()
    name, short = kb_text(portal["name"], turn.lang), kb_text(portal.get("short"), turn.lang)
    return (f"{name}: {short} {portal.get('url', '')}".strip(),)


def _subject_as_contact(u: Understanding, text: str) -> bool:
    """Whether a contact read in the message is only the thing lacked ("आधार में मोबाइल नंबर लिंक नहीं है" after
    Udyam's steps: "number" and "link" read as a phone or a web link asked; the mobile is the paper lacked)."""
    return u.aspect == "contact" and any(_said_subject(text, s) for s in phrase_file("trouble_subjects"))


def _papers_without(turn: Turn, topic: str, u: Understanding) -> Reply:
    """ "pan card nahi hai to kya hoga" of a scheme whose record never names a PAN (PM Vishwakarma): the papers
    it lists, saying that one is not among them, not "no details on PAN services"."""
    reply = responses.scheme(turn, topic, "documents", u, confidence=0.7)
    _ = gettext(turn.lang)
    note = "ℹ " + _("My knowledge base does not list that among this scheme's documents; the ones it lists:")
    name, rest = reply.text.split("\n", 1)
    return replace(reply, text="\n".join([name, note, rest]))


def _subject_told_after(turn: Turn, u: Understanding, text: str) -> bool:
    """What fails told more of, right after the trouble ("otp nahi aa raha", then "mobile number aadhar se link
    hai"): context for it, not a question about Aadhaar services."""
    if u.confident and u.best.label != turn.session.topic:
        return False
    if _opens_an_aside(text):  # "waise mera bank account freeze ho gaya hai": another matter
        return False
    return _told_lately(turn) and any(_said_subject(text, label) for label in phrase_file("trouble_subjects"))


def _opens_an_aside(text: str) -> bool:
    said = f"{clean(text)} "
    return any(said.startswith(f"{w} ") for w in word_forms("aside_openers"))


def _told_lately(turn: Turn) -> bool:
    """Whether a trouble (money not received too) was told in the last few messages."""
    told = [h.get("text", "") for h in turn.session.history[-STILL_STUCK_TURNS:]]
    troubles = (*word_list("words", "stuck_words"), *word_list("words", "unpaid_words"))
    return any(says_any(said, troubles) for said in told)


def told_with_nothing_else(u: Understanding, text: str) -> bool:
    """A step that fails, told with nothing else ("portal nahi khul raha"); not "e way bill generate nhi ho
    rha", nor "sambandh me dikkat aa rahi hai wife ke saath", whose other words are about something else."""
    return _reports_trouble(u, text) and not (set(u.unknown) - phrase_word_keys("stuck_words") or u.vetoed)


def _reports_trouble(u: Understanding, text: str) -> bool:
    """A step that fails ("otp nahi aa raha"); not a loan the bank does not give ("bank se loan nahi ho raha",
    answered with what of ours helps), nor another matter we do not cover, nor an answer not understood
    ("samajh nahi aaya": "nahi aaya" is a code that did not come), nor money not received ("70 din se payment
    nahi aaya": a buyer's unpaid bill)."""
    told = says_any(text, word_list("words", "stuck_words"))
    return told and not (
        u.not_covered
        or "confused" in u.intents
        or says_any(text, word_list("words", "loan_words"))
        or says_any(text, word_list("words", "unpaid_words"))
    )


def _asks_beside(turn: Turn, u: Understanding, text: str) -> bool:
    """What is asked beside the trouble, answered instead: "पैसा नहीं आया। ये 45 दिन वाला नियम क्या है?" (the
    rule), "कोई जवाब नहीं आया, कितने दिन में हल होती है" (the days its record gives); not "helpline no kya h?
    otp ni aa rha", nor "otp nahi aaya, iska solution kya hai", whose help lines the trouble reply gives."""
    remedy = says_any(text, word_list("words", "remedy_asks"))
    what_is = u.aspect != "contact" and not remedy and says_any(text, word_list("words", "what_is_asks"))
    return what_is or turn.snap.details.asked(text) is not None


def _still_stuck(turn: Turn, u: Understanding, text: str) -> bool:
    """ "कल से कोशिश कर रहा हूँ", "अब?", "what now?" in a short message soon after a trouble was told ("OTP not
    coming", then a paper's line), or after such messages ("portal nahi khul raha", "kal se koshish kar raha hu",
    "what now?"): it goes on (it fell back)."""
    if u.confident or not _says_still_stuck(text):
        return False
    told = [h.get("text", "") for h in turn.session.history if not _says_still_stuck(h.get("text", ""))]
    return any(says_any(said, word_list("words", "stuck_words")) for said in told[-STILL_STUCK_TURNS:])


def _said_again_just_now(turn: Turn) -> bool:
    """Whether the last message said the trouble goes on too (its reply gave where to complain)."""
    history = turn.session.history
    return bool(history) and _says_still_stuck(history[-1].get("text", ""))


def _says_still_stuck(text: str) -> bool:
    """A short message saying a trouble goes on ("अब?", "kal se koshish kar raha hu"; not "ab ho gaya thanks")."""
    if len(text.split()) > STILL_STUCK_WORDS:
        return False
    return clean(text) in word_forms("still_stuck_alone") or says_any(
        text, word_list("words", "still_stuck_words")
    )


def _portal_picked(turn: Turn, u: Understanding) -> bool:
    """A portal named in reply to "which portal is it?", whose options are several portals' help lines and a
    person (not the parts of one scheme and a person, as "samjha nahi" and the fallback offer)."""
    offered = {o.payload for o in turn.session.options}
    portals = {p.split()[1] for p in offered if p.startswith("@scheme ") and p.endswith(" contact")}
    return u.confident and u.best.label in portals and len(portals) > 1 and "@agent" in offered


def _said_subject(text: str, label: str) -> tuple[str, ...]:
    """All spellings of a trouble subject the message names ("पैन कार्ड": "pan" too, as the record writes it)."""
    spellings = word_list("trouble_subjects", label)
    return spellings if says_any(text, spellings) else ()
