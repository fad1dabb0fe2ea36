"""A user's messages through the core, one turn or a whole chat, for tests that read the last replies."""

from bot.messages import IncomingMessage, Reply
from bot.respond import respond
from bot.services import Services


def say(services: Services, text: str, user: str = "u") -> list[Reply]:
    return respond(IncomingMessage("console", user, text), services)


def chat(services: Services, *texts: str) -> list[Reply]:
    """Each text in turn from one user; the last turn's replies."""
    for text in texts[:-1]:
        say(services, text)
    return say(services, texts[-1])
