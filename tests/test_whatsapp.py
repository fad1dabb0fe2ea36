"""The WhatsApp channel: Twilio-signed form posts through the real ASGI app, TwiML back.

Requests are signed exactly as Twilio signs them (RequestValidator.compute_signature over the public
URL and every field, blank ones included) and sent in-process with httpx.ASGITransport to an
internal-looking host, as behind a proxy. Outbound sends use the real Twilio REST client against a
fake Twilio API on 127.0.0.1.
"""

import asyncio
import json
import logging
from pathlib import Path
from urllib.parse import urlencode
from xml.etree import ElementTree

import httpx
import pytest
from fake_twilio_api import LoopbackTwilioHttpClient
from seeded_kb import fresh_services
from starlette.applications import Starlette
from starlette.routing import Route
from twilio.request_validator import RequestValidator

from bot import delivery, replay, tickets, whatsapp
from bot.messages import Reply
from bot.server import create_app
from bot.settings import from_env
from bot.whatsapp import MESSAGE_LIMIT, to_message, to_twiml
from bot.whatsapp_outbound import OUTSIDE_WINDOW, WINDOW_SECONDS, send_whatsapp

TOKEN = "test-auth-token-0123456789abcdef"
BASE = "https://sahayak.example.org"
URL = f"{BASE}/whatsapp"
PHONE = "9812345678"
DATA = Path(__file__).parent / "data" / "whatsapp"
ENV = {"TWILIO_AUTH_TOKEN": TOKEN, "PUBLIC_BASE_URL": BASE}


