"""A scheme named with confidence: its helpline, the lines of the detail asked, or the part of its answer
asked, and the other part asked beside it."""

from dataclasses import replace

from bot import (
    carried_asks,
    follow_ups,
    gives_asked,
    group_answers,
    groups,
    list_items,
    menu_requests,
    own_details,
    responses,
    said_missing,
    whether_to_take,
)
from bot.clauses import clauses
from bot.fact_lines import MAX_LINES, FactMatch, asked_words
from bot.knowledge import text
from bot.language import continues, corrects, goes_on_to, says_what_was_meant
from bot.matcher import SECTION_ASPECTS, Understanding
from bot.messages import Reply
from bot.normalize import clean, keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn


def answer(turn: Turn, u: Understanding, text: str) -> Reply:
    """A scheme named with confidence: its helpline, the lines that answer the detail asked, or the part
    of its answer asked for (a follow-up with no aspect continues the part shown last)."""
    session = turn.session
    corrected_to = says_what_was_meant(text) or goes_on_to(text, u.best.matched)
    if _own_slip(turn, u, text) or (corrected_to and _overview_by_about_only(turn, u, text)):
        # ("no, I asked about udyam", "and what about samadhaan?" after GeM's documents ask Udyam's and
        # Samadhaan's documents: "about" asks no overview)
        u = replace(u, aspect=None)
    topic = follow_ups.kept_topic(turn, u) or u.best.label
    # "I'm a helpline operator. Caller asks: what is the toolkit incentive?" asks about the scheme
    in_passing = menu_requests.in_passing(u, "helpline", HELPLINE_MAX_WORDS)
    if "helpline" in u.intents and u.aspect in (None, "overview", "contact") and not in_passing:
        return responses.helpline(turn, topic, u)
    if "complaint" in u.intents and topic not in turn.snap.matcher.complaint_schemes:
        # "gem pe complaint kaha kare": its helpdesk
        return responses.helpline(turn, topic, u, complaint=True)
    # "udyam fees": the line that says it is free; but "green loan pe byaj chhoot ke liye kya kya papers" asks
    # the papers of the interest-subsidy loan (its detail words name the scheme), unless an "and" joins them.
    # (A fee is always answered: "paisa lagta hai kya?" also reads as papers, and agents charge for Udyam.)
    carried = carried_asks.detail(turn, u, text)
    if carried:  # "aur gem pe?" after Udyam's fee: GeM's fee (or that it is not on file)
        u = replace(u, text=f"{u.text} {turn.snap.details.name(carried, turn.lang)}")
    detail = turn.snap.details.asked(u.text)
    outright = _part_named_outright(u, detail) and not _joined(turn, u)
    # ("what is MSE-GIFT and who implements it": the overview, which says SIDBI runs it)
    summed_up = u.aspect == "overview" and _joined(turn, u) and turn.snap.details.in_summary(topic, detail)
    outright = outright or summed_up
    lines = None if outright else follow_ups.detail_lines(turn, topic, u, in_chat=bool(carried))
    kept_group = None if lines or carried else carried_asks.group(turn, u, text)
    if kept_group:  # "and in ZED?" after GeM's benefits for women: ZED's lines on women
        lines = turn.snap.facts.mentioning(topic, groups.phrases_of(kept_group), turn.lang, MAX_LINES)
    called = _called(turn, u, topic)
    asks = called or "?" in text or bool(set(keys(text)) & word_keys("question_asks"))
    goes_on = continues(text) or corrects(text) or corrected_to  # "aur CGTMSE ke?", "nahi, pmegp ke"
    # ("bank is asking for collateral for my 20 lakh loan" first: the overview says it, not a line on "lakh")
    told_first = detail in turn.snap.details.in_chat and topic != session.topic
    if lines is None and asks and not (u.aspect or goes_on or told_first):
        # "pmegp women" asks for a line; a long first message tells a story and gets the overview, and
        # so does a need told in the scheme's everyday words ("buyer 60 din se payment nahi kar raha")
        lines = follow_ups.fact_lines(turn, topic, u, most=follow_ups.NAMED_FACT_WORDS)
    if lines is None and u.aspect in PART_ASPECTS and not goes_on:
        lines = _part_explained(turn, topic, u)
    if (
        lines is None
        and detail
        and turn.snap.details.doubts_told(text)
        and turn.snap.details.missing(topic, text)
    ):
        # "a consultant asks 15000 for my PMEGP project report, is that allowed?": no fee on file, said, with what
        # the record says of the report (among the papers), not who may apply
        lines = follow_ups.fact_lines(turn, topic, replace(u, aspect=None))
    if lines is not None:  # "pmegp women": the line about women, not the whole overview
        # ("koi yojana jisme toolkit mile? meri umar 45 hai": the age's rule, and the toolkit asked for)
        return gives_asked.beside(turn, responses.facts(turn, topic, lines, u), u, detail)
    # ("और समाधान पोर्टल किसके लिए है?" after GeM's papers asks whom it is for, not its papers)
    # ("does PM Vishwakarma cover bakers?": whether the trade is in its list of trades)
    trade = list_items.trade_asked(turn.snap.knowledge.schemes[topic], text)
    gets_it = (  # ("ZED milega?")
        not detail
        and says_any(text, word_list("words", "gets_it_asks"))
        and not says_any(text, word_list("words", "how_when_asks"))
    )
    whom = "eligibility" if trade or gets_it or says_any(text, word_list("words", "whom_for_asks")) else None
    # ("क्या प्लंबर को विश्वकर्मा योजना मिलती है?": "क्या … है" reads as what it is; the trade's place is asked)
    gets = trade and u.aspect == "overview" and says_any(text, word_list("words", "trade_gets_asks"))
    asked = None if gets else u.aspect
    aspect = asked or turn.snap.details.part(carried) or whom or (session.aspect if goes_on else None)
    aspect = aspect or _told_who(turn, u, text)
    if need_told_again(turn, u, topic):  # "paisa nahi aaya abhi tak" after Samadhaan's overview
        aspect = "apply"
    return responses.scheme(turn, topic, aspect, u)


