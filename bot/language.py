"""Which way a message is written: Devanagari Hindi, romanized Hindi or English."""

import unicodedata
from functools import cache
from itertools import pairwise

import regex

from bot.normalize import clean, key, says, says_any, words
from bot.phrases import word_forms, word_keys, word_list

HI, HINGLISH, EN = "hi", "hinglish", "en"
# Share of letters in Devanagari from which a mixed message counts as Hindi.
DEVANAGARI_SHARE = 0.3
# English function words that make a message English around a Hindi quote.
ENGLISH_FRAME = 3
# At most this many words, a tie between Hindi and English words is Hindi ("hello ji", "thanks bhai").
SHORT_TIE = 3

_DEVANAGARI_LETTER = regex.compile(r"\p{Devanagari}")
_LATIN_LETTER = regex.compile(r"\p{Latin}")
# Letters of any other script (India's others, Urdu's, Chinese, Cyrillic…): a language the bot cannot read.
_OTHER_LETTER = regex.compile(r"[\p{L}--[\p{Latin}\p{Devanagari}]]", regex.VERSION1)


ME = key("me")
DO = key("do")
YA = key("ya")


@cache
def _before_english_me() -> frozenset[str]:
    """Verbs that take an English "me" ("tell me", "help me", "send me")."""
    return frozenset(
        key(w)
        for w in (
            "tell",
            "help",
            "give",
            "show",
            "send",
            "call",
            "let",
            "guide",
            "email",
            "text",
            "contact",
            "connect",
            "mail",
            "ask",
            "excuse",
            "near",
        )
    )


def unreadable_script(text: str) -> bool:
    """Written mostly in a script other than Devanagari or Latin ("আমি ঋণ চাই", "கடன் வேண்டும்")."""
    if not _OTHER_LETTER.search(text):  # (every message passes here: most stop at the first look)
        return False
    text = unicodedata.normalize("NFKC", text)  # "𝐔𝐝𝐲𝐚𝐦" in bold letters is Latin
    other = len(_OTHER_LETTER.findall(text))
    return other >= len(_DEVANAGARI_LETTER.findall(text)) + len(_LATIN_LETTER.findall(text))


def has_devanagari(text: str) -> bool:
    """Any Devanagari letter: in a command ("/set pmegp summary.hi हैक") the only sign of its writer's language,
    as its name, ids and fields are Latin in any language."""
    return bool(_DEVANAGARI_LETTER.search(text))


def shows_language(text: str) -> bool:
    """Whether the message itself says how the user writes (not just names like "PMEGP helpline")."""
    if detect(text) == HI:
        return True
    hindi, english = _counts(text)
    return hindi != english


def continues(text: str) -> bool:
    """ "aur CGTMSE ke?", "and for GeM?": the user asks the same thing about another topic."""
    return any(key(w) in word_keys("continuations") for w in words(clean(text)))


def goes_on_to(text: str, names: frozenset[str] | set[str]) -> bool:
    """ "what about udyam, does it need GST?", "aur udyam ke liye", "wapas udyam pe", "back to udyam": a
    continuation or a going back said right before one of `names` (keys) goes on to that one; not "and does it
    need udyam?", which asks it of the one discussed."""
    said = [key(w) for w in words(clean(text)) if key(w) != TO]
    before = {key(p.split()[-1]) for p in word_list("words", "continuations")} | word_keys("back_to_words")
    return any(w in before and n in names for w, n in pairwise(said))


TO = key("to")


def corrects(text: str) -> bool:
    """ "nahi, pmegp ke", "no, I meant PMEGP": the same thing asked again, of the topic meant."""
    said = [key(w) for w in words(clean(text))]
    return bool(said) and (said[0] in word_keys("corrections") or says_what_was_meant(text))


def says_what_was_meant(text: str) -> bool:
    """ "नहीं, मेरा मतलब जेम पोर्टल", "I meant GeM", "maine pmegp pucha tha": a correction in words, more than a
    first "no"."""
    meant = tuple(p for p in word_list("words", "corrections") if " " in p) + word_list("words", "meant_asks")
    return says_any(text, meant)


