"""Staff asking after a forwarded question what else was close ("what's the runner up", "doosra option kya
tha"): the staff line showed the runners-up by id; the first one's overview is given, the others named."""

from dataclasses import replace

from bot import match_explained, responses, roles, tickets
from bot.i18n import gettext
from bot.messages import Reply
from bot.normalize import says_any
from bot.phrases import word_list
from bot.turn import Turn

# Staff output is in English (the staff line itself is).
STAFF_LANGUAGE = "en"


def asked(turn: Turn, text: str) -> Reply | None:
    """The first runner-up's overview when a staff member asks for it after a forwarded question whose reply
    showed runners-up (right after it, or after asides such as "how sure"); after a forward that showed none,
    that there was none; a citizen's "doosra option" stays a pick of option 2."""
    last = tickets.last_asked(turn.session)  # (the forward's, past a "how sure?" or "ok" asked of it)
    if last is None or roles.role_of(turn.services, turn.message.sender) is None:
        return None
    if not says_any(text, word_list("words", "runner_up_asks")):
        return None
    others = last.get("runners_up") or []
    first = next((o for o in others if o in turn.snap.knowledge.schemes), None)
    if (
        first is None
    ):  # (a greeting, a centre search, one scheme alone: a forward's, not an option of staff's own)
        return _none_close(turn, last) if last.get("forwarded") else None
    reply = responses.scheme(turn, first, "overview", None, confidence=1.0)
    _ = gettext(STAFF_LANGUAGE)
    line = _("[staff] runners-up: %(others)s; the first of them:") % {"others": ", ".join(others)}
    return replace(reply, text=f"{line}\n\n{reply.text}")


def _none_close(turn: Turn, last: dict) -> Reply:
    """ "runner up" after a forward that showed none: why there is none."""
    topic = last.get("topic")
    if topic not in turn.snap.knowledge.schemes:
        said = match_explained.not_about_a_scheme(last)
    else:
        _ = gettext(STAFF_LANGUAGE)
        name = turn.snap.knowledge.topic_name(topic, STAFF_LANGUAGE)
        said = _("[staff] No runner-up: no other scheme came close to %(name)s.") % {"name": name}
    return turn.reply((said, ()), "how_sure", topic=topic, confidence=1.0)
