"""A phone number the user tells ("मेरा फोन 9123456789 है", "my number is 98…", "ph 9443322110"): a detail
given, not a contact asked for.

"मेरा फोन 9123456789 है, अचार बनाने की मशीन पर सब्सिडी" read its "फोन" as asking for PMEGP's contact and
gave its link, no subsidy. The words naming one's own number, with the number after them, are taken out
of what the matcher reads; "phone karo 98…" and "pmegp ka phone number" still ask.
"""

import regex

from bot.phrases import word_pattern

# Contact words (intents/words.yaml told_number_words), maybe "is"/"hai" or a colon, then a mobile number
# (+91 or 0 before it, a space or hyphen inside), and a closing "है"/"hai".
MOBILE_NUMBER = r"(?:\+?91[\s-]?|0)?[6-9]\d{4}[\s-]?\d{5}(?!\d)"
_TOLD = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{M}}]){word_pattern('told_number_owners')}\s+)?"
    rf"(?<![\p{{L}}\p{{M}}])(?:{word_pattern('told_number_words')}\.?\s*){{1,3}}"
    rf"(?:(?:{word_pattern('told_number_links')})\s*)?:?\s*{MOBILE_NUMBER}"
    rf"(?:\s*{word_pattern('told_number_links')}(?![\p{{L}}\p{{M}}]))?",
    regex.IGNORECASE,
)


def without_told_number(text: str) -> str:
    """`text` without the words that tell the user's own phone number (the rest as written)."""
    return _TOLD.sub(" ", text) if regex.search(r"\d", text) else text