def as_taking_up(turn: Turn, u: Understanding, text: str) -> Understanding:
    """A message asking whether to take the scheme named up at all, read as no part or as its papers
    ("chahiye" reads as "needed", "फोटोकॉपी की दुकान" as a copy) though it names none: as asking what it gives."""
    named_papers = set(keys(text)) & turn.snap.matcher.paper_words
    if u.aspect not in (None, "documents") or named_papers:
        return u
    if not whether_to_take.asked(text, u.best.matched):
        return u
    also = None if u.also_asked in ("documents", "benefits") else u.also_asked
    return replace(u, aspect="benefits", also_asked=also)


def _overview_by_about_only(turn: Turn, u: Understanding, text: str) -> bool:
    """Whether only an "about" asked what the scheme is ("what about udyam", "no, I asked about udyam"), not a
    "kya hai" ("aur msme mart kya h")."""
    if u.aspect != "overview":
        return False
    about = word_keys("about_only_words")
    rest = " ".join(w for w in clean(text).split() if keys(w)[:1] and keys(w)[0] not in about)
    return turn.snap.understand(rest).aspect != "overview"


def need_told_again(turn: Turn, u: Understanding, topic: str) -> bool:
    """The need a scheme is for, told again in its own chat right after its overview and naming no part
    ("paisa nahi aaya abhi tak" after MSME Samadhaan's): what to do about it, its steps, not the overview again."""
    session = turn.session
    called = u.best is not None and _called(turn, u, topic)
    return not (u.aspect or called) and topic == session.topic and session.aspect == "overview"


def _called(turn: Turn, u: Understanding, topic: str) -> bool:
    """Whether the best match named `topic` by a word of its own names ("samadhaan"), not by its everyday
    words ("paisa nahi aaya")."""
    return bool(u.best.matched & turn.snap.matcher.proper_names.get(topic, set()))


