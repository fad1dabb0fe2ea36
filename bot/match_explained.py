"""Staff asking after an answer why it matched ("why", "kyun", "क्यों"): the words of the question that named its
scheme, and those the runners-up matched; "why" once repeated "how sure" word for word. After a reply about no
one scheme (a greeting, a centre search) "why" and "runner up" say so, as "how sure" does, instead of the
citizen's "Sorry, I could not find an answer"."""

from bot import roles
from bot.i18n import gettext
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import clean, keys
from bot.phrase_index import Hit
from bot.tickets import STAFF_LANGUAGE, last_asked
from bot.turn import Turn
from bot.vouching import asks_why

# Runners-up explained beside the answer's scheme.
RUNNERS_UP_SHOWN = 2


def why(turn: Turn, text: str) -> Reply | None:
    """Staff's "why" after an answer: which words named its scheme and the runners-up; about no scheme, so."""
    if not asks_why(text) or roles.role_of(turn.services, turn.message.sender) is None:
        return None
    last = last_asked(turn.session)
    if last is None:
        return None
    topic = last.get("topic")
    if topic not in turn.snap.knowledge.schemes:
        return turn.reply((not_about_a_scheme(last), ()), "how_sure", confidence=1.0)
    u = turn.snap.understand(last.get("text") or "")
    _ = gettext(STAFF_LANGUAGE)
    name = turn.snap.knowledge.topic_name(topic, STAFF_LANGUAGE)
    own = next((h for h in u.topics if h.label == topic), None)
    if own is None:  # ("aur documents?": the scheme talked about before)
        lines = [
            _(
                "[staff] Why %(name)s: no word of the question named it; it went on from the scheme talked "
                "about before."
            )
            % {"name": name}
        ]
    else:
        lines = [
            _("[staff] Why %(name)s: the question's words %(words)s matched it (score %(score)s).")
            % {"name": name, "words": _words(own, u), "score": f"{own.score:.2f}"}
        ]
    if u.aspect:
        lines.append(
            _("The part asked (%(aspect)s) was read from the question's words.") % {"aspect": u.aspect}
        )
    others = [h for h in u.topics if h.label != topic][:RUNNERS_UP_SHOWN]
    lines += [
        _("Runner-up %(name)s: matched only %(words)s (score %(score)s).")
        % {
            "name": turn.snap.knowledge.topic_name(h.label, STAFF_LANGUAGE),
            "words": _words(h, u),
            "score": f"{h.score:.2f}",
        }
        for h in others
    ]
    return turn.reply(("\n".join(lines), ()), "how_sure", topic=topic, confidence=1.0)


def not_about_a_scheme(last: dict) -> str:
    """What the last reply was, when it was about no one scheme ("greeting", "centre_find")."""
    _ = gettext(STAFF_LANGUAGE)
    return _(
        "[staff] My last answer was not about one scheme: the question was read as %(intent)s, so no "
        "scheme was matched and there is no runner-up."
    ) % {"intent": last.get("intent") or "-"}


def _words(hit: Hit, u: Understanding) -> str:
    """The words of the question that made a hit, as written ("subsidy", not its matching key)."""
    said = [w for w in clean(u.text).split() if set(keys(w)) & hit.matched]
    return ", ".join(f'"{w}"' for w in dict.fromkeys(said or sorted(hit.matched)))
