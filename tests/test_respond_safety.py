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


@pytest.mark.parametrize("text", ["@schemes ²", "@schemes ³ documents"])
def test_a_superscript_page_number_is_no_crash(services, text):
    [reply] = say(services, text)
    assert reply.intent == "scheme_list"


def test_one_endless_word_costs_no_more_than_its_length(services):
    """A pasted run of letters is no typo of ours: looking for one would cost its length squared while
    every other user waits (the time itself is for benchmarks/; here, that no search is made)."""
    matcher = services.current().matcher
    assert matcher.topics.similar("pmegpx" * 2000) == {}
    assert matcher.topics.similar("pmgep") != {}  # a real typo still is one
    for text in ("q" * 30000, "क" * 30000):
        [reply] = say(services, text, sender=f"console:{len(text)}")
        assert reply.intent in ("fallback", "unclear")


def test_scrub_keeps_a_bounded_start_of_a_huge_message():
    from bot.activity import QUESTION_LIMIT, scrub

    assert scrub("a" * 100_000) == "a" * QUESTION_LIMIT
    assert "xxxx" in scrub("write to me at ravi.kumar@example.com " + "b" * 10_000)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("আমি ঋণ চাই, কোন প্রকল্প আছে?", "bengali"),
        ("கடன் வேண்டும்", "tamil"),
        ("我想要贷款", "chinese"),
        ("Здравствуйте, нужен кредит", "cyrillic"),
    ],
)
def test_a_message_in_another_script_is_told_which_languages_the_bot_reads(services, text, kind):
    [reply] = say(services, text, sender=f"console:{kind}")
    assert "only Hindi and English" in reply.text and "सिर्फ हिंदी और अंग्रेज़ी" in reply.text


def test_a_photo_with_a_caption_answers_the_caption_and_says_the_photo_was_not_opened(services):
    [reply] = say(services, "is this the right document for udyam?", media="photo")
    assert reply.topic == "udyam" and "cannot open photos" in reply.text


def test_the_bot_addressed_by_name_answers_the_question(services):
    [reply] = say(services, "@Sahayak pmegp kya hai")
    assert reply.intent == "scheme_info" and reply.topic == "pmegp"


def test_folded_hands_first_is_a_namaste_and_after_an_answer_a_thank_you(services):
    [first] = say(services, "🙏", sender="console:namaste")
    assert first.intent == "greeting"
    say(services, "pmegp", sender="console:namaste")
    [after] = say(services, "🙏", sender="console:namaste")
    assert after.intent == "thanks"


@pytest.mark.parametrize("point", [(51.5074, -0.1278), (0.0, 0.0)])
def test_a_location_far_outside_india_asks_for_the_city_instead_of_a_far_centre(services, point):
    [reply] = say(services, "", sender="console:abroad", location=point)
    assert "outside India" in reply.text and "km" not in reply.text


def test_a_lone_surrogate_is_stored_and_answered(services):
    """A broken emoji from a client (a lone surrogate) quoted in the reply could not be stored for retries."""
    [reply] = say(services, "@fraud udyam x\ud800y", message_id="SM-surrogate")
    assert reply.intent == "fraud" and "x?y" in reply.text
