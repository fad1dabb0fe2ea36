"""A claim the user heard ("suna hai pmegp me 50% subsidy milti hai, sach hai?", "my CA says micro is up to
1 crore"): answered from the part of a scheme's record that holds the fact it states, and opened with whether
the record agrees. The figure in it is someone else's word, never the user's own."""

from dataclasses import replace
from functools import cache

import regex

from bot import language, vouching
from bot.clauses import breaks, clauses
from bot.knowledge import Knowledge
from bot.messages import Reply
from bot.normalize import keys, says_any
from bot.phrases import word_list, word_pattern

# The parts a claim's words point to, in the order they win: uploads, who it is for, where to apply.
CUED_PARTS = ("documents", "eligibility", "apply")
# Papers asked outright beside a claim ("suna hai sirf PAN aadhaar se ho jata hai") are kept before those words;
# a link, the steps or what it is ("suna hai GeM ka toll free hai, number do", "what is it?") after them.
PAPERS = "documents"
ASKED_OUTRIGHT = ("apply", "contact", "overview")
# Parts the user's own question beside a claim asks ("kya chhatra bhi le sakte hai?"); not the steps: "ye kaise?"
# (how so?) asks no steps.
ASKED_APART = ("eligibility", "documents", "contact", "overview")
# A figure counting these ("50%", "25 lakh", "45 din") tells what a scheme gives.
BENEFIT_UNITS = frozenset({"percent_words", "figure_lakh", "figure_crore", "figure_days", "figure_months"})
# How many words before "yojana" name the scheme ("MSME Udyog Shakti Yojana").
NAME_WORDS = 3
# A figure counting these, or a sum in rupees, is money a heard scheme offers.
MONEY_UNITS = frozenset({"figure_lakh", "figure_crore"})
# Where one clause of a message ends and the next begins ("CA ne bola 1 crore limit hai, mera 4 crore hai"); in
# English "to" is no "then" ("my CA says micro means turnover up to 5 crore"), only "so" is.
_CLAUSE_END = breaks("so_words", "but_words")
_CLAUSE_END_EN = breaks("but_words", also=rf"\b{word_pattern('so_words', langs=('en',))}\b")


def heard(text: str) -> bool:
    """Whether a message tells of something heard, read or told by someone ("suna hai", "is it true",
    "youtube pe dekha", "bank wala bol raha") in one of its clauses ("kis kaam ka h? suna 25%…" says no
    "h suna")."""
    return any(_told_in(c) for c in clauses(text, _ends(text)))


def _told_in(clause: str) -> bool:
    return vouching.reported_claim(clause) or says_any(clause, word_list("hearsay", "heard"))


def checked_part(text: str, asked: str | None, asked_apart: str | None) -> str | None:
    """The part of a record that holds what a heard claim states, given the part the matcher read in the whole
    message (`asked`) and in the user's own words beside the claim (`asked_apart`): papers asked, else its
    words' part, else a part the user's own words ask (where the whole message reads no other), else a part asked outright, else a benefit for a figure
    the claim states ("my buyer's turnover is 300 crore; heard the rule changed" states none); None to keep
    `asked`."""
    if not heard(text) or asked == PAPERS:
        return None
    cued = next((part for part in CUED_PARTS if says_any(text, word_list("hearsay", part))), None)
    apart = asked_apart if asked_apart in ASKED_APART and asked in (None, asked_apart) else None
    if cued or apart:
        return cued or apart
    if asked in ASKED_OUTRIGHT or _asks_beside(text):
        return None
    return "benefits" if vouching.figure_units(_claim_told_on(text)) & BENEFIT_UNITS else None


def _asks_beside(text: str) -> bool:
    """Whether a message ends with a question of the user's own ("is it true PSUs have to buy 25 percent? where
    is that tracked?"; not "…, सच?"): the matcher's part answers it, not the claim's figure."""
    parts = clauses(text)  # (at punctuation: "Is that so?" is one question, no "so" clause)
    last = parts[-1] if len(parts) > 1 else ""
    return not _told_in(last) and says_any(last, word_list("hearsay", "own_question"))


