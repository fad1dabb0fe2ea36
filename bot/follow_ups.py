"""Follow-ups inside a conversation about one scheme: which scheme a short question is about, and the
lines of its record that answer it ("iske liye udyam zaruri h?", "aur batao", "fees?", "I took a Mudra loan")."""

from dataclasses import replace

from bot import answers, class_totals, groups, hearsay, msme_size, questions, sessions
from bot.fact_lines import FIELDS, MAX_LINES, FactMatch, asked_words
from bot.knowledge import items
from bot.language import continues, goes_on_to, says_what_was_meant
from bot.matcher import CLARIFY_THRESHOLD, Understanding, scheme_names
from bot.messages import Option
from bot.normalize import clean, key, keys, says_any
from bot.phrases import word_forms, word_keys, word_list
from bot.turn import Turn

# The detail (details.yaml) that asks whether a scheme needs Udyam registration.
UDYAM_NEEDED = "udyam_needed"


def asks_if_registration_needed(turn: Turn, text: str) -> bool:
    """Whether the user's own words ask if Udyam is needed; a claim's do not ("CA bol raha hai udyam certificate ke
    bina loan nahi dega, waise udyam se aur kya fayda")."""
    return turn.snap.details.asked(hearsay.own_words(text)) == UDYAM_NEEDED


def needs_registration(turn: Turn, u: Understanding, text: str) -> str | None:
    """The scheme a "is Udyam needed?" asks about: another one named ("gem ke liye udyam zaruri hai?"),
    else the one being discussed."""
    if not asks_if_registration_needed(turn, text):
        return None
    # ("what about udyam, does it need GST?" after GeM asks it of Udyam; "usme bhi udyam chahiye?" of GeM)
    udyam = turn.snap.matcher.proper_names.get(answers.REGISTRATION, set())
    if goes_on_to(text, udyam) and not says_any(text, word_list("words", "this_words")):
        return None
    named = [h.label for h in u.topics if h.label != answers.REGISTRATION and h.label in u.named]
    topic = named[0] if named else turn.session.topic
    return topic if topic in turn.snap.knowledge.schemes and topic != answers.REGISTRATION else None


def registration_told(turn: Turn, u: Understanding, text: str) -> tuple[str, bool] | None:
    """ "haan, udyam hai", "मेरे पास उद्यम है", "udyam nahi hai" in a chat about another scheme (CGTMSE, GeM, or
    Udyam's own papers asked just before): the user tells what they have or lack for that scheme and asks
    nothing else. The scheme, and whether they have Udyam; not a bare "udyam" (Udyam itself asked), nor
    "udyam hai?" or "kya udyam chahiye" (questions)."""
    if not u.confident or u.best.label != answers.REGISTRATION or u.aspect not in (None, "apply"):
        return None
    # ("haan udyam bana hai": "bana hai" asks if a centre is built only after a list of centres)
    if set(u.intents) - {"ack", "centre_status"} or "?" in text:
        return None
    matcher, said = turn.snap.matcher, set(_past_an_ok(text))
    told = said & word_keys("registration_told")
    if not told or said & word_keys("question_asks"):
        return None
    if said - told - u.best.matched - matcher.negations - matcher.fillers - matcher.asking_words(u.aspect):
        return None  # ("udyam me naam galat hai" tells of a registration to correct)
    scheme = _scheme_beside_registration(turn)
    return (scheme, not said & matcher.negations) if scheme else None


def _past_an_ok(text: str) -> list[str]:
    """The message's keys after an "ok" leading it ("ठीक है उद्यम": "उद्यम"), whose "है" agrees, telling nothing."""
    said = keys(text)
    for lead in word_list("words", "agreeing_leads"):
        ks = keys(lead)
        if said[: len(ks)] == ks:
            return said[len(ks) :]
    return said


def _scheme_beside_registration(turn: Turn) -> str | None:
    """The scheme discussed, or the one just before a turn about Udyam ("cgtmse loan", "udyam chahiye kya?")."""
    schemes, history = turn.snap.knowledge.schemes, turn.session.history
    topic = turn.session.topic
    if topic == answers.REGISTRATION and len(history) >= 2:
        topic = history[-2].get("topic")
    return topic if topic in schemes and topic != answers.REGISTRATION else None


# "wo pehle wala dikhao", "pehle wala helpline dubara bhejo": show (again) the scheme before this one; "the
# previous one" names a scheme as "one".
SHOW_WORDS = word_keys("show_again_words")
ONE = frozenset(keys("one"))


def earlier_topic(turn: Turn, u: Understanding, text: str) -> str | None:
    """ "pehle wali yojana ke documents", "the first one you mentioned" after GeM, then TReDS: GeM, the
    scheme talked about before the one now (not the one now, nor the scheme list); "sabse pehle wali", the
    first of those still in the conversation's history."""
    first = word_list("words", "first_scheme")
    phrases = word_list("words", "earlier_scheme") + first
    if u.confident or not says_any(text, phrases):
        return None
    # (with schemes or centres on screen, "the first one" is the first of them: a list's first two options
    # are two schemes, one answer's are its parts; "the earlier one" after CGTMSE and PMEGP compared is still
    # CGTMSE, the one talked about before)
    distinct = talked_about(turn)
    offered = [o.payload.split()[1] for o in turn.session.options if o.payload.startswith("@scheme ")]
    compared = set(offered) <= set(distinct) and not says_any(text, first)
    # (schemes offered instead of one not on file, Mudra's, are no list the user picked from: "pehle wali"
    # there is still the scheme before)
    instead = bool(offered_instead(turn)) and not says_any(text, first)
    if (len(set(offered[:2])) == 2 and not (compared or instead)) or turn.session.centres:
        return None
    # ("pehle wala loan band karna hai", "pehli wali machine kharab hai" ask of no scheme; "the first one's
    # subsidy for rural SC" tells who asks)
    other = set(u.unknown) - {k for p in phrases for k in keys(p)} - SHOW_WORDS - groups.all_words()
    # (a detail's or a part's word that also names a scheme weakly, "fee" in CGTMSE's "guarantee fee",
    # "subsidy" in PMEGP's "margin money subsidy", names none; nor does a word only spelled like one, "लगती"
    # read as PMEGP's "lagani")
    asking = turn.snap.details.ask_words | turn.snap.matcher.aspects.vocabulary
    naming = (u.best.matched & set(keys(text))) - asking if u.topics else set()
    if other or (u.topics and u.best.score >= CLARIFY_THRESHOLD and naming):
        return None
    alone = clean(text) in {clean(p) for p in phrases}  # "pehle wala" after CGTMSE, then ZED: CGTMSE
    if not (alone or u.aspect or set(keys(text)) & (word_keys("scheme_nouns") | SHOW_WORDS | ONE)):
        return None
    if (
        len(distinct) < 2 or instead
    ):  # "pehle wali yojana ka form" after CGTMSE and an aside (Mudra's): CGTMSE
        return distinct[0] if distinct and not alone else None
    return distinct[-1] if says_any(text, first) else distinct[1]


