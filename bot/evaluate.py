"""Accuracy on a labeled corpus: the number the product is judged by, per language and intent."""

import csv
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot import sessions, tickets
from bot.ask import ask
from bot.services import Services


@dataclass
class Report:
    rows: int = 0
    correct: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    fallback_tp: int = 0
    fallback_fp: int = 0
    fallback_fn: int = 0

    def count(self, bucket: str, ok: bool) -> None:
        self.total[bucket] += 1
        self.correct[bucket] += ok

    def rate(self, bucket: str) -> float:
        return self.correct[bucket] / self.total[bucket] if self.total[bucket] else 1.0

    @property
    def fallback_precision(self) -> float:
        predicted = self.fallback_tp + self.fallback_fp
        return self.fallback_tp / predicted if predicted else 1.0

    @property
    def fallback_recall(self) -> float:
        actual = self.fallback_tp + self.fallback_fn
        return self.fallback_tp / actual if actual else 1.0

    def lines(self) -> list[str]:
        out = [f"rows: {self.rows}"]
        for bucket in sorted(self.total):
            out.append(f"{bucket:32} {self.rate(bucket):.3f}  ({self.correct[bucket]}/{self.total[bucket]})")
        if self.fallback_tp + self.fallback_fp + self.fallback_fn:
            out.append(f"{'fallback precision':32} {self.fallback_precision:.3f}")
            out.append(f"{'fallback recall':32} {self.fallback_recall:.3f}")
        out.append(f"misses: {len(self.misses)}")
        out += [f"  {m}" for m in self.misses]
        return out


# The bot's finer intents that give what a corpus's coarser label asks for: a scheme's answer again in the
# language asked ("hindi me batao"), how sure it is ("pakka?") or said more simply ("samjha nahi"), each about
# the scheme labelled (its topic is still checked); a person offered for "talk to someone"; the help shown
# again when the chat starts over, or when "samjha nahi" follows no answer.
ANSWERING = {
    "scheme_info": frozenset({"language", "how_sure", "confused"}),
    "helpline": frozenset({"agent"}),
    "help": frozenset({"restart", "confused"}),
}


def read_rows(path: str | Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as fp:
        return list(csv.DictReader(fp, delimiter="\t", quoting=csv.QUOTE_NONE))


def evaluate(services: Services, path: str | Path) -> Report:
    """Run every row through `ask`; query rows and centre rows are told apart by their columns.

    Rows with a `conversation` column are turns of one user's chat, asked in order with the session
    kept, so a follow-up is judged on what the user means after the turns before it.
    """
    rows = read_rows(path)
    report = Report(rows=len(rows))
    seen: set[str] = set()
    for row in rows:
        if "expected_centre" in row:
            _centre_row(services, row, report)
        elif "conversation" in row:
            user = f"eval:{Path(path).stem}:{row['conversation']}"
            if user not in seen:
                _forget(services, user)  # (a run before this one on the same database left its chat)
            turn = "first turn" if user not in seen else "later turn"
            seen.add(user)
            _query_row(services, row, report, user, turn)
        else:
            _query_row(services, row, report)
    for user in seen:
        _forget(services, user)
    return report


def _forget(services: Services, user: str) -> None:
    sessions.forget(services.db, user)
    tickets.discard(services.db, user)


def _query_row(
    services: Services,
    row: dict[str, str],
    report: Report,
    user: str | None = None,
    turn: str | None = None,
) -> None:
    reply = ask(services, row["text"], user=user)
    lang, intent, topic = row["lang"], row["intent"], row.get("topic") or None
    got_fallback = reply.intent == "fallback"
    want_fallback = intent == "fallback"
    report.fallback_tp += got_fallback and want_fallback
    report.fallback_fp += got_fallback and not want_fallback
    report.fallback_fn += want_fallback and not got_fallback
    # A scheme's helpline ("gem helpline number") is that scheme's contact answer, labeled either way.
    as_contact = reply.topic == topic and (
        (intent == "scheme_info" and reply.intent == "helpline")
        or (
            intent == "helpline"
            and bool(topic)
            and reply.intent == "scheme_info"
            and reply.aspect == "contact"
        )
    )
    intent_ok = reply.intent == intent or as_contact or reply.intent in ANSWERING.get(intent, ())
    report.count("intent", intent_ok)
    report.count(f"intent/{intent}", intent_ok)
    report.count(f"intent by language/{lang}", intent_ok)
    if turn:
        report.count(f"turn/{turn}", intent_ok and (not topic or reply.topic == topic))
    if topic:
        topic_ok = reply.topic == topic
        report.count("topic", topic_ok)
        report.count(f"topic by language/{lang}", topic_ok)
        if row.get("aspect"):
            aspect_ok = reply.aspect == row["aspect"] or (as_contact and row["aspect"] == "contact")
            report.count("aspect", topic_ok and aspect_ok)
    if not intent_ok or (topic and reply.topic != topic):
        where = f"{row['conversation']} " if user else ""
        report.misses.append(
            f"[{where}{lang}] {row['text']!r}: want {intent}/{topic} got {reply.intent}/{reply.topic}"
        )


def _centre_row(services: Services, row: dict[str, str], report: Report) -> None:
    location = None
    if row.get("location"):
        lat, lon = (float(v) for v in row["location"].split(","))
        location = (lat, lon)
    reply = ask(services, row.get("text", ""), location=location)
    want = row["expected_centre"]
    ids = [c["id"] for c in reply.centres]
    if want.startswith("STATE:"):
        state = want.split(":", 1)[1]
        ok = bool(reply.centres) and all(c.get("state") == state for c in reply.centres)
    elif want == "AMBIGUOUS":
        ok = not ids and len(reply.options) >= 2
    elif want == "NONE":
        ok = not ids and reply.intent == "centre_find"
    else:
        ok = bool(ids) and ids[0] == want
    report.count("centre", ok)
    report.count(f"centre by language/{row.get('lang') or 'location'}", ok)
    if not ok:
        report.misses.append(
            f"[centre] {row.get('text') or row.get('location')!r}: want {want} got {ids[:3]}"
        )
