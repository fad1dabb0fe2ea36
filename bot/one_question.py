"""One question understood and answered: a centre, a scheme or one of its details, a group, the schemes
a need points to, a follow-up, a menu, an honest "not covered", a "did you mean", or the fallback, in that
order of evidence."""

from dataclasses import replace

from bot import (
    after_a_list,
    after_a_pause,
    after_filing,
    after_steps,
    artisan_loans,
    business_told,
    buyer_told,
    centre_questions,
    centre_scheme,
    class_rule_asked,
    complaint_routes,
    covered_instead,
    craft_centres,
    crop_farmer,
    figure_named,
    follow_ups,
    group_answers,
    groups,
    hearsay,
    interest_claimed,
    known_numbers,
    loan_in_chat,
    menu_requests,
    menus,
    money_asked,
    msme_size,
    name_told,
    named_list,
    named_scheme,
    not_covered_reply,
    number_asked,
    own_case,
    own_details,
    own_sales,
    paper_needed,
    payloads,
    questions,
    ranking,
    responses,
    scam_checks,
    scams,
    scheme_lists,
    schemes_meant,
    selling_online,
    several_needs,
    situations,
    subsidy_estimate,
    taking_both,
    tickets,
    trouble_reports,
    turn_language,
    unknown_scheme,
    unpaid_sale,
    verdicts_told,
    vouching,
    where_help,
    why_refused,
    work_subsidy,
)
from bot.answers import COMPLAINTS, REGISTRATION
from bot.language import language_asked
from bot.matcher import ANSWER_THRESHOLD, SECTION_ASPECTS, Understanding
from bot.messages import Reply
from bot.normalize import clean, keys, says_any
from bot.phrases import phrase_word_keys, word_forms, word_keys, word_list
from bot.turn import Turn


def answer(turn: Turn, text: str, keep_language: bool = False) -> list[Reply]:
    """Answer one question; `keep_language` when it is a part of a message whose language is set. A claim the
    user heard is answered from the part that holds its fact, opened with whether the record agrees."""
    replies = _answered(turn, text, keep_language)
    if replies:
        replies[0] = hearsay.checked_answer(turn.snap.knowledge, text, replies[0], turn.lang)
    return replies


def detail_or_part(
    turn: Turn, u: Understanding, scheme: str, aspect: str | None, confidence: float = 0.8
) -> list[Reply]:
    """A scheme meant without being named ("aur dusra wala?", "pehle wali yojana ke documents"): the lines of the
    detail asked, else its `aspect`."""
    lines = follow_ups.detail_lines(turn, scheme, u)
    if lines is not None:
        return [responses.facts(turn, scheme, lines, u)]
    return [responses.scheme(turn, scheme, aspect, u, confidence=confidence)]


