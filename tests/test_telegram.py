"""The Telegram channel end to end: real python-telegram-bot, a fake Bot API on 127.0.0.1.

Updates are captured-style JSON from tests/data/telegram, served through the real polling loop
(`updater.start_polling` against the fake `getUpdates`) or posted to the webhook route in-process.
"""

import copy
import itertools
import json
import logging
import time
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fake_bot_api import BOT_USER, FakeBotApi
from seeded_kb import fresh_services
from starlette.applications import Starlette
from telegram import Bot
from telegram.ext import Application

from bot.delivery import DeliveryResult, undeliverable
from bot.messages import Option, Reply
from bot.services import Services
from bot.settings import Settings, SettingsError
from bot.telegram_bot import (
    ALLOWED_UPDATES,
    build_application,
    run_polling,
    start_webhook,
    stop_webhook,
    telegram_webhook_route,
)
from bot.telegram_send import deliver

TOKEN = "1234567:fake-token-for-tests"
SECRET = "webhook-secret_42"
DATA = Path(__file__).parent / "data" / "telegram"
_update_ids = itertools.count(1)


def load(name: str, **message: object) -> dict:
    """A captured update with a fresh update_id; keyword arguments replace fields of its message."""
    update = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    update["update_id"] = next(_update_ids)
    body = next(v for k, v in update.items() if k != "update_id")
    body.update(copy.deepcopy(message))
    return update


def buttons(call) -> list[tuple[str, str]]:
    return [
        (b["text"], b["callback_data"]) for row in call.params["reply_markup"]["inline_keyboard"] for b in row
    ]


@pytest.fixture
def services(tmp_path) -> Services:
    return fresh_services(tmp_path / "k.db", staff=frozenset({"telegram:42"}))


@pytest.fixture
def api() -> Iterator[FakeBotApi]:
    with FakeBotApi(TOKEN) as api:
        yield api


@pytest.fixture
def settings(api) -> Settings:
    return Settings(
        telegram_token=TOKEN,
        telegram_api_base_url=api.base_url,
        telegram_webhook_secret=SECRET,
        public_base_url="https://sahayak.example.in",
    )


@pytest.fixture
async def polling(settings, services) -> AsyncIterator[Application]:
    """The application as `run_polling` runs it, minus the signal handling."""
    application = build_application(settings, services)
    await application.initialize()
    await application.post_init(application)
    await application.start()
    await application.updater.start_polling(timeout=timedelta(seconds=1), allowed_updates=ALLOWED_UPDATES)
    yield application
    await application.updater.stop()
    await application.stop()
    await application.shutdown()


async def say(api: FakeBotApi, update: dict, replies: int = 1) -> list:
    """Push one update and wait for the bot's next `replies` messages."""
    before = len(api.called("sendMessage"))
    api.push_update(update)
    return (await api.wait_for("sendMessage", before + replies))[before:]


async def test_start_shows_greeting_menu_as_buttons(api, polling):
    [sent] = await say(api, load("start"))
    assert sent.params["chat_id"] == "1001"
    assert "Namaste" in sent.params["text"] and "1. Schemes and portals" in sent.params["text"]
    assert buttons(sent)[1] == ("2. Find an MSME centre", "@centre")
    assert "parse_mode" not in sent.params


async def test_startup_registers_commands_in_english_and_hindi(api, polling):
    sets = await api.wait_for("setMyCommands", 2)
    by_lang = {c.params.get("language_code"): [cmd["command"] for cmd in c.params["commands"]] for c in sets}
    assert by_lang == {
        None: ["start", "help", "language", "schemes", "centre"],
        "hi": ["start", "help", "language", "schemes", "centre"],
    }
    hindi = next(c for c in sets if c.params.get("language_code") == "hi")
    assert "योजनाएँ" in json.dumps(hindi.params["commands"], ensure_ascii=False)


async def test_hindi_question_gets_hindi_scheme_answer_with_keyboard(api, polling):
    [sent] = await say(api, load("text_hi"))
    assert "उद्यम रजिस्ट्रेशन" in sent.params["text"]
    assert len(buttons(sent)) >= 3 and buttons(sent)[0][1] == "@scheme udyam benefits"


