"""What users tell of their own case in a chat (a cost, a class passed, an age, a category, a relative, their
figures) and what it asks of the scheme discussed."""

from bot import (
    barred,
    class_totals,
    follow_ups,
    list_items,
    msme_size,
    own_details,
    questions,
    subsidy_estimate,
    whose,
)
from bot.answers import REGISTRATION
from bot.fact_lines import FactMatch
from bot.language import corrects, slip_keys
from bot.matcher import Understanding
from bot.normalize import clean, keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn


def asks_of_an_activity(turn: Turn, u: Understanding, text: str) -> bool:
    """ "aur tent house?", "मुर्गी पालन?" in a chat about a scheme with a negative list of activities; "plumber
    bhi?", "aur electrician?" in one about a scheme with a list of trades."""
    scheme = turn.snap.knowledge.schemes[turn.session.topic]
    if list_items.trade_asked(scheme, text):
        return True
    return barred.lists_negatives(scheme) and barred.activity(text, u.unknown, scheme) is not None


def _tells_own_case(text: str) -> bool:
    """ "I'm 17", "meri age 45 hai", an age to come asked about ("agar 19 saal ka ho jau to?"), and one's marriage
    ("shaadi shuda hai", which a one-per-family rule rules on)."""
    married = says_any(text, word_list("words", "marital_status"))
    return questions.tells_own_case(text) or own_details.tells_own(clean(text)) or married


def retold(turn: Turn, u: Understanding, text: str) -> bool:
    """ "sorry galti se likha, turnover 12 crore hai" after "micro hu kya?", "माफ करना 19 साल" after PMEGP's
    age rule, "actually it's in a village, not a town" after its subsidy: one's own figure, place or category
    told again asks the same part again; not "udyam me turnover galat likh diya, sudharna hai", a
    registration to correct."""
    session = turn.session
    if u.aspect not in (None, "change") or session.aspect in (None, "change"):
        return False
    if session.topic not in turn.snap.knowledge.schemes or (u.confident and u.best.label != session.topic):
        return False
    if not (corrects(text) or set(keys(text)) & word_keys("apologies")):
        return False
    changes = {ws[0] for ws in turn.snap.matcher.aspects.words_of("change") if len(ws) == 1}
    beyond_the_slip = (set(keys(text)) - slip_keys(text)) & changes
    told = any(c.isdigit() for c in text) or subsidy_estimate.tells_situation(text)
    return told and not beyond_the_slip


def relative_asked(turn: Turn, u: Understanding) -> bool:
    """A relative asked about in a scheme's chat, naming no other scheme and no part ("what about my wife
    instead? she is general category", "and my brother?", "और मेरी पत्नी के लिए?"): whether they may apply, with
    the family rule and an estimate for them."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or u.aspect not in (None, "overview") or u.not_covered:
        return False
    if u.confident and u.best.label != topic:
        return False
    # ("thanks bhai", "भाई से जमीन का झगड़ा": no one's own relative asked about)
    said = clean(u.text)
    named = own_details.own_relatives(said) or own_details.their_relatives(said)
    return bool(named) and whose.asked_about(u.text) not in (
        None,
        whose.SELF,
    )


def project_cost(turn: Turn, u: Understanding, text: str) -> str | None:
    """The scheme whose subsidy is worked out from a project's cost, when the message gives the user's own
    and asks nothing else of it ("10 lakh ke project pe exact batao", "8 lakh ka project hai to?"): "ye to
    pata hai" is no address asked. The schooling a cost needs ("8 lakh ka project, 7th pass hu") is its rule's."""
    topic = u.best.label if u.confident else turn.session.topic
    if topic not in turn.snap.knowledge.schemes:
        return None
    if u.aspect not in COSTED_ASPECTS or set(u.intents) - {"where"} or u.not_covered:
        return None
    if subsidy_estimate.tells_more(text):  # "8वीं फेल हूं, 12 लाख का प्रोजेक्ट है, मिलेगा?": whether one qualifies
        return None
    found = subsidy_estimate.rules(turn.snap.knowledge.schemes[topic], turn.lang)
    return topic if found and subsidy_estimate.project_cost(found, text) is not None else None