def _answered(turn: Turn, text: str, keep_language: bool) -> list[Reply]:
    text = why_refused.asked(turn, text)  # "why" after "my application was rejected": why it was
    u = turn.snap.understand(text)
    apart = hearsay.own_clauses(text)
    checked = hearsay.checked_part(text, u.aspect, turn.snap.understand(apart).aspect if apart else None)
    if checked:  # "suna hai pmegp me 50% subsidy milti hai": its benefits; "sirf sarkari bank dete hai": who
        u = replace(u, aspect=checked)
    u = artisan_loans.led_by_trade(turn, u, text)  # "main badhai hu, bina guarantee loan": PM Vishwakarma's
    u = unpaid_sale.as_late_payment(
        u, text
    )  # "gem pe order supply kiya tha par payment nahi de raha": Samadhaan
    u = interest_claimed.as_interest_claimed(u, text)  # "kya main byaj le sakta hu": a late buyer's interest
    u = crop_farmer.as_farm_matter(u)  # "main kisan hu, kaunsi yojana": farm schemes are not on file
    if keep_language:
        turn.input_language = u.input_language
    else:
        turn_language.set_language(turn, u)
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
    if matter:  # "ab kya karu" after "bank ne loan dene se mana kar diya": no more on file, a person offered
        return [not_covered_reply.again(turn, matter)]
    there = covered_instead.place_after(turn, u, text)
    if there:  # "gorakhpur" after "csc kahan hai": none there either
        return [not_covered_reply.reply(turn, *there)]
    denied = _said_not_running(turn, u, text)
    if denied:  # "बैंक वाले कहते हैं ऐसी कोई योजना ही नहीं है" after MSE-GIFT: what the record says, how sure
        return payloads.handle_payload(turn, f"@sure {denied}", u)
    ruled_out = group_answers.ruled_out_before(turn, u, text)
    if (
        ruled_out
    ):  # "तो फिर क्या करूँ" after Samadhaan's "medium enterprises are not covered", one told: no steps
        return [
            turn.reply(menus.ruled_out(turn.snap.knowledge, session.topic, ruled_out, turn.lang), "clarify")
        ]
    retold = own_case.retold(turn, u, text)
    if retold:  # (told again with one's schooling or age: whether one qualifies now)
        u = replace(u, aspect="eligibility" if subsidy_estimate.tells_more(text) else session.aspect)
    if own_case.next_after_registering(
        turn, u, text
    ):  # "I got my Udyam certificate, what next": what it opens
        u = replace(u, aspect="benefits")
    if class_rule_asked.asked_in_chat(turn, u, text):  # "badi project ke liye 8th pass chahiye?" after PMEGP
        u = replace(u, aspect="eligibility")
    paper_of = paper_needed.of_discussed(turn, u)
    if paper_of:  # "udyam certificate lagega?" after TReDS: TReDS's papers, which name it
        return [responses.scheme(turn, paper_of, "documents", u, confidence=0.8)]
    # (not "CA ne bola limit 1 crore hai": the CA's figure)
    sized = own_case.sized(turn, hearsay.own_words(text), u)
    if sized is not None:  # "turnover 3 crore, machine me 50 lakh lagaya, to mai kya hu?"
        return [responses.facts(turn, REGISTRATION, sized, u)]
    session.topic = session.topic or follow_ups.back_from_an_aside(turn, u)  # "iske liye" past an aside
    told = situations.answer(turn, u, text)
    if told:  # "पैसे नहीं हैं", "padhai chal rahi h to bhi?", "is that ok?" after PMEGP's rules: no "OK"
        return told
    ranked = ranking.best_on_file(turn, u, text)
    if ranked is not None:  # "kaunsa platform best hai" after TReDS: the five on file, ranked by none
        return [ranking.with_no_ranking(responses.facts(turn, session.topic, ranked, u))]
    # "dusri wali me fees kitni" after PMEGP vs PM Vishwakarma: PM Vishwakarma's fee; "pmegp aur cgtmse dono ka
    # naam suna hai. pehle wala kya hai?": PMEGP
    nth = (
        schemes_meant.nth_named_last(turn, u, text)
        or named_list.named_here(u, text)
        or named_list.described(turn, u, text)  # "guarantee wala batao" after a list with CGTMSE
    )
    if nth:
        return detail_or_part(turn, u, nth, u.aspect or "overview")
    earlier = follow_ups.earlier_topic(turn, u, text)
    if earlier is not None:  # "pehle wali yojana ke documents" after GeM, then TReDS: GeM's
        return detail_or_part(turn, u, earlier, u.aspect or session.aspect)
    unclear = follow_ups.earlier_unclear(turn, u, text)
    if unclear:  # "pehle wali yojana ke documents" after the schemes offered for Mudra: which of them
        return [responses.which_listed(turn, unclear, u.aspect or "overview")]
    together = schemes_meant.taken_together(turn, u, text)
    if together:  # "can I take both" after PM Vishwakarma and PMEGP: its rule on a PMEGP loan
        return taking_both.answer(turn, u, together)
    each = schemes_meant.each_offered(turn, u, text)
    if each:  # "documents for both" after "samadhaan vs odr", "aur fees?" after Udyam's and GeM's: each one's
        return _part_of_each(turn, each, u)
    # (after a list, "sanand one address" is about a centre listed: the follow-ups below see to it)
    place = turn.snap.finder.place_said(text) if u.confident and not session.centres else None
    if centre_questions.only_in_place(turn, u, text, place):
        # "udham singh nagar me mudra loan kaise milega": "udham" names the place, not Udyam
        u = turn.snap.understand(centre_questions.without_place(text, place))
    markets = selling_online.platforms(turn, u, text)
    if markets:  # "ऑनलाइन बेचना चाहते हैं, कोई सरकारी प्लेटफॉर्म है?": GeM and MSME Mart, not "do you mean GeM?"
        return [responses.schemes_for_need(turn, markets, u)]
    idea = business_told.idea_told(turn, u, text)
    if idea:
        # "main student hu pune se, ek drone spraying ka idea h": the schemes for an idea, not Pune's centres
        return [business_told.reply(turn, idea, u)]
    needs, apart, said = several_needs.schemes(turn, u, text)
    if needs:  # "I run a home bakery … What should I do first? Can I sell to government offices?": one list
        return [responses.schemes_for_need(turn, needs, u, apart, said)]
    crafted = craft_centres.answer(turn, u, text)
    if crafted is not None:  # "itr banane ki training kahan milegi": FFDC Kannauj
        return [crafted]
    officer = complaint_routes.about_an_officer(turn, u, text)
    if (
        officer
    ):  # "where can I complain about a government officer…": the grievance portal, not a centre search
        return [officer]
    centre_reply = centre_questions.answer(turn, u, text)
    if centre_reply is not None:
        return centre_reply
    # "udyami helpline number", then "is it working?": the line again, honest about what is not known
    asked = follow_ups.about_the_helpline(turn, u, text)
    if asked:
        return [responses.helpline_again(turn, follow_ups.helpline_meant(turn, u), u, asked)]
    if follow_ups.contact_again(turn, u):  # "aur koi email?" after the general lines: them again
        return [responses.helpline(turn, follow_ups.helpline_meant(turn, u), u)]
    numbered = known_numbers.owners(turn.snap.knowledge, text)
    if numbered:  # "Is the 1800-180-6763 number still working?": that line, and what is known of it
        return [responses.helpline_again(turn, numbered[0], u, "status")]
    number_of = number_asked.scheme_meant(turn, u, text)
    if number_of:  # "नंबर दो" after Udyam's complaint route: its lines (the general phone), not a fallback
        return [responses.helpline(turn, number_of, u)]
    if own_case.relative_asked(
        turn, u
    ):  # "what about my wife?", "aur mere bhai ke liye?": the rules, for them
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
        and not (u.not_covered and not (questions.tells(u.text) and follow_ups.speaks_of_it(turn, u)))
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
        # (a detail not on file with a part of its own is said there: "ट्रेनिंग कहाँ होगी", PMEGP's steps with the EDP)
        aspect = turn.snap.details.part(turn.snap.details.missing(topic, u.text)) or u.aspect
        return [responses.scheme(turn, session.topic, aspect, u, confidence=0.8)]
    if (
        u.not_covered
        and not session.topic
        and turn.snap.matcher.named_by_aspect_words(u)
        and not scam_checks.scam(u, text)  # "10% cut dega to mudra loan pass karwa dega": the warning, below
    ):
        # "mudra loan, tarun category": "category" names no scheme of ours
        return [not_covered_reply.reply(turn, u)]
    if unknown_scheme.called_unknown(
        u
    ):  # "ujala yojana ka form": no scheme of that name on file, not the list
        return [responses.fallback(turn, u)]
    official = scam_checks.official_asked(turn, u, text)
    if official:  # "what's the official one" after a fake Udyam site: Udyam's address on file
        return [responses.scheme(turn, official, "contact", u, confidence=0.8)]
    # "paise bhej du kya?", "wo KVIC officer bol raha", "क्या ये सही है?" after a warning
    if scam_checks.after_a_warning(turn, u):
        # "and an agent wants 2000 for PMEGP"; "shikayat kaha kare" names the complaint portal, not the scam's
        named = u.confident and u.best.label != COMPLAINTS
        scheme = u.best.label if named else session.topic
        # ("उसने कहा udyamregistration.org.in पर फीस भरो": the real address too)
        site = scam_checks.look_alike(turn, text)
        return payloads.handle_payload(turn, f"@fraud {scheme or '-'} {site}".rstrip(" -"), u)
    doubted = follow_ups.doubted_detail(turn, u)
    if doubted is not None:  # "bank girvi maang raha hai", then "is that allowed?": CGTMSE's collateral lines
        return [responses.facts(turn, session.topic, doubted, u)]
    figure_now = verdicts_told.figure_asked_after(session, u)
    if figure_now:  # "abhi kitna hai" after "✗ … Guarantee limit Rs 10 crore": that line again
        return [responses.facts(turn, *figure_now, u)]
    if menu_requests.said_alone(
        turn, u, "disputed"
    ):  # "galat jawab hai ye": sorry, a person offered (not "correct it")
        return payloads.handle_payload(turn, "@disputed", u)
    # "matlab?", "kya?": the scheme talked about in one line, or how to ask
    if clean(text) in word_forms("confused_alone"):
        return payloads.handle_payload(turn, "@confused", u)
    # "phir se batao", "sorry, again please, slower": that answer again, not the next part
    if menu_requests.said_alone(turn, u, "repeat", also=word_keys("said_again_words")):
        return payloads.handle_payload(turn, "@again", u)
    vouched = _sure_about_named(turn, u)
    if vouched:  # "How sure are you about the PMEGP subsidy rates?": how sure PMEGP's record is
        return payloads.handle_payload(turn, f"@sure {vouched}", u)
    if vouching.asks_if_right(text) and (tickets.last_answer(session) or tickets.claim_told(session)):
        return payloads.handle_payload(turn, "@sure", u)  # "is this right?" after an answer: the fact again
    prize = scam_checks.prize(turn, u, text)
    if prize:  # "MSME lottery jeeti hai, fee bharni hai": the ministry runs none
        return prize
    name = name_told.told(turn, u, text)
    if name:  # "you can call me Ravi": a name, not a call-back asked for
        return [name_told.reply(turn, name)]
    if _asks_for_person(turn, u, text):
        if u.confident and u.best.label in turn.snap.knowledge.schemes:  # "someone at CGTMSE": its own lines
            session.topic = u.best.label
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
        steps = responses.scheme(turn, COMPLAINTS, "apply", u, confidence=0.7)
        return [complaint_routes.only_the_route(turn, steps)]  # (not its ZED pledge's steps)
    # (after the warnings and a person asked for: "agent ne 2000 le liye aur registration nahi ho raha" is a scam)
    stuck = trouble_reports.in_a_chat(turn, u, text)
    if stuck is not None:  # "portal nahi khul raha" after Udyam's steps: where its help is, and a person
        return [stuck]
    followed = after_filing.lines(turn, u, text)
    if followed:  # "I filed a case … nothing has happened": the MSEFC's 90 days, not the filing steps again
        return [responses.facts(turn, session.topic, followed, u)]
    schooled = own_case.schooling_beside_a_cost(turn, u, text)
    if schooled:  # "main 7vi pass hu, 12 lakh ka manufacturing unit": PMEGP's class rule on that cost
        return [responses.scheme(turn, schooled, "eligibility", u, confidence=0.7)]
    # "ye to pata hai, mujhe exact batao 10 lakh ke project pe" after PMEGP: its amounts worked out
    costed = own_case.project_cost(turn, u, text)
    if costed:
        # ("to 9 lakh ka kar du?" after "7vi pass hu, 12 lakh ka unit": whether that cost needs the class)
        aspect = "eligibility" if own_case.schooling_ruled_on(turn, costed) else "benefits"
        return [responses.scheme(turn, costed, aspect, u, confidence=0.8)]
    across = group_answers.needing_registration(turn, u, text)
    if across:  # "which schemes need udyam?", "किन योजनाओं में उद्यम जरूरी है": each one's lines naming it
        return [responses.needing_registration(turn, across)]
    beyond = group_answers.beyond_registration(turn, u)
    if beyond:  # "udyam ho gaya, ab aur kya yojana hai": the others that name it, not Udyam's answer again
        return [responses.needing_registration(turn, beyond)]
    needing = follow_ups.needs_registration(turn, u, text)
    if needing is not None:  # "iske liye udyam zaruri h?" in a TReDS chat: what TReDS's record says
        return detail_or_part(turn, u, needing, "eligibility", confidence=0.7)
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
    estimated = after_a_list.estimated(turn, u, text)
    if estimated:  # "in a town, 30 lakh" after the schemes a bakery starts with: PMEGP's subsidy for it
        return [responses.scheme(turn, estimated, "benefits", u, confidence=0.7)]
    running_listed = scheme_lists.running_after_a_list(turn, u)
    if (
        running_listed
    ):  # "then what can I get?" after the schemes for a bakery 2 years old: those that take it
        new_only = [s for s in scheme_lists.NEW_UNITS_ONLY if s in turn.snap.knowledge.schemes]
        return [responses.schemes_for_need(turn, running_listed, u, new_only)]
    by_figure = figure_named.scheme(turn.snap.knowledge, u, text)
    if by_figure:  # "the one with the 15-35 percent subsidy, how to apply": PMEGP's steps, not "which one?"
        return [responses.scheme(turn, by_figure, u.aspect or "overview", u, confidence=0.7)]
    listed = after_a_list.of_the_list(turn, u, text)
    giving = after_a_list.that_give(turn, u, listed)
    if giving:  # "which one gives subsidy?" after PMEGP, ZED, CGTMSE and Sambandh: PMEGP and ZED
        return [responses.schemes_for_need(turn, giving, u)]
    lending = business_told.loan_after(turn, u, text)
    if lending:  # "loan milega?" after "meri kirana ki dukan hai": CGTMSE and MSE-GIFT, not "which of these?"
        return [responses.schemes_for_need(turn, lending, u)]
    if listed:  # "कितना पैसा मिलेगा?" right after PMEGP, CGTMSE and Udyam were listed: which of them
        return [responses.which_listed(turn, listed, u.aspect or "benefits")]
    options = scheme_lists.options_of_discussed(turn, u)
    if options:  # "what are the options" after Samadhaan's answer: it and ODR, TReDS, not every scheme
        return [responses.schemes_for_need(turn, options, u)]
    if after_steps.asked(turn, u):  # "then what" after Udyam's steps: what one has once registered
        return [responses.scheme(turn, session.topic, after_steps.AFTER_STEPS, u, confidence=0.7)]
    if money_asked.asked(turn, u):  # "paisa" after PMEGP: its money, not "Samadhaan or TReDS?"
        return [responses.scheme(turn, session.topic, money_asked.MONEY_PART, u, confidence=0.6)]
    loan = loan_in_chat.answer(turn, u, text)
    if loan:  # "मुझे 20 लाख का लोन चाहिए" after CGTMSE: its loan, the other lenders named
        return [loan]
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
    subsidised = (
        after_a_list.subsidy_asked(turn, u, first_steps)
        or after_a_list.whole_situation(turn, u, text, first_steps)
        or group_answers.subsidy_for(turn, u, group)
    )
    if (
        subsidised
    ):  # "bakery kholni hai, 30 lakh, kitni subsidy milegi?": PMEGP's, worked out (and papers asked)
        return named_scheme.both_parts(
            turn, u, responses.scheme(turn, subsidised, "benefits", u, confidence=0.7)
        )
    if (
        first_steps
    ):  # "gaon me bakery kholni hai, kya madad milegi?": the schemes a small business starts with
        return [responses.schemes_for_need(turn, first_steps, u)]
    told_alone = business_told.told_alone(turn, u, text)
    if told_alone:  # "नमस्ते सर, रजाई गद्दे की दुकान है": greeted back, the schemes for such a business
        return [business_told.reply(turn, told_alone, u)]
    for_told = business_told.asked_after(turn, u, text)
    if for_told:  # "koi scheme hai?" after "meri kirana ki dukan hai": for that shop, not the whole catalogue
        return [responses.schemes_for_need(turn, for_told, u)]
    pointed, related = scheme_lists.for_need(turn.snap.knowledge, u) if not group else ([], [])
    if len(pointed) + len(related) > 1:  # "all the schemes that give subsidy or loans without collateral"
        return [responses.schemes_for_need(turn, pointed, u, related)]
    if own_sales.asks_if_one_may_sell(turn, u, text):  # "मेरा टर्नओवर 2 करोड़ है, क्या मैं बेच सकता हूँ" after TReDS
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.7)]
    still = follow_ups.still_about_it(turn, u) or follow_ups.does_it_too(turn, u)
    if still is not None:  # "buyer ka turnover 300 cr, register karna padega?" after TReDS: its rule
        return [responses.facts(turn, session.topic, still, u)]
    case_asked = situations.case_then_asked(turn, u, text)
    if case_asked:  # "उनके भाई सरकारी नौकरी में हैं, कोई दिक्कत तो नहीं?" after PM Vishwakarma: who may apply
        return [case_asked]
    # ("caste certificate nahi h chalega?" after PM Vishwakarma's papers asks whether it needs one: they name it)
    lacks = (
        session.topic in turn.snap.knowledge.schemes
        and bool(u.not_covered)
        and says_any(text, word_list("words", "lacking_words"))
        and follow_ups.speaks_of_it(turn, u)
    )
    paper = session.topic in turn.snap.knowledge.schemes and _paper_asked(turn, u)
    # "isme apply kahan karna hai csc pe?" after PM Vishwakarma: its steps, at a CSC
    if _its_own_help(turn, u):
        return [responses.scheme(turn, session.topic, u.aspect, u, confidence=0.7)]
    if u.not_covered and not_covered_reply.named_elsewhere_only(u) and not (lacks or paper):
        return [not_covered_reply.reply(turn, u)]
    # ("What schemes are there for a woman who wants to start a tailoring unit?" asks for the list for women; so does
    # "any scheme for a unit in Nagaland, …, turnover 60 lakh", whose turnover only tells its size)
    sized_only = (
        u.best is not None and u.best.matched <= msme_size.TURNOVER_WORDS | msme_size.INVESTMENT_WORDS
    )
    several = (
        group and not u.named and "scheme_list" in u.intents and (questions.asks_several(text) or sized_only)
    )
    not_on_file = follow_ups.detail_not_on_file(turn, u)
    if (
        not_on_file
    ):  # "is there any turnover limit to sell" after GeM: not on file for GeM, not Udyam's limits
        aspect = u.aspect or turn.snap.details.part(not_on_file) or "eligibility"
        return [responses.scheme(turn, session.topic, aspect, u, confidence=0.6)]
    rate = own_case.class_rate_told(turn, u, text)
    if rate is not None:  # "I am a small enterprise" after ZED's subsidy: its "small 60%", not who may apply
        return [responses.facts(turn, session.topic, rate, u)]
    if own_case.size_in_a_chat(turn, u, text):
        # "my turnover is 3 crore … eligible?" after CGTMSE asks CGTMSE's rule, not Udyam's limits
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.7)]
    if group and group_answers.class_asked_of_discussed(turn, u, group):
        # "क्या मध्यम उद्यम को मिलेगा" after PMEGP, whose lines say nothing of medium units: whom it takes
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.6)]
    # "sell to government offices and also get a loan without collateral": both
    pair = _two_needs(u, text)
    if pair and not session.topic:
        return _part_of_each(turn, pair, u)
    if _line_picked(turn, u):  # "जेम वाला चाहिए" after the general helpline lines: GeM's helpdesk
        return [responses.helpline(turn, u.best.label, u)]
    if u.confident and not u.close_topics() and not several:
        u = named_scheme.as_taking_up(
            turn, u, text
        )  # "क्या उद्यम रजिस्ट्रेशन करना चाहिए?": what it gives, not its papers
        return named_scheme.both_parts(turn, u, named_scheme.answer(turn, u, text))
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
    if where_help.asked(turn, u, text):  # "kaha madad milegi" after EFC: where it helps, not the bot's help
        return [responses.scheme(turn, session.topic, "apply", u, confidence=0.7)]
    requested = menu_requests.answer(turn, u)
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
    if (
        followup
        and not (u.confident or u.not_covered or u.intents)
        and own_case.asks_of_an_activity(turn, u, text)
    ):
        # "aur beauty parlour?" after PMEGP's negative list: whether the list names it, with its rules
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.6)]
    if followup and not (u.confident or u.not_covered) and own_case.asks_who_qualifies(turn, u, text):
        # "I'm 17", "meri age 45 hai, 8th fail hu", "किसके लिए है" after PMEGP: whether they qualify, its eligibility
        return [responses.scheme(turn, session.topic, "eligibility", u, confidence=0.6)]
    buyer = buyer_told.answer(turn, u, text)
    if buyer:  # "wo ek private company hai" after Samadhaan: its rule is for any buyer
        return [buyer]
    stray = set(u.unknown) - turn.snap.details.ask_words  # "car" in "car ki emi", not "processing"
    if paper:  # ("दिखाना पड़ता है" asks whether the paper is needed)
        stray -= phrase_word_keys("needed_asks")
    missing = (
        turn.snap.details.missing(session.topic, u.text)
        if followup and not (stray or _a_loan_elsewhere(turn, u)) and (paper or not u.not_covered)
        else None
    )
    if missing:
        # "iska byaj kitna hai?" after PMEGP: the record has no interest rate, and the answer says so, with the
        # part where it would be ("kitne din me milta h certificate": the steps, "issued online")
        aspect = turn.snap.details.part(missing) or u.aspect or "overview"  # (of another bank: the steps)
        return [responses.scheme(turn, session.topic, aspect, u, confidence=0.6)]
    if own_case.situation_told(turn, u, text):  # "general", "जनरल" answering the subsidy's "which category?"
        aspect = session.aspect if session.aspect in responses.ESTIMATE_ASPECTS else "benefits"
        return [responses.scheme(turn, session.topic, aspect, u, confidence=0.8)]
    if u.not_covered and u.best is not None and u.best.label in u.named and u.aspect == "eligibility":
        # "pehle state govt se subsidy li thi, ab pmegp le sakte hai?": whether PMEGP takes them, by its own rules
        return [responses.scheme(turn, u.best.label, "eligibility", u, confidence=0.6)]
    if u.not_covered and not u.confident:
        return [not_covered_reply.reply(turn, u)]
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
            return named_scheme.both_parts(turn, u, responses.scheme(turn, topic, aspect, u, confidence=0.8))
        if u.aspect == "contact" and _after_the_general_lines(turn):
            # "कोई ईमेल भी है?" after the ministry's numbers: them again
            return [responses.helpline(turn, None, u)]
        if not (u.topics or u.unknown or u.vetoed):  # ("रिश्ते में संबंध…, क्या करूं" is about no scheme)
            listing = menus.scheme_list(turn.snap.knowledge, turn.lang, aspect=u.aspect)
            return [turn.reply(listing, "clarify", aspect=u.aspect, confidence=0.5)]
    for_work = work_subsidy.answer(turn, u)
    if for_work is not None:  # "dairy ke liye subsidy milti hai kya": PMEGP's, with its negative-list check
        return [for_work]
    close = [h.label for h in u.close_topics() or u.shared_word_topics()]
    if (close or retold) and (
        retold or _still_the_one_discussed(turn, u, close)
    ):  # "how much loan?" after PM Vishwakarma asks about PM Vishwakarma's loan, not "which scheme?"; "galat
        # bataya, gaon me hai" in its subsidy's chat: the subsidy again, not "Samadhaan?"
        again = named_scheme.need_told_again(turn, u, session.topic)
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
    of_centres = centre_scheme.answer(turn, u, close)
    if of_centres is not None:  # "yahan training ke liye kaun aa sakta hai" after a tool room was picked
        return [of_centres]
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
    told = own_details.tells_own(text)
    if told and session.topic not in turn.snap.knowledge.schemes:
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


