"""Staff asking after a forwarded question what else was close ("what's the runner up", "doosra option kya
tha"): the staff line showed the runners-up by id; the first one's overview is given, the others named."""

from dataclasses import replace

from bot import responses, roles
from bot.i18n import gettext
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import word_list
from bot.tickets import ASIDES
from bot.turn import Turn

# Staff output is in English (the staff line itself is).
STAFF_LANGUAGE = "en"


def asked(turn: Turn, text: str) -> Reply | None:
    """The first runner-up's overview when a staff member asks for it after a forwarded question whose reply
    showed runners-up (right after it, or after asides such as "how sure"); a citizen's "doosra option" stays
    a pick of option 2."""
    # (the forward's reply, past a "how sure?" or "ok" asked of it since)
    last = next((e for e in reversed(turn.session.history) if e.get("intent") not in ASIDES), None)
    others = last.get("runners_up") if last else None
    if not others or roles.role_of(turn.services, turn.message.sender) is None:
        return None
    if not says_any(text, word_list("words", "runner_up_asks")):
        return None
    first = next((o for o in others if o in turn.snap.knowledge.schemes), None)
    if first is None:
        return None
    reply = responses.scheme(turn, first, "overview", None, confidence=1.0)
    _ = gettext(STAFF_LANGUAGE)
    line = _("[staff] runners-up: %(others)s; the first of them:") % {"others": ", ".join(others)}
    return replace(reply, text=f"{line}\n\n{reply.text}")
