"""Knowledge-base files over WhatsApp: an admin's /import document fetched from Twilio, /export sent as media.

The real ASGI app gets requests signed as Twilio signs them; Twilio's media store is a fake on 127.0.0.1
that checks basic auth and can redirect (to another origin, as Twilio's storage is), 404, be slow, send
too much or the wrong type. The knowledge base is a real SQLite file.
"""

import asyncio
import base64
import itertools
import logging
from xml.etree import ElementTree

import httpx
import pytest
import yaml
from aiohttp import web
from seeded_kb import fresh_services
from test_whatsapp import BASE, TOKEN, messages, payload, post

from bot import kb_import, seed, whatsapp_files, whatsapp_media
from bot.server import create_app
from bot.settings import from_env

SID = "AC" + "1" * 32
ENV = {"TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": BASE, "TWILIO_ACCOUNT_SID": SID}
ADMIN = "whatsapp:+919800000001"
CITIZEN = "whatsapp:+919812345678"
MEDIA_PATH = f"/2010-04-01/Accounts/{SID}/Messages/MM{'2' * 32}/Media/ME{'3' * 32}"
STORAGE_SECRET = "X-Amz-Signature=s3cr3tsignature"
_sids = itertools.count(1)


@pytest.fixture
def services(tmp_path):
    return fresh_services(tmp_path / "knowledge.db", admins=frozenset({ADMIN}))


@pytest.fixture
def app(services):
    return create_app(from_env(ENV), services)


