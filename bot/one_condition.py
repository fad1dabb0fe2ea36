"""A question about one condition answered by the rule it turns on, not by the whole list of who can apply.

"is poultry feed allowed in pmegp?" gets "ℹ poultry feed: the negative list on file does not name it" and the
negative-list rule; "pension will affect eligibility?" gets the honest "no rule on pensioners on file" and the
age rule nearest to it. Seven bullets under such a question bury its answer. "Who can apply for PMEGP?" asks
no one condition and still gets them all.
"""

from bot import barred, own_details, verdicts_told
from bot.normalize import clean, says
from bot.turn import Turn


def cut(turn: Turn, topic: str, text: str, answer: str, told_now: set[str]) -> str:
    """`answer` (who can apply) with only the rules on the one condition `text` asks of, when it asks of one;
    the verdicts this chat already told are not told again, unless `text` tells them again (`told_now`)."""
    rules = _rules_asked(turn, topic, text)
    lines = answer.split("\n")
    bullets = [line for line in lines if line.startswith("• ")]
    kept = {line for line in bullets if line[2:] in rules}
    if not kept or len(kept) == len(bullets):
        return answer
    told = verdicts_told.told(turn.session, topic) - told_now
    return "\n".join(
        line for line in lines if (not line.startswith("• ") or line in kept) and line not in told
    )


def _rules_asked(turn: Turn, topic: str, text: str) -> list[str]:
    """The scheme's rules (as shown) on the condition asked: a line of work's negative list, or a detail's lines."""
    scheme = turn.snap.knowledge.schemes[topic]
    work = own_details.without_persons_age(clean(text))
    names = turn.snap.matcher.proper_names.get(topic, set())
    detail = turn.snap.details.asked(text)
    if detail is None:
        doing = barred.activity(work, turn.snap.understand(work).unknown, scheme, names)
        return barred.negative_rules(scheme, turn.lang) if doing else []
    phrases = turn.snap.details.said_by(detail, topic)
    return [
        line
        for en, line in own_details.eligibility_lines(scheme, turn.lang)
        if any(says(en, p) or says(line, p) for p in phrases)
    ]
