"""Details a user asks of a scheme that its record does not have: said honestly, not glossed over.

"PMEGP ka byaj kitna hai" is answered with PMEGP's benefits, and those say nothing about interest;
without a word about it the list reads as the answer. `intents/details.yaml` names the details users
ask for and the words a record that has one would contain; no such word in what the scheme's answers
say (either language, each in its own script) means the knowledge base does not have it.
"""

from collections.abc import Callable
from typing import Any

import regex

from bot import msme_size, scams
from bot.caching import cached_method
from bot.fact_lines import FIELDS
from bot.knowledge import Knowledge, items, text
from bot.matcher import scheme_names
from bot.normalize import clean, key, keys, says, says_any
from bot.phrase_index import PhraseIndex, fullest
from bot.phrases import display_name, phrase_file, word_forms, word_keys, word_list

# The parts of a scheme record that describe the scheme itself (not its helpline's notes: GeM's "if not
# solved in 48 hours, escalate" is no registration time).
SUMMARY_FIELDS = ("name", "short", "summary")
ASKED_CACHE = 4096
# The MSME classes and their limits, asked ("am I micro?"); telling one's class asks none of it.
MSME_LIMITS = "msme_limits"
# The age rule, said missing when an age is told of someone and the record has none.
AGE = "age_limit"
# Other words allowed among an ask's own ("kitna loan mil sakta", "interest on the loan"): the words of
# "how much ... loan" spread over a long story ask nothing.
ASK_SLACK = 2
# The key of a detail that lists the words of lines that answer it, not ways of asking for it.
EVIDENCE = "evidence"
# The key of a detail's asks that ask it only as the whole message, as written ("age?"; "aage kya karna hai"
# asks what comes next, and "aage" keys as "age").
ALONE = "alone"
# The key of the part of a scheme where a detail would be, shown when the record lacks it ("kitne din me milta
# h certificate": Udyam's steps, which say the certificate is issued online on submission).
PART = "part"
# The key of the words a record must say for the detail to be asked of its scheme at all: "paisa nahi aaya" asks
# when a subsidy or incentive comes only of a scheme that gives one (PMEGP, PM Vishwakarma); in a Samadhaan chat it
# is the buyer's unpaid bill, the scheme's own matter.
GIVEN = "given"
# The key of a detail asked only once a scheme is discussed: a first message that tells of it ("bank girvi maang
# raha hai, koi sarkari yojana hai?") gets the scheme's own answer, whose overview says it (loans without collateral).
IN_CHAT = "in_chat"
# The key of another detail's vaguer asks that ask this one instead of a scheme whose record has this one and
# not the other: "pmegp me kitna lagega" names no fee, and PMEGP's answer is one's own share of the project.
COVERS = "covers"
# The key of the detail whose lines are the rule nearest to one not on file: asked "does a pension matter?", the
# age rule is what the rules on file say of a retired person.
NEAREST = "nearest"


