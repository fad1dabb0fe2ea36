"""Reading a reply like "2", "२", "pehla" or "दूसरा" as a pick from the offered options."""

from functools import cache

from bot.intents import phrase_file
from bot.messages import Option
from bot.normalize import clean, key


@cache
def _ordinals() -> dict[str, int]:
    out = {}
    for ordinals in phrase_file("words")["ordinals"].values():
        for i, word in enumerate(ordinals, 1):
            out[key(word)] = i
    return out


def pick(text: str, options: list[Option]) -> Option | None:
    """The option a short reply chooses, or None if it is not a choice."""
    words = clean(text).split()
    if not options or not words or len(words) > 2:
        return None
    first = words[0]
    number = int(first) if first.isdigit() else _ordinals().get(key(first))
    if number is None and len(words) == 1:
        number = next((i for i, o in enumerate(options, 1) if clean(o.label) == clean(text)), None)
    if number and 1 <= number <= len(options):
        return options[number - 1]
    return None
