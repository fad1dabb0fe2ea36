"""Groups of people asked about across schemes ("any scheme for women?", "SC ST ke liye kya hai").

Such a question names no scheme, yet several schemes' facts answer it; `intents/groups.yaml` lists
the groups and how users name them, and the answer gathers each scheme's lines that mention one.
"""

from functools import cache

from bot.normalize import keys
from bot.phrase_index import PhraseIndex
from bot.phrases import phrase_file, phrases

# A group's phrase counts only when (nearly) all its words are present.
ASK_THRESHOLD = 0.84


@cache
def _index() -> PhraseIndex:
    return PhraseIndex((label, p) for label, ps in phrases("groups").items() for p in ps)


def asked(text: str) -> str | None:
    """The group `text` asks about, if any (the most fully named one)."""
    hits = [h for h in _index().score(keys(text)).values() if h.score >= ASK_THRESHOLD]
    return max(hits, key=lambda h: (len(h.matched), h.score)).label if hits else None


@cache
def phrase_keys(label: str) -> list[frozenset[str]]:
    """The group's phrases as word sets, in every language: a fact line naming it has one whole."""
    return [frozenset(keys(p)) for p in phrases("groups")[label]]


def name(label: str, lang: str) -> str:
    by_lang = phrase_file("groups")[label]
    return by_lang["hi"][0] if lang == "hi" else by_lang["en"][0]
