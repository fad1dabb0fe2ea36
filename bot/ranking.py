"""Which of a scheme's own kind is best ("kaunsa platform best hai" after TReDS): the ones its record names, and
that the knowledge base ranks none of them (a choice it cannot make for the user), not its steps again."""

from dataclasses import replace

from bot.fact_lines import FIELDS, FactMatch
from bot.i18n import gettext
from bot.knowledge import items
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import keys, says, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# A line names the scheme's options when it says at least this many of its other names (RXIL, M1xchange…; a
# line of PMEGP's steps names "KVIC" and "PMEGP e-portal", no options to choose from).
MIN_NAMED = 4


def best_on_file(turn: Turn, u: Understanding, text: str) -> FactMatch | None:
    """In a chat about a scheme, "which one is best?" of no other scheme named: the line of its record that names
    the most of its options (TReDS's five platforms), if one names several."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or u.named - {topic} or u.not_covered:
        return None  # ("pmegp ya mudra konsa acha hai": of those two)
    which = bool(set(keys(text)) & word_keys("which_of_kind")) and says_any(
        text, word_list("words", "best_words")
    )
    if not (which or says_any(text, word_list("words", "best_asks"))):
        return None
    # ("which is better for me" after GeM, then TReDS: of those two, compared)
    lately = {h.get("topic") for h in turn.session.history[-2:] if h.get("topic")}
    if len(lately) > 1:
        return None
    if says_any(
        text, word_list("words", "which_scheme_asks")
    ):  # ("which scheme is best for me": of the schemes)
        return None
    scheme = turn.snap.knowledge.schemes[topic]
    names = turn.snap.facts.names.get(topic, frozenset())  # ("TReDS" itself is no option)
    options = [
        a.text for a in turn.snap.knowledge.aliases if a.topic == topic and not set(keys(a.text)) <= names
    ]
    # (counted in the English line, whose script the names are in; shown as written in the reply's language)
    counted = [
        (sum(says(en, name) for name in options), field, line)
        for field in FIELDS
        for en, line in zip(items(scheme.get(field), "en"), items(scheme.get(field), turn.lang), strict=False)
    ]
    most, field, line = max(counted, default=(0, "", ""), key=lambda c: c[0])
    return FactMatch(FIELDS[field], (line,)) if most >= MIN_NAMED else None


def with_no_ranking(reply: Reply) -> Reply:
    """The options' line, said to be no ranking, under the scheme's name."""
    _ = gettext(reply.locale)
    name, _sep, rest = reply.text.partition("\n")
    note = "ℹ " + _("My knowledge base does not rank these; the ones on file are:")
    return replace(reply, text=f"{name}\n{note}\n{rest}")
