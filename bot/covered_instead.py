"""What the knowledge base has that helps with a matter it does not cover: "bank manager loan nahi de raha" has
no details of its own (why a bank refuses is the bank's to say), but CGTMSE's member lenders lend without
collateral and the Champions portal takes complaints about finance. `intents/not_covered_help.yaml` names the
lines by what they say."""

from bot.fact_lines import MAX_LINES, FactLines
from bot.phrases import phrase_file


def helping_lines(facts: FactLines, label: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """Per scheme that helps with the matter `label`, its lines that do, in the reply language."""
    helps = phrase_file("not_covered_help").get(label) or {}
    found = [
        (sid, facts.mentioning(sid, phrases, lang, MAX_LINES, whole_summary=False))
        for sid, phrases in helps.items()
    ]
    return [(sid, match.lines) for sid, match in found if match is not None]
