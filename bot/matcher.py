"""Understanding one message: which topic, intent, aspect and centre type it names, with scores.

The indexes are built once per knowledge-base revision from alias rows and `intents/`; `understand`
is a pure function of the text, so it is safe to call from many threads while a new matcher is
being built after an admin edit.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from urllib.parse import urlsplit

import regex

from bot import aside_named, language, not_covered_said
from bot.asking import asks
from bot.caching import cached_method
from bot.knowledge import REGISTRATION, Knowledge, host
from bot.named_part import asked_by_its_name
from bot.normalize import clean, key, keys, message_words, says_any
from bot.phrase_index import FUZZY_MIN_LENGTH, Hit, PhraseIndex, fullest, said_together, within_a_longer
from bot.phrases import phrase_file, phrases, word_forms, word_keys, word_list
from bot.question_cuts import names_another, question_cuts, scheme_asked_first

# A topic at or above this confidence is answered outright.
ANSWER_THRESHOLD = 0.74
# Topics between this and ANSWER_THRESHOLD are offered as "did you mean" choices.
CLARIFY_THRESHOLD = 0.5
# A runner-up named by clearly less specific words than the leader ("register" vs "mart") is no rival.
SPECIFIC_SHARE = 0.85
# A word several topics share ("loan") is worth asking about from this score, if nothing else was said.
SHARED_WORD_THRESHOLD = 0.3
# A topic named by its own distinctive word (TReDS, ODR) beats one this close that only generic words
# ("msme", "register", "small") point to: "register on TReDS as msme seller" asks about TReDS.
NAMED_MARGIN = 0.1
# Two confident topics closer than this are asked about rather than guessed.
CLOSE_MARGIN = 0.06
# Papers at most this many words after a house or land ("ghar ke kagaz", "property papers") are its own.
PROPERTY_REACH = 2
# Papers this many words from "dont know", "कुछ नहीं पता" are among things one knows nothing of.
NOT_KNOWN_REACH = 4
# Other words allowed among the words of a scheme we do not cover ("mudra wala loan"; not "home ... loan").
PHRASE_SLACK = 2
# A topic named by one word that asks for an aspect scores at most this: a "did you mean", no answer.
ASPECT_WORDS_CAP = 0.7
# How much words that mean nothing to the bot lower a topic's confidence.
UNKNOWN_PENALTY = 0.35
# A topic named only by words that also ask for something ("madad" = help) is weak evidence.
INTENT_WORDS_WEIGHT = 0.5
SMALL_TALK = ("help", "greeting", "thanks")
NEGATION_KEYS = word_keys("negation_words")
# Aspects that "kya hai" / "kaise kare" name in passing; any other aspect in the message wins.
GENERAL_ASPECTS = ("overview", "apply")
# Words of these aspects ("documents", "patrata", "subsidy") say a long message is about a scheme,
# so they offset the unknown words of its personal context ("my shop in the village...").
DOMAIN_ASPECTS = ("documents", "eligibility", "benefits", "contact")
# Where one sentence ends and the next begins ("…the dashboard is blank. Who do I contact?").
# ("helpline no. chahiye", "Rs. 5 lakh": a short word's abbreviation ends no sentence.)
SENTENCE_END = regex.compile(
    r"(?:(?<=[!?।|])|(?<=(?<!\b(?:no|nos|rs|mr|mrs|dr|st|vs|etc|pvt|ltd|co|govt|dept))\.))\s+|\n+",
    regex.IGNORECASE,
)
# The parts of a scheme's answer that are sections of their own, and may be asked two at a time.
SECTION_ASPECTS = ("benefits", "eligibility", "documents", "apply")
# A sentence shorter than this is a courtesy tail ("plz btao"), not the question of a longer message.
QUESTION_MIN_WORDS = 3
# Helpline traffic repeats the same questions: this many recent understandings are kept per snapshot.
UNDERSTOOD_CACHE = 4096
UDYAM = key("udyam")
AGENT = "agent"
# Intents asked only in words said together: a person ("koi nahi aaya" is not "abhi tak bank se koi call nhi
# aaya"), a place ("मेरे गाँव में" is not "मेरे पापा …, गाँव में … दुकान खोलना चाहता हूँ").
SAID_TOGETHER = frozenset({AGENT, "where", "centre_find"})
# Before "उद्यम", a size says it is an enterprise ("सूक्ष्म उद्यम"), when "I am" or a postposition follows and
# nothing in the message names the registration.
SIZE_WORDS = word_keys("size_words")
ENTERPRISE_AFTER = word_keys("enterprise_after")
LINKING_KEYS = word_keys("linking_words")
# A loan or money is any scheme's word; it names none ahead of a scheme called by its name.
MONEY_KEYS = word_keys("loan_words") | word_keys("currency_words")
POSSESSIVES = word_keys("possessive_words")
CLASS_WORDS = word_keys("class_words")
WHICH_KEYS = word_keys("office_which_words")
NOT_KNOWN = tuple(tuple(keys(p)) for p in word_list("words", "not_known_words"))
REGISTRATION_WORDS = word_keys("registration_words")
REGISTERING_WORDS = word_keys("registering_words")
LINK_KEYS = word_keys("link_asks")
ELIGIBILITY_NAMED = word_keys("eligibility_named")
# "केंद्र सरकार", "kendra sarkar": the central government, whose "centre" names no centre.
CENTRAL_GOVERNMENT = tuple(tuple(keys(p)) for p in word_list("words", "central_government"))
# Two words are read as one split word only when joined they are this long ("visv karm"); one word is
# tried as words run together from this length ("gemportal").
JOIN_MIN_LENGTH = 6
SPLIT_MIN_LENGTH = 7
# Longer "words" are not words run together: a 4,000-letter token would take seconds to cut.
SPLIT_MAX_LENGTH = 30
# A name word this long is also said by its longer forms ("export": "exporters").
NAME_STEM_MIN = 5
# A site's host names its scheme unless a part of it is longer: words run together, read by splitting.
HOST_LABEL_MAX = 12


@dataclass(frozen=True)
class Understanding:
    text: str
    input_language: str
    topics: tuple[Hit, ...]
    intents: tuple[str, ...]
    intent_words: dict[str, int]  # how many words of each intent's best phrase were found
    aspect: str | None
    centre_type: str | None
    unknown: tuple[str, ...]
    not_covered: str | None = None  # a known scheme the knowledge base does not cover ("mudra")
    not_covered_words: frozenset[str] = frozenset()  # the words that named it ("chhat", "solar")
    vetoed: tuple[str, ...] = ()  # topics a word ruled out ("green card" is not green finance)
    named: frozenset[str] = frozenset()  # topics the message calls by a proper name ("udyam", "cgtmse")
    also_asked: str | None = None  # a second part asked with "and" ("eligibility aur documents")
    aside: str | None = None  # a scheme named only as context ("msme mart chhodo, GeM pe…": MSME Mart)

    @property
    def best(self) -> Hit | None:
        return self.topics[0] if self.topics else None

    @property
    def confident(self) -> bool:
        return bool(self.topics) and self.topics[0].score >= ANSWER_THRESHOLD

    def close_topics(self) -> list[Hit]:
        """Topics the same words point to with similar scores, best first: ask, don't guess.

        Empty when one topic clearly wins, or when each candidate was named by words of its own
        ("zed ke liye udyam"): then the first named is the subject.
        """
        if not self.topics:
            return []
        top = self.topics[0]
        if top.score >= ANSWER_THRESHOLD:
            # (rounded as the scores are: 0.86 - 0.8 is 0.0599999…, no closer than 0.825 - 0.765)
            close = [h for h in self.topics if round(top.score - h.score, 6) < CLOSE_MARGIN]
        else:
            close = [h for h in self.topics if h.score >= CLARIFY_THRESHOLD]
        shared = [
            h
            for h in close
            if h is top
            or (
                h.matched & top.matched
                and not h.matched < top.matched
                and h.weight >= SPECIFIC_SHARE * top.weight
                # "udyog aadhar tha, naya udyam banwana padega?": Udyam was named, PMEGP ("naya udyog") not
                and (top.label not in self.named or h.label in self.named)
            )
        ]
        return shared if len(shared) > 1 or top.score < ANSWER_THRESHOLD else []

    def shared_word_topics(self) -> list[Hit]:
        """Topics that one generic word points to ("loan chahiye"), when nothing else was said."""
        if self.unknown or not self.topics or self.topics[0].score < SHARED_WORD_THRESHOLD:
            return []
        top = self.topics[0]
        shared = [h for h in self.topics if h.matched == top.matched and h.score >= SHARED_WORD_THRESHOLD]
        return shared if len(shared) > 1 else []


@cache
def _common_words() -> frozenset[str]:
    """Words that never name a topic by themselves: fillers and the intent phrases' words."""
    fillers = {key(w) for w in word_list("words", "fillers")}
    asked = {k for label in phrases("intents") for p in phrases("intents")[label] for k in keys(p)}
    return frozenset(fillers | asked)


