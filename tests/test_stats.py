"""/stats and /unanswered from the message log; the log keeps no user ids and no phone numbers."""

import pytest
from admin_chat import ADMIN, CITIZEN, STAFF, kb_state, say, staffed_services, text

from bot import stats


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def chat(services):
    say(services, CITIZEN, "udyam registration kaise kare")
    say(services, "telegram:300", "PMEGP documents")
    say(services, "telegram:301", "mera tota kyu nahi bolta")
    say(services, "telegram:302", "mera tota kyu nahi bolta")
    say(services, "console:local", "quantum flux capacitor")


def test_stats_counts_per_channel_language_topic_and_fallback_rate(services):
    chat(services)
    reply = text(services, ADMIN, "/stats")
    assert "5 message(s)" in reply
    assert "per channel: telegram: 3, console: 1, whatsapp: 1" in reply
    assert "fallback rate: 60.0% (3 of 5)" in reply
    assert "udyam: 1" in reply and "pmegp: 1" in reply


def test_stats_leaves_out_admin_and_staff_commands(services):
    say(services, ADMIN, "/history")
    say(services, STAFF, "/queue")
    assert "0 message(s)" in text(services, ADMIN, "/stats")


def test_stats_on_telegram_carries_a_png_chart(services):
    chat(services)
    [reply] = say(services, ADMIN, "/stats 30")
    assert reply.attachment["mime"] == "image/png" and reply.attachment["content"].startswith(b"\x89PNG")


def test_stats_elsewhere_is_text_only(services):
    chat(services)
    [reply] = say(services, "console:admin2", "/stats")
    assert reply.attachment is None


def test_stats_without_matplotlib_is_text_only(services, monkeypatch):
    chat(services)
    monkeypatch.setattr(stats, "chart_png", lambda data: None)
    [reply] = say(services, ADMIN, "/stats")
    assert reply.attachment is None and "message(s)" in reply.text


@pytest.mark.parametrize("command", ["/stats 0", "/stats lots", "/unanswered -1", "/unanswered 9999"])
def test_stats_bad_arguments(services, command):
    before = kb_state(services)
    assert "usage" in text(services, ADMIN, command)
    assert kb_state(services) == before


def test_unanswered_lists_frequent_fallbacks_with_a_ready_alias_line(services):
    chat(services)
    reply = text(services, ADMIN, "/unanswered")
    lines = reply.splitlines()
    assert lines[1] == "2× mera tota kyu nahi bolta"
    assert lines[2].strip().startswith("/alias ") and lines[2].endswith(" tota kyu nahi bolta")
    assert "udyam registration" not in reply


def test_unanswered_question_leaves_the_list_once_it_is_an_alias(services):
    chat(services)
    say(services, ADMIN, "/alias udyam mera tota kyu nahi bolta")
    assert "tota" not in text(services, ADMIN, "/unanswered")


def test_unanswered_question_leaves_the_list_once_its_suggested_alias_is_sent(services):
    chat(services)
    line = text(services, ADMIN, "/unanswered").splitlines()[2].strip()
    assert "alias added" in text(services, ADMIN, line.replace("/alias ID ", "/alias udyam "))
    assert "tota" not in text(services, ADMIN, "/unanswered")


@pytest.mark.parametrize(
    ("question", "alias", "personal"),
    [
        (
            "mera naam Ramesh Kumar Yadav hai, mob 98123 45678, gaon Bhikhanpur, machine ke liye paisa chahiye",
            "machine paisa",
            ["ramesh", "kumar", "yadav", "mob", "bhikhanpur", "#"],
        ),
        ("My name is Anil Sharma and my tractor tyre burst", "tractor tyre burst", ["anil", "sharma"]),
        (
            "मेरा नाम सुनीता देवी है, गांव रामपुर, फोन 98123 45678, मेरा तोता नहीं बोलता",
            "तोता नहीं बोलता",
            ["सुनीता", "रामपुर", "फोन"],
        ),
    ],
)
def test_unanswered_suggests_a_short_key_phrase_without_personal_details(services, question, alias, personal):
    """A citizen's whole sentence, name and all, was offered as '/alias … mera naam ramesh kumar …'."""
    say(services, CITIZEN, question)
    suggestion = text(services, ADMIN, "/unanswered").splitlines()[2]
    assert suggestion.strip().startswith("/alias ") and suggestion.endswith(f" {alias}")
    assert not any(word in suggestion.casefold() for word in personal)


def test_unanswered_suggests_no_alias_for_only_personal_details(services):
    say(services, CITIZEN, "mera naam suresh yadav hai gaon bhikampur se")  # ("my name is …" is greeted now)
    reply = text(services, ADMIN, "/unanswered")
    assert "no alias to suggest" in reply and "/alias" not in reply


def test_message_log_keeps_no_user_ids_or_phone_numbers(services):
    say(services, CITIZEN, "mera tota 98123 45678 kyu nahi bolta")
    say(services, CITIZEN, "udyam registration kaise kare")
    rows = services.db.execute("SELECT * FROM activity").fetchall()
    dump = str(rows)
    assert "9812345678" not in dump and "98123" not in dump and "whatsapp:+91" not in dump
    questions = services.db.execute("SELECT question FROM activity ORDER BY id").fetchall()
    assert [q for (q,) in questions] == ["mera tota # kyu nahi bolta", None]  # only fallbacks keep text


