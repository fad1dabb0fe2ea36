"""Staff answers reach citizens on their own channel: a ticket opened on WhatsApp, answered from Telegram.

The real seams only: the WhatsApp ASGI app with Twilio-signed requests, the real
python-telegram-bot against the fake Bot API on 127.0.0.1, and the real Twilio REST client
against a fake Twilio API on 127.0.0.1.
"""

import asyncio
import time
from datetime import timedelta
from urllib.parse import urlencode

import httpx
import pytest
from admin_chat import CITIZEN, STAFF, say, staffed_services, text
from fake_bot_api import FakeBotApi
from telegram import Bot
from twilio.request_validator import RequestValidator

from bot import tickets
from bot.delivery import deliver, elsewhere
from bot.messages import Reply
from bot.server import create_app
from bot.settings import Settings
from bot.telegram_bot import ALLOWED_UPDATES, build_application
from bot.whatsapp_outbound import OUTSIDE_WINDOW, WINDOW_SECONDS

TG_TOKEN = "1234567:fake-token-for-tests"
TWILIO_TOKEN = "test-auth-token-0123456789abcdef"
BASE = "https://sahayak.example.org"
SID = "AC" + "0" * 32
FROM = "whatsapp:+14155238886"


@pytest.fixture
def api():
    with FakeBotApi(TG_TOKEN) as api:
        yield api


@pytest.fixture
def settings(api) -> Settings:
    return Settings(
        telegram_token=TG_TOKEN,
        telegram_api_base_url=api.base_url,
        public_base_url=BASE,
        twilio_auth_token=TWILIO_TOKEN,
        twilio_account_sid=SID,
        twilio_whatsapp_from=FROM,
    )


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


async def whatsapp_says(app, body: str, sid: str) -> str:
    fields = {
        "MessageSid": sid,
        "From": CITIZEN,
        "To": FROM,
        "Body": body,
        "NumMedia": "0",
        "WaId": "919812345678",
    }
    signature = RequestValidator(TWILIO_TOKEN).compute_signature(f"{BASE}/whatsapp", fields)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Twilio-Signature": signature}
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://10.0.0.5:8000") as client:
        response = await client.post("/whatsapp", content=urlencode(fields), headers=headers)
    assert response.status_code == 200
    return response.text


def telegram_update(user_id: int, text: str, update_id: int) -> dict:
    person = {"id": user_id, "is_bot": False, "first_name": "Staff"}
    chat = {"id": user_id, "first_name": "Staff", "type": "private"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "from": person,
            "chat": chat,
            "date": int(time.time()),
            "text": text,
        },
    }


async def test_delivery_ticket_opened_on_whatsapp_is_answered_from_telegram(
    api, settings, services, fake_twilio
):
    twilio, transport = fake_twilio
    app = create_app(settings, services)
    await whatsapp_says(app, "mera bijli bill kaise bharun", "SM" + "1" * 32)
    twiml = await whatsapp_says(app, "insaan se baat", "SM" + "2" * 32)
    assert "#1" in twiml
    assert tickets.open_for(services.db, CITIZEN).platform == "whatsapp"

    application = build_application(
        settings, services, deliver_elsewhere=elsewhere(settings, services, http_client=transport)
    )
    await application.initialize()
    await application.start()
    await application.updater.start_polling(timeout=timedelta(seconds=1), allowed_updates=ALLOWED_UPDATES)
    try:
        api.push_update(
            telegram_update(int(STAFF.split(":")[1]), "/reply 1 Apne DISCOM ke portal par bill bharein.", 1)
        )
        confirm, report = await api.wait_for("sendMessage", 2)
        for _ in range(100):
            if twilio["calls"]:
                break
            await asyncio.sleep(0.05)
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
    assert "sending the answer to #1" in confirm.params["text"] and confirm.params["chat_id"] == "55"
    assert "✓ delivered to #1" in report.params["text"] and report.params["chat_id"] == "55"
    [sent] = twilio["calls"]
    assert sent["To"] == CITIZEN and sent["From"] == FROM
    assert "Apne DISCOM ke portal par bill bharein." in sent["Body"] and "#1" in sent["Body"]
    ticket = tickets.open_for(services.db, CITIZEN)
    assert ticket.delivery_error is None and ticket.answered_at is not None


