"""The terminal channel: a real adapter the core cannot tell from Telegram."""

from collections.abc import Callable, Iterable

from bot.delivery import unreachable
from bot.messages import IncomingMessage
from bot.respond import respond
from bot.services import Services

PROMPT = "you> "


def chat(services: Services, user: str, lines: Iterable[str], write: Callable[[str], None]) -> None:
    """Answer each line from `lines` until it ends (EOF) or the user types /quit."""
    write(_first_screen())
    for line in lines:
        text = line.strip()
        if text in ("/quit", "/exit"):
            break
        if not text:
            continue
        message = _message(user, text)
        for reply in respond(message, services):
            if reply.recipient not in (None, user):  # a staff answer for someone this terminal cannot reach
                reply = unreachable(services, reply)
            write(f"sahayak> {reply.text}\n")


def _message(user: str, text: str) -> IncomingMessage:
    """`/location LAT,LON` stands in for sharing a location, as a phone would."""
    if text.startswith("/location "):
        try:
            lat, lon = (float(v) for v in text.split(" ", 1)[1].split(","))
            return IncomingMessage(platform="console", sender=user, chat=user, location=(lat, lon))
        except ValueError:
            pass
    return IncomingMessage(platform="console", sender=user, chat=user, text=text)


def _first_screen() -> str:
    return (
        "Sahayak — MSME helpline (Hindi / English). Type your question; /help for the menu, "
        "/location LAT,LON to share a location, /quit to leave.\n"
    )
