"""Which schemes to list when a message names none, or names two to choose between: the schemes a need
points to ("loan chahiye"), the first ones for a business starting out, and a comparison."""

from bot import barred, groups, list_items, menus, named_list, questions
from bot.knowledge import REGISTRATION, Knowledge
from bot.matcher import ANSWER_THRESHOLD, CLARIFY_THRESHOLD, Understanding
from bot.normalize import keys, says_any
from bot.phrase_index import Hit
from bot.phrases import word_keys, word_list
from bot.turn import Turn

# Parts of one scheme's answer: "kaun kaun se documents" asks them of one scheme, not for a list.
ONE_SCHEME_ASPECTS = frozenset({"documents", "apply", "contact"})
# What a small business starting out or asking for help is pointed to first: a new unit's subsidised
# loan, loans without collateral, and the free registration most schemes need.
FIRST_STEPS = ("pmegp", "cgtmse", "udyam")
# A business already running, for a loan or to grow: loans without collateral for new and existing units, and
# interest help for a green or energy-saving machine; PMEGP apart (its first loan is for new units only).
RUNNING_UNIT = ("cgtmse", "green-finance")
NEW_UNITS_ONLY = ("pmegp",)
ARTISANS = "pm-vishwakarma"
# How many of the last messages may have told of a business already running.
RUNNING_TOLD_WITHIN = 2
# "any other scheme?" lists at most this many.
OTHERS_LISTED = 4
# The group of someone a scheme for micro and small units only does not take ("I'm a medium enterprise").
MEDIUM = "medium-enterprises"
# Words the bot does not know that make a message a story about the user's business ("5 buffaloes").
STORY_WORDS = 2
# Schemes shown side by side at most: more is a list, not a comparison.
COMPARED = 3


def for_need(knowledge: Knowledge, u: Understanding) -> tuple[list[str], list[str]]:
    """The schemes a need points to when the message asks which schemes there are ("kya kya schemes hai
    chhote business ke liye", "list the schemes that give subsidy"), naming none by its proper name; and,
    when its words name one scheme alone, the schemes the knowledge base relates to that one."""
    listing = "scheme_list" in u.intents and not questions.stray(u, "scheme_list")
    if not (listing or questions.asks_for_money(u.text)):
        return [], []  # "atal pension yojana me kitna katega": "yojana" beside words we do not know
    if u.named or u.not_covered or u.aspect in ONE_SCHEME_ASPECTS:
        return [], []  # "samadhaan pe kaun kaun se kagaz" asks one portal's papers
    if u.confident and (not questions.asks_several(u.text) or _named_outright(u)):
        return [], []  # "cluster wali scheme ka form": the one scheme its words name
    top = u.best
    if top is None or all(h.matched <= word_keys("every_schemes_words") for h in u.topics):
        return [], []  # "सरकारी योजना", "msme ki sarkari yojana": the whole catalogue
    lenders = questions.lending(u)
    if questions.asks_for_money(u.text) and len(lenders) > 1 and not (listing or u.unknown):
        return lenders, []  # "business loan chahiye": those that lend, not Udyam's "business"
    # "msme loan scheme?": every scheme the need's own word ("loan") points to, however weakly; and
    # when one everyday word names a single scheme ("nai dukaan ke liye loan chahiye": Udyam's "dukan
    # ka registration"), the need several schemes share ("loan") says more
    pointed = [h.label for h in u.topics if h.score >= CLARIFY_THRESHOLD or h.matched == top.matched]
    if len(pointed) == 1 and listing and top.score >= CLARIFY_THRESHOLD and questions.asks_several(u.text):
        # "which schemes help me sell to the government?": the one its words name, and those the knowledge
        # base relates to it (GeM's: Udyam, MSME Sambandh, MSME Mart)
        related = knowledge.schemes[top.label].get("related") or []
        return pointed, [s for s in related if s in knowledge.schemes and s not in pointed]
    # ("loan for my dairy business": the loan is the need, not Udyam's and the EFCs' "business")
    asks_a_loan = questions.asks_for_money(u.text) and len(lenders) > 1
    need = lenders if asks_a_loan else max(_by_words(u.topics), key=len)
    # ("toll free number to talk about msme schemes" asks for the helpline; "kaun kaun se portal madad karte
    # hain" asks for the list)
    if len(need) <= len(pointed) or set(u.intents) - {"scheme_list", "help"}:
        return pointed, []
    return pointed + [label for label in need if label not in pointed], []


# "mujhe bas certificate ka kaam hai" says what one needs, not one's own business ("mujhe bakery kholni hai" is).
NEEDING = word_keys("needing_words")
NEED_PHRASES = word_list("words", "need_phrases")


def _named_outright(u: Understanding) -> bool:
    """A scheme named in full beside "kya kya" ("MSE-GIFT me kya kya milta hai"): what all it gives."""
    return u.best.score >= ANSWER_THRESHOLD and questions.asks_what_all(u.text)