# What a scheme called by the name of a part of it asks of that part: what it is, where or how to go for it.
PART_ASPECTS = ("overview", "apply")


def _part_explained(turn: Turn, topic: str, u: Understanding) -> FactMatch | None:
    """ "udyam assist kya hai", "where do I go for Udyam Assist": the scheme was called by the name of a part of
    it (the Udyam Assist Platform, for informal units without GSTIN, through banks and lenders), so what it is
    and where to go are what the scheme's lines say of that part; not the whole scheme's overview or its own
    steps. (An everyday word in the name, "samadhaan portal", names no part.)"""
    if u.best is None or u.best.label != topic:
        return None
    matcher, called = turn.snap.matcher, set(keys(u.best.phrase))
    ordinary = matcher.ordinary_name_words | matcher.fillers | turn.snap.facts.names.get(topic, frozenset())
    said = set(asked_words(u.text, matcher.asking_words(u.aspect))) - matcher.fillers
    if (
        called <= ordinary or not said <= called
    ):  # ("sir my ca says i need udyog aadhaar, what is it?": a story)
        return None
    scheme = turn.snap.knowledge.schemes[topic]
    if list_items.named(scheme, "eligibility", called, turn.lang).items:
        return None  # ("main lohar hu registration kaise karu": a trade of its list is no part; its steps answer)
    lines = turn.snap.facts.mentioning(topic, [u.best.phrase], turn.lang, MAX_LINES, whole_summary=False)
    summary = text(scheme.get("summary"), turn.lang)
    if lines is None or all(line in summary for line in lines.lines):
        # ("udyog aadhar kaise banaye": only the summary names the old name Udyam took the place of; no part of
        # Udyam is called so, and its whole overview or steps answer)
        return None
    return replace(lines, aspect=u.aspect)


def _own_slip(turn: Turn, u: Understanding, text: str) -> bool:
    """ "galat likh diya, samadhaan" after TReDS: a short correction of one's own message, naming another
    scheme; not "udyam certificate me naam galat likh diya hai, kaise sudhare", a registration to correct."""
    return (
        u.aspect == "change"
        and corrects(text)
        and u.best.label != turn.session.topic
        and len(text.split()) <= follow_ups.FOLLOWUP_WORDS
    )


def _part_named_outright(u: Understanding, detail: str | None) -> bool:
    """Whether the part of the scheme asked wins over the detail asked beside it."""
    if u.aspect in NAMED_OUTRIGHT:
        return detail != "fee"
    if u.aspect == "apply":
        return detail not in STEPS_DETAILS
    # ("is an existing business eligible for pmegp second loan?" keeps the second loan's line)
    named = bool(set(keys(u.text)) & word_keys("eligibility_named"))
    return u.aspect == "eligibility" and (detail in ELIGIBILITY_OVER or (detail == "interest_rate" and named))


def both_parts(turn: Turn, u: Understanding, reply: Reply) -> list[Reply]:
    """ "pmegp me kaun apply kar sakta hai aur kaise": the other part asked follows the one answered
    ("udyam ke documents aur fees dono": the fee's line, then the documents)."""
    if reply.intent != "scheme_info" or not reply.topic:
        return [reply]
    asked = (u.aspect, u.also_asked)
    if u.also_asked and reply.aspect in asked:
        other = asked[1] if reply.aspect == asked[0] else asked[0]
    elif _detail_beside_a_part(turn, u, reply):
        other = u.aspect  # "कौन से कागज़ लगते हैं और CSC पर कोई पैसा लगता है": the fee's line, then the papers
    else:
        return [reply]
    if said_missing.only_a_missing_detail(turn, u, reply.topic, other):  # ("pmegp ke documents aur fees")
        return [reply]
    # ("pmegp ki fees aur documents": the fee asked first, its part answered only says it is not on file)
    if said_missing.only_a_missing_detail_said(turn, u, reply.topic, reply.aspect):
        return [responses.scheme(turn, reply.topic, other, u)]
    replies = [reply, responses.scheme(turn, reply.topic, other, u)]
    if other == u.aspect and _detail_asked_after(turn, u):  # (the steps asked first, then the SPV's lines)
        replies.reverse()
    return responses.in_sequence(turn, replies)


