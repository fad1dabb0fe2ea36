"""Scoring labelled phrases against a message, whole words only, typos tolerated on long words.

Built once from data; `score()` returns every label a message touches with a 0-1 score: the
IDF-weighted share of the phrase's words found in the message, each word weighted by how close
its spelling is. Short words (gem, odr, zed) must match exactly, so "gemstone" is not GeM.
"""

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

import regex
from rapidfuzz.distance import OSA

from bot.caching import cached_method
from bot.normalize import keys

# Words this long may differ by one edit (insert, delete, substitute, swap) when the longer of
# the two has at least FUZZY_MIN_LENGTH letters.
FUZZY_MIN_LENGTH = 6
# Five-letter words of equal length may only swap two neighbours ("pmgep"); "sunao" is not "sunar".
SWAP_MIN_LENGTH = 5
# No indexed word is near this long: a longer one (a pasted log, a run of letters) is no typo of ours,
# and looking costs the square of its length.
TYPO_MAX_LENGTH = 30
# A four-letter word may be a five-letter one missing an inner vowel ("pmgp", "yojna" → yojana);
# not a consonant ("care" is not "charges").
SHORT_DROP_LENGTH = 4
# Letters told apart only by voicing: a five-letter word may swap one for the other.
VOICING_PAIRS = frozenset(frozenset(p) for p in ("pb", "td", "kg"))
# Words whose spellings each index remembers.
SIMILAR_CACHE = 16384
# What a one-edit match is worth against an exact one.
FUZZY_WEIGHT = 0.85
# SMS spellings drop the vowels ("regstrtn", "dcmnt"): a word with at most this many vowels after its first
# letter, whose consonants are an indexed word's (at least SKELETON_MIN of them), may be that word.
SKELETON_VOWELS = 1
SKELETON_MIN = 5
NO_VOWELS = str.maketrans("", "", "aeiouy")
# An intent, aspect or other short phrase counts only when (nearly) all its words are present.
PHRASE_THRESHOLD = 0.84
# A phrase written in double quotes ('"kitna mil sakta hai"') counts only said together: its words in its order,
# with at most this many others among them ("kitna loan mil sakta hai"), not scattered over a long message.
TOGETHER_MARK = '"'
TOGETHER_SLACK = 2


@dataclass(frozen=True)
class Hit:
    label: str
    score: float
    phrase: str
    matched: frozenset[str]
    weight: float = 0.0  # how specific the matched words are (summed IDF): "mart" says more than "register"


def _vowels(word: str) -> int:
    return sum(ch in "aeiou" for ch in word)


def _skeleton(word: str) -> str:
    """The word's consonants, each run of one letter once ("registration" → "rgstrtn")."""
    return "".join(ch for ch, _ in groupby(word.translate(NO_VOWELS)))


def _drops_inner_vowel(longer: str, shorter: str) -> bool:
    inner = range(1, len(longer) - 1)
    return any(longer[i] in "aeiou" and longer[:i] + longer[i + 1 :] == shorter for i in inner)


def _voicing(a: str, b: str) -> bool:
    """One letter after the first swapped for its voiced or voiceless twin ("pmegb" for "pmegp"): a slip
    of the ear; a first letter changes the word ("party" is no "bharti")."""
    diff = [(x, y) for x, y in zip(a[1:], b[1:], strict=False) if x != y]
    return len(a) == len(b) and a[0] == b[0] and len(diff) == 1 and frozenset(diff[0]) in VOICING_PAIRS


# "e-portal", "ई-मार्केटप्लेस": a single letter joined to a word by a hyphen.
_LETTER_PREFIX = regex.compile(r"(?<![\p{L}\p{M}])[\p{L}][\p{M}]*-")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


