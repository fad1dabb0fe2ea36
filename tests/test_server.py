"""The one web app: its routes, its start-up checks, and a real uvicorn server on 127.0.0.1."""

import json
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

import httpx
import pytest
import uvicorn
from fake_bot_api import FakeBotApi
from starlette.routing import Route
from twilio.request_validator import RequestValidator

from bot.server import create_app, serve, telegram_configured
from bot.settings import SettingsError, from_env

TOKEN = "test-auth-token-0123456789abcdef"
BASE = "https://sahayak.example.org"
ENV = {"TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": BASE}
TELEGRAM_TOKEN = "123:fake-token"
TELEGRAM_SECRET = "webhook-secret_42"
TELEGRAM_ENV = {**ENV, "TELEGRAM_BOT_TOKEN": TELEGRAM_TOKEN, "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET}
DATA = Path(__file__).parent / "data"


def paths(app) -> set[str]:
    return {r.path for r in app.routes if isinstance(r, Route)}


async def test_server_healthz_reports_the_knowledge_base_version(services):
    transport = httpx.ASGITransport(app=create_app(from_env(ENV), services))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "kb_version": services.current().knowledge.version}


@pytest.mark.parametrize("missing", ["TWILIO_AUTH_TOKEN", "PUBLIC_BASE_URL"])
def test_server_refuses_to_start_without_twilio_settings(services, missing):
    env = {k: v for k, v in ENV.items() if k != missing}
    with pytest.raises(SettingsError, match=missing):
        create_app(from_env(env), services)
    with pytest.raises(SettingsError, match=missing):
        serve(from_env(env), services, port=0)


def test_server_without_telegram_settings_has_no_telegram_route(services):
    assert not telegram_configured(from_env({**TELEGRAM_ENV, "TELEGRAM_WEBHOOK_SECRET": ""}))
    assert paths(create_app(from_env(ENV), services)) == {
        "/healthz",
        "/whatsapp",
        "/whatsapp/files/{token}/{name}",
    }


def test_server_with_telegram_settings_adds_the_telegram_route(services):
    assert telegram_configured(from_env(TELEGRAM_ENV))
    assert "/telegram" in paths(create_app(from_env(TELEGRAM_ENV), services))


class Uvicorn:
    """The app under a real uvicorn server on a free loopback port, in a thread."""

    def __init__(self, app):
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline and self.thread.is_alive(), "uvicorn did not start"
            time.sleep(0.01)
        host, port = self.server.servers[0].sockets[0].getsockname()[:2]
        return f"http://{host}:{port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        assert not self.thread.is_alive()


def test_server_over_loopback_answers_signed_whatsapp_and_rejects_forged(services):
    fields = json.loads((DATA / "whatsapp" / "text_hi.json").read_text(encoding="utf-8"))
    good = RequestValidator(TOKEN).compute_signature(f"{BASE}/whatsapp", fields)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    with Uvicorn(create_app(from_env(ENV), services)) as url, httpx.Client(base_url=url) as client:
        assert client.get("/healthz").json()["kb_version"] == services.current().knowledge.version
        forged = client.post(
            "/whatsapp", content=urlencode(fields), headers={**form, "X-Twilio-Signature": good[::-1]}
        )
        answer = client.post(
            "/whatsapp", content=urlencode(fields), headers={**form, "X-Twilio-Signature": good}
        )
    assert forged.status_code == 403
    assert answer.status_code == 200 and "<Response><Message>" in answer.text and "उद्यम" in answer.text


def test_server_over_loopback_runs_the_telegram_webhook_in_its_lifespan(services):
    update = json.loads((DATA / "telegram" / "start.json").read_text(encoding="utf-8"))
    secret = {"X-Telegram-Bot-Api-Secret-Token": TELEGRAM_SECRET}
    with FakeBotApi(TELEGRAM_TOKEN) as api:
        settings = from_env({**TELEGRAM_ENV, "TELEGRAM_API_BASE_URL": api.base_url})
        with Uvicorn(create_app(settings, services)) as url, httpx.Client(base_url=url) as client:
            [hook] = api.called("setWebhook")
            forged = client.post("/telegram", json=update)
            answered = client.post("/telegram", json=update, headers=secret)
            whatsapp_still_signed = client.post("/whatsapp", data={"Body": "hi"})
        sent = api.called("sendMessage")
    assert hook.params["url"] == f"{BASE}/telegram" and hook.params["secret_token"] == TELEGRAM_SECRET
    assert (
        forged.status_code == 403 and answered.status_code == 200 and whatsapp_still_signed.status_code == 403
    )
    assert len(sent) == 1 and "Namaste" in sent[0].params["text"]