def offered_instead(turn: Turn) -> list[str]:
    """The schemes offered in place of an answer the data does not have ("mudra loan chahiye": PMEGP, CGTMSE
    …), when that was the last reply; none otherwise."""
    history = turn.session.history
    if not history or history[-1].get("intent") != "fallback" or history[-1].get("topic"):
        return []
    return [o.payload.split()[1] for o in turn.session.options if o.payload.startswith("@scheme ")]


def earlier_unclear(turn: Turn, u: Understanding, text: str) -> list[str]:
    """ "pehle wali yojana ke documents" right after schemes offered in place of Mudra, with no scheme talked
    about before: which of those offered it means (the first one, "pehli wali", is a pick)."""
    phrases = word_list("words", "earlier_scheme")
    if u.confident or talked_about(turn) or not says_any(text, phrases):
        return []
    return offered_instead(turn)


def first_on_screen(turn: Turn, text: str) -> Option | None:
    """ "pehle wala", "पहले वाला" alone, with choices on screen and no scheme before the one now that it could
    mean: the first choice, as "pehla wala" picks ("योजनाओं की सूची", then "पहले वाला": Udyam; after TReDS's
    answer, its benefits). After GeM, then TReDS, it is still GeM (earlier_topic)."""
    options = turn.session.options
    said = {key(w) for w in clean(text).split()} - word_keys("pick_fillers")
    if not options or not said or not said <= word_keys("earlier_or_first"):
        return None
    return options[0] if earlier_topic(turn, turn.snap.understand(text), text) is None else None


def back_from_an_aside(turn: Turn, u: Understanding) -> str | None:
    """The scheme "iske liye" points back to past an answer about something else, when its record speaks of
    the words asked: "ok, aur iske liye EDP training kya hai" after PMEGP's documents and an Aadhaar question
    we do not cover is PMEGP's EDP training ("iske documents" there still asks of Aadhaar: no words of
    PMEGP's own)."""
    history = turn.session.history
    if turn.session.topic or not history or history[-1].get("intent") != "fallback":
        return None
    if not says_any(u.text, word_list("words", "this_words")):
        return _past_one_aside(turn, u)
    if u.confident:
        return None
    earlier = next(iter(talked_about(turn)), None)
    words = _words_told(turn, u)
    return earlier if earlier and words and turn.snap.facts.covers(earlier, words) else None


def _past_one_aside(turn: Turn, u: Understanding) -> str | None:
    """ "हमारी यूनिट असम में है, कुछ ज़्यादा छूट मिलेगी?", "I already run a shop, can I use it for expansion?" right
    after one question we do not cover (a GST return, Stand-Up India) that came after a scheme's answer: that
    scheme's part, asked with one's own case; naming nothing else, and no "iske" (which may point at the aside). A
    bare part ("documents kya chahiye?" after Mudra) may be asked of the aside: not this."""
    history = turn.session.history
    before = history[-2].get("topic") if len(history) > 1 else None
    if before not in turn.snap.knowledge.schemes or history[-1].get("topic"):
        return None
    if u.confident or u.named or u.not_covered or set(u.intents) - {"where"}:
        return None
    if u.aspect in (None, "overview", "contact"):
        return None
    return before if _words_told(turn, u) else None


def _words_told(turn: Turn, u: Understanding) -> list[str]:
    """The message's own words besides those that ask its part and fillers ("EDP training", "unit", "Assam")."""
    matcher = turn.snap.matcher
    return [w for w in asked_words(u.text, matcher.asking_words(u.aspect)) if w not in matcher.fillers]


def talked_about(turn: Turn) -> list[str]:
    """The schemes of the conversation's recent turns, each once, the latest first."""
    schemes = turn.snap.knowledge.schemes
    return list(
        dict.fromkeys(h["topic"] for h in reversed(turn.session.history) if h.get("topic") in schemes)
    )


def talked_about_in_order(turn: Turn) -> list[str]:
    """The schemes of the conversation's recent turns, each once, in the order they first came up ("the second
    one" after Udyam, GeM, PM Vishwakarma and Udyam again is GeM)."""
    schemes = turn.snap.knowledge.schemes
    return list(dict.fromkeys(h["topic"] for h in turn.session.history if h.get("topic") in schemes))