class PhraseIndex:
    """Index of `(label, phrase)` pairs; `skip` words are ignored inside phrases that have others. A phrase
    they would shrink to one word needs them said as well: "settle online" is not every "settle", "micro me
    aayegi" not every "micro"; only `name_words` leave a name alone ("GeM portal" is GeM). `not_typos` are
    words of their own, never read as a near spelling of an indexed one. With
    `drop_lone_letters`, a letter prefixed to a word ("e" of "pmegp e-portal") leaves the phrase: आई
    ("came") keys as "e". An acronym ("PPP for MSEs", keyed "p") stays: without it "mses" would name one.
    A phrase in double quotes counts only with its words said together (TOGETHER_SLACK)."""

    def __init__(
        self,
        pairs: Iterable[tuple[str, str]],
        skip: frozenset[str] = frozenset(),
        cache_size: int = SIMILAR_CACHE,
        not_typos: frozenset[str] = frozenset(),
        drop_lone_letters: bool = False,
        name_words: frozenset[str] = frozenset(),
    ):
        self.skip = skip
        self.entries: list[tuple[str, str, tuple[str, ...]]] = []
        # Entry number → the skipped words its one remaining word needs beside it.
        self.needs: dict[int, frozenset[str]] = {}
        # Entry numbers of the phrases written in quotes, to be said together.
        together: set[int] = set()
        seen = set()
        for label, phrase in pairs:
            words = tuple(dict.fromkeys(keys(phrase)))
            content = tuple(w for w in words if w not in skip) or words
            longer = tuple(w for w in content if len(w) > 1 or not w.isalpha())
            if drop_lone_letters and longer and _LETTER_PREFIX.search(phrase):
                content = longer
            needs = (
                (frozenset(words) & skip) - frozenset(content) - name_words
                if len(content) == 1
                else frozenset()
            )
            quoted = _quoted(phrase)
            if content and (label, content, needs, quoted) not in seen:
                seen.add((label, content, needs, quoted))
                if needs:
                    self.needs[len(self.entries)] = needs
                if quoted and len(content) > 1:
                    together.add(len(self.entries))
                self.entries.append((label, phrase, content))
        self.together = frozenset(together)
        # Each label's phrases, for the checks that walk one label's phrases (not all 90,000 at scale).
        self._entries_of: dict[str, list[int]] = defaultdict(list)
        self.by_word: dict[str, list[int]] = defaultdict(list)
        # The labels of each word, in phrases that count anywhere and in those said together: a word weighs as
        # the first make it ("kaise" of "kaise sampark kare" no lighter for it), and is known only by them
        # ("kaam" of "kis kaam aata" names nothing alone).
        labels_by_word: dict[str, set[str]] = defaultdict(set)
        together_labels: dict[str, set[str]] = defaultdict(set)
        for i, (label, _, words) in enumerate(self.entries):
            self._entries_of[label].append(i)
            for w in words:
                self.by_word[w].append(i)
                (together_labels if i in self.together else labels_by_word)[w].add(label)
        n_labels = len({label for label, _, _ in self.entries}) or 1
        self.idf = {
            w: math.log(1 + n_labels / len(labels_by_word.get(w) or together_labels[w])) for w in self.by_word
        }
        self.totals = [sum(self.idf[w] for w in words) for _, _, words in self.entries]
        self.near: dict[str, set[str]] = defaultdict(set)
        for w in self.by_word:
            if len(w) >= SWAP_MIN_LENGTH:
                for d in _deletes(w):
                    self.near[d].add(w)
        self.not_typos = not_typos
        self.skeletons: dict[str, set[str]] = defaultdict(set)
        for w in self.by_word:
            skeleton = _skeleton(w)
            if len(skeleton) >= SKELETON_MIN:
                self.skeletons[skeleton].add(w)
        # Every word indexed in a phrase that counts anywhere; built once, since the matcher asks on every message.
        self.vocabulary: frozenset[str] = frozenset(labels_by_word)
        # Messages reuse the same few thousand words: each word's spellings are looked up once.
        self.similar = cached_method(self.similar_uncached, cache_size)

    def similar_uncached(self, word: str) -> dict[str, float]:
        """Indexed words that `word` may be a spelling of, with how close each is (read-only)."""
        if word in self.by_word:  # a word spelled as indexed is not a typo of another
            return {word: 1.0}
        if word in self.not_typos:
            return {}
        found: dict[str, float] = {}
        if _vowels(word[1:]) <= SKELETON_VOWELS and word.isascii():
            skeleton = _skeleton(word)
            found = dict.fromkeys(
                self.skeletons.get(skeleton, ()) if len(skeleton) >= SKELETON_MIN else (), FUZZY_WEIGHT
            )
            if found:  # "msme regstrtn krna h": registration
                return found
        if len(word) == SHORT_DROP_LENGTH:
            return {c: FUZZY_WEIGHT for c in self.near.get(word, ()) if _drops_inner_vowel(c, word)}
        if not SWAP_MIN_LENGTH <= len(word) <= TYPO_MAX_LENGTH:
            return found
        candidates = set(self.near.get(word, ()))
        for d in _deletes(word):
            candidates |= self.near.get(d, set())
            if d in self.by_word:
                candidates.add(d)
        for c in candidates - found.keys():
            if OSA.distance(word, c) > 1:
                continue
            if max(len(c), len(word)) >= FUZZY_MIN_LENGTH or sorted(c) == sorted(word) or _voicing(c, word):
                found[c] = FUZZY_WEIGHT
        return found

    def present_words(self, label: str, message_keys: list[str]) -> frozenset[str]:
        """The words of `label`'s phrases that the message says word for word ("rooftop solar"; not the
        "pm" of "pm surya ghar" when only "pm" is there, nor "gst registration" in "registration ... gst")."""
        return frozenset(w for phrase in self._said(label, message_keys) for w in phrase)

    def phrases_of(self, label: str) -> list[str]:
        """Every phrase indexed under `label`, as written."""
        return [self.entries[i][1] for i in self._entries_of.get(label, ())]

    def longest_said(self, label: str, message_keys: list[str]) -> int:
        """How many words the longest of `label`'s phrases that the message says word for word has."""
        return max((len(phrase) for phrase in self._said(label, message_keys)), default=0)

    def _said(self, label: str, message_keys: list[str]) -> list[tuple[str, ...]]:
        said = " " + " ".join(k for k in message_keys if k not in self.skip) + " "
        return [phrase for phrase in self._phrases(label, message_keys) if f" {' '.join(phrase)} " in said]

    def words_of(self, label: str) -> list[tuple[str, ...]]:
        """The words of each of `label`'s phrases, as indexed."""
        return [self.entries[i][2] for i in self._entries_of.get(label, ())]

    def _phrases(self, label: str, message_keys: list[str]) -> list[tuple[str, ...]]:
        """`label`'s phrases whose skipped words, where one needs them, the message says ("settle online")."""
        present = frozenset(message_keys)
        needs = self.needs
        return [
            self.entries[i][2]
            for i in self._entries_of.get(label, ())
            if i not in needs or needs[i] <= present
        ]

    def best_label(self, message_keys: list[str]) -> str | None:
        """The label whose phrase is most fully present, if any."""
        hit = fullest(self.phrases_in(message_keys))
        return hit.label if hit else None

    def together_in(self, message_keys: list[str], slack: int) -> list[Hit]:
        """The hits whose words the message says close together: every word of one of the label's
        phrases, with at most `slack` other words among them, words this index skips not counted
        ("how much loan", "loan for my daughter's wedding"; not "pmegp loan ... How much subsidy")."""
        at = self._places([k for k in message_keys if k not in self.skip])
        return [
            h
            for h in self.phrases_in(message_keys)
            if any(
                all(w in at for w in phrase) and _narrowest(phrase, at) < len(phrase) + slack
                for phrase in self._phrases(h.label, message_keys)
            )
        ]

    def _places(self, message_keys: list[str]) -> dict[str, list[int]]:
        """Where in the message each indexed word is said, in any spelling taken for it."""
        at: dict[str, list[int]] = defaultdict(list)
        for i, k in enumerate(message_keys):
            for w in self.similar(k):
                at[w].append(i)
        return at

    def phrases_in(self, message_keys: list[str]) -> list[Hit]:
        """The labels whose phrase is (nearly) all present in the message."""
        return list(self.score(message_keys, PHRASE_THRESHOLD).values())

    def score(self, message_keys: list[str], at_least: float = 0.0) -> dict[str, Hit]:
        """Best hit per label touched by the message, of those scoring `at_least` (a hit is built only for
        them: most labels a message touches fall short, and building theirs was a third of the matcher)."""
        sims = self._similarities(message_keys)
        got, count = self._sums(sims)
        leaders: dict[str, tuple[float, int, int]] = {}
        entries, totals, needs, idf = self.entries, self.totals, self.needs, self.idf
        said = frozenset(message_keys)
        # (where each indexed word is said: looked up once a phrase to be said together asks)
        places: dict[str, list[int]] | None = None
        for i, total in got.items():
            if i in needs and not needs[i] <= said:
                continue
            if i in self.together:
                places = places if places is not None else self._places(message_keys)
                if not _close(entries[i][2], places, TOGETHER_SLACK):
                    continue
            label = entries[i][0]
            ratio = total / totals[i]
            leader = leaders.get(label)
            if leader is not None and ratio < leader[0] - 2e-6:  # rounds below the leader's: no need to round
                continue
            rank = (round(ratio, 6), count[i], -i)  # (float sums in another order: 0.9999999)
            if leader is None or rank > leader:
                leaders[label] = rank
        best: dict[str, Hit] = {}
        for label, (ratio, _, neg_i) in leaders.items():
            score = round(ratio, 6)
            if score < at_least:
                continue
            _, phrase, words = entries[-neg_i]
            matched = frozenset(w for w in words if w in sims)
            best[label] = Hit(label, score, phrase, matched, sum(idf[w] for w in matched))
        return best

    def _similarities(self, message_keys: list[str]) -> dict[str, float]:
        """Each indexed word the message says, with how close its closest spelling there is."""
        sims: dict[str, float] = {}
        for w in message_keys:
            for c, s in self.similar(w).items():
                if c not in sims or s > sims[c]:
                    sims[c] = s
        return sims

    def _sums(self, sims: dict[str, float]) -> tuple[dict[int, float], dict[int, int]]:
        """Per entry touched: the IDF-weighted closeness of its words said, and how many (plain dicts, in
        the words' order: the same sums, to the last bit, as ever)."""
        idf, by_word = self.idf, self.by_word
        got: dict[int, float] = {}
        count: dict[int, int] = {}
        for w, sim in sims.items():
            weighted = idf[w] * sim
            for i in by_word[w]:
                if i in got:
                    got[i] += weighted
                    count[i] += 1
                else:
                    got[i] = weighted
                    count[i] = 1
        return got, count


