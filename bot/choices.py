"""Reading a reply like "2", "२", "pehla", "2nd", "दूसरा" or "aakhri wala" as a pick from the offered options."""

from collections.abc import Iterable
from functools import cache
from itertools import pairwise

import regex

from bot.menus import WAY_OUT
from bot.messages import Option
from bot.normalize import AMOUNT_SIGNS, clean, key
from bot.phrases import phrase_file, word_forms, word_keys, word_positions

# Option lists are short; a longer number is not a pick.
MAX_DIGITS = 3
# The payload of a centre offered in a list ("@centre tc-agra"): after a list of centres, "last" is one of them.
CENTRE_PICK = "@centre "


@cache
def ordinal_positions() -> dict[str, int]:
    """ "pehla", "दूसरी", "third" by the option they pick."""
    return word_positions("ordinals", "ordinals_feminine")


@cache
def oblique_positions() -> dict[str, int]:
    """ "दूसरे", "teesre", "pehle" by the item they pick, when a word for "one" follows ("dusre wale ka")."""
    return word_positions("ordinals_oblique", "ordinals_oblique_spelt")


def _pointed(said: list[str]) -> dict[str, int]:
    """The oblique ordinals of a message's keys that point at an item ("तीसरे वाले में", "dusre wale ka"): beside no
    word for "one", "dusre" is "other" and "pehle" is "earlier"."""
    pointers = word_keys("ordinal_pointers")
    return {
        w: oblique_positions()[w]
        for w, after in pairwise(said)
        if w in oblique_positions() and after in pointers
    }


@cache
def _cardinals() -> dict[str, int]:
    """Number words ("तीन", "do", "teen") by the option they pick."""
    return word_positions("cardinals")


@cache
def _english_cardinals() -> dict[str, int]:
    """ "two", "three": they pick beside a filler too ("number two"); "number do" asks for a phone number."""
    return word_positions("cardinals", langs=("en",))


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
    if says_last(text):  # "last one", "aakhri wala"
        return _last_listed(options)
    if _says_only(text, "this_one_words"):  # "ye wala", "this one": the list's one centre, when it lists one
        return _only_centre(options)
    if (
        len(options) == 2 and options[1].payload == WAY_OUT and _agrees(said)
    ):  # "did you mean Udyam?" "haan"; "shall I pass it to the team?" "haan bhej do team ko"
        return options[0]
    if options and options[-1].payload == WAY_OUT and said in word_forms("way_out_words"):  # "kuch aur"
        return options[-1]
    return None


def says_last(text: str) -> bool:
    """A reply of "last", "the last one", "aakhri wala": nothing but a word for the last and fillers."""
    return _says_only(text, "last_words")


def _says_only(text: str, list_name: str) -> bool:
    """A reply of one word of the list `list_name` and fillers ("aakhri wala", "ye wala")."""
    said = [key(w) for w in clean(text).split() if key(w) not in word_keys("pick_fillers")]
    return len(said) == 1 and said[0] in word_keys(list_name)


def offers_centres(options: Iterable[Option]) -> bool:
    """Whether a reply offers listed centres to pick ("Please reply with a number from 1 to 8: 1. Gaya …"):
    the list stays the one "last wala" or "iska phone" next refers to."""
    return any(o.payload.startswith(CENTRE_PICK) for o in options)


def _only_centre(options: list[Option]) -> Option | None:
    """The one centre a list offers ("Kerala me centre": Kochi's); of several, "this one" points at none."""
    centres = [o for o in options if o.payload.startswith(CENTRE_PICK)]
    return centres[0] if len(centres) == 1 else None


def _last_listed(options: list[Option]) -> Option | None:
    """The last thing a list offers: not its way out or next page, nor the note after a list of centres."""
    centres = [o for o in options if o.payload.startswith(CENTRE_PICK)]
    items = centres or [o for o in options if o.payload != WAY_OUT and not o.payload.startswith("@schemes ")]
    return items[-1] if items else None


def position_in(text: str, count: int) -> int | None:
    """Which of a list of `count` a longer question is about ("how far is the first one", "2nd wala kitni
    door hai", "last one ka address"), counted from 1; None when it names no position or asks for another."""
    said = clean(text).split()
    pointed = _pointed([key(w) for w in said])  # "dusre wale ka address": the second, no other one
    other = another_words() - ordinal_positions().keys() - pointed.keys()
    if {key(w) for w in said} & other:  # "koi dusra", "any other"
        return None
    for word in said:
        ordinal = DIGIT_ORDINAL.fullmatch(word)
        number = int(ordinal[1]) if ordinal else ordinal_positions().get(key(word), pointed.get(key(word)))
        if number is None and key(word) in word_keys("last_words"):
            number = count
        if number is not None:
            return number if 1 <= number <= count else None
    return None