def _asks_for_person(turn: Turn, u: Understanding, text: str) -> bool:
    """Asking for a person wins, even inside a question about a scheme; but a bare "agent" in a long
    message is usually the middleman the user is talking about ("an agent is asking 1500 rs"), and so
    is one in a conversation about a scheme that names a sum ("ek agent 500 rs maang raha hai")."""
    if "agent" not in u.intents or scams.paying_someone(text):  # "agent ko paise bhej du?": the middleman
        return False
    if says_any(text, word_list("words", "who_asks")):  # "are u a real person or robot": who the bot is
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
    return not (menu_requests.in_passing(u, "agent", turn_language.ACK_MAX_WORDS) and told)


def _language_as_help(u: Understanding, text: str) -> bool:
    """Whether one may also write in a language, asked beside how to use the bot: a question about the bot,
    not a request to switch the replies ("इस सेवा का इस्तेमाल कैसे करें, अंग्रेज़ी में भी पूछ सकते हैं?")."""
    return "help" in u.intents and says_any(text, word_list("words", "language_also_asks"))


def _thanks_passed_on(u: Understanding, text: str) -> bool:
    """A thanks beside saying one will pass it on ("thanks, will tell my father"), asking no part: a thanks,
    not the rules for the father (nor a stray "thanks" among words we do not know)."""
    asks_part = u.aspect not in (None, "overview")
    return "thanks" in u.intents and not asks_part and says_any(text, word_list("words", "passing_on_words"))