def staff_answer(services, body: str = "Apne DISCOM se baat karein") -> Reply:
    say(services, CITIZEN, "mera bijli bill kaise bharun")
    say(services, CITIZEN, "agent")
    [_, to_citizen] = say(services, STAFF, f"/reply 1 {body}")
    return to_citizen


async def test_delivery_outside_the_24_hour_window_is_not_sent_and_queue_says_so(
    settings, services, fake_twilio
):
    twilio, transport = fake_twilio
    reply = staff_answer(services)
    later = tickets.open_for(services.db, CITIZEN).last_inbound_at + WINDOW_SECONDS + 60
    result = await deliver(reply, settings, services, http_client=transport, now=later)
    assert not result.delivered and result.error == OUTSIDE_WINDOW and twilio["calls"] == []
    assert f"delivery failed: {OUTSIDE_WINDOW}" in text(services, STAFF, "/queue")


async def test_delivery_twilio_error_is_noted_on_the_ticket(settings, services, fake_twilio):
    twilio, transport = fake_twilio
    twilio["status"] = 400
    result = await deliver(staff_answer(services), settings, services, http_client=transport)
    assert not result.delivered and "twilio 400" in result.error
    assert "delivery failed: twilio 400" in text(services, STAFF, "/queue")


async def test_delivery_a_later_citizen_message_reopens_the_window(settings, services, fake_twilio):
    twilio, transport = fake_twilio
    reply = staff_answer(services)
    far = time.time() + 2 * WINDOW_SECONDS
    say(services, CITIZEN, "kya koi jawab aaya?", now=far - 60)
    result = await deliver(reply, settings, services, http_client=transport, now=far)
    assert result.delivered and len(twilio["calls"]) == 1


async def test_delivery_to_a_telegram_citizen_uses_the_bot(api, settings, services):
    citizen = "telegram:4242"
    say(services, citizen, "mera bijli bill kaise bharun")
    say(services, citizen, "agent")
    [_, to_citizen] = say(services, STAFF, "/reply 1 Namaste, yeh raha jawab")
    bot = Bot(TG_TOKEN, base_url=f"{api.base_url}/bot")
    async with bot:
        result = await deliver(to_citizen, settings, services, telegram_bot=bot)
    assert result.delivered
    [sent] = api.called("sendMessage")
    assert sent.params["chat_id"] == "4242" and "Namaste, yeh raha jawab" in sent.params["text"]


async def test_delivery_without_a_telegram_bot_or_to_an_unknown_platform_is_noted(settings, services):
    result = await deliver(Reply(text="x", recipient="telegram:1"), settings, services)
    assert not result.delivered and "not configured" in result.error
    result = await deliver(Reply(text="x", recipient="sms:+911234"), settings, services)
    assert not result.delivered and "sms" in result.error


async def test_delivery_to_a_telegram_citizen_who_blocked_the_bot_is_reported_to_the_staff_member(
    api, settings, services
):
    """Telegram to Telegram goes the same way as to WhatsApp: the failure is said and kept on the ticket."""
    from bot.telegram_send import deliver as telegram_deliver

    citizen = "telegram:4242"
    say(services, citizen, "mera bijli bill kaise bharun")
    say(services, citizen, "agent")
    [_, to_citizen] = say(services, STAFF, "/reply 1 Namaste, yeh raha jawab")
    api.fail_next("sendMessage", status=403)  # "Forbidden: bot was blocked by the user"
    bot = Bot(TG_TOKEN, base_url=f"{api.base_url}/bot")
    async with bot:
        await telegram_deliver(bot, 55, to_citizen, elsewhere(settings, services, telegram_bot=bot))
    told = [c.params for c in api.called("sendMessage") if c.params["chat_id"] == "55"]
    assert len(told) == 1 and "NOT delivered to #1" in told[0]["text"]
    ticket = tickets.get(services.db, 1)
    assert ticket.delivery_error and ticket.answered_at is None
    assert "NOT delivered" in text(services, STAFF, "/close 1")
