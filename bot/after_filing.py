"""What comes after a case or complaint is filed ("I filed a case … nothing has happened", "केस करने के बाद क्या
होगा", "what is the next step" after telling one filed): the record's lines on what follows (Samadhaan's "the MSEFC
should decide within 90 days: first conciliation, then arbitration"), not the steps to file again nor "sorry"."""

from bot.fact_lines import FactMatch
from bot.matcher import Understanding
from bot.normalize import says_any
from bot.phrases import word_list
from bot.turn import Turn

# A filing told this many messages back still makes "what next?" ask what follows it.
FILED_TURNS = 3
# At most this many lines on what follows.
AFTER_FILING_LINES = 2


def lines(turn: Turn, u: Understanding, text: str) -> FactMatch | None:
    """The lines on what follows a filing, when one was told (here or just before) and what follows is asked,
    in a chat about the scheme (or naming it); not another scheme named or a matter we do not cover."""
    topic = turn.session.topic
    if (u.confident and u.best.label != topic) or u.not_covered or topic not in turn.snap.knowledge.schemes:
        return None
    if not says_any(text, word_list("words", "after_filing_asks")):
        return None
    told = [text, *(h.get("text", "") for h in turn.session.history[-FILED_TURNS:])]
    if not any(says_any(said, word_list("words", "filing_told")) for said in told):
        return None
    evidence = list(word_list("words", "after_filing_lines"))
    return turn.snap.facts.mentioning(topic, evidence, turn.lang, AFTER_FILING_LINES, whole_summary=False)