def asks_about_it(turn: Turn, u: Understanding, text: str) -> bool:
    """ "ok scheme ke bare me batao", "is yojana ke bare me", "tell me about the scheme" in a chat about one
    scheme (EFC, then its missing list of places): that scheme, not the list of them all; "schemes batao",
    "koi aur yojana", "sarkari yojana ke bare me" still ask for the list. So does "ye kya hai", "what is this"
    (it fell back)."""
    if turn.session.topic not in turn.snap.knowledge.schemes or u.topics or u.unknown or u.not_covered:
        return False
    if not u.intents and u.aspect == "overview" and says_any(text, word_list("words", "what_it_is_asks")):
        return True
    if "scheme_list" not in u.intents or not set(u.intents) <= {"scheme_list", "ack"}:
        return False
    said = set(keys(text))
    others = word_keys("another") | word_keys("all_words") | word_keys("which_words")
    if said & (others | word_keys("every_schemes_words")) or questions.asks_several(text):
        return False
    one = word_forms("scheme_nouns") - word_forms("many_schemes")
    return bool(one & set(clean(text).split())) and says_any(text, word_list("words", "about_words"))


def asks_for_all_of_it(turn: Turn, u: Understanding) -> bool:
    """ "पूरी जानकारी भेजो", "details bhejo", "full details" in a chat about one scheme: all of it, from what it is
    (it fell back on the words of sending, or gave the part after the last); not "ye info kab ki hai", how old
    the answer's facts are."""
    if turn.session.topic not in turn.snap.knowledge.schemes or u.confident or u.topics or u.not_covered:
        return False
    if "how_sure" in u.intents:
        return False
    said, asks = set(keys(u.text)), word_keys("whole_info_asks")
    little = word_keys("sending_on_words") | word_keys("show_again_words") | turn.snap.matcher.fillers
    return bool(said & asks) and said <= asks | little


def asks_for_the_rest(turn: Turn, u: Understanding) -> bool:
    """ "aur batao", "tell me more", "aur kuch?", a bare "aur?" right after a scheme's answer, naming nothing
    else nor a part of it ("tell me more about documents", "aur kuch documents chahiye?" ask the documents);
    and a bare "haan", "yes" right after one ("pmegp loan chahiye", its overview, "haan": they want it, go on)."""
    said = set(keys(u.text))
    yes = bool(said) and said <= word_keys("yes_words") and _last_was_a_scheme(turn)
    # ("aur kuch nahi, thanks" says nothing more is wanted)
    more = "more" in u.intents and u.aspect in (None, "overview") and not said & turn.snap.matcher.negations
    return _after_an_answer(turn, u) and (
        more or said <= word_keys("bare_more") or yes or _after_that(turn, u)
    )


def _after_that(turn: Turn, u: Understanding) -> bool:
    """ "uske baad?", "उसके बाद क्या?", "after that?" after a scheme's part other than its steps: the next part."""
    phrases = word_list("words", "after_that_asks")
    if turn.session.aspect == "apply" or not says_any(u.text, phrases):
        return False
    return set(keys(u.text)) <= {k for p in phrases for k in keys(p)} | turn.snap.matcher.fillers


def _last_was_a_scheme(turn: Turn) -> bool:
    """Whether the bot's last reply was a scheme's answer (no question of its own a "haan" could answer)."""
    history = turn.session.history
    return bool(history) and history[-1].get("intent") == "scheme_info"


def _after_an_answer(turn: Turn, u: Understanding) -> bool:
    """A scheme was just answered, and the message names nothing else."""
    return turn.session.topic in turn.snap.knowledge.schemes and not (u.confident or u.unknown)


def asks_how_to_change(turn: Turn, u: Understanding) -> bool:
    """ "kaise" right after the answer that no steps for correcting it are on file ("udyam me galat turnover daal
    diya", "sudhar sakte hai?"): how to make that change, not the steps of a new registration (a second one)."""
    # (its words of getting it again are no new subject: "दोबारा कैसे निकालूं" after a lost certificate)
    unknown = set(u.unknown) - word_keys("again_words")
    others = [h for h in u.topics if h.label != turn.session.topic]  # ("download again": Udyam's, weakly)
    return turn.session.aspect == "change" and u.aspect == "apply" and not (u.confident or unknown or others)


def next_aspect(aspect: str | None) -> str:
    """The part of a scheme's answer that comes after `aspect` (what it is → benefits → who can apply …)."""
    shown = answers.ASPECTS.index(aspect) if aspect in answers.ASPECTS else 0
    return answers.ASPECTS[(shown + 1) % len(answers.ASPECTS)]


def names_another(turn: Turn, u: Understanding) -> bool:
    """Whether the message calls another scheme than the one discussed by its proper name, or says it meant
    another ("नहीं, मेरा मतलब जेम पोर्टल" after TReDS is GeM, not TReDS's government buyers)."""
    best = u.best
    return (
        u.confident
        and best.label != turn.session.topic
        and (
            bool(best.matched & turn.snap.matcher.proper_names.get(best.label, set()))
            or says_what_was_meant(u.text)
            or its_name_alone(turn, u)
            or _what_its_name_is(turn, u)
        )
    )


def its_name_alone(turn: Turn, u: Understanding) -> bool:
    """ "समाधान", "samadhan portal" after Champions: a name made of everyday words ("समाधान" is also "a
    solution"), said with nothing else, calls that scheme."""
    matcher, label = turn.snap.matcher, u.best.label
    said = set(keys(u.text)) - word_keys("name_words") - word_keys("pick_fillers")
    own = {k for name in scheme_names(label, turn.snap.knowledge.schemes[label]) for k in keys(name)}
    return bool(said) and said <= own and not said <= matcher.aspects.vocabulary


def _what_its_name_is(turn: Turn, u: Understanding) -> bool:
    """ "tool room kya hai", "टूल रूम क्या है", "what is a tool room" after EFC: what a thing named by its own
    name is asks of that thing, not of the scheme discussed (whose record names technology centres)."""
    said, what = set(keys(u.text)), word_keys("what_words")
    if u.aspect not in (None, "overview") or not said & what:  # ("koi samadhan batao" asks for a solution)
        return False
    matcher, label = turn.snap.matcher, u.best.label
    said = said - matcher.fillers - what - word_keys("name_words")
    own = {k for name in scheme_names(label, turn.snap.knowledge.schemes[label]) for k in keys(name)}
    return bool(said) and said <= own and not said <= matcher.aspects.vocabulary


