"""Two questions in one message ("udyam kaise kare aur pmegp me subsidy kitni"): each gets its answer.

A message is split only where a joining word ("aur", "and", "ya", "vs", "और", a comma, "?")
separates parts that each name a different scheme (or one the knowledge base does not cover) and
each ask something about it, or that are compared ("pmegp ya mudra kaunsa better"). "I have udyam,
how to apply for pmegp" states one thing and asks another: one question. So do "loan aur subsidy"
and "udyam aur uske documents".
"""

from collections.abc import Callable
from itertools import pairwise

import regex

from bot.clauses import breaks, clauses
from bot.matcher import NEGATION_KEYS, SMALL_TALK, Understanding, content_words
from bot.normalize import clean, key, keys, says_any
from bot.phrases import word_forms, word_keys, word_list, word_pattern

# (a heading stays with its question: "zed certificate - do I need udyam first?", "three questions: 1) …")
_JOINER = breaks("question_joiners", also=r"\bvs\.", headings=False)
# Words that compare what the parts name: each part is then asked about, whatever its words.
_COMPARING = regex.compile(
    rf"\b{word_pattern('comparing_words', langs=('en', 'hinglish'))}\b"
    # whole Devanagari words only: the "या" inside "क्या" compares nothing
    rf"|(?<![\p{{L}}\p{{M}}]){word_pattern('comparing_words', gap=' ', langs=('hi',))}(?![\p{{L}}\p{{M}}])",
    regex.IGNORECASE,
)
# Words that tell what the user has or did ("I have udyam", "mera udyam ho gaya"), not what they ask.
STATEMENT_WORDS = word_keys("statement_words")
# What the user had or got, said as such ("mila tha", "liya hai", "nahi mila", "le liya", "I took"): not "chahiye tha"
# (wanted), nor the "mil" of "mil sakta" (can get), nor "kiske liye hai" (whom it is for).
_TOLD = regex.compile(
    r"\b(?:mila|mili|mile|liya|li|liye)\s+(?:tha|thi|the)\b|\b(?:mila|mili|liya|li)\s+(?:hai|h|he)\b"
    r"|\b(?:nahi|nhi|nahin)\s+(?:mila|mili)\b"
    r"|\ble\s+(?:liya|li)\b|\bmil\s+(?:gaya|gayi|gya)\b|\b(?:took|taken|availed|received)\b"
    r"|(?:मिला|मिली|लिया|ली)\s+(?:था|थी|थे|है|हैं)|नहीं\s+(?:मिला|मिली)|ले\s+लिया|मिल\s+गया",
    regex.IGNORECASE,
)
# What one lacks, said last: "pan card nahi h", "मेरे पास GST नहीं है", "I don't have a PAN" (told, where a
# follow-up is read; a part of a question may still end so: "… registration free nahi hai?").
_LACKS = regex.compile(
    r"\b(?:nahi|nhi|nahin)\s+(?:hai|h|he)(?:\s+(?:to|toh|tab|tho))?$|नहीं\s+है(?:\s+(?:तो|तब))?$"
    r"|\b(?:do\s+not|don't|dont)\s+have\b",
    regex.IGNORECASE,
)

# What the user wants to do, said as such: "udyam registration karna hai", "GeM pe bechna hai", "I want to
# sell on GeM" (a part that says it asks about its scheme).
_WANTS = regex.compile(
    r"\b\w+n[ae]\s+(?:hai|h|he)$|\b(?:chahiye|chaiye|chahie)$|\b(?:want|need|wish)\s+to\b"
    r"|(?:ना|नी)\s+है$|चाहिए$",
    regex.IGNORECASE,
)

# Who the user is ("As a micro enterprise, …", "I am udyam registered"): said, not asked.
_BEING = regex.compile(r"^(?:as|being)\s+an?\b|\b(?:i\s+am|i'm|im|we\s+are)\b", regex.IGNORECASE)

WHAT_KEYS = word_keys("what_words")


def wants(text: str) -> bool:
    """Whether a clause says what the user wants ("mudra loan chahiye", "udyam registration karna hai")."""
    return bool(_WANTS.search(clean(text)))


def tells(text: str) -> bool:
    """Whether a message tells what the user had or did ("mudra nahi mila", "pmegp se loan mila tha"); "mere liye"
    asks for oneself ("mudra konsa acha hai mere liye") and tells nothing."""
    said = _FOR_ME.sub(" ", clean(text))
    return bool(_TOLD.search(said) or _LACKS.search(said)) or bool(set(keys(said)) & STATEMENT_WORDS)


# "mere liye", "मेरे लिए": for oneself, and "kahan hai mere paas": near oneself; not what one has ("mere" alone
# may be: "mere paas udyam hai").
_FOR_ME = regex.compile(rf"\b{word_pattern('for_me', 'near_me')}\b")


