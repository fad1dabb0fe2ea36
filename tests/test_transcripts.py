"""Conversations as transcripts: each YAML file in `tests/transcripts/` is one chat, run through `respond`.

A transcript is a list of turns. A turn says something (`say`), shares a `location`, advances the
simulated clock (`wait_minutes`) or restarts the bot on the same database (`restart`), and then checks
the replies: `contains` / `not_contains` (case-insensitive, on all reply texts joined), `intent`,
`topic`, `aspect`, `language` (the reply's locale) and `options` (how many next steps were offered),
all read from the first reply. A top-level `xfail: "<reason>"` marks a transcript that shows the
correct behaviour for a known bug.

Whatever a turn asks, every reply must list its options numbered, and every scheme answer must carry
the scheme's link (or its note when it has none); an answer with an amount or a rate carries the
knowledge base's caution line, which ends the turn's last answer.
"""

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from seeded_kb import fresh_services

from bot.knowledge import Knowledge, text
from bot.messages import IncomingMessage, Reply
from bot.respond import respond
from bot.services import Services, open_services

TRANSCRIPTS = Path(__file__).parent / "transcripts"
# The simulated clock starts here and moves on this much between turns.
START = 1_750_000_000.0
TURN_SECONDS = 5.0
TOP_LEVEL_KEYS = {"title", "user", "turns", "xfail"}
# An amount or rate in an answer's facts, which the data's caution line must accompany.
AMOUNT = re.compile(r"\d+\s*%|₹|\bRs\.?\s*\d|\d\s*(lakh|crore|लाख|करोड़)", re.IGNORECASE)
ACTION_KEYS = {"say", "location", "restart", "wait_minutes"}
CHECK_KEYS = {"contains", "not_contains", "intent", "topic", "aspect", "language", "options"}
REPLY_FIELDS = {"intent": "intent", "topic": "topic", "aspect": "aspect", "language": "locale"}


