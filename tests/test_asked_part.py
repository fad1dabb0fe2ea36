"""The part of a scheme a message asks for, where a detail's words or an office stand beside it."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, user="u"):
    [reply] = respond(IncomingMessage("console", user, text), services)
    return reply


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("pmegp office", "pmegp"),
        ("GeM ka daftar", "gem"),
        ("पीएमईजीपी का दफ्तर", "pmegp"),
    ],
)
def test_an_office_after_a_schemes_name_asks_whom_to_contact(services, text, topic):
    reply = say(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", topic, "contact")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("the GeM support line please", "gem"),
        ("treds ka helpdesk number", "treds"),
        ("customer support of champions", "champions"),
    ],
)
def test_a_desk_asked_by_what_it_is_called_is_the_schemes_contact(services, text, topic):
    reply = say(services, text)
    assert reply.topic == topic and reply.aspect == "contact"


def test_a_support_person_asked_for_is_still_a_handoff(services):
    assert say(services, "i need a customer support person").intent == "agent"


def test_offices_one_sells_to_ask_no_contact(services):
    reply = say(services, "which scheme helps me sell to government offices")
    assert reply.topic == "gem" and reply.aspect != "contact"


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("who is eligible for the mse gift interest subvention", "eligibility"),
        ("How to apply for green loan interest subvention through my bank", "apply"),
        ("ग्रीन टेक्नोलॉजी लोन पर ब्याज सब्सिडी के लिए कहां आवेदन करें", "apply"),
        ("bina GST wale chhote dukandar ka udyam ban sakta hai kya", "eligibility"),
        ("I dont have GST number, only PAN card. can I still get MSME registration done?", "eligibility"),
    ],
)
def test_a_part_asked_outright_beats_a_detail_that_describes_the_scheme(services, text, aspect):
    reply = say(services, text)
    assert reply.aspect == aspect
    if aspect == "eligibility":
        assert "Who can apply" in reply.text or "कौन आवेदन कर सकता है" in reply.text


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("how long does MSEFC take to decide a delayed payment case?", "benefits"),  # the time, not the steps
        ("45 din me payment nahi aaya to buyer se byaj milega kya? kitna rate?", "benefits"),  # the interest
    ],
)
def test_a_detail_asked_of_the_steps_or_the_rules_is_still_the_detail(services, text, aspect):
    assert say(services, text).aspect == aspect


def test_efcs_contact_asked_where_is_its_honest_contact_not_a_list_we_lack(services):
    reply = say(services, "efc walo ka contact number kahan milega")
    assert (reply.intent, reply.topic) == ("helpline", "efc")
    assert "EFC" in reply.text and reply.centres == ()


@pytest.mark.parametrize("text", ["ये बॉट क्या क्या बता सकता है", "ye bot kya bata sakta hai"])
def test_what_the_bot_can_tell_is_the_help_menu(services, text):
    assert say(services, text).intent == "help"


@pytest.mark.parametrize(
    "text", ["aloo paratha kaise banate hai", "income tax slab for small business owners this year"]
)
def test_a_recipe_or_a_tax_slab_gets_no_scheme(services, text):
    reply = say(services, text)
    assert reply.intent == "fallback" and reply.topic is None


def test_an_office_asked_in_a_schemes_chat_is_said_not_on_file_with_its_steps_on_offer(services):
    # (the DIC/KVIC addresses are not in the knowledge base: said so, the centre search, and how to apply)
    say(services, "pmegp loan", user="office")
    reply = say(services, "mere shehar me koi office hai?", user="office")
    assert reply.intent == "centre_find" and reply.centres == ()
    assert "(DIC)" in reply.text and "@scheme pmegp apply" in [o.payload for o in reply.options]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "I have Udyam registration as a micro enterprise. My buyer has not paid for 120 days. What can I do?",
            "samadhaan",
        ),
        ("My Udyam registration is done. Now I want to sell my products to government offices, how?", "gem"),
        ("मेरे पास उद्यम रजिस्ट्रेशन है, खरीदार ने 4 महीने से पैसा नहीं दिया, क्या करूं", "samadhaan"),
    ],
)
def test_udyam_told_as_had_leaves_the_question_to_the_need_beside_it(services, text, topic):
    assert say(services, text).topic == topic


def test_udyam_asked_about_is_still_udyam(services):
    assert say(services, "udyam registration kya hai").topic == "udyam"


@pytest.mark.parametrize(
    ("first", "then", "topic", "aspect"),
    [
        ("treds kya hai", "galat likh diya, samadhaan", "samadhaan", "overview"),
        ("treds kya hai", "my mistake, I meant samadhaan", "samadhaan", "overview"),
        ("pmegp documents", "same for cgtmse", "cgtmse", "documents"),
        ("pmegp ke documents", "udyam registration me galti ho gayi, kaise sudhare", "udyam", "change"),
        ("cgtmse", "iske liye kahan jana padega", "cgtmse", "apply"),
    ],
)
def test_a_slip_corrected_or_the_same_asked_again_keeps_what_was_asked(services, first, then, topic, aspect):
    user = f"{first}|{then}"
    say(services, first, user=user)
    reply = say(services, then, user=user)
    assert (reply.topic, reply.aspect) == (topic, aspect)


@pytest.mark.parametrize(
    ("text", "intent"),
    [("gud mrng", "greeting"), ("kuch puchna hai", "greeting"), ("give me the number", "helpline")],
)
def test_openers_users_write(services, text, intent):
    assert say(services, text).intent == intent


@pytest.mark.parametrize(
    "then", ["mera hissa kitna lagega", "how much do I have to put in myself?", "apna contribution kitna"]
)
def test_ones_own_share_is_answered_from_the_record_not_called_a_missing_fee(services, then):
    user = f"share|{then}"
    say(services, "pmegp", user=user)
    reply = say(services, then, user=user)
    assert reply.topic == "pmegp" and ("10%" in reply.text) and "not in my knowledge base" not in reply.text
    assert "मेरे पास नहीं है" not in reply.text


def test_telling_ones_class_after_a_subsidy_claims_no_missing_definition(services):
    say(services, "zed subsidy kitni hai", user="micro")
    reply = say(services, "micro unit hu", user="micro")
    assert reply.topic == "zed" and "मेरे पास नहीं है" not in reply.text


def test_a_story_and_its_question_answered_alike_are_answered_once(services):
    replies = respond(IncomingMessage("console", "story", "खरीदार ने पैसा नहीं दिया, शिकायत कहाँ करें"), services)
    assert [r.topic for r in replies] == ["samadhaan"]


def test_an_unpaid_buyers_complaint_in_hinglish_is_samadhaan(services):
    assert say(services, "buyer ne paisa nahi diya, shikayat kahan kare").topic == "samadhaan"


def test_a_detail_asked_in_its_own_words_is_that_detail_beside_a_loan_amount(services):
    replies = respond(
        IncomingMessage("console", "byaj", "pm vishwakarma me loan kitna milta h aur byaj kitna lagta h"),
        services,
    )
    assert replies[0].aspect == "benefits" and "5%" in "".join(r.text for r in replies)


@pytest.mark.parametrize(
    ("first", "then", "note"),
    [
        ("udyami helpline number", "is it working?", "I cannot check whether a number works today"),
        ("gem helpline", "timing kya hai", "हेल्पलाइन का समय मेरी जानकारी में नहीं है"),
    ],
)
def test_a_helplines_hours_or_status_asked_next_is_said_honestly(services, first, then, note):
    user = f"{first}|{then}"
    say(services, first, user=user)
    reply = say(services, then, user=user)
    assert reply.intent == "helpline" and reply.text.startswith(note) and "☎" in reply.text


@pytest.mark.parametrize(
    "text",
    ["business loan chahiye", "loan chahiye business ke liye", "dukan ke liye loan"],
)
def test_a_loan_asked_for_lists_the_schemes_that_lend(services, text):
    reply = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "scheme_list" and {"pmegp", "cgtmse"} <= offered and "udyam" not in offered


def test_an_sms_spelling_without_vowels_is_understood(services):
    assert say(services, "msme regstrtn krna h").topic == "udyam"


def test_cashing_a_bill_early_is_treds(services):
    text = "बड़ी कंपनी का बिल 90 दिन बाद पास होता है, बिल भुनाकर पहले पैसा लेने का कोई सरकारी सिस्टम है?"
    assert say(services, text).topic == "treds"


def test_what_all_a_scheme_named_in_full_gives_is_that_scheme_not_a_list(services):
    reply = say(services, "हरित प्रौद्योगिकी वित्तपोषण योजना में क्या क्या मिलता है")
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", "green-finance", "benefits")


def test_kya_kya_schemes_still_asks_for_the_list(services):
    assert (
        say(services, "karigar aur chote udyog walo k liye kya kya scheme chal rhi h").intent == "scheme_list"
    )


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("udyam certificate me naam galat likh diya hai, kaise sudhare", "change"),
        ("is an existing business eligible for pmegp second loan?", "eligibility"),
        ("pmegp form me phone number kaun sa dale", "apply"),
    ],
)
def test_the_review_of_this_sessions_rules_kept_these(services, text, aspect):
    assert say(services, text).aspect == aspect


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("mera udyam certificate kho gaya, dobara kaise milega", "दोबारा पाने"),
        ("I lost my udyam certificate, how to get it again", "getting this again"),
    ],
)
def test_a_lost_certificate_is_honestly_not_on_file_not_the_steps_to_register_again(services, text, says):
    """It got Udyam's registration steps, which risk a second registration."""
    reply = say(services, text)
    assert reply.topic == "udyam" and reply.aspect == "change" and says in reply.text