def schooling_beside_a_cost(turn: Turn, u: Understanding, text: str) -> str | None:
    """The one scheme whose rules tie a class passed to a project's cost, when a message with no scheme
    discussed or named tells or asks a class beside that cost ("मैं 5वीं पास हूँ, 15 लाख का कारखाना", "a 7
    lakh training institute, do I need 8th pass?"): its verdict, not "noted" or a list of schemes."""
    schemes = turn.snap.knowledge.schemes
    if turn.session.topic in schemes or u.confident or u.not_covered or not own_details.tells_schooling(text):
        return None
    ruling = [name for name, scheme in schemes.items() if own_details.rules_on_schooling(scheme)]
    found = subsidy_estimate.rules(schemes[ruling[0]], turn.lang) if len(ruling) == 1 else None
    return ruling[0] if found and subsidy_estimate.project_cost(found, text) is not None else None


def schooling_ruled_on(turn: Turn, topic: str) -> bool:
    """Whether `topic` is the scheme discussed and a class told in the chat is below its rule's, or the rule
    was asked: a new project cost is then asked against that rule ("to 9 lakh ka kar du?")."""
    earlier = [h["text"] for h in reversed(turn.session.history)]
    scheme = turn.snap.knowledge.schemes[topic]
    return turn.session.topic == topic and own_details.cost_decides(scheme, earlier)