@pytest.fixture
async def twilio_media():
    """Twilio's media store on two loopback ports: the API (basic auth) and its storage (the redirect's)."""
    store = {"mode": "ok", "type": "application/octet-stream", "body": b"", "calls": [], "storage_auth": []}
    expected = "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode()

    async def media(request: web.Request) -> web.StreamResponse:
        store["calls"].append(request.path)
        if request.headers.get("Authorization") != expected:
            return web.Response(status=401, text="unauthorized")
        mode = store["mode"]
        if mode == "404":
            return web.json_response({"code": 20404, "message": "not found"}, status=404)
        if mode == "slow":
            await asyncio.sleep(2)
        if mode == "redirect":
            raise web.HTTPTemporaryRedirect(f"{store['storage']}/storage/kb.yaml?{STORAGE_SECRET}")
        if mode == "big":  # no length declared: the cap must hold while reading
            response = web.StreamResponse(headers={"Content-Type": store["type"]})
            await response.prepare(request)
            for _ in range(3):
                await response.write(b"#" * (kb_import.IMPORT_LIMIT_BYTES // 2))
            return response
        return web.Response(body=store["body"], headers={"Content-Type": store["type"]})

    async def storage(request: web.Request) -> web.Response:
        store["storage_auth"].append(request.headers.get("Authorization"))
        return web.Response(body=store["body"], headers={"Content-Type": "text/yaml"})

    server = web.Application()
    server.router.add_get(MEDIA_PATH, media)
    server.router.add_get("/storage/kb.yaml", storage)
    runner = web.AppRunner(server)
    await runner.setup()
    api, other = web.TCPSite(runner, "127.0.0.1", 0), web.TCPSite(runner, "127.0.0.1", 0)
    await api.start()
    await other.start()
    (api_host, api_port), (_, other_port) = (a[:2] for a in runner.addresses)
    store["url"] = f"http://{api_host}:{api_port}{MEDIA_PATH}"
    store["storage"] = f"http://localhost:{other_port}"  # (another origin, as Twilio's storage is)
    yield store
    await runner.cleanup()


def a_changed_kb(services) -> bytes:
    data = seed.export(services.db)
    data["schemes"][0]["url"] = "https://udyamregistration.gov.in/v2"
    return seed.dump_yaml(data).encode("utf-8")


def document(store: dict, sender: str = ADMIN, body: str = "/import", kind: str = "text/yaml") -> dict:
    """A WhatsApp document with a caption, as Twilio posts it."""
    sid = f"SM{next(_sids):032d}"
    return payload(
        "text_en",
        From=sender,
        Body=body,
        NumMedia="1",
        MediaUrl0=store["url"],
        MediaContentType0=kind,
        MessageType="document",
        MessageSid=sid,
        SmsMessageSid=sid,
        SmsSid=sid,
    )


async def chat(app, sender: str, body: str) -> str:
    sid = f"SM{next(_sids):032d}"
    fields = payload("text_en", From=sender, Body=body, MessageSid=sid, SmsMessageSid=sid, SmsSid=sid)
    return "\n".join(messages(await post(app, fields)))


async def test_whatsapp_admin_imports_a_document_confirms_and_undoes_it(app, services, twilio_media):
    twilio_media["body"] = a_changed_kb(services)
    reply = "\n".join(messages(await post(app, document(twilio_media))))
    assert "The file is valid" in reply and "schemes: +0, -0, ~1 (udyam: url)" in reply
    assert "cannot open" not in reply and twilio_media["calls"] == [MEDIA_PATH]
    assert "Imported" in await chat(app, ADMIN, "/confirm")
    assert services.current().knowledge.schemes["udyam"]["url"].endswith("/v2")
    assert "/import" in await chat(app, ADMIN, "/history udyam")
    assert "undone" in await chat(app, ADMIN, "/undo")
    assert not services.current().knowledge.schemes["udyam"]["url"].endswith("/v2")


async def test_whatsapp_import_follows_twilios_redirect_without_taking_the_credentials_along(
    app, services, twilio_media, caplog
):
    twilio_media["mode"], twilio_media["body"] = "redirect", a_changed_kb(services)
    with caplog.at_level(logging.DEBUG):
        reply = "\n".join(messages(await post(app, document(twilio_media))))
    assert "The file is valid" in reply
    assert twilio_media["storage_auth"] == [None]
    ours = "\n".join(
        r.getMessage() for r in caplog.records if not r.name.startswith("aiohttp")
    )  # (not the fake's)
    assert TOKEN not in ours and STORAGE_SECRET not in ours and MEDIA_PATH not in ours
    assert "whatsapp /import file fetched" in ours


@pytest.mark.parametrize(
    ("mode", "kind", "served_as", "said"),
    [
        ("404", "text/yaml", "text/yaml", "no longer there"),
        ("big", "application/octet-stream", "application/octet-stream", "over 2 MB"),
        ("ok", "text/yaml", "image/jpeg", "not a YAML or text file"),
        ("slow", "text/yaml", "text/yaml", "took too long"),
    ],
)
async def test_whatsapp_import_file_that_cannot_be_fetched_is_said_and_changes_nothing(
    app, services, twilio_media, monkeypatch, mode, kind, served_as, said
):
    monkeypatch.setattr(whatsapp_media, "FETCH_SECONDS", 0.3)
    twilio_media.update(mode=mode, type=served_as, body=a_changed_kb(services))
    before = seed.export(services.db)
    reply = "\n".join(messages(await post(app, document(twilio_media, kind=kind))))
    assert reply.startswith("not imported, nothing was changed") and said in reply
    assert "nothing to confirm" in await chat(app, ADMIN, "/confirm")
    assert seed.export(services.db) == before


async def test_whatsapp_photo_sent_with_import_is_refused_without_fetching_it(app, twilio_media):
    reply = "\n".join(messages(await post(app, document(twilio_media, kind="image/jpeg"))))
    assert "not a YAML or text file" in reply and twilio_media["calls"] == []


@pytest.mark.parametrize(
    ("sender", "body"),
    [
        (CITIZEN, "/import"),  # not an admin
        (CITIZEN, ""),
        (ADMIN, "is this the right form?"),  # an admin's file not sent for /import
        (ADMIN, ""),
    ],
)
async def test_whatsapp_files_not_sent_by_an_admin_for_import_are_never_fetched(
    app, services, twilio_media, sender, body
):
    twilio_media["body"] = a_changed_kb(services)
    reply = "\n".join(messages(await post(app, document(twilio_media, sender=sender, body=body))))
    assert twilio_media["calls"] == []
    assert "cannot open" in reply or "can only read text" in reply
    assert "The file is valid" not in reply


async def test_whatsapp_import_without_the_account_sid_says_the_server_cannot_fetch(services, twilio_media):
    app = create_app(from_env({k: v for k, v in ENV.items() if k != "TWILIO_ACCOUNT_SID"}), services)
    reply = "\n".join(messages(await post(app, document(twilio_media))))
    assert "TWILIO_ACCOUNT_SID is not set" in reply and twilio_media["calls"] == []


def media_urls(response: httpx.Response) -> list[str]:
    messages(response)
    return [m.text for m in ElementTree.fromstring(response.text).iter("Media")]


async def fetch(app, url: str, method: str = "GET") -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://10.0.0.5:8000") as client:
        return await client.request(method, url.removeprefix(BASE))


async def test_whatsapp_export_is_sent_as_media_from_a_link_that_expires_after_a_few_fetches(app, services):
    sid = f"SM{next(_sids):032d}"
    response = await post(app, payload("text_en", From=ADMIN, Body="/export", MessageSid=sid))
    assert "Knowledge base exported" in messages(response)[0]
    [url] = media_urls(response)
    assert url.startswith(f"{BASE}{whatsapp_files.FILES_PATH}/") and url.endswith(".yaml")
    assert (await fetch(app, url, "HEAD")).status_code == 200  # (Twilio checks the type first)
    got = await fetch(app, url)
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/plain")
    assert "filename=" in got.headers["content-disposition"]
    assert yaml.safe_load(got.content) == seed.export(services.db)
    for _ in range(whatsapp_files.MAX_FETCHES - 1):
        assert (await fetch(app, url)).status_code == 200
    assert (await fetch(app, url)).status_code == 404


async def test_whatsapp_export_link_expires_and_other_links_find_nothing(services):
    clock = [1000.0]
    files = whatsapp_files.OutgoingFiles(BASE, clock=lambda: clock[0])
    app = web_app(files)
    url = files.publish({"filename": "kb.yaml", "content": b"version: 1\n", "mime": "application/x-yaml"})
    token = url.split("/")[-2]
    assert (await fetch(app, url.replace("kb.yaml", "knowledge.db"))).status_code == 404
    assert (await fetch(app, url.replace(token, token[:-1] + "x"))).status_code == 404
    assert (await fetch(app, f"{whatsapp_files.FILES_PATH}/../../knowledge.db")).status_code == 404
    clock[0] += whatsapp_files.LIFETIME_SECONDS + 1
    assert (await fetch(app, url)).status_code == 404


def web_app(files: whatsapp_files.OutgoingFiles):
    from starlette.applications import Starlette

    return Starlette(routes=[files.route()])


async def test_whatsapp_export_by_a_citizen_attaches_nothing(app):
    sid = f"SM{next(_sids):032d}"
    response = await post(app, payload("text_en", From=CITIZEN, Body="/export", MessageSid=sid))
    assert media_urls(response) == [] and "Knowledge base exported" not in messages(response)[0]
