"""What comes after a scheme's steps: "then what", "after that?", "uske baad kya karna hai" right after how to
apply asks what one has once registered, the scheme's benefits (it got a list of other schemes, or "sorry")."""

from bot.matcher import Understanding
from bot.normalize import keys, says_any
from bot.phrases import word_list
from bot.turn import Turn

# The part shown after the steps.
AFTER_STEPS = "benefits"


def asked(turn: Turn, u: Understanding) -> bool:
    """Whether the message, right after a scheme's steps, only asks what comes next and names nothing else."""
    session = turn.session
    if session.aspect != "apply" or session.topic not in turn.snap.knowledge.schemes:
        return False
    phrases = word_list("words", "after_steps_asks")
    if u.confident or u.not_covered or not says_any(u.text, phrases):
        return False
    return set(keys(u.text)) <= {k for p in phrases for k in keys(p)} | turn.snap.matcher.fillers
