"""Misspelt towns ("Lucknw", "kerela", "Kotaa", "कोटाा"): the known places a word not read as a place is a
few letters away from. The gazetteer forgives no typo in a short word (five letters made "khatam"
Khammam), so a centre search that found no place would otherwise ask "which city?" again and again;
here the word is said not to be known, and the close names offered (or, one letter away from only one
big place, taken with a note)."""

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.normalize import clean, has_devanagari, key, words
from bot.phrases import word_keys
from bot.places import Place, ascii_name, centre_words, cued, everyday_spellings

# Words shorter than this are too often syllables or everyday words to guess a place from.
MIN_LETTERS = 4
# A close name is at most this many edits away, and at most one edit per this many letters of the word.
MAX_EDITS = 2
LETTERS_PER_EDIT = 3
# How many close names a "did you mean?" offers.
SHOWN = 3


@dataclass(frozen=True)
class Guess:
    """A word of the message taken for a place name it does not match, and the places it may be."""

    said: str  # as the user wrote it ("lucknw")
    edits: tuple[int, ...]  # how many letters away each place is, nearest first; empty when none is close
    places: tuple[Place, ...]
    names: tuple[str, ...]  # the name each is close to ("Sagar", which geonames calls Saugor)

    @property
    def sure(self) -> bool:
        """One letter from one place only, nothing else as near ("Lucknw": Lucknow; not "kerela", Kerala
        or Narela), in a word long enough to trust."""
        if not self.edits or self.edits[0] > 1 or len(self.said) <= MIN_LETTERS:
            return False
        return len(self.edits) == 1 or self.edits[1] > self.edits[0]


class PlaceGuesser:
    """The notable places (states, centres' towns, big towns) by every name, to find near spellings."""

    def __init__(self, named: Iterable[tuple[Place, str]]) -> None:
        pairs = [(p, n) for p, n in dict.fromkeys(named) if p.notable]
        self.places = [p for p, _ in pairs]
        self.called = [n for _, n in pairs]
        self.names = [_spelling(n) for n in self.called]

    def guess(
        self, text: str, unknown: Iterable[str], place_keys: frozenset[str], whole: bool
    ) -> Guess | None:
        """The first word of `text` where a place would be ("kerela me centre"; any word of a reply that is
        only a place, `whole`) that no word list knows: a word the matcher found `unknown`, or a place's
        key not spelt as the place ("kotaa" for Kota); None when there is no such word."""
        said = words(clean(text))
        said_keys = [key(w) for w in said]
        skip = word_keys("fillers") | centre_words()
        unknown = set(unknown)
        for i, (w, k) in enumerate(zip(said, said_keys, strict=True)):
            if len(w) < MIN_LETTERS or k in skip or w in everyday_spellings():
                continue
            if (k in unknown or k in place_keys) and (whole or cued(said_keys, i, i)):
                return self.close_to(w)
        return None

    def close_to(self, word: str) -> Guess:
        """The places named a few letters away from `word`, nearest first, then states and bigger towns;
        one per name and state ("aurangbad": Aurangabad in Maharashtra, then in Bihar)."""
        allowed = min(MAX_EDITS, len(word) // LETTERS_PER_EDIT)
        found = process.extract(
            word, self.names, scorer=Levenshtein.distance, score_cutoff=allowed, limit=None
        )
        out: dict[tuple[str, str], tuple[int, Place, str]] = {}
        for _, edits, i in sorted(found, key=lambda f: (f[1], _smaller(self.places[f[2]]))):
            place = self.places[i]
            out.setdefault((place.name, place.state), (edits, place, ascii_name(self.called[i])))
        shown = list(out.values())[:SHOWN]
        return Guess(
            word,
            tuple(edits for edits, _, _ in shown),
            tuple(place for _, place, _ in shown),
            tuple(name for _, _, name in shown),
        )


def _spelling(name: str) -> str:
    """A name as a message would write it: lower case, Latin without accents (Devanagari as it is)."""
    return clean(name if has_devanagari(name) else ascii_name(name))


def _smaller(place: Place) -> tuple[bool, int]:
    """States first, then the bigger town ("kerela": Kerala before Narela)."""
    return place.kind != "state", -place.population
