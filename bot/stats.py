"""/stats and /unanswered for admins (English only), from the message log in `bot.activity`.

On Telegram /stats also carries a PNG chart (matplotlib, Agg backend, imported only when needed);
without matplotlib the text alone is sent.
"""

import io
import logging
import time

from bot import activity, told_names
from bot.kb_commands import say
from bot.matcher import NEGATION_KEYS, Understanding, content_words
from bot.messages import Reply
from bot.normalize import clean, key
from bot.phrases import word_keys, word_list
from bot.turn import Turn

log = logging.getLogger(__name__)

DEFAULT_DAYS = 7
MAX_DAYS = 366
TOP_TOPICS = 8
# A suggested alias is a key phrase of at most this many words, not a citizen's whole sentence.
ALIAS_WORDS = 4
# A verb that says what will happen ("देगा", "batayega", "milega") asks; it names nothing to make an alias of.
_FUTURE_ENDINGS = word_list("words", "future_verb_endings")
# Words of the chat itself ("still waiting for reply") and of oneself ("… kar raha hu"): no alias either.
_NO_ALIAS = word_keys("chat_doings") | word_keys("first_person")


def _days(args: str) -> int | None:
    value = args.strip() or str(DEFAULT_DAYS)
    return int(value) if value.isdecimal() and 1 <= int(value) <= MAX_DAYS else None


def summary(turn: Turn, days: int, now: float) -> dict:
    db, first = turn.services.db, activity.since(now, days)
    fallbacks, total = activity.fallback_rate(db, first)
    return {
        "days": days,
        "first_day": first,
        "total": total,
        "fallbacks": fallbacks,
        "per_day": activity.counts(db, "day", first, limit=MAX_DAYS),
        "per_platform": activity.counts(db, "platform", first),
        "per_language": activity.counts(db, "language", first),
        "top_topics": activity.counts(db, "topic", first, limit=TOP_TOPICS),
    }


def render(data: dict) -> str:
    def joined(pairs: list[tuple[str, int]]) -> str:
        return ", ".join(f"{k}: {n}" for k, n in pairs) or "-"

    rate = 100 * data["fallbacks"] / data["total"] if data["total"] else 0.0
    lines = [
        f"Last {data['days']} day(s), since {data['first_day']}: {data['total']} message(s)",
        f"fallback rate: {rate:.1f}% ({data['fallbacks']} of {data['total']})",
        f"per channel: {joined(data['per_platform'])}",
        f"per language: {joined(data['per_language'])}",
        f"top topics: {joined(data['top_topics'])}",
        "per day:",
        *[f"  {d}: {n}" for d, n in data["per_day"]],
    ]
    return "\n".join(lines)


def stats_command(turn: Turn, args: str) -> list[Reply]:
    """/stats [DAYS] — messages per day, channel, language, top topics and the fallback rate."""
    days = _days(args)
    if days is None:
        return say(turn, f"usage: /stats [DAYS], DAYS from 1 to {MAX_DAYS} (default {DEFAULT_DAYS})")
    data = summary(turn, days, time.time())
    replies = say(turn, render(data))
    if turn.message.platform == "telegram" and data["total"]:
        png = chart_png(data)
        if png:
            from dataclasses import replace

            attachment = {
                "filename": f"sahayak-stats-{data['first_day']}.png",
                "content": png,
                "mime": "image/png",
            }
            replies[0] = replace(replies[0], attachment=attachment)
    return replies


