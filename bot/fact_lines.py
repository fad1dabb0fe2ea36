"""The few lines of a scheme's facts that answer a narrow follow-up ("women?", "gaon me kitna", "toolkit?").

A follow-up like "what about for women?" names neither a scheme nor a whole aspect; the answer is
one line of the current scheme's benefits or eligibility. Each line is indexed in both languages
(lines of a field are parallel in `en` and `hi`), so "mahila" finds "महिलाएँ" and "women" alike.
"""

from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from bot.answers import ASPECT_FIELDS
from bot.caching import cached_method
from bot.knowledge import Knowledge, items, text
from bot.matcher import scheme_names
from bot.normalize import clean, has_devanagari, keys, says_any, spaced
from bot.phrase_index import PhraseIndex
from bot.phrases import word_forms

# Fields searched, and the aspect each one answers (key facts belong to the overview).
# The note says how to get help ("if not solved in 48 hours, escalate by email"): a contact line.
FIELDS = {field: aspect for aspect, field in ASPECT_FIELDS.items()} | {
    "key_facts": "overview",
    "note": "contact",
}
# Lines whose evidence is at least this share of the best line's are shown with it.
NEAR_BEST = 0.8
MAX_LINES = 3
# Summary sentences that answer a detail, at most ("which bank gives PMEGP?": a bank gives the loan; KVIC works
# with the state KVIBs, the DICs and banks).
SUMMARY_SENTENCES = 2
# At least this share of the follow-up's own words must occur in the scheme's facts: "mere gaon me
# school nahi" is not asking about the rural subsidy.
MIN_COVERAGE = 0.5
# Follow-ups use few words: each scheme's index remembers this many words' spellings.
FACT_WORDS_CACHE = 1024
LINES_SAYING_CACHE = 1024


@dataclass(frozen=True)
class FactMatch:
    aspect: str  # of the first line shown
    lines: tuple[str, ...]  # in the reply language, in the data's order
    # Every line is from the aspect's own list ("Documents"): its heading goes above them, since a bare
    # "• Udyam Registration" says nothing of why it is shown.
    one_list: bool = False