class MissingDetails:
    """Built once per knowledge snapshot: which asked-for details each scheme's record lacks."""

    def __init__(self, knowledge: Knowledge):
        data = phrase_file("details")
        self.asks = PhraseIndex(
            (label, p)
            for label, by_lang in data.items()
            for lang, ps in by_lang.items()
            if lang not in (EVIDENCE, ALONE, PART, GIVEN, IN_CHAT, COVERS, NEAREST)
            for p in ps
        )
        # (each detail's own asking words: "fees" beside "documents" may be all that asks a second part)
        self.ask_keys = {
            label: frozenset(
                k
                for lang, ps in by_lang.items()
                if lang not in (EVIDENCE, ALONE, PART, GIVEN, IN_CHAT, COVERS, NEAREST)
                for p in ps
                for k in keys(p)
            )
            for label, by_lang in data.items()
        }
        self.evidence = {label: by_lang.get(EVIDENCE) or [] for label, by_lang in data.items()}
        self.alone = {clean(p): label for label, by_lang in data.items() for p in by_lang.get(ALONE) or []}
        # Words an ask said alone may have beside it: a scheme's name, "really" ("udyam free hai kya", "sach me
        # free hai?" ask the fee as "free hai kya" does).
        self.beside_alone = word_keys("alone_beside") | {
            k for sid, scheme in knowledge.schemes.items() for n in scheme_names(sid, scheme) for k in keys(n)
        }
        self.parts = {label: by_lang[PART][0] for label, by_lang in data.items() if by_lang.get(PART)}
        self.given = {label: by_lang[GIVEN] for label, by_lang in data.items() if by_lang.get(GIVEN)}
        self.in_chat = frozenset(label for label, by_lang in data.items() if by_lang.get(IN_CHAT))
        self.covers = {label: by_lang[COVERS] for label, by_lang in data.items() if by_lang.get(COVERS)}
        self.nearest = {label: by_lang[NEAREST][0] for label, by_lang in data.items() if by_lang.get(NEAREST)}
        # Every word a way of asking uses: "processing", "last date" are no unknown words in a follow-up.
        self.ask_words = self.asks.vocabulary
        # What each scheme's answers say, both languages; a detail's evidence must be said word for
        # word ("income-tax data ... limits" is no income limit, "आगे" no "age").
        self.record_lines = {
            sid: [t for lang in ("en", "hi") for t in _answer_texts(scheme, lang)]
            for sid, scheme in knowledge.schemes.items()
        }
        self.summaries = {
            sid: [text(scheme.get("summary"), lang) for lang in ("en", "hi")]
            for sid, scheme in knowledge.schemes.items()
        }
        # Asked several times per message (the answer, its note, the follow-up checks).
        self.asked: Callable[[str], str | None] = cached_method(self.asked_uncached, ASKED_CACHE)

    def asked_uncached(self, text: str) -> str | None:
        """The detail `text` asks for, if any (the most fully named one; "age?" said alone)."""
        hit = fullest(self.asks.together_in(keys(text), ASK_SLACK))
        named = hit.label if hit else self.asked_alone(text)
        if named == MSME_LIMITS and msme_size.told_class(text):  # "I am micro" after ZED's subsidy
            return None
        if named is None and scams.sum_demanded(text):  # "cyber cafe wala 1500 maang raha h": a fee
            return "fee"
        return named

    def asked_alone(self, text: str) -> str | None:
        """The detail an ask that counts only as the whole message asks ("age?"), said with a scheme's name or
        "really"."""
        words = clean(text).split()
        # (the words before it; "free" within it is in a scheme's name too)
        for start, word in enumerate(words):
            found = self.alone.get(" ".join(words[start:]))
            if found or key(word) not in self.beside_alone:
                return found
        return None

    def missing(self, scheme_id: str, text: str) -> str | None:
        """The detail `text` asks for when `scheme_id`'s record has no word of it; of a story with questions,
        only in its questions ("समय पर किस्तें भरी हैं … क्या दूसरा लोन मिलेगा?" asks nothing of instalments), unless
        they only doubt what it tells ("… asking 15000 for my report. Is that allowed?")."""
        lines = self.record_lines.get(scheme_id)
        if lines is None or self.instead(scheme_id, text):
            return None
        # ("A consultant is asking 15000 for my report. Is that allowed?": the sum told is asked of)
        return self.unanswered(text if self.doubts_told(text) else _questions(text), lines)

    def lacks(self, scheme_id: str, label: str) -> bool:
        """Whether `scheme_id`'s record has no word of the detail `label` (an age told, with nothing asked of
        it: "my daughter is 16, can she register on Udyam?")."""
        lines = self.record_lines.get(scheme_id)
        return lines is not None and not self._said(label, lines)

    def doubts_told(self, text: str) -> bool:
        """Whether the questions of a story only doubt what it tells ("… asking 15000 for my report. Is that
        allowed?"), asking no detail of their own."""
        asked = _questions(text)
        return (
            asked != text and self.asked(asked) is None and says_any(asked, word_list("words", "doubt_asks"))
        )

    def instead(self, scheme_id: str, text: str) -> str | None:
        """The detail a vague ask means of `scheme_id` when the one it names is not on file and this one is
        ("pmegp me kitna lagega": no fee on file, but one's own share of the project is)."""
        lines = self.record_lines.get(scheme_id) or []
        asked = self.asked(text)
        if asked is None or self._said(asked, lines):
            return None
        return next(
            (
                label
                for label, phrases in self.covers.items()
                if label != asked and self._said(label, lines) and any(says(text, p) for p in phrases)
            ),
            None,
        )

    def meant(self, scheme_id: str, text: str) -> str | None:
        """The detail `text` asks of `scheme_id`: the one it names, or the one a vague ask means of it."""
        return self.instead(scheme_id, text) or self.asked(text)

    def in_summary(self, scheme_id: str, label: str | None) -> bool:
        """Whether `scheme_id`'s summary says the detail `label` ("SIDBI runs it"): "what is MSE-GIFT and who
        implements it" is then answered by the overview."""
        return label is not None and self._said(label, self.summaries.get(scheme_id, []))

    def _said(self, label: str, lines: list[str]) -> bool:
        return any(says(line, p) for line in lines for p in self.evidence[label])

    def unanswered(self, text: str, lines: list[str]) -> str | None:
        """The detail `text` asks for when no word of it is in `lines` (a record's, or a centre's as shown:
        "फीस कितनी है" of a tool room whose data names no fee)."""
        label = self.asked(text)
        if label is None or not self._asked_of(label, lines):
            return None
        return None if self._said(label, lines) else label

    def _asked_of(self, label: str, lines: list[str]) -> bool:
        """Whether the detail `label` can be asked of a scheme whose answers say `lines` (a subsidy's payout of
        one that gives a subsidy or incentive)."""
        given = self.given.get(label)
        return not given or any(says(line, p) for line in lines for p in given)

    def answering(self, text: str, scheme_id: str = "") -> list[str]:
        """The phrases of fact lines that answer the detail `text` asks for ("free of cost" for "fees",
        "within" for "kitne din me"), and those of another joined to it ("cgtmse ki fees aur limit dono batao":
        the fee's and the limit's; only the limit's were shown); of `scheme_id`, the one a vague ask means, or when
        its record lacks it, the lines nearest to it ("training kitne din ki": the training's own lines)."""
        label = self.meant(scheme_id, text)
        if label is None:
            return []
        own = self.said_by(label, scheme_id) if scheme_id else self.evidence[label]
        return [*own, *(p for other in self._joined_to(text, label) for p in self.evidence[other])]

    def _joined_to(self, text: str, label: str) -> list[str]:
        """The other details an "and" joins to `label` in `text` ("fees aur limit"); not one said only by the
        words of `label`'s own ("age limit" names no loan limit)."""
        if not set(clean(text).split()) & word_forms("joining_words"):
            return []
        hits = self.asks.together_in(keys(text), ASK_SLACK)
        own = set().union(*(h.matched for h in hits if h.label == label))
        return list(dict.fromkeys(h.label for h in hits if h.label != label and not h.matched <= own))

    def said_by(self, label: str, scheme_id: str) -> list[str]:
        """The phrases of lines that answer `label` asked of `scheme_id`: its own evidence, or when its record has
        none, the evidence of the detail nearest to it ("pension?": the age rule)."""
        if self._said(label, self.record_lines.get(scheme_id) or []) or label not in self.nearest:
            return list(self.evidence[label])
        return list(self.evidence[self.nearest[label]])

    def without_asks(self, label: str, text: str) -> str:
        """`text` without the words that ask the detail `label`, to read what else it asks."""
        own = self.ask_keys.get(label, frozenset())
        return " ".join(w for w in clean(text).split() if key(w) not in own)

    def part(self, label: str | None) -> str | None:
        """The part of a scheme's answer where the detail `label` would be said, if the data names one."""
        return self.parts.get(label) if label else None

    def name(self, label: str, lang: str) -> str:
        """The detail as the honest line names it ("interest rate", "ब्याज दर")."""
        return display_name("details", label, lang)


def _answer_texts(scheme: dict[str, Any], lang: str) -> list[str]:
    """What a scheme's answers say in one language (not its sources, links or aliases)."""
    return [text(scheme.get(f), lang) for f in SUMMARY_FIELDS] + [
        line for f in FIELDS for line in items(scheme.get(f), lang)
    ]


# A message's sentences, each with the mark that ends it ("…भरी हैं। … मिलेगा?").
_SENTENCES = regex.compile(r"[^।?!.]+(?:[।?!.]+|$)")


def _questions(text: str) -> str:
    """The questions of a message of several sentences, where it has any; else all of it."""
    sentences = [s for s in _SENTENCES.findall(text) if s.strip()]
    asked = [s for s in sentences if "?" in s]
    return " ".join(asked) if asked and len(sentences) > 1 else text