async def test_english_question_gets_scheme_answer_with_keyboard(api, polling):
    [sent] = await say(api, load("text_en"))
    assert "Udyam Registration" in sent.params["text"]
    assert ("3. Documents", "@scheme udyam documents") in buttons(sent)


async def test_forward_from_staff_with_hidden_sender_adds_staff_line(api, polling):
    [sent] = await say(api, load("forwarded_hidden_user"))
    assert "Udyam Registration" in sent.params["text"]
    assert "[staff] confidence" in sent.params["text"]


async def test_forward_from_non_staff_has_no_staff_line(api, polling):
    citizen = {"id": 43, "is_bot": False, "first_name": "Mohan", "language_code": "en"}
    [sent] = await say(
        api, load("forwarded_hidden_user", **{"from": citizen, "chat": {"id": 43, "type": "private"}})
    )
    assert "Udyam Registration" in sent.params["text"]
    assert "[staff]" not in sent.params["text"]


async def test_button_press_is_answered_and_picks_the_option_by_number(api, polling):
    await say(api, load("start"))
    [sent] = await say(api, load("callback_query"))
    [answered] = await api.wait_for("answerCallbackQuery")
    assert answered.params["callback_query_id"] == "4382bfdwdsb323b2d9"
    assert sent.params["chat_id"] == "1001"
    assert "Which city or district are you in?" in sent.params["text"]


async def test_button_with_payload_does_what_its_number_does(api, polling):
    [menu] = await say(api, load("start"))
    [by_number] = await say(api, load("callback_query"))
    [by_payload] = await say(api, load("callback_query", id="q2", data=buttons(menu)[1][1]))
    assert by_payload.params["text"] == by_number.params["text"]
    assert len(await api.wait_for("answerCallbackQuery", 2)) == 2


async def test_shared_location_gets_nearest_centres(api, polling):
    [sent] = await say(api, load("location"))
    assert "nearest" in sent.params["text"] and "Pune" in sent.params["text"]


async def test_voice_note_gets_polite_reply_in_users_language(api, polling):
    [sent] = await say(api, load("voice"))
    assert sent.params["chat_id"] == "1005"
    assert "वॉइस नोट" in sent.params["text"] and buttons(sent)


async def test_edited_message_and_channel_post_are_ignored_without_crashing(api, polling, caplog):
    api.push_update(load("edited_message"))
    api.push_update(load("channel_post"))
    [sent] = await say(api, load("start"))
    assert sent.params["chat_id"] == "1001"
    assert len(api.called("sendMessage")) == 1
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_group_answers_mentions_only(api, polling):
    api.push_update(load("group_chatter"))
    [sent] = await say(api, load("group_mention"))
    assert sent.params["chat_id"] == "-1009876543210"
    assert "Udyam Registration" in sent.params["text"]
    assert len(api.called("sendMessage")) == 1


GROUP = {"id": -1009876543210, "title": "Pune Udyog Mitra", "type": "supergroup"}


def command(text: str) -> dict:
    return {
        "chat": GROUP,
        "text": text,
        "entities": [{"offset": 0, "length": len(text), "type": "bot_command"}],
    }


async def test_group_answers_its_commands_not_other_bots(api, polling):
    api.push_update(load("start", **command("/start@OtherBot")))
    [sent] = await say(api, load("start", **command("/help@SahayakTestBot")))
    assert sent.params["chat_id"] == "-1009876543210"
    assert "You can write in Hindi" in sent.params["text"]
    assert len(api.called("sendMessage")) == 1


async def test_group_answers_replies_to_the_bot(api, polling):
    bots_message = {
        "message_id": 9,
        "chat": GROUP,
        "date": 1764288661,
        "text": "Udyam Registration…",
        "from": BOT_USER,
    }
    [sent] = await say(api, load("group_chatter", text="PMEGP documents", reply_to_message=bots_message))
    assert "PMEGP" in sent.params["text"]


async def test_retry_after_on_first_send_still_delivers(api, polling):
    api.fail_next("sendMessage", retry_after=1)
    started = time.monotonic()
    sends = await say(api, load("start"), replies=2)
    assert time.monotonic() - started >= 1.0
    assert sends[0].params["text"] == sends[1].params["text"]
    assert "Namaste" in sends[1].params["text"]


