"""Shared fixtures: a fresh SQLite knowledge base per test (production migrations), and a fake Twilio
REST API on 127.0.0.1 driven by Twilio's own async client."""

import asyncio

import pytest
from aiohttp import web
from fake_twilio_api import LoopbackTwilioHttpClient
from seeded_kb import fresh_services

from bot.services import Services


@pytest.fixture
def services(tmp_path) -> Services:
    return fresh_services(tmp_path / "knowledge.db")


@pytest.fixture
async def fake_twilio():
    api = {"status": 201, "calls": [], "delay": 0.0}

    async def create_message(request: web.Request) -> web.Response:
        await asyncio.sleep(api["delay"])  # a slow Twilio API
        form = await request.post()
        auth = request.headers.get("Authorization", "")
        api["calls"].append({"account": request.match_info["account"], "auth": auth, **form})
        if api["status"] == 201:
            return web.json_response({"sid": f"SM{len(api['calls']):032d}", "status": "queued"}, status=201)
        if api["status"] == 400:
            error = {"code": 63016, "message": "Outside the allowed window", "more_info": "", "status": 400}
            return web.json_response(error, status=400)
        return web.Response(text="upstream exploded", status=api["status"])

    app = web.Application()
    app.router.add_post("/2010-04-01/Accounts/{account}/Messages.json", create_message)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    transport = LoopbackTwilioHttpClient(f"http://{host}:{port}")
    yield api, transport
    await transport.close()
    await runner.cleanup()