def said_of_another(turn: Turn, u: Understanding) -> FactMatch | None:
    """What the scheme being discussed says of another scheme the user tells they had or did ("PMEGP
    se loan mila tha" → "should not have taken a loan under PMEGP ... in the past 5 years")."""
    topic, other = turn.session.topic, u.best.label
    if topic not in turn.snap.knowledge.schemes or other == topic or u.aspect not in (None, "eligibility"):
        return None
    # (a case supposed tells it too: "and if I'm also in MSE-CDP cluster" after ZED's subsidy is ZED's line on
    # MSE-CDP units; "nahi, maine pmegp pucha tha" corrects, and tells nothing had)
    supposed = says_any(u.text, word_list("words", "supposing"))
    if not (questions.tells(u.text) or supposed) or says_what_was_meant(u.text):
        return None
    if not u.best.matched & turn.snap.matcher.proper_names.get(other, set()):
        return None  # "they haven't paid me" in a Udyam chat describes a need; it tells of no Samadhaan case
    return lines_naming(turn, topic, other)


def lines_naming(turn: Turn, topic: str, other: str) -> FactMatch | None:
    """The lines of `topic` that name the scheme `other` (PM Vishwakarma's "…a loan under … PMEGP … in the past
    5 years")."""
    scheme = turn.snap.knowledge.schemes[other]
    names = [
        other.replace("-", " "),
        *items(scheme.get("aliases"), "en"),
        *items(scheme.get("aliases"), "hi"),
    ]
    return turn.snap.facts.mentioning(topic, names, turn.lang, MAX_LINES)


def about_it(turn: Turn, u: Understanding, found: FactMatch) -> bool:
    """Whether lines found for a message that names a scheme we do not cover answer it: an eligibility
    question, or what the user says they had that the lines speak of ("I took a Mudra loan, does that
    matter?" in a PM Vishwakarma chat: its rule on MUDRA loans; "pan card jaruri h?" after PMEGP's documents:
    whether the scheme needs it; "unka ration card nahi h chalega?" after PM Vishwakarma: its papers, which name
    it; not "csc center kaha milega")."""
    if found.aspect == u.aspect == "eligibility":
        return True
    said = keys(" ".join(found.lines))
    asked = keys(u.text)
    needed = bool(set(asked) & (word_keys("required_words") | word_keys("needed_asks")))
    # (a lack asked of: "nahi h chalega?")
    needed = needed or says_any(u.text, word_list("words", "lacking_words"))
    not_covered = turn.snap.matcher.not_covered
    # ("pan card chahiye?" after Udyam: its lines say "PAN", not "PAN card"; the thing named is what they speak of)
    named = not_covered.present_words(u.not_covered, asked) - word_keys("document_forms")
    return (questions.tells(u.text) or needed) and bool(
        not_covered.present_words(u.not_covered, said) or (named and named <= set(said))
    )


def speaks_of_it(turn: Turn, u: Understanding) -> bool:
    """Whether the scheme discussed has lines on the matter we do not cover that the message names (PMEGP's on
    Mudra units; Champions has none on PF: "मेरा पीएफ का पैसा कैसे निकलेगा" in its chat is about the PF)."""
    return _lines_on_it(turn, u) is not None


def _lines_on_it(turn: Turn, u: Understanding) -> FactMatch | None:
    """The lines of the scheme discussed that name the matter we do not cover ("pan card nahi hai": Udyam's PAN)."""
    named = turn.snap.matcher.not_covered.phrases_of(u.not_covered)
    return turn.snap.facts.mentioning(turn.session.topic, named, turn.lang, MAX_LINES)


def lines_asked(turn: Turn, u: Understanding) -> FactMatch | None:
    """The lines of the scheme being discussed that a follow-up asks for ("what about for women?", "gaon
    me kitna"); none when its words point away from our schemes ("pan card banwana hai" is no question
    about Udyam's PAN line), but a scheme we do not cover that the user says they had still counts
    ("I took a Mudra loan, does that matter?")."""
    topic = turn.session.topic
    lines = (
        detail_lines(turn, topic, u)
        or class_lines(turn, topic, u)
        or told_lines(turn, topic, u)
        or region_lines(turn, topic, u)
        or fact_lines(turn, topic, u)
    )
    # (unless the user tells what they have or lack of it: "pan card nahi h" in a Udyam chat is Udyam's PAN line)
    # ("nahi, maine gst pucha tha" after GeM's documents corrects to GST itself: no line of GeM's naming it)
    corrected = u.not_covered and says_what_was_meant(u.text)
    # ("also can you fix my PAN card name spelling" in a Udyam chat: the card itself, not Udyam's PAN line)
    repair = bool(u.not_covered) and not u.named and says_any(u.text, word_list("words", "repair_asks"))
    # (a paper lacked: "ration card nahi hai to chalega kya" after PM Vishwakarma's papers, its line on it)
    lacks = says_any(u.text, word_list("words", "lacking_words"))
    told = (questions.tells(u.text) or lacks) and not repair
    # (told, it still has to be of what the scheme speaks of: "meri sim band ho gayi hai" after MSME Mart is no line
    # of MSME Mart's)
    if (
        lines is not None
        and u.not_covered
        and (repair or not about_it(turn, u, lines))
        and not (told and speaks_of_it(turn, u))
    ):
        lines = None
    if corrected:
        return None
    if (
        lines is not None
        and u.aspect == "apply"
        and lines.aspect != "apply"
        and not turn.snap.details.asked(u.text)
        and not says_any(u.text, word_list("words", "count_asks"))
    ):
        # "रजिस्ट्रेशन कैसे होगा?" after GeM asks its steps, not its line "linked to Udyam"; "how long does the
        # council take to decide?" asks a detail, its "within 90 days"; "how many applications were filed" a count
        lines = None
    if lines is not None and turn.snap.details.missing(topic, u.text):
        # "कितना समय लगता है" after PMEGP, whose record has no time: not its "अपनी तरफ से लगाना" line, but
        # the honest "not on file" over the part where the time would be (its steps)
        lines = None
    if lines is None and u.not_covered and told:
        lines = _lines_on_it(turn, u)
    return lines


