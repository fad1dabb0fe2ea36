"""The Telegram channel (python-telegram-bot 22): updates → `IncomingMessage` → `respond` → replies.

Two ways to run, one `Application` built by `build_application` (the only place handlers are
registered):

- long polling: `run_polling(settings, services)` (the `sahayak telegram` command);
- webhooks, mounted by the shared ASGI server::

      application = build_application(settings, services, deliver_elsewhere=...)
      route = telegram_webhook_route(application, settings.telegram_webhook_secret)  # POST /telegram
      # lifespan: await start_webhook(application, settings) ... await stop_webhook(application)

The route answers 403 without the matching `X-Telegram-Bot-Api-Secret-Token` header, 400 for a
body that is not an update, and 200 once the update has been handled.

In groups the bot answers only its commands, replies to its own messages and @mentions. The Bot API
token is in every request URL, so `httpx` and PTB's bot loggers are kept quiet (`QUIET_LOGGERS`).
"""

import asyncio
import hmac
import logging
from dataclasses import replace

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.admin_commands import may_run
from bot.delivery import DeliverElsewhere, elsewhere
from bot.messages import IncomingMessage
from bot.privacy import log_id
from bot.respond import respond
from bot.services import Services
from bot.settings import Settings, SettingsError, require
from bot.telegram_receive import from_button, incoming, is_kb_file
from bot.telegram_send import deliver

log = logging.getLogger(__name__)

WEBHOOK_PATH = "/telegram"
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
# The token is in every Bot API URL (httpx logs them at INFO, PTB's bots at DEBUG), and PTB's bots log
# each call's parameters, i.e. what people wrote, at DEBUG: keep all three above that.
QUIET_LOGGERS = {"httpx": logging.WARNING, "telegram.Bot": logging.INFO, "telegram.ext.ExtBot": logging.INFO}
ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
COMMANDS = {
    "en": [
        ("start", "Main menu"),
        ("help", "How to ask"),
        ("language", "Hindi / English"),
        ("schemes", "All MSME schemes and portals"),
        ("centre", "Find your nearest MSME centre"),
    ],
    "hi": [
        ("start", "मुख्य मेनू"),
        ("help", "कैसे पूछें"),
        ("language", "भाषा: हिंदी / English"),
        ("schemes", "सभी MSME योजनाएँ और पोर्टल"),
        ("centre", "नज़दीकी MSME केंद्र खोजें"),
    ],
}


def build_application(
    settings: Settings, services: Services, deliver_elsewhere: DeliverElsewhere | None = None
) -> Application:
    """The bot with every handler; `deliver_elsewhere` sends staff answers to citizens (by default
    `bot.delivery`, through this bot for Telegram users)."""
    require(settings, "telegram_token")
    for name, level in QUIET_LOGGERS.items():
        logging.getLogger(name).setLevel(level)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token)
        .concurrent_updates(True)
        .post_init(register_commands)
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url.rstrip("/")
        builder = builder.base_url(f"{base}/bot").base_file_url(f"{base}/file/bot")
    application = builder.build()
    channel = _Channel(
        services, deliver_elsewhere or elsewhere(settings, services, telegram_bot=application.bot)
    )
    application.add_handlers(
        [
            CommandHandler(
                [name for name, _ in COMMANDS["en"]], channel.on_command, filters=filters.UpdateType.MESSAGE
            ),
            MessageHandler(filters.UpdateType.MESSAGE, channel.on_message),
            CallbackQueryHandler(channel.on_button),
        ]
    )
    application.add_error_handler(_log_error)
    return application


def run_polling(settings: Settings, services: Services) -> None:
    """Long polling until Ctrl-C; a missing TELEGRAM_BOT_TOKEN raises SettingsError first."""
    application = build_application(settings, services)
    application.run_polling(allowed_updates=ALLOWED_UPDATES)


