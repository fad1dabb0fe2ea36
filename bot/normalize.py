"""One normalizer for index and query time, so Devanagari, romanized Hindi and English meet.

`clean` keeps the user's script (for display and language detection); `words` splits with
`\\p{L}\\p{M}\\p{N}` so Devanagari words stay whole (Python's `\\w` splits them at vowel signs);
`key` turns one word into a Latin "phonetic skeleton" with common spelling variation folded, so
`उद्यम पंजीकरण` and `udyam panjikaran` produce the same keys.
"""

import unicodedata
from functools import lru_cache
from itertools import groupby

import regex
from indic_transliteration import sanscript

from bot.misheard import heard_right

# Zero-width marks, soft hyphens and emoji variation selectors ("❤️" is "❤" + U+FE0F).
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0e\ufe0f"), None)
_DEVANAGARI_DIGITS = {ord(chr(0x0966 + d)): str(d) for d in range(10)}
# A word changes script where a Latin name meets a Hindi ending ("cgtmseके", "विश्वकर्माyojana"): two words.
_WORD = regex.compile(
    r"\p{N}*\p{Devanagari}[\p{Devanagari}\p{M}\p{N}]*|[[\p{L}\p{M}\p{N}]--\p{Devanagari}]+", regex.V1
)
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_NUKTA = "\u093c"
_CHANDRABINDU, _ANUSVARA = "\u0901", "\u0902"

