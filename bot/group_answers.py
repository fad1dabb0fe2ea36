"""Questions about a group of people across schemes ("any scheme for women?", "SC ST udyami ke liye")
and about a group inside one scheme's conversation ("and for women?")."""

from collections.abc import Sequence

from bot import after_a_list, follow_ups, groups, lost, msme_size, questions
from bot.answers import REGISTRATION
from bot.choices import another_words
from bot.fact_lines import MAX_LINES, FactMatch
from bot.follow_ups import FOLLOWUP_WORDS
from bot.matcher import ANSWER_THRESHOLD, Understanding
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list
from bot.scheme_lists import MEDIUM, ONE_SCHEME_ASPECTS
from bot.turn import Turn


def asked(turn: Turn, u: Understanding, text: str) -> str | None:
    """The group a message asks about ("gaon ke liye?"); not where one lives said beside another need
    ("gaon me sabzi market yojana kab shuru hogi" asks about that market)."""
    group = groups.asked(text)
    if group in PLACE_GROUPS and beside_another_need(turn, u, group):
        return None
    return group


def only_asks_about(turn: Turn, u: Understanding, group: str) -> bool:
    """ "any scheme for women?" asks about the group; "women's day wishes", "fauji pension" and
    "svanidhi mahilaon ke liye" ask about something else (the unknown word, the scheme not covered),
    unless they ask which schemes ("wife ke naam pe unit h, konsi schemes h?")."""
    if u.not_covered:
        return False
    # ("samajh nahi aa raha, mera gaon Rampur hai" tells where someone lost lives, not a group's schemes asked)
    if lost.says_lost(u.text) and "scheme_list" not in u.intents:
        return False
    if "scheme_list" in u.intents or word_keys("scheme_words") & set(keys(u.text)):
        return True
    # ("hum 15 log hai ek hi gaon me chappal banate hai, hum apply kar sakte hai?" in CDP's chat asks whether they
    # may apply to it, not for every scheme's lines on villages)
    if u.aspect == "eligibility" and turn.session.topic in turn.snap.knowledge.schemes:
        return False
    # ("main SC category se hu": "category" asks whom a scheme is for, and names none)
    named = u.close_topics() and not turn.snap.matcher.named_by_aspect_words(u)
    return not (named or beside_another_need(turn, u, group))


# The groups that are an MSME class, whose lines may name the class alone (ZED's "micro 80%, small 60%, medium 50%").
CLASS_GROUPS = {MEDIUM: "medium"}


def line_phrases(group: str) -> list[str]:
    """How a scheme's lines name the group: its names, and its class's when it is one ("medium")."""
    return [*groups.phrases_of(group), *msme_size.CLASS_PHRASES.get(CLASS_GROUPS.get(group, ""), ())]


def in_chat_lines(turn: Turn, u: Understanding, group: str) -> FactMatch | None:
    """The lines of the scheme being discussed about a group the user says they belong to ("मैं महिला
    उद्यमी हूँ" in a ZED chat), unless the message asks a part of it, names another scheme or needs more."""
    topic = turn.session.topic
    if u.aspect or not has_lines_for(turn, topic, group, u):
        return None
    if follow_ups.names_another(turn, u) or beside_another_need(turn, u, group):
        return None
    # ("गाँव में, सामान्य वर्ग" after PMEGP's benefits: its rural rate, not also the papers' rural certificate)
    return turn.snap.facts.mentioning(
        topic, line_phrases(group), turn.lang, MAX_LINES, aspect=turn.session.aspect
    )