def test_a_registration_fee_not_paid_is_no_unpaid_buyer(services):
    assert say(services, "udyam ke liye paisa nahi diya maine, free hai na?").topic == "udyam"


def test_a_loan_beside_words_we_do_not_know_gets_no_guessed_list(services):
    assert say(services, "loan needed for dairy farm").intent == "fallback"


def test_a_time_asked_after_a_helpline_that_is_no_hours_question_is_not_the_hours(services):
    say(services, "gem helpline number", user="time")
    assert "hours are not" not in say(services, "approval me time kya lagega", user="time").text


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        (
            "gem helpdesk ka toll free no chahiye, ticket 3 din se open pada h",
            "gem",
            "contact",
        ),  # not "is it free"
        (
            "Our GeM helpdesk ticket has not been solved in 3 days. What is the escalation process?",
            "gem",
            "contact",
        ),
        ("vishwakarma registration ke liye csc pe kya kya lekar jana h", "pm-vishwakarma", "documents"),
        ("zed pledge le liya kal, ab aage kya krna hai", "zed", "apply"),
        ("mera udyog aadhar purana hai kya karna hoga", "udyam", "apply"),  # not "kya hoga" (what one gets)
        ("took the zed pledge last week, what next to actually get certified", "zed", "apply"),
        (
            "a PSU has been sitting on our bills since march. where do i file a delayed payment case online?",
            "samadhaan",
            "apply",
        ),
        ("tool room course ke liye kya qualification chahiye? 12th pass hu", "tech-centres", "eligibility"),
        ("मैं सिर्फ ट्रेडर हूँ, खुद माल नहीं बनाता। क्या जेम पर रीसेलर बनकर बेच सकता हूँ?", "gem", "eligibility"),
        ("मेरी कपड़े की रिटेल दुकान है, क्या CGTMSE में मेरा लोन कवर होगा?", "cgtmse", "eligibility"),
        ("zed pledge lene pe das hazaar rupaye milte hain kya?", "zed", "benefits"),
        ("उद्यम में दुकान का पता बदलना है और एक नया गोदाम भी जोड़ना है, ये कहाँ से होगा", "udyam", "change"),
        # "what is" said as such asks what it is, though the scheme was described by what it gives
        (
            "Want to open a small dhaba in my village. Heard govt gives subsidy on a bank loan for a new business "
            "through KVIC, what is that scheme?",
            "pmegp",
            "overview",
        ),
    ],
)
def test_parts_asked_in_everyday_words(services, text, topic, aspect):
    reply = say(services, text)
    assert (reply.topic, reply.aspect) == (topic, aspect)


