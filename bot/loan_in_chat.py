"""A loan asked for in the chat about a scheme that lends ("मुझे 20 लाख का लोन चाहिए" after CGTMSE): that
scheme's benefits, where its loan and limit are, naming the other schemes that lend (not a list of them all,
the one discussed being one of four)."""

from dataclasses import replace

from bot import answers, questions, responses
from bot.i18n import gettext
from bot.matcher import Understanding
from bot.messages import Reply
from bot.phrases import word_keys
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """The discussed scheme's benefits with the other lenders named; none unless the message asks only for a
    loan (no scheme named, no part of one asked, no other need), in the chat about a scheme that gives one."""
    topic = turn.session.topic
    lenders = questions.lending(u)
    if topic not in lenders or u.named or u.not_covered or u.aspect not in (None, "benefits") or u.intents:
        return None
    if not questions.asks_for_money(text) or any(h.matched - word_keys("loan_words") for h in u.topics):
        return None
    reply = responses.scheme(turn, topic, "benefits", u, confidence=0.7)
    return with_others(turn, reply, [s for s in lenders if s != topic])


def with_others(turn: Turn, reply: Reply, others: list[str]) -> Reply:
    """`reply`, about the scheme discussed, with the other schemes that lend named above its choices: one
    message, that scheme still "it" (a second message listing only the others left it out of "which one")."""
    if not others:
        return reply
    _ = gettext(turn.lang)
    names = ", ".join(turn.snap.knowledge.topic_name(s, turn.lang) for s in others)
    note = "ℹ " + _("Other schemes on file that give loans: %(names)s. Ask about any of them by name.") % {
        "names": names
    }
    said = reply.text.split("\n")
    caution = answers.caution_line(turn.snap.knowledge, turn.lang)
    first = f"1. {reply.options[0].label}" if reply.options else None
    # (above the caution, which closes the answer, or else above the blank line and the choices' header)
    at = said.index(caution) if caution in said else said.index(first) - 2 if first in said else len(said)
    return replace(reply, text="\n".join([*said[:at], note, *said[at:]]))