def answered_together(turn: Turn) -> list[str]:
    """The schemes the last turn answered one after another ("udyam aur gem dono ke documents")."""
    history = turn.session.history
    return list(history[-1].get("topics", [])) if history else []


# Details asked in another scheme's words that are asked of the scheme discussed: "file size limit" after Samadhaan
# is its "up to 2 MB each", "turnover limit to sell" after GeM its own rule (or that none is on file), not Udyam's
# size limits; "if the buyer does not pay the bank, will it recover from me?" after TReDS its "no recourse" line, not
# Samadhaan's (a buyer not paying); "how much does the bank cut" its discount rate.
OWN_DETAILS = frozenset({"file_size", "msme_limits", "recourse", "discount_rate"})


def _stays(turn: Turn, u: Understanding) -> bool:
    """Whether a message that fits another scheme than the one discussed may still be about the discussed one: it
    does not call the other by name anywhere in it ("what is the udyam turnover limit" after GeM is Udyam's, "what
    is MSE-GIFT scheme and who implements it?" after PMEGP MSE-GIFT's)."""
    return (
        _another_than_discussed(turn, u)
        and not names_another(turn, u)
        and u.best.label not in u.named
        and not u.best.matched & turn.snap.matcher.names.get(u.best.label, set())
        and not u.not_covered
    )


def still_about_it(turn: Turn, u: Understanding) -> FactMatch | None:
    """In a chat about one scheme, a message that another scheme's everyday words fit but the scheme
    discussed has lines on: those lines ("mere buyer ka turnover 300 cr hai, register karna padega?" after
    TReDS is its buyers' rule, not Udyam's limits; "main micro unit hu" after ZED its micro subsidy). Not
    when the lines found send the user to that other scheme ("buyer payment nahi de raha" after Udyam)."""
    topic, matcher = turn.session.topic, turn.snap.matcher
    if not _stays(turn, u):
        return None
    # a detail its record gives ("what is the file size limit" after Samadhaan: "up to 2 MB each", not Udyam's
    # size limits)
    asked = turn.snap.details.asked(u.text)
    detail = detail_lines(turn, topic, u, in_chat=True) if asked in OWN_DETAILS else None
    if detail is not None and not _points_elsewhere(turn, topic, detail):
        return detail
    # the scheme discussed must have lines on the very words that made the other one win ("turnover"
    # for TReDS's buyers; not "bill discounting" after Samadhaan, whose lines say only "bill"); a word that
    # only asks ("limit" in "buyer ke liye turnover limit") is no such word
    asking = matcher.asking_words(u.aspect)
    winning = [w for w in u.best.matched if w not in matcher.negations]
    winning = [w for w in winning if w not in asking] or winning
    if not winning or not turn.snap.facts.covers(topic, winning):
        return None
    words = [w for w in asked_words(u.text, asking) if w not in matcher.fillers]
    # (one word will do when it goes on from the answer, "aur micro ke liye?" after ZED's subsidy, or when it is
    # the very word that named the other scheme: "can I file with Udyog Aadhaar" after Samadhaan)
    enough = len(words) >= 2 or (len(words) == 1 and (continues(u.text) or words[0] in winning))
    found = turn.snap.facts.find(topic, words, turn.lang) if enough else None
    if found is not None:
        found = _without_ruled_out(found, u.text)
    said = _own_words_of(turn, u, winning)
    return None if found is None or _points_elsewhere(turn, topic, found, said) else found


def _own_words_of(turn: Turn, u: Understanding, winning: list[str]) -> frozenset[str]:
    """The words that named the other scheme when one of them is that scheme's alone ("udyog aadhaar": Udyam's;
    not "loan", which many schemes share): a line of the scheme discussed that says them all speaks of what was
    asked, though it names that scheme ("Udyam registration (or the older Udyog Aadhaar)")."""
    idf, unique = turn.snap.matcher.topics.idf, turn.snap.matcher.unique_idf
    return frozenset(winning) if any(idf.get(w, 0.0) >= unique for w in winning) else frozenset()


def detail_not_on_file(turn: Turn, u: Understanding) -> str | None:
    """ "is there any turnover limit to sell" after GeM: a detail whose own words ("turnover limit") are all that
    named another scheme (Udyam), asked of the scheme discussed, whose record does not say it: that detail, to be
    said honestly not on file, not the other scheme's answer."""
    topic = turn.session.topic
    if not _stays(turn, u):
        return None
    missing = turn.snap.details.missing(topic, u.text)
    if missing not in OWN_DETAILS:
        return None
    detail_words = frozenset().union(*turn.snap.details.asks.words_of(missing))
    return missing if u.best.matched <= detail_words else None