def other_than_discussed(turn: Turn, u: Understanding) -> list[str]:
    """ "to phir kaunsa loan milega?", "any other scheme?" right after a scheme: the schemes the message's
    need points to ("loan"), else those the knowledge base relates to it; never it again."""
    schemes, topic = turn.snap.knowledge.schemes, turn.session.topic
    if topic not in schemes or u.named or not says_any(u.text, word_list("words", "other_asks")):
        return []
    if running_told(turn):  # "to kya lu" after "✗ A business already running": what takes a running unit
        return [s for s in RUNNING_UNIT if s in schemes and s != topic]
    pointed = [h.label for h in u.topics if h.label != topic]
    related = [s for s in schemes[topic].get("related") or [] if s in schemes]
    # ("then what?" after Samadhaan's "medium enterprises are not covered": not ODR, for micro and small too)
    medium = any(
        groups.asked(h.get("text", "")) == MEDIUM for h in turn.session.history[-RUNNING_TOLD_WITHIN:]
    )
    return [s for s in pointed or related if not (medium and _micro_and_small_only(schemes[s]))][
        :OTHERS_LISTED
    ]


def options_of_discussed(turn: Turn, u: Understanding) -> list[str]:
    """ "what are the options" right after a scheme's answer (a late payment's Samadhaan): it and the schemes the
    knowledge base relates to it, not the whole catalogue; Udyam, which the others need, is no option of its own."""
    schemes, topic = turn.snap.knowledge.schemes, turn.session.topic
    if topic not in schemes or u.named or not says_any(u.text, word_list("words", "options_asks")):
        return []
    related = [s for s in schemes[topic].get("related") or [] if s in schemes and s != REGISTRATION]
    return [topic, *related][:OTHERS_LISTED]


def running_after_a_list(turn: Turn, u: Understanding) -> list[str]:
    """ "then what can I get?", "to phir kya milega?" right after schemes were listed for a business the user
    said is running ("I already run the bakery for 2 years"): those that take a running unit, not "which one?"."""
    if turn.session.topic in turn.snap.knowledge.schemes or u.named or u.not_covered:
        return []
    if not (menus.schemes_offered(turn.session.options) and running_told(turn)):
        return []
    if not says_any(u.text, word_list("words", "other_asks")):
        return []
    return [s for s in RUNNING_UNIT if s in turn.snap.knowledge.schemes]


def _micro_and_small_only(scheme: dict) -> bool:
    """Whether a scheme's eligibility is for micro and small units (ODR, CGTMSE), which a medium one is not."""
    said = word_list("words", "micro_and_small_only")
    return any(says_any(line, said) for line in (scheme.get("eligibility") or {}).get("en", []))


def running_told(turn: Turn) -> bool:
    """Whether the user's last messages told of their business already running ("mera dhandha 5 saal purana
    h pmegp milega?")."""
    return any(barred.says_running(h["text"]) for h in turn.session.history[-RUNNING_TOLD_WITHIN:])


def first_steps(turn: Turn, u: Understanding) -> list[str]:
    """For someone who tells of the business they start or run and asks what help there is, naming no
    scheme ("I run a small dairy, kya madad milegi?", "bakery kholni hai, koi madad?"): the schemes a small
    business starts with, and the artisans' scheme when their trade is one of its."""
    if u.named or u.not_covered or turn.session.topic in turn.snap.knowledge.schemes:
        return []
    if u.confident and not ("scheme_list" in u.intents and questions.asks_several(u.text)):
        return []  # ("कौन-कौन सी योजनाएं" asks for the list; "EFC se kya kya madad" asks one centre's)
    if set(u.intents) & {"thanks", "agent", "helpline"}:  # "bahut help hui", "madad ke liye number"
        return []
    asks_help = (
        "scheme_list" in u.intents
        or u.aspect in ("benefits", "eligibility")
        or questions.asks_for_money(u.text)
    )
    said = set(keys(u.text))
    own = said & word_keys("self_words") or says_any(u.text, word_list("words", "opening_own"))
    # ("I want to open a beauty parlour": the "open" of one's own unit asks no centre's status)
    intents = set(u.intents) - ({"centre_status"} if own else set())
    # ("…a bakery in my town": "in my town" asks where only beside a kind of centre)
    where_alone = intents == {"where"} and u.centre_type is None
    asks = (intents and not where_alone) or u.aspect or "?" in u.text or said & word_keys("asking_words")
    # ("new business name ideas", "…green tea business, which brand?" ask for something else; "any help for
    # my mother's surgery" tells of no business)
    # ("plastic ka kaam hai, koi loan milega?": a loan asked for one's work, whatever its goods)
    loan_asked = says_any(u.text, word_list("words", "loan_words")) and bool(asks)
    helps = asks_help or "help" in u.intents or questions.asks_what_help(u.text) or loan_asked
    # ("मैं … अचार पापड़ का काम शुरू करना चाहती हूँ": one's own plan told to a helpline, asking nothing
    # else, asks what help there is; "new business name ideas" is no plan of one's own)
    needing = said & NEEDING and says_any(u.text, NEED_PHRASES)  # "mujhe bas certificate ka kaam hai"
    own_plan = own and not (asks or needing)
    starting = questions.starts_out(u.text) and (helps or own_plan)
    story = "help" in u.intents and len(u.unknown) >= STORY_WORDS
    if not (starting or (story and asks_help) or _own_trade_asks(u)):
        return []
    trade = [h.label for h in u.topics if h.label == ARTISANS and h.score >= CLARIFY_THRESHOLD]
    return [s for s in (*trade, *FIRST_STEPS) if s in turn.snap.knowledge.schemes]


