"""Whether a message needs a scam or secrets warning: a fee demanded, a prize, a look-alike site, an OTP or
account number told, or talk about the scam just warned of."""

import regex

from bot import menus, payloads, scams
from bot.answers import COMPLAINTS, REGISTRATION
from bot.asking import asks
from bot.fact_lines import MAX_LINES, FactMatch
from bot.matcher import SMALL_TALK, Understanding
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import word_list
from bot.told_numbers import MOBILE_NUMBER
from bot.turn import Turn

# Four digits or more: an account number, an OTP or a PIN being told.
_SECRET_DIGITS = regex.compile(r"\d{4,}")
# Nine digits or more, not a mobile number (ten digits from 6 to 9, maybe after +91 or 0): a bank account's.
_ACCOUNT_DIGITS = regex.compile(rf"(?<!\d)(?!{MOBILE_NUMBER})\+?\d{{9,18}}(?!\d)")

# A scam warning colours this many turns after it ("wo officer bol raha", then "paise bhej du?").
WARNING_TURNS = 2


def shares_a_secret(text: str) -> bool:
    """An account number, OTP or PIN told with its digits ("mera account number 1234567890 hai"); not "OTP
    nahi aa raha" (no digits) nor "udyam me 5000 lagenge" (no such word)."""
    if _SECRET_DIGITS.search(text) and says_any(text, word_list("words", "secret_words")):
        return True
    # ("my account 123456789012 please update": the account's digits, without the word "number")
    return bool(_ACCOUNT_DIGITS.search(text)) and says_any(text, word_list("words", "account_words"))


def scam(u: Understanding, text: str) -> bool:
    """A fee asked by a caller or an agent ("call aaya, 2000 processing fee bhejo"), whatever it names;
    "udyam ke naam pe thagi ho gayi" before Udyam's overview; "msme mart ki website kaunsi hai, fake to
    nahi?" asks for the real site. "CGTMSE approval needs Rs 5000, is this a scam?": a sum demanded makes
    it the warning, whatever else; not "cgtmse guarantee fee 1% hai, genuine hai kya?", a fee the scheme has."""
    # ("an agent is asking 1500 for udyam, how do I do it myself?" gets Udyam's answer, which says free)
    # ("…udyam certificate ke 2000 lagenge, de du kya?" asks whether to pay: the warning)
    # (not "एजेंट उद्यम रजिस्ट्रेशन के 2000 रुपये मांग रहा है": it tells of a demand and asks nothing)
    udyam_asked = (
        u.confident and u.best.label == REGISTRATION and asks(text) and not scams.asks_whether_to_pay(text)
    )
    if (scams.demanded_by_someone(text) or scams.paying_someone(text)) and not udyam_asked:
        return True
    fixers = (
        scams.promises_to_fix,
        scams.takes_a_cut,
        scams.pay_on_a_link,
        scams.adviser_to_pay,
        scams.fee_to_receive,
        scams.pay_or_lose,
    )
    if any(check(text) for check in fixers):
        return True
    if scams.taken_by_someone(text):  # paid already: where to complain, whatever the scheme
        return True
    return (
        "fraud" in u.intents
        and not u.not_covered
        and (scams.sum_demanded(text) or not (u.confident and u.aspect not in (None, "overview")))
    )


def own_fee_quoted(turn: Turn, u: Understanding, text: str) -> FactMatch | None:
    """A consultant quoting the fee of a scheme whose record says the unit pays its own share ("ek consultant
    bol raha hai zed certificate ke 25000 lagenge fees, sahi hai kya"), or the lender the rate of a fee its
    record says the lender may pass on ("cgtmse me fees nahi lagti na, bank wala bol raha 1% lagega"): its fee
    lines, not "pay nobody"; a fee for a free registration ("gem registration ke liye consultant 8000 le raha")
    is still the warning."""
    if not u.confident:
        return None
    if scams.adviser_quotes_a_fee(text):
        record_says = word_list("words", "own_fee_words")
    elif scams.lender_quotes_a_rate(text):
        record_says = word_list("words", "passed_on_fee_words")
    else:
        return None
    facts, topic = turn.snap.facts, u.best.label
    if facts.mentioning(topic, list(record_says), "en", 1) is None:
        return None
    return facts.mentioning(
        topic, turn.snap.details.evidence["fee"], turn.lang, MAX_LINES, whole_summary=False
    )


