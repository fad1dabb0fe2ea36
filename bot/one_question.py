"""One question understood and answered: a centre, a scheme or one of its details, a group, the schemes
a need points to, a follow-up, a menu, an honest "not covered", a "did you mean", or the fallback, in that
order of evidence."""

from dataclasses import replace

from bot import (
    after_a_pause,
    barred,
    carried_asks,
    centre_questions,
    complaint_routes,
    covered_instead,
    either_side,
    follow_ups,
    group_answers,
    groups,
    hearsay,
    known_numbers,
    list_items,
    menus,
    msme_size,
    own_details,
    payloads,
    questions,
    ranking,
    responses,
    roles,
    said_missing,
    scam_checks,
    scams,
    scheme_lists,
    schemes_meant,
    several_needs,
    situations,
    subsidy_estimate,
    tickets,
    trouble_reports,
    vouching,
    whether_to_take,
    whose,
)
from bot.answers import COMPLAINTS, REGISTRATION
from bot.asking import asks
from bot.clauses import clauses
from bot.fact_lines import MAX_LINES, FactMatch, asked_words
from bot.language import (
    continues,
    corrects,
    goes_on_to,
    language_asked,
    reply_language,
    says_what_was_meant,
    shows_language,
    slip_keys,
)
from bot.matcher import CLARIFY_THRESHOLD, SECTION_ASPECTS, SMALL_TALK, Understanding
from bot.messages import Reply
from bot.normalize import clean, keys, says_any
from bot.phrases import word_keys, word_list
from bot.turn import Turn


def answer(turn: Turn, text: str, keep_language: bool = False) -> list[Reply]:
    """Answer one question; `keep_language` when it is a part of a message whose language is set. A claim the
    user heard is answered from the part that holds its fact, opened with whether the record agrees."""
    replies = _answered(turn, text, keep_language)
    if replies:
        replies[0] = hearsay.checked_answer(turn.snap.knowledge, text, replies[0], turn.lang)
    return replies