def _joined(turn: Turn, u: Understanding) -> bool:
    """Whether an "and"/"aur"/"और" joins two things asked, or a detail is asked in a clause of its own after the
    first ("cluster scheme me apply kaise karte hai, SPV banana padta hai kya": the SPV's lines, then the steps)."""
    return bool(set(clean(u.text).split()) & turn.snap.matcher.joining) or _detail_asked_after(turn, u)


# The parts asked outright before a detail; who may ("can I…") and what one gets often follow a story instead.
ASKED_BEFORE_A_DETAIL = ("documents", "apply")


def _detail_asked_after(turn: Turn, u: Understanding) -> bool:
    """Whether the steps or papers are asked in a message's first asking clause and a detail only in one after it ("…apply kaise
    karte hai, SPV banana padta hai kya", "which documents…, and what is the upload size limit?"), which then
    follows the part. (Not a story told first: "buyer ne 45 din ke baad payment kiya, kya mujhe byaj milega" asks
    what the law gives.)"""
    if u.aspect not in ASKED_BEFORE_A_DETAIL:
        return False
    written = turn.message.text or ""  # (as written, its commas part its clauses)
    said = written if clean(written) == u.text else u.text
    asked = turn.snap.details.asked
    # (a heading asks nothing: "Advocate handling MSEFC matters: which documents…, and what is the upload size limit?")
    asking = [c for c in clauses(said) if clean(c) and (turn.snap.understand(c).aspect or asked(c))] or [""]
    first, *rest = asking
    return turn.snap.understand(first).aspect == u.aspect and not asked(first) and any(asked(c) for c in rest)


def _detail_beside_a_part(turn: Turn, u: Understanding, reply: Reply) -> bool:
    """A detail's lines answered ("पैसा लगता है?") where an "and" joins it to a part of the scheme asked
    for; "udyam registration fees" asks the fee alone."""
    return (
        _joined(turn, u)
        and u.aspect in SECTION_ASPECTS
        and reply.aspect != u.aspect
        and bool(turn.snap.details.asked(u.text))
        and not own_details.tells_own(u.text)  # "मेरी उम्र 38 साल है … कितनी सब्सिडी": an age told, not asked
    )


def _told_who(turn: Turn, u: Understanding, text: str) -> str:
    """ "medium unit, 60 crore investment, cgtmse milega?": who the user is, beside a scheme and nothing
    else asked, asks whom the scheme is for; otherwise what it is."""
    group = groups.asked(text)
    told = group and not u.intents and not group_answers.beside_another_need(turn, u, group)
    return "eligibility" if told else "overview"


# Parts of a scheme asked in words of their own ("papers", "whom to contact") beat a detail's words beside them.
NAMED_OUTRIGHT = ("documents", "contact")


# ... and so do the steps, unless the detail is about them ("how long does MSEFC take to decide"), and
# eligibility asked by its own name or beside a missing GST ("GST nahi hai, udyam ban sakta hai?"; "byaj
# milega kya?" asks the interest itself), or another way in ("Udyam Assist, where do I go for it": through banks).
STEPS_DETAILS = ("processing_time", "rejection", "fee", "udyam_assist", "other_online_way")


# Details whom a scheme is for, asked beside them, wins over: "can a state agency apply for upgrading an old
# industrial estate" after MSE-CDP asks who may apply, not the upgrade's grant.
ELIGIBILITY_OVER = ("gst", "estate_upgrade")


# A one-word "helpline" in a longer message than this mentions a helpline; it does not ask for one.
HELPLINE_MAX_WORDS = 6