async def test_one_users_failure_is_logged_without_text_and_bot_carries_on(api, polling, caplog):
    api.fail_next("sendMessage", status=403)  # Forbidden: the user blocked the bot
    await say(api, load("text_en"))
    [sent] = await say(api, load("start"))
    assert sent.params["chat_id"] == "1001"
    [error] = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "user=1003" in error.getMessage() and "update=message" in error.getMessage()
    assert "Udyam" not in error.getMessage()


async def test_token_never_logged(api, services, settings, caplog):
    caplog.set_level(logging.DEBUG)
    application = build_application(settings, services)
    await application.initialize()
    await application.start()
    await application.updater.start_polling(timeout=timedelta(seconds=1))
    api.fail_next("sendMessage", status=502)
    await say(api, load("start"), replies=2)
    await application.updater.stop()
    await application.stop()
    await application.shutdown()
    assert "Polling updates from Telegram started" in caplog.text  # DEBUG logs did cover the traffic
    assert "telegram call failed (NetworkError)" in caplog.text
    assert TOKEN not in caplog.text and TOKEN.split(":")[1] not in caplog.text


def test_missing_token_raises_settings_error(services):
    with pytest.raises(SettingsError, match=r"^TELEGRAM_BOT_TOKEN is not set$"):
        run_polling(Settings(), services)
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        build_application(Settings(), services)


async def test_webhook_route_refuses_to_exist_without_a_secret(settings, services):
    with pytest.raises(SettingsError, match="TELEGRAM_WEBHOOK_SECRET"):
        telegram_webhook_route(build_application(settings, services), "")