class FactLines:
    """Per scheme, an index over its fact lines; built once per knowledge snapshot."""

    def __init__(self, knowledge: Knowledge):
        self.knowledge = knowledge
        self.indexes: dict[str, PhraseIndex] = {}
        # A scheme's own name ("pmegp women") says which scheme, not which line.
        self.names: dict[str, frozenset[str]] = {}
        for sid, scheme in knowledge.schemes.items():
            self.names[sid] = frozenset(k for n in scheme_names(sid, scheme) for k in keys(n))
            pairs = [
                (f"{field}:{i}", line)
                for field in FIELDS
                for lang in ("en", "hi")
                for i, line in enumerate(items(scheme.get(field), lang))
            ]
            self.indexes[sid] = PhraseIndex(pairs, cache_size=FACT_WORDS_CACHE)
        # Summaries say some things no bullet does ("free at CSCs", "3% from women-owned MSEs"); their
        # sentences are searched for details and groups, and the whole summary is shown.
        self.summary_sentences = {
            sid: [s for lang in ("en", "hi") for s in split_sentences(text(scheme.get("summary"), lang))]
            for sid, scheme in knowledge.schemes.items()
        }
        # The one-line description and the summary say what no line may ("three levels", "65 centres"): each
        # sentence is indexed by its place, in both languages, for a follow-up no line answers.
        self.summary_indexes = {
            sid: PhraseIndex(
                [
                    (str(i), sentence)
                    for lang in ("en", "hi")
                    for i, sentence in enumerate(_described(scheme, lang))
                ],
                cache_size=FACT_WORDS_CACHE,
            )
            for sid, scheme in knowledge.schemes.items()
        }
        # Each scheme's other names ("mse spice" beside "mse gift"), where a line may name a part of it.
        self.aliases: dict[str, list[str]] = {}
        for alias in knowledge.aliases:
            self.aliases.setdefault(alias.topic, []).append(alias.text)
        # (a scheme's lines that say another's phrases are asked again on every follow-up in a chat)
        self.lines_saying = cached_method(self._lines_saying, LINES_SAYING_CACHE)

    def find(
        self, scheme_id: str, message_words: list[str], lang: str, aspect: str | None = None
    ) -> FactMatch | None:
        """The lines of `scheme_id` that the message's own words (not "kya", "kitna") point to; only
        lines of `aspect` when the message asked for one ("mahilaon ko kitni subsidy" → benefits)."""
        index = self.indexes.get(scheme_id)
        if index is None or not message_words:
            return None
        words = [w for w in dict.fromkeys(message_words) if w not in self.names[scheme_id]]
        chosen = _best_labels(
            index, words, lambda label: aspect is None or FIELDS[label.split(":")[0]] == aspect
        )
        if chosen is None or len(chosen) > MAX_LINES:  # (words everywhere in this scheme pick nothing)
            return None
        return self._match(scheme_id, sorted(chosen, key=_data_order), lang)

    def in_summary(
        self, scheme_id: str, message_words: list[str], lang: str, count: bool
    ) -> FactMatch | None:
        """The sentences of `scheme_id`'s one-line description and summary that the words point to, where no
        line does ("kitne level hai" after ZED: "three levels: Bronze, Silver and Gold"); only those with a
        figure when a `count` is asked ("कितने केंद्र हैं" after EFC: its 65 centres, not what a centre is)."""
        index = self.summary_indexes.get(scheme_id)
        chosen = _best_labels(index, list(dict.fromkeys(message_words)), lambda _: True) if index else None
        if not chosen:
            return None
        said = [
            _sentence_described(self.knowledge.schemes[scheme_id], lang, int(i))
            for i in sorted(chosen, key=int)
        ]
        if count and any(FIGURES.search(sentence) for sentence in said):
            said = [sentence for sentence in said if FIGURES.search(sentence)]
        return FactMatch("overview", tuple(dict.fromkeys(said[:SUMMARY_SENTENCES])))

    def stated_figures(self, scheme_id: str, lang: str) -> tuple[str, ...]:
        """The first sentences of `scheme_id`'s description and summary that state a figure ("65 MSME Ministry
        centres…"): what "how many are there" gets."""
        scheme = self.knowledge.schemes[scheme_id]
        said = (_sentence_described(scheme, lang, i) for i in range(len(_described(scheme, lang))))
        return tuple(dict.fromkeys(s for s in said if FIGURES.search(s)))[:SUMMARY_SENTENCES]

    def covers(self, scheme_id: str, words: list[str]) -> bool:
        """Whether every one of `words` is said (or nearly) in some line of `scheme_id`."""
        index = self.indexes.get(scheme_id)
        return index is not None and all(index.similar(w) for w in words)

    def mentioning(
        self,
        scheme_id: str,
        phrases: list[str],
        lang: str,
        limit: int,
        whole_summary: bool = True,
        aspect: str | None = None,
    ) -> FactMatch | None:
        """The first `limit` lines of `scheme_id` (data order) that say one of `phrases` word for word,
        in the phrase's own script, only those of `aspect` when some are ("no GST, can I still register?":
        who can, not also GST in its benefits); when no line does but a sentence of the summary does, the
        whole summary (only that sentence, in the reply's language, when not `whole_summary`)."""
        scheme = self.knowledge.schemes.get(scheme_id)
        if scheme is None:
            return None
        # (each phrase's script and keys once, not once per line: this runs over every line of the record)
        prepared = [(has_devanagari(p), spaced(p)) for p in phrases]

        def says_one(line: str) -> bool:
            script, keyed = has_devanagari(line), spaced(line)
            return any(same == script and phrase in keyed for same, phrase in prepared)

        found = [
            f"{field}:{i}"
            for field in FIELDS
            for i, (en, hi) in enumerate(_pairs(scheme.get(field)))
            if says_one(en) or says_one(hi)
        ]
        found = [f for f in found if FIELDS[f.split(":")[0]] == aspect] or found
        match = self._match(scheme_id, found[:limit], lang)
        lines = match.lines if match else ()
        # (beside lines found, a sentence that says their figures again adds nothing: "interest kitna" after PM
        # Vishwakarma is its "5% interest" line, not also the summary's "…loans … at 5% interest"; "free at CSCs"
        # beside "go to a CSC" says more)
        sentences = [
            s for s in self.summary_sentences[scheme_id] if says_one(s) and not _same_figures(s, lines)
        ]
        if len(lines) < limit and sentences:
            summary = text(scheme.get("summary"), lang)
            every = split_sentences(summary)
            said = [i for i in _summary_places(scheme, lang, says_one) if not _same_figures(every[i], lines)]
            added = (
                (summary,)
                if whole_summary and match is None
                else tuple(_read_alone(every, said[:SUMMARY_SENTENCES]))
            )
            # (a part's lines filtered to nothing are no answer: the caller shows the whole part instead)
            return (
                FactMatch(match.aspect if match else "overview", (*lines, *added)) if added or lines else None
            )
        return match

    def of_part_said(self, scheme_id: str, match: FactMatch, said: str) -> FactMatch:
        """Of `match`'s lines, those of the part of the scheme the message names by one of its aliases ("What is
        the budget of MSE-GIFT?": its budget, not the sister scheme MSE-SPICE's beside it); all of them when no
        line names the part said."""
        aliases = self.aliases.get(scheme_id, [])
        named = tuple(a for a in aliases if says_any(said, (a,)))
        others = tuple(a for a in aliases if a not in named)
        if not named:
            return match

        def parts(line: str) -> tuple[bool, bool]:  # ("MSE-GIFT बजट": a Latin name in a Hindi line)
            # (a line naming several others lists them, TReDS's platforms, and is no other part's)
            return says_any(line, named), sum(says_any(line, (a,)) for a in others) == 1

        found = [parts(line) for line in match.lines]
        if not any(own for own, _ in found):
            return match
        kept = tuple(line for line, (own, other) in zip(match.lines, found, strict=True) if own or not other)
        return replace(match, lines=kept)

    def _lines_saying(self, scheme_id: str, phrases: tuple[str, ...], lang: str) -> FactMatch | None:
        return self.mentioning(scheme_id, list(phrases), lang, MAX_LINES, whole_summary=False)

    def _match(self, scheme_id: str, labels: list[str], lang: str) -> FactMatch | None:
        """The lines behind "field:index" labels, in the reply language."""
        scheme = self.knowledge.schemes[scheme_id]
        lines = []
        for label in labels:
            field, i = label.split(":")
            shown = items(scheme.get(field), lang)
            if int(i) < len(shown):
                lines.append(shown[int(i)])
        fields = {label.split(":")[0] for label in labels}
        one_list = len(fields) == 1 and fields <= set(ASPECT_FIELDS.values())
        return FactMatch(FIELDS[labels[0].split(":")[0]], tuple(lines), one_list) if lines else None


