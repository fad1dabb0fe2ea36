"""The language of a request opened before the chat showed one ("agent" first thing): the chat's, once known.

A bare "agent" was answered in the channel's default (English) and the request kept it, so a staff answer to a
Hindi chat ("pmegp ke documents" next) reached it under an English header. Such a request is noted in the
session, and the first turn that shows a language gives it to the request, while no staff answer has gone.
"""

from bot.turn import Turn


def note_opened(turn: Turn, ticket_id: int) -> None:
    """Remember a request opened while the chat had shown no language (none chosen or detected yet)."""
    if turn.session.language is None and turn.session.last_language is None:
        turn.session.unsettled_request = ticket_id


def follow_chat(turn: Turn) -> None:
    """Give the noted request the chat's language, once a message has shown one."""
    session = turn.session
    if session.unsettled_request is None or (session.language or session.last_language) is None:
        return
    turn.services.db.execute(
        "UPDATE tickets SET language = ? WHERE id = ? AND answered_at IS NULL",
        [turn.lang, session.unsettled_request],
    )
    session.unsettled_request = None
