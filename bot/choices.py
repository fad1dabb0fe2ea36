"""Reading a reply like "2", "२", "pehla" or "दूसरा" as a pick from the offered options."""

from functools import cache

import regex

from bot.menus import WAY_OUT
from bot.messages import Option
from bot.normalize import clean, key
from bot.phrases import phrase_file, word_forms, word_keys

# Option lists are short; a longer number is not a pick.
MAX_DIGITS = 3


@cache
def _ordinals() -> dict[str, int]:
    """ "pehla", "दूसरी", "third" by the option they pick."""
    return _by_position("ordinals", "ordinals_feminine")


@cache
def _cardinals() -> dict[str, int]:
    """Number words ("तीन", "do", "teen") by the option they pick."""
    return _by_position("cardinals")


def _by_position(*lists: str) -> dict[str, int]:
    """Each word of the words.yaml lists by its place in its list, counted from 1."""
    words = phrase_file("words")
    return {key(word): i for name in lists for ws in words[name].values() for i, word in enumerate(ws, 1)}


@cache
def another_words() -> frozenset[str]:
    """Words that ask for something else ("koi", "other"): "dusra koi?" picks nothing."""
    return frozenset(key(w) for ws in phrase_file("words")["another"].values() for w in ws)


def pick(text: str, options: list[Option]) -> Option | None:
    """The option a reply chooses by number, ordinal word, its exact label or its payload (a Telegram
    button sends that: its label, "Aurangabad (Maharashtra)", must come along); None otherwise."""
    said = clean(text)
    for option in options:
        if clean(option.label) == said or option.payload == text.strip():
            return option
    number = chosen_number(text)
    if number and 1 <= number <= len(options):
        return options[number - 1]
    if (
        len(options) == 2 and options[1].payload == WAY_OUT and _only_yes(said)
    ):  # "did you mean Udyam?" "haan"
        return options[0]
    if options and options[-1].payload == WAY_OUT and said in word_forms("way_out_words"):  # "kuch aur"
        return options[-1]
    return None


def _only_yes(said: str) -> bool:
    """A reply of nothing but "yes" words ("haan ji", "yes please")."""
    return bool(said) and {key(w) for w in said.split()} <= word_keys("yes_words")


def chosen_number(text: str) -> int | None:
    """The number a short reply names ("2", "२", "pehla", "तीन", "the first one", "option 3"), if it names one."""
    words = [w for w in clean(text).split() if key(w) not in word_keys("pick_fillers")]
    if text.lstrip().startswith("-"):  # "-1" is no option
        return None
    said = {key(w) for w in words}
    # ("another one", "koi dusra" are no pick; "tell me more about the first one" is)
    plain_ordinal = (_ordinals().keys() - another_words()) & said and said & another_words() <= {MORE}
    if not words or len(words) > 2 or ((another_words() - _ordinals().keys()) & said and not plain_ordinal):
        return None
    if said & word_keys("amount_words") or set(text) & AMOUNT_SIGNS:  # "5 लाख", "₹5" are amounts
        return None
    if DECIMAL.search(text) or sum(w.isdecimal() for w in words) > 1:  # "1.5", "1 5" name no one option
        return None
    whole = clean(text).split()
    if len(whole) == 1 and key(whole[0]) in _cardinals():  # "तीन", "do" alone; not "link do", "number do"
        return _cardinals()[key(whole[0])]
    for word in reversed(words):
        if word.isdecimal() and len(word) <= MAX_DIGITS:  # not "²" or a 5,000-digit number
            return int(word)
        if key(word) in _ordinals():
            return _ordinals()[key(word)]
    return None


MORE = key("more")
# A number with a fraction ("1.5", "2,5"): a figure, not an option's number.
DECIMAL = regex.compile(r"\d\s*[.,]\s*\d")
# Signs that make a number an amount or a share: "₹5", "5%".
AMOUNT_SIGNS = frozenset("₹%$")