def payload(name: str, **changes: str) -> dict[str, str]:
    return {**json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")), **changes}


def sign(fields: dict[str, str], url: str = URL, token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, fields)


@pytest.fixture
def app(services):
    return create_app(from_env(ENV), services)


async def post(
    app, fields: dict[str, str], signature: str | None = "sign", body: str | None = None, path="/whatsapp"
):
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signature is not None:
        headers["X-Twilio-Signature"] = sign(fields) if signature == "sign" else signature
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://10.0.0.5:8000") as client:
        return await client.post(
            path, content=body if body is not None else urlencode(fields), headers=headers
        )


def messages(response: httpx.Response) -> list[str]:
    assert response.status_code == 200 and response.headers["content-type"].startswith("application/xml")
    root = ElementTree.fromstring(response.text)
    assert root.tag == "Response"
    return [m.text or "" for m in root.findall("Message")]


def recorded(services, fields: dict[str, str]) -> list[Reply]:
    """What the core stored for this MessageSid (how a test sees intents and centre ids)."""
    stored = replay.recall(services.db, to_message(fields))
    assert stored is not None
    return stored


async def test_whatsapp_english_text_gets_the_udyam_answer(app, services):
    texts = messages(await post(app, payload("text_en")))
    assert len(texts) == 1 and "Udyam Registration" in texts[0] and "udyamregistration.gov.in" in texts[0]
    assert recorded(services, payload("text_en"))[0].topic == "udyam"


async def test_whatsapp_hindi_text_gets_a_hindi_answer(app, services):
    texts = messages(await post(app, payload("text_hi")))
    assert "उद्यम रजिस्ट्रेशन" in texts[0]
    assert recorded(services, payload("text_hi"))[0].locale == "hi"


async def test_whatsapp_options_are_numbered_text_and_a_number_picks_one(app, services):
    first = messages(await post(app, payload("voice")))[0]
    assert "\n1. " in first and "\n2. " in first
    pick = payload("text_en", Body="1", MessageSid="SM" + "9" * 32, SmsMessageSid="SM" + "9" * 32)
    messages(await post(app, pick))
    assert recorded(services, pick)[0].intent == "scheme_list"


async def test_whatsapp_location_lists_the_nearest_centres(app, services):
    texts = messages(await post(app, payload("location")))
    assert "1. " in texts[0]
    reply = recorded(services, payload("location"))[0]
    assert reply.intent == "centre_find"
    assert reply.centres and reply.centres[0]["id"] == "tc-greater-noida"


@pytest.mark.parametrize(("name", "kind"), [("voice", "voice"), ("image", "photo")])
async def test_whatsapp_media_without_text_is_declined_not_downloaded(app, services, name, kind):
    assert to_message(payload(name)).media == kind
    texts = messages(await post(app, payload(name)))  # blank Body is signed too: it must be kept
    assert texts and recorded(services, payload(name))[0].intent == "unsupported"


async def test_whatsapp_button_payload_is_the_users_choice(app, services):
    assert to_message(payload("button")).text == "@scheme pmegp"
    assert to_message(payload("button", ButtonPayload="")).text == "PMEGP"
    messages(await post(app, payload("button")))
    assert recorded(services, payload("button"))[0].topic == "pmegp"


async def test_whatsapp_retry_with_same_message_sid_gets_same_twiml_and_one_session_change(app, services):
    fields = payload("text_en")
    first = await post(app, fields)
    session_after_first = services.db.execute("SELECT data FROM sessions").fetchall()
    changes = services.db.conn.total_changes
    second = await post(app, fields)
    assert second.text == first.text and messages(second)
    assert services.db.conn.total_changes == changes
    assert services.db.execute("SELECT data FROM sessions").fetchall() == session_after_first
    assert services.db.execute("SELECT count(*) FROM processed").fetchone()[0] == 1


async def test_whatsapp_5000_character_body_is_answered_within_the_message_limit(app):
    words = " ".join(["udyam", "पंजीकरण", "loan", "कैसे", "x" * 40] * 200)[:5000]
    texts = messages(await post(app, payload("text_en", Body=words)))
    assert texts and all(0 < len(t) <= MESSAGE_LIMIT for t in texts)


def test_whatsapp_long_reply_is_split_into_messages_within_the_limit():
    text = "\n".join(f"{i}. " + "सूक्ष्म उद्यम " * 12 for i in range(40))
    root = ElementTree.fromstring(to_twiml([Reply(text=text)]))
    pieces = [m.text for m in root.findall("Message")]
    assert len(pieces) > 1 and all(len(p) <= MESSAGE_LIMIT for p in pieces)
    assert " ".join(pieces).split() == text.split()


async def test_whatsapp_signed_for_the_configured_query_string_is_accepted(app):
    fields = payload("text_en")
    response = await post(app, fields, signature=sign(fields, f"{URL}?v=1"), path="/whatsapp?v=1")
    assert messages(response)


@pytest.mark.parametrize(
    "forgery",
    ["missing", "forged", "other_url", "internal_url", "wrong_token", "tampered", "blank_dropped"],
)
async def test_whatsapp_unsigned_or_forged_requests_get_403(app, services, forgery, caplog):
    fields = payload("location")
    body, signature = urlencode(fields), sign(fields)
    if forgery == "missing":
        signature = None
    elif forgery == "forged":
        signature = "bm90IGEgcmVhbCBzaWduYXR1cmUgYXQgYWxsIQ=="
    elif forgery == "other_url":
        signature = sign(fields, "https://evil.example.org/whatsapp")
    elif forgery == "internal_url":  # what this process sees behind the proxy is not what Twilio signed
        signature = sign(fields, "http://10.0.0.5:8000/whatsapp")
    elif forgery == "wrong_token":
        signature = sign(fields, token="another-account-token")
    elif forgery == "tampered":
        body = urlencode({**fields, "Latitude": "19.07"})
    elif forgery == "blank_dropped":  # signed without the blank Label/Body: Twilio signs blanks too
        signature = sign({k: v for k, v in fields.items() if v})
    with caplog.at_level(logging.WARNING, logger="bot.whatsapp"):
        response = await post(app, fields, signature=signature, body=body)
    assert response.status_code == 403
    assert services.db.execute("SELECT count(*) FROM processed").fetchone()[0] == 0
    assert "403" in caplog.text and PHONE not in caplog.text and "Connaught" not in caplog.text


async def test_whatsapp_status_callback_gets_empty_twiml_and_no_turn(app, services):
    assert messages(await post(app, payload("status_delivered"))) == []
    assert services.db.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0


async def test_whatsapp_logs_carry_ids_and_intents_not_text_or_numbers(app, caplog):
    with caplog.at_level(logging.INFO):
        await post(app, payload("text_hi"))
    assert "SM2222" in caplog.text and "scheme_info" in caplog.text and "…5678" in caplog.text
    assert PHONE not in caplog.text and "पंजीकरण" not in caplog.text


# Outbound: the real Twilio async REST client against a fake Twilio API on 127.0.0.1.

SID = "ACtest" + "0" * 28  # not a real SID (checks look for AC + 32 hex digits)
OUT_ENV = {**ENV, "TWILIO_ACCOUNT_SID": SID, "TWILIO_WHATSAPP_FROM": "whatsapp:+14155238886"}
NOW = 1_800_000_000.0


async def test_send_whatsapp_within_the_window_is_sent(fake_twilio):
    api, transport = fake_twilio
    result = await send_whatsapp(
        from_env(OUT_ENV), "whatsapp:+91" + PHONE, "आपका जवाब", NOW - 3600, NOW, http_client=transport
    )
    assert result.sent and result.error is None and result.sids == ("SM" + "1".zfill(32),)
    call = api["calls"][0]
    assert (
        call["account"] == SID
        and call["auth"].startswith("Basic ")
        and call["To"] == "whatsapp:+91" + PHONE
        and call["Body"] == "आपका जवाब"
    )
    assert call["From"] == "whatsapp:+14155238886"


async def test_send_whatsapp_long_text_goes_as_several_messages(fake_twilio):
    api, transport = fake_twilio
    text = "\n".join("उद्यम पंजीकरण " * 10 for _ in range(30))
    result = await send_whatsapp(from_env(OUT_ENV), "+91" + PHONE, text, NOW, NOW, http_client=transport)
    assert result.sent and len(result.sids) == len(api["calls"]) > 1
    assert all(len(c["Body"]) <= MESSAGE_LIMIT and c["To"].startswith("whatsapp:") for c in api["calls"])


async def test_send_whatsapp_outside_the_24_hour_window_is_not_sent(fake_twilio):
    api, transport = fake_twilio
    last = NOW - WINDOW_SECONDS - 1
    result = await send_whatsapp(
        from_env(OUT_ENV), "whatsapp:+91" + PHONE, "hi", last, NOW, http_client=transport
    )
    assert not result.sent and result.error == OUTSIDE_WINDOW and api["calls"] == []


@pytest.mark.parametrize("status", [400, 500])
async def test_send_whatsapp_twilio_error_comes_back_in_the_result(fake_twilio, status, caplog):
    api, transport = fake_twilio
    api["status"] = status
    with caplog.at_level(logging.WARNING):
        result = await send_whatsapp(
            from_env(OUT_ENV), "whatsapp:+91" + PHONE, "hi", NOW, NOW, http_client=transport
        )
    assert not result.sent and result.status == status and result.error.startswith(f"twilio {status}")
    assert PHONE not in caplog.text


async def test_send_whatsapp_unreachable_api_comes_back_in_the_result(unused_tcp_port):
    transport = LoopbackTwilioHttpClient(f"http://127.0.0.1:{unused_tcp_port}")
    try:
        result = await send_whatsapp(
            from_env(OUT_ENV), "whatsapp:+91" + PHONE, "hi", NOW, NOW, http_client=transport
        )
    finally:
        await transport.close()
    assert not result.sent and result.error.startswith("network:")


async def test_send_whatsapp_without_account_settings_says_which_is_missing():
    result = await send_whatsapp(from_env(ENV), "whatsapp:+91" + PHONE, "hi", NOW, NOW)
    assert not result.sent and "TWILIO_ACCOUNT_SID" in result.error


async def test_whatsapp_staff_answer_goes_to_the_citizen_not_into_the_staff_twiml(tmp_path, fake_twilio):
    api, transport = fake_twilio
    staff = "whatsapp:+919800000099"
    services = fresh_services(tmp_path / "k.db", staff=frozenset({staff}))
    settings = from_env(OUT_ENV)

    route = Route(
        "/whatsapp",
        whatsapp.webhook(settings, services, delivery.elsewhere(settings, services, http_client=transport)),
        methods=["POST"],
    )
    app = Starlette(routes=[route])
    messages(await post(app, payload("text_en", Body="talk to a person")))
    answer = payload(
        "text_en", From=staff, Body="/reply 1 Certificate 2 din mein aayega", MessageSid="SM" + "8" * 32
    )
    texts = messages(await post(app, answer))
    assert len(texts) == 2 and "Certificate" not in "".join(texts)
    assert "sending the answer to #1" in texts[0] and "✓ delivered to #1" in texts[1]
    [sent] = api["calls"]
    assert sent["To"] == "whatsapp:+91" + PHONE and "Certificate 2 din mein aayega" in sent["Body"]


def staff_app(tmp_path, transport):
    staff = "whatsapp:+919800000099"
    services = fresh_services(tmp_path / "k.db", staff=frozenset({staff}))
    settings = from_env(OUT_ENV)
    to_others = delivery.elsewhere(settings, services, http_client=transport)
    app = Starlette(
        routes=[Route("/whatsapp", whatsapp.webhook(settings, services, to_others), methods=["POST"])]
    )
    return app, services, staff


async def answered(app, staff: str, body: str = "/reply 1 Namaste") -> tuple[dict[str, str], list[str]]:
    """A citizen asks for a person, then the staff member answers request #1: that message, and what
    the staff member is told back."""
    messages(await post(app, payload("text_en", Body="talk to a person")))
    answer = payload("text_en", From=staff, Body=body, MessageSid="SM" + "8" * 32)
    return answer, messages(await post(app, answer))


async def test_whatsapp_staff_answer_that_fails_is_reported_and_the_request_stays_unanswered(
    tmp_path, fake_twilio
):
    """A failed send is said in the staff member's own reply, the citizen's later words still reach the
    staff, and /close says the answer never arrived."""
    api, transport = fake_twilio
    api["status"] = 500
    app, services, staff = staff_app(tmp_path, transport)
    _, texts = await answered(app, staff, "/reply 1 Certificate 2 din mein aayega")
    assert "NOT delivered to #1" in texts[-1] and "twilio 500" in texts[-1] and "/reply 1" in texts[-1]
    ticket = tickets.get(services.db, 1)
    assert ticket.answered_at is None and ticket.delivery_error.startswith("twilio 500")
    waiting = messages(await post(app, payload("text_en", Body="jaldi karo", MessageSid="SM" + "9" * 32)))
    assert "#1" in waiting[0]  # "Noted: added to your request #1"
    closing = payload("text_en", From=staff, Body="/close 1", MessageSid="SM" + "7" * 32)
    assert "NOT delivered" in messages(await post(app, closing))[0]


async def test_whatsapp_staff_answer_outside_the_24_hours_is_refused_at_once(tmp_path, fake_twilio):
    api, transport = fake_twilio
    app, services, staff = staff_app(tmp_path, transport)
    messages(await post(app, payload("text_en", Body="talk to a person")))
    services.db.execute("UPDATE tickets SET last_inbound_at = last_inbound_at - ?", [WINDOW_SECONDS + 60])
    answer = payload("text_en", From=staff, Body="/reply 1 Namaste", MessageSid="SM" + "8" * 32)
    texts = messages(await post(app, answer))
    assert "NOT delivered to #1" in texts[-1] and "24 hours" in texts[-1] and api["calls"] == []


async def test_whatsapp_a_retried_staff_reply_repeats_the_outcome_and_sends_nothing_again(
    tmp_path, fake_twilio
):
    api, transport = fake_twilio
    api["status"] = 500
    app, _, staff = staff_app(tmp_path, transport)
    answer, first = await answered(app, staff)
    retry = messages(await post(app, answer))  # Twilio lost our first TwiML and tries again
    assert "NOT delivered to #1" in first[-1] and "NOT delivered to #1" in retry[-1]
    assert len(api["calls"]) == 1


async def test_whatsapp_a_slow_send_is_reported_as_still_sending_and_noted_when_done(
    tmp_path, fake_twilio, monkeypatch
):
    """Twilio drops a webhook's TwiML after 15 s: the staff member hears within the budget, the send goes on."""
    api, transport = fake_twilio
    api["delay"] = 0.6
    monkeypatch.setattr(whatsapp, "DELIVERY_BUDGET_SECONDS", 0.1)
    app, services, staff = staff_app(tmp_path, transport)
    _, texts = await answered(app, staff)
    assert "still sending" in texts[-1]
    assert "answer still sending" in "".join(
        messages(await post(app, payload("text_en", From=staff, Body="/queue", MessageSid="SM" + "6" * 32)))
    )
    for _ in range(50):
        if tickets.get(services.db, 1).delivery_error is None:
            break
        await asyncio.sleep(0.05)
    assert tickets.get(services.db, 1).delivery_error is None and len(api["calls"]) == 1


async def test_whatsapp_a_send_cut_off_by_the_timeout_may_have_arrived_and_is_not_said_to_have_failed(
    tmp_path, fake_twilio, monkeypatch
):
    """Twilio may accept a message after we stop waiting: "send again" could give the citizen two copies."""
    from bot import whatsapp_outbound

    api, transport = fake_twilio
    api["delay"] = 0.5
    monkeypatch.setattr(whatsapp_outbound, "TIMEOUT_SECONDS", 0.1)
    app, services, staff = staff_app(tmp_path, transport)
    _, texts = await answered(app, staff)
    assert "may have arrived" in texts[-1] and "Ask the citizen" in texts[-1] and "try again" not in texts[-1]
    await whatsapp.finish_sending()
    assert tickets.get(services.db, 1).delivery_error == tickets.MAYBE_SENT


def test_whatsapp_a_character_xml_cannot_carry_is_left_out_of_the_twiml():
    """A control character an admin pasted into a record (or a citizen echoed) made the whole TwiML invalid."""
    root = ElementTree.fromstring(to_twiml([Reply(text="Udyam\x08 is free\x01 ✓ हिंदी")]))
    assert [m.text for m in root.findall("Message")] == ["Udyam is free ✓ हिंदी"]


async def test_whatsapp_an_unsigned_callers_message_sid_cannot_forge_log_lines(app, caplog):
    fields = payload("text_en", MessageSid="SM1\nERROR forged line +919812345678")
    with caplog.at_level(logging.WARNING, logger="bot.whatsapp"):
        response = await post(app, fields, signature=None)
    assert response.status_code == 403
    assert "forged" not in caplog.text and "sid=malformed" in caplog.text


async def test_whatsapp_admin_naming_a_server_path_is_told_to_send_the_file(tmp_path):
    """A chat never reads the server's files: the admin is told how to send theirs (as a document with the
    caption /import, which the webhook fetches: tests/test_whatsapp_files.py)."""
    admin = "whatsapp:+919800000001"
    services = fresh_services(tmp_path / "k.db", admins=frozenset({admin}))
    app = create_app(from_env(ENV), services)
    fields = payload("text_en", From=admin, Body="/import /srv/sahayak/exports/sahayak-kb.yaml")
    reply = "\n".join(messages(await post(app, fields)))
    assert "send the YAML file as a document with the caption /import" in reply
