"""Details a user asks of a scheme that its record does not have: said honestly, not glossed over.

"PMEGP ka byaj kitna hai" is answered with PMEGP's benefits, and those say nothing about interest;
without a word about it the list reads as the answer. `intents/details.yaml` names the details users
ask for and the words a record that has one would contain; no such word anywhere in the scheme's
record (either language) means the knowledge base does not have it.
"""

from typing import Any

from bot.knowledge import Knowledge
from bot.normalize import keys
from bot.phrase_index import PhraseIndex
from bot.phrases import phrase_file

# A detail's phrase counts only when (nearly) all its words are present.
ASK_THRESHOLD = 0.84
# Keys of a detail that are not ways of asking for it.
EVIDENCE, HINTS = "evidence", "hints"


class MissingDetails:
    """Built once per knowledge snapshot: which asked-for details each scheme's record lacks."""

    def __init__(self, knowledge: Knowledge):
        data = phrase_file("details")
        self.asks = PhraseIndex(
            (label, p)
            for label, by_lang in data.items()
            for lang, ps in by_lang.items()
            if lang not in (EVIDENCE, HINTS)
            for p in ps
        )
        self.names = {label: (by_lang["en"][0], by_lang["hi"][0]) for label, by_lang in data.items()}
        self.evidence = {label: _word_sets(by_lang.get(EVIDENCE)) for label, by_lang in data.items()}
        self.hints = {label: _word_sets(by_lang.get(HINTS)) for label, by_lang in data.items()}
        self.record_words = {sid: set(keys(" ".join(_strings(s)))) for sid, s in knowledge.schemes.items()}

    def asked(self, text: str) -> str | None:
        """The detail `text` asks for, if any (the most fully named one)."""
        hits = [h for h in self.asks.score(keys(text)).values() if h.score >= ASK_THRESHOLD]
        return max(hits, key=lambda h: (len(h.matched), h.score)).label if hits else None

    def missing(self, scheme_id: str, text: str) -> str | None:
        """The detail `text` asks for when `scheme_id`'s record has no word of it."""
        label = self.asked(text)
        words = self.record_words.get(scheme_id)
        if label is None or words is None:
            return None
        return None if any(e <= words for e in [*self.evidence[label], *self.hints[label]]) else label

    def answering(self, text: str) -> list[frozenset[str]]:
        """The phrases of fact lines that answer the detail `text` asks for ("free" for "fees")."""
        label = self.asked(text)
        return self.evidence[label] if label else []

    def name(self, label: str, lang: str) -> str:
        en, hi = self.names[label]
        return hi if lang == "hi" else en


def _word_sets(phrases: list[str] | None) -> list[frozenset[str]]:
    return [frozenset(keys(p)) for p in phrases or []]


def _strings(value: Any) -> list[str]:
    """Every text in a record, at any depth (summaries, lists, links' labels, notes)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []
