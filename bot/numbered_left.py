"""Numbered questions a forward's reply leaves out, named to the staff member who forwarded it.

"@fwd … 1) Udyam free hai? 2) PMEGP me loan kitna milega? 3) GeM pe kya chahiye?" once got Udyam twice and
nothing said of PMEGP: staff would pass on an answer with a question silently dropped.
"""

from dataclasses import replace

from bot.i18n import gettext
from bot.messages import Reply
from bot.questions import numbered_questions
from bot.tickets import STAFF_LANGUAGE
from bot.turn import Turn


def left_out(turn: Turn, replies: list[Reply]) -> list[str]:
    """The numbered questions of the message no reply answers: one about a scheme no reply is about, or, with
    fewer replies than questions, one that names no scheme for sure."""
    asked = numbered_questions(turn.message.text or "")
    if len(asked) < 2:
        return []
    topics = {r.topic for r in replies if r.topic}
    left = []
    for number, question in enumerate(asked, 1):
        u = turn.snap.understand(question)
        if (u.confident and u.best.label not in topics) or (not u.confident and len(replies) < len(asked)):
            left.append(f"{number}) {question}")
    return left


def noted(turn: Turn, replies: list[Reply]) -> list[Reply]:
    """The replies, the first one saying which numbered questions were not answered (staff only)."""
    left = left_out(turn, replies) if replies else []
    if not left:
        return replies
    _ = gettext(STAFF_LANGUAGE)
    line = _("[staff] Not answered here, please answer yourself: %(questions)s") % {
        "questions": " · ".join(left)
    }
    return [replace(replies[0], text=f"{replies[0].text}\n{line}"), *replies[1:]]
