"""Short sentences that tell something and are no "ok": one has no money ("पैसे नहीं हैं" after PMEGP's own
share), is still studying ("padhai chal rahi h to bhi?"), or asks whether the rule just shown is all right
("is that ok?", "chalega?"). Each gets what the knowledge base has on it, never a bare acknowledgement."""

from dataclasses import replace

from bot import loan_in_chat, questions, responses
from bot.clauses import clauses
from bot.fact_lines import MAX_LINES
from bot.i18n import gettext
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# How a line that rules on the user's own case starts ("✗ 8 लाख रुपये के प्रोजेक्ट के लिए 8वीं पास जरूरी है").
VERDICT_MARKS = ("✓ ", "✗ ")


def answer(turn: Turn, u: Understanding, text: str) -> list[Reply] | None:
    """The reply to one of these sentences, or None when the message is none of them."""
    topic = turn.session.topic
    in_chat = topic in turn.snap.knowledge.schemes and not (u.confident and u.best.label != topic)
    if _said_alone(turn, text, "no_money", word_keys("no_money_beside")):
        return _no_money(turn, u, topic if in_chat else None)
    if not in_chat:
        return None
    if says_any(text, word_list("words", "studying")):
        return [_studying(turn, topic, u)]
    if _said_alone(turn, text, "suits_asks", frozenset()):
        _ = gettext(turn.lang)
        reply = responses.scheme(turn, topic, turn.session.aspect or "eligibility", u, 0.7)
        # ("chalega?" after "✗ 8 लाख रुपये के प्रोजेक्ट के लिए 8वीं पास जरूरी है": the case told is already checked)
        checked = any(line.startswith(VERDICT_MARKS) for line in reply.text.split("\n"))
        note = (
            _("Checked against what you have told me:")
            if checked
            else _(
                "I cannot say yes or no for you from this alone; this is what my knowledge base says. Tell me "
                "your case (for example age, schooling, place or project cost) and I will check it against "
                "these lines."
            )
        )
        return [_with_lead(reply, note)]
    return None


def case_then_asked(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """The scheme discussed's rules on who may apply, when a message tells the user's case and asks only
    whether they get it ("kirana store hai mera, milega?" after CGTMSE); None otherwise. (Asked after the
    readers of a cost, a loan or a class told, which work out what such a case gets.)"""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or (u.confident and u.best.label != topic):
        return None
    if not _case_then_asked(turn, u, text):
        return None
    return responses.scheme(turn, topic, "eligibility", u, 0.7)


def _case_then_asked(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether the message tells something of the user's own ("kirana store hai mera", "उनके भाई सरकारी नौकरी में
    हैं", "pichhle saal mudra loan liya tha") and then asks only whether they still get the scheme discussed
    ("milega?", "कोई दिक्कत तो नहीं?"): that is its rules on who may apply, whatever the told words would name
    alone (a government job, a Mudra loan told as had); not "mudra chahiye, milega?", Mudra asked for, nor
    "kab milega" (a time)."""
    told = _told_before_the_ask(turn, text)
    return bool(told) and not (u.not_covered and questions.wants(told))


def _told_before_the_ask(turn: Turn, text: str) -> str:
    """What the message says before a "milega?" that ends it alone: after a comma or a "to"/"तो" ("kirana store
    hai mera to milega?"); "" when it does not end so."""
    parts = clauses(text)
    last = keys(parts[-1]) if parts else []
    for _ in range(2):  # as said, then without a filler that ends it ("milega ji?", "milega bhai")
        told = _told_before(parts, last)
        if told or len(last) < 2 or last[-1] not in turn.snap.matcher.fillers:
            return told
        last = last[:-1]
    return ""


def _told_before(parts: list[str], last: list[str]) -> str:
    """The clauses before a "milega?" that is all of the last one's keys `last`, or before its lead."""
    for phrase in sorted(word_list("words", "case_asks"), key=len, reverse=True):
        asked = keys(phrase)
        if last[-len(asked) :] != asked:
            continue
        before = last[: -len(asked)]
        if not before and len(parts) > 1:
            return " ".join(parts[:-1])
        if len(before) > 1 and before[-1] in word_keys("case_ask_leads"):
            return " ".join([*parts[:-1], *before[:-1]])
    return ""


def _said_alone(turn: Turn, text: str, label: str, beside: frozenset[str]) -> bool:
    """Whether `text` says one of `label`'s phrases with nothing else but fillers and `beside`."""
    said = [p for p in word_list("words", label) if says_any(text, (p,))]
    told = {k for p in said for k in keys(p)}
    return bool(said) and not set(keys(text)) - told - turn.snap.matcher.fillers - beside


def _no_money(turn: Turn, u: Understanding, topic: str | None) -> list[Reply] | None:
    """The discussed scheme's lines on one's own share and its loan, then the other schemes that lend
    (CGTMSE's loans without collateral among them); only the lenders where no scheme is discussed."""
    need = turn.snap.understand(word_list("words", "no_money_need")[0])
    others = [s for s in questions.lending(need) if s != topic]
    evidence = list(word_list("words", "no_money_lines"))
    lines = turn.snap.facts.mentioning(topic, evidence, turn.lang, MAX_LINES, False) if topic else None
    _ = gettext(turn.lang)
    lead = _("Short of money of your own? This is what my knowledge base has:")
    if lines is not None:  # one answer, the scheme discussed still "it": the other lenders named in it
        reply = _with_lead(responses.facts(turn, topic, lines, u), lead)
        return [loan_in_chat.with_others(turn, reply, others)]
    if not others:
        return None
    return [_with_lead(responses.schemes_for_need(turn, others, u), lead)]


def _studying(turn: Turn, topic: str, u: Understanding) -> Reply:
    """The scheme's lines on students when its record has any; else who may apply, saying that the record
    is silent on students."""
    evidence = list(word_list("words", "student_lines"))
    lines = turn.snap.facts.mentioning(topic, evidence, turn.lang, MAX_LINES, False)
    if lines is not None:
        return responses.facts(turn, topic, lines, u)
    _ = gettext(turn.lang)
    note = _("My knowledge base says nothing about students. Who can apply, as it says (age, schooling):")
    return _with_lead(responses.scheme(turn, topic, "eligibility", u, 0.7), note)


def _with_lead(reply: Reply, note: str) -> Reply:
    """`reply` opened by a line that says how it answers the message."""
    return replace(reply, text=f"{note}\n\n{reply.text}")