def _another_than_discussed(turn: Turn, u: Understanding) -> bool:
    """Whether the message fits a scheme other than the one discussed, and not one answered beside it
    ("buyer ne 100 din se payment nahi kiya" after Samadhaan's and Champions' steps is Samadhaan's)."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or not u.confident or u.best.label == topic:
        return False
    return u.best.label not in answered_together(turn)


def _without_ruled_out(found: FactMatch, text: str) -> FactMatch | None:
    """The lines found but those about a group the user says they are not in ("sorry I am small
    enterprise not medium" after Samadhaan's rule for medium ones)."""
    denied = groups.ruled_out(text)
    if denied is None:
        return found
    lines = tuple(line for line in found.lines if not says_any(line, tuple(groups.phrases_of(denied))))
    return replace(found, lines=lines) if lines else None


def _points_elsewhere(turn: Turn, topic: str, found: FactMatch, said: frozenset[str] = frozenset()) -> bool:
    """ "…such as CGTMSE and MSME Samadhaan for late payments": lines that send the user to another scheme; not
    a line that says the very words the user `said` of it ("(or the older Udyog Aadhaar)")."""
    return any(
        turn.snap.understand(line).named - {topic} and not (said and said <= set(keys(line)))
        for line in found.lines
    )


def does_it_too(turn: Turn, u: Understanding) -> FactMatch | None:
    """In a chat about one scheme, another named only by what it does, which the scheme discussed also
    does in its own lines: "is the loan really without guarantee?" after PM Vishwakarma is its
    "collateral-free loan at 5%" (a CGTMSE phrase, said in PM Vishwakarma's lines), not CGTMSE."""
    topic = turn.session.topic
    if not _another_than_discussed(turn, u) or names_another(turn, u) or u.not_covered:
        return None
    if u.aspect not in (None, "benefits", "overview"):
        return None
    present = set(keys(u.text))
    if present & word_keys("large_sums"):  # "50 lakh ka loan bina guarantee": no artisan's loan
        return None
    index, label = turn.snap.matcher.topics, u.best.label
    # (all of a phrase's words must be said: "guarantee" alone is no "loan without guarantee")
    if not any(set(words) <= present for words in index.words_of(label)):
        return None
    # what it does, in more than one word ("collateral free"; not its agency's name, "kvic")
    described = [
        p for p, words in zip(index.phrases_of(label), index.words_of(label), strict=True) if len(words) > 1
    ]
    found = turn.snap.facts.lines_saying(topic, tuple(described), turn.lang)
    return None if found is None or _points_elsewhere(turn, topic, found) else found


def kept_topic(turn: Turn, u: Understanding) -> str | None:
    """The scheme being discussed, when the message names another only by words they share (not a
    mere "nahi"): "क्या मैं शिकायत कर सकता हूँ?" inside a Samadhaan conversation is about Samadhaan, not
    Champions; "buyer payment nahi de raha" after CGTMSE is about Samadhaan."""
    topic, matcher = turn.session.topic, turn.snap.matcher
    if topic not in turn.snap.knowledge.schemes or topic == u.best.label:
        return None
    if u.best.matched & matcher.proper_names.get(u.best.label, set()):  # "उद्यम रजिस्ट्रेशन" names Udyam
        return None
    # "aur agar wife ke naam pe le aur main guarantor banu?" in a PMEGP chat: a case supposed of it, which names
    # CGTMSE only by a word of its ("guarantor"), not by its name
    if continues(u.text) and says_any(u.text, word_list("words", "supposing")) and not u.named:
        return topic
    kept = next((h for h in u.topics if h.label == topic), None)
    # "और समाधान पर?" after ODR's rules goes on to Samadhaan, though ODR's Hindi name says "समाधान" too; so does
    # "sorry, मेरा मतलब समाधान पोर्टल से था"
    if (
        u.confident
        and (goes_on_to(u.text, u.best.matched) or says_what_was_meant(u.text))
        and (kept is None or kept.score < CLARIFY_THRESHOLD)
    ):
        return None
    shares = kept is not None and bool((kept.matched & u.best.matched) - matcher.negations)
    if shares and matcher.only_shared_words(u):
        return topic
    return None


def said_of_it(turn: Turn, u: Understanding) -> bool:
    """In a chat about one scheme, a message that calls no other scheme by name and whose own words the
    scheme discussed has lines on ("does my buyer need to be on it?" after TReDS, "कितने प्रतिशत कवर होता
    है" after CGTMSE): about that scheme, not "did you mean Samadhaan?" for a word the two share."""
    topic, matcher = turn.session.topic, turn.snap.matcher
    if topic not in turn.snap.knowledge.schemes or u.not_covered or u.vetoed:
        return False
    if any(h.matched & matcher.proper_names.get(h.label, set()) for h in u.topics if h.label != topic):
        return False
    words = [w for w in asked_words(u.text, matcher.asking_words(u.aspect)) if w not in matcher.fillers]
    if not words and not u.named and not u.unknown and u.aspect in (None, "apply"):
        # ("रजिस्ट्रेशन CSC से होगा?" after PM Vishwakarma: no other scheme named and no word left that is not a
        # question's, so nothing points away from the scheme discussed; a benefit asked may be another scheme's:
        # "सब्सिडी कितने प्रतिशत मिलेगी" after Udyam, which gives none)
        return True
    covered = [w for w in words if turn.snap.facts.covers(topic, [w])]
    return bool(covered) and len(covered) * 2 >= len(words)


def detail_lines(turn: Turn, topic: str, u: Understanding, in_chat: bool = False) -> FactMatch | None:
    """The lines of `topic` that answer the detail asked ("fees" → "Free of cost", "age limit" → "18 years");
    `in_chat`: asked in a chat already about it ("and for CGTMSE?" after PMEGP's collateral)."""
    if topic == answers.REGISTRATION and turn.snap.details.asked(u.text) == UDYAM_NEEDED:
        return None  # every Udyam line names Udyam: "is Udyam needed?" of Udyam itself picks none
    asked_first = turn.session.topic != topic and not in_chat
    if turn.snap.details.asked(u.text) in turn.snap.details.in_chat and asked_first:
        return None  # "bank girvi maang raha hai, koi yojana?" first: CGTMSE's overview, which says it
    evidence = turn.snap.details.answering(_beside_the_name(turn, topic, u), topic)
    # (of the aspect asked, where some are: "no GST, can I still register?" is Udyam Assist, not GST in benefits;
    # but a detail with a part of its own is said there: "will I get money for tools" is the toolkit's benefit)
    own_part = turn.snap.details.part(turn.snap.details.asked(u.text))
    asked = u.aspect if u.aspect in FACT_ASPECTS and not own_part else None
    found = (
        turn.snap.facts.mentioning(topic, evidence, turn.lang, MAX_LINES, whole_summary=False, aspect=asked)
        if evidence
        else None
    )
    return turn.snap.facts.of_part_said(topic, found, u.text) if found else None


def _beside_the_name(turn: Turn, topic: str, u: Understanding) -> str:
    """The message, or what it says beside the scheme's name when that alone asks a detail ("pmegp age": the
    age, as "age?" asks it)."""
    if turn.snap.details.asked(u.text) or u.best is None or u.best.label != topic:
        return u.text
    rest = " ".join(w for w in clean(u.text).split() if key(w) not in u.best.matched)
    return rest if turn.snap.details.asked_alone(rest) else u.text


def doubted_detail(turn: Turn, u: Understanding) -> FactMatch | None:
    """ "bank girvi maang raha hai" in a CGTMSE chat, then "is that allowed?" / "क्या यह सही है": whether what
    someone asks of the user is right, so the scheme's lines on it again (they got who can apply, or "how sure").
    Not after a question of the user's own ("fees kitni hai", then "sahi hai?" asks how sure the answer is)."""
    topic, history = turn.session.topic, turn.session.history
    if not history or history[-1].get("topic") != topic or topic not in turn.snap.knowledge.schemes:
        return None
    if (u.confident and u.best.label != topic) or not says_any(u.text, word_list("words", "doubt_asks")):
        return None
    told = history[-1].get("text", "")
    if not says_any(told, word_list("words", "demand_words")):
        return None
    evidence = turn.snap.details.answering(told)
    return turn.snap.facts.mentioning(topic, evidence, turn.lang, MAX_LINES, False) if evidence else None


def class_lines(turn: Turn, topic: str, u: Understanding) -> FactMatch | None:
    """The lines of `topic` on the MSME class the user tells ("मैं माइक्रो हूँ" after ZED's subsidy: its
    "micro 80%" line, though its Hindi line says "सूक्ष्म"), or asks of next ("aur small ko?"); every class's,
    when what a unit sized in plain words gets is asked ("बड़ी इकाई को कितनी सब्सिडी": ZED's "medium 50%" too)."""
    told = msme_size.told_class(u.text) or msme_size.class_asked_next(u.text)
    scheme = turn.snap.knowledge.schemes[topic]
    if (
        told is None
        and u.aspect == "benefits"
        and msme_size.sized_in_plain_words(u.text)
        and class_totals.rated_by_class(scheme)
    ):
        # "badi unit ko kitna subsidy" after ZED: its "micro 80%, small 60%, medium 50%", not only the extras
        every = [p for c in msme_size.CLASS_PHRASES.values() for p in c]
        return turn.snap.facts.mentioning(topic, every, turn.lang, MAX_LINES, False)
    if told is None:
        return None
    return turn.snap.facts.mentioning(topic, list(msme_size.CLASS_PHRASES[told]), turn.lang, MAX_LINES, False)


def told_lines(turn: Turn, topic: str, u: Understanding) -> FactMatch | None:
    """ "total kitna percent", "कुल कितना सरकार देगी" after telling one's class and group ("I am micro",
    "woman owned"): the lines of `topic` on each (ZED's "micro 80%" and "10% extra for women"), as the data
    says them, added up beside them when the scheme gives a rate per class and an extra per group
    (bot.class_totals); then a class or group told, or an amount asked ("तो मुझे कितनी छूट मिलेगी"), gets them too."""
    added = total_lines(turn, topic, u)
    if added is not None:
        return added
    if not says_any(u.text, word_list("words", "total_asks")):
        return None
    # (every group told counts: "meri mummy ki pickle factory hai, Sikkim me" is a unit women own in the North-East)
    size, told_groups = class_totals.told(list(reversed(sessions.said_about(turn.session, topic))))
    phrases = list(msme_size.CLASS_PHRASES[size]) if size else []
    phrases += [p for g in told_groups for p in groups.phrases_of(g)]
    return turn.snap.facts.mentioning(topic, phrases, turn.lang, MAX_LINES, False) if phrases else None


def region_lines(turn: Turn, topic: str, u: Understanding) -> FactMatch | None:
    """ "we are in Assam, project cost 8 crore, how much grant" after MSE-CDP, or "how much grant" once Assam was
    told in the chat: the lines of `topic` for that region (its 80%, not the general 70%), where it has any."""
    if u.aspect not in (None, "benefits"):
        return None
    region = _region_told(u.text)
    # (a rate asked, or a sum told: "project 8 crore ka hai" once Assam was told)
    sums = set(keys(u.text)) & word_keys("amount_words")
    if region is None and (u.aspect or sums or says_any(u.text, word_list("words", "amount_asks"))):
        said = sessions.said_about(turn.session, topic)
        region = next((r for t in reversed(said) if (r := _region_told(t))), None)
    if region is None:
        return None
    return turn.snap.facts.mentioning(topic, groups.phrases_of(region), turn.lang, MAX_LINES, False)


def _region_told(text: str) -> str | None:
    """The region a message says the unit is in ("we are in Assam"), of those whose rates differ."""
    group = groups.asked(text)
    return group if group in word_list("words", "region_groups") else None


def total_lines(turn: Turn, topic: str | None, u: Understanding) -> FactMatch | None:
    """The lines of `topic` that add up to the user's subsidy (their class's rate and their group's extra, told
    now or before), when this message tells one of them or asks an amount and no other detail ("I am a small
    unit in Sikkim" after ZED: its small 60% and the North-East's 10% extra, not the extra alone); not a message
    asking for something else ("हम स्वयं सहायता समूह की 10 महिलाएँ …, कोई योजना?" asks for the schemes)."""
    if (
        topic not in turn.snap.knowledge.schemes
        or turn.snap.details.asked(u.text)
        or "scheme_list" in u.intents
    ):
        return None
    added = class_totals.in_chat(turn, topic)
    if added is None or not class_totals.tells_or_asks(u.text):
        return None
    return FactMatch("benefits", class_totals.lines_of(turn.snap.knowledge.schemes[topic], added, turn.lang))


def fact_lines(turn: Turn, topic: str, u: Understanding, most: int | None = None) -> FactMatch | None:
    """Lines of `topic` named by the message's own words (not question words like "kitna", "kaise");
    none when more than `most` such words are left."""
    aspect = u.aspect if u.aspect in FACT_ASPECTS else None
    names = turn.snap.facts.names.get(topic, frozenset())
    matcher = turn.snap.matcher
    asking = matcher.asking_words(u.aspect)
    # (the scheme's name misspelt, "pmgep", names it: it picks no line that says "PMEGP"; an asking word
    # misspelt, "documant kya lgenge", asks: it picks no line that says "documents")
    ruled_out = groups.ruled_out(u.text)  # "we are in UP, not north east": no North-East line
    denied = groups.words(ruled_out) if ruled_out else frozenset()
    words = [
        w
        for w in asked_words(u.text, asking)
        if not names & matcher.topics.similar(w).keys()
        and not asking & matcher.aspects.similar(w).keys()
        and w not in denied
    ]
    if most is not None and len(set(words) - names) > most:
        return None
    # ("kitna milega" asks what it gives; "wo bhi chalega?" whom it takes: the buyers' line after TReDS)
    for asks, first in (("amount_asks", "benefits"), ("also_allowed_asks", "eligibility")):
        if aspect is None and says_any(u.text, word_list("words", asks)):
            worth = turn.snap.facts.find(topic, words, turn.lang, first)
            if worth is not None:
                return worth
    found = turn.snap.facts.find(topic, words, turn.lang, aspect)
    if found is None and aspect == "eligibility" and says_any(u.text, word_list("words", "cover_asks")):
        # ("does it cover term loans" after CGTMSE: whether it does is its benefits' "term loans and working capital")
        found = turn.snap.facts.find(topic, words, turn.lang, None)
    if found is not None or aspect is not None:
        return found
    count = says_any(u.text, word_list("words", "count_asks"))
    # no line says it: the description may ("kitne level hai" after ZED); what is counted may be the scheme's
    # own name ("कितने केंद्र हैं" after the Export Facilitation Centres)
    counted = words or [w for w in keys(u.text) if w in names] if count else words
    return turn.snap.facts.in_summary(topic, counted, turn.lang, count) if counted else None


def asks_what_if_not(turn: Turn, u: Understanding, text: str) -> bool:
    """ "what if he doesn't", "na de to?" right after a scheme's answer, naming nothing else: what the scheme
    gives one (after Samadhaan's 45-day rule: the interest owed and the case to file), not a "sorry"."""
    short = len(text.split()) <= FOLLOWUP_WORDS
    return short and _after_an_answer(turn, u) and says_any(text, word_list("words", "what_if_not"))


def asks_how_much(turn: Turn, u: Understanding) -> bool:
    """ "kitna?" right after a scheme's answer, naming nothing else: what the scheme gives."""
    now = word_keys("bare_amount_now")
    said = set(keys(u.text)) - now
    known = replace(u, unknown=tuple(w for w in u.unknown if w not in now))  # ("aana" is no word)
    return _after_an_answer(turn, known) and bool(said) and said <= word_keys("bare_amount")


# A message that names its scheme picks lines with at most this many other words ("pmegp women").
NAMED_FACT_WORDS = 3

# Aspects whose lines a follow-up may pick from; "kaise" or "kya hai" restrict nothing.
FACT_ASPECTS = frozenset(FIELDS.values()) - {"overview", "apply"}

# Words in a short follow-up (about the centres just listed, or the helpline just given); longer messages are
# new questions.
FOLLOWUP_WORDS = 6


def helpline_meant(turn: Turn, u: Understanding) -> str | None:
    """The scheme whose helpline a question about it means: the one named ("GeM helpline timing"), else the one
    discussed (whose helpline may just have been given), else none (the general lines)."""
    schemes = turn.snap.knowledge.schemes
    if u.confident and u.best.label in schemes:
        return u.best.label
    return turn.session.topic if turn.session.topic in schemes else None


def contact_again(turn: Turn, u: Understanding) -> bool:
    """ "aur koi email?", "phone?" right after a helpline was given: the lines again (e-mail and phone), not
    "which scheme?"."""
    return _right_after_a_helpline(turn, u) and u.aspect == "contact" and not u.unknown and not u.named


def _right_after_a_helpline(turn: Turn, u: Understanding) -> bool:
    history = turn.session.history
    return bool(history) and history[-1].get("intent") == "helpline" and not u.confident


def about_the_helpline(turn: Turn, u: Understanding, text: str) -> str | None:
    """ "timing kya hai?", "is it working?" right after a helpline was given: its "hours" or its "status"
    (neither is on file; the helpline's own notes say what is known). The hours asked with the helpline ("helpline
    kitne baje tak khula hai", "what are the GeM helpline timings") are "hours" too."""
    hours = says_any(text, word_list("words", "helpline_hours"))
    if hours and "helpline" in u.intents:
        return "hours"
    if not _right_after_a_helpline(turn, u) or len(text.split()) > 2 * FOLLOWUP_WORDS:
        return None  # ("ye number kab ka hai, abhi chalu hai?" is short enough)
    if hours:  # (not "form bharne ka time kya hai")
        return "hours"
    # ("is it working?", "chalu hai?", "ye number chalu hai?" (Udyam's "udyam number" says only "number"); not
    # "website nahi khul rahi", nor "udyam portal chalu hai?")
    named = (
        u.best is not None
        and u.best.score >= CLARIFY_THRESHOLD
        and not u.best.matched <= turn.snap.matcher.asking
    )
    if says_any(text, word_list("words", "line_not_working")) and not named:
        return "status"  # "the number isn't connecting", "ye number lagta nahi"
    return "status" if "centre_status" in u.intents and not (u.unknown or named) else None