# Order matters: longer spellings fold before the shorter ones they contain.
_LATIN_FOLDS = (
    ("ph", "f"),
    ("w", "v"),
    ("z", "j"),
    ("q", "k"),
    ("ck", "k"),
    ("x", "ks"),
    ("mb", "nb"),
    ("mp", "np"),
    ("ee", "i"),
    ("oo", "u"),
    ("ai", "e"),
    ("au", "o"),
    ("ei", "e"),
    ("ou", "o"),
    ("y", "i"),
)
# Romanized Hindi typed without its vowels ("kese kre", "nhi pta"): the full spelling it stands for.
_SHORTHAND = {
    "dairy": "dairyfarm",  # not देरी (delay), whose key it shares
    # a son, not Ladakh, whose key "लड़का" shares ("हमारा लड़का मिठाई की दुकान खोलना चाहता है" is no hill area)
    "लड़का": "ladka",
    # a trade (a line of work: "कितने ट्रेड हैं" of PM Vishwakarma's 18), as "trade" keys; not TReDS (ट्रेड्स)
    "ट्रेड": "trade",
    "ट्रेडों": "trade",
    # a mobile app, not "आप" (you)
    "ऐप": "mobileapp",
    # English "been" ("it's been 6 months"), a little word like "was"; not "bina" (without), whose key it shares
    "been": "was",
    # "by which" ("कोई योजना है जिससे मदद मिले?"), one letter from किससे ("from whom": "किससे मिलें" asks whom to meet)
    "जिससे": "whereby",
    "jisse": "whereby",
    # an officer is a person, not the office whose key it shares ("I'm a retired bank officer … in my village" asks
    # for no office near the village)
    "officer": "adhikari",
    "officers": "adhikari",
    "ऑफिसर": "adhikari",
    # इत्र and "itra" (attar, perfume) are not ITR (the income-tax return), whose key they share
    "इत्र": "attar",
    "itra": "attar",
    "ittar": "attar",
    # the portal's own spelling; "samadhan" (a solution, and in ODR's Hindi name) stays an everyday word
    "samadhaan": "samadhaanportal",
    "kr": "kar",
    "kre": "kare",
    "kro": "karo",
    "kru": "karu",
    "krna": "karna",
    "krne": "karne",
    "krni": "karni",
    "krte": "karte",
    "krta": "karta",
    "krti": "karti",
    "krke": "karke",
    "kren": "karen",
    "krein": "karein",
    "krenge": "karenge",
    "nhi": "nahi",
    "h": "hai",  # "kya h", "chahiye h"
    "hn": "hain",
    "btao": "batao",
    "bta": "bata",
    "btaye": "bataye",
    "pta": "pata",
    "mje": "mujhe",
    "mjhe": "mujhe",
    "mko": "mujhko",
    "hm": "hum",
    "skta": "sakta",
    "skte": "sakte",
    "skti": "sakti",
    "chahie": "chahiye",
    "chaiye": "chahiye",
    "chahiey": "chahiye",
    "milgea": "milega",
    "mlega": "milega",
    "lgta": "lagta",  # "kitna time lgta h"
    "lgti": "lagti",
    "lgte": "lagte",
    "lgega": "lagega",
    "lgegi": "lagegi",
    "kb": "kab",  # "subsidy kb milegi"
    "yojna": "yojana",
    "shehar": "shahar",  # शहर, as "sheher" and "shehar" are typed
    "sheher": "shahar",
    "shahr": "shahar",
    "yojnaen": "yojanaen",
    "yojnaye": "yojanaye",
    "yojnayen": "yojanayen",
    "gaon": "gaanv",
    "gav": "gaanv",
    "gaav": "gaanv",
    "govt": "government",
    # chat spellings of English: "wat all u can do", "r u there"
    "wat": "what",
    "u": "you",
    "gov": "government",
    "dept": "department",
    "ty": "thanku",  # (as typed; its key is टी's, tea)
    # Trades whose key is an everyday word's: बढ़ई (carpenter) keys as बड़े (big) and बधाई (congratulations),
    # नाई (barber) as नई (new). Each is read as the trade's English name.
    "बढ़ई": "carpenter",
    "badhai": "carpenter",
    "barhai": "carpenter",
    "नाई": "barber",
    "naai": "barber",  # (not "nai", which is also "nahi" and "new")
    # English words as Hindi writes them, keyed as typed in Latin letters: the record's Hindi lines keep "PAN" in
    # Latin letters (पैन keyed as "pen"), and कार्ड keyed "kard", one vowel from खरीद (purchase) and करोड़ (crore)
    "पैन": "pan",
    "कार्ड": "card",
    "लेवल": "level",  # (the record's Hindi says स्तर; its English, "levels")
    "लेवल्स": "level",
}
# English letters as Hindi writes them, so "पीएमईजीपी" and "PMEGP" meet. Longest spellings first.
_LETTER_NAMES = sorted(
    {
        "ए": "a",
        "बी": "b",
        "सी": "c",
        "डी": "d",
        "ई": "e",
        "इ": "e",  # (voice typing and quick typists often write the short vowel: "पीएमइजीपी")
        "एफ": "f",
        "एफ़": "f",
        "जी": "g",
        "एच": "h",
        "आई": "i",
        "जे": "j",
        "के": "k",
        "एल": "l",
        "एम": "m",
        "एन": "n",
        "ओ": "o",
        "पी": "p",
        "क्यू": "q",
        "आर": "r",
        "एस": "s",
        "टी": "t",
        "यू": "u",
        "वी": "v",
        "डब्ल्यू": "w",
        "डबल्यू": "w",
        "एक्स": "x",
        "वाई": "y",
        "जेड": "z",
        "ज़ेड": "z",
    }.items(),
    key=lambda kv: -len(kv[0]),
)
_ASPIRATE = regex.compile(r"(?<=[bcdgjkpqrstvz])h")
# A Latin letter typed three or more times draws a word out, as no English or romanized Hindi word has a letter
# thrice in a row: at the end one is meant ("hellooo", "hiii", "thankssss"), inside two ("gooood morning").
_DRAWN_OUT_END = regex.compile(r"([a-z])\1{2,}$")
_DRAWN_OUT = regex.compile(r"([a-z])\1{2,}")
_DOUBLED = regex.compile(r"([^0-9])\1+")  # (digits stay: 15000 is no 150)


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """Lower-cased NFC text with zero-width marks, punctuation and extra spaces removed; English
    negations written out ("hasn't paid", "didnt pay" → "has not paid", "did not pay")."""
    text = unicodedata.normalize("NFC", text or "").translate(_ZERO_WIDTH).translate(_DEVANAGARI_DIGITS)
    text = _NEGATION.sub(_not, text.casefold())
    return " ".join(words(text))


# Signs that make a number an amount or a share: "₹5", "5%" (no option's number, no PIN code).
AMOUNT_SIGNS = frozenset("₹%$")


def _not(match: regex.Match) -> str:
    """ "hasn't" → "has not", "can't" → "can not", "won't" → "will not"."""
    verb = match.group(1)
    return f"{_IRREGULAR_NOT.get(verb, verb)} not"


_NEGATION = regex.compile(r"\b(has|have|had|did|does|do|is|are|was|were|could|should|would|ca|wo)n['’]?t\b")
_IRREGULAR_NOT = {"ca": "can", "wo": "will"}


def words(text: str) -> list[str]:
    """Whole words, Devanagari vowel signs and viramas kept inside their word."""
    return _WORD.findall(text)


