"""One's own business, or one about to start, told with no question yet ("meri kirana ki dukan hai", "hi, I run a
small powerloom unit in Bhiwandi, 6 looms", "main engineering ka student hu, ek drone spraying ka idea h"): a
helpline greets back and offers the schemes that fit such a business, asking what is needed; and a later "koi
scheme hai?" or "loan milega?" in that chat is asked for that business, not of the whole catalogue."""

from bot import asking, barred, questions, responses, scheme_lists
from bot.clauses import clauses
from bot.i18n import gettext
from bot.knowledge import REGISTRATION
from bot.matcher import Understanding
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# For an idea not yet a business: the incubation of ideas (MSME Champions, for innovators and students too),
# then what a new business starts with.
IDEA_STAGE = ("champions", *scheme_lists.FIRST_STEPS)
# For a business already running: the free registration most schemes need, and what takes a running unit.
RUNNING = (REGISTRATION, *scheme_lists.RUNNING_UNIT)
# How many of the user's last messages may have told of the business a later "koi scheme hai?" is asked for.
TOLD_WITHIN = 3
# What a message that only tells may say beside the telling.
TELLING_ONLY = frozenset({"greeting", "opener"})


def scheme_in_play(turn: Turn, u: Understanding) -> bool:
    """Whether a scheme is named, clearly meant, being discussed, or a thing not covered is: then the message is
    about that, not about the business told or the schemes for it."""
    return turn.session.topic in turn.snap.knowledge.schemes or bool(u.named or u.not_covered or u.confident)


def told_alone(turn: Turn, u: Understanding, text: str) -> list[str]:
    """The schemes for a business told with nothing asked ("नमस्ते सर, रजाई गद्दे की दुकान है"); none when a
    question comes with it, a scheme is named or discussed, or an artisan's trade names PM Vishwakarma."""
    if scheme_in_play(turn, u):
        return []
    # ("I have a small business, a bakery": the first schemes, as before)
    if scheme_lists.first_steps(turn, u):
        return []
    if set(u.intents) - TELLING_ONLY or _asks(text):
        return []
    return _fitting(turn, text)


def idea_told(turn: Turn, u: Understanding, text: str) -> list[str]:
    """The schemes for an idea told with nothing asked, before a town in it reads as a centre search ("main
    engineering ka student hu pune se, ek drone spraying ka idea h"); a business and its town told ("I'm from
    Nagpur, textile unit") gets the centres near it."""
    return told_alone(turn, u, text) if says_any(text, word_list("words", "business_idea")) else []


def asked_after(turn: Turn, u: Understanding, text: str) -> list[str]:
    """ "koi scheme hai?", "loan milega?", "idea ke liye govt funding milti h kya" a little after a business was
    told: the schemes for that business, naming none."""
    if scheme_in_play(turn, u):
        return []
    asks = "scheme_list" in u.intents or questions.asks_for_money(text) or questions.asks_what_help(text)
    if not asks or set(u.intents) & {"thanks", "agent", "helpline", "centre_find"}:
        return []
    # (one that tells its own business is asked for it: "…पापड़ और अचार बनाकर बेचना चाहती हूँ। कोई सरकारी मदद?")
    return [] if _fitting(turn, text) else _told_before(turn)


def loan_after(turn: Turn, u: Understanding, text: str) -> list[str]:
    """ "loan milega?" a little after a business was told (and its schemes listed): those of them that lend, not
    "which of these do you mean?"."""
    if scheme_in_play(turn, u):
        return []
    lenders = questions.lending(u)
    if not (lenders and says_any(text, word_list("words", "loan_words"))) or _fitting(turn, text):
        return []
    return [s for s in _told_before(turn) if s in lenders]


def _told_before(turn: Turn) -> list[str]:
    """The schemes for the business the user's last messages told of asking nothing, the latest first (one told
    with its need, "I want to open a shop, need a loan", was answered for that need)."""
    earlier = [
        h["text"] for h in turn.session.history[-TOLD_WITHIN:] if h.get("text") and not _asks(h["text"])
    ]
    return next((found for said in reversed(earlier) if (found := _fitting(turn, said))), [])


def _fitting(turn: Turn, said: str) -> list[str]:
    """The schemes for the business a message tells of, when it tells of one."""
    schemes = turn.snap.knowledge.schemes
    if says_any(said, word_list("words", "business_idea")):
        return [s for s in IDEA_STAGE if s in schemes]
    if not _tells_business(said):
        return []
    starting = says_any(said, word_list("words", "opening_own")) and not barred.says_running(said)
    fit = scheme_lists.FIRST_STEPS if starting else RUNNING
    return [s for s in fit if s in schemes]


def _tells_business(said: str) -> bool:
    """One's own business or trade, or one's family's ("mera kapde ka business hai", "मेरी किराने की दुकान है",
    "me and my wife run a tiffin service"); not "new business name ideas", nobody's, nor a job sought at one."""
    if says_any(said, word_list("words", "job_seeking")):
        return False
    words = set(keys(said))
    own = bool(words & word_keys("self_words"))
    shop = says_any(said, word_list("words", "shop_owned")) or bool(words & word_keys("business_words"))
    return own and (shop or scheme_lists.tells_own_business(said))


def reply(turn: Turn, schemes: list[str], u: Understanding) -> Reply:
    """The schemes for the business told, greeted back when greeted, asking what is needed."""
    _ = gettext(turn.lang)
    lines = [_("Namaste! I am Sahayak, the MSME helpline assistant.")] if "greeting" in u.intents else []
    lines.append(_("Tell me what you need (a loan, a subsidy, selling to the government, a late payment…)."))
    lines.append(_("For a business like yours, these schemes in my knowledge base may help:"))
    return responses.schemes_for_need(turn, schemes, u, head="\n".join(lines))


def _asks(text: str) -> bool:
    """A question, or a need said beside the business ("I want loan for my dairy business", "koi madad milegi"):
    asked, not told; "can you write a poem on my sweet shop", "Tell me a joke, I'm bored sitting at my shop" ask
    something else."""
    loan = says_any(text, word_list("words", "loan_words"))
    needs = loan or questions.asks_for_money(text) or questions.asks_what_help(text)
    return needs or any(map(asking.asks, clauses(text)))
