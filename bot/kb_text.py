"""Characters an admin's text may not hold, text a reader would not see, and Hindi where English readers
are answered: checked by /set, /add, /import (and, for characters, `kb check`) alike."""

import unicodedata
from typing import Any

import regex

# Never stored: a C0/C1 control (a backspace pasted from a PDF makes every WhatsApp reply showing the
# text invalid XML), a lone surrogate (SQLite cannot store it), a bidi embedding, override or isolate
# (it reverses the rest of the line on screen).
_FORBIDDEN = r"[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069]"
_FORBIDDEN_ON_ONE_LINE = regex.compile(_FORBIDDEN)
_FORBIDDEN_IN_PARAGRAPHS = regex.compile(r"(?![\n\t])" + _FORBIDDEN)
# What a reader does not see: spaces, and format characters such as the zero-width space. (ZWJ and
# ZWNJ are format characters too: legal inside a Devanagari word, never a value on their own.)
_INVISIBLE = regex.compile(r"[\s\p{Cf}]+")
_LAYOUT = {"\n": "a line break", "\t": "a tab"}
_LETTER = regex.compile(r"\p{L}")
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
# More than this share of a text's letters in Devanagari, and it is Hindi, whatever else it quotes.
HINDI_SHARE = 0.5


def is_blank(text: str) -> bool:
    """True when a reader would see nothing: only spaces and format characters (a zero-width space)."""
    return not _INVISIBLE.sub("", text)


def mostly_devanagari(text: str) -> bool:
    """True for Hindi text: an English field holding it answers English readers in Hindi. (An English
    text may still quote a Hindi word: "GeM (सरकारी बाज़ार) is the government's market".)"""
    letters = _LETTER.findall(text)
    hindi = sum(1 for letter in letters if _DEVANAGARI.match(letter))
    return bool(letters) and hindi / len(letters) > HINDI_SHARE


def forbidden_character(text: str, paragraphs: bool = False) -> str | None:
    """The first character of `text` that is never stored; in `paragraphs`, line breaks and tabs pass."""
    found = (_FORBIDDEN_IN_PARAGRAPHS if paragraphs else _FORBIDDEN_ON_ONE_LINE).search(text)
    return found.group() if found else None


def describe(char: str) -> str:
    """A forbidden character as an admin can find it: it is invisible, so by its code point."""
    if char in _LAYOUT:
        return _LAYOUT[char]
    what = {"Cf": "a text-direction control", "Cs": "an invalid character"}.get(
        unicodedata.category(char), "an invisible control character"
    )
    return f"{what} (U+{ord(char):04X}, often pasted from a PDF or Word file): type it again without it"


def forbidden_characters(value: Any, where: str = "") -> list[str]:
    """Where a nested value (a stored record, a section of an /import file) holds a forbidden character,
    field names included; line breaks and tabs pass here (the field rules say where they may not)."""
    if isinstance(value, str):
        char = forbidden_character(value, paragraphs=True)
        return [] if char is None else [f"{where or 'a text'} contains {describe(char)}"]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in forbidden_characters(item, _inside(where, i))]
    if not isinstance(value, dict):
        return []
    out = []
    for key, item in value.items():
        char = forbidden_character(key) if isinstance(key, str) else None
        if char is not None:  # (its name cannot be shown: the reply would carry the character)
            out.append(f"{where or 'the top level'} has a field name that contains {describe(char)}")
        else:
            out += forbidden_characters(item, _inside(where, key))
    return out


def _inside(where: str, key: object) -> str:
    return f"{where}.{key}" if where else str(key)