def has_devanagari(text: str) -> bool:
    return bool(_DEVANAGARI.search(text))


@lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The phonetic skeleton of one word: same key for the common spellings of a Hindi word."""
    word = _DRAWN_OUT.sub(r"\1\1", _DRAWN_OUT_END.sub(r"\1", word.casefold()))
    word = _SHORTHAND.get(word, word)
    acronym = _spelled_letters(word)
    if acronym:
        word = acronym
    elif has_devanagari(word):
        word = word.replace(_NUKTA, "").replace(_CHANDRABINDU, _ANUSVARA)
        # ITRANS has no candra O: ऑफिस lost its ऑ and keyed as फीस (fee). (Its sign ॉ is dropped as before:
        # as ो, कॉल would be खोल, "open".)
        word = word.replace("ऑ", "ओ")
        word = _singular(word)
        word = sanscript.transliterate(word, sanscript.DEVANAGARI, sanscript.ITRANS)
        word = word.replace("M", "n").replace(".N", "n").replace("RRi", "ri").casefold()
    word = "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isascii() and ch.isalnum())
    # ("suresh", सुरेश: its "sh" keys as "s", which is no English plural: not "sure")
    hushed = word.rstrip("a").endswith("sh")
    word = _ASPIRATE.sub("", word)
    for spelling, folded in _LATIN_FOLDS:
        word = word.replace(spelling, folded)
    word = _DOUBLED.sub(r"\1", word)
    if len(word) > 5 and word.endswith(("aon", "aen")):  # Hindi plurals: महिलाओं, योजनाएं → महिला, योजना
        word = word[:-2]
    elif len(word) > 6 and word.endswith("ao"):  # typed without the nasal: "mahilao"
        word = word[:-1]
    if len(word) > 3 and word.endswith("a") and word[-2] not in "aeiou":
        word = word[:-1]
    # English plurals ("centres", "documents"); short words ("gems") and acronyms ("cgtms") stay
    if len(word) > 4 and word.endswith("s") and _VOWEL.search(word[:-1]) and not hushed:
        word = word[:-1]
    return word


def _singular(word: str) -> str:
    """Hindi's oblique plurals keyed as their noun: दस्तावेजों, इकाइयों, शर्तें → दस्तावेज, इकाई, शर्त."""
    if len(word) <= SHORT_INFLECTED or word.startswith(NAMES_INFLECTED):
        return word
    for plural, noun_end in (("ियों", "ी"), ("इयों", "ई")):
        if word.endswith(plural):
            return word[: -len(plural)] + noun_end
    return word[:-2] if _OBLIQUE_PLURAL.search(word) else word


# Words of at most this many code points keep their ending: verbs (करें, लिखें) and short words (क्यों, दोनों).
SHORT_INFLECTED = 5
# Plurals of words that are also schemes' names (उद्यमों, "enterprises", is no Udyam Registration).
NAMES_INFLECTED = ("उद्यम", "उद्योग")
# A consonant (no vowel sign, no virama) before ों or ें.
_OBLIQUE_PLURAL = regex.compile(r"[\u0915-\u0939](?:ों|ें)$")
_VOWEL = regex.compile("[aeiouy]")
_SINGLE_LETTERS = frozenset(spelling for spelling, _ in _LETTER_NAMES)
# Latin letters typed one by one ("P M E G P"); "a" and "i", which are English words, only inside a
# longer run ("C H A M P I O N S", "g i f t").
_LATIN_LETTERS = frozenset("bcdefghjklmnopqrstuvwxyz")
_LATIN_VOWEL_WORDS = frozenset("ai")
_LONG_RUN = 4
# Letter names that are also everyday Hindi words (के "of", जी "sir", सी "like"): two letters with one of
# them are no acronym; three or more are ("सी जी टी एम एस ई").
_LETTER_WORDS = frozenset(("के", "जी", "सी", "ए", "ई"))


def _spelled_letters(word: str) -> str | None:
    """ "ओडीआर" -> "odr" when the whole word is two or more English letter names, else None."""
    out, rest = [], word
    while rest:
        for spelling, letter in _LETTER_NAMES:
            if rest.startswith(spelling):
                out.append(letter)
                rest = rest[len(spelling) :]
                break
        else:
            return None
    return "".join(out) if len(out) >= 2 else None


def keys(text: str) -> list[str]:
    """Skeleton keys of every word in `text`, in order."""
    return list(_keys(text))


