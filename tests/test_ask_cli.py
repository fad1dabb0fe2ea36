"""The `sahayak ask` JSON contract and the CLI around it, through the real console script entry."""

import json

from click.testing import CliRunner

from bot.ask import KEYS
from bot.cli import main


def run(args, db, stdin=None):
    result = CliRunner().invoke(main, [*args, "--db", str(db)], input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def test_ask_json_has_every_contract_key(tmp_path):
    data = json.loads(run(["ask", "udyam registration kaise kare", "--json"], tmp_path / "k.db"))
    assert tuple(data) == KEYS
    assert data["intent"] == "scheme_info" and data["topic"] == "udyam"
    assert data["language"] == "hi" and data["input_language"] == "hinglish"
    assert 0 <= data["confidence"] <= 1 and data["options"]


def test_ask_english_question_gets_english_reply(tmp_path):
    data = json.loads(run(["ask", "What documents do I need for PMEGP?", "--json"], tmp_path / "k.db"))
    assert data["language"] == "en" and data["topic"] == "pmegp" and data["aspect"] == "documents"


def test_ask_location_returns_nearest_centres(tmp_path):
    data = json.loads(run(["ask", "--location", "25.59,85.14", "--json"], tmp_path / "k.db"))
    assert data["intent"] == "centre_find"
    first = data["centres"][0]
    assert set(first) == {"id", "name", "city", "district", "state", "status", "distance_km"}
    assert first["state"] == "Bihar"


def test_ask_jsonl_answers_each_line_in_order(tmp_path):
    out = run(["ask", "--jsonl"], tmp_path / "k.db", stdin="GeM kya hai\nweather today\nनमस्ते\n")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["intent"] for r in rows] == ["scheme_info", "fallback", "greeting"]
    assert rows[0]["topic"] == "gem"


def test_ask_is_stateless_without_user(tmp_path):
    run(["ask", "PMEGP kya hai"], tmp_path / "k.db")
    data = json.loads(run(["ask", "eligibility?", "--json"], tmp_path / "k.db"))
    assert data["topic"] is None


def test_ask_with_user_keeps_the_conversation(tmp_path):
    run(["ask", "PMEGP kya hai", "--user", "console:t"], tmp_path / "k.db")
    data = json.loads(run(["ask", "eligibility?", "--json", "--user", "console:t"], tmp_path / "k.db"))
    assert data["topic"] == "pmegp" and data["aspect"] == "eligibility"


def test_ask_rejects_a_bad_location(tmp_path):
    result = CliRunner().invoke(main, ["ask", "--location", "north", "--db", str(tmp_path / "k.db")])
    assert result.exit_code == 2 and "LAT,LON" in result.output


def test_chat_answers_lines_until_quit(tmp_path):
    out = run(["chat"], tmp_path / "k.db", stdin="hello\n/location 26.9,75.8\n/quit\nnever read\n")
    assert "Sahayak" in out and "Jaipur" in out and "never read" not in out


def test_kb_export_then_init_round_trip(tmp_path):
    db = tmp_path / "k.db"
    exported = tmp_path / "kb.yaml"
    run(["kb", "export", "-o", str(exported)], db)
    out = run(["kb", "init", "--seed", str(exported)], db)
    assert "'schemes': 16" in out


def test_kb_check_passes_on_the_shipped_seed(tmp_path):
    assert "0 problem(s)" in run(["kb", "check"], tmp_path / "k.db")


def test_kb_search_finds_devanagari(tmp_path):
    assert "udyam" in run(["kb", "search", "उद्यम"], tmp_path / "k.db")


def test_eval_prints_accuracy_and_misses(tmp_path):
    corpus = tmp_path / "c.tsv"
    corpus.write_text(
        "text\tlang\tintent\ttopic\taspect\nGeM kya hai\thinglish\tscheme_info\tgem\toverview\n"
        "cricket score\ten\tfallback\t\t\n",
        encoding="utf-8",
    )
    out = run(["eval", str(corpus)], tmp_path / "k.db")
    assert "topic" in out and "fallback precision" in out and "misses: 0" in out


def test_a_stateless_question_leaves_no_request_for_a_person(services):
    from bot import tickets
    from bot.ask import ask

    assert ask(services, "agent").intent == "agent"
    assert tickets.open_for(services.db, "ask:stateless") is None
    assert ask(services, "tell me a joke").intent == "fallback"  # not "added to your request"


def test_jsonl_line_that_is_not_utf8_is_answered_and_the_batch_goes_on(tmp_path):
    out = run(["ask", "--jsonl"], tmp_path / "k.db", stdin=b"hello\ncaf\xe9 udyam\nwhat is pmegp\n")
    assert [json.loads(line)["topic"] for line in out.splitlines()] == [None, "udyam", "pmegp"]


def test_eval_asks_a_conversation_s_turns_in_order_with_the_session_kept(tmp_path):
    corpus = tmp_path / "c.tsv"
    header = "conversation\ttext\tlang\tintent\ttopic\taspect\n"
    corpus.write_text(
        header + "c1\tpmegp kya hai\thinglish\tscheme_info\tpmegp\toverview\n"
        "c1\tdocuments kya chahiye\thinglish\tscheme_info\tpmegp\tdocuments\n"
        "c2\tdocuments kya chahiye\thinglish\tscheme_info\tpmegp\tdocuments\n",
        encoding="utf-8",
    )
    out = run(["eval", str(corpus)], tmp_path / "k.db")
    # c2's turn has no scheme before it, so only it misses: the session is per conversation.
    assert "turn/first turn                  0.500  (1/2)" in out
    assert "turn/later turn                  1.000  (1/1)" in out
    assert "misses: 1" in out and "[c2 hinglish] 'documents kya chahiye'" in out


def test_eval_takes_a_scheme_s_contact_labeled_as_its_helpline_or_as_its_part(tmp_path):
    corpus = tmp_path / "c.tsv"
    corpus.write_text(
        "text\tlang\tintent\ttopic\taspect\n"
        "whats the email for champions\ten\thelpline\tchampions\t\n"
        "gem helpline number\ten\tscheme_info\tgem\tcontact\n"
        "whats the email for champions\ten\thelpline\tgem\t\n",
        encoding="utf-8",
    )
    out = run(["eval", str(corpus)], tmp_path / "k.db")
    # (the third names the wrong scheme: a contact answer of another scheme is still a miss)
    assert "misses: 1" in out and "want helpline/gem got scheme_info/champions" in out
