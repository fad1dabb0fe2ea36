"""What the knowledge base has that helps with a matter it does not cover: "bank manager loan nahi de raha" has
no details of its own (why a bank refuses is the bank's to say), but CGTMSE's member lenders lend without
collateral and the Champions portal takes complaints about finance. `intents/not_covered_help.yaml` names the
lines by what they say."""

from bot.fact_lines import MAX_LINES, FactLines
from bot.matcher import Understanding
from bot.normalize import keys, says_any
from bot.phrases import phrase_file, word_list
from bot.turn import Turn


def helping_lines(facts: FactLines, label: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """Per scheme that helps with the matter `label`, its lines that do, in the reply language."""
    helps = phrase_file("not_covered_help").get(label) or {}
    found = [
        (sid, facts.mentioning(sid, phrases, lang, MAX_LINES, whole_summary=False))
        for sid, phrases in helps.items()
    ]
    return [(sid, match.lines) for sid, match in found if match is not None]


def told_before(turn: Turn, u: Understanding, text: str) -> Understanding | None:
    """The matter told just before ("bank ne loan dene se mana kar diya", "the bank rejected my PMEGP loan") when
    this message only asks what to do now ("ab kya karu", "what should I do now", "अब क्या करूं"): its help
    again, not a "which one?" of the schemes offered beside it. Only a matter some of our lines help with."""
    if u.confident or u.not_covered or not _asks_what_now(text):
        return None
    said = list(turn.session.history)
    while said and _asks_what_now(said[-1].get("text", "")):  # ("ab kya karu", then "ab kya karu?" again)
        said.pop()
    earlier = _not_covered_before(turn, said)
    helped = (
        earlier is not None
        and earlier.not_covered
        and phrase_file("not_covered_help").get(earlier.not_covered)
    )
    return earlier if helped else None


def _asks_what_now(text: str) -> bool:
    return says_any(text, word_list("words", "what_now_asks"))


def place_after(turn: Turn, u: Understanding, text: str) -> tuple[Understanding, str] | None:
    """The matter just said not to be on file, and the town told now, when the message is only a town
    ("gorakhpur" after "csc kahan hai mere paas"): we have no list of it there either, said of that town; not
    the MSME centres near it, as if they were CSCs."""
    if u.topics or u.not_covered or set(u.intents) - {"where"}:
        return None
    place = turn.snap.finder.mention_keys(text)
    if not place or set(keys(text)) - place - turn.snap.matcher.fillers:
        return None
    earlier = _not_covered_before(turn, turn.session.history)
    if earlier is None or not earlier.not_covered:
        return None
    return earlier, turn.snap.finder.place_shown(text, turn.lang) or text.strip()


def _not_covered_before(turn: Turn, said: list[dict]) -> Understanding | None:
    """The last message, unless a scheme's rule was ruled on from it ("mudra loan mila tha 2 saal pehle" in a PM
    Vishwakarma chat: "✗ within 5 years", whose "what now" is that scheme's)."""
    if not said or said[-1].get("verdicts"):
        return None
    return turn.snap.understand(said[-1].get("text", ""))
