"""One message's handling context, shared by the core's handlers (and the admin/staff commands)."""

from dataclasses import dataclass

from bot.messages import IncomingMessage, Option, Reply
from bot.services import Services, Snapshot
from bot.sessions import Session


@dataclass
class Turn:
    """Everything one message's handling needs, passed to the small handlers below."""

    message: IncomingMessage
    services: Services
    snap: Snapshot
    session: Session
    lang: str
    input_language: str
    now: float = 0.0  # the turn's clock (tests simulate time through it)

    def reply(self, text_options: tuple[str, tuple[Option, ...]], intent: str, **fields) -> Reply:
        text, options = text_options
        self.session.options = list(options)
        return Reply(
            text=text,
            locale=self.lang,
            options=options,
            intent=intent,
            input_language=self.input_language,
            **fields,
        )