def content_words(text: str) -> list[str]:
    """The words of `text` that could name a topic (not "kya", "kaise", "how", "help")."""
    return [k for k in keys(text) if k not in _common_words()]


def _pairs(name: str) -> list[tuple[str, str]]:
    return [(label, p) for label, ps in phrases(name).items() for p in ps]


class Matcher:
    """Indexes over one knowledge snapshot plus the phrase files."""

    def __init__(self, knowledge: Knowledge):
        self.fillers = word_keys("fillers")
        # (a centre's town, "Ludhiana", is no misspelt "Udyam")
        not_typos = word_keys("not_typos") | _centre_towns(knowledge)
        aliases = [(a.topic, a.text) for a in knowledge.aliases if a.topic in knowledge.schemes]
        own_names = [(sid, n) for sid, scheme in knowledge.schemes.items() for n in scheme_names(sid, scheme)]
        # A scheme not covered until an admin added it ("mudra"): its phrases now name the added record.
        self.once_not_covered = once_not_covered(own_names + aliases)
        aliases += [(sid, phrase) for _, sid, phrase in self.once_not_covered]
        topic_pairs = list(aliases)
        for sid, scheme in knowledge.schemes.items():
            topic_pairs += [(sid, n) for n in scheme_names(sid, scheme)]
            topic_pairs += [(sid, site) for site in [_site_name(scheme.get("url"))] if site]
        topic_pairs += [(t, p) for t, p in _pairs("topics") if t in knowledge.schemes]
        # "payment nahi mila" names Samadhaan only with its "nahi": negations stay in topic phrases.
        self.negations = NEGATION_KEYS
        name_words = word_keys("name_words")
        self.topics = PhraseIndex(
            topic_pairs,
            skip=self.fillers - self.negations,
            not_typos=not_typos,
            drop_lone_letters=True,
            name_words=name_words,
        )
        self.names = _own_names(knowledge)
        self.unique_idf = max(self.topics.idf.values(), default=0.0)  # a word only one topic uses
        self.ordinary_name_words = word_keys("ordinary_name_words")
        self.proper_names = self._proper_names(aliases)
        # A runner-up said by a word of its names no other name has ("payment" in Samadhaan's long name), or
        # by a name that is its alone ("gem helpline no, payment nahi aaya"), leads a leader that was not.
        # (Udyam's name beside another scheme's words is mostly what one has: "udyam nahi, case ho sakta hai?")
        self.names_to_lead = (
            self.names,
            {label: words for label, words in self.proper_names.items() if label != REGISTRATION},
        )
        # A trade said in one word ("silai", "tailoring") tells who asks; a scheme named beside it, Udyam too, is
        # what is asked ("सिलाई की दुकान है, बिना जीएसटी के उद्यम बनेगा?")
        everyday = phrases("trade_words")
        crafts = (
            *word_list("words", "trade_words"),
            *everyday,
            *(w for said in everyday.values() for w in said),
        )
        self.craft_words = frozenset(key(w) for w in crafts if " " not in w)
        # What an office said right after asks whom to contact: a scheme's own name, or a "which"
        self.own_name_words = frozenset().union(*self.proper_names.values())
        self.before_office = self.own_name_words | WHICH_KEYS
        self.intents = PhraseIndex(_pairs("intents"), not_typos=not_typos)
        self.joining = word_forms("joining_words")
        self.in_return_for = tuple(" ".join(keys(p)) for p in word_list("words", "in_return_for"))
        self.scheme_exists = tuple(" ".join(keys(p)) for p in word_list("words", "scheme_exists"))
        self.what_one_gets = tuple(" ".join(keys(p)) for p in word_list("words", "what_one_gets_asks"))
        self.everyday_phrases = [frozenset(keys(p)) for p in word_list("words", "everyday_phrases")]
        self.self_words = word_forms("self_words")
        # "how", "kaise", "kya", "hai": they ask, but name nothing.
        self.question_words = frozenset(
            key(w) for name in ("english_markers", "hinglish_markers") for w in word_list("words", name)
        )
        self.aspects = PhraseIndex(_pairs("aspects"), not_typos=not_typos)
        # "kya kya lagega" said as written asks for the papers
        self.papers_as_written = frozenset(" ".join(keys(p)) for p in word_list("words", "papers_as_written"))
        # The papers named in one word ("दस्तावेज", "docs"), as opposed to "kya kya chahiye"
        self.paper_words = frozenset(ws[0] for ws in self.aspects.words_of("documents") if len(ws) == 1)
        # A part named in one word ("fees", "documents", "fayda"), as opposed to "case" in "case kaha dale"
        self.part_words = frozenset(
            ws[0] for label in DOMAIN_ASPECTS for ws in self.aspects.words_of(label) if len(ws) == 1
        )
        self.centre_types = PhraseIndex(_pairs("centre_types"))
        # (and in the phrases of what we do not cover: "loan nahi de raha" is a bank's refusal, "loan de do" no)
        taken = {(label, phrase) for label, _, phrase in self.once_not_covered}
        self.not_covered = PhraseIndex(
            [pair for pair in _pairs("not_covered") if pair not in taken],
            skip=self.fillers - self.negations,
            not_typos=not_typos,
            name_words=name_words,
        )
        # Each negative is a phrase: "d mart" vetoes MSME Mart only with both its words.
        self.negatives = {
            label: [frozenset(keys(w)) for w in ws] for label, ws in phrases("negatives").items()
        }
        self.known = (
            self.fillers
            | self.topics.vocabulary
            | self.intents.vocabulary
            | self.aspects.vocabulary
            | self.centre_types.vocabulary
            | self.not_covered.vocabulary
            | {k for ws in self.negatives.values() for w in ws for k in w}
            # amounts name no scheme but are no strange words either: "25 lakh ka project"
            | word_keys("large_sums")
            | word_keys("currency_words")
            | frozenset(k for said in phrases("number_words").values() for w in said for k in keys(w))
        )
        self.domain_words = (
            frozenset(k for label, p in _pairs("aspects") if label in DOMAIN_ASPECTS for k in keys(p))
            - self.fillers
        )
        # A pure function of the text within one snapshot; a new snapshot starts an empty cache.
        self.understand: Callable[..., Understanding] = cached_method(
            self.understand_uncached, UNDERSTOOD_CACHE
        )
        # Words that ask how or what ("kitna", "documents", "kaise") but never pick one fact over another.
        self.asking = (
            self.fillers
            | self.question_words
            | self.intents.vocabulary
            | self.aspects.vocabulary
            | self.centre_types.vocabulary
        )
        by_aspect: dict[str, set[str]] = {}
        for i, (label, _, words) in enumerate(self.aspects.entries):
            if i not in self.aspects.together:  # (a phrase said together: its words alone ask nothing)
                by_aspect.setdefault(label, set()).update(words)
        general = set().union(*(by_aspect.get(a, set()) for a in GENERAL_ASPECTS))
        # Once the aspect is known, only its own words ask; "small" in "subsidy for small units" picks.
        self.asking_about = {
            label: frozenset((self.asking - self.aspects.vocabulary) | words | general)
            for label, words in by_aspect.items()
        }
        # Schemes whose own phrases take complaints (Samadhaan, Champions): filing there is the answer.
        self.complaint_words = frozenset(
            {k for p in phrases("intents")["complaint"] for k in keys(p)} - self.fillers
        )
        self.complaint_schemes = frozenset(
            self.topics.entries[i][0] for w in self.complaint_words for i in self.topics.by_word.get(w, ())
        )
        self.intent_order = list(phrase_file("intents"))
        self.small_talk = (
            frozenset(k for label in SMALL_TALK for p in phrases("intents")[label] for k in keys(p))
            - self.fillers
        )

    def understand_uncached(self, text: str, extra_known: frozenset[str] = frozenset()) -> Understanding:
        """Score `text` against every index; `extra_known` words (e.g. place names) are not unknown."""
        message_keys = self._mended(text, extra_known)
        unknown = tuple(
            k
            for k in message_keys
            if len(k) > 1
            and not k.isdigit()
            and k not in self.known
            and k not in extra_known
            and not self.topics.similar(k)
        )
        domain = len(self.domain_words.intersection(message_keys))
        present = set(message_keys)
        named_elsewhere = [  # schemes we do not cover, their words said together ("home loan"), not vetoed
            h  # ("papad at home ... I need loan")
            for h in self.not_covered.together_in(message_keys, PHRASE_SLACK)
            if not self._vetoes(h.label, message_keys)
            and not h.matched <= not_covered_said.excused_words(text)
        ]
        not_covered = fullest(named_elsewhere)
        # Per such scheme, every word of its phrases the message says ("rooftop solar")
        elsewhere = [self.not_covered.present_words(h.label, message_keys) for h in named_elsewhere]
        hits = self.topics.score(message_keys).values()
        vetoes = {h.label: self._vetoes(h.label, message_keys) for h in hits}
        vetoed = [label for label, said in vetoes.items() if said]
        # A veto's words, and what only a vetoed topic knew, are words we do not know ("tyre ke treads": no TReDS)
        if vetoed:
            kept = frozenset().union(*(h.matched for h in hits if h.label not in vetoed))
            vetoing = {w for h in hits if h.label in vetoed for w in h.matched.union(*vetoes[h.label])}
            unknown += tuple(sorted(vetoing - kept))
        topics = []
        for hit in hits:
            if hit.label in vetoed:
                continue
            if hit.matched <= self.negations:  # "नहीं, बस इतना ही" names no "भुगतान नहीं मिला"
                continue
            share = len(unknown) / (len(unknown) + len(hit.matched) + domain)
            score = hit.score * (1 - UNKNOWN_PENALTY * share)
            if hit.matched <= self.small_talk:
                score *= INTENT_WORDS_WEIGHT
            # Words that also ask for an aspect ("register", "documents") say little about which scheme.
            weight = sum(self.topics.idf[w] for w in hit.matched if w not in self.aspects.vocabulary)
            if not weight and len(hit.matched) == 1:  # "limit", "category" alone: ask, don't answer
                score = min(score, ASPECT_WORDS_CAP)
            if any(len(words) > len(hit.matched) and words & hit.matched for words in elsewhere):
                # "mudra loan yojana", "rooftop solar subsidy" name another scheme than ours
                score *= INTENT_WORDS_WEIGHT
            topics.append(replace(hit, score=score, weight=weight))
        topics.sort(key=lambda h: (-h.score, -h.weight, h.label))
        # ("iska number kaha milega certificate pe?": the registration number, no helpline; negatives.yaml)
        intents = [
            h for h in self.intents.phrases_in(message_keys) if not self._vetoes(h.label, message_keys)
        ]
        # A person is asked for in words said together: "abhi tak bank se koi call nhi aaya" is no "abhi tak
        # koi nahi aaya" (nobody came), and a ticket for staff is no small mistake.
        if any(h.label in SAID_TOGETHER for h in intents):
            together = {h.label for h in self.intents.together_in(message_keys, PHRASE_SLACK)}
            intents = [h for h in intents if h.label not in SAID_TOGETHER or h.label in together]
        intents.sort(key=lambda h: (-len(h.matched), self.intent_order.index(h.label)))
        naming = _naming(topics[0], message_keys, self.proper_names) if topics else frozenset()
        aspect, also_asked = self._asked_parts(text, message_keys, extra_known, naming)
        topics = self._where_done_first(self._said_whole_first(topics, message_keys), message_keys)
        topics, aside = self._aside_told(
            self._registration_as_context(self._named_first(topics, message_keys), text), text
        )
        topics = self._named_alone(topics, elsewhere)
        return Understanding(
            text=clean(text),
            input_language=language.detect(text),
            topics=tuple(topics[:5]),
            intents=tuple(h.label for h in intents),
            intent_words={h.label: len(h.matched) for h in intents},
            aspect=aspect,
            centre_type=_label(
                _best_hit(self.centre_types, self.centre_types.phrases_in(message_keys), message_keys)
            ),
            unknown=unknown,
            not_covered=_label(not_covered),
            not_covered_words=not_covered.matched if not_covered else frozenset(),
            vetoed=tuple(vetoed),
            named=frozenset(label for label, words in self.proper_names.items() if words & present),
            also_asked=also_asked,
            aside=aside,
        )

    def _also_asked(self, text: str, aspect: str | None, naming: frozenset[str] = frozenset()) -> str | None:
        """A second part of a scheme asked beside the first, on the other side of an "and"/"aur"/"और" or a "?"
        ("पात्रता और दस्तावेज", "who can apply and how to apply", "fayde kya hai? kaise banaye?"): each is
        answered. Only the parts with sections of their own; "can a partnership register" asks one thing with
        two parts' words."""
        if aspect not in SECTION_ASPECTS:
            return None
        words = clean(text).split()
        cuts = question_cuts(text, self.joining)
        if not cuts:
            return None
        bounds = [0, *cuts, len(words)]
        # (a side telling what the user did asks nothing: "I have filled the form and now what documents")
        parts = [" ".join(words[a:b]) for a, b in pairwise(bounds)]
        sides = [keys(p) for p in parts if asks(p) or not set(p.split()) & self.self_words]
        # (nor one naming another scheme: "pmegp me kitni subsidy hai aur bid kaise kare": a bid is no part of PMEGP)
        sides = [s for s in sides if not names_another(s, naming, self.topics, self.aspects.vocabulary)]
        asked = []
        for side in sides:
            # ("udyam registration kaise kare aur uske documents": "kaise kare" says how to apply; so does
            # "apply" in "kahan apply kare", whose fullest phrase is "kahan kare")
            hits = [
                h
                for h in self.aspects.phrases_in(side)
                if h.label in SECTION_ASPECTS
                and (
                    (h.matched | self.aspects.present_words(h.label, side)) - self.question_words
                    or _said_as_such(h, side)
                )
            ]
            best = _best_hit(self.aspects, hits, side)
            if best and best.label not in asked:
                asked.append(best.label)
        others = [a for a in asked if a != aspect]
        return others[0] if aspect in asked and others else None

    def _asked_parts(
        self, text: str, message_keys: list[str], extra_known: frozenset[str], naming: frozenset[str]
    ) -> tuple[str | None, str | None]:
        """The part of a scheme asked, and a second part asked with it. Of several sentences, those that ask
        ("?", a question word, "batao") say which, the last one marked "?" first: a story told first ("Paid
        the fee, the dashboard is blank. Who do I contact?") or a statement after ("Main SC category se hu")
        asks nothing; another question asks a second part ("pmegp kya hai? iske documents batao"). A courtesy
        tail ("plz btao", "link please") is too short to be a question."""
        sentences = [s for s in SENTENCE_END.split(text) if len(message_words(s)) >= QUESTION_MIN_WORDS]
        asking = [s for s in sentences if asks(s)]
        if len(sentences) > 1 and asking:
            marked = [s for s in asking if s.rstrip().endswith("?")] or asking
            parts = {s: self._aspect(self._mended(s, extra_known), naming) for s in asking}
            chosen = next((s for s in reversed(marked) if parts[s]), None)
            if chosen:
                # (the question's own "and" first: "He wants to know how much subsidy and what documents are
                # needed" after a story whose age and class read as who may apply)
                aspect, within = parts[chosen], self._also_asked(chosen, parts[chosen], naming)
                later = [a for a in parts.values() if a and a != aspect and a in SECTION_ASPECTS]
                if (
                    not (within or later)
                    and aspect in SECTION_ASPECTS
                    and (self._what_it_is_first(text, naming) or scheme_asked_first(parts, chosen, naming))
                ):
                    return "overview", aspect  # ("What is TReDS? How do I register?")
                # ("What is the subsidy under PMEGP? Who can apply?": its "subsidy" named the scheme in a sentence
                # of its own; beside the other, as after an "and", it asks the benefits)
                within = within or (None if later else self._also_asked(text, aspect, naming))
                if within or not later or aspect not in (*SECTION_ASPECTS, "overview"):
                    return aspect, within
                return aspect, later[0]
        aspect = self._aspect(message_keys, naming)
        if aspect in SECTION_ASPECTS and self._what_it_is_first(text, naming):
            return "overview", aspect
        return aspect, self._also_asked(text, aspect, naming)

    def _what_it_is_first(self, text: str, naming: frozenset[str]) -> bool:
        """ "cgtmse kya hai aur isme kaun le sakta hai", "what is gem and how do i register": the scheme named
        and asked what it is, before an "and" asks a part of it; both are answered, what it is first. Not
        "pmegp ki website kya hai aur…" (the website asked) nor "45 din wala niyam kya hai aur…" (a rule, not
        the scheme)."""
        words = clean(text).split()
        cut = next(iter(question_cuts(text, self.joining)), None)
        if not cut:
            return False
        first = keys(" ".join(words[:cut]))
        hits = self.aspects.phrases_in(first)
        if [h.label for h in hits] != ["overview"] or not _said_as_such(hits[0], first):
            return False
        asked = keys(hits[0].phrase)
        at = next(i for i in range(len(first)) if first[i : i + len(asked)] == asked)
        # (a name's last word may be no naming one: "gem portal", "zed certificate"; "what is gem": after it)
        end = at + len(asked)
        return bool(set(first[max(0, at - 2) : at] + first[end : end + 2]) & naming)

    def _paper_named(self, hit: Hit, message_keys: list[str]) -> bool:
        """A papers hit with a word beside the question words, in its phrase or another of its label's
        ("कौन कौन से डॉक्यूमेंट लगेंगे": "डॉक्यूमेंट", though "kya kya lagenge" is the phrase found)."""
        return bool((hit.matched | self.aspects.present_words(hit.label, message_keys)) - self.question_words)

    def _papers_as_written(self, message_keys: list[str]) -> bool:
        """ "kya kya lagega", "क्या-क्या लगेगा" said word for word: the papers asked."""
        said = f" {' '.join(message_keys)} "
        return any(f" {phrase} " in said for phrase in self.papers_as_written)

    def _aspect(self, message_keys: list[str], naming: frozenset[str] = frozenset()) -> str | None:
        """Naming papers ("docs", "कागज") asks for the documents, whatever else the sentence asks ("apply ke
        liye kaunse docs", "कौन से डॉक्यूमेंट… जरूरी है क्या"); unless it asks what help comes with them
        ("export ke papers me kya help milti h"). Words that named the scheme ("interest subvention", "pmegp
        subsidy") ask no part of it when other words do ("are we eligible for …", "… documents")."""
        # ("set up a unit": "साइट", site, keys as "set" too; words of such an everyday phrase ask no part)
        everyday = set().union(*(p for p in self.everyday_phrases if said_together(p, message_keys, 0)))
        hits = [h for h in self.aspects.phrases_in(message_keys) if not h.matched <= everyday]
        # (a part's other words said count: "procedure" asks how to apply beside the "register" naming Udyam)
        asking = [
            h for h in hits if not (h.matched | self.aspects.present_words(h.label, message_keys)) <= naming
        ]
        asking = asked_by_its_name(hits, asking, bool(naming & self.own_name_words))
        # (not "kya" alone: "training hoti h kya"; but "what is" said as such: "what is the common facility
        # centre scheme" asks what it is, not its facilities)
        if any(_said_as_such(h, message_keys) or h.matched - self.question_words for h in asking):
            hits = asking
        if set(message_keys) & word_keys(
            "eligibility_named"
        ):  # (not "योग्यता क्या चाहिए", "kya qualification chahiye")
            hits = [h for h in hits if h.label != "documents" or h.matched & self.paper_words]
        if self._papers_not_known(message_keys):  # "we dont know about papers shipping payment anything"
            hits = [h for h in hits if h.label != "documents"]
        if self._property_papers(message_keys):  # "घर का कागज गिरवी मांग रहा": papers pledged, not asked for
            # (and "लोन के बदले" beside them gives in return: "पुराने नंबर के बदले नया नंबर" still asks a change)
            pledged = says_any(" ".join(message_keys), self.in_return_for)
            hits = [h for h in hits if h.label != "documents" and not (pledged and h.label == "change")]
        if not any(h.label == "benefits" for h in hits):
            papers = [h for h in hits if h.label == "documents" and self._paper_named(h, message_keys)]
            if papers or self._papers_as_written(message_keys):
                return "documents"
        if says_any(" ".join(message_keys), self.what_one_gets):  # ("मुझे क्या मिलेगा": not "क्या मुझे मिलेगा")
            hits = [h for h in hits if h.label != "eligibility"]
        # (a phrase inside a longer one said asks nothing of its own: "kya hoga" in "kya karna hoga")
        hits = [h for h in hits if not any(h.matched < other.matched for other in hits)]
        hits = [h for h in hits if not within_a_longer(h, hits, message_keys, self.fillers)]
        if says_any(" ".join(message_keys), self.scheme_exists):  # "loan chahiye, koi yojana hai kya"
            # A scheme's help, and whether it can be had ("koi madad mil sakti hai?"), is what it is; a part
            # asked as such still asks: "koi scheme nahi milegi to udyam kaise kare", "… are we eligible?"
            said = [h for h in hits if h.matched - self.question_words or _said_as_such(h, message_keys)]
            hits = [
                h for h in said if h.label not in ("benefits", "eligibility") or h.matched & ELIGIBILITY_NAMED
            ]
            if not hits:
                return "overview"
        # ("case kaise kare, link bhejo": the steps are the answer, and they carry the link)
        links = [h for h in hits if h.label == "contact" and not h.matched - LINK_KEYS - self.question_words]
        if links and any(h.label == "apply" for h in hits):
            hits = [h for h in hits if h not in links and h.label != "overview"]
        aspect = _label(_best_hit(self.aspects, hits, message_keys, GENERAL_ASPECTS, self.question_words))
        if aspect is None and self._office_asked(message_keys):
            return "contact"
        return aspect

    def _papers_not_known(self, message_keys: list[str]) -> bool:
        """Papers said only among things one knows nothing of ("never exported, dont know about papers shipping
        payment anything"): a story, not the papers asked; "which documents? I don't know" still asks them."""
        said = [i for i, k in enumerate(message_keys) if k in self.paper_words]
        if not said or self._papers_as_written(message_keys) or set(message_keys) & WHICH_KEYS:
            return False
        marks = [i for i in range(len(message_keys)) if any(_at(message_keys, i, p) for p in NOT_KNOWN)]
        marked = {k for p in NOT_KNOWN for k in p}
        # (one of several things: "papers shipping payment"; not "udyam ke documents ka kuch nahi pata, batao")
        beside = {message_keys[j] for i in said for j in (i - 1, i + 1) if 0 <= j < len(message_keys)}
        listed = bool(beside - self.fillers - marked - self.paper_words)
        return listed and all(any(abs(i - m) <= NOT_KNOWN_REACH for m in marks) for i in said)

    def _property_papers(self, message_keys: list[str]) -> bool:
        """Papers of a house or land ("ghar ke kagaz", "property papers as security"): a bank's pledge, not
        the papers a scheme asks for ("cgtmse me kaunse documents lagte hai, girvi chahiye?" asks those); nor
        are a shipment's ("export documents"), which one asks to be guided on."""
        owned = word_keys("property_words") | word_keys("shipment_words")
        return any(
            k in self.paper_words and owned & set(message_keys[max(0, i - PROPERTY_REACH) : i])
            for i, k in enumerate(message_keys)
        )

    def _office_asked(self, message_keys: list[str]) -> bool:
        """ "pmegp office", "GeM ka daftar", "which office": an office right after a scheme's own name or a
        "which" (not "which scheme helps me sell to government offices", whom one sells to)."""
        offices = word_keys("office_words")
        for i, w in enumerate(message_keys):
            if w in offices:
                before = [k for k in message_keys[max(0, i - 2) : i] if k not in LINKING_KEYS]
                if before and before[-1] in self.before_office:
                    return True
        return False

    def asking_words(self, aspect: str | None) -> frozenset[str]:
        """The words that only ask, for a message that asks about `aspect` (all aspects' when unknown)."""
        return self.asking_about.get(aspect, self.asking) if aspect else self.asking

    def named_by_aspect_words(self, u: Understanding) -> bool:
        """Whether only words that ask for an aspect ("category", "register") named the best topic."""
        return u.best is not None and u.best.matched <= self.aspects.vocabulary

    def only_shared_words(self, u: Understanding) -> bool:
        """Whether the best topic was named only by words several topics share ("loan", "buyer")."""
        best = u.best
        return best is not None and all(self.topics.idf[w] < self.unique_idf for w in best.matched)

    def _proper_names(self, aliases: list[tuple[str, str]]) -> dict[str, set[str]]:
        """The words that call a scheme by name on their own ("cgtmse", "champions", "RXIL"; not
        "credit" or "registration"): its id (its own even where another's long name shares a word, as
        उद्यम in MSE-GIFT's), its official names' words no other scheme uses, and its one-word aliases
        (acronyms and platform names: "URN", "M1xchange") that no other topic uses."""
        ordinary = self.ordinary_name_words | self.fillers
        single = {}
        for sid, phrase in aliases:
            ks = keys(phrase)
            if len(ks) == 1 and self.topics.idf.get(ks[0], 0.0) >= self.unique_idf:
                single.setdefault(sid, set()).add(ks[0])
        return {
            sid: {w for w in ws | set(keys(sid.replace("-", " "))) | single.get(sid, set()) if len(w) > 2}
            - ordinary
            for sid, ws in self.names.items()
        }

    def _registration_as_context(self, topics: list[Hit], text: str) -> list[Hit]:
        """Udyam named beside another scheme, both by name, is what the user has or lacks for it: "उद्यम में
        रजिस्टर नहीं है, क्या फिर भी ZED ले सकते हैं?", "TReDS पर रजिस्ट्रेशन… उद्यम सर्टिफिकेट हमारे पास है" ask
        about ZED and TReDS; so is Udyam told as had beside another scheme's need ("I have Udyam registration.
        My buyer has not paid for 120 days"). The other leads, and Udyam drops below a "which one?"
        (comparisons and two questions in one message are split before this)."""
        if len(topics) < 2 or REGISTRATION not in (topics[0].label, topics[1].label):
            return topics
        udyam, other = (topics[0], topics[1]) if topics[0].label == REGISTRATION else (topics[1], topics[0])
        if other.score < udyam.score - NAMED_MARGIN:
            return topics
        by_name = all(h.matched & self.proper_names.get(h.label, set()) for h in (udyam, other))
        if not (by_name or says_any(text, word_list("words", "registration_had"))):
            return topics
        kept = replace(udyam, score=min(udyam.score, CLARIFY_THRESHOLD - CLOSE_MARGIN))
        return [other, *sorted([kept, *topics[2:]], key=lambda h: -h.score)]

    def _aside_told(self, topics: list[Hit], text: str) -> tuple[list[Hit], str | None]:
        """Of the two leading schemes, the one the message only tells of as context ("msme mart chhodo, GeM
        pe…", "udyam to bana liya, ab pmegp ke documents") goes behind the one it asks of (bot.aside_named);
        and which one that was."""
        if len(topics) < 2:
            return topics, None
        top, second = topics[0], topics[1]
        names = {h.label: self.proper_names.get(h.label, set()) for h in (top, second)}
        asked = aside_named.asked_of(text, names, close=second.score >= top.score - NAMED_MARGIN)
        if asked is None or (asked == second.label and second.score < CLARIFY_THRESHOLD):
            return topics, None
        lead, aside = (top, second) if asked == top.label else (second, top)
        # (called by its name, with the other only told of, it is asked for sure: "… pmegp ka form bhara tha, cgtmse
        # ka bhi pucha tha. ab pmegp me dobara apply kar sakti hu?")
        sure = top.score if not self._proper(lead) else max(top.score, ANSWER_THRESHOLD)
        behind = replace(aside, score=min(aside.score, sure - CLOSE_MARGIN))
        return [replace(lead, score=sure), behind, *topics[2:]], aside.label

    def _named_alone(self, topics: list[Hit], elsewhere: list[frozenset[str]]) -> list[Hit]:
        """A topic called by its own name with no rival is answered, however much else the message says
        ("बिजली कनेक्शन ... चैंपियंस पोर्टल पर शिकायत कैसे डालूं?"): asking "did you mean Champions?" helps nobody;
        unless the name is also a word of a scheme we do not cover, said with more of that scheme's words
        ("उद्यम सखी", "udyam kranti yojana")."""
        if not topics or not CLARIFY_THRESHOLD <= topics[0].score < ANSWER_THRESHOLD:
            return topics
        if any(len(words) > 1 and words & topics[0].matched for words in elsewhere):
            return topics
        top = topics[0]
        # a rival counts when it too is called by its name; "buyer does not pay" is no rival to "on treds"
        if any(
            h.score >= CLARIFY_THRESHOLD and h.matched & self.proper_names.get(h.label, set())
            for h in topics[1:]
        ):
            return topics
        if not top.matched & self.proper_names.get(top.label, set()):
            return topics
        return [replace(top, score=ANSWER_THRESHOLD), *topics[1:]]

    def _mended(self, text: str, places: frozenset[str] = frozenset()) -> list[str]:
        """The message's keys, with a word split by a space joined ("विश्व कर्मा" → vishwakarma) and words
        run together split ("gemportal", "pmegpkaform"), where that turns unknown words into known ones;
        `places` are known words too ("Rajasthan" is no "raj as tan")."""
        out: list[str] = []
        said = message_words(text)
        registering = bool({key(w) for w in said} & REGISTRATION_WORDS)
        for i, word in enumerate(said):
            k = key(word)
            if not k or (not registering and self._enterprise(k, out[-1:], said[i + 1 : i + 3])):
                continue
            joined = self._joined(out[-1], k, places) if out else None
            if joined:
                out[-1] = joined
            elif (
                SPLIT_MIN_LENGTH <= len(word) <= SPLIT_MAX_LENGTH
                and word.isascii()
                and self._unknown(k, places)
            ):
                out += self._split(word, places)
            else:
                out.append(k)
        return _government_alone(out, CENTRAL_GOVERNMENT)

    def _joined(self, before: str, k: str, places: frozenset[str]) -> str | None:
        """The scheme word two neighbours make ("visv karm"), not a repeated word ("baar baar" is no
        "barber")."""
        if before == k or len(before + k) < JOIN_MIN_LENGTH:
            return None
        if not (self._unknown(before, places) or self._unknown(k, places)):
            return None
        joined = before + k
        if joined in self.topics.by_word:
            return joined
        # or one letter short of a scheme's word, as the lost vowel at the join ("visv karm" → visvakarm):
        # a dictionary look-up, not a fuzzy search over every word
        found = self.topics.near.get(joined, set())
        return next(iter(found)) if len(found) == 1 else None

    def _enterprise(self, k: str, before: list[str], after: list[str]) -> bool:
        """ "मैं सूक्ष्म उद्यम हूँ", "लघु उद्यम को जेम पर...", "मेरा उद्यम मध्यम श्रेणी में": the Hindi word for
        an enterprise, said of oneself or of a kind of unit, not Udyam Registration."""
        if k != UDYAM or not before or not after:
            return False
        sized = before[0] in SIZE_WORDS and key(after[0]) in ENTERPRISE_AFTER
        # "मेरा उद्यम मध्यम श्रेणी में है"; "mera udyam small me hai" may be the certificate
        owned = before[0] in POSSESSIVES and key(after[0]) in SIZE_WORDS and key(after[-1]) in CLASS_WORDS
        return sized or owned

    def _unknown(self, k: str, places: frozenset[str] = frozenset()) -> bool:
        """A word neither known nor a near spelling, nor a real word of its own ("udyamiyon"): it may be
        words run together."""
        if k in self.topics.not_typos:
            return False
        return k not in self.known and k not in places and not self.topics.similar(k)

    def _split(self, word: str, places: frozenset[str], first: bool = True) -> list[str]:
        """ "gemportal" → gem, portal: a scheme's word, then known words (one more cut at most). The last
        part is one of our words, or a long one misspelt ("udyamregistrstion"): "grinding" is no "green" +
        the town Ding."""
        for cut in range(len(word) - 2, 1, -1):
            left, right = key(word[:cut]), word[cut:]
            if not left or (left not in self.topics.vocabulary if first else self._unknown(left, places)):
                continue
            if key(right) in self.known or (
                len(right) >= FUZZY_MIN_LENGTH and not self._unknown(key(right), places)
            ):
                return [left, key(right)]
            rest = self._split(right, places, first=False) if first and len(right) >= 4 else []
            if rest:
                return [left, *rest]
        return [key(word)] if first else []

    def _said_whole_first(self, topics: list[Hit], message_keys: list[str]) -> list[Hit]:
        """Of two close topics, the one with the longer phrase said word for word wins: "msme samadhaan
        par complaint" names Samadhaan, its "msme ... complaint" is no "msme complaint portal" (Champions);
        "online dispute resolution ... late payment" is ODR."""
        if len(topics) < 2 or topics[0].score - topics[1].score >= CLOSE_MARGIN:
            return topics
        top, second = topics[0], topics[1]
        top_said, second_said = (self.topics.longest_said(h.label, message_keys) for h in (top, second))
        if max(top_said, second_said) < 2 or top_said == second_said:
            return topics
        winner, loser = (top, second) if top_said > second_said else (second, top)
        if self._proper(loser) and not self._proper(winner):
            return topics  # "as a micro enterprise, … selling on GeM": the name says which
        if winner.matched < loser.matched:  # the one said in more of the message's words wins
            # ("सरकारी खरीद में माल बेचने": GeM's words are Sambandh's "सरकारी खरीद" and the selling)
            winner, loser = loser, winner
        behind = replace(loser, score=min(loser.score, winner.score - CLOSE_MARGIN))
        # (the one put behind may fall below the third: "PSU ko maal … odr wale portal pe" has ODR next)
        return sorted([winner, behind, *topics[2:]], key=lambda h: -h.score)

    def _where_done_first(self, topics: list[Hit], message_keys: list[str]) -> list[Hit]:
        """Of two schemes named alike, the one something is done on ("समाधान में", "treds par") leads the one
        it is about ("जेम का केस", "gem ka bill"): "samadhaan me gem ka case chalega?" asks of Samadhaan."""
        if len(topics) < 2 or topics[0].score - topics[1].score >= CLOSE_MARGIN:
            return topics
        top, second = topics[0], topics[1]
        if not (
            self._said_before(top, message_keys, "of_words", not_then=self.part_words)
            and self._said_before(second, message_keys, "on_words")
        ) and not (  # ("can i file on samadhaan for a gem order": English says them first)
            _said_after(top, message_keys, "of_words_first")
            and _said_after(second, message_keys, "on_words_first")
        ):
            return topics
        return [replace(second, score=top.score), replace(top, score=top.score - CLOSE_MARGIN), *topics[2:]]

    def _said_before(
        self, hit: Hit, message_keys: list[str], name: str, not_then: frozenset[str] | None = None
    ) -> bool:
        """Whether a word of `hit` is right before one of the words `name` lists ("समाधान में", "gem ka").
        With `not_then`, a word follows that is none of those: "gem ka case", "tailor ka kaam" say the scheme
        of something else; "cgtmse ki fees pmegp me shamil hai?" asks a part of its own."""
        listed = word_keys(name)
        return any(
            k in hit.matched
            and message_keys[i + 1] in listed
            and (not_then is None or (i + 2 < len(message_keys) and message_keys[i + 2] not in not_then))
            for i, k in enumerate(message_keys[:-1])
        )

    def _vetoes(self, label: str, message_keys: list[str]) -> list[frozenset[str]]:
        """The negatives of `label` the message says together ("gem stone"; not "itr kaise bhare, dukan ki
        income h" for the perfume shop's "itr ki dukan"). A craft's goods made otherwise ("steel furniture") do
        not rule out a scheme called by its name ("steel furniture banata hu, vishwakarma milega?")."""
        named = self.proper_names.get(label, set()) & set(message_keys)
        said = self.negatives_said(label, message_keys)
        return [n for n in said if not (named and n & self.craft_words)]

    def negatives_said(self, label: str, message_keys: Sequence[str]) -> list[frozenset[str]]:
        """The negatives of `label` said together in the message, the scheme named or not: their words name no
        item of its lists ("steel furniture" is no carpenter's furniture)."""
        return [n for n in self.negatives.get(label, ()) if said_together(n, message_keys, PHRASE_SLACK)]

    def _proper(self, hit: Hit) -> bool:
        return bool(hit.matched & self.proper_names.get(hit.label, set()))

    def _named_first(self, topics: list[Hit], message_keys: Sequence[str]) -> list[Hit]:
        """Move a close runner-up called by its own name to the front when the leader was not (Udyam only when
        registering on it is asked: "handmade jewellery… can she register on Udyam?")."""
        if len(topics) < 2:
            return topics
        top, second = topics[0], topics[1]
        # (a word both share counts when it names the second: "loan" in "vishwakarma ... loan bina guarantee"
        # is no name of PM Vishwakarma's, and CGTMSE, named only by what it does, does not lead it; nor is
        # "पैसा" in "TReDS पर इनवॉइस डालो तो पैसा… खरीदार ना दे तो" Samadhaan's)
        shared = second.matched & top.matched
        if second.score < top.score - NAMED_MARGIN or shared - MONEY_KEYS:
            return topics
        # (not "need Udyam to get the green finance subsidy?", "not registered on Udyam, can I get ZED?": the
        # other scheme is called by its name, or Udyam is what one lacks)
        said = set(message_keys)
        registering = (
            second.label == REGISTRATION
            and bool(said & REGISTERING_WORDS)
            and not said & NEGATION_KEYS
            and not top.matched & self.names.get(top.label, set())
        )
        crafted = top.matched <= self.craft_words
        leading = (*self.names_to_lead, self.proper_names) if registering or crafted else self.names_to_lead
        for names in leading:
            if (second.matched - shared) & names.get(second.label, set()) and not _says_a_name(
                top.matched | said, names.get(top.label, set())
            ):
                return [second, top, *topics[2:]]
        # (its own name said anywhere: "TReDS पर इनवॉइस डालो…" scores TReDS by its invoice words, not its name)
        own = leading[-1]
        if (said - top.matched) & own.get(second.label, set()) and not said & own.get(top.label, set()):
            return [second, top, *topics[2:]]
        return topics