def _answered(turn: Turn, text: str, keep_language: bool) -> list[Reply]:
    u = turn.snap.understand(text)
    apart = hearsay.own_clauses(text)
    checked = hearsay.checked_part(text, u.aspect, turn.snap.understand(apart).aspect if apart else None)
    if checked:  # "suna hai pmegp me 50% subsidy milti hai": its benefits; "sirf sarkari bank dete hai": who
        u = replace(u, aspect=checked)
    if keep_language:
        turn.input_language = u.input_language
    else:
        set_language(turn, u)
    session = turn.session
    if scam_checks.shares_a_secret(text):  # "mera account number 1234567890 hai": never needed here
        return [turn.reply(menus.secret_shared(turn.lang), "privacy", confidence=1.0)]
    known_names = frozenset().union(*turn.snap.matcher.names.values())
    if hearsay.rumoured_scheme(text, known_names) and not u.not_covered:
        # "forward aaya, MSME Udyog Shakti Yojana me sabko 10 lakh": no such scheme on file, and the caution
        return [turn.reply(menus.scheme_not_on_file(turn.lang), "fallback", confidence=0.0)]
    if hearsay.rumoured_handout(text) and not (u.named or u.not_covered):
        # "suna hai har dukandar ko 50 hazar free de rahe hai": no scheme on file hands money out to all
        return [turn.reply(menus.scheme_not_on_file(turn.lang, named=False), "fallback", confidence=0.0)]
    if scams.otp_asked_by_someone(text):  # "ek agent otp maang raha hai" (it opened a request for a person)
        return [turn.reply(menus.secret_shared(turn.lang), "fraud", confidence=1.0)]
    if questions.asks_roman_hindi(text):  # promising it, and replying in Devanagari, would be a lie
        if not u.confident:
            return [turn.reply(menus.no_roman_hindi(), "language", confidence=1.0)]
        turn.session.language = turn.lang = "en"  # "…english letters me likho. vishwakarma kya hai?"
    if _language_as_help(u, text):  # "how do I use this bot? can I type in Hindi also": how to use it
        u = replace(u, intents=tuple(i for i in u.intents if i not in ("language_en", "language_hi")))
    if "language_en" in u.intents or "language_hi" in u.intents:
        # ("he cannot read english, can you reply in hindi?" names both: the one asked for)
        both = {"language_en", "language_hi"} <= set(u.intents)
        chosen = language_asked(text) if both else "en" if "language_en" in u.intents else "hi"
        if not (u.confident or set(u.intents) & ASKS_BESIDE_LANGUAGE):
            # ("hindi me batao" asks only the language: "batao" reads as "what is it")
            asked = u.aspect if u.aspect != "overview" else None
            return responses.choose_language(turn, chosen, asked)
        # "udyam documents in hindi", "helpline jisme hindi me baat ho": switch, then answer
        turn.session.language = turn.lang = chosen
    forgotten = after_a_pause.answer(turn, u, text)
    if forgotten:  # "aur documents?" half an hour after PMEGP: which scheme, the conversation being forgotten
        return [forgotten]
    if _thanks_passed_on(u, text):  # "shukriya ji, beti ko bata dungi sab": the daughter is not asked of
        return payloads.handle_payload(turn, "@thanks", u)
    matter = covered_instead.told_before(turn, u, text)
    if matter:  # "ab kya karu" after "bank ne loan dene se mana kar diya": what of ours helps with it, again
        return [_not_covered(turn, matter)]
    if there := covered_instead.place_after(
        turn, u, text
    ):  # "gorakhpur" after "csc kahan hai": none there either
        return [_not_covered(turn, *there)]
    ruled_out = group_answers.ruled_out_before(turn, u, text)
    if (
        ruled_out
    ):  # "तो फिर क्या करूँ" after Samadhaan's "medium enterprises are not covered", one told: no steps
        return [
            turn.reply(menus.ruled_out(turn.snap.knowledge, session.topic, ruled_out, turn.lang), "clarify")
        ]
    retold = _retold(turn, u, text)
    if retold:  # (told again with one's schooling or age: whether one qualifies now)
        u = replace(u, aspect="eligibility" if subsidy_estimate.tells_more(text) else session.aspect)
    if _next_after_registering(turn, u, text):  # "I got my Udyam certificate, what next": what it opens
        u = replace(u, aspect="benefits")
    sized = _sized(turn, hearsay.own_words(text), u)  # (not "CA ne bola limit 1 crore hai": the CA's figure)
    if sized is not None:  # "turnover 3 crore, machine me 50 lakh lagaya, to mai kya hu?"
        return [responses.facts(turn, REGISTRATION, sized, u)]
    session.topic = session.topic or follow_ups.back_from_an_aside(turn, u)  # "iske liye" past an aside
    told = situations.answer(turn, u, text)
    if told:  # "पैसे नहीं हैं", "padhai chal rahi h to bhi?", "is that ok?" after PMEGP's rules: no "OK"
        return told
    ranked = ranking.best_on_file(turn, u, text)
    if ranked is not None:  # "kaunsa platform best hai" after TReDS: the five on file, ranked by none
        return [ranking.with_no_ranking(responses.facts(turn, session.topic, ranked, u))]
    nth = schemes_meant.nth_named_last(turn, u, text)
    if nth:  # "dusri wali me fees kitni" after PMEGP vs PM Vishwakarma: PM Vishwakarma's fee
        lines = follow_ups.detail_lines(turn, nth, u)
        if lines is not None:
            return [responses.facts(turn, nth, lines, u)]
        return [responses.scheme(turn, nth, u.aspect or "overview", u, confidence=0.8)]
    earlier = follow_ups.earlier_topic(turn, u, text)
    if earlier is not None:  # "pehle wali yojana ke documents" after GeM, then TReDS: GeM's
        lines = follow_ups.detail_lines(turn, earlier, u)
        if lines is not None:
            return [responses.facts(turn, earlier, lines, u)]
        return [responses.scheme(turn, earlier, u.aspect or session.aspect, u, confidence=0.8)]
    unclear = follow_ups.earlier_unclear(turn, u, text)
    if unclear:  # "pehle wali yojana ke documents" after the schemes offered for Mudra: which of them
        return [responses.which_listed(turn, unclear, u.aspect or "overview")]
    together = schemes_meant.taken_together(turn, u, text)
    if together:  # "can I take both" after PM Vishwakarma and PMEGP: its rule on a PMEGP loan
        return responses.in_sequence(turn, [responses.facts(turn, sid, lines, u) for sid, lines in together])
    each = schemes_meant.each_offered(turn, u, text)
    if each:  # "documents for both" after "samadhaan vs odr", "aur fees?" after Udyam's and GeM's: each one's
        return _part_of_each(turn, each, u)
    # (after a list, "sanand one address" is about a centre listed: the follow-ups below see to it)
    place = turn.snap.finder.place_said(text) if u.confident and not session.centres else None
    if centre_questions.only_in_place(turn, u, text, place):
        # "udham singh nagar me mudra loan kaise milega": "udham" names the place, not Udyam
        u = turn.snap.understand(centre_questions.without_place(text, place))
    needs, apart, said = several_needs.schemes(turn, u, text)
    if needs:  # "I run a home bakery … What should I do first? Can I sell to government offices?": one list
        return [responses.schemes_for_need(turn, needs, u, apart, said)]
    centre_reply = centre_questions.answer(turn, u, text)
    if centre_reply is not None:
        return centre_reply
    # "udyami helpline number", then "is it working?": the line again, honest about what is not known
    asked = follow_ups.about_the_helpline(turn, u, text)
    if asked:
        return [responses.helpline_again(turn, follow_ups.helpline_meant(turn, u), u, asked)]
    numbered = known_numbers.owners(turn.snap.knowledge, text)
    if numbered:  # "Is the 1800-180-6763 number still working?": that line, and what is known of it
        return [responses.helpline_again(turn, numbered[0], u, "status")]
    if _relative_asked(turn, u):  # "what about my wife?", "aur mere bhai ke liye?": the rules, for them
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.7)]
    only_asks_how = turn.snap.matcher.named_by_aspect_words(u)
    if (
        session.topic
        and u.aspect
        and only_asks_how
        and u.best.label != session.topic
        and u.best.label not in u.named  # ("aur 25 lakh wala cgtmse me kitna guarantee fee": CGTMSE's)
        and not set(u.intents) - {"where"}
        # "mudra loan ke bare me btao" after CGTMSE asks about Mudra; "mudra loan mila tha" tells
        and not (u.not_covered and not questions.tells(u.text))
        and not _a_loan_elsewhere(turn, u)  # "loan kaise milega" after Udyam: a new need
        and not scam_checks.after_a_warning(turn, u)  # "ab paisa wapas kaise milega" after a scam warning
        and not _only_elsewhere(turn, u)  # "सब्सिडी कितने प्रतिशत मिलेगी" after Udyam, which gives none
    ):
        # "how do I register" after GeM asks how to register on GeM, not for Udyam; "limit?" after CGTMSE
        # asks its guarantee limit, the line that says it; "total kitna percent" after one's class and group
        # told, their lines
        topic = session.topic
        lines = follow_ups.detail_lines(turn, topic, u) or follow_ups.told_lines(turn, topic, u)
        if lines is not None:
            return [responses.facts(turn, session.topic, lines, u)]
        return [responses.scheme(turn, session.topic, u.aspect, u, confidence=0.8)]
    if (
        u.not_covered
        and not session.topic
        and turn.snap.matcher.named_by_aspect_words(u)
        and not scam_checks.scam(u, text)  # "10% cut dega to mudra loan pass karwa dega": the warning, below
    ):
        # "mudra loan, tarun category": "category" names no scheme of ours
        return [_not_covered(turn, u)]
    official = scam_checks.official_asked(turn, u, text)
    if official:  # "what's the official one" after a fake Udyam site: Udyam's address on file
        return [responses.scheme(turn, official, "contact", u, confidence=0.8)]
    # "paise bhej du kya?", "wo KVIC officer bol raha", "क्या ये सही है?" after a warning
    if scam_checks.after_a_warning(turn, u):
        # "and an agent wants 2000 for PMEGP"; "shikayat kaha kare" names the complaint portal, not the scam's
        named = u.confident and u.best.label != COMPLAINTS
        scheme = u.best.label if named else session.topic
        return payloads.handle_payload(turn, f"@fraud {scheme or ''}".strip(), u)
    doubted = follow_ups.doubted_detail(turn, u)
    if doubted is not None:  # "bank girvi maang raha hai", then "is that allowed?": CGTMSE's collateral lines
        return [responses.facts(turn, session.topic, doubted, u)]
    if _said_alone(turn, u, "disputed"):  # "galat jawab hai ye": sorry, a person offered (not "correct it")
        return payloads.handle_payload(turn, "@disputed", u)
    vouched = _sure_about_named(turn, u)
    if vouched:  # "How sure are you about the PMEGP subsidy rates?": how sure PMEGP's record is
        return payloads.handle_payload(turn, f"@sure {vouched}", u)
    staff = roles.role_of(turn.services, turn.message.sender) is not None
    if (
        staff and vouching.asks_why(text) and tickets.last_answer(session)
    ):  # staff "why?": the match explained
        return payloads.handle_payload(turn, "@sure", u)
    if vouching.asks_if_right(text) and (tickets.last_answer(session) or tickets.claim_told(session)):
        return payloads.handle_payload(turn, "@sure", u)  # "is this right?" after an answer: the fact again
    prize = scam_checks.prize(turn, u, text)
    if prize:  # "MSME lottery jeeti hai, fee bharni hai": the ministry runs none
        return prize
    if _asks_for_person(turn, u, text):
        return payloads.handle_payload(turn, "@agent", u)
    look_alike = scam_checks.look_alike(turn, text)
    own_fee = None if look_alike else scam_checks.own_fee_quoted(turn, u, text)
    if own_fee is not None:  # "consultant: zed certificate ke 25000 lagenge": the unit pays a share
        return [responses.facts(turn, u.best.label, own_fee, u)]
    if look_alike or scam_checks.scam(u, text):
        # "msme mart people asking 5000": MSME Mart's address; "cyber cafe wala 1500 maang raha" in a Udyam
        # chat is about Udyam, which is free (in a CGTMSE chat, whose bank may charge a fee, about none)
        named = u.best.label if u.confident else (session.topic if _free(turn, session.topic) else "")
        return payloads.handle_payload(turn, f"@fraud {named or '-'} {look_alike}".rstrip(" -"), u)
    # (an application held up, unless a part, whom to call or how to complain is asked: "who do I call about my
    # pmegp application pending at the bank", "फाइल अटकी है… शिकायत कैसे दर्ज करूँ", "documents list, my file is
    # pending for want of papers" get the contacts, the steps, the papers)
    held_up = (
        questions.application_held_up(text)
        and u.aspect in (None, "overview", "apply")
        and not set(u.intents) & {"complaint", "helpline"}
    )
    if (
        questions.asks_status(text) or held_up
    ) and not u.not_covered:  # "status of my pmegp application?": not ours to see
        topic = u.best.label if u.confident else session.topic  # (the payload drops one that is no scheme)
        return payloads.handle_payload(turn, f"@status {topic or ''}".strip(), u)
    if complaint_routes.about_the_one_discussed(turn, u):  # "how to complain", "शिकायत कहाँ करें" after GeM
        return [responses.helpline(turn, session.topic, u, complaint=True)]
    if complaint_routes.alone(turn, u):  # "how to complain", "complaint kaha kare": the grievance portal
        return [responses.scheme(turn, COMPLAINTS, "apply", u, confidence=0.7)]
    # (after the warnings and a person asked for: "agent ne 2000 le liye aur registration nahi ho raha" is a scam)
    stuck = trouble_reports.in_a_chat(turn, u, text)
    if stuck is not None:  # "portal nahi khul raha" after Udyam's steps: where its help is, and a person
        return [stuck]
    schooled = _schooling_beside_a_cost(turn, u, text)
    if schooled:  # "main 7vi pass hu, 12 lakh ka manufacturing unit": PMEGP's class rule on that cost
        return [responses.scheme(turn, schooled, "eligibility", u, confidence=0.7)]
    # "ye to pata hai, mujhe exact batao 10 lakh ke project pe" after PMEGP: its amounts worked out
    costed = _own_project_cost(turn, u, text)
    if costed:
        # ("to 9 lakh ka kar du?" after "7vi pass hu, 12 lakh ka unit": whether that cost needs the class)
        aspect = "eligibility" if _schooling_ruled_on(turn, costed) else "benefits"
        return [responses.scheme(turn, costed, aspect, u, confidence=0.8)]
    across = group_answers.needing_registration(turn, u, text)
    if across:  # "which schemes need udyam?", "किन योजनाओं में उद्यम जरूरी है": each one's lines naming it
        return [responses.needing_registration(turn, across)]
    beyond = group_answers.beyond_registration(turn, u)
    if beyond:  # "udyam ho gaya, ab aur kya yojana hai": the others that name it, not Udyam's answer again
        return [responses.needing_registration(turn, beyond)]
    needing = follow_ups.needs_registration(turn, u, text)
    if needing is not None:  # "iske liye udyam zaruri h?" in a TReDS chat: what TReDS's record says
        lines = follow_ups.detail_lines(turn, needing, u)
        if lines is not None:
            return [responses.facts(turn, needing, lines, u)]
        return [responses.scheme(turn, needing, "eligibility", u, confidence=0.7)]
    group = group_answers.asked(turn, u, text)
    # ("I am a small unit in Sikkim" in a ZED chat: its small 60% and the North-East's 10% extra, added up)
    own_lines = (
        (follow_ups.total_lines(turn, session.topic, u) or group_answers.in_chat_lines(turn, u, group))
        if group
        else None
    )
    if own_lines is not None:  # "मैं महिला उद्यमी हूँ…" in a ZED chat: ZED's lines about women
        return [responses.facts(turn, session.topic, own_lines, u)]
    told = follow_ups.registration_told(turn, u, text)
    if told is not None:  # "haan, udyam hai" in a CGTMSE chat: CGTMSE's next step, not Udyam's overview
        return [responses.registration_told(turn, *told, u)]
    said_before = follow_ups.said_of_another(turn, u) if u.confident else None
    if said_before is not None:  # "mujhe pmegp se loan mila tha" in a PM Vishwakarma chat: its PMEGP rule
        return [responses.facts(turn, session.topic, said_before, u)]
    group_lines = group_answers.named_scheme_lines(turn, u, group) if group else None
    if group_lines is not None:  # "is msme samadhan for medium enterprises also?": its lines on them
        return [responses.facts(turn, u.best.label, group_lines, u)]
    estimated = _estimated_of_the_list(turn, u, text)
    if estimated:  # "in a town, 30 lakh" after the schemes a bakery starts with: PMEGP's subsidy for it
        return [responses.scheme(turn, estimated, "benefits", u, confidence=0.7)]
    running_listed = scheme_lists.running_after_a_list(turn, u)
    if (
        running_listed
    ):  # "then what can I get?" after the schemes for a bakery 2 years old: those that take it
        new_only = [s for s in scheme_lists.NEW_UNITS_ONLY if s in turn.snap.knowledge.schemes]
        return [responses.schemes_for_need(turn, running_listed, u, new_only)]
    listed = _of_the_list(turn, u, text)
    giving = _listed_that_give(turn, u, listed)
    if giving:  # "which one gives subsidy?" after PMEGP, ZED, CGTMSE and Sambandh: PMEGP and ZED
        return [responses.schemes_for_need(turn, giving, u)]
    if listed:  # "कितना पैसा मिलेगा?" right after PMEGP, CGTMSE and Udyam were listed: which of them
        return [responses.which_listed(turn, listed, u.aspect or "benefits")]
    options = scheme_lists.options_of_discussed(turn, u)
    if options:  # "what are the options" after Samadhaan's answer: it and ODR, TReDS, not every scheme
        return [responses.schemes_for_need(turn, options, u)]
    others = scheme_lists.other_than_discussed(turn, u)
    if others:  # "to phir kaunsa loan milega?" after PMEGP's rules: the others its need points to
        # ("then what?" after PMEGP's "✗ A business already running": its second loan is apart, under it)
        second = [session.topic] if scheme_lists.running_told(turn) else []
        return [responses.schemes_for_need(turn, others, u, second)]
    running = scheme_lists.for_running_business(turn, u)
    if running:  # "meri factory 5 saal purani hai, machine ke liye loan chahiye": not PMEGP's start-up loan
        new_only = [s for s in scheme_lists.NEW_UNITS_ONLY if s in turn.snap.knowledge.schemes]
        return [responses.schemes_for_need(turn, running, u, new_only)]
    # ("I am a woman starting a papad business, any help?" tells of a business, not only of a group)
    first_steps = (
        scheme_lists.first_steps(turn, u)
        if not group or not group_answers.only_asks_about(turn, u, group)
        else []
    )
    subsidised = _subsidy_asked(turn, u, first_steps) or _whole_situation(turn, u, text, first_steps)
    if subsidised:  # "bakery kholni hai, 30 lakh, kitni subsidy milegi?": PMEGP's, worked out
        return [responses.scheme(turn, subsidised, "benefits", u, confidence=0.7)]
    if (
        first_steps
    ):  # "gaon me bakery kholni hai, kya madad milegi?": the schemes a small business starts with
        return [responses.schemes_for_need(turn, first_steps, u)]
    pointed, related = scheme_lists.for_need(turn.snap.knowledge, u) if not group else ([], [])
    if len(pointed) + len(related) > 1:  # "all the schemes that give subsidy or loans without collateral"
        return [responses.schemes_for_need(turn, pointed, u, related)]
    still = follow_ups.still_about_it(turn, u) or follow_ups.does_it_too(turn, u)
    if still is not None:  # "buyer ka turnover 300 cr, register karna padega?" after TReDS: its rule
        return [responses.facts(turn, session.topic, still, u)]
    if u.not_covered and _named_elsewhere_only(u):
        return [_not_covered(turn, u)]
    # ("What schemes are there for a woman who wants to start a tailoring unit?" asks for the list for women)
    several = group and not u.named and "scheme_list" in u.intents and questions.asks_several(text)
    not_on_file = follow_ups.detail_not_on_file(turn, u)
    if (
        not_on_file
    ):  # "is there any turnover limit to sell" after GeM: not on file for GeM, not Udyam's limits
        aspect = u.aspect or turn.snap.details.part(not_on_file) or "eligibility"
        return [responses.scheme(turn, session.topic, aspect, u, confidence=0.6)]
    if _own_size_in_a_chat(turn, u, text):
        # "my turnover is 3 crore … eligible?" after CGTMSE asks CGTMSE's rule, not Udyam's limits
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.7)]
    if u.confident and not u.close_topics() and not several:
        u = _as_taking_up(turn, u, text)  # "क्या उद्यम रजिस्ट्रेशन करना चाहिए?": what it gives, not its papers
        return _both_parts(turn, u, _named_scheme(turn, u, text))
    if group and group_answers.class_asked_of_discussed(turn, u, group):
        # "क्या मध्यम उद्यम को मिलेगा" after PMEGP, whose lines say nothing of medium units: whom it takes
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.6)]
    if (
        group
        and group_answers.only_asks_about(turn, u, group)
        and not group_answers.has_lines_for(turn, session.topic, group, u)
    ):
        # "any scheme for women?": each scheme's lines about women
        found = group_answers.group_lines(turn, group, u)
        if found:
            return [responses.group(turn, group, found)]
    if not group and not u.confident and group_answers.asks_for_more(turn, u):
        found = menus.schemes_offered(session.options) or list(
            group_answers.group_lines(turn, session.group)
        )  # in the order first shown
        return [responses.group_rest(turn, session.group, found)]
    if follow_ups.asks_for_all_of_it(turn, u):  # "पूरी जानकारी भेजो" in a scheme's chat: all of it
        return [responses.scheme(turn, session.topic, "overview", u, confidence=0.8)]
    if follow_ups.asks_for_the_rest(turn, u):  # "aur batao", "tell me more": the rest or the next part
        return [responses.rest_of_answer(turn, u)]
    if follow_ups.asks_what_if_not(
        turn, u, text
    ):  # "what if he doesn't" after Samadhaan: the interest, the case
        return [responses.scheme(turn, session.topic, "benefits", u, confidence=0.7)]
    if follow_ups.asks_how_much(turn, u):  # "kitna?" after PM Vishwakarma: its benefits (it fell back)
        return [responses.scheme(turn, session.topic, "benefits", u, confidence=0.8)]
    if follow_ups.asks_about_it(turn, u, text):  # "ok scheme ke bare me batao" after EFC: EFC, not the list
        return [responses.scheme(turn, session.topic, "overview", u, confidence=0.8)]
    requested = _menu_request(turn, u)
    if requested is not None:
        return requested
    # "पेमेंट 4 महीने से अटका है" after Samadhaan's and Champions' steps: Samadhaan's, not "Samadhaan?"
    named_last = schemes_meant.one_named_last(turn, u)
    if named_last:
        return [responses.scheme(turn, named_last, u.aspect or "apply", u, confidence=round(u.best.score, 3))]
    followup = session.topic in turn.snap.knowledge.schemes and session.topic not in u.vetoed
    lines = follow_ups.lines_asked(turn, u) if followup else None
    if lines is not None:  # "what about for women?", "gaon me kitna": a line of the current scheme
        return [responses.facts(turn, session.topic, lines, u)]
    if followup and not (u.confident or u.not_covered) and groups.ruled_out(text):
        # "we are in UP, not north east" after CDP's grant: the part asked, the general lines first
        return [
            responses.scheme(turn, session.topic, u.aspect or session.aspect or "overview", u, confidence=0.6)
        ]
    if followup and not (u.confident or u.not_covered or u.intents) and _asks_of_an_activity(turn, u, text):
        # "aur beauty parlour?" after PMEGP's negative list: whether the list names it, with its rules
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.6)]
    if followup and not (u.confident or u.not_covered) and _asks_who_qualifies(turn, u, text):
        # "I'm 17", "meri age 45 hai, 8th fail hu", "किसके लिए है" after PMEGP: whether they qualify, its eligibility
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.6)]
    stray = set(u.unknown) - turn.snap.details.ask_words  # "car" in "car ki emi", not "processing"
    missing = (
        turn.snap.details.missing(session.topic, u.text)
        if followup and not (u.not_covered or stray or _a_loan_elsewhere(turn, u))
        else None
    )
    if missing:
        # "iska byaj kitna hai?" after PMEGP: the record has no interest rate, and the answer says so, with the
        # part where it would be ("kitne din me milta h certificate": the steps, "issued online")
        aspect = u.aspect or turn.snap.details.part(missing) or "overview"
        return [responses.scheme(turn, session.topic, aspect, u, confidence=0.6)]
    if _situation_told(turn, u, text):  # "general", "जनरल" answering the subsidy's "which category?"
        aspect = session.aspect if session.aspect in responses.ESTIMATE_ASPECTS else "benefits"
        return [responses.scheme(turn, session.topic, aspect, u, confidence=0.8)]
    if u.not_covered and not u.confident:
        return [_not_covered(turn, u)]
    if not u.close_topics() and trouble_reports.told_with_nothing_else(u, text):
        # "portal nahi khul raha", "website is not opening" first thing: which portal (not every scheme)
        text_options = menus.stuck_somewhere(turn.snap.knowledge, turn.lang)
        return [turn.reply(text_options, "clarify", aspect="contact", confidence=0.3)]
    if u.aspect and u.aspect != "overview" and not u.close_topics() and not _a_loan_elsewhere(turn, u):
        # ("what documents do I need and who can apply" after Samadhaan: both parts; "iske documents" after
        # PMEGP, then a list of centres: PMEGP's)
        topic = session.topic or schemes_meant.the_scheme_before(turn, u)
        aspect = "change" if follow_ups.asks_how_to_change(turn, u) else u.aspect  # (not a new registration)
        if topic:
            return _both_parts(turn, u, responses.scheme(turn, topic, aspect, u, confidence=0.8))
        if not (u.topics or u.unknown or u.vetoed):  # ("रिश्ते में संबंध…, क्या करूं" is about no scheme)
            listing = menus.scheme_list(turn.snap.knowledge, turn.lang, aspect=u.aspect)
            return [turn.reply(listing, "clarify", aspect=u.aspect, confidence=0.5)]
    close = [h.label for h in u.close_topics() or u.shared_word_topics()]
    if (close or retold) and (
        retold or _still_the_one_discussed(turn, u, close)
    ):  # "how much loan?" after PM Vishwakarma asks about PM Vishwakarma's loan, not "which scheme?"; "galat
        # bataya, gaon me hai" in its subsidy's chat: the subsidy again, not "Samadhaan?"
        again = _need_told_again(turn, u, session.topic)
        return [
            responses.scheme(
                turn, session.topic, u.aspect or ("apply" if again else "overview"), u, confidence=0.6
            )
        ]
    if len(close) == 1 and _called_a_scheme(u):  # "cluster yojana kya hai, hamare kasbe me...": that one
        return [
            responses.scheme(turn, close[0], u.aspect or "overview", u, confidence=round(u.best.score, 3))
        ]
    if _only_everyday_words(turn, u, close):  # "sabzi market", "credit card bill": MSME Mart? TReDS? no
        return [responses.fallback(turn, u)]
    discussed = _discussed_not_guessed(turn, u, close)
    if discussed == [session.topic] and (u.aspect == "contact" or "helpline" in u.intents):
        return [responses.helpline(turn, session.topic, u)]  # "koi number hai" after PMEGP's portal trouble
    if discussed:  # "कौन सा जल्दी है" after Samadhaan vs ODR: of those two, not "do you mean TReDS?"
        return _part_of_each(turn, discussed, u)
    if close:
        reply = turn.reply(
            menus.clarify(turn.snap.knowledge, close, u.aspect or "overview", turn.lang),
            "clarify",
            confidence=round(u.best.score, 3) if u.best else 0.3,
            aspect=u.aspect,
            runners_up=tuple(close),
        )
        # "did you mean PMEGP?" answered by "is there subsidy?" asks about PMEGP; in a chat about a scheme,
        # an unanswered guess ("bank loan nahi de rahe" in a PMEGP chat: Samadhaan?) does not replace it
        if len(close) == 1 and session.topic not in turn.snap.knowledge.schemes:
            session.topic = close[0]
        return [reply]
    if own_details.tells_own(text) and session.topic not in turn.snap.knowledge.schemes:
        # "मेरी उम्र 55 साल है", "I am 17 years old" first thing: kept for the rules, not a "sorry"
        return [turn.reply(menus.noted(turn.lang), "clarify", confidence=0.3)]
    return [responses.fallback(turn, u)]


