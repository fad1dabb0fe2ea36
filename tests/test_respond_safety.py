"""Bad input never becomes a traceback, a frozen bot or a lost reply."""

import time

import pytest

from bot import respond as respond_module
from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, sender="console:safety", **fields):
    return respond(IncomingMessage(platform="console", sender=sender, text=text, **fields), services)


@pytest.mark.parametrize(
    "text", ["²", "①", "9" * 5000, "@near nan,nan", "@near inf,0", "@near 1,2,3", "@scheme"]
)
def test_odd_input_gets_a_polite_reply(services, text):
    [reply] = say(services, text)
    assert reply.text and reply.intent != "error"


def test_far_away_point_is_refused_quickly(services):
    start = time.perf_counter()
    [reply] = say(services, "@near 20000,20000")
    assert time.perf_counter() - start < 1.0 and reply.intent == "fallback"


def test_shared_location_outside_the_earth_is_not_searched(services):
    [reply] = say(services, "", location=(95.0, 200.0))
    assert reply.centres == ()


def test_an_unexpected_error_still_gets_a_reply_and_logs_no_text(services, monkeypatch, caplog):
    def boom(turn):
        raise RuntimeError("secret message text")

    monkeypatch.setattr(respond_module, "_dispatch", boom)
    [reply] = say(services, "mera number 9812345678 hai")
    assert reply.intent == "error" and "1." in reply.text
    assert "गड़बड़" in reply.text and "जानकारी में" not in reply.text  # said so, no "I don't know"
    assert "9812345678" not in caplog.text and "secret message text" not in caplog.text
    assert "RuntimeError" in caplog.text


@pytest.mark.parametrize(("text", "locale"), [("kitne tak ka loan milega", "hi"), ("pmegp", "en")])
def test_the_apology_for_an_error_is_in_the_language_the_user_wrote(services, monkeypatch, text, locale):
    monkeypatch.setattr(respond_module, "_dispatch", lambda turn: 1 / 0)
    [reply] = say(services, text)
    assert reply.intent == "error" and reply.locale == locale


def test_the_bot_keeps_answering_after_an_error(services, monkeypatch):
    monkeypatch.setattr(respond_module, "_dispatch", lambda turn: 1 / 0)
    say(services, "PMEGP")
    monkeypatch.undo()
    [reply] = say(services, "PMEGP")
    assert reply.topic == "pmegp"


def test_helpline_after_a_scheme_without_its_own_line_lists_each_number_once(services):
    say(services, "What is TReDS?", sender="console:h")
    [reply] = say(services, "helpline number", sender="console:h")
    assert reply.text.count("1800-180-6763") == 1