def _transcript_params() -> list[Any]:
    params = []
    for path in sorted(TRANSCRIPTS.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        marks = [pytest.mark.xfail(reason=data["xfail"], strict=True)] if data.get("xfail") else []
        params.append(pytest.param(path, id=path.stem, marks=marks))
    return params


@pytest.mark.parametrize("path", _transcript_params())
def test_transcript(path: Path, tmp_path: Path) -> None:
    """Run one conversation turn by turn on a fresh database with a simulated clock."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(data) <= TOP_LEVEL_KEYS, f"unknown keys: {set(data) - TOP_LEVEL_KEYS}"
    assert data.get("title") and data.get("turns"), "a transcript needs a title and turns"
    db_path = str(tmp_path / "knowledge.db")
    services = fresh_services(db_path)
    user = str(data.get("user") or f"test:{path.stem}")
    now = START
    for number, turn in enumerate(data["turns"], 1):
        where = f"{path.name} turn {number} {turn}"
        assert set(turn) <= ACTION_KEYS | CHECK_KEYS, (
            f"{where}: unknown keys {set(turn) - ACTION_KEYS - CHECK_KEYS}"
        )
        actions = set(turn) & ACTION_KEYS
        assert len(actions) == 1, f"{where}: exactly one of {sorted(ACTION_KEYS)} per turn"
        if "restart" in turn:
            services.db.conn.close()
            services = open_services(db_path)
            continue
        if "wait_minutes" in turn:
            now += float(turn["wait_minutes"]) * 60
            continue
        now += TURN_SECONDS
        replies = respond(_message(user, turn), services, now=now)
        _check_turn(where, turn, replies, services.current().knowledge)


def _message(user: str, turn: dict[str, Any]) -> IncomingMessage:
    platform = user.split(":", 1)[0]
    if "location" in turn:
        lat, lon = turn["location"]
        return IncomingMessage(platform=platform, sender=user, location=(float(lat), float(lon)))
    return IncomingMessage(platform=platform, sender=user, text=str(turn["say"] or ""))


def _check_turn(where: str, turn: dict[str, Any], replies: list[Reply], knowledge: Knowledge) -> None:
    assert replies, f"{where}: no reply"
    joined = "\n\n".join(r.text for r in replies)
    folded = joined.casefold()
    for i, reply in enumerate(replies):
        later = "\n".join(r.text for r in replies[i + 1 :] if r.topic == reply.topic)
        _check_invariants(where, reply, knowledge, last=i == len(replies) - 1, later=later)
    for key in ("contains", "not_contains"):
        assert isinstance(turn.get(key, []), list), (
            f"{where}: {key} takes a list (a string would test its letters)"
        )
    for needle in turn.get("contains", []):
        assert str(needle).casefold() in folded, f"{where}: expected {needle!r} in:\n{joined}"
    for needle in turn.get("not_contains", []):
        assert str(needle).casefold() not in folded, f"{where}: did not expect {needle!r} in:\n{joined}"
    first = replies[0]
    for key, attribute in REPLY_FIELDS.items():
        if key in turn:
            got = getattr(first, attribute)
            assert got == turn[key], f"{where}: {key} is {got!r}, expected {turn[key]!r}; reply:\n{joined}"
    if "options" in turn:
        assert len(first.options) == turn["options"], f"{where}: options {[o.label for o in first.options]}"


def _check_invariants(
    where: str, reply: Reply, knowledge: Knowledge, last: bool = True, later: str = ""
) -> None:
    """What every reply promises, whatever the transcript checks (the caution closes a turn's last
    answer only: two answers to one message carry it once; so does a scheme's link, given by the last
    answer about it)."""
    assert reply.text.strip(), f"{where}: empty reply text"
    for i, option in enumerate(reply.options, 1):
        assert f"{i}. {option.label}" in reply.text, (
            f"{where}: option {i} not listed by number:\n{reply.text}"
        )
    if reply.intent == "scheme_info":
        scheme = knowledge.schemes[reply.topic]
        link = scheme.get("url") or text(scheme.get("note"), reply.locale)
        caution = text(knowledge.general.get("caution"), reply.locale)
        assert link and link in reply.text + later, (
            f"{where}: scheme answer lacks its link or note:\n{reply.text}"
        )
        if not last:
            assert caution not in reply.text, f"{where}: the caution belongs to the last answer only"
            return
        body = reply.text.split("\n\n" + _numbered_header(reply))[0]
        if AMOUNT.search(body.split("\n\n")[0]):
            assert caution and caution in reply.text, f"{where}: an amount without the caution:\n{reply.text}"
        if caution in reply.text:
            assert body.rstrip().endswith(caution), (
                f"{where}: the caution should close the answer:\n{reply.text}"
            )


def _numbered_header(reply: Reply) -> str:
    """The line before the numbered options, as rendered in the reply's language."""
    lines = reply.text.splitlines()
    if not reply.options:
        return "\0"
    first_option = lines.index(f"1. {reply.options[0].label}")
    return lines[first_option - 1]


def test_transcripts_cover_three_ways_of_writing() -> None:
    """At least eight conversations each in Devanagari, romanized Hindi and English (by file prefix)."""
    names = [p.stem for p in TRANSCRIPTS.glob("*.yaml")]
    for prefix in ("hi_", "hinglish_", "en_"):
        assert sum(n.startswith(prefix) for n in names) >= 8, prefix


def test_transcript_runner_fails_on_a_wrong_expectation(services: Services) -> None:
    """The checks can fail: a reply that lacks an expected fact is reported."""
    replies = respond(IncomingMessage("console", "console:meta", text="What is GeM?"), services, now=START)
    knowledge = services.current().knowledge
    with pytest.raises(AssertionError):
        _check_turn("meta", {"say": "x", "contains": ["1800-000-0000"]}, replies, knowledge)
    with pytest.raises(AssertionError):
        _check_turn("meta", {"say": "x", "topic": "pmegp"}, replies, knowledge)
    _check_turn("meta", {"say": "x", "contains": ["1800-419-3436"], "topic": "gem"}, replies, knowledge)