@pytest.mark.parametrize(
    "text", ["एमएसएमई की सामान्य जानकारी के लिए कहाँ फोन करूँ?", "msme ke liye kahan phone karu"]
)
def test_where_to_call_is_the_helpline(services, text):
    assert say(services, text).intent == "helpline"


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        (
            "hyderabad me tool design wala institute kahan h",
            "centre_find",
            None,
        ),  # not the Champions design scheme
        ("Is there an MSME training centre in Chennai for footwear design?", "centre_find", None),
        ("msme design scheme kya hai", "scheme_info", "champions"),
        ("gst composition ki limit kitni h 1.5 cr?", "fallback", None),
        ("my aadhaar is not linked with PAN, do i have to pay 1000 penalty?", "fallback", None),
        (
            "आधार में मोबाइल नंबर बदलना है, पुराना नंबर बंद हो गया इसलिए उद्यम वाला OTP नहीं आता। आधार में नंबर कैसे बदलूँ?",
            "fallback",
            None,
        ),
        (
            "बड़ी कंपनी 90 दिन बाद पेमेंट करती है। कोई सिस्टम है जिसमें बिल डालो तो बैंक बोली लगाकर पहले पैसा दे देते हैं?",
            "scheme_info",
            "treds",
        ),
        ("जेम पर ऑर्डर कैसे मिलते हैं? बोली (बिड) कैसे लगाते हैं", "scheme_info", "gem"),  # a tender's bid, not TReDS's
    ],
)
def test_what_a_message_is_about_in_its_own_words(services, text, intent, topic):
    reply = say(services, text)
    assert (reply.intent, reply.topic) == (intent, topic)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("क्या छोटी दुकान वाले पीएमईजीपी ले सकते है", "pmegp"),
        ("partnership firm cgtmse le sakti h kya", "cgtmse"),
        ("trading firm bhi samadhaan me case kar sakte", "samadhaan"),
        ("10th pass hu pmegp me loan mil sakta", "pmegp"),
        ("service wale odr par vivad dal sakte hai kya", "odr"),
        ("हमारी फर्म GeM पर रजिस्टर हो सकती है क्या", "gem"),
        ("no udyam yet, can we still sell on gem", "gem"),
        ("क्लस्टर योजना के लिए कंपनी बनाना जरूरी है", "cdp"),
    ],
)
def test_can_i_in_everyday_forms_asks_who_may(services, text, topic):
    reply = say(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", topic, "eligibility")


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("pmegp me loan kitne tak mil sakta hai", "pmegp"),
        ("सीजीटीएमएसई में लोन कितने तक मिल जाता है", "cgtmse"),
        ("how much help does an export facilitation centre give", "efc"),
        ("vishwakarma me toolkit ke 15000 milte h kya", "pm-vishwakarma"),
        ("is the tender fee waived for micro units under the public procurement policy", "sambandh"),
        ("सार्वजनिक खरीद नीति में टेंडर फीस से छूट मिलती है?", "sambandh"),
        ("treds pe buyer default kare to kya mujhe paisa lautana padega", "treds"),
    ],
)
def test_sums_waivers_and_paying_back_ask_what_one_gets(services, text, topic):
    reply = say(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", topic, "benefits")


@pytest.mark.parametrize(
    "text",
    [
        "msme samadhaan me shikayat kahan karu",
        "एमएसएमई समाधान पर शिकायत कहाँ करूँ",
        "where do i complain on msme samadhaan",
    ],
)
def test_where_to_complain_asks_how_to_file(services, text):
    reply = say(services, text)
    assert (reply.topic, reply.aspect) == ("samadhaan", "apply")


@pytest.mark.parametrize(
    ("text", "then"),
    [
        ("cgtmse kya hai aur isme kaun le sakta hai", "eligibility"),
        ("पीएमईजीपी क्या है और इसके लिए कौन से कागज लगते हैं", "documents"),
        ("what is gem and how do i register", "apply"),
    ],
)
def test_what_it_is_asked_first_is_answered_first_then_the_part(services, text, then):
    understood = services.current().understand(text)
    assert (understood.aspect, understood.also_asked) == ("overview", then)


def test_a_website_asked_with_an_and_stays_the_contact(services):
    assert services.current().understand("pmegp ki website kya hai aur form kahan milega").aspect == "contact"


@pytest.mark.parametrize("text", ["लोन की किस्त माफ हो सकती है क्या", "can my bank loan be waived"])
def test_a_loan_waiver_is_the_banks_matter(services, text):
    assert say(services, text).intent == "fallback"


def test_lagega_said_of_interest_asks_no_papers(services):
    text = "bank wale bol rahe zed gold ho to interest kam lagega, ye zed kya cheez h actually?"
    assert say(services, text).aspect != "documents"


def test_an_income_tax_question_with_lagega_is_no_papers_question(services):
    assert say(services, "ITR में दुकान की इनकम कैसे दिखाएं, 44AD लगेगा क्या").intent == "fallback"


def test_udyam_needed_for_one_named_scheme_is_that_ones_rule(services):
    reply = say(services, "Does my unit need Udyam registration to get the green finance interest subsidy?")
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", "green-finance", "eligibility")


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("mai agra me juta banata hu", "मोची/जूता कारीगर"),
        ("is a shoemaker eligible for pm vishwakarma", "✓ In the list: cobbler/footwear artisan"),
        ("pm vishwakarma me silai wale aate hai kya", "✓ सूची में है: दर्जी"),
    ],
)
def test_a_trade_in_everyday_words_is_the_lists_item(services, text, item):
    reply = say(services, text)
    assert reply.topic == "pm-vishwakarma" and item in reply.text


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("cgtmse ki fees aur limit dono batao", "10 करोड़ रुपये"),
        ("cgtmse fees and limit", "Rs 10 crore"),
        ("सीजीटीएमएसई की फीस और सीमा बताओ", "10 करोड़ रुपये"),
    ],
)
def test_a_fee_joined_to_the_limit_gets_both_lines(services, text, limit):
    """Only the guarantee limit's line was shown: the fee asked beside it was lost."""
    replies = respond(IncomingMessage("console", text, text), services)
    said = "\n".join(r.text for r in replies)
    assert limit in said and "0.37%" in said