def _said_not_running(turn: Turn, u: Understanding, text: str) -> str | None:
    """The scheme discussed, when someone is said to deny it exists or runs ("bank wale bol rahe ye scheme band ho
    gayi", "बैंक वाले कहते हैं ऐसी कोई योजना ही नहीं है"): no other scheme named."""
    topic = turn.session.topic
    if topic not in turn.snap.knowledge.schemes or (u.named and topic not in u.named):
        return None
    return topic if says_any(text, word_list("words", "said_not_running")) else None


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


def _only_everyday_words(turn: Turn, u: Understanding, close: list[str]) -> bool:
    """A lone "did you mean" named by one everyday word of a scheme's name ("market", "bill") beside
    words the bot does not know is no real candidate: the message is about something else."""
    if len(close) != 1 or u.best is None or u.best.label != close[0] or len(u.best.matched) != 1:
        return False
    # ("sabzi", "trademark"; "credit card" rules out CGTMSE; not "स्वयं सहायता समूह", a group the scheme may take)
    about_else = bool(set(u.unknown) - groups.all_words() or u.vetoed)
    return about_else and u.best.matched <= turn.snap.matcher.ordinary_name_words


def _discussed_not_guessed(turn: Turn, u: Understanding, close: list[str]) -> list[str]:
    """The scheme the chat is about (or the two just set side by side), when a vague follow-up's words only
    fit another one never talked about and not called by its name ("koi number hai" after PMEGP's portal
    trouble: PMEGP's, not "do you mean Udyam?"; "कुल कितना प्रतिशत" after ZED's subsidy: ZED's)."""
    talked = follow_ups.talked_about(turn)
    if u.named or set(close) & set(talked):
        return []
    together = schemes_meant.named_together_last(turn)
    if len(together) > 1 and not u.aspect and own_details.says_an_age(u.text):
        return together  # ("he has never taken any loan, age 35" after PM Vishwakarma vs PMEGP: who may take each)
    if not close:  # ("which is faster?" after two comparisons.compared: a detail of each)
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
        aspect = (
            u.aspect
            or ("eligibility" if own_details.says_an_age(u.text) else None)
            or turn.snap.details.part(turn.snap.details.missing(sid, u.text))
            or "overview"
        )
        replies.append(responses.scheme(turn, sid, aspect, u, confidence=0.8))
    return responses.in_sequence(turn, replies)