def listed_position(text: str, count: int) -> int | None:
    """Which of `count` schemes a question about one of them points to by an ordinal standing for it ("dusri
    wali me fees kitni", "the fee for the second one?", "पहली योजना के कागज"): the ordinal followed by a word for
    what a list holds; not "दूसरी किश्त कब मिलेगी", the second instalment."""
    said = [key(w) for w in clean(text).split()]
    holds = word_keys("listed_things") | word_keys("pick_fillers")
    for before, word, after in zip(["", *said[:-1]], said, [*said[1:], ""], strict=True):
        ordinal = DIGIT_ORDINAL.fullmatch(word)
        number = int(ordinal[1]) if ordinal else ordinal_positions().get(word)
        # ("the third is only for complaints?": "the third" stands for one; "the second tranche" is a tranche)
        standing = before == THE and (not after or after in word_keys("fillers"))
        if number is not None and (after in holds or standing):
            return number if 1 <= number <= count else None
    return None


def _agrees(said: str) -> bool:
    """A "yes" ("haan ji", "yes please"), alone or with words of going ahead ("haan bhej do team ko", "yes
    please send to the team"), or a bare "bhej do": nothing else, so "haan par fees kitni" is no yes."""
    words = {key(w) for w in said.split()}
    yes = word_keys("yes_words")
    calling = word_keys("calling_words")  # ("call me", "mujhe phone karo" to the offer of a person)
    if not words or not words <= yes | word_keys("agreeing_words") | calling:
        return False
    return bool(words & (yes | word_keys("sending_on_words") | calling))


def chosen_number(text: str) -> int | None:
    """The number a short reply names ("2", "२", "pehla", "तीन", "the first one", "option 3"), if it names one."""
    words = [w for w in clean(text).split() if key(w) not in word_keys("pick_fillers")]
    if text.lstrip().startswith("-"):  # "-1" is no option
        return None
    if {key(w) for w in words} & ordinal_positions().keys():  # "तो दूसरा वाला ठीक है", "the second one is fine"
        words = [w for w in words if key(w) not in word_keys("choosing_words")]
    said = {key(w) for w in words}
    # "दूसरे वाले", "teesre wale ka": the oblique said for the item (not "pehle wala", the scheme before, which
    # follow_ups.earlier_topic tells from the first on screen)
    pointed = _pointed([key(w) for w in clean(text).split()]).items()
    oblique = {w: n for w, n in pointed if w not in word_keys("earlier_or_first")}
    if len(words) <= 2 and oblique and not said & (another_words() - oblique.keys()):
        return next(iter(oblique.values()))
    # ("another one", "koi dusra" are no pick; "tell me more about the first one" is)
    plain_ordinal = (ordinal_positions().keys() - another_words()) & said and said & another_words() <= {MORE}
    if (
        not words
        or len(words) > 2
        or ((another_words() - ordinal_positions().keys()) & said and not plain_ordinal)
    ):
        return None
    if said & word_keys("amount_words") or set(text) & AMOUNT_SIGNS:  # "5 लाख", "₹5" are amounts
        return None
    if DECIMAL.search(text) or sum(w.isdecimal() for w in words) > 1:  # "1.5", "1 5" name no one option
        return None
    whole = clean(text).split()
    if len(whole) == 1 and key(whole[0]) in _cardinals():  # "तीन", "do" alone; not "link do", "number do"
        return _cardinals()[key(whole[0])]
    if len(words) == 1:
        ordinal = DIGIT_ORDINAL.fullmatch(words[0])  # "2nd", "4th wala"; not "8th pass", one's schooling
        if ordinal:
            return int(ordinal[1])
        if key(words[0]) in _english_cardinals():  # "number two", "option three"
            return _english_cardinals()[key(words[0])]
    for word in reversed(words):
        if word.isdecimal() and len(word) <= MAX_DIGITS:  # not "²" or a 5,000-digit number
            return int(word)
        if key(word) in ordinal_positions() and _said_alone(word, words):
            return ordinal_positions()[key(word)]
    return None


def _said_alone(ordinal: str, words: list[str]) -> bool:
    """An ordinal with nothing beside it but what a list holds, "more", "and" or a courtesy ("dusri wali yojana",
    "and the second?", "pehla ji"); "second tranche", "दूसरी किश्त" ask of the second instalment, not the
    second option."""
    beside = {key(w) for w in words if w != ordinal} - {MORE}
    return beside <= word_keys("listed_things") | word_keys("continuations") | word_keys("courtesy_words")


MORE = key("more")
THE = key("the")
# A number with a fraction ("1.5", "2,5"): a figure, not an option's number.
DECIMAL = regex.compile(r"\d\s*[.,]\s*\d")
# "1st", "2nd", "3rd", "10th": an ordinal in digits.
DIGIT_ORDINAL = regex.compile(r"(\d{1,2})(?:st|nd|rd|th)")
