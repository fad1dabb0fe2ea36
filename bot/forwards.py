"""A forwarded message is someone else's words. Staff forward one citizen's question after another: what one
forward told (its scheme, a trade, an age) is no part of the next, which is another citizen's. And a forwarded
"agent" or "band karo" asks for a person or to stop in the citizen's name, not the staff member's: it is said
what it asks, and no request is opened, fed or withdrawn in the staff member's name."""

from bot import roles, sessions
from bot.i18n import gettext
from bot.messages import Reply
from bot.turn import Turn


def scoped(turn: Turn) -> None:
    """A forward from staff starts its own conversation (the language chosen stays); the staff member's own
    follow-ups after it ("how sure", "why", "aur documents?") are about it, as before. An admin's /add in
    progress is their own and stays."""
    if turn.message.forwarded and roles.role_of(turn.services, turn.message.sender) is not None:
        draft = turn.session.draft
        sessions.reset(turn.session)
        turn.session.draft = draft


def person_asked(turn: Turn) -> Reply:
    """A forwarded "agent", "human please": what it asks, and that no request was opened."""
    _ = gettext(turn.lang)
    said = _(
        "This forwarded message asks to talk to a person from the helpline team. It is someone else's words, so "
        "I opened no request for it. If they write to me themselves, they get a request and the helpline numbers."
    )
    return turn.reply((said, ()), "forwarded_meaning", confidence=1.0)


def steering_meant(turn: Turn, label: str) -> Reply:
    """A forwarded "band karo", "wapas", "shuru se": what it asks, and that nothing was stopped or cleared."""
    _ = gettext(turn.lang)
    if label == "stop_words":
        said = _(
            "This forwarded message asks to stop, or to withdraw a request to the helpline team. It is someone "
            "else's words, so nothing was stopped or withdrawn. If they write it to me themselves, it is done "
            "for them."
        )
    else:
        said = _(
            "This forwarded message asks to go back or to start over. It is someone else's words, so the "
            "conversation is left as it was."
        )
    return turn.reply((said, ()), "forwarded_meaning", confidence=1.0)