def slip_keys(text: str) -> frozenset[str]:
    """The words of the corrections a message says ("galti se likha"): they admit a slip, and ask to change
    nothing registered."""
    said = [p for p in word_list("words", "corrections") if says_any(text, (p,))]
    return frozenset(key(w) for p in said for w in words(clean(p)))


def detect(text: str) -> str:
    """`hi`, `hinglish` or `en`; text with no letters counts as English."""
    deva = len(_DEVANAGARI_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    hindi, english = _counts(text)
    if deva and deva >= DEVANAGARI_SHARE * (deva + latin):
        # "Citizen asked: उद्यम की फीस कितनी है? What should I tell?": staff quoting in English
        return EN if english >= ENGLISH_FRAME and english > hindi and _framed_in_latin(text) else HI
    return HINGLISH if hindi > english or (hindi and hindi == english and _hindi_greeting(text)) else EN


def _hindi_greeting(text: str) -> bool:
    """A few words with a Hindi one as written: "hello ji", "thanks bhai" are a Hindi speaker's; not "She says
    PMEGP" ("she" keys as से), nor a sentence ("Hi Sahayak, hope you're doing well")."""
    said = words(clean(text))
    hindi = word_forms("hinglish_markers") | word_forms("hinglish_forms")
    return len(said) <= SHORT_TIE and any(w in hindi for w in said)


def _framed_in_latin(text: str) -> bool:
    """The message opens and closes in Latin letters, around a Devanagari quote ("Citizen asked: … What
    should I tell?"); not "उद्यम पोर्टल नहीं खुल रहा, it isn't working"."""
    said = [w for w in words(text) if _DEVANAGARI_LETTER.search(w) or _LATIN_LETTER.search(w)]
    return bool(said) and not _DEVANAGARI_LETTER.search(said[0]) and not _DEVANAGARI_LETTER.search(said[-1])


def _counts(text: str) -> tuple[int, int]:
    """Romanized-Hindi and English function words; words of both count for neither, except "me"
    after a noun ("pune me tool room" is में; "tell me", "for me" are English), a closing "do" and a "ya"
    between names."""
    said = words(clean(text))
    keys_ = [key(w) for w in said]
    both = word_keys("hinglish_markers") & word_keys("english_markers")
    hindi = sum(k in word_keys("hinglish_markers") and k not in both for k in keys_)
    hindi += sum(w in word_forms("hinglish_forms") for w in said)  # "hlo bhai": "bhai" keys as "be"
    english = sum(k in word_keys("english_markers") and k not in both for k in keys_)
    hindi += sum(
        k == ME
        and i > 0
        and keys_[i - 1] not in word_keys("english_markers")
        and keys_[i - 1] not in _before_english_me()
        for i, k in enumerate(keys_)
    )
    # "helpline number do", "link bhej do": a closing "do" after a noun is दो ("give"); "what to do" is not.
    hindi += len(keys_) > 1 and keys_[-1] == DO and keys_[-2] not in word_keys("english_markers")
    # "pmegp ya cgtmse?": a "ya" between two words that are not English is या ("or"); "ya sure" is "yes"
    hindi += sum(
        k == YA and 0 < i < len(keys_) - 1 and not {keys_[i - 1], keys_[i + 1]} & word_keys("english_markers")
        for i, k in enumerate(keys_)
    )
    return hindi, english


def reply_language(input_language: str) -> str:
    """Replies are Hindi (Devanagari) for Hindi in either script, English otherwise."""
    return HI if input_language in (HI, HINGLISH) else EN


def language_asked(text: str) -> str:
    """Of Hindi and English, the one a message naming both asks for: the longer request wins ("he cannot read
    english, can you reply in hindi?" is Hindi, "hindi nahi aati, english me bolo" English), then the later."""
    line = clean(text)

    def weight(label: str) -> tuple[int, int]:
        said = [clean(p) for p in word_list("intents", label) if says(text, p)]
        return max(((len(p.split()), line.rfind(p)) for p in said), default=(0, -1))

    return EN if weight("language_en") > weight("language_hi") else HI