def said_together(words: frozenset[str], message_keys: list[str], slack: int) -> bool:
    """Whether the message says all of `words` with at most `slack` other words among them ("itr ki
    dukan"; not "itr kaise bhare, dukan ki income h")."""
    if not words <= set(message_keys):
        return False
    at: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(message_keys):
        if k in words:
            at[k].append(i)
    return _narrowest(tuple(words), at) < len(words) + slack


def _quoted(phrase: str) -> bool:
    """Whether a phrase is written in double quotes: to be said together."""
    text = phrase.strip()
    return len(text) > 1 and text[0] == text[-1] == TOGETHER_MARK


def _close(phrase: tuple[str, ...], at: dict[str, list[int]], slack: int) -> bool:
    """Whether the words of `phrase` the message says, two or more, are said in its order with at most `slack`
    others among them ("kitna loan mil sakta hai"; not "mera kaam aata hai, kis tarah…" for "kis kaam aata").
    Words it lacks, a phrase nearly all present, are asked nothing of where; one word alone is not said together
    (nor a hit to rank among the others: "हैं" of '"कितने मिल सकते हैं"')."""
    found = [w for w in phrase if w in at]
    for start in at[found[0]] if len(found) > 1 else ():
        end = start
        for w in found[1:]:
            later = bisect_right(at[w], end)
            if later == len(at[w]):
                return False  # (a later start has no later words either)
            end = at[w][later]
        if end - start <= len(found) - 1 + slack:
            return True
    return False