def _two_needs(u: Understanding, text: str) -> list[str]:
    """Two schemes each fully met by words of their own, neither called by name, with an "also" between the
    needs ("want to sell to government offices and also get a loan without collateral"): GeM and CGTMSE, in
    the order the message has them."""
    if len(u.topics) < 2 or u.aspect not in (None, "overview"):
        return []
    first, second = u.topics[:2]  # ("I have Udyam. Want to sell …": Udyam told, not asked)
    if (
        second.score < ANSWER_THRESHOLD
        or first.matched & second.matched
        or {first.label, second.label} & u.named
    ):
        return []
    if not says_any(text, word_list("words", "also_asks")):
        return []
    return taking_both.in_order_said([first, second], text)


def _called_a_scheme(u: Understanding) -> bool:
    """ "cluster yojana", "cluster wali scheme": the everyday word names a scheme, by a scheme word right
    after it (at most one word between) and no unknown word right before it ("sabzi market yojana")."""
    said = keys(u.text)
    nouns, unknown = word_keys("called_nouns"), set(u.unknown)
    return any(
        k in u.best.matched and nouns & set(said[i + 1 : i + 3]) and not (i and said[i - 1] in unknown)
        for i, k in enumerate(said)
    )


def _still_the_one_discussed(turn: Turn, u: Understanding, close: list[str]) -> bool:
    """Whether a message whose words fit several schemes is about the one discussed: it is among them, or
    the words are the ones they share, or its record has lines on them; not a loan it does not give."""
    session_topic = turn.session.topic
    kept = session_topic in close or follow_ups.kept_topic(turn, u) or follow_ups.said_of_it(turn, u)
    return bool(kept) and not _a_loan_elsewhere(turn, u)


