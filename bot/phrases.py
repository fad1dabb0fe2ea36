"""Reading the editable phrase lists in `intents/` (shipped as package data `bot.intents`)."""

from functools import cache

import yaml

from bot.resources import data_dir


@cache
def phrase_file(name: str) -> dict[str, dict[str, list[str]]]:
    """`{label: {lang: [phrases]}}` from intents/<name>.yaml."""
    return yaml.safe_load(data_dir("intents").joinpath(f"{name}.yaml").read_text("utf-8")) or {}


def phrases(name: str) -> dict[str, list[str]]:
    """`{label: [phrases in every language]}` from intents/<name>.yaml."""
    return {
        label: [p for ps in by_lang.values() for p in ps or []]
        for label, by_lang in phrase_file(name).items()
    }


def word_list(name: str, label: str) -> list[str]:
    return phrases(name).get(label, [])