def _at(message_keys: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    """Whether `phrase` (keys) is said starting at word `i`."""
    return tuple(message_keys[i : i + len(phrase)]) == phrase


def _says_a_name(said: set[str] | frozenset[str], names: set[str]) -> bool:
    """Whether words (keys) say one of a scheme's name words, or a longer form of one ("exporters", "exported":
    the Export Facilitation Centre's "export")."""
    return any(w in names or any(len(n) >= NAME_STEM_MIN and w.startswith(n) for n in names) for w in said)


def scheme_names(sid: str, scheme: dict) -> list[str]:
    """A scheme's id as words and its name in every language."""
    return [sid.replace("-", " "), *(n for n in (scheme.get("name") or {}).values() if n)]


def _said_after(hit: Hit, message_keys: list[str], name: str) -> bool:
    """Whether a word of `hit` follows one of the words `name` lists, an article or "my" between at most
    ("on the samadhaan portal", "for a gem order")."""
    listed = word_keys(name)
    return any(
        k in listed and hit.matched & set(message_keys[i + 1 : i + 3])
        for i, k in enumerate(message_keys[:-1])
    )


def once_not_covered(named: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """The phrases of intents/not_covered.yaml a live scheme now answers, as (not-covered label, scheme id,
    phrase), from `named` (scheme id, name or alias). Admins are the source of truth: a scheme added as
    "mudra", or named "MUDRA loan" (the entry's shown name), takes the whole entry, "pmmy" and "shishu loan"
    too; one that shares a single phrase of a wider entry ("PM-KUSUM" among the farm schemes) takes only
    that phrase, and "tractor loan" stays not covered."""
    reads = {tuple(keys(text)): sid for sid, text in named}
    taken = []
    for label, by_lang in phrase_file("not_covered").items():
        entry_names = [label.replace("-", " "), *(ps[0] for ps in by_lang.values() if ps)]
        whole = next((reads[r] for r in map(tuple, map(keys, entry_names)) if r in reads), None)
        for phrase in (p for ps in by_lang.values() for p in ps or []):
            sid = whole or reads.get(tuple(keys(phrase)))
            if sid:
                taken.append((label, sid, phrase))
    return taken


def _site_name(url: str | None) -> str | None:
    """A scheme's site by its host ("cluster.dcmsme.gov.in"): a user who quotes it names the scheme."""
    if urlsplit(url or "").path.strip("/"):
        return None  # a page deep in a wider site ("dcmsme.gov.in/…/Scheme_Guidelines.aspx"): the site is not its
    site = host(url or "")
    if any(len(label) > HOST_LABEL_MAX for label in site.split(".")):
        return None  # "udyamregistration": words run together, which _split reads, typos and all
    return site or None


def _own_names(knowledge: Knowledge) -> dict[str, set[str]]:
    """Per scheme, the words of its id and official names that no other scheme's names use
    ("odr", "tred"; not "msme", not everyday words from its aliases like "money")."""
    names = {
        sid: {k for t in scheme_names(sid, scheme) for k in keys(t)}
        for sid, scheme in knowledge.schemes.items()
    }
    return {
        sid: {k for k in ks if not any(k in other for o, other in names.items() if o != sid)}
        for sid, ks in names.items()
    }


def _centre_towns(knowledge: Knowledge) -> frozenset[str]:
    """The one-word towns of the centres on file ("Ludhiana", "लुधियाना"): real words, never a scheme's name
    misspelt."""
    names = (c.get(field) for c in knowledge.centres.values() for field in ("city", "city_hi"))
    return frozenset(k for name in names if name and len(ks := keys(name)) == 1 for k in ks)


def _government_alone(message_keys: list[str], said: tuple[tuple[str, ...], ...]) -> list[str]:
    """The keys with each of the `said` phrases said word for word cut to its last word, the government
    ("kendra sarkar ki yojana" asks as "sarkar ki yojana" does)."""
    out, i = [], 0
    while i < len(message_keys):
        found = next((p for p in said if tuple(message_keys[i : i + len(p)]) == p), None)
        if found:
            out.append(found[-1])
            i += len(found)
        else:
            out.append(message_keys[i])
            i += 1
    return out


def _naming(best: Hit, message_keys: list[str], proper_names: dict[str, set[str]]) -> frozenset[str]:
    """The words that named the scheme: its hit's, and its own name said right before a benefit its name's phrases
    carry, though other words matched it ("what is the pmegp subsidy for general category"; not "pmegp kya h,
    … loan subsidy wala", which asks what it is)."""
    own, benefits = proper_names.get(best.label, set()), word_keys("benefits_in_names")
    named = {k for k, after in pairwise(message_keys) if k in own and after in benefits}
    return best.matched | named


def _label(hit: Hit | None) -> str | None:
    return hit.label if hit else None


def _said_as_such(hit: Hit, message_keys: list[str]) -> bool:
    """A phrase of two words or more said word for word ("what is", "kaise kare"), not a question word alone."""
    return len(hit.matched) > 1 and f" {' '.join(keys(hit.phrase))} " in f" {' '.join(message_keys)} "


def _best_hit(
    index: PhraseIndex,
    hits: list[Hit],
    message_keys: list[str],
    general: tuple[str, ...] = (),
    question_words: frozenset[str] = frozenset(),
) -> Hit | None:
    """The hit whose phrase is most fully and most specifically present; `general` labels only
    when nothing more specific is ("पात्रता क्या है" asks about eligibility, not "what is";
    "cancel kaise kare" about cancelling, not applying) or when named by more than question words
    ("how to apply for the grant" asks how to apply)."""
    specific = [
        h
        for h in hits
        if h.label not in general or (h.matched | index.present_words(h.label, message_keys)) - question_words
    ] or hits
    said = f" {' '.join(message_keys)} "
    # ...and on a tie, the phrase said in its own word order: "kya milega" (benefits), not "milega kya"
    return max(
        specific,
        key=lambda h: (len(h.matched), h.score, f" {' '.join(keys(h.phrase))} " in said),
        default=None,
    )
