"""News asked of a request to the helpline team when none is open ("any update?", "koi update?"): said plainly that
there is none to give, with the offer of a person, not the list of schemes as if "update" asked a scheme's change."""

from bot import menus
from bot.i18n import gettext
from bot.messages import Reply
from bot.turn import Turn


def none_open(turn: Turn) -> Reply | None:
    """The reply to "any update?" from someone with no request open and no scheme being discussed (in a scheme's
    chat, "koi update?" may ask the scheme's news: that is answered as before)."""
    if turn.session.topic in turn.snap.knowledge.schemes or turn.message.forwarded:  # (a citizen's words)
        return None
    _ = gettext(turn.lang)
    lines = [
        _("You have no request open with the helpline team, so there is no update to give."),
        _('To ask a person, choose "Talk to a person"; or ask me your question.'),
    ]
    return turn.reply(menus.with_menu(lines, turn.lang), "clarify", confidence=1.0)