# A number marking a question in a list ("1) …", "2. …"; not "2.5 lakh").
_NUMBERED = regex.compile(r"(?:^|\s)\d{1,2}[).](?=\s|\p{L})")
# More parts than this is a list of names, not questions: one "which one?" serves it better.
MAX_PARTS = 3


def separate(text: str, understand: Callable[[str], Understanding]) -> list[str]:
    """The questions inside `text`, or [] when it is one question."""
    # ("Hi team, three quick questions: 1) … ? 2) … ? 3) … ? Thanks": the greeting and thanks ask nothing)
    # (numbered questions after a story are the parts: "… 12 karigar hain. 1) Udyam free hai ya paisa lagta hai?
    # 2) PMEGP me loan kitna milega? 3) GeM pe kya chahiye?" had its story and "paisa lagta hai" as parts of its own)
    parts = numbered_questions(text) or [
        p.strip() for p in clauses(text, _JOINER) if clean(p) and not _only_small_talk(understand(p))
    ]
    if not 2 <= len(parts) <= MAX_PARTS:
        return []
    # "gem pe to hai, msme mart pe product kaise daale": one question, of MSME Mart (but each part asking a part
    # of its scheme is a question: "cgtmse ki fees, zed subsidy batao")
    if understand(text).aside and any(understand(p).aspect is None for p in parts):
        return []
    comparing = bool(_COMPARING.search(text))
    named, kept, lenders = [], [], set()
    for part in parts:
        u = understand(part)
        if u.confident and not u.close_topics():
            named.append(u.best.label)
        elif u.not_covered:
            named.append(f"not covered: {u.not_covered}")
        elif _asks_a_loan(u):  # "…aur uske baad loan kaise milega": the schemes that lend, asked apart
            named.append("a loan")
            lenders = {h.label for h in u.topics}
        elif comparing and not u.topics:
            continue  # "..., kaunsa better hai": the comparison itself, answered by the parts
        else:
            return []
        if not comparing and not (_asks(part, u) or asked_mark(part, text)):
            return []
        kept.append(part)
    if lenders & set(named):  # "vishwakarma ke toolkit kaise milte hain aur loan kitna hai": its loan
        return []
    return kept if len(kept) >= 2 and len(set(named)) == len(named) else []


def numbered_questions(text: str) -> list[str]:
    """The questions `text` numbers ("1) … ? 2) … ? 3) … ?"), each without its number and question mark; [] with
    fewer than two."""
    marks = list(_NUMBERED.finditer(text))
    if len(marks) < 2:
        return []
    ends = [m.start() for m in marks[1:]] + [len(text)]
    # (each ends at its question mark: "… 3) GeM pe kya chahiye? Thanks sir")
    asked = [text[m.end() : end].partition("?")[0].strip() for m, end in zip(marks, ends, strict=True)]
    return [a for a in asked if clean(a)]


def asked_mark(part: str, text: str) -> bool:
    """Whether `part` is one of the numbered questions of `text` ("1) is Udyam registration free? 2) …"): asked,
    whatever its words ("ट्रेड्स पर किन कंपनियों को …? टर्नओवर की कोई सीमा है?" is one question about TReDS)."""
    if len(_NUMBERED.findall(text)) < 2:
        return False
    for before_mark in text.split("?")[:-1]:
        asked = _NUMBERED.split(before_mark)[-1].strip()
        lead = part[: len(part) - len(asked)]
        if asked and part.endswith(asked) and (not lead.strip() or _NUMBERED.search(lead)):
            return True
    return False


def _only_small_talk(u: Understanding) -> bool:
    """A part that only greets or thanks ("Hi team", "namaste ji", "Thanks")."""
    return bool(u.intents) and set(u.intents) <= {*SMALL_TALK, "opener"} and not (u.topics or u.not_covered)


def _asks(part: str, u: Understanding) -> bool:
    """A part asks about its scheme when it names an aspect ("documents", "kaise") or only the scheme."""
    words = set(keys(part))
    if words & STATEMENT_WORDS or _TOLD.search(clean(part)):
        return False
    if u.aspect is None and _BEING.search(
        part.strip()
    ):  # ("…and how do I register on GeM as I am a seller?")
        return False
    # ("pmegp aur cgtmse dono": "dono" asks of both, naming nothing else)
    bare = u.best is not None and set(content_words(part)) - word_keys("both_words") <= u.best.matched
    wants = bool(_WANTS.search(clean(part)))  # "udyam registration karna hai", "GeM pe bhi bechna hai"
    return (
        u.aspect is not None
        or bare
        or wants
        or asks_where(u)
        or (u.not_covered is not None and not u.confident)
    )


def asks_where(u: Understanding) -> bool:
    """A part that asks where a kind of centre is ("where is the nearest tool room to Coimbatore"): the centres
    are its answer, not the scheme's part another part asks."""
    return u.centre_type is not None and "where" in u.intents


def lending(u: Understanding) -> list[str]:
    """The schemes a message's loan words point to ("loan chahiye": those that lend)."""
    return [h.label for h in u.topics if h.matched & word_keys("loan_words")]