def chart_png(data: dict) -> bytes | None:
    """Messages per day and per channel as one PNG; None when matplotlib is not installed."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib.figure import Figure
    except ImportError:
        log.info("stats chart skipped: matplotlib is not installed (pip install sahayak[charts])")
        return None
    figure = Figure(figsize=(8, 4.5), dpi=100)
    per_day, per_platform = figure.subplots(1, 2, gridspec_kw={"width_ratios": [3, 1]})
    days = [d[5:] for d, _ in data["per_day"]]
    per_day.bar(days, [n for _, n in data["per_day"]], color="#2f6f9f")
    per_day.set_title("Messages per day")
    per_day.tick_params(axis="x", labelrotation=45)
    per_platform.bar(
        [p for p, _ in data["per_platform"]], [n for _, n in data["per_platform"]], color="#d9822b"
    )
    per_platform.set_title("Per channel")
    rate = 100 * data["fallbacks"] / data["total"] if data["total"] else 0.0
    figure.suptitle(f"Sahayak, last {data['days']} days: {data['total']} messages, {rate:.0f}% fallback")
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()


def unanswered_command(turn: Turn, args: str) -> list[Reply]:
    """/unanswered [DAYS] — frequent fallback questions, each with a ready /alias line for its nearest topic."""
    days = _days(args)
    if days is None:
        return say(turn, f"usage: /unanswered [DAYS], DAYS from 1 to {MAX_DAYS} (default {DEFAULT_DAYS})")
    known = {clean(a.text) for a in turn.snap.knowledge.aliases}
    found = [
        (q, n)
        for q, n in activity.unanswered(turn.services.db, activity.since(time.time(), days), 30)
        if q not in known and alias_suggestion(q) not in known
    ]
    if not found:
        return say(turn, f"no unanswered questions in the last {days} day(s)")
    lines = [f"Unanswered in the last {days} day(s), most frequent first. Send a line to attach it:"]
    for question, count in found[:10]:
        understood = turn.snap.matcher.understand(question)
        if understood.not_covered:  # answered honestly as not covered: no alias would make it right
            lines.append(
                f"{count}× {question}\n   (about {understood.not_covered}, not in the knowledge base)"
            )
            continue
        topic = _named_topic(turn, understood)
        phrase = alias_suggestion(question)
        hint = (
            f"/alias {topic} {phrase}" if phrase else f"(only {_what_is_left(question)}: no alias to suggest)"
        )
        lines.append(f"{count}× {question}\n   {hint}")
    return say(turn, "\n".join(lines))


def _named_topic(turn: Turn, understood: Understanding) -> str:
    """The topic to fill in an /alias line: the nearest one only when the question calls it by its own name
    ("gem pe tota bechna hai"); a guess from a word many topics share or a near spelling ("khadi ki dukaan
    ka registration renewal" read as Udyam's "registration") leaves "ID" for the admin to choose, as an alias
    to it would send every shop's renewal question to Udyam."""
    best = understood.best
    own = turn.snap.matcher.proper_names.get(best.label, set()) if best else set()
    return best.label if best and best.matched & own else "ID"


def alias_suggestion(question: str) -> str:
    """The key words of a logged question, fit to be an alias: "mera naam ramesh kumar hai, mob #, gaon
    bhikhanpur, machine ke liye loan chahiye" gives "machine loan", never the citizen's name, village, numbers
    (masked "#") and what labels them ("mob"), or their whole story. At most ALIAS_WORDS, the last ones: a
    question's ask comes last ("… machine loan")."""
    content = set(content_words(question))
    kept = [
        word
        for part in question.split(",")
        for word in _without_names(_without_numbers(part.split()))
        if (key(word) in content or key(word) in NEGATION_KEYS)
        and not word.endswith(_FUTURE_ENDINGS)
        and key(word) not in _NO_ALIAS
    ]
    return " ".join(kept[-ALIAS_WORDS:])


def _what_is_left(question: str) -> str:
    """What a question with no alias in it holds: "my name is …" personal details, "कोई जवाब देगा" only everyday
    words (it was said to hold personal details)."""
    shown = (activity.NUMBER_SHOWN, activity.ADDRESS_SHOWN, told_names.NAME_SHOWN)
    return "personal details" if any(mark in question.split() for mark in shown) else "everyday words"


def _without_numbers(words: list[str]) -> list[str]:
    """`words` less numbers, and masked ones ("#") with the word naming each ("mob #", "aadhaar #")."""
    masked = {i for i, word in enumerate(words) if word in (activity.NUMBER_SHOWN, activity.ADDRESS_SHOWN)}
    return [
        word for i, word in enumerate(words) if not ({i, i + 1} & masked or any(c.isdigit() for c in word))
    ]


def _without_names(words: list[str]) -> list[str]:
    """`words` less an introduction ("naam", "gaon", "I am") and the name or place told after it, up to the
    everyday word that ends it: "my name is anil sharma" keeps "my is", "mera naam ramesh hai" "mera hai"."""
    at = told_names.named_at(words)
    return [word for i, word in enumerate(words) if i not in at and not told_names.introduces(word)]
