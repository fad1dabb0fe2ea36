"""A scheme called by a name none of ours carries ("ujala yojana ka form", "उजाला योजना"): the honest "not found",
not the list of schemes as if the user had asked for it."""

from bot.matcher import Understanding
from bot.normalize import clean, key
from bot.phrases import word_forms, word_keys


def called_unknown(u: Understanding) -> bool:
    """Whether a word the bot does not know stands right before "yojana"/"scheme" (as written: "jitni yojanaen"
    asks for all of them) and no scheme of ours is named ("ujala yojana"; not "nayi yojana", nor "mahila yojana"
    and "cluster yojana", words we know)."""
    if u.named or u.confident or u.not_covered:
        return False
    said, nouns = clean(u.text).split(), word_forms("called_nouns")
    unknown = set(u.unknown) - word_keys("scheme_qualifiers")  # ("nayi yojana", "latest scheme": the list)
    return any(w in nouns and i and key(said[i - 1]) in unknown for i, w in enumerate(said))
