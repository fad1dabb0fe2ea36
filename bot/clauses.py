"""Where one clause of a message ends and the next begins, one rule for every reader that takes a message apart.

A clause ends at a comma or semicolon (not inside "2,45,000"), a question or exclamation mark, a danda or a bar,
a full stop that ends a sentence (not the point of "Rs. 10.5 lakh" or of a web address), a colon before a space
(not "https://"), a dash beside a space ("भुगतान नहीं मिला - चैंपियंस या समाधान?"; not "e-commerce"); and, where
a reader asks for them, at the words of words.yaml lists ("…took PMEGP but I am married now").
"""

import regex

from bot.phrases import word_pattern

PUNCTUATION = r"(?<!\d)[,;]|[,;](?!\d)|[?!।|]+|\.(?=\s+\D|\s*$)"
# What ends a heading: "Note: udyam is free", "भुगतान नहीं मिला - चैंपियंस या समाधान?".
HEADING_END = r":(?=\s)|\s[-–—]+|[-–—]+\s"
# Latin words end where "\b" says; a Devanagari word where no letter or vowel sign goes on.
_LATIN = ("en", "hinglish")


def breaks(*word_lists: str, also: str = "", headings: bool = True) -> regex.Pattern:
    """Clause ends at punctuation, at the whole words of these words.yaml lists, and at `also` (a pattern); at
    a heading's colon or dash unless told not to."""
    parts = [PUNCTUATION, *([HEADING_END] if headings else []), *([also] if also else [])]
    if word_lists:
        parts.append(rf"\b{word_pattern(*word_lists, langs=_LATIN)}\b")
        parts.append(rf"(?<![\p{{L}}\p{{M}}]){word_pattern(*word_lists, langs=('hi',))}(?![\p{{L}}\p{{M}}])")
    return regex.compile("|".join(parts), regex.IGNORECASE)


AT_PUNCTUATION = breaks()


def clauses(text: str, at: regex.Pattern = AT_PUNCTUATION) -> list[str]:
    """The clauses of `text`, stripped, none empty."""
    return [c.strip() for c in at.split(text) if c and c.strip()]