async def test_webhook_route_rejects_missing_or_wrong_secret_and_answers_with_it(api, settings, services):
    application = build_application(settings, services)
    await start_webhook(application, settings)
    [hook] = api.called("setWebhook")
    assert hook.params["url"] == "https://sahayak.example.in/telegram"
    assert hook.params["secret_token"] == SECRET
    assert len(api.called("setMyCommands")) == 2
    app = Starlette(routes=[telegram_webhook_route(application, SECRET)])
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
        no_header = await client.post("/telegram", json=load("start"))
        wrong = await client.post(
            "/telegram", json=load("start"), headers={"X-Telegram-Bot-Api-Secret-Token": "nope"}
        )
        garbage = await client.post(
            "/telegram", content=b"not json", headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        assert (no_header.status_code, wrong.status_code, garbage.status_code) == (403, 403, 400)
        assert api.called("sendMessage") == []
        ok = await client.post(
            "/telegram", json=load("text_en"), headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
    await stop_webhook(application)
    assert ok.status_code == 200
    [sent] = api.called("sendMessage")
    assert "Udyam Registration" in sent.params["text"] and buttons(sent)


@pytest.fixture
async def bot(api) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=f"{api.base_url}/bot") as bot:
        yield bot


async def test_long_reply_is_split_under_telegram_limit_with_buttons_on_last_piece(api, bot):
    text = "\n".join(f"Line {i}: " + "udyam " * 40 for i in range(25))
    assert len(text) > 5000
    await deliver(
        bot,
        1001,
        Reply(text=text, options=(Option("Documents", "@scheme udyam documents"),)),
        undeliverable,
    )
    first, second = api.called("sendMessage")
    assert all(len(c.params["text"]) <= 4096 for c in (first, second))
    assert "reply_markup" not in first.params and buttons(second) == [
        ("1. Documents", "@scheme udyam documents")
    ]


async def test_long_payload_falls_back_to_option_number(api, bot):
    payload = "@near 18.520400,73.856700 tool_room " + "Pimpri Chinchwad Industrial Area"
    await deliver(bot, 1001, Reply(text="Centres", options=(Option("More", payload),)), undeliverable)
    assert buttons(api.called("sendMessage")[0]) == [("1. More", "1")]


async def test_network_error_is_retried(api, bot):
    api.fail_next("sendMessage", status=502)
    await deliver(bot, 1001, Reply(text="hello"), undeliverable)
    assert [c.params["text"] for c in api.called("sendMessage")] == ["hello", "hello"]


async def test_staff_answer_is_handed_over_and_the_staff_member_told_it_arrived(api, bot):
    handed: list[Reply] = []

    async def elsewhere(reply: Reply) -> DeliveryResult:
        handed.append(reply)
        return DeliveryResult(True)

    reply = Reply(text="Aapka jawab", recipient="whatsapp:+919812345678", ticket=7)
    await deliver(bot, 42, reply, elsewhere)
    [told] = api.called("sendMessage")
    assert handed == [reply] and told.params["chat_id"] == "42" and "delivered to #7" in told.params["text"]
    assert "Aapka jawab" not in told.params["text"]


async def test_staff_answer_that_did_not_arrive_is_reported_to_the_staff_member(api, bot):
    reply = Reply(text="Your Udyam query is solved", recipient="telegram:1003", ticket=3)
    await deliver(bot, 42, reply, undeliverable)
    [told] = api.called("sendMessage")
    assert told.params["chat_id"] == "42" and "NOT delivered to #3" in told.params["text"]


async def test_attachments_go_as_photo_or_document(api, bot):
    png = {"filename": "chart.png", "content": b"\x89PNG\r\n\x1a\nfake", "mime": "image/png"}
    csv = {"filename": "tickets.csv", "content": b"id,topic\n1,udyam\n", "mime": "text/csv"}
    await deliver(bot, 42, Reply(text="Weekly chart", attachment=png), undeliverable)
    await deliver(bot, 42, Reply(text="", attachment=csv), undeliverable)
    assert [c.params["text"] for c in api.called("sendMessage")] == ["Weekly chart"]
    [photo] = api.called("sendPhoto")
    [document] = api.called("sendDocument")
    assert photo.files["photo"] == png["content"] and document.files["document"] == csv["content"]


# A file a colleague sent, forwarded by the admin, is the admin's own /import (a forwarded text is not).
FORWARDED = {
    "type": "user",
    "sender_user": {"id": 2002, "is_bot": False, "first_name": "Ravi"},
    "date": 1764280000,
}


@pytest.mark.parametrize("origin", [{}, {"forward_origin": FORWARDED}])
async def test_yaml_document_from_an_admin_starts_an_import(api, settings, tmp_path, origin):
    from bot.seed import dump_yaml, export

    services = fresh_services(tmp_path / "admin.db", admins=frozenset({"telegram:1009"}))
    edited = export(services.db)
    edited["schemes"][0]["short"]["en"] = "Changed by the import test."
    api.downloads["BQACAgUAAxkBAAIBkb"] = dump_yaml(edited).encode()
    application = build_application(settings, services)
    async with application:
        await application.start()
        await application.updater.start_polling(timeout=timedelta(seconds=1), allowed_updates=ALLOWED_UPDATES)
        [sent] = await say(api, load("document_yaml", **origin))
        await application.updater.stop()
        await application.stop()
    assert "/confirm" in sent.params["text"] and "udyam" in sent.params["text"]
    assert api.called("getFile")


async def test_yaml_document_from_an_outsider_changes_nothing(api, polling, services):
    api.downloads["BQACAgUAAxkBAAIBkb"] = b"schemes: []\n"
    before = services.current().knowledge.revision
    [sent] = await say(api, load("document_yaml"))
    assert "/confirm" not in sent.params["text"]
    assert services.current().knowledge.revision == before
    assert not api.called("getFile")  # an outsider's file is never downloaded


async def test_a_forwarded_staff_command_is_answered_not_run(api, polling, services):
    """A scammer's "/reply 1 Pay Rs 999…", forwarded by a staff member to see the bot's confidence, must not
    reach citizen #1 as the helpline's answer."""
    from admin_chat import say as say_core

    say_core(services, "telegram:77", "agent")  # request #1
    [sent] = await say(api, load("forwarded_hidden_user", text="/reply 1 Pay Rs 999 to scam@upi now"))
    assert sent.params["chat_id"] == "42" and "[staff] confidence" in sent.params["text"]
    assert services.db.execute("SELECT answered_at FROM tickets WHERE id = 1").fetchone()[0] is None
    assert not any(c.params["chat_id"] == "77" for c in api.called("sendMessage"))