def prize(turn: Turn, u: Understanding, text: str) -> list[Reply]:
    """A lottery or lucky draw won. In the MSME ministry's or a scheme's name ("MSME lottery jeeti hai, fee
    bharni hai") it is the warning and where to complain, as the ministry runs none. In no MSME name ("KBC
    lottery me 25 lakh jeete ho, 12000 fees bhejo"), a fee, a link or a doubt gets the fallback (the knowledge
    base has nothing on it) with "do not pay" on top. A bare "green card lottery" is answered as before."""
    if not scams.offers_a_prize(text):
        return []
    doubt = _doubts(u, text)
    # (a prize named with nothing to pay or doubt is no scam: "lottery ki dukaan ke liye udyam registration")
    if not (doubt or scams.costs_to_claim(text) or scams.mentions_someone(text)):
        return []
    if u.confident or scams.says_msme(text):
        named = u.best.label if u.confident else "-"
        return payloads.handle_payload(turn, f"@fraud {named} {payloads.LOTTERY}", u)
    return [turn.reply(menus.prize_not_ours(turn.lang), "fallback", confidence=0.0)]


def _doubts(u: Understanding, text: str) -> bool:
    """ "is it a fraud?", "is this real?", "where do I report it": the user doubts what they were told."""
    return "fraud" in u.intents or says_any(text, word_list("words", "doubt_asks"))


def after_a_warning(turn: Turn, u: Understanding) -> bool:
    """Right after a scam warning, what is about the scam (should I pay, he says he is an officer, is it
    true, how do I complain, what now?) gets the warning again, not a fallback, a "how sure", a scheme's
    steps or a ticket for the "agent" they mention.
    Anything else ("documents kya chahiye", "गांव में हूं और महिला हूं") is answered: the warning must not
    hold the conversation (it answered every later message)."""
    if not _warned(turn):
        return False
    if scams.secret_given(u.text):  # "मैंने आधार नंबर भी दे दिया" (Aadhaar services are not covered)
        return True
    if u.not_covered:
        return False
    # (but "so there's no 50k grant?", "ok, maine de diya" doubt or tell of it)
    small_talk = set(u.intents) & {*SMALL_TALK, "ack", "language_en", "language_hi"}
    if small_talk and not says_any(u.text, word_list("words", "doubt_asks")):
        return False
    # "how to complain about this", "can I get a refund?"; not a part of a scheme asked ("is it true pmegp gives
    # 35% subsidy in villages?"), though "shikayat kaha kare" names the complaint portal's steps
    part_asked = u.confident and u.best.label != COMPLAINTS and u.aspect not in (None, "overview")
    doubt = not part_asked and (
        "complaint" in u.intents or _doubts(u, u.text) or scams.wants_money_back(u.text)
    )
    # "ab kya karu", not "mujhe loan chahiye, kya kare?" (a need of its own)
    what_now = not u.topics and scams.asks_what_now(u.text)
    return (
        scams.mentions_someone(u.text)
        or scams.asks_whether_to_pay(u.text)
        or doubt
        or what_now
        or _real_number_asked(u.text)
    )


def _real_number_asked(text: str) -> bool:
    """ "what is the real GeM number", "जेम का असली नंबर क्या है": the number on file to call instead of the
    caller's; not "udyam number kya hai" (no "real"), which asks the registration's own number."""
    return says_any(text, word_list("words", "number_asks")) and says_any(
        text, word_list("words", "real_number_words")
    )


def official_asked(turn: Turn, u: Understanding, text: str) -> str | None:
    """The scheme a warning was about when the next message asks which is the real one ("what's the official
    one", "which is the genuine one?"): its address on file, with its hedge, is the answer."""
    if u.confident or not says_any(text, word_list("words", "official_one_asks")):
        return None
    warned = [h.get("topic") for h in turn.session.history[-WARNING_TURNS:] if h.get("intent") == "fraud"]
    topic = next((t for t in reversed(warned) if t), None)
    return topic if topic in turn.snap.knowledge.schemes else None


def _warned(turn: Turn) -> bool:
    """A scam warning in the last turns, or a fee someone asks told there and answered with the scheme's own
    word that it is free ("एक एजेंट उद्यम रजिस्ट्रेशन के 2000 रुपये मांग रहा है", then "क्या देना चाहिए")."""
    recent = turn.session.history[-WARNING_TURNS:]
    return any(h.get("intent") == "fraud" or scams.demanded_by_someone(h.get("text", "")) for h in recent)


def look_alike(turn: Turn, text: str) -> str:
    """An address in the message made to look like the government site of a scheme
    ("udyam-registration.org.in"), or any address not on file offering money, or "". (A scheme with a private site, like TReDS's platforms, may have
    real ones the knowledge base does not list.)"""
    for site in scams.strange_sites(text, turn.snap.knowledge):
        if scams.offers_money(text):  # "free grant Rs 50,000, register at msme-grant-india.in": any site
            return site
        if scams.site_baits(
            site
        ):  # "www.msme-grant-india.in" alone: a name of money or the ministry, not on file
            return site
        u = turn.snap.understand(" ".join(regex.split(r"[.\-]", site)))
        if u.confident and scams.on_government_site(turn.snap.knowledge.schemes[u.best.label]):
            return site
    return ""