def _only_elsewhere(turn: Turn, u: Understanding) -> bool:
    """Whether the benefit whose words name the best scheme is in its record but in none of the scheme
    discussed's ("सब्सिडी कितने प्रतिशत मिलेगी" after Udyam's rules: Udyam gives no subsidy, PMEGP does); not a
    word any scheme's steps or contacts may use ("how do I register", "koi number hai")."""
    facts, topic, aspects = turn.snap.facts, turn.session.topic, turn.snap.matcher.aspects
    other_parts = {
        w for a in SECTION_ASPECTS if a != "benefits" for words in aspects.words_of(a) for w in words
    }
    benefit_words = {w for words in aspects.words_of("benefits") for w in words} - other_parts
    words = [w for w in u.best.matched if w in benefit_words]  # ("why register" is a benefit's, and a step's)
    return bool(words) and not facts.covers(topic, words) and facts.covers(u.best.label, words)


def _asks_of_an_activity(turn: Turn, u: Understanding, text: str) -> bool:
    """ "aur tent house?", "मुर्गी पालन?" in a chat about a scheme with a negative list of activities."""
    scheme = turn.snap.knowledge.schemes[turn.session.topic]
    return barred.lists_negatives(scheme) and barred.activity(text, u.unknown, scheme) is not None


def _tells_own_case(text: str) -> bool:
    """ "I'm 17", "meri age 45 hai", and an age to come asked about ("agar 19 saal ka ho jau to?")."""
    return questions.tells_own_case(text) or own_details.tells_own(clean(text))