PERSONAL = "mera naam Ramesh Kumar Yadav hai, gaon Bhikhanpur, beti ki shaadi ke liye paise chahiye"


def test_a_citizens_forget_takes_their_words_out_of_unanswered(services):
    """Told 'your conversation record is deleted', the citizen's name and village once stayed in /unanswered,
    beside a suggested '/alias samadhaan mera naam ramesh …'."""
    say(services, CITIZEN, PERSONAL)
    say(services, "telegram:301", "mera tota kyu nahi bolta")
    assert "beti ki shaadi" in text(services, ADMIN, "/unanswered")
    say(services, CITIZEN, "/forget")
    reply = text(services, ADMIN, "/unanswered")
    assert "beti ki shaadi" not in reply and "1× mera tota kyu nahi bolta" in reply


def test_an_admins_forget_of_a_citizen_takes_their_words_out_of_unanswered_and_says_so(services):
    say(services, CITIZEN, PERSONAL)
    say(services, CITIZEN, PERSONAL)
    assert "2 unanswered question(s)" in text(services, ADMIN, f"/forget {CITIZEN}")
    assert "ramesh" not in text(services, ADMIN, "/unanswered")
    assert services.db.execute("SELECT count(*) FROM activity WHERE fallback = 1").fetchone()[0] == 2


def test_unanswered_offers_no_alias_for_a_scheme_we_do_not_cover_and_alias_refuses_one(services):
    """Pointing "mudra loan kaise milega" at PMEGP would answer Mudra questions with PMEGP."""
    for user in ("telegram:310", "telegram:311"):
        say(services, user, "mudra loan kaise milega")
    reply = text(services, ADMIN, "/unanswered")
    assert (
        "2× mudra loan kaise milega" in reply
        and "/alias" not in reply
        and "not in the knowledge base" in reply
    )
    before = kb_state(services)
    assert "not changed" in text(services, ADMIN, "/alias pmegp mudra loan kaise milega")
    assert kb_state(services) == before
    [reply] = say(services, "telegram:312", "mudra loan kaise milega")
    assert reply.intent == "fallback" and reply.topic is None


@pytest.mark.parametrize(
    ("question", "shown", "told"),
    [
        (
            "mera naam Suresh Yadav hai gaon Bhikampur se, bijli bill subsidy yojana ka form kahan milega",
            "mera naam … hai gaon … se, bijli bill subsidy yojana ka form kahan milega",
            ["suresh", "yadav", "bhikampur"],
        ),
        (
            "मेरा नाम कमला देवी है, गाँव सिसवा से, बिजली बिल योजना का फॉर्म कहाँ मिलेगा",
            "मेरा नाम … है, गाँव … से, बिजली बिल योजना का फॉर्म कहाँ मिलेगा",
            ["कमला", "देवी", "सिसवा"],
        ),
        (
            "My name is Anil Sharma and my tractor tyre burst",
            "my name is … and my tractor tyre burst",
            ["anil"],
        ),
    ],
)
def test_unanswered_shows_a_told_name_or_village_masked(services, question, shown, told):
    """/unanswered showed "mera naam suresh yadav hai gaon bhikampur se…" as written; its digits were masked."""
    say(services, CITIZEN, question)
    reply = text(services, ADMIN, "/unanswered")
    assert f"1× {shown}" in reply
    assert not any(word in reply.casefold() for word in told)
    logged = services.db.execute("SELECT question FROM activity WHERE fallback = 1").fetchone()[0]
    assert logged == shown  # (the log keeps no name either)


@pytest.mark.parametrize(
    "question",
    [
        "कोई बताएगा क्या",
        "koi batayega kya",
        "will someone tell me",
        "still waiting for reply",
        "main abhi bhi intezaar kar raha hu",
    ],
)
def test_unanswered_suggests_no_alias_of_everyday_words(services, question):
    """ "कोई जवाब देगा" was offered as "/alias ID देगा" (a verb of what will happen), and a question of everyday
    words alone was said to hold "only personal details"."""
    say(services, CITIZEN, question)
    reply = text(services, ADMIN, "/unanswered")
    assert f"1× {question.casefold()}" in reply
    assert "(only everyday words: no alias to suggest)" in reply and "/alias" not in reply


def test_unanswered_suggests_the_thing_asked_beside_a_verb_of_what_will_happen(services):
    say(services, CITIZEN, "mujhe tota loan kab milega")
    assert text(services, ADMIN, "/unanswered").rstrip().endswith(" tota loan")


@pytest.mark.parametrize(
    "question",
    [
        "meri khadi ki dukaan ka registration renewal kaise hoga",
        "khadi shop registration renewal",
        "मेरी खादी की दुकान का रजिस्ट्रेशन रिन्यूअल कैसे होगा",
    ],
)
def test_unanswered_fills_in_no_topic_guessed_from_a_shared_word(services, question):
    """ "/alias udyam khadi dukaan renewal" was offered: Udyam guessed from "registration", a word many topics
    share; an admin sending it would send every shop's renewal question to Udyam. The admin chooses the ID."""
    say(services, CITIZEN, question)
    reply = text(services, ADMIN, "/unanswered")
    assert "/alias ID " in reply and "/alias udyam" not in reply