def _asks_a_loan(u: Understanding) -> bool:
    """A part whose only need is a loan, which several schemes give ("loan kaise milega", "loan bhi chahiye");
    `u.topics` are then the schemes that lend."""
    return len(lending(u)) == len(u.topics) > 1 and not (u.best.matched - word_keys("loan_words"))


def asks_several(text: str) -> bool:
    """Whether a message asks for a list rather than one thing: "schemes" in the plural, "all" right
    before a scheme word ("sabhi yojana", "all the schemes"), or a question word said twice ("kya kya",
    "kaun kaun si", "कौन कौन से")."""
    if word_forms("many_schemes") & set(clean(text).split()):
        return True
    said = keys(text)
    asking, alls, schemes = word_keys("which_words"), word_keys("all_words"), word_keys("scheme_nouns")
    if any(a in alls and schemes & set(said[i + 1 : i + 3]) for i, a in enumerate(said)):
        return True
    return any(a == b and a in asking for a, b in pairwise(said))


def asks_what_all(text: str) -> bool:
    """A list asked only by "kya kya", "क्या क्या", "what all": what all one gets or needs ("हरित प्रौद्योगिकी
    वित्तपोषण योजना में क्या क्या मिलता है"), not which schemes there are, when a scheme is named."""
    said = keys(text)
    at = [i for i, (a, b) in enumerate(pairwise(said)) if a == b and a in word_keys("which_words")]
    if not at or any(said[i] not in WHAT_KEYS for i in at):
        return False
    # ("kya kya scheme chal rhi h" asks which schemes)
    after = {w for i in at for w in said[i + 2 : i + 4]}
    return not (after & word_keys("scheme_nouns") or word_forms("many_schemes") & set(clean(text).split()))


def asks_for_money(text: str) -> bool:
    """ "mujhe 10 lakh ka loan chahiye": a loan asked for, whichever scheme gives it."""
    return says_any(text, word_list("words", "money_asks"))


def asks_what_help(text: str) -> bool:
    """ "I run a dairy, any help?", "koi sarkari madad milegi": what help there is, for the business told of."""
    return says_any(text, word_list("words", "help_asks"))


def starts_out(text: str) -> bool:
    """ "gaon me bakery kholni hai": a business being opened or started."""
    return says_any(text, word_list("words", "starting_out"))


def tells_own_case(text: str) -> bool:
    """ "I'm 17", "meri age 45 hai, 8th fail hu", "मैं एससी हूँ, गाँव में": the user's own age, schooling,
    category or place, said of themselves."""
    said = set(keys(text))
    # (an age, a class, years: "I'm 17", "3 saal"; not a phone number or a pincode)
    told = said & word_keys("own_case_words") or any(
        w.isdecimal() and len(w) <= 2 for w in clean(text).split()
    )
    return bool(said & word_keys("self_words")) and bool(told)


def asks_roman_hindi(text: str) -> bool:
    """ "roman hindi me likho", "english letters me likho", "devnagari nahi padh pata"."""
    return says_any(text, word_list("words", "roman_hindi_asks"))


def asks_status(text: str) -> bool:
    """ "status of my pmegp application?", "subsidy nahi aayi", "status" alone: the user's own case, which only its
    office sees."""
    return says_any(text, word_list("words", "status_asks")) or clean(text) in word_forms("status_alone")


def application_held_up(text: str) -> bool:
    """ "फॉर्म डीआईसी में 3 महीने से पड़ा है", "application atki hai", "my form is pending with the DIC": the
    user's own application held up, whose status only its office sees (not "gem payment atka hai")."""
    held_up = says_any(text, word_list("words", "pending_words"))
    return held_up and says_any(text, word_list("words", "application_nouns"))


def compares(text: str) -> str | None:
    """ "PMEGP vs CGTMSE" compares whatever it names ("compare"); "GeM or MSME Mart?" only things called by
    name ("choice"); None when neither."""
    said = keys(text)
    if set(said) & word_keys("compare_words"):
        return "compare"
    # ("udyam chahiye ya nahi?", "or not?" ask yes or no; "aur", whose key is "or"'s, joins: "aur cgtmse ke liye
    # udyam jaruri hai?" asks of CGTMSE)
    words = clean(text).split()
    chosen = [
        i
        for i, w in enumerate(words)
        if key(w) in word_keys("choice_words")
        and w not in word_forms("joining_words")
        and not {key(n) for n in words[i + 1 : i + 2]} & NEGATION_KEYS
    ]
    return "choice" if chosen else None


def stray(u: Understanding, intent: str) -> bool:
    """A one-word phrase ("madad", "list", "yojana") beside words we do not know is no request; unless it
    asks for a list ("…, mere liye kaunsi kaunsi schemes h")."""
    if intent == "scheme_list" and asks_several(u.text):
        return False
    return u.intent_words[intent] < 2 and len(u.unknown) > 1