def _paper_asked(turn: Turn, u: Understanding) -> bool:
    """Whether a paper or a step is asked as needed for the scheme discussed, though it is also a matter we do not
    cover ("itr chahiye kya", "इनकम टैक्स रिटर्न दिखाना पड़ता है क्या" after PMEGP: not income tax itself; "इसमें
    वकील की ज़रूरत पड़ती है?" after ODR: not a lawyer of one's own)."""
    part = turn.snap.details.part(turn.snap.details.asked(u.text))
    # ("and ITR of last year?" after Udyam's GST line goes on asking what it needs; not "aur itr kaise bhare")
    going_on = _and_first(u.text) and u.aspect in (None, part)
    return part in ("documents", "apply") and (
        says_any(u.text, word_list("words", "needed_asks")) or going_on
    )


def _its_own_help(turn: Turn, u: Understanding) -> bool:
    """Whether a part of the scheme discussed is asked of it ("isme", "for this") beside a matter we do not cover
    that the scheme's own lines help with (CSCs, where PM Vishwakarma registers)."""
    # ("और अप्लाई कहाँ करना है, गाँव में CSC है": an "and" first, not "भी", also, anywhere; "apply kahan karu, CSC pe
    # hota hai kya": applying named)
    applying = u.aspect == "apply" and bool(word_keys("apply_named").intersection(keys(u.text)))
    of_it = says_any(u.text, word_list("words", "this_words")) or _and_first(u.text) or applying
    if not (u.not_covered and u.aspect in ASKED_PARTS and of_it):
        return False
    helping = covered_instead.helping_lines(turn.snap.facts, u.not_covered, turn.lang)
    return turn.session.topic in {sid for sid, _ in helping}