def compared(turn: Turn, text: str) -> list[Reply] | None:
    """ "GeM or MSME Mart, which should I join?": the schemes named, side by side."""
    u = turn.snap.understand(text)
    if (
        ranking.best_on_file(turn, u, text) is not None
    ):  # "kaunsa platform best hai" after TReDS: of its platforms
        return None
    # "which should I use?", "inme se sabse achhi kaunsi": the data ranks none, so the choice is the user's need
    best_asked = _asks_which_for_me(turn, u, text)
    best = _of_the_list(turn, u, text) if best_asked else []
    if best:  # after GeM and MSME Mart side by side: what decides it, not them again
        set_language(turn, u)
        return [responses.comparison(turn, best, u, choosing=True)]
    against = _against_not_covered(turn, u, text)
    if against:
        return [against]
    schemes = scheme_lists.compared(u, text) or _either_side(turn, u, text)
    # ("which one gives more money": the money words point to no scheme of their own)
    more_of_which = says_any(text, word_list("words", "more_of_which")) and not u.named
    if (
        not schemes
        and (not u.topics or more_of_which)
        and (questions.compares(text) == "compare" or more_of_which)
        and u.aspect in (None, "overview", "benefits")
    ):
        # "dono me kya fark hai" after GeM, then TReDS; or after "pmegp aur vishwakarma" answered both
        schemes = follow_ups.answered_together(turn)[
            : schemes_meant.MAX_EACH
        ] or schemes_meant.the_ones_discussed(turn)
    if not schemes:
        schemes = schemes_meant.against_the_one_discussed(turn, u, text)
    mine = _for_me(turn, u) if best_asked and not schemes else []
    if mine:  # "कौन सी योजना मेरे लिए है?" after "मैं दर्जी हूँ": PM Vishwakarma beside the first steps
        set_language(turn, u)
        return [responses.comparison(turn, mine, u, choosing=True)]
    if not schemes:
        return None
    set_language(turn, u)
    return [responses.comparison(turn, schemes, u)]