def say_after(services, first, then, user):
    respond(IncomingMessage("console", user, first), services)  # (one reply per scheme it names)
    return say(services, then, user=user)


def test_a_fee_demanded_after_two_schemes_is_the_warning_not_each_ones_fee(services):
    reply = say_after(
        services, "udyam aur gem dono ke documents", "aur agent 500 rupaye fees maang raha hai", "h1"
    )
    assert reply.intent == "fraud"


def test_jute_bags_are_no_cobblers_trade(services):
    reply = say(services, "main jute ke bag banata hu, vishwakarma milega")
    assert "✓" not in reply.text  # (its list of trades names the cobbler; no trade is ticked)


def test_a_solution_asked_beside_a_trouble_gets_the_trouble_reply(services):
    reply = say_after(services, "udyam registration", "otp nahi aaya, iska solution kya hai", "m1")
    assert (reply.topic, reply.aspect) == ("udyam", "contact")


def test_udyam_bana_hai_in_a_cgtmse_chat_goes_on_with_cgtmse(services):
    reply = say_after(services, "cgtmse", "haan udyam bana hai", "m2")
    assert (reply.topic, reply.aspect) == ("cgtmse", "apply")


def test_a_cost_asked_with_kya_lagega_asks_no_papers(services):
    assert say_after(services, "zed certification", "isme kharcha kya lagega", "m5").aspect != "documents"