def class_asked_of_discussed(turn: Turn, u: Understanding, group: str) -> bool:
    """ "क्या मध्यम उद्यम को मिलेगा", "will a medium unit get it" in a chat about a scheme whose record says
    nothing of that class: whether the scheme takes it, so its rules, not the other schemes that speak of the
    class ("any scheme for medium units?" still asks for those)."""
    topic = turn.session.topic
    # ("मध्यम उद्यम हो तो?" after ODR: "उद्यम" is the unit's word there, not Udyam called by its name)
    named = u.confident and not u.best.matched <= groups.words(group)
    if group not in CLASS_GROUPS or topic not in turn.snap.knowledge.schemes or named or u.not_covered:
        return False
    if "scheme_list" in u.intents or word_keys("scheme_nouns") & set(keys(u.text)):
        return False
    return not has_lines_for(turn, topic, group, u)


# How many of the last turns may have told the kind of unit a scheme then ruled out.
RULED_OUT_WITHIN = 3


def _kind_told(said: dict) -> str | None:
    """The group or MSME class a turn's message tells of ("मध्यम श्रेणी", "main micro unit hu"), if any."""
    text = said.get("text") or ""
    return groups.asked(text) or msme_size.class_said(text)


def ruled_out_before(turn: Turn, u: Understanding, text: str) -> tuple[str, ...]:
    """ "तो फिर क्या करूँ" after the scheme discussed's lines say the kind of unit the user told of is not covered
    ("मेरी कंपनी मध्यम श्रेणी में है…", then Samadhaan's "Medium enterprises are not covered"): those lines, not its
    steps to file a case they cannot file."""
    topic, matcher = turn.session.topic, turn.snap.matcher
    if topic not in turn.snap.knowledge.schemes or u.confident or u.not_covered:
        return ()
    if not says_any(text, word_list("words", "what_now_asks")):
        return ()
    # (the latest told: "main micro unit hu" after a medium one is micro)
    told = next(filter(None, map(_kind_told, reversed(turn.session.history[-RULED_OUT_WITHIN:]))), None)
    if told not in CLASS_GROUPS:
        return ()
    found = turn.snap.facts.mentioning(topic, line_phrases(told), turn.lang, MAX_LINES, whole_summary=False)
    return tuple(line for line in found.lines if set(keys(line)) & matcher.negations) if found else ()


def named_scheme_lines(turn: Turn, u: Understanding, group: str) -> FactMatch | None:
    """The lines of a scheme named with confidence about a group the message names, when it asks what
    the scheme is or who may use it ("is msme samadhan for medium enterprises also?"); "how much subsidy
    for women" is better answered by the benefits, "documents" are the same for everyone."""
    topic = u.best.label if u.confident else None
    # ("main SC hu, gaon me 8 lakh ka project, pmegp me subsidy kitni hai aur kaun apply kar sakta hai" asks two
    # parts: each answered, the subsidy worked out)
    if u.aspect not in (None, "eligibility") or "scheme_list" in u.intents or u.also_asked:
        return None
    if topic not in turn.snap.knowledge.schemes or beside_another_need(turn, u, group):
        return None
    return turn.snap.facts.mentioning(topic, groups.phrases_of(group), turn.lang, MAX_LINES)


def beside_another_need(turn: Turn, u: Understanding, group: str) -> bool:
    """ "widow hu, pension milegi?": the group is said beside a need we do not know or do not cover."""
    own = groups.words(group) | turn.snap.matcher.topics.not_typos | word_keys("group_generic_words")
    own |= word_keys("amount_words")  # "medium unit, 60 crore investment": figures are no other need
    # ("hamare SHG ki mahilayein": another group named with it, and who is speaking, are no other need)
    own |= groups.all_words() | word_keys("speaker_words")
    return bool(u.not_covered) or bool(set(u.unknown) - own)


def has_lines_for(turn: Turn, topic: str | None, group: str, u: Understanding) -> bool:
    """Whether "and for women?" is a follow-up about the scheme being discussed: it has a line on them."""
    if topic not in turn.snap.knowledge.schemes or "scheme_list" in u.intents:
        return False
    return turn.snap.facts.mentioning(topic, line_phrases(group), turn.lang, 1) is not None