def _and_first(text: str) -> bool:
    said = keys(text)
    return bool(said) and said[0] in word_keys("and_words")


def _line_picked(turn: Turn, u: Understanding) -> bool:
    """Whether a short message right after the general helpline lines only names one scheme, asking no part of it
    ("जेम वाला चाहिए", "gem ka"): that scheme's line is picked from them."""
    short = len(u.text.split()) <= follow_ups.FOLLOWUP_WORDS
    named = u.confident and not u.close_topics() and u.aspect in (None, "contact")
    return short and named and not u.intents and _after_the_general_lines(turn)


def _after_the_general_lines(turn: Turn) -> bool:
    """Whether the bot's last reply gave the ministry's general helpline lines, of no one scheme (asked for, or
    with a person: "मुझे किसी अधिकारी से बात करनी है, संपर्क सूत्र दीजिए")."""
    history = turn.session.history
    return (
        bool(history) and history[-1].get("intent") in ("helpline", "agent") and not history[-1].get("topic")
    )


def _a_loan_elsewhere(turn: Turn, u: Understanding) -> bool:
    """Whether the message asks for a loan that the scheme discussed does not give (Udyam, ODR); not one asked of
    it ("इससे बैंक लोन में क्या फायदा होगा" after Udyam: what it does for a loan)."""
    lenders = questions.lending(u)
    of_it = says_any(u.text, word_list("words", "this_words"))
    return bool(lenders) and turn.session.topic not in lenders and not of_it


def _free(turn: Turn, topic: str | None) -> bool:
    """Whether the scheme's record says it costs nothing."""
    said = turn.snap.facts.mentioning(topic, word_list("words", "free_words"), "en", 1) if topic else None
    return said is not None


# The parts of a scheme a question beside a matter we do not cover may ask of it.
ASKED_PARTS = ("benefits", "eligibility", "documents", "apply")
# Requests that a language named beside them only qualifies: "koi helpline jisme hindi me baat ho sake".
ASKS_BESIDE_LANGUAGE = frozenset({"helpline", "centre_find", "scheme_list"})