def _either_side(turn: Turn, u: Understanding, text: str) -> list[str]:
    """ "चैंपियंस या समाधान?", "pmegp ya cgtmse, mere liye kaunsa?": the two named either side of the "or",
    asked whom each is for at most (not "udyam ya gem ka registration kaise kare", a part of each)."""
    if questions.compares(text) != "choice" or u.aspect not in CHOICE_PARTS or u.not_covered:
        return []
    return either_side.schemes(turn.snap.understand, text)


# What a choice between two schemes may ask besides which ("mere liye kaunsa" reads as whom it is for).
CHOICE_PARTS = (None, "overview", "eligibility")


def _against_not_covered(turn: Turn, u: Understanding, text: str) -> Reply | None:
    """ "pmegp ya mudra kaunsa better hai? mujhe 8 lakh ka dairy unit lagana hai": the other side is not on
    file, so no side by side: said so, then ours (its subsidy worked out when the project's cost is told)."""
    if not (u.not_covered and u.confident and u.best.label in u.named and questions.compares(text)):
        return None
    # (the two said side by side: "Vishwakarma registration - where? CSC centre or online?" compares no schemes)
    said = keys(text)
    ours = [i for i, k in enumerate(said) if k in u.best.matched]
    theirs = [i for i, k in enumerate(said) if k in u.not_covered_words]
    if not any(abs(i - j) <= COMPARED_REACH for i in ours for j in theirs):
        return None
    set_language(turn, u)
    topic = u.best.label
    found = subsidy_estimate.rules(turn.snap.knowledge.schemes[topic], turn.lang)
    costed = found is not None and subsidy_estimate.project_cost(found, text) is not None
    ours = responses.scheme(turn, topic, "benefits" if costed else u.aspect or "overview", u)
    note = menus.not_compared(u.not_covered, turn.snap.knowledge.topic_name(topic, turn.lang), turn.lang)
    return replace(ours, text=f"{note}\n\n{ours.text}")


# How many words apart a scheme of ours and one not covered are said when they are compared ("pmegp ya mudra").
COMPARED_REACH = 3


def _asks_which_for_me(turn: Turn, u: Understanding, text: str) -> bool:
    """ "which is best for me?"; or "kaunsi scheme best hai mere liye", "what scheme for me?", "तो कौन सी योजना"
    once the user has told of their business in this chat (before that, "which schemes" asks for all), and
    asking nothing else ("which scheme gives subsidy?", "kaunsi scheme me online apply hota hai" ask which
    one does that)."""
    if says_any(text, word_list("words", "best_asks")):
        return True
    # (a scheme pointed to only by words that ask a part, "योजना में आता हूँ?" read as "आटा", names none)
    if (
        u.aspect not in FOR_ME_ASPECTS
        or any(h.weight for h in u.topics)
        or not says_any(text, word_list("words", "which_scheme_asks"))
    ):
        return False
    earlier = [h["text"] for h in turn.session.history]
    return any(scheme_lists.tells_own_business(said) for said in [text, *earlier])


# What "which scheme … for me" may read as asking besides ("mere liye" reads as whom it is for).
FOR_ME_ASPECTS = (None, "overview", "eligibility")


def _asks_for_person(turn: Turn, u: Understanding, text: str) -> bool:
    """Asking for a person wins, even inside a question about a scheme; but a bare "agent" in a long
    message is usually the middleman the user is talking about ("an agent is asking 1500 rs"), and so
    is one in a conversation about a scheme that names a sum ("ek agent 500 rs maang raha hai")."""
    if "agent" not in u.intents or scams.paying_someone(text):  # "agent ko paise bhej du?": the middleman
        return False
    # "give me a phone number to speak to someone at the ministry" asks for the number ("customer care se baat
    # karao" for a person)
    if u.intents[0] == "helpline" and says_any(text, word_list("words", "phone_asks")):
        return False
    if scams.demanded_by_someone(text) or scams.taken_by_someone(text):  # "agent 1500 maang raha hai"
        return False
    paying = any(ch.isdigit() for ch in text) or turn.snap.details.asked(text) == "fee"
    in_chat = turn.session.topic in turn.snap.knowledge.schemes and paying
    told = u.confident or in_chat or "fraud" in u.intents  # "agent ne 2000 le liye": the middleman
    return not (_in_passing(u, "agent", ACK_MAX_WORDS) and told)


def _named_scheme(turn: Turn, u: Understanding, text: str) -> Reply:
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
    in_passing = _in_passing(u, "helpline", HELPLINE_MAX_WORDS)
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
    if lines is None and asks and not (u.aspect or goes_on):
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
        return responses.facts(turn, topic, lines, u)
    # ("और समाधान पोर्टल किसके लिए है?" after GeM's papers asks whom it is for, not its papers)
    # ("does PM Vishwakarma cover bakers?": whether the trade is in its list of trades)
    trade = list_items.trade_asked(turn.snap.knowledge.schemes[topic], text)
    whom = "eligibility" if trade or says_any(text, word_list("words", "whom_for_asks")) else None
    # ("क्या प्लंबर को विश्वकर्मा योजना मिलती है?": "क्या … है" reads as what it is; the trade's place is asked)
    gets = trade and u.aspect == "overview" and says_any(text, word_list("words", "trade_gets_asks"))
    asked = None if gets else u.aspect
    aspect = asked or turn.snap.details.part(carried) or whom or (session.aspect if goes_on else None)
    aspect = aspect or _told_who(turn, u, text)
    if _need_told_again(turn, u, topic):  # "paisa nahi aaya abhi tak" after Samadhaan's overview
        aspect = "apply"
    return responses.scheme(turn, topic, aspect, u)


def _as_taking_up(turn: Turn, u: Understanding, text: str) -> Understanding:
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


def _need_told_again(turn: Turn, u: Understanding, topic: str) -> bool:
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
    lines = turn.snap.facts.mentioning(topic, [u.best.phrase], turn.lang, MAX_LINES, whole_summary=False)
    return replace(lines, aspect=u.aspect) if lines is not None else None


def _own_slip(turn: Turn, u: Understanding, text: str) -> bool:
    """ "galat likh diya, samadhaan" after TReDS: a short correction of one's own message, naming another
    scheme; not "udyam certificate me naam galat likh diya hai, kaise sudhare", a registration to correct."""
    return (
        u.aspect == "change"
        and corrects(text)
        and u.best.label != turn.session.topic
        and len(text.split()) <= follow_ups.FOLLOWUP_WORDS
    )


def _retold(turn: Turn, u: Understanding, text: str) -> bool:
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


