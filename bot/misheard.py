"""Words as voice typing or a regional way of speaking writes them ("you them registration", "टी रेड्स",
"म्हारे कने … कोनी", "ami … ekhono aashe ni"), read as the words meant before any list reads the message:
the lists then know them without each list learning every variety (intents/misheard.yaml)."""

import unicodedata
from dataclasses import dataclass
from functools import cache

import yaml

from bot.resources import data_dir

# How many words either side a `beside` word may be from the words heard ("jam pe maal kaise beche").
BESIDE_REACH = 4


@dataclass(frozen=True)
class Heard:
    said: tuple[str, ...]  # the words as typed, in a row
    means: tuple[str, ...]  # the words read instead
    beside: frozenset[str]  # one of them must be near; empty: none needed


def _words(text: str) -> tuple[str, ...]:
    return tuple(unicodedata.normalize("NFC", text).casefold().replace("-", " ").split())


@cache
def _heard() -> dict[str, tuple[Heard, ...]]:
    """The entries by their first word, longest first (so "aashe ni" is read before "ni")."""
    entries = yaml.safe_load(data_dir("intents").joinpath("misheard.yaml").read_text("utf-8")) or []
    by_first: dict[str, list[Heard]] = {}
    for entry in entries:
        beside = frozenset(w for b in entry.get("beside") or [] for w in _words(b))
        for said in entry["heard"]:
            heard = Heard(_words(said), _words(entry["means"]), beside)
            by_first.setdefault(heard.said[0], []).append(heard)
    return {w: tuple(sorted(hs, key=lambda h: -len(h.said))) for w, hs in by_first.items()}


def heard_right(ws: list[str]) -> list[str]:
    """The cleaned words `ws` with each misheard word or run of words replaced by the words meant."""
    table = _heard()
    out: list[str] = []
    i = 0
    while i < len(ws):
        heard = next((h for h in table.get(ws[i], ()) if _fits(h, ws, i)), None)
        if heard:
            out += heard.means
            i += len(heard.said)
        else:
            out.append(ws[i])
            i += 1
    return out


def _fits(heard: Heard, ws: list[str], i: int) -> bool:
    end = i + len(heard.said)
    if tuple(ws[i:end]) != heard.said:
        return False
    near = ws[max(i - BESIDE_REACH, 0) : i] + ws[end : end + BESIDE_REACH]
    return not heard.beside or not heard.beside.isdisjoint(near)