def telegram_webhook_route(application: Application, secret: str) -> Route:
    """`POST /telegram` for the shared ASGI app; the application must be started (`start_webhook`)."""

    if not secret:
        raise SettingsError("TELEGRAM_WEBHOOK_SECRET is not set")

    async def endpoint(request: Request) -> Response:
        if not hmac.compare_digest(request.headers.get(SECRET_HEADER, "").encode(), secret.encode()):
            return Response(status_code=403)
        try:
            update = Update.de_json(await request.json(), application.bot)
        except (ValueError, TypeError, KeyError, AttributeError):
            return Response(status_code=400)
        await application.process_update(update)
        return Response(status_code=200)

    return Route(WEBHOOK_PATH, endpoint, methods=["POST"])


async def start_webhook(application: Application, settings: Settings) -> None:
    """Call from the server's lifespan startup: Bot API session, commands, and the webhook address."""
    require(settings, "public_base_url", "telegram_webhook_secret")
    await application.initialize()
    await register_commands(application)
    await application.start()
    await application.bot.set_webhook(
        url=f"{settings.public_base_url}{WEBHOOK_PATH}",
        secret_token=settings.telegram_webhook_secret,
        allowed_updates=ALLOWED_UPDATES,
    )


async def stop_webhook(application: Application) -> None:
    """Call from the lifespan shutdown. The webhook stays set, so updates wait for the next start."""
    await application.stop()
    await application.shutdown()


async def register_commands(application: Application) -> None:
    """The command menu in English (the default) and Hindi (users whose app is in Hindi)."""
    for lang, commands in COMMANDS.items():
        await application.bot.set_my_commands(
            [BotCommand(name, text) for name, text in commands], language_code=None if lang == "en" else lang
        )


class _Channel:
    """The handlers, bound to the services they answer from."""

    def __init__(self, services: Services, deliver_elsewhere: DeliverElsewhere):
        self.services = services
        self.deliver_elsewhere = deliver_elsewhere

    async def on_command(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """One of our commands; CommandHandler already ignored `/start@SomeOtherBot`."""
        await self._answer(update, context, addressed=True)

    async def on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await self._answer(update, context, addressed=False)

    async def on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A button press is the user replying with that option; the spinner stops first, whatever happens."""
        query = update.callback_query
        try:
            await query.answer()
        except TelegramError as exc:  # e.g. a query older than Telegram keeps them
            log.info("callback %s not answered: %s", query.id, type(exc).__name__)
        message = from_button(query)
        if message is not None:
            await self._reply(context, query.message.chat.id, message)

    async def _answer(self, update: Update, context: ContextTypes.DEFAULT_TYPE, addressed: bool) -> None:
        message = incoming(update.message, context.bot.id, context.bot.username, addressed)
        if (
            message is not None
            and is_kb_file(update.message)
            and await asyncio.to_thread(may_run, self.services, message, "import")
        ):
            # The core says who may import (nobody else's file is downloaded); the adapter only turns the
            # file into `/import <yaml>`.
            try:
                document = await update.message.document.get_file()
                content = (await document.download_as_bytearray()).decode("utf-8", errors="replace")
                # (a file forwarded to the bot is the admin's own /import: the command is the adapter's)
                message = replace(message, text=f"/import\n{content}", media=None, forwarded=False)
            except TelegramError:
                log.warning("document download failed: user=%s", log_id(message.sender))
        if message is not None:
            await self._reply(context, update.message.chat_id, message)

    async def _reply(
        self, context: ContextTypes.DEFAULT_TYPE, chat_id: int, message: IncomingMessage
    ) -> None:
        replies = await asyncio.to_thread(respond, message, self.services)
        try:
            for reply in (r for r in replies if not r.recipient):
                await deliver(context.bot, chat_id, reply, self.deliver_elsewhere)
        finally:  # a staff answer goes to the citizen whatever became of the staff member's own message
            for reply in (r for r in replies if r.recipient):
                await deliver(context.bot, chat_id, reply, self.deliver_elsewhere)


async def _log_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log who and what kind of update failed, never what they wrote; the bot carries on."""
    kind, user = "unknown", None
    if isinstance(update, Update):
        kind = next((k for k in Update.ALL_TYPES if getattr(update, k, None) is not None), kind)
        user = update.effective_user.id if update.effective_user else None
    log.error("telegram update failed: user=%s update=%s", user, kind, exc_info=context.error)
