"""A greeting, thanks, "help", "schemes", "helpline" or another menu item asked for, told apart from the same
words riding beside a need."""

from bot import payloads, questions, turn_language
from bot.asking import asks
from bot.matcher import CLARIFY_THRESHOLD, SMALL_TALK, Understanding
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrase_index import said_together
from bot.phrases import phrase_word_keys, word_keys, word_list
from bot.said_only import only_listed
from bot.turn import Turn

# An intent phrase of this many words said ("bot kaise kaam karta") is asked for, whatever aspect its words touch.
INTENT_SAID_IN_FULL = 3
# An intent phrase this long, in a scheme's chat, asks the bot (see _asks_the_bot).
ASKED_OF_THE_BOT = 4


def answer(turn: Turn, u: Understanding) -> list[Reply] | None:
    """A greeting, thanks, "help", "schemes" or "helpline" asked for, unless it only rides beside a need
    ("hello, loan chahiye") or is one stray word in a longer message."""
    # ("kuch madad chahiye business ke liye" names no scheme: "business" is any one's)
    any_business = bool(u.topics) and u.topics[0].matched <= word_keys("any_business_words")
    topical = bool(u.topics) and u.topics[0].score >= CLARIFY_THRESHOLD and not any_business
    # "hello, loan chahiye": a need beside a greeting (but "msme schemes" is the list itself)
    shared = bool(u.shared_word_topics()) and not any_business
    needs = topical or shared or bool(u.not_covered)  # "mudra nahi mila" is no "ok"
    asks_part = u.aspect in ("benefits", "documents")  # "how much interest help?" asks a part
    # "Thanks, how to apply?", "धन्यवाद, और आवेदन कैसे करें?": a part asked beside the thanks is the question
    thanks_and_asks = "thanks" in u.intents and u.aspect not in (None, "overview") and asks(u.text)
    # ("fine, the website?" after ZED asks its link; the words keep no question mark)
    asked = asks(u.text) or (turn.message.text or "").rstrip().endswith("?")
    ack_and_asks = "ack" in u.intents and u.aspect not in (None, "overview") and asked
    # ("8वीं फेल हूँ, क्या मैं आवेदन कर सकता हूँ?" after PMEGP asks whether one may, not what the bot can do)
    asks_if_eligible = turn.session.topic in turn.snap.knowledge.schemes and u.aspect == "eligibility"
    # ("kitne msme ki madad hui" after EFC asks its count of units helped, not for help with the bot)
    detail_of_it = _detail_of_it(turn, u)
    # ("तुम इंसान हो या मशीन?": an automated helper, said so)
    if says_any(u.text, word_list("words", "who_asks")) and not u.confident:
        return payloads.handle_payload(turn, "@help", u)
    for intent in u.intents:  # most fully matched first
        if intent not in payloads.INTENT_PAYLOADS or intent == "agent":  # a person was asked for above
            continue
        stray = questions.stray(u, intent)
        # (unless the intent is said in full: "ये सेवा कैसे काम करती है" asks how the bot works, not what "काम" gives)
        in_full = u.intent_words.get(intent, 0) >= INTENT_SAID_IN_FULL
        if intent in (*SMALL_TALK, "ack") and (
            needs
            or (asks_part and not in_full)
            or (asks_if_eligible and not _asks_the_bot(u, intent))
            or stray
            or thanks_and_asks
            or (intent == "ack" and ack_and_asks)
            or detail_of_it
        ):
            continue  # "...sarkari madad milegi?" is a question, not a call for the menu
        if intent == "confused" and u.aspect not in (None, "overview"):
            continue  # "samjha nahi, documents bata do": the documents
        if intent == "greeting" and (_greeting_in_passing(turn, u) or "thanks" in u.intents):
            continue  # "mere bete ne pehle hi le liya hai": the ही of "pehle hi", no "hi!"; "जय हिंद, धन्यवाद" thanks
        if intent == "scheme_list" and (u.confident or stray or u.not_covered or detail_of_it):
            continue
        if intent == "fraud" and u.not_covered:
            continue  # "upi fraud ho gaya": not an MSME matter
        if intent == "opener" and ("greeting" in u.intents or not said_alone(turn, u, intent)):
            continue  # "mujhe janna hai ki pmegp me kitni subsidy" asks; "hii bhai koi h?" is greeted
        if intent == "opener" and _yes_to_an_answer(turn, u):
            return payloads.handle_payload(turn, "@ack", u)  # "जी" after the helpline's numbers: an OK
        if intent == "ack" and "thanks" in u.intents:
            continue  # "theek hai thanks": thanked, not only "ok"
        if intent == "ack" and len(u.text.split()) > turn_language.ACK_MAX_WORDS and not _only_acks(turn, u):
            continue  # "theek nahi chal raha..." is not an "ok"; "ठीक है समझ गया" is
        if (
            intent in ("how_sure", "confused")
            and u.intent_words.get(intent, 0) < 2
            and not said_alone(turn, u, intent)
        ):
            continue  # "pakka?" asks how sure, "briefly" for it simpler; "pakka bill chahiye kya" asks for a bill
        if intent == "language_menu" and not said_alone(turn, u, intent):
            continue  # "language"; not "is the form in my language?"
        return payloads.handle_payload(turn, f"@{payloads.INTENT_PAYLOADS[intent]}", u)
    return None