def _relative_asked(turn: Turn, u: Understanding) -> bool:
    """A relative asked about in a scheme's chat, naming no other scheme and no part ("what about my wife
    instead? she is general category", "and my brother?", "और मेरी पत्नी के लिए?"): whether they may apply, with
    the family rule and an estimate for them."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or u.aspect not in (None, "overview") or u.not_covered:
        return False
    if u.confident and u.best.label != topic:
        return False
    # ("thanks bhai", "भाई से जमीन का झगड़ा": no one's own relative asked about)
    return bool(own_details.own_relatives(clean(u.text))) and whose.asked_about(u.text) not in (
        None,
        whose.SELF,
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


def _both_parts(turn: Turn, u: Understanding, reply: Reply) -> list[Reply]:
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


def _own_project_cost(turn: Turn, u: Understanding, text: str) -> str | None:
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


def _schooling_beside_a_cost(turn: Turn, u: Understanding, text: str) -> str | None:
    """The one scheme whose rules tie a class passed to a project's cost, when a message with no scheme
    discussed or named tells or asks a class beside that cost ("मैं 5वीं पास हूँ, 15 लाख का कारखाना", "a 7
    lakh training institute, do I need 8th pass?"): its verdict, not "noted" or a list of schemes."""
    schemes = turn.snap.knowledge.schemes
    if turn.session.topic in schemes or u.confident or u.not_covered or not own_details.tells_schooling(text):
        return None
    ruling = [name for name, scheme in schemes.items() if own_details.rules_on_schooling(scheme)]
    found = subsidy_estimate.rules(schemes[ruling[0]], turn.lang) if len(ruling) == 1 else None
    return ruling[0] if found and subsidy_estimate.project_cost(found, text) is not None else None


def _schooling_ruled_on(turn: Turn, topic: str) -> bool:
    """Whether `topic` is the scheme discussed and a class told in the chat is below its rule's, or the rule
    was asked: a new project cost is then asked against that rule ("to 9 lakh ka kar du?")."""
    earlier = [h["text"] for h in reversed(turn.session.history)]
    scheme = turn.snap.knowledge.schemes[topic]
    return turn.session.topic == topic and own_details.cost_decides(scheme, earlier)


def _asks_who_qualifies(turn: Turn, u: Understanding, text: str) -> bool:
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


def _situation_told(turn: Turn, u: Understanding, text: str) -> bool:
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


def _own_size_in_a_chat(turn: Turn, u: Understanding, text: str) -> bool:
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


def _told_who(turn: Turn, u: Understanding, text: str) -> str:
    """ "medium unit, 60 crore investment, cgtmse milega?": who the user is, beside a scheme and nothing
    else asked, asks whom the scheme is for; otherwise what it is."""
    group = groups.asked(text)
    told = group and not u.intents and not group_answers.beside_another_need(turn, u, group)
    return "eligibility" if told else "overview"


def _language_as_help(u: Understanding, text: str) -> bool:
    """Whether one may also write in a language, asked beside how to use the bot: a question about the bot,
    not a request to switch the replies ("इस सेवा का इस्तेमाल कैसे करें, अंग्रेज़ी में भी पूछ सकते हैं?")."""
    return "help" in u.intents and says_any(text, word_list("words", "language_also_asks"))


def _thanks_passed_on(u: Understanding, text: str) -> bool:
    """A thanks beside saying one will pass it on ("thanks, will tell my father"), asking no part: a thanks,
    not the rules for the father (nor a stray "thanks" among words we do not know)."""
    asks_part = u.aspect not in (None, "overview")
    return "thanks" in u.intents and not asks_part and says_any(text, word_list("words", "passing_on_words"))


# An intent phrase of this many words said ("bot kaise kaam karta") is asked for, whatever aspect its words touch.
INTENT_SAID_IN_FULL = 3


def _menu_request(turn: Turn, u: Understanding) -> list[Reply] | None:
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
    # ("8वीं फेल हूँ, क्या मैं आवेदन कर सकता हूँ?" after PMEGP asks whether one may, not what the bot can do)
    asks_if_eligible = turn.session.topic in turn.snap.knowledge.schemes and u.aspect == "eligibility"
    # ("kitne msme ki madad hui" after EFC asks its count of units helped, not for help with the bot)
    detail_of_it = _detail_of_it(turn, u)
    for intent in u.intents:  # most fully matched first
        if intent not in payloads.INTENT_PAYLOADS or intent == "agent":  # a person was asked for above
            continue
        stray = questions.stray(u, intent)
        # (unless the intent is said in full: "ये सेवा कैसे काम करती है" asks how the bot works, not what "काम" gives)
        in_full = u.intent_words.get(intent, 0) >= INTENT_SAID_IN_FULL
        if intent in (*SMALL_TALK, "ack") and (
            needs
            or (asks_part and not in_full)
            or asks_if_eligible
            or stray
            or thanks_and_asks
            or detail_of_it
        ):
            continue  # "...sarkari madad milegi?" is a question, not a call for the menu
        if intent == "confused" and u.aspect not in (None, "overview"):
            continue  # "samjha nahi, documents bata do": the documents
        if intent == "greeting" and _greeting_in_passing(turn, u):
            continue  # "mere bete ne pehle hi le liya hai": the ही of "pehle hi", no "hi!"
        if intent == "scheme_list" and (u.confident or stray or u.not_covered or detail_of_it):
            continue
        if intent == "fraud" and u.not_covered:
            continue  # "upi fraud ho gaya": not an MSME matter
        if intent == "opener" and ("greeting" in u.intents or not _said_alone(turn, u, intent)):
            continue  # "mujhe janna hai ki pmegp me kitni subsidy" asks; "hii bhai koi h?" is greeted
        if intent == "ack" and len(u.text.split()) > ACK_MAX_WORDS and not _only_acks(turn, u):
            continue  # "theek nahi chal raha..." is not an "ok"; "ठीक है समझ गया" is
        if intent == "how_sure" and u.intent_words.get(intent, 0) < 2 and not _said_alone(turn, u, intent):
            continue  # "pakka?" asks how sure; "pakka bill chahiye kya" asks for a bill
        return payloads.handle_payload(turn, f"@{payloads.INTENT_PAYLOADS[intent]}", u)
    return None


def _detail_of_it(turn: Turn, u: Understanding) -> bool:
    """Whether a detail is asked of the scheme discussed, called "the scheme" ("formal name of the scheme" after
    ODR: its formal name, not the list of schemes; "which schemes have no fee" still asks for the list)."""
    return (
        turn.session.topic in turn.snap.knowledge.schemes
        and not questions.asks_several(u.text)
        and turn.snap.details.asked(u.text) is not None
    )


def _sure_about_named(turn: Turn, u: Understanding) -> str | None:
    """The scheme a "how sure are you" asks about when it names one and asks nothing else ("How sure are you
    about the PMEGP subsidy rates?"), rather than the last answer; not "agent bol raha udyam ke 999 lagenge,
    sahi hai kya" (a claim told, asked of) nor "pmegp sure milega?", nor "is that the correct link for msme
    sambandh?" (its link asked, with its hedge)."""
    if u.intents[:1] != ("how_sure",) or u.intent_words.get("how_sure", 0) < 2 or not u.confident:
        return None
    if u.aspect == "contact":
        return None
    said, matcher = keys(u.text), turn.snap.matcher
    sure = matcher.intents.present_words("how_sure", said)
    rest = set(said) - sure - matcher.fillers - u.best.matched - matcher.asking_words(u.aspect)
    return u.best.label if u.best.label in u.named and not rest - turn.snap.details.ask_words else None


def _in_passing(u: Understanding, intent: str, max_words: int) -> bool:
    """An intent named by one word in a message longer than `max_words` is mentioned, not asked for."""
    return u.intent_words.get(intent, 0) < 2 and len(u.text.split()) > max_words


def _only_acks(turn: Turn, u: Understanding) -> bool:
    """Whether the message is acknowledgements end to end ("ठीक है समझ गया"), none of them a "no"
    ("theek nahi hai ji" is not an OK)."""
    said, matcher = keys(u.text), turn.snap.matcher
    if set(said) & matcher.negations:
        return False
    phrases = matcher.intents.words_of("ack")
    at = 0
    while at < len(said):
        step = max((len(p) for p in phrases if tuple(said[at : at + len(p)]) == p), default=0)
        if not step:
            return False
        at += step
    return True


def _said_alone(turn: Turn, u: Understanding, intent: str) -> bool:
    """Whether the message is `intent`'s phrases and fillers only: "ye to galat hai" disputes the answer, but
    "this is wrong, the limit is 5 crore" says the limit and "certificate me naam galat hai" asks to correct it."""
    said = keys(u.text)
    phrases = turn.snap.matcher.intents.present_words(intent, said)
    return intent in u.intents and bool(phrases) and not set(said) - phrases - turn.snap.matcher.fillers


def _greeting_in_passing(turn: Turn, u: Understanding) -> bool:
    """A greeting said only in words that are also fillers ("hi", which is also Hindi's ही) greets only where a
    greeting stands, first: "hi sahayak" does; "mere bete ne pehle hi le liya hai" does not."""
    said = keys(u.text)
    greeting = turn.snap.matcher.intents.present_words("greeting", said)
    return bool(greeting) and greeting <= turn.snap.matcher.fillers and said[0] not in greeting


def _only_everyday_words(turn: Turn, u: Understanding, close: list[str]) -> bool:
    """A lone "did you mean" named by one everyday word of a scheme's name ("market", "bill") beside
    words the bot does not know is no real candidate: the message is about something else."""
    if len(close) != 1 or u.best is None or u.best.label != close[0] or len(u.best.matched) != 1:
        return False
    about_else = bool(u.unknown or u.vetoed)  # "sabzi", "trademark"; "credit card" rules out CGTMSE
    return about_else and u.best.matched <= turn.snap.matcher.ordinary_name_words


def _discussed_not_guessed(turn: Turn, u: Understanding, close: list[str]) -> list[str]:
    """The scheme the chat is about (or the two just set side by side), when a vague follow-up's words only
    fit another one never talked about and not called by its name ("koi number hai" after PMEGP's portal
    trouble: PMEGP's, not "do you mean Udyam?"; "कुल कितना प्रतिशत" after ZED's subsidy: ZED's)."""
    talked = follow_ups.talked_about(turn)
    if u.named or set(close) & set(talked):
        return []
    together = schemes_meant.named_together_last(turn)
    if not close:  # ("which is faster?" after two compared: a detail of each)
        return together if len(together) > 1 and turn.snap.details.asked(u.text) else []
    # ("party paise nahi de rahi" in a PMEGP chat tells a need of its own, no part asked: "do you mean Samadhaan?")
    if not (u.aspect or turn.snap.details.asked(u.text) or "helpline" in u.intents):
        return []
    if _a_loan_elsewhere(turn, u):  # ("loan kaise milega" after Udyam: a new need, "which loan?")
        return []
    if turn.session.topic and _only_elsewhere(turn, u):  # ("सब्सिडी कितने प्रतिशत" after Udyam: none there)
        return []
    if len(together) > 1:
        return together
    # (past a fallback that offered it back: "csc kahan milega" after PM Vishwakarma's steps)
    offered = {o.payload.split()[1] for o in turn.session.options if o.payload.startswith("@scheme ")}
    topic = turn.session.topic or next((t for t in talked[:1] if t in offered), None)
    return [topic] if topic in turn.snap.knowledge.schemes and topic not in u.vetoed else []


def _part_of_each(turn: Turn, schemes: list[str], u: Understanding) -> list[Reply]:
    """The part or detail asked, of each scheme: the lines that say it ("Udyam: free"), else the part where it
    would be, honest that it is not on file ("GeM: fee not in my knowledge base")."""
    found = {sid: follow_ups.detail_lines(turn, sid, u) for sid in schemes}
    # ("which has a budget of 478 crore" after MSE-GIFT vs CGTMSE: the one whose record says a budget)
    figure = any(ch.isdecimal() for ch in u.text)  # (not "कौन सा जल्दी है", which each one's answer tells)
    if figure and says_any(u.text, word_list("words", "which_one_asks")) and any(found.values()):
        schemes = [sid for sid in schemes if found[sid] is not None]
    replies = []
    for sid in schemes:
        lines = found[sid]
        if lines is not None:
            replies.append(responses.facts(turn, sid, lines, u))
            continue
        aspect = u.aspect or turn.snap.details.part(turn.snap.details.missing(sid, u.text)) or "overview"
        replies.append(responses.scheme(turn, sid, aspect, u, confidence=0.8))
    return responses.in_sequence(turn, replies)


def _called_a_scheme(u: Understanding) -> bool:
    """ "cluster yojana", "cluster wali scheme": the everyday word names a scheme, by a scheme word right
    after it (at most one word between) and no unknown word right before it ("sabzi market yojana")."""
    said = keys(u.text)
    nouns, unknown = word_keys("called_nouns"), set(u.unknown)
    return any(
        k in u.best.matched and nouns & set(said[i + 1 : i + 3]) and not (i and said[i - 1] in unknown)
        for i, k in enumerate(said)
    )


# The parts of a scheme one may ask of a list without naming which ("documents?", "kitna milega?").
LIST_ASPECTS = ("benefits", "eligibility", "documents", "apply")


def _of_the_list(turn: Turn, u: Understanding, text: str) -> list[str]:
    """The schemes just listed, when the message asks a part of one without naming it ("how much money
    will I get?", "documents?"); its everyday words ("paisa": payments) point to no scheme of the list."""
    session = turn.session
    best = _asks_which_for_me(turn, u, text)  # "कौन सी योजना सबसे अच्छी है": of those listed
    if session.topic or u.named or u.not_covered or (u.intents and not best) or groups.asked(text):
        return []  # ("helpline number", "which loan scheme for women?" ask something else)
    if any(o.payload.startswith("@schemes ") for o in session.options):
        return []  # the catalogue's page was no answer to a need: "loan chahiye" after it is a new question
    if schemes_meant.each_offered(turn, u, text):  # "documents for both"
        return []
    listed = menus.schemes_offered(session.options)
    if len(listed) < 2 or not (best or u.aspect in LIST_ASPECTS or questions.asks_for_money(text)):
        return []
    if u.confident and u.best.label in listed:  # "subsidy kitni?" after a list with PMEGP: PMEGP's
        return []
    lenders = questions.lending(u)
    if lenders and not set(lenders) & set(listed):  # "loan milega?" after ODR and Samadhaan: a new need
        return []
    return listed if not u.confident or turn.snap.matcher.only_shared_words(u) else []


def _estimated_of_the_list(turn: Turn, u: Understanding, text: str) -> str | None:
    """After schemes listed for a need, what the user tells of their project ("in a town, 30 lakh", "I'm a
    woman"), or "how much subsidy?" when one listed gives it, is about the one listed whose subsidy is worked
    out from such facts (PMEGP): its amounts for them, not "which one?" or another list."""
    session = turn.session
    if session.topic or u.named or u.not_covered or u.intents:
        return None
    if any(o.payload.startswith("@schemes ") for o in session.options):
        return None  # (a page of the catalogue lists no need's schemes)
    listed = menus.schemes_offered(session.options)
    estimable = _estimable(turn, listed, text)
    if estimable is None:
        return None
    topic, told = estimable
    telling = told.area or told.cost or (told.category and questions.tells_own_case(text))
    return topic if telling else _subsidy_asked(turn, u, listed)


def _whole_situation(turn: Turn, u: Understanding, text: str, first_steps: list[str]) -> str | None:
    """The scheme whose subsidy is worked out from a situation the message tells whole, its cost, place and
    category ("manufacturing unit costing 40 lakh in a rural area, I'm general category", "गाँव में 40 लाख की
    मैन्युफैक्चरिंग यूनिट, सामान्य वर्ग"): of the schemes a business starts with, or of all when the message
    names nothing else; its figures straight away, not a list to pick from."""
    # ("मैं शिमला के पास गाँव से हूँ, …": "के पास", near, is no centre asked beside all three)
    if turn.session.topic or u.named or set(u.intents) - {"where"} or (not first_steps and u.confident):
        return None
    estimable = _estimable(turn, first_steps or list(turn.snap.knowledge.schemes), text)
    if estimable is None:
        return None
    topic, told = estimable
    return topic if told.cost and told.area and told.category else None


def _estimable(turn: Turn, schemes: list[str], text: str) -> tuple[str, subsidy_estimate.Situation] | None:
    """The one of `schemes` whose subsidy can be worked out, and what `text` tells of the situation it needs."""
    known = turn.snap.knowledge.schemes
    found = [(s, rules) for s in schemes if (rules := subsidy_estimate.rules(known[s], turn.lang))]
    if len(found) != 1:
        return None
    topic, rules = found[0]
    return topic, subsidy_estimate.situation(rules, known[topic], [text], turn.lang)


def _subsidy_asked(turn: Turn, u: Understanding, schemes: list[str]) -> str | None:
    """The one of `schemes` that give a subsidy, when "how much subsidy?" asks it (not "which one gives a
    subsidy?") and its amounts can be worked out. Which give one is what any word for it points to: other words
    of the message may name a scheme best ("start a bakery … subsidy"), and ZED's phrases say it in English."""
    said = set(keys(u.text))
    which = word_keys("which_words") - questions.WHAT_KEYS  # ("subsidy kya milegi" asks how much)
    if u.aspect != "benefits" or not said & word_keys("subsidy_words") or said & which:
        return None
    giving = turn.snap.understand(" ".join(word_list("words", "subsidy_words"))).topics
    pointed = [h.label for h in giving if h.label in schemes]
    if len(pointed) != 1:
        return None
    scheme = turn.snap.knowledge.schemes[pointed[0]]
    return pointed[0] if subsidy_estimate.rules(scheme, turn.lang) else None


def _still_the_one_discussed(turn: Turn, u: Understanding, close: list[str]) -> bool:
    """Whether a message whose words fit several schemes is about the one discussed: it is among them, or
    the words are the ones they share, or its record has lines on them; not a loan it does not give."""
    session_topic = turn.session.topic
    kept = session_topic in close or follow_ups.kept_topic(turn, u) or follow_ups.said_of_it(turn, u)
    return bool(kept) and not _a_loan_elsewhere(turn, u)


def _a_loan_elsewhere(turn: Turn, u: Understanding) -> bool:
    """Whether the message asks for a loan that the scheme discussed does not give (Udyam, ODR)."""
    lenders = questions.lending(u)
    return bool(lenders) and turn.session.topic not in lenders


def _for_me(turn: Turn, u: Understanding) -> list[str]:
    """Which scheme suits the user, asked after telling of oneself and getting one scheme ("I run a tailoring
    unit…", then "which scheme should I use?"): that one beside the schemes a small business starts with."""
    discussed = turn.session.topic
    if u.named or discussed not in turn.snap.knowledge.schemes:
        return []
    return list(dict.fromkeys((discussed, *scheme_lists.FIRST_STEPS)))


def _listed_that_give(turn: Turn, u: Understanding, listed: list[str]) -> list[str]:
    """Of the schemes just listed, those whose words the message's own point to, when it asks which one
    ("which one gives subsidy?", "इनमें से किसमें सब्सिडी है"), in the list's order."""
    if not listed or not set(keys(u.text)) & word_keys("which_words"):
        return []
    pointed = {h.label for h in u.topics}
    return [s for s in listed if s in pointed]


def _free(turn: Turn, topic: str | None) -> bool:
    """Whether the scheme's record says it costs nothing."""
    said = turn.snap.facts.mentioning(topic, word_list("words", "free_words"), "en", 1) if topic else None
    return said is not None


def _named_elsewhere_only(u: Understanding) -> bool:
    """A scheme we do not cover asked about, whose everyday words fit one of ours: "यूपी की ODOP योजना में
    मार्जिन मनी कितनी" asks ODOP's margin money, not PMEGP's; "mudra loan mila tha, ab subsidy?" tells of it,
    and "factory ki chhat pe solar" says all of home rooftop solar's words and more of ours; "msme registration
    ke liye gst return zaroori hai?" and "aadhar card chahiye?" in a Udyam chat ask what our scheme requires."""
    return (
        u.best is not None
        and u.best.label not in u.named
        and not u.not_covered_words <= u.best.matched
        and u.aspect != "eligibility"
        and not _asks_required(u.text)
        and not questions.tells(u.text)
    )


def _asks_required(text: str) -> bool:
    """Whether a message asks what a scheme requires: "zaroori hai?", or "chahiye?" of a paper named with its
    form ("aadhar card chahiye?"; "I need a trade licence" asks for the licence itself)."""
    said = set(keys(text))
    needed = said & word_keys("needed_asks") and said & word_keys("document_forms")
    return bool(said & word_keys("required_words") or needed)


def _not_covered(turn: Turn, u: Understanding, place: str | None = None) -> Reply:
    """An honest "no details on Mudra" (for the `place` told next too) with the schemes its words also point to,
    and the lines of ours that help with it ("bank loan nahi de raha": CGTMSE's collateral-free loans, the
    Champions complaint portal)."""
    related = _related_to_not_covered(u)
    helping = covered_instead.helping_lines(turn.snap.facts, u.not_covered, turn.lang)
    answer = menus.not_covered(u.not_covered, turn.snap.knowledge, related, turn.lang, helping, place)
    # understood, and about something else: "address?" or "documents?" next is not about what came before
    # (unless it asked of the scheme discussed: "isme health insurance milta hai?")
    turn.session.centres = []
    if not says_any(u.text, word_list("words", "this_words")):
        turn.session.topic = turn.session.aspect = None
    return turn.reply(answer, "fallback", confidence=0.0, runners_up=tuple(related))


def _related_to_not_covered(u: Understanding) -> list[str]:
    """Ours on offer beside a scheme we do not cover: those a word they share points to ("mudra loan": the
    loan schemes), or the one its other words name ("ODOP ki margin money?": PMEGP's); not one its own
    phrase's words touch by chance ("bank loan nahi de raha": "nahi de" is no buyer's unpaid bill). One of
    ours called by its name comes first ("bank manager pmegp loan nahi de raha": PMEGP, not MSE-GIFT)."""
    named = [hit.label for hit in u.topics if hit.label in u.named]
    if named:
        return named[:3]
    sharing: dict[frozenset[str], list[str]] = {}
    for hit in u.topics:
        sharing.setdefault(hit.matched, []).append(hit.label)
    top = u.best
    if top and len(sharing[top.matched]) == 1 and top.score >= CLARIFY_THRESHOLD and _named_elsewhere_only(u):
        return [top.label]
    return next((labels[:3] for labels in sharing.values() if len(labels) > 1), [])


def _sized(turn: Turn, text: str, u: Understanding) -> FactMatch | None:
    """The MSME classes with their limits, for "what is msme?", and the class of the figures a message
    states when it asks which class ("turnover 3 crore ... to mai kya hu"); only about registration
    or nothing else in particular."""
    knowledge = turn.snap.knowledge
    definition = knowledge.general.get("msme_definition") or {}
    if not definition or REGISTRATION not in knowledge.schemes:
        return None
    if "agent" in u.intents or (u.confident and u.best.label != REGISTRATION):  # "pmegp me 50 lakh..."
        return None
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


def _next_after_registering(turn: Turn, u: Understanding, text: str) -> bool:
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


# Parts of a scheme asked in words of their own ("papers", "whom to contact") beat a detail's words beside them.
NAMED_OUTRIGHT = ("documents", "contact")
# ... and so do the steps, unless the detail is about them ("how long does MSEFC take to decide"), and
# eligibility asked by its own name or beside a missing GST ("GST nahi hai, udyam ban sakta hai?"; "byaj
# milega kya?" asks the interest itself), or another way in ("Udyam Assist, where do I go for it": through banks).
STEPS_DETAILS = ("processing_time", "rejection", "fee", "udyam_assist", "other_online_way")
# Details whom a scheme is for, asked beside them, wins over: "can a state agency apply for upgrading an old
# industrial estate" after MSE-CDP asks who may apply, not the upgrade's grant.
ELIGIBILITY_OVER = ("gst", "estate_upgrade")


# Requests that a language named beside them only qualifies: "koi helpline jisme hindi me baat ho sake".
ASKS_BESIDE_LANGUAGE = frozenset({"helpline", "centre_find", "scheme_list"})

# A one-word "helpline" in a longer message than this mentions a helpline; it does not ask for one.
HELPLINE_MAX_WORDS = 6


# "ok", "theek hai", "haan ji": an acknowledgement is short.
ACK_MAX_WORDS = 3


def set_language(turn: Turn, u: Understanding) -> None:
    """Detected language applies until the user chooses one; a message of bare names keeps the last, and
    before any message showed one ("pmegp", "ok" first) the channel's default answers and decides nothing:
    "ok" then "thik hai" is a Hindi speaker's."""
    turn.input_language = u.input_language
    # "thanks bhai", "ok bye", "hii sir" in the middle of a conversation say little about its language.
    small_talk = (
        u.input_language != "hi"
        and len(u.text.split()) <= ACK_MAX_WORDS
        and bool(u.intents)
        and set(u.intents) <= {*SMALL_TALK, "ack"}
        and not u.topics
        and not says_any(u.text, word_list("words", "stuck_words"))  # "nahi ho raha" is no "ok"
    )
    # "and documents?", "and for women?" in a Hindi conversation go on with it ("tell me more" is English)
    few_english = u.input_language == "en" and len(u.text.split()) <= ACK_MAX_WORDS and continues(u.text)
    keeps_hindi = few_english and turn.session.last_language == "hi"
    # ("aur?" in an English chat after a list of centres goes on in English)
    only_goes_on = set(keys(u.text)) <= word_keys("continuations") | word_keys("list_goes_on")
    kept = small_talk or keeps_hindi or only_goes_on
    if shows_language(u.text) and (turn.session.last_language is None or not kept):
        turn.session.last_language = reply_language(u.input_language)
    turn.lang = turn.session.language or turn.session.last_language or turn.lang