def rumoured_scheme(text: str, known_names: frozenset[str]) -> bool:
    """A scheme heard of that offers money under a name none of ours carries ("whatsapp forward: MSME Udyog
    Shakti Yojana me sabko 10 lakh grant milega"): no such scheme is on file. `known_names`: our schemes' name
    keys ("vishwakarma yojana", "cluster yojana" are ours)."""
    if not heard(text):
        return False
    money = vouching.figure_units(text) & MONEY_UNITS or says_any(text, word_list("words", "currency_words"))
    if not money:
        return False
    said = keys(text)
    ends, prefixes = _hearsay_keys("scheme_name_ends"), _hearsay_keys("name_prefixes")
    names = [_name_before(said[:i], prefixes) for i, k in enumerate(said) if k in ends]
    return any(name and not name & known_names for name in names)


def rumoured_handout(text: str) -> bool:
    """Money heard to be handed out free to everyone of a kind ("I heard the PM is giving a free Rs 50,000 grant to
    every shopkeeper", "suna hai har dukandar ko 50 hazar free"): no scheme on file does (the caller checks that
    none is named)."""
    return heard(text) and all(
        says_any(text, word_list("hearsay", part)) for part in ("everyone", "handout", "sums")
    )


@cache
def _hearsay_keys(label: str) -> frozenset[str]:
    """The keys of a hearsay.yaml list, read once (not on every claim heard)."""
    return frozenset(keys(" ".join(word_list("hearsay", label))))


def _name_before(said: list[str], prefixes: frozenset[str]) -> set[str]:
    """The words right before "yojana" up to a prefix or a little word ("PM Dukaan Sahayata": dukaan sahayata;
    "is yojana", "nayi yojana": none)."""
    name: set[str] = set()
    for k in reversed(said[-NAME_WORDS:]):
        if k in prefixes or k.isdecimal():
            break
        name.add(k)
    return name


def claim(text: str) -> str:
    """The clauses that tell what was heard ("mere CA ne bola limit 1 crore hai"), else the whole message."""
    told = [c for c in clauses(text, _ends(text)) if _told_in(c)]
    return " , ".join(told) if told else text


def _ends(text: str) -> regex.Pattern:
    """Where the clauses of a message end, by its language."""
    return _CLAUSE_END_EN if language.detect(text) == "en" else _CLAUSE_END


def _claim_told_on(text: str) -> str:
    """The clauses that tell what was heard, each with what follows its "then" ("बैंक वाले बोले कि TReDS पर इनवॉइस
    डालो तो 2-3 दिन में पैसा आ जाएगा"); in English "to" is no "then" ("is it true PSUs have to buy 25%…")."""
    if language.detect(text) == "en":
        return claim(text)
    told = [c for c in clauses(text, _CLAUSE_END_NOT_THEN) if _told_in(c)]
    return " , ".join(told) if told else text


def own_words(text: str) -> str:
    """The message without the clauses that tell what was heard: what the user says of themselves
    ("mera turnover 4 crore hai to main micro nahi hu?"), the whole message when no clause is a claim."""
    return own_clauses(text) or text


def own_clauses(text: str) -> str:
    """The clauses of a message beside those that tell what was heard ("kya chhatra bhi le sakte hai?"), or
    nothing when none or all of them tell it."""
    parts = clauses(text, _ends(text))
    own = [c for c in parts if not _told_in(c)]
    return " , ".join(own) if len(own) < len(parts) else ""


# A claim's own clauses, parted only where a sentence or a "but" ends them (a "then" goes on with what was told).
_CLAUSE_END_NOT_THEN = breaks("but_words")


def checked_answer(knowledge: Knowledge, text: str, reply: Reply, lang: str) -> Reply:
    """A scheme's answer to a heard claim, opened with whether its record agrees with the claim's figures."""
    scheme = knowledge.schemes.get(reply.topic or "")
    if reply.intent != "scheme_info" or scheme is None or not heard(text):
        return reply
    verdict = vouching.claim_checked(claim(text), scheme, lang)
    return replace(reply, text="\n".join([*verdict, "", reply.text])) if verdict else reply
