"""The one production web app and its routes: POST /whatsapp, GET /whatsapp/files/… (files sent on
WhatsApp), POST /telegram (when configured), GET /healthz.

Telegram is optional: its module is imported only when TELEGRAM_BOT_TOKEN, PUBLIC_BASE_URL and
TELEGRAM_WEBHOOK_SECRET are all set (or an application is passed in), and its webhook is
registered and removed in the app's lifespan.
"""

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot import delivery, whatsapp
from bot.services import Services
from bot.settings import Settings, require
from bot.whatsapp_files import OutgoingFiles

if TYPE_CHECKING:  # python-telegram-bot is imported only when Telegram is configured
    from telegram.ext import Application

log = logging.getLogger(__name__)


def create_app(settings: Settings, services: Services, telegram: "Application | None" = None) -> Starlette:
    """The ASGI app; `telegram` is a prebuilt Telegram application (built here when configured).

    Staff answers for another user go out through `bot.delivery` on that user's platform.
    """
    require(settings, "twilio_auth_token", "public_base_url")
    if telegram is None and telegram_configured(settings):
        from bot.telegram_bot import build_application

        telegram = build_application(settings, services)
    to_others = delivery.elsewhere(settings, services, telegram_bot=telegram.bot if telegram else None)
    files = OutgoingFiles(settings.public_base_url)
    routes = [
        Route("/healthz", _healthz(services), methods=["GET"]),
        Route(
            whatsapp.WEBHOOK_PATH, whatsapp.webhook(settings, services, to_others, files), methods=["POST"]
        ),
        files.route(),
    ]
    if telegram is not None:
        from bot.telegram_bot import telegram_webhook_route

        require(settings, "telegram_webhook_secret")
        routes.append(telegram_webhook_route(telegram, settings.telegram_webhook_secret))
    else:
        log.info(
            "telegram webhook off: needs TELEGRAM_BOT_TOKEN, PUBLIC_BASE_URL and TELEGRAM_WEBHOOK_SECRET"
        )
    return Starlette(routes=routes, lifespan=_lifespan(settings, services, telegram))


def telegram_configured(settings: Settings) -> bool:
    """Telegram joins this server only with a token, a public URL and a webhook secret."""
    return bool(settings.telegram_token and settings.public_base_url and settings.telegram_webhook_secret)


def serve(settings: Settings, services: Services, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app under uvicorn until interrupted (the `sahayak serve` command)."""
    uvicorn.run(create_app(settings, services), host=host, port=port, server_header=False)


def _lifespan(
    settings: Settings, services: Services, telegram: "Application | None"
) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Build the matcher before the first user waits for it (about a second on a cold start).
        log.info("knowledge base version %s", await asyncio.to_thread(kb_version, services))
        if telegram is None:
            try:
                yield
            finally:
                await whatsapp.finish_sending()
            return
        from bot.telegram_bot import start_webhook, stop_webhook

        await start_webhook(telegram, settings)
        try:
            yield
        finally:
            await whatsapp.finish_sending()  # (before Telegram stops: a send may be to a Telegram citizen)
            await stop_webhook(telegram)

    return lifespan


def _healthz(services: Services) -> Callable[[Request], Awaitable[JSONResponse]]:
    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok", "kb_version": await asyncio.to_thread(kb_version, services)})

    return healthz


def kb_version(services: Services) -> str:
    """The live knowledge base's version (loading its snapshot if needed)."""
    with services.turn_lock:  # the one SQLite connection is shared with the turns
        return services.current().knowledge.version