def _yes_to_an_answer(turn: Turn, u: Understanding) -> bool:
    """A bare "जी", "ji sir" right after an answer: taken in, not the first half of a question ("जी, पूछिए")."""
    history = turn.session.history
    if not history or history[-1].get("intent") in NO_ANSWER:
        return False
    said, yes = set(keys(u.text)), word_keys("yes_words")
    return bool(said & yes) and said <= yes | word_keys("courtesy_words")


# Replies after which a bare "जी" may still open a question.
NO_ANSWER = frozenset({"greeting", "opener", "help", "thanks", "ack", "clarify", "fallback"})


def _asks_the_bot(u: Understanding, intent: str) -> bool:
    """In a scheme's chat, where "sakte" reads as "may I": a long phrase of the intent, said of no one's own
    case, asks the bot ("aap kin cheezon ke bare me bata sakte ho"; not "क्या मैं आवेदन कर सकती हूँ")."""
    own = set(keys(u.text)) & word_keys("first_person")  # ("…kar sakti hu": one's own; "me" is also "in")
    return u.intent_words.get(intent, 0) >= ASKED_OF_THE_BOT and not own


def _detail_of_it(turn: Turn, u: Understanding) -> bool:
    """Whether a detail is asked of the scheme discussed, called "the scheme" ("formal name of the scheme" after
    ODR: its formal name, not the list of schemes; "which schemes have no fee" still asks for the list)."""
    return (
        turn.session.topic in turn.snap.knowledge.schemes
        and not questions.asks_several(u.text)
        and turn.snap.details.asked(u.text) is not None
    )


def in_passing(u: Understanding, intent: str, max_words: int) -> bool:
    """An intent named by one word in a message longer than `max_words` is mentioned, not asked for."""
    return u.intent_words.get(intent, 0) < 2 and len(u.text.split()) > max_words


def _only_acks(turn: Turn, u: Understanding) -> bool:
    """Whether the message is acknowledgements end to end ("ठीक है समझ गया"), none of them a "no"
    ("theek nahi hai ji" is not an OK)."""
    said, matcher = keys(u.text), turn.snap.matcher
    phrases = matcher.intents.words_of("ack")
    # (a "no" inside a longer OK counts as the OK: "ok koi baat nahi", "no problem")
    if set(said) & matcher.negations and not any(
        len(p) > 1 and set(p) & matcher.negations and said_together(frozenset(p), said, 0) for p in phrases
    ):
        return False
    # ("ठीक है वो करवा लूंगा", "ok mail kar dunga": what one will do, told with the OK)
    will_do = says_any(u.text, word_list("words", "will_do_words"))
    # ("thik hai sir samajh gaya": a "sir" between two OKs)
    passing = word_keys("courtesy_words") | (
        matcher.fillers | word_keys("ack_objects") | phrase_word_keys("will_do_words")
        if will_do
        else frozenset()
    )
    at = 0
    while at < len(said):
        step = max((len(p) for p in phrases if tuple(said[at : at + len(p)]) == p), default=0)
        if not step and at and said[at] in passing:
            step = 1
        if not step:
            return False
        at += step
    return True


def said_alone(turn: Turn, u: Understanding, intent: str, also: frozenset[str] = frozenset()) -> bool:
    """Whether the message is `intent`'s phrases and fillers (and the words `also` allows) only: "ye to galat hai"
    disputes the answer, but "this is wrong, the limit is 5 crore" says the limit and "certificate me naam galat
    hai" asks to correct it."""
    said = keys(u.text)
    phrases = turn.snap.matcher.intents.present_words(intent, said)
    return (
        intent in u.intents and bool(phrases) and only_listed(said, phrases, turn.snap.matcher.fillers | also)
    )


def _greeting_in_passing(turn: Turn, u: Understanding) -> bool:
    """A greeting said only in words that are also fillers ("hi", which is also Hindi's ही) greets only where a
    greeting stands, first: "hi sahayak" does; "mere bete ne pehle hi le liya hai" does not."""
    said = keys(u.text)
    greeting = turn.snap.matcher.intents.present_words("greeting", said)
    return bool(greeting) and greeting <= turn.snap.matcher.fillers and said[0] not in greeting