def for_running_business(turn: Turn, u: Understanding) -> list[str]:
    """For one's own business already running, naming no scheme ("meri factory 5 saal purani hai, machine ke
    liye loan chahiye", "मेरा कारखाना 4 साल पुराना है, मशीन खरीदनी है", "I run a small restaurant, 2 years old",
    then "want to expand"): the schemes for existing units, not the start-up list nor Udyam's turnover."""
    if u.named or u.not_covered or turn.session.topic in turn.snap.knowledge.schemes:
        return []
    # (a scheme its words name answers: "bina girvi loan … 4 saal purani" is CGTMSE's; not Udyam's "turnover")
    if u.confident and u.best.label != REGISTRATION:
        return []
    if set(u.intents) & {"thanks", "agent", "helpline"}:
        return []
    # (one's own business said to be running now, or just before: "want to expand" after "I run a small
    # restaurant, 2 years old"; "portal chal raha hai?" is no business's, "I am 45 years old" no unit's age)
    # (a running phrase said now: years alone, "4 saal se job work", may tell of the business asking for its
    # certificate, or of someone's salary)
    shop_for_a_loan = says_any(u.text, word_list("words", "shop_owned")) and says_any(
        u.text, word_list("words", "loan_words")
    )
    if not (says_any(u.text, word_list("words", "running_business")) or shop_for_a_loan):
        return []
    before = [h["text"] for h in turn.session.history[-1:]]
    if not any(map(barred.says_running, [u.text, *before])):
        return []
    return [s for s in RUNNING_UNIT if s in turn.snap.knowledge.schemes]


def _own_trade_asks(u: Understanding) -> bool:
    """ "I repair mobile phones, which scheme is for me?", "main dairy farmer hu, mere liye kaunsi yojana": one's
    own trade told, which scheme asked (not a crop farmer's: farming is on PMEGP's negative list)."""
    trade = list_items.trade_said(u.text)
    return (
        "scheme_list" in u.intents
        and tells_own_business(u.text)
        and not (trade and set(keys(trade)) <= word_keys("crop_farmers"))
    )


def tells_own_business(text: str) -> bool:
    """Whether a message tells of the user's own business or trade ("mujhe bakery kholni hai", "I am a tailor",
    "मैं दर्जी हूँ"): "which scheme?" after it asks which fits."""
    trade = set(keys(text)) & word_keys("self_words") and list_items.trade_said(text)
    return questions.starts_out(text) or bool(trade)


def compared(u: Understanding, text: str) -> list[str]:
    """ "pmegp vs cgtmse", "GeM or MSME Mart?": the schemes to show side by side; none when a part of
    them is asked ("udyam ya gem ka registration kaise kare") or "ya" joins no two schemes by name
    ("udyog aadhar chalega ya naya udyam")."""
    # ("उद्यम और जेम में कौन जल्दी होता है" names the two it compares; a bare "which is faster?" after two answered
    # asks what each says of it)
    how = questions.compares(text) or (
        "compare" if says_any(text, word_list("words", "compare_phrases")) else None
    )
    # ("pmegp ya vishwakarma, kaunsa better hai mere liye": whom each is for is in the comparison)
    compared_parts = (None, "overview", "eligibility") if how == "compare" else (None, "overview")
    if how is None or u.aspect not in compared_parts or u.not_covered:
        return []
    strong = ANSWER_THRESHOLD if how == "compare" else float("inf")  # "or" compares only names
    schemes = named_list.in_order(u, text, strong)  # in the order named: option 1 is the one said first
    return schemes[:COMPARED] if len(schemes) > 1 else []


def _by_words(topics: tuple[Hit, ...]) -> list[list[str]]:
    """Topics grouped by the message's words that named them, best first."""
    named: dict[frozenset[str], list[str]] = {}
    for h in topics:
        named.setdefault(h.matched, []).append(h.label)
    return list(named.values())