@lru_cache(maxsize=16384)
def _keys(text: str) -> tuple[str, ...]:
    """Cached as a tuple: each matcher and finder takes the same message's keys again (~10 a turn)."""
    return tuple(k for k in (key(w) for w in message_words(text)) if k)


@lru_cache(maxsize=16384)
def message_words(text: str) -> tuple[str, ...]:
    """The cleaned words of `text`, misheard and regional ones read as meant ("you them", "कोनी"); letters
    spelled one by one ("पी एम ई जी पी", as voice typing writes an acronym, or "C G T M S E") are one word.
    (Cached: a turn reads the same message, its sentences and its relatives' names some 25 times.)"""
    return tuple(_trades_named(_pan_named(_apps_named(_letters_joined(heard_right(words(clean(text))))))))


def _apps_named(ws: list[str]) -> list[str]:
    """A Latin "app" is a mobile app beside making it ("app banana", "developing an app"); alone it is as often
    "aap" (you: "app kon ho", "kya app meri madad kar sakte hai"), whose key it shares."""
    return [
        "mobileapp" if w in _APPS and _APP_MAKING.intersection(ws[max(i - 2, 0) : i + 3]) else w
        for i, w in enumerate(ws)
    ]


_APPS = frozenset({"app", "apps"})
_APP_MAKING = frozenset(
    {
        "banana",
        "banane",
        "banaya",
        "bana",
        "banate",
        "develop",
        "developing",
        "development",
        "developer",
        "build",
        "building",
        "built",
        "mobile",
        "startup",
        "make",
        "making",
        "launch",
    }
)


def _pan_named(ws: list[str]) -> list[str]:
    """ "pen card", "पेन कार्ड", "pen number": PAN as it is said and voice-typed; a pen alone stays a pen ("pen
    banane ka kaam")."""
    return [
        _PAN_SPELLINGS.get(w, w) if ws[i + 1 : i + 2] and ws[i + 1] in _PAN_FORMS else w
        for i, w in enumerate(ws)
    ]


_PAN_SPELLINGS = {"pen": "pan", "पेन": "पैन"}
_PAN_FORMS = frozenset({"card", "number", "no", "कार्ड", "नंबर"})


def _trades_named(ws: list[str]) -> list[str]:
    """A Latin "nai" is a barber (नाई) where one says what one is ("main nai hu") or whose work or shop it is
    ("nai ka kaam", "nai ki dukan"); elsewhere it is "nahi" (no) or "nayi" (new): "otp nai aaya", "nai dukaan".
    An "itr" made, or whose work or shop it is ("itr banane ki training", "itr ka kaam"), is attar (perfume), not the
    income-tax return ("itr kaise bhare")."""
    return [
        "barber"
        if w == "nai" and (_being(ws, i) or _work_of(ws, i))
        else "attar"
        if w == "itr" and (_work_of(ws, i) or set(ws[i + 1 : i + 2]) & _MAKING)
        else w
        for i, w in enumerate(ws)
    ]


def _being(ws: list[str], i: int) -> bool:
    """Whether word `i` is what one says one is: "main nai hu", "mai nai"; not where one is not ("main nai hu abhi
    ghar pe": I am not at home now)."""
    before, after = ws[max(i - 1, 0) : i], ws[i + 1 : i + 3]
    return (
        bool(before) and before[0] in _SELF and (not after or after[0] in _AM) and not set(after[1:]) & _AWAY
    )


def _work_of(ws: list[str], i: int) -> bool:
    """Whether word `i` is whose work or shop follows: "nai ka kaam", "itr ki dukan"."""
    after = ws[i + 1 : i + 3]
    return len(after) == 2 and after[0] in _OF and after[1] in _WORK


_SELF = frozenset({"main", "mai", "me", "mein", "hum", "am"})
_AM = frozenset({"hu", "hoon", "hun", "hoo", "hai", "h", "hain", "the", "tha"})
_OF = frozenset({"ka", "ki", "ke"})
# After "main nai hu", where or when one is not: "main nai hu abhi ghar pe", "mai nai hu yaha", "main nai hu free".
_AWAY = frozenset(
    {
        "abhi",
        "abi",
        "ghar",
        "yaha",
        "yahan",
        "idhar",
        "waha",
        "wahan",
        "udhar",
        "available",
        "free",
        "busy",
        "online",
    }
)
_WORK = frozenset(
    {"kaam", "kam", "kaaam", "dukan", "dukaan", "shop", "dhandha", "dhanda", "business", "salon", "karobar"}
)
_MAKING = frozenset({"banane", "banana", "banata", "banati", "banate", "banake", "making", "bnane", "bnana"})