def asks_who_qualifies(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether a follow-up tells one's own age, schooling, category or place ("I'm 17", "meri age 45 hai"),
    asks whom the scheme is for ("किसके लिए है", "ye kiske kaam ka hai"), or asks of another age or trade its
    rules rule on ("what about 60 years old?" after "is a 17 year old eligible?", where "what about" reads as
    "what is it"; "मीट शॉप?" after a liquor shop was ruled out)."""
    if u.aspect is None and _tells_own_case(text):
        return True
    if u.aspect not in (None, "overview"):
        return False
    if says_any(text, word_list("words", "whom_for_asks")):
        return True
    topic = turn.session.topic
    names = turn.snap.matcher.proper_names.get(topic, set())
    ruled = barred.verdicts(turn.snap.knowledge.schemes[topic], [text], names, turn.lang)
    return own_details.says_an_age(text) or bool(ruled)


def situation_told(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether a message only tells the user's category, place or project's cost ("general", "OBC", "sc hu",
    "जनरल", "पाँच लाख") in a chat about a scheme that works its subsidy out from them: the answer to its
    question "general or special category?", or told ahead of it ("general" after "I'm from Imphal" got
    PMEGP's steps; a lone "general" fell back)."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes:
        return False
    if u.intents or u.not_covered or (u.confident and u.best.label != topic):
        return False
    scheme = turn.snap.knowledge.schemes[topic]
    found = subsidy_estimate.rules(scheme, turn.lang)
    fillers = turn.snap.matcher.fillers
    return found is not None and subsidy_estimate.only_tells_situation(
        found, scheme, text, turn.lang, fillers
    )


# What a message with one's project cost may read as asking, besides the amounts ("pata": an address).
COSTED_ASPECTS = (None, "overview", "benefits", "contact")


def class_rate_told(turn: Turn, u: Understanding, text: str) -> FactMatch | None:
    """ "I am a small enterprise", "मैं लघु उद्योग हूँ" in a chat about a scheme that gives a rate per MSME class
    (ZED): that class's rate line (with a group's extra told before, added up), not who may apply or Udyam."""
    topic, schemes = turn.session.topic, turn.snap.knowledge.schemes
    if topic not in schemes or topic == REGISTRATION or msme_size.told_class(text) is None:
        return None
    if not class_totals.rated_by_class(schemes[topic]):
        return None
    return follow_ups.total_lines(turn, topic, u) or follow_ups.class_lines(turn, topic, u)


def size_in_a_chat(turn: Turn, u: Understanding, text: str) -> bool:
    """In a chat about another scheme, the user's own turnover or size (which only Udyam's words name)
    asks whether they qualify for that scheme."""
    topic = turn.session.topic
    return (
        topic in turn.snap.knowledge.schemes
        and topic != REGISTRATION
        and u.confident
        and u.best.label == REGISTRATION
        and REGISTRATION not in u.named
        and u.aspect in (None, "eligibility")
        and (msme_size.stated(text) is not None or msme_size.asks_class(text))
    )


def sized(turn: Turn, text: str, u: Understanding) -> FactMatch | None:
    """The MSME classes with their limits, for "what is msme?", and the class of the figures a message
    states when it asks which class ("turnover 3 crore ... to mai kya hu"); only about registration
    or nothing else in particular."""
    knowledge = turn.snap.knowledge
    definition = knowledge.general.get("msme_definition") or {}
    if not definition or REGISTRATION not in knowledge.schemes:
        return None
    if "agent" in u.intents or (u.confident and u.best.label != REGISTRATION):  # "pmegp me 50 lakh..."
        return None
    if turn.session.topic not in (None, REGISTRATION) and msme_size.tells_class(text):
        return None  # ("who is eligible, we are small category with 30cr turnover" after MSE-GIFT: its rule)
    # ("aur agar turnover 12 crore ho" right after Udyam's eligibility: the class of the new figure)
    in_class_chat = (
        turn.session.topic == REGISTRATION
        and turn.session.aspect == "eligibility"
        and u.aspect in (None, "eligibility", "overview")
    )
    meaning = msme_size.asks_meaning(text, turn.snap.matcher.question_words)  # "what is msme"
    # ("definition of a micro enterprise": the limits; "and small?" after them: that class's own)
    if msme_size.asks_class_meaning(text):
        return FactMatch("eligibility", tuple(msme_size.limit_lines(definition, turn.lang)))
    if in_class_chat and (alone := msme_size.class_alone(text)):
        return FactMatch("eligibility", tuple(msme_size.limit_lines(definition, turn.lang, (alone,))))
    if msme_size.asks_class(text):
        # (figures told in the messages before count too: "turnover 120 crore", "investment 30 crore", "kaunsi
        # category me hu"; not for "main micro unit hu", a class told)
        said_before = not (meaning or msme_size.own_figures_only(text))
        earlier = [h["text"] for h in reversed(turn.session.history)] if said_before else []
        sizes = msme_size.told([text, *earlier])
    else:
        told_first = _own_figures_told_first(turn, u)
        sizes = msme_size.stated(text) if in_class_chat or told_first else None
    if sizes is not None:
        said = msme_size.size_lines(sizes, definition, turn.lang)
    elif meaning:
        said = msme_size.meaning_lines(turn.lang)  # "what is msme", "msme ka matlab"
    else:
        return None
    if said and not in_class_chat and not msme_size.asks_class(text) and not meaning:
        said = [*said, msme_size.what_needed(turn.lang)]  # (figures told alone: what they are for)
    return FactMatch("eligibility", (*said, *msme_size.limit_lines(definition, turn.lang))) if said else None


def next_after_registering(turn: Turn, u: Understanding, text: str) -> bool:
    """ "I got my Udyam certificate, what next", "उद्यम सर्टिफिकेट मिल गया, अब आगे क्या": the registration is had,
    so what comes next is what it opens (its benefits), not the steps to register again."""
    about = u.best.label if u.confident else turn.session.topic
    if about != REGISTRATION or u.aspect not in (None, "overview", "apply"):
        return False
    return says_any(text, word_list("words", "registration_had")) and says_any(
        text, word_list("words", "next_after_done")
    )


def _own_figures_told_first(turn: Turn, u: Understanding) -> bool:
    """ "मेरी सालाना बिक्री 3 करोड़ है" opening a chat, telling one's own figures and asking nothing: what class
    they make, and what the user needs (not "buyer ka turnover 300 crore", someone else's)."""
    said = set(keys(u.text))
    own = said & word_keys("self_words") and not said & word_keys("buyer_words")
    # (the figures, what they measure and who has them, and nothing else: "…, loan chahiye" asks for a loan)
    told = word_keys("self_words") | msme_size.TURNOVER_WORDS | msme_size.INVESTMENT_WORDS
    told |= word_keys("amount_words") | word_keys("fillers")
    figures_only = all(k in told or k.isdecimal() for k in keys(u.text))
    return bool(own) and turn.session.topic is None and figures_only and not u.intents
