"""The one production web app and its routes: POST /whatsapp, POST /telegram (when configured), GET /healthz.

Telegram is optional: its module is imported only when TELEGRAM_BOT_TOKEN, PUBLIC_BASE_URL and
TELEGRAM_WEBHOOK_SECRET are all set (or an application is passed in), and its webhook is
registered and removed in the app's lifespan.
"""

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
import logging
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
import uvicorn

from bot import whatsapp
from bot.services import Services
from bot.settings import Settings, require

log = logging.getLogger(__name__)


def create_app(settings: Settings, services: Services, telegram: Any = None) -> Starlette:
    """The ASGI app; `telegram` is a prebuilt Telegram application (built here when configured)."""
    require(settings, "twilio_auth_token", "public_base_url")
    routes = [
        Route("/healthz", _healthz(services), methods=["GET"]),
        Route(whatsapp.WEBHOOK_PATH, whatsapp.webhook(settings, services), methods=["POST"]),
    ]
    if telegram is None and telegram_configured(settings):
        from bot.telegram_bot import build_application

        telegram = build_application(settings, services)
    if telegram is not None:
        from bot.telegram_bot import telegram_webhook_route

        require(settings, "telegram_webhook_secret")
        routes.append(telegram_webhook_route(telegram, settings.telegram_webhook_secret))
    else:
        log.info("telegram webhook off: needs TELEGRAM_BOT_TOKEN, PUBLIC_BASE_URL and TELEGRAM_WEBHOOK_SECRET")
    return Starlette(routes=routes, lifespan=_lifespan(settings, telegram))


def telegram_configured(settings: Settings) -> bool:
    """Telegram joins this server only with a token, a public URL and a webhook secret."""
    return bool(settings.telegram_token and settings.public_base_url and settings.telegram_webhook_secret)


def serve(settings: Settings, services: Services, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the app under uvicorn until interrupted (the `sahayak serve` command)."""
    uvicorn.run(create_app(settings, services), host=host, port=port, server_header=False)


def _lifespan(settings: Settings, telegram: Any) -> Callable[[Starlette], AbstractAsyncContextManager[None]]:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if telegram is None:
            yield
            return
        from bot.telegram_bot import start_webhook, stop_webhook

        await start_webhook(telegram, settings)
        try:
            yield
        finally:
            await stop_webhook(telegram)

    return lifespan


def _healthz(services: Services) -> Callable[[Request], Any]:
    def kb_version() -> str:
        with services.turn_lock:  # the one SQLite connection is shared with the turns
            return services.current().knowledge.version

    async def healthz(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok", "kb_version": await asyncio.to_thread(kb_version)})

    return healthz