def _is_letter(word: str) -> bool:
    return word in _LATIN_LETTERS or (has_devanagari(word) and word in _SINGLE_LETTERS)


def _letters_joined(ws: list[str]) -> list[str]:
    return _joined_runs(ws, _spelled_out(ws))


def _spelled_out(ws: list[str]) -> set[int]:
    """Where single letters spell a word: runs of letters, "a" and "i" counted only in runs of four or more."""
    letters = [_is_letter(w) or w in _LATIN_VOWEL_WORDS for w in ws]
    spelled: set[int] = set()
    start = 0
    for end in range(len(ws) + 1):
        if end < len(ws) and letters[end]:
            continue
        run = range(start, end)
        vowels = any(ws[i] in _LATIN_VOWEL_WORDS for i in run)
        if not vowels or len(run) >= _LONG_RUN:
            spelled.update(run)
        else:
            spelled.update(i for i in run if _is_letter(ws[i]))
        start = end + 1
    return spelled


def _joined_runs(ws: list[str], spelled: set[int]) -> list[str]:
    out: list[str] = []
    run: list[str] = []
    for i, w in enumerate([*ws, ""]):
        if i in spelled:
            run.append(w)
            continue
        tail = []
        while len(run) > 2 and run[-1] == "के":  # "जी ई एम के लिए": the के is "for"
            tail.insert(0, run.pop())
        # "जेड के" is "for Z"; two Latin letters are a word of their own ("s c", "r u")
        joins = len(run) > 2 or (len(run) == 2 and not (_LETTER_WORDS | _LATIN_LETTERS) & set(run))
        out += (["".join(run)] if joins else run) + tail
        run = []
        if w:
            out.append(w)
    return out


@lru_cache(maxsize=16384)
def spaced(text: str) -> str:
    """The text's keys between spaces, so a phrase is found word for word: " 45 din men " (the
    knowledge base's lines and the phrase files' phrases come back on every message)."""
    return f" {' '.join(keys(text))} "


def says(line: str, phrase: str) -> bool:
    """Whether `line` has `phrase` word for word, each in its own script ("आगे" is no "age")."""
    return has_devanagari(line) == has_devanagari(phrase) and spaced(phrase) in spaced(line)


def says_any(line: str, phrases: tuple[str, ...]) -> bool:
    """Whether `line` has one of `phrases` word for word, each in its own script (one pass for a list
    checked on every message)."""
    by_script = _spaced_in(phrases)
    for devanagari, said, said_words in _script_runs(line):
        words_alone, longer = by_script[devanagari]
        if not words_alone.isdisjoint(said_words):
            return True
        for first in said_words & longer.keys():
            if any(p in said for p in longer[first]):
                return True
    return False


# (one message's line is checked against ~100 phrase lists: split it once)
@lru_cache(maxsize=4096)
def _script_runs(line: str) -> tuple[tuple[bool, str, frozenset[str]], ...]:
    """The line's runs of words in one script, each spaced and as a set of keys: "call aaya, 2000 रुपये फीस
    भेजो" has each script's phrases within that script's runs only ("मेरा phone खराब है, call नहीं लगता" says no
    "phone call")."""
    if not has_devanagari(line):
        said = spaced(line)
        return ((False, said, frozenset(said.split())),)
    spaced_runs = (
        (devanagari, spaced(" ".join(run)))
        for devanagari, run in groupby(words(clean(line)), key=has_devanagari)
    )
    return tuple((devanagari, said, frozenset(said.split())) for devanagari, said in spaced_runs)


# (~100 phrase lists and single phrases come back on every message: at 64 most calls recomputed theirs)
@lru_cache(maxsize=1024)
def _spaced_in(phrases: tuple[str, ...]) -> dict[bool, tuple[frozenset[str], dict[str, tuple[str, ...]]]]:
    """The phrases' spaced keys, Latin (False) and Devanagari (True) apart: those of one word as a set, the
    longer ones by their first word (only those whose first word the line says are looked for in it)."""
    by_script = {}
    for script in (False, True):
        keyed = [spaced(p) for p in phrases if has_devanagari(p) == script]
        longer: dict[str, list[str]] = {}
        for k in keyed:
            if len(k.split()) > 1:
                longer.setdefault(k.split()[0], []).append(k)
        alone = frozenset(k.strip() for k in keyed if len(k.split()) == 1)
        by_script[script] = (alone, {first: tuple(ks) for first, ks in longer.items()})
    return by_script