@pytest.mark.parametrize(
    "text", ["जेम पर माल बेचा, 70 दिन से पेमेंट नहीं आया", "buyer ka payment nahi aaya 70 din se"]
)
def test_a_buyers_payment_not_received_is_samadhaan_not_a_trouble_report(services, text):
    """ "nahi aaya" is also said of an OTP; money not received is the buyer's unpaid bill, whose rule and case
    the Samadhaan answer gives (it got "sorry for the trouble, I cannot see the portal")."""
    reply = say(services, text)
    assert reply.topic == "samadhaan" and "परेशानी के लिए माफ़" not in reply.text


def test_a_fake_site_told_after_a_warning_gets_the_address_on_file(services):
    first = "एजेंट उद्यम रजिस्ट्रेशन के 2000 रुपये मांग रहा है, दे दूं?"
    reply = say_after(services, first, "उसने कहा udyamregistration.org.in पर फीस भरो", "r3")
    assert reply.intent == "fraud" and "udyamregistration.gov.in" in reply.text


def test_band_wala_after_a_list_is_no_town_banda(services):
    reply = say_after(services, "ranchi me tool room", "band wala kab khulega", "r4")
    assert "Banda" not in reply.text and "बांदा" not in reply.text


def test_none_open_is_said_with_a_hedge(services):
    reply = say_after(services, "patna me msme centre", "which are working", "r6")
    assert "please confirm" in reply.text or "पक्का कर लें" in reply.text


def test_a_sons_age_is_not_noted_as_the_users(services):
    assert "नोट कर लिया" not in say(services, "mera beta 17 saal ka hai", user="r7").text


@pytest.mark.parametrize(
    "text",
    [
        "पीएम ईजीपी का फारम भरना है, DIC ऑफिस में जाके भरना पड़ेगा क्या या ऑनलाइन?",
        "pm egp ka faram bharna hai, dic office jana padega ya online",
        "I need to fill the PMEGP form, online or at the DIC office?",
    ],
)
def test_a_form_to_fill_online_or_at_an_office_asks_how_to_apply(services, text):
    """ "पीएम ईजीपी का फारम भरना है, DIC ऑफिस में … या ऑनलाइन?" got a centre search, then PMEGP's overview."""
    reply = say(services, text, user=text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", "pmegp", "apply")