def _narrowest(phrase: tuple[str, ...], at: dict[str, list[int]]) -> float:
    """The fewest positions apart the message says all of `phrase`'s words (one sweep over their places)."""
    words = set(phrase)
    places = sorted((i, w) for w in words for i in at[w])
    seen: dict[str, int] = {}
    best, start = math.inf, 0
    for i, w in places:
        seen[w] = seen.get(w, 0) + 1
        while len(seen) == len(words):
            best = min(best, i - places[start][0])
            first = places[start][1]
            seen[first] -= 1
            if not seen[first]:
                del seen[first]
            start += 1
    return best


def fullest(hits: list[Hit]) -> Hit | None:
    """The hit whose phrase is most fully present: the most words found, then the best score."""
    return max(hits, key=lambda h: (len(h.matched), h.score)) if hits else None


def within_a_longer(hit: Hit, hits: list[Hit], message_keys: list[str], fillers: frozenset[str]) -> bool:
    """Whether `hit`, its words scattered over the message, says nothing beyond fillers and the words of a longer
    phrase said word for word: "we supplied bricks to a contractor … what can I do" asks what to do; its "can"
    and "a" ask no "can a" (who may)."""
    said = f" {' '.join(message_keys)} "
    if f" {' '.join(keys(hit.phrase))} " in said:
        return False
    return any(
        len(other.matched) > len(hit.matched)
        and f" {' '.join(keys(other.phrase))} " in said
        and hit.matched & other.matched
        and hit.matched - other.matched <= fillers
        for other in hits
    )
