"""Reading the editable phrase lists in `intents/` (shipped as package data `bot.intents`)."""

from functools import cache

import regex
import yaml

from bot.normalize import clean, key, keys
from bot.resources import data_dir


class PhraseFileError(ValueError):
    """An intents/ file an editor broke; the message says where."""


@cache
def phrase_file(name: str) -> dict[str, dict[str, list[str]]]:
    """`{label: {lang: [phrases]}}` from intents/<name>.yaml, every phrase a string."""
    data = yaml.safe_load(data_dir("intents").joinpath(f"{name}.yaml").read_text("utf-8")) or {}
    for label, by_lang in data.items():
        for lang, items in (by_lang or {}).items():
            for item in items or []:
                if not isinstance(item, str):  # YAML reads a bare yes/no/on/off as a boolean
                    raise PhraseFileError(f"intents/{name}.yaml {label}.{lang}: quote {item!r}")
    return data


@cache
def phrases(name: str) -> dict[str, tuple[str, ...]]:
    """`{label: (phrases in every language)}` from intents/<name>.yaml, read once (some are read every turn)."""
    return {
        label: tuple(p for ps in by_lang.values() for p in ps or [])
        for label, by_lang in phrase_file(name).items()
    }


@cache
def word_list(name: str, label: str) -> tuple[str, ...]:
    """One label's phrases in every language, read once (some are checked on every message). A label the
    file lacks is an error, not an empty list: a list lost in an edit must not silently match nothing."""
    found = phrases(name)
    if label not in found:
        raise PhraseFileError(f"intents/{name}.yaml has no list {label!r}")
    return found[label]


@cache
def word_keys(label: str) -> frozenset[str]:
    """The keys of a words.yaml list ("fillers", "next_page"...), read once."""
    return frozenset(key(w) for w in word_list("words", label))


@cache
def phrase_word_keys(label: str) -> frozenset[str]:
    """The keys of every word of a words.yaml list's phrases ("kar", "dunga" of "kar dunga"): words that may
    stand beside them without being strange (read once)."""
    return frozenset(k for phrase in word_list("words", label) for k in keys(phrase))


@cache
def word_forms(label: str) -> frozenset[str]:
    """A words.yaml list as written, where the keys would fold a plural into its singular ("schemes")."""
    return frozenset(clean(w) for w in word_list("words", label))


@cache
def word_pattern(*labels: str, gap: str = r"\s+", langs: tuple[str, ...] | None = None) -> str:
    """words.yaml lists (in `langs`, else all) as one regex alternation inside a larger pattern, a phrase's
    words `gap` apart, longest first: "hone par", "हो जाऊँगा" after an age ("18 ka ho jaun to") make it one to
    come. A pattern whose scripts need other word edges ("\\b" holds before Latin letters, not Devanagari
    vowel signs) takes each script's languages alone."""
    words = phrase_file("words")
    for label in labels:
        if label not in words:
            raise PhraseFileError(f"intents/words.yaml has no list {label!r}")
    said = dict.fromkeys(
        w
        for label in labels
        for lang, ws in words[label].items()
        if langs is None or lang in langs
        for w in ws or []
    )
    phrases = sorted(said, key=len, reverse=True)
    return "(?:" + "|".join(gap.join(regex.escape(w) for w in p.split()) for p in phrases) + ")"


def word_positions(*lists: str, langs: tuple[str, ...] | None = None) -> dict[str, int]:
    """Each word of the words.yaml lists (in `langs`, else all) keyed, by its place in its list, counted from 1
    ("दूसरी": 2, "teesra": 3)."""
    words = phrase_file("words")
    return {
        key(word): i
        for name in lists
        for lang, ws in words[name].items()
        if langs is None or lang in langs
        for i, word in enumerate(ws, 1)
    }


def display_name(name: str, label: str, lang: str) -> str:
    """A label's name as shown: its first phrase in the reply language (English when Hindi has none)."""
    by_lang = phrase_file(name)[label]
    return (by_lang.get("hi") if lang == "hi" and by_lang.get("hi") else by_lang["en"])[0]