def group_lines(turn: Turn, group: str, u: Understanding | None = None) -> dict[str, tuple[str, ...]]:
    """Every scheme whose facts mention `group`, each with its first GROUP_LINES such lines; schemes
    whose benefits or eligibility say it come before those that only mention it in passing, and among
    them those the rest of the message points to ("which loan scheme", "subsidy") first."""
    return _lines_naming(turn, groups.phrases_of(group), GROUP_LINES, u)


def _lines_naming(
    turn: Turn, phrases: Sequence[str], most: int, u: Understanding | None = None, but: str = ""
) -> dict[str, tuple[str, ...]]:
    """Each scheme (but `but`) whose facts name one of `phrases`, with at most `most` such lines: those whose
    benefits or eligibility name it first, then those the message points to."""
    found = {}
    for scheme_id in turn.snap.knowledge.schemes:
        # (only the summary's sentence that says it: a list of several schemes must fit one WhatsApp message)
        match = turn.snap.facts.mentioning(scheme_id, phrases, turn.lang, most, whole_summary=False)
        if scheme_id != but and match is not None:
            found[scheme_id] = match
    pointed = {h.label: h.score for h in u.topics} if u else {}
    ranked = sorted(found, key=lambda s: (found[s].aspect == "overview", -pointed.get(s, 0.0)))
    return {s: found[s].lines for s in ranked}


def needing_registration(turn: Turn, u: Understanding, text: str) -> dict[str, tuple[str, ...]]:
    """ "Which schemes need Udyam?", "किन योजनाओं में उद्यम जरूरी है": every other scheme's lines that name
    Udyam, those of whom may apply or what to bring first (as a group's are); not "gem ke liye udyam zaruri
    hai?", which names the one it asks about."""
    if not follow_ups.asks_if_registration_needed(turn, text):
        return {}
    # (not "does my unit need Udyam for the green finance subsidy?": that scheme's rule)
    if any(h.label != REGISTRATION and h.score >= ANSWER_THRESHOLD for h in u.topics):
        return {}
    if not ("scheme_list" in u.intents or questions.asks_several(text)):
        return {}
    return _lines_naming(turn, word_list("words", "registration_names"), 1, but=REGISTRATION)


def beyond_registration(turn: Turn, u: Understanding) -> dict[str, tuple[str, ...]]:
    """ "I already have Udyam. What other schemes can I get?", "udyam ho gaya ab aur kya yojana hai": the
    user has the registration and asks for the rest, so the other schemes whose lines name it (what it
    opens), not Udyam's own answer again; not "udyam hai, gem ke liye kya chahiye", which names the one."""
    if u.named - {REGISTRATION} or u.not_covered or u.aspect in ONE_SCHEME_ASPECTS:
        return {}
    if not says_any(u.text, word_list("words", "registration_had")):
        return {}
    if "scheme_list" not in u.intents and not says_any(u.text, word_list("words", "other_asks")):
        return {}
    return _lines_naming(turn, word_list("words", "registration_names"), 1, but=REGISTRATION)


def asks_for_more(turn: Turn, u: Understanding) -> bool:
    """ "aur koi?", "any other?", "और कोई योजना?" right after a list of schemes for a group."""
    said = set(keys(u.text))
    short = len(u.text.split()) <= FOLLOWUP_WORDS
    return bool(turn.session.group) and short and bool(another_words() & said) and not u.close_topics()


# A question about a group ("women") shows this many lines of each scheme that mentions it.
GROUP_LINES = 2

# Groups named by where one lives ("gaon ke liye?"), which a longer question often mentions in passing.
PLACE_GROUPS = frozenset({"rural", "urban"})


def subsidy_for(turn: Turn, u: Understanding, group: str | None) -> str | None:
    """ "main transgender hu, beauty parlour kholna hai, kitni subsidy milegi": the one scheme with lines for
    the group told whose subsidy is worked out from it (PMEGP's special category), not the list for the group."""
    if not group or turn.session.topic or u.named:
        return None
    return after_a_list.subsidy_asked(turn, u, list(group_lines(turn, group, u)))