def _best_labels(index: PhraseIndex, words: list[str], allowed: Callable[[str], bool]) -> list[str] | None:
    """The labels of `index` the words say most of (those near the best), when enough of the words are said
    somewhere in it; none when no word is left or too few are found."""
    evidence: dict[str, float] = {}
    covered = 0
    for word in words:
        similar = index.similar(word)
        covered += bool(similar)
        for found, similarity in similar.items():
            for label in {index.entries[i][0] for i in index.by_word[found]}:
                if allowed(label):
                    evidence[label] = evidence.get(label, 0.0) + index.idf[found] * similarity
    if not evidence or covered < MIN_COVERAGE * len(words):
        return None
    best = max(evidence.values())
    return [label for label, score in evidence.items() if score >= NEAR_BEST * best]


def _described(scheme: dict, lang: str) -> list[str]:
    """The scheme's one-line description, then its summary's sentences."""
    return [text(scheme.get("short"), lang), *split_sentences(text(scheme.get("summary"), lang))]


def _sentence_described(scheme: dict, lang: str, i: int) -> str:
    """Sentence `i` of `_described` in `lang`; the whole summary when that language splits it otherwise (the
    two languages' summaries are parallel, not always sentence for sentence)."""
    said = _described(scheme, lang)
    parallel = len(said) == len(_described(scheme, "en" if lang == "hi" else "hi"))
    return said[i] if parallel or i == 0 else text(scheme.get("summary"), lang)


def _summary_places(scheme: dict, lang: str, says: Callable[[str], bool]) -> list[int]:
    """The places of the summary's sentences in `lang` that `says` holds for, in either language when the two
    are parallel sentence for sentence ("udyog aadhaar kya hai" in Hindi: the Hindi sentence beside the English
    one that names Udyog Aadhaar)."""
    shown = split_sentences(text(scheme.get("summary"), lang))
    other = split_sentences(text(scheme.get("summary"), "en" if lang == "hi" else "hi"))
    said = [i for i, s in enumerate(shown) if says(s)]
    if said or len(other) != len(shown):
        return said
    return [i for i, s in enumerate(other) if says(s)]


def _pairs(value: object) -> list[tuple[str, str]]:
    """A bilingual list's lines side by side (the two languages are parallel)."""
    en, hi = items(value, "en"), items(value, "hi")
    return [(line, hi[i] if i < len(hi) else "") for i, line in enumerate(en)]


def _read_alone(sentences: list[str], chosen: list[int]) -> list[str]:
    """The chosen summary sentences, each with the one before when it goes on from it ("If not, the buyer owes
    compound interest" alone reads as if a late council decision owed it; its rule is the one before)."""
    openers = word_forms("continuing_openers")

    def goes_on(sentence: str) -> bool:
        said = clean(sentence).split()
        return any(said[: len(o.split())] == o.split() for o in openers)

    return [
        " ".join(sentences[i - 1 : i + 1]) if i and goes_on(sentences[i]) else sentences[i] for i in chosen
    ]


def split_sentences(paragraph: str) -> list[str]:
    """Summaries say some things no bullet does ("free at CSCs", "3% from women-owned MSEs")."""
    return [s for s in regex.split(r"(?<=[.!?।])\s+", paragraph) if s]


def _data_order(label: str) -> tuple[int, int]:
    """Where a "field:index" line stands in the record, so lines are shown in the data's order."""
    field, i = label.split(":")
    return list(FIELDS).index(field), int(i)


def asked_words(text: str, ignore: frozenset[str]) -> list[str]:
    """The words of a follow-up that can pick a line: not fillers, question words or aspect words."""
    return [k for k in keys(text) if k not in ignore and (len(k) > 2 or k.isdigit() or _initials(k))]


def _initials(word: str) -> bool:
    """ "sc", "st": two letters with no vowel are initials, not a Hindi particle like "ke"."""
    return len(word) == 2 and word.isalpha() and not set(word) & set("aeiou")


def _same_figures(sentence: str, lines: tuple[str, ...]) -> bool:
    """Whether `sentence` says a figure ("5%", "15,000") that one of `lines` says."""
    said = {f for line in lines for f in FIGURES.findall(line)}
    return bool(said & set(FIGURES.findall(sentence)))


FIGURES = regex.compile(r"\d[\d,.]*%?")
