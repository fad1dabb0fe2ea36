"""A scheme found by what it gives ("koi yojana hai jisme toolkit aur training mile?") with the user's own age told
beside it ("meri umar 45 hai"): the told age read as asking the age rule, and the reply gave that rule alone. The
lines of what was asked for go under the rule's answer."""

from dataclasses import replace

from bot import own_details
from bot.answers import aspect_label
from bot.matcher import Understanding
from bot.messages import Reply
from bot.turn import Turn

# The detail an age told reads as (intents/details.yaml).
AGE_DETAIL = "age_limit"


def beside(turn: Turn, reply: Reply, u: Understanding, detail: str | None) -> Reply:
    """`reply` on an age told, with the benefits lines the words that found the scheme name under its lines;
    unchanged when the age was asked ("umar kitni chahiye" asks the rule), or nothing it gives was named."""
    if detail != AGE_DETAIL or reply.aspect != "eligibility" or not own_details.says_an_age(u.text):
        return reply
    words = sorted(frozenset().union(*(h.matched for h in u.topics)))
    given = turn.snap.facts.find(reply.topic, words, turn.lang, "benefits")
    if given is None:
        return reply
    lines = reply.text.split("\n")
    end = next((i for i, line in enumerate(lines) if i and not line.strip()), len(lines))
    block = [aspect_label("benefits", turn.lang) + ":", *(f"• {line}" for line in given.lines)]
    return replace(reply, text="\n".join([*lines[:end], *block, *lines[end:]]))
