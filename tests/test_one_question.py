"""One question answered from what it asks: the schemes a need points to, a sum someone demands,
a location sent with a question, an amount that is no option, and needs the knowledge base does not cover."""

import pytest

from bot.choices import chosen_number
from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, user="u", location=None):
    return respond(IncomingMessage("console", user, text, location=location), services)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("msme loan scheme?", {"pmegp", "cgtmse", "green-finance", "pm-vishwakarma"}),
        ("which schemes give subsidy", {"pmegp", "zed", "green-finance"}),
        (
            "Caller wants to know all the schemes that give either subsidy or loans without collateral, can you list",
            {"pmegp", "cgtmse"},
        ),
    ],
)
def test_which_schemes_for_a_need_lists_those_it_points_to(services, text, expected):
    [reply] = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "scheme_list" and expected <= offered
    assert "udyam" not in offered and "samadhaan" not in offered  # not the whole list


@pytest.mark.parametrize("text", ["सरकारी योजना", "government schemes", "msme ki sarkari yojana batao"])
def test_government_schemes_asked_is_the_whole_catalogue(services, text):
    [reply] = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "scheme_list" and {"udyam", "champions", "gem"} <= offered  # not GeM's selling


@pytest.mark.parametrize(
    "text",
    [
        "cluster wali scheme ka online form kahan bharna hota hai",  # one scheme, named by its words
        "माल का पैसा अटका है, समाधान पोर्टल पर शिकायत के लिए कौन कौन से कागज चाहिए?",  # one portal's papers
    ],
)
def test_one_scheme_asked_in_list_words_is_that_scheme(services, text):
    [reply] = say(services, text)
    assert reply.intent == "scheme_info"


def test_the_schemes_for_a_need_come_in_hindi_too(services):
    [reply] = say(services, "subsidy wali yojana btao")
    assert reply.intent == "scheme_list" and "मेरी जानकारी में इसके लिए योजनाएं" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "par cyber cafe wala 1500 maang raha h",
        "ek website pe 999 rs likha h, sahi h?",
        "website charged me Rs 2500",
    ],
)
def test_a_sum_demanded_in_a_udyam_chat_gets_that_it_is_free(services, text):
    say(services, "udyam registration kaise kare")
    [reply] = say(services, text)
    assert reply.topic == "udyam" and ("मुफ्त" in reply.text or "Free" in reply.text or "free" in reply.text)


def test_a_loan_amount_beside_a_demand_for_collateral_is_no_fee(services):
    [reply] = say(
        services, "बैंक वाले 20 लाख के लोन के लिए मकान गिरवी मांग रहे हैं, बिना प्रॉपर्टी रखे लोन का कोई रास्ता है?"
    )
    assert reply.topic == "cgtmse" and reply.aspect != "benefits"


def test_a_scheme_we_do_not_cover_is_said_so_inside_another_schemes_chat(services):
    say(services, "loan chaiye bina guarantee")
    [reply] = say(services, "mudra loan ke bare me btao")
    assert reply.intent == "fallback" and "मुद्रा" in reply.text and reply.topic is None


@pytest.mark.parametrize("text", ["5 लाख", "2 करोड़", "90 din", "₹5", "5%"])
def test_an_amount_is_no_numbered_option(text):
    assert chosen_number(text) is None


@pytest.mark.parametrize(("text", "number"), [("2", 2), ("option 3", 3), ("2 wala", 2), ("pehla", 1)])
def test_a_number_or_ordinal_still_picks(text, number):
    assert chosen_number(text) == number


def test_an_amount_after_a_menu_is_not_that_option(services):
    say(services, "namaste")  # the menu: 5 is "talk to a person"
    [reply] = say(services, "5 लाख")
    assert reply.intent != "agent"


def test_a_question_sent_with_a_location_is_answered(services):
    [reply] = say(services, "wat is udyam reg", location=(26.85, 80.95))
    assert reply.topic == "udyam" and reply.centres == ()


def test_a_location_with_centre_words_lists_the_centres_near_it(services):
    [reply] = say(services, "नजदीकी केंद्र", location=(26.85, 80.95))
    assert reply.intent == "centre_find" and reply.centres and reply.locale == "hi"


def test_an_efc_asked_near_a_location_is_the_honest_gap(services):
    [reply] = say(services, "any export facilitation centre near me?", location=(26.85, 80.95))
    assert "not in my knowledge base" in reply.text and reply.centres == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("राशन कार्ड कैसे बनता है", "राशन कार्ड"),
        ("home loan ke liye kaun si yojana hai", "होम लोन"),
        ("आधार कार्ड में नाम गलत है कैसे ठीक करें", "आधार"),
        ("voter card me address change kaise kare", "राशन कार्ड और पहचान पत्र"),
        ("mera phone chori ho gaya sim kaise wapas milegi", "सिम कार्ड"),
        ("मेरा मोबाइल चोरी हो गया, नई सिम कैसे मिलेगी", "सिम कार्ड"),
        ("my phone was stolen, how do I get a duplicate sim", "SIM cards"),
    ],
)
def test_needs_outside_msme_are_said_to_be_outside(services, text, name):
    [reply] = say(services, text)
    assert reply.intent == "fallback" and name in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "bank loan nahi de raha kya karu",
        "बैंक लोन नहीं दे रहा क्या करूं",
        "bank is not giving me loan what to do",
        "bank ne loan reject kar diya",
        "my loan application rejected by bank",
    ],
)
def test_a_bank_refusing_a_loan_is_not_covered_and_no_buyers_late_payment(services, text):
    """ "Did you mean MSME Samadhaan?" read "nahi de raha" as a buyer not paying; the loan schemes are offered."""
    [reply] = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "fallback" and "samadhaan" not in offered and "pmegp" in offered


@pytest.mark.parametrize("text", ["buyer payment nahi de raha", "खरीदार पैसा नहीं दे रहा", "mujhe loan de do"])
def test_a_buyer_not_paying_stays_samadhaan_and_a_loan_asked_for_is_no_refusal(services, text):
    [reply] = say(services, text)
    assert (
        reply.intent in ("scheme_info", "clarify") and "refus" not in reply.text and "मना" not in reply.text
    )


@pytest.mark.parametrize(
    "text",
    [
        "किसी से बात करवा दो",
        "मुझे कॉल करवा दो",
        "अब समझ नहीं आ रहा क्या करें किसी से बात करवा दो",
        "can you connect me to an actual person at the ministry",
        "please put me through to someone",
        "बात नहीं करनी, सीधा किसी आदमी से जोड़ दो",
        "किसी अधिकारी से जोड़ दीजिए",
        "kisi banda se baat karni h",  # (a "banda" is a person, no Banda)
        "kisi insaan se jod do",
    ],
)
def test_asking_for_a_person_in_other_words_hands_over(services, text):
    [reply] = say(services, text)
    assert reply.intent == "agent"


@pytest.mark.parametrize("text", ["banda me koi centre hai", "banda", "Banda ka tool room"])
def test_banda_the_town_is_still_searched(services, text):
    [reply] = say(services, text)
    assert reply.intent == "centre_find"


@pytest.mark.parametrize(
    "text", ["bakwas bot h", "tum bekar ho", "तुम बेकार हो", "you are useless", "stupid bot"]
)
def test_an_insult_gets_a_polite_reply_and_no_request(services, text):
    """ "tum bekar ho" opened a request for the helpline staff; it asks nothing of them."""
    [reply] = say(services, text)
    assert reply.intent == "confused" and "#" not in reply.text


@pytest.mark.parametrize("text", ["ठीक", "ठीक है समझ गया", "theek"])
def test_a_short_ok_is_acknowledged(services, text):
    [reply] = say(services, text)
    assert reply.intent == "ack"


def test_first_time_is_no_hill_area(services):
    [reply] = say(services, "पहली बार कारोबार शुरू कर रहा हूं कोई योजना है")
    assert "पहाड़ी" not in reply.text


def test_an_electricity_connection_complaint_is_no_correction(services):
    [reply] = say(services, "bijli vibhag connection nahi de raha factory ka, shikayat kaha kare")
    assert reply.aspect != "change" and "बदलने" not in reply.text


def test_how_sure_says_the_fact_the_record_and_its_sources(services):
    """A citizen gets the fact again, not the match score (staff get that: tests/test_vouching.py)."""
    say(services, "pmegp me subsidy kitni h")
    [reply] = say(services, "kitna pakka hai")
    assert reply.intent == "how_sure" and reply.topic == "pmegp"
    assert "https://" in reply.text and ".txt" not in reply.text and "1.00" not in reply.text
    assert "15%" in reply.text
    [again] = say(services, "how sure are you about this?")
    assert "PMEGP" in again.text and "Where to confirm" in again.text


def test_how_sure_of_an_unverified_record_asks_to_confirm(services):
    say(services, "msme mart kya hai")
    [reply] = say(services, "what is the source")
    assert "Please confirm" in reply.text


def test_how_sure_of_a_link_seen_only_on_other_pages_asks_to_confirm_it(services):
    """Udyam's record is verified but its link is not: "is this link right?" must not read as "yes"."""
    say(services, "udyam ka link kya hai")
    [reply] = say(services, "is this correct")
    assert "non-government pages: please confirm" in reply.text
    say(services, "gem kya hai", user="v")
    assert "non-government" not in say(services, "is this correct", user="v")[0].text


def test_how_sure_without_a_scheme_says_so(services):
    [reply] = say(services, "how sure are you")
    assert reply.intent == "how_sure" and "not about one scheme" in reply.text


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("udham singh nagar me center", "tc-sitarganj"),  # "udham" reads as Udyam: the place wins
        ("bhuvneshwar me koi centre", "tc-bhubaneswar"),  # a romanized spelling of भुवनेश्वर
        ("आगरा में जूते बनाने की ट्रेनिंग वाला सरकारी इंस्टीट्यूट कहाँ है", "tc-agra-cfti"),
    ],
)
def test_places_and_centre_words_users_write(services, text, centre):
    [reply] = say(services, text)
    assert reply.intent == "centre_find" and centre in [c["id"] for c in reply.centres]


def test_a_scheme_named_beside_a_near_spelling_of_a_town_stays_the_scheme(services):
    [reply] = say(services, "sambandh me 358 reserved items wali baat kya hai")
    assert reply.topic == "sambandh"


@pytest.mark.parametrize(
    "text",
    [
        "zed black agarbatti ki dealership kaise milti hai",
        "असली पन्ना रत्न कहां से खरीदें जेम टेस्टिंग लैब वाला",
        "PMFME scheme me food processing unit ko kitni subsidy milti hai",
        "राजस्थान उद्यम प्रोत्साहन योजना में ब्याज अनुदान कितना है",
    ],
)
def test_words_shared_with_a_scheme_name_something_else(services, text):
    [reply] = say(services, text)
    assert reply.intent in ("fallback", "clarify") and reply.topic is None


def test_a_medium_unit_is_told_samadhaan_does_not_cover_it(services):
    say(services, "एक कंपनी 4 महीने से मेरे बिल का पैसा नहीं दे रही")
    [reply] = say(services, "मेरा उद्यम मध्यम श्रेणी में है, तो भी कर सकता हूँ?")
    assert reply.topic == "samadhaan" and "मध्यम उद्यम इन देर-भुगतान नियमों में नहीं आते" in reply.text
    [named] = say(services, "is msme samadhan for medium enterprises also?", user="v")
    assert "Medium enterprises are not covered" in named.text


def test_schemes_for_medium_enterprises_show_what_each_says_of_them(services):
    [reply] = say(services, "which schemes are available for medium enterprises")
    assert reply.intent == "scheme_list" and "Medium enterprises are not covered" in reply.text


def test_late_payment_in_other_words_is_samadhaan(services):
    [reply] = say(
        services,
        "my buyer is paying after 60 days always, agreement says 90 days credit. can i claim interest?",
    )
    assert reply.topic == "samadhaan"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("main sirf 5vi pass hu 15 lakh ka loan pmegb se mil jayega kya", "pmegp"),  # b for p, heard not read
        ("बड़ी कंपनी 90 दिन बाद पैसा देती है, बिल के बदले पहले पैसा लेने का सिस्टम कैसे शुरू करूं", "treds"),
    ],
)
def test_needs_and_slips_users_write(services, text, topic):
    [reply] = say(services, text)
    assert reply.topic == topic


def test_a_party_is_no_bharti(services):
    [reply] = say(
        services, "ek party ne maal lekar 2 lakh nahi diye 5 mahine ho gaye, online case kaise daale"
    )
    assert "भर्ती" not in reply.text


def test_which_bank_in_a_cgtmse_chat_is_its_member_lenders(services):
    say(services, "cgtmse kya hai")
    [reply] = say(services, "kis bank me jau?")
    assert reply.topic == "cgtmse" and "सदस्य" in reply.text
    [near] = say(services, "which bank gives it near me")
    assert near.topic == "cgtmse" and near.intent == "scheme_info"


def test_all_scheme_names_asked_in_hindi_list_them(services):
    [reply] = say(services, "एमएसएमई की सारी स्कीमों के नाम बताओ")
    assert reply.intent == "scheme_list"


def test_where_in_my_district_in_a_scheme_chat_is_where_to_apply(services):
    say(services, "मैं बढ़ई हूं, नए औजार के लिए कोई मदद")
    [reply] = say(services, "मेरे जिले में कहाँ जाना होगा")
    assert reply.topic == "pm-vishwakarma" and reply.aspect == "apply" and reply.centres == ()


@pytest.mark.parametrize(
    "text",
    [
        "agent ne 2000 le liye, mene pese de diye ab kya karu",
        "ye fraud hai kya",
        "How do I get my money back?",
    ],
)
def test_a_fraud_gets_the_caution_and_where_to_complain(services, text):
    say(services, "udyam registration kaise kare")
    [reply] = say(services, text)
    assert reply.intent == "fraud" and "champions.gov.in" in reply.text
    assert "मुफ्त" in reply.text or "free" in reply.text


def test_the_missing_detail_is_named_as_a_noun(services):
    say(services, "gem portal kya hai", user="w")
    [reply] = say(services, "which banks?", user="w")
    assert "which banks for this" not in reply.text


def test_a_hindi_request_for_export_centres_is_the_honest_gap(services):
    [reply] = say(services, "निर्यात सुविधा केंद्रों की सूची बताओ कानपुर में")
    assert reply.centres == () and "EFC" in reply.text


def test_udyam_renewal_is_answered_from_its_record(services):
    [reply] = say(services, "does udyam certificate need renewal every year?")
    assert "renewal" in reply.text


def test_a_loan_the_user_says_they_had_gets_the_schemes_rule(services):
    say(services, "pm vishwakarma kya hai")
    [reply] = say(services, "svanidhi loan mila tha, loan kitna milega")
    assert reply.topic == "pm-vishwakarma" and reply.intent == "scheme_info"


@pytest.mark.parametrize("text", ["maine kisi se baat ki thi", "मैंने बैंक में किसी से बात की उन्होंने उद्यम के लिए बोला"])
def test_telling_of_talking_to_someone_is_no_handoff(services, text):
    [reply] = say(services, text)
    assert reply.intent != "agent"


@pytest.mark.parametrize("text", ["theek nahi hai ji", "ठीक नहीं है जी", "acha nahi hai ji"])
def test_not_ok_is_no_ok(services, text):
    [reply] = say(services, text)
    assert reply.intent != "ack"


@pytest.mark.parametrize("text", ["mera loan pakka hai kya", "funding ka source kya hai"])
def test_a_users_own_doubt_is_no_how_sure(services, text):
    [reply] = say(services, text)
    assert reply.intent != "how_sure"


@pytest.mark.parametrize(
    "then", ["क्या यह पक्की जानकारी है?", "r u sure?", "pakki jankari hai?", "is that confirmed?"]
)
def test_are_you_sure_in_everyday_words_says_how_sure(services, then):
    """They fell back, or read as a plain "OK"."""
    say(services, "cgtmse ki limit kitni hai", user=then)
    [reply] = say(services, then, user=then)
    assert reply.intent == "how_sure" and reply.topic == "cgtmse"


@pytest.mark.parametrize(
    "then",
    [
        "how confident are you",
        "how confident are you about this",
        "who gave you this info",
        "kaha se pata chala",
        "आपको कहाँ से पता चला",
    ],
)
def test_how_confident_or_where_from_says_how_sure(services, then):
    """Staff asked "how confident are you" and got the welcome greeting; "who gave you this info" fell back."""
    say(services, "samadhaan me case kitne din me decide hota hai", user=then)
    [reply] = say(services, then, user=then)
    assert reply.intent == "how_sure" and reply.topic == "samadhaan"


@pytest.mark.parametrize(
    "text",
    [
        "How sure are you about the PMEGP subsidy rates?",
        "पीएमईजीपी की सब्सिडी पर आप कितने पक्के हैं",
        "pmegp ke bare me kitna sure ho",
    ],
)
def test_how_sure_naming_a_scheme_vouches_for_that_scheme(services, text):
    """It gave PMEGP's benefits again, not how sure the bot is of them."""
    [reply] = say(services, text)
    assert reply.intent == "how_sure" and reply.topic == "pmegp"
    assert "Sources:" in reply.text or "स्रोत:" in reply.text


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("सर एक बात पूछनी थी", "पूछिए"),
        ("मुझे जानना है कि", "पूछिए"),
        ("bhai ye batao ki", "पूछिए"),
        ("bhai mera sawal ye h ki", "पूछिए"),
        ("koi h kya", "पूछिए"),
        ("reply karo", "पूछिए"),
        ("I want to know", "please ask"),
        ("anyone there", "please ask"),
    ],
)
def test_an_opener_or_a_ping_alone_gets_yes_ask(services, text, says):
    """A question's first half sent alone, or a ping, was told "not in the MSME knowledge base"."""
    [reply] = say(services, text, user=text)
    assert reply.intent == "opener" and says in reply.text and not reply.options


@pytest.mark.parametrize(
    "text", ["mujhe janna hai ki pmegp me subsidy kitni", "anyone there? need pmegp documents"]
)
def test_an_opener_with_its_question_is_answered(services, text):
    [reply] = say(services, text, user=text)
    assert reply.intent == "scheme_info" and reply.topic == "pmegp"


def test_how_sure_after_a_fallback_vouches_for_nothing(services):
    say(services, "pmegp kya hai")
    say(services, "mudra loan kya hai")
    [reply] = say(services, "how sure are you?")
    assert "PMEGP" not in reply.text and "not about one scheme" in reply.text


@pytest.mark.parametrize(
    "text",
    ["bank se 10 lakh loan mang raha hu pmegp me", "udyam certificate pe 2019 likha hai"],
)
def test_a_sum_the_user_asks_for_or_a_year_is_no_fee(services, text):
    [reply] = say(services, text)
    assert reply.aspect != "benefits" and "फीस:" not in reply.text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("yarn supplier hu treds pe registration kaise kare", "treds"),
        ("jewellery cluster ke liye cdp me common facility centre", "cdp"),
        ("agarbatti banane ka business hai zed certification chahiye", "zed"),
        ("dealer hu champions portal pe shikayat karni hai", "champions"),
    ],
)
def test_a_trade_named_beside_its_scheme_keeps_the_scheme(services, text, topic):
    [reply] = say(services, text)
    assert reply.topic == topic


@pytest.mark.parametrize("text", ["list all benefits of the scheme for artisans", "कारीगर योजना के सभी लाभ"])
def test_all_benefits_of_one_scheme_is_no_list_of_schemes(services, text):
    [reply] = say(services, text)
    assert reply.intent != "scheme_list"


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("udham singh nagar se hu udyam kaise banaye", "scheme_info", "udyam"),
        ("udham singh nagar me mudra loan kaise milega", "fallback", None),
    ],
)
def test_a_place_that_reads_as_a_scheme_leaves_the_question_to_its_words(services, text, intent, topic):
    [reply] = say(services, text)
    assert (reply.intent, reply.topic) == (intent, topic)


def test_mera_udyam_with_a_size_but_no_class_word_is_still_udyam(services):
    [reply] = say(services, "mera udyam small me hai")
    assert "उद्यम रजिस्ट्रेशन" in reply.text


def test_a_greeting_sent_with_a_location_lists_the_centres(services):
    [reply] = say(services, "hello", location=(26.85, 80.95))
    assert reply.intent == "centre_find" and reply.centres


def test_any_scheme_for_me_near_a_town_asks_for_schemes(services):
    [reply] = say(services, "I'm a carpenter in a village near Nashik. Any scheme for me?")
    assert reply.topic == "pm-vishwakarma" and reply.centres == ()


@pytest.mark.parametrize(
    ("text", "topic"),
    [("medium unit, 60 crore investment, cgtmse milega?", "cgtmse"), ("mahila hu, gem pe bechna hai", "gem")],
)
def test_who_the_user_is_beside_a_scheme_gets_whom_it_is_for(services, text, topic):
    [reply] = say(services, text)  # (or the scheme's own lines about them)
    assert reply.topic == topic and reply.aspect in ("eligibility", "benefits")


@pytest.mark.parametrize(
    "text",
    [
        "green card lottery for usa how to apply",
        "credit card ka bill late ho gaya penalty kaise hatwaye",
        "पीएम कुसुम योजना में खेत के लिए सोलर पंप कैसे लें",
        "PMKVY ka free course kahan hota hai",
        "उद्यम सखी पोर्टल क्या है",
        "मुख्यमंत्री उद्यम क्रांति योजना मध्य प्रदेश में आवेदन कैसे करें",
    ],
)
def test_other_schemes_and_look_alikes_are_not_ours(services, text):
    [reply] = say(services, text)
    assert reply.intent in ("fallback", "clarify") and reply.topic is None and reply.centres == ()


def test_a_scheme_called_by_an_everyday_word_and_its_noun_is_answered(services):
    [reply] = say(services, "cluster yojana kya hai? hamare kasbe me 40 pital ke bartan wale karkhane hain")
    assert reply.topic == "cdp"


def test_a_womens_loan_question_with_home_words_is_no_home_loan(services):
    [reply] = say(
        services,
        "meri saas aur main ghar se achar papad banate hain, mahilaon ke liye koi loan wali yojana hai kya",
    )
    assert "होम लोन" not in reply.text


def test_who_the_user_is_does_not_hide_the_detail_asked(services):
    [reply] = say(services, "मैं महिला हूँ, पीएम विश्वकर्मा का टूलकिट कब मिलेगा")
    assert "टूलकिट" in reply.text and reply.aspect != "eligibility"


@pytest.mark.parametrize(
    "text",
    ["shram card registration portal", "sabzi market portal", "gaon me sabzi market yojana kab shuru hogi"],
)
def test_an_everyday_word_before_portal_or_after_an_unknown_word_names_no_scheme(services, text):
    [reply] = say(services, text)
    assert reply.intent in ("fallback", "clarify") and reply.topic is None


@pytest.mark.parametrize(
    "text", ["cyber cafe wale ne udyam ke liye 1500 liye, fraud hai kya", "udyam ke naam pe thagi ho gayi"]
)
def test_a_fraud_beside_a_scheme_name_gets_the_fraud_answer(services, text):
    [reply] = say(services, text)
    assert reply.intent == "fraud"


def test_a_named_scheme_with_credit_card_words_stays_the_scheme(services):
    [reply] = say(services, "pm vishwakarma me credit card milta hai kya")
    assert reply.topic == "pm-vishwakarma"


@pytest.mark.parametrize(
    "text", ["I'm in a village near Nashik. Any scheme for me?", "मैं पटना से हूँ, मेरे लिए कोई योजना है?"]
)
def test_any_scheme_from_a_town_is_no_centre_list(services, text):
    [reply] = say(services, text)
    assert reply.centres == ()


def test_entrepreneurs_in_hindi_plural_are_no_udyam(services):
    [reply] = say(services, "udyamiyon ke liye yojana")
    assert reply.topic != "udyam"


@pytest.mark.parametrize("text", ["English Bazar me loan kaise milega", "raxaul bazar me loan kaise milega"])
def test_a_place_written_with_a_scheme_word_is_read_as_the_user_wrote_it(services, text):
    [reply] = say(services, text)
    assert reply.topic != "msme-mart"


def test_odop_is_named_as_itself(services):
    [reply] = say(services, "odop scheme kya hai")
    assert "ODOP" in reply.text and "मुख्यमंत्री" not in reply.text


def test_an_agent_who_took_money_is_a_fraud_not_a_handoff(services):
    [reply] = say(services, "agent ne 2000 le liye, mene pese de diye ab kya karu")
    assert reply.intent == "fraud"
    [person] = say(services, "agent se baat karni hai", user="v")
    assert person.intent == "agent"


@pytest.mark.parametrize(
    "text",
    [
        "agent 1500 maang raha hai",
        "ek agent bol raha hai 3000 do to loan pass karwa dega",
        "call aaya tha loan pass hai 2000 processing fee bhejo",
        "किसी ने फोन करके कहा पीएमईजीपी लोन पास है 5000 भेजो",
        "agent ne udyam ke 2000 le liye",  # the README's example: 2000 was read as a year
        "agent ne 2000 liye",
    ],
)
def test_someone_asking_a_fee_is_a_scam_warning_not_a_handoff_or_a_scheme_card(services, text):
    """An "agent" asking money opened a staff ticket; a caller's "2000 processing fee" (2000 read as a
    year) got "no answer"; a Hindi phone call got PMEGP's card."""
    [reply] = say(services, text)
    assert reply.intent == "fraud" and "#" not in reply.text


def test_a_scam_with_no_scheme_of_ours_shows_no_schemes_address(services):
    """ "my mudra loan is approved, pay 1500 fee" has nothing to do with Udyam's site."""
    [reply] = say(services, "someone called saying my mudra loan is approved, pay 1500 fee")
    assert (
        reply.intent == "fraud" and "udyamregistration" not in reply.text and "champions.gov.in" in reply.text
    )


@pytest.mark.parametrize(
    ("first", "text"),
    [
        ("cgtmse loan ke bare me batao", "limit kitni hai"),
        ("Can I get a loan without collateral?", "what is the limit?"),
    ],
)
def test_the_limit_after_cgtmse_is_its_guarantee_limit(services, first, text):
    say(services, first)
    [reply] = say(services, text)
    assert reply.topic == "cgtmse" and ("10 करोड़" in reply.text or "10 crore" in reply.text)


def test_zed_cost_in_hindi_gives_the_subsidy_on_it(services):
    [reply] = say(services, "zed certificate ka kharcha kitna hai")
    assert "80%" in reply.text


def test_its_benefits_in_hindi_are_all_of_them(services):
    say(services, "udyam registration kya hai")
    [reply] = say(services, "इसके फायदे क्या हैं")
    assert reply.aspect == "benefits" and "मुफ्त" in reply.text


@pytest.mark.parametrize(
    ("text", "name"),
    [("mujhe shaadi ke liye loan chahiye", "पर्सनल लोन"), ("aadhar card kaise banaye", "आधार")],
)
def test_personal_needs_are_said_to_be_outside(services, text, name):
    [reply] = say(services, text)
    assert reply.intent == "fallback" and name in reply.text


def test_an_age_limit_is_no_loan_limit(services):
    [reply] = say(services, "pmegp ke liye age limit kya h")
    assert reply.aspect == "eligibility"


@pytest.mark.parametrize(
    "text",
    [
        "mujhe 10 lakh ka loan chahiye nai dukaan kholni hai",  # "dukaan" alone named Udyam
        "मुझे 10 लाख का लोन चाहिए",
        "I am a home-based papad maker, need loan without property",  # "home ... loan" is no home loan
    ],
)
def test_asking_for_a_loan_lists_the_loan_schemes(services, text):
    [reply] = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "scheme_list" and {"pmegp", "cgtmse"} <= offered


def test_a_home_loan_is_still_said_to_be_outside(services):
    [reply] = say(services, "home loan chahiye ghar banana hai")
    assert reply.intent == "fallback" and "होम लोन" in reply.text


def test_a_subsidy_question_at_the_end_of_a_story_gets_the_subsidy_rates(services):
    text = (
        "Respected sir, kindly let me know about PMEGP loan. I am 24 years old, B.Com graduate from a village "
        "near Salem, want to start a small oil mill. Project cost around 18 lakh. How much subsidy i will get?"
    )
    [reply] = say(services, text)
    assert (
        reply.topic == "pmegp" and "rural area, a Rs 18 lakh project: subsidy 25% = Rs 4.5 lakh" in reply.text
    )


def test_how_much_loan_gives_the_first_loan_cap_too(services):
    [reply] = say(services, "how much loan can I get under pmegp for a service business")
    assert "Highest project cost for subsidy" in reply.text


@pytest.mark.parametrize("text", ["ok escalate", "talk to person", "connect me to someone"])
def test_more_ways_to_ask_for_a_person(services, text):
    say(services, "what is gem")
    [reply] = say(services, text)
    assert reply.intent == "agent" and reply.locale == "en"


@pytest.mark.parametrize("text", ["what is your source for this", "official source pls", "is this official?"])
def test_more_ways_to_ask_where_an_answer_comes_from(services, text):
    say(services, "what is gem portal")
    [reply] = say(services, text)
    assert reply.intent == "how_sure" and reply.topic == "gem"


def test_a_detail_is_asked_only_with_its_words_together(services):
    details = services.current().details
    assert details.asked("how much loan can I get under pmegp") == "loan_amount"
    assert details.asked("PMEGP loan. I am 24, project cost 18 lakh. How much subsidy i will get?") is None
    assert details.asked("vishwkarma yojna ka 1 lakh wala loan kitne mahine me chukana h") == "repayment"


def test_yes_to_the_one_scheme_offered_picks_it(services):
    [asked] = say(services, "what is the procedure to register")
    assert asked.intent == "clarify" and len(asked.options) == 2
    [reply] = say(services, "yes")
    assert reply.topic == "udyam" and reply.aspect == "apply"


@pytest.mark.parametrize(
    ("text", "topic"), [("3", "green-finance"), ("तीन", "green-finance"), ("do", "cgtmse")]
)
def test_an_option_said_as_a_number_word(services, text, topic):
    [listed] = say(services, "loan chahiye")
    assert [o.payload.split()[1] for o in listed.options[:3]] == ["pmegp", "cgtmse", "green-finance"]
    [reply] = say(services, text)
    assert reply.topic == topic


def test_link_do_after_a_menu_is_no_option_two(services):
    say(services, "pmegp kya hai")
    [reply] = say(services, "link do")
    assert reply.topic == "pmegp" and reply.aspect == "contact"


@pytest.mark.parametrize(
    ("first", "then", "aspect"),
    [
        ("pmegp me subsidy kitni hai", "aur mujhe apni jeb se kitna lagana padega", "benefits"),
        ("पीएम विश्वकर्मा", "ये मेरे लिए है क्या? मैं नाई हूं सैलून चलाता हूं", "eligibility"),
        ("vishwakarma yojana", "meri biwi bhi apply kar sakti hai kya", "eligibility"),
    ],
)
def test_a_follow_up_in_the_users_words_stays_with_the_scheme(services, first, then, aspect):
    [shown] = say(services, first)
    [reply] = say(services, then)
    assert reply.topic == shown.topic and reply.aspect == aspect


def test_another_schemes_loan_told_with_still_eligible_gets_the_rule_on_it(services):
    say(services, "what is pm vishwakarma")
    [reply] = say(services, "his wife already took PMEGP loan 3 years ago. still eligible?")
    assert reply.topic == "pm-vishwakarma" and "past 5 years" in reply.text


def test_artisans_putting_up_a_common_machine_is_the_cluster_scheme(services):
    [reply] = say(services, "हमारे गांव के 15 कारीगर मिलकर एक कॉमन मशीन लगाना चाहते हैं कोई सरकारी मदद")
    assert reply.topic == "cdp" or "cdp" in reply.runners_up


@pytest.mark.parametrize(
    "text", ["my bill is stuck for 90 days, buyer is a PSU. what to do?", "बिल अटका है 90 दिन से"]
)
def test_a_bill_stuck_with_a_buyer_is_samadhaan(services, text):
    [reply] = say(services, text)
    assert reply.topic == "samadhaan" or "samadhaan" in reply.runners_up


def test_an_electricity_bill_is_no_delayed_payment(services):
    [reply] = say(services, "बिजली का बिल ऑनलाइन कैसे भरें")
    assert reply.intent == "fallback"


@pytest.mark.parametrize("aside", ["reply in hindi", "ok"])
def test_how_sure_looks_past_an_aside(services, aside):
    say(services, "what is udyam")
    say(services, aside)
    [reply] = say(services, "how sure are you")
    assert reply.intent == "how_sure" and reply.topic == "udyam"


def test_staff_asking_in_english_around_a_hindi_quote_get_english(services):
    [reply] = say(services, "Citizen asked: उद्यम रजिस्ट्रेशन के लिए कितनी फीस लगती है? What should I tell?")
    assert reply.locale == "en" and reply.topic == "udyam"


@pytest.mark.parametrize(
    "text",
    [
        "www.udyam-registration.org is asking Rs 1499 for msme certificate. is it genuine?",
        "उद्यम सर्टिफिकेट के लिए एजेंट 1500 मांग रहा है, ये नकली है क्या",
    ],
)
def test_is_this_site_genuine_gets_the_caution_and_the_real_address(services, text):
    [reply] = say(services, text)
    assert reply.intent == "fraud" and "udyamregistration.gov.in" in reply.text


def test_my_city_after_a_shared_location_is_that_location(services):
    say(services, "", location=(25.61, 85.14))
    [reply] = say(services, "mere sheher me tool room")
    assert reply.intent == "centre_find" and reply.centres  # not "which city are you in?"


def test_a_place_told_after_how_to_apply_is_where_to_apply(services):
    say(services, "pmegp ka form mere sheher me kaha bharu")
    [reply] = say(services, "mai sitapur se hu")
    assert reply.topic == "pmegp" and reply.aspect == "apply" and not reply.centres
    # the town is heard, not ignored, and named in Hindi in a Hindi reply (it said "Sitapur से")
    assert reply.text.startswith("सीतापुर से भी आवेदन का तरीका वही है")
    [centres] = say(services, "sitapur me tool room")
    assert centres.intent == "centre_find" and centres.centres


@pytest.mark.parametrize(
    "text",
    [
        "I run a small dairy with 5 buffaloes. kya madad milegi?",
        "मैं गाँव में बेकरी खोलना चाहती हूँ, पैसे नहीं हैं। क्या मदद मिलेगी?",
        "मोबाइल रिपेयरिंग की दुकान खोलनी है, कोई सरकारी योजना?",
        "मैं गाँव में अगरबत्ती बनाने का काम शुरू करना चाहती हूँ, कोई सरकारी मदद मिलेगी?",
        # said to a helpline, a plan with no question asks what help there is (all three got "no answer")
        "मैं एक महिला हूँ, घर से अचार पापड़ का काम शुरू करना चाहती हूँ",
        "I am 22 and want to start my first business, a small cafe. Where do I begin?",
        "mera bunkar ka kaam hai handloom, koi yojana",
        "मैं पहली बार बिज़नेस शुरू कर रहा हूँ",
        "First time entrepreneur, where do I start?",  # it asked "Do you mean Export Facilitation Centres?"
        "I have a small business, a bakery",
    ],
)
def test_a_business_starting_out_is_pointed_to_the_first_schemes(services, text):
    [reply] = say(services, text)
    offered = [o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")]
    assert reply.intent == "scheme_list" and offered[:3] == ["pmegp", "cgtmse", "udyam"]


@pytest.mark.parametrize(
    "text",
    [
        "thnx bhai bahut help hui",  # thanks, not a story
        "आप किन किन चीजों में मदद कर सकते हैं?",  # what the bot does
        "I want to start a green tea business, which brand should I take franchise of?",
    ],
)
def test_help_words_without_a_business_story_are_no_first_steps(services, text):
    [reply] = say(services, text)
    assert reply.intent != "scheme_list"


def test_dairy_is_no_delay(services):
    [reply] = say(services, "gaon me dairy kholni hai 10 bhains ke sath, kya madad milegi sarkar se")
    assert "samadhaan" not in {
        o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")
    }


@pytest.mark.parametrize(
    "text",
    [
        "A private company took my goods 4 months ago and still hasn't paid 6 lakh. What can I do?",
        "client didnt pay my bill for 90 days",
    ],
)
def test_contracted_negations_are_read(services, text):
    [reply] = say(services, text)
    assert reply.topic == "samadhaan" and reply.locale == "en"


def test_a_scheme_called_by_name_beats_a_rival_named_only_by_description(services):
    [reply] = say(services, "if buyer doesnt pay the financier on treds will the bank come after me?")
    assert reply.intent == "scheme_info" and reply.topic == "treds"


def test_a_one_scheme_did_you_mean_answered_by_a_question_is_about_that_scheme(services):
    [asked] = say(services, "what is the procedure to register")
    assert asked.intent == "clarify"
    [reply] = say(services, "documents?")
    assert reply.topic == "udyam" and reply.aspect == "documents"


def test_a_correction_asked_first_does_not_carry_to_the_next_scheme(services):
    replies = say(
        services,
        "my udyam certificate name spelling is wrong how to correct it and also tell me gem registration",
    )
    assert [r.topic for r in replies] == ["udyam", "gem"] and replies[1].aspect != "change"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("What is the status of my Samadhaan case? application no UP/2025/12345", "samadhaan"),
        ("PMEGP loan status check", "pmegp"),
        ("I haven't got my subsidy yet", None),
    ],
)
def test_an_applications_status_is_not_the_bots_to_see(services, text, topic):
    [reply] = say(services, text)
    assert reply.intent == "status" and reply.topic == topic and "cannot see" in reply.text


def test_a_bare_papers_line_gets_its_heading(services):
    # ("mera udyam nahi bana" alone now gets how to get Udyam: udyam_told_as_lacking_gets_how_to_get_it.yaml)
    say(services, "cgtmse kya hai")
    [reply] = say(services, "mera udyam nahi bana, kya loan milega?")
    assert "जरूरी कागज़ात:" in reply.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GeM or MSME Mart, which should I join to sell my products?", {"gem", "msme-mart"}),
        ("PMEGP ya Vishwakarma kaunsa better hai", {"pmegp", "pm-vishwakarma"}),
        ("difference between TReDS and Samadhaan", {"treds", "samadhaan"}),
    ],
)
def test_two_schemes_to_choose_between_are_shown_side_by_side(services, text, expected):
    [reply] = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "compare" and offered == expected
    assert len(reply.text) < 1200  # each one's summary and whom it is for, not two whole answers


@pytest.mark.parametrize(
    "text",
    [
        "bhai udyog aadhar 2019 me bana tha, ab wo chalega ya naya udyam banwana padega?",  # "ya" is no choice here
        "pmegp or cgtmse documents",  # a part of each is asked
        "aur cgtmse ke liye udyam jaruri hai?",  # "aur" keys as "or" but joins
        "aur gem ke liye udyam chahiye?",
    ],
)
def test_or_between_words_is_no_comparison(services, text):
    assert say(services, text)[0].intent != "compare"


def test_number_do_after_a_scheme_is_no_option_two(services):
    say(services, "udyam")
    [reply] = say(services, "number do")
    assert reply.aspect != "eligibility"  # option 2 of the menu


@pytest.mark.parametrize(
    "text",
    [
        "what is the status of pm vishwakarma scheme, is it still running?",
        "what is the status of msme registration for traders? are traders eligible now?",
    ],
)
def test_the_status_of_a_scheme_is_no_application_status(services, text):
    assert say(services, text)[0].intent == "scheme_info"


def test_something_else_after_a_did_you_mean_drops_the_scheme_offered(services):
    [asked] = say(services, "i want to start a business, what is gst rate on sweets")
    if asked.intent == "clarify" and len(asked.options) == 2:
        say(services, "2")
        [reply] = say(services, "what documents are needed?")
        assert reply.topic != asked.options[0].payload.split()[1]


@pytest.mark.parametrize(
    "text",
    [
        "I need loan for my daughter's wedding",
        "I need a loan to build my new home",
        "need loan to buy a car for my family",
    ],
)
def test_personal_loans_stay_outside_with_words_between(services, text):
    assert say(services, text)[0].intent == "fallback"


@pytest.mark.parametrize(
    "text", ["new business name ideas", "kaam shuru karna hai lekin fssai licence chahiye"]
)
def test_starting_out_without_asking_for_help_is_no_scheme_list(services, text):
    assert say(services, text)[0].intent != "scheme_list"


def test_a_hindi_message_with_an_english_aside_gets_hindi(services):
    [reply] = say(services, "उद्यम पोर्टल नहीं खुल रहा, it isn't working on my phone")
    assert reply.locale == "hi"


@pytest.mark.parametrize(
    "text", ["GeM pe seller banne ke liye Udyam chahiye ya nahi?", "Is Udyam needed for GeM or not?"]
)
def test_or_not_asks_yes_or_no_not_a_comparison(services, text):
    assert say(services, text)[0].intent != "compare"


def test_a_comparison_lists_the_schemes_in_the_order_named(services):
    [reply] = say(services, "GeM or MSME Mart?")
    assert [o.payload.split()[1] for o in reply.options[:2]] == ["gem", "msme-mart"]


@pytest.mark.parametrize(
    "text", ["pmegp subsidy kab tak aayegi meri? status batao", "मेरी सब्सिडी अभी तक नहीं आई, स्टेटस कैसे पता करूँ?"]
)
def test_own_status_in_hindi(services, text):
    assert say(services, text)[0].intent == "status"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("मेरे पति का पीएमईजीपी का फॉर्म डीआईसी में 3 महीने से पड़ा है, क्या करें", "pmegp"),  # got "✗ already running"
        ("मेरा पीएमईजीपी आवेदन बैंक में अटका है", "pmegp"),
        ("pmegp application atki hai dic me", "pmegp"),
        ("vishwakarma ka form pending hai kya karu", "pm-vishwakarma"),
        ("my PMEGP application is stuck at the bank for 4 months", "pmegp"),
        ("My PMEGP form has been pending with the DIC since March, what should I do?", "pmegp"),
    ],
)
def test_an_application_held_up_is_its_status_not_a_running_business(services, text, topic):
    [reply] = say(services, text)
    assert reply.intent == "status" and reply.topic == topic and "✗" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "gem payment 90 din se atka hai",  # a late payment
        "pmegp ka form kaise bhare",
        "PMEGP form me kya kya documents lagte hai",
        "meri dukan 3 saal se chal rahi hai, pmegp milega?",
        # whom to call, how to complain or a part asked beside it: the contacts, the steps, the papers
        "who do I call about my pmegp application pending at the bank for 3 months",
        "जिला उद्योग केंद्र में मेरी फाइल छह महीने से अटकी है, कोई सुनवाई नहीं। एमएसएमई मंत्रालय में ऑनलाइन शिकायत कैसे दर्ज करूँ?",
        "Kindly share the documents list for PMEGP loan, my file is pending for want of papers",
    ],
)
def test_a_form_to_fill_or_a_payment_held_up_is_no_application_status(services, text):
    assert say(services, text)[0].intent != "status"


@pytest.mark.parametrize("text", ["बेटे की पढ़ाई के लिए एजुकेशन लोन चाहिए", "घर बनाने के लिए लोन चाहिए"])
def test_personal_loans_in_hindi_stay_outside(services, text):
    assert say(services, text)[0].intent == "fallback"


@pytest.mark.parametrize(
    "text", ["I run a dairy, any help?", "mera kirana store hai, koi sarkari madad milegi?"]
)
def test_a_business_asking_what_help_there_is_gets_the_first_schemes(services, text):
    assert say(services, text)[0].intent == "scheme_list"


def test_kuch_aur_is_the_way_out_of_a_did_you_mean(services):
    [asked] = say(services, "mujhe register karna hai")
    assert asked.intent == "clarify"
    [reply] = say(services, "kuch aur")
    assert reply.intent == "help"


def test_how_sure_in_devanagari(services):
    say(services, "समाधान पोर्टल क्या है")
    assert say(services, "आप कितने पक्के हो?")[0].intent == "how_sure"


def test_a_fee_asked_in_a_schemes_name_is_checked_against_its_address(services):
    [reply] = say(services, "Someone called saying CGTMSE approval needs Rs 5000 fee. Is this a scam?")
    assert reply.intent == "fraud" and "cgtmse.in" in reply.text and "Do not pay" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "is 1800-180-6763 the real udyam helpline, is it genuine?",  # a number, not a sum demanded
        "cgtmse guarantee fee 1% hai, genuine hai kya?",  # a fee the scheme has
    ],
)
def test_a_number_beside_genuine_is_no_scam_warning(services, text):
    assert say(services, text)[0].intent != "fraud"


@pytest.mark.parametrize(
    "text",
    ["samadhaan pe payment abhi tak nahi mili buyer se", "udyam registration me otp abhi tak nahi aayi"],
)
def test_something_not_come_yet_is_no_application_status(services, text):
    assert say(services, text)[0].intent != "status"


@pytest.mark.parametrize(
    "text", ["any help for my mother's surgery", "any government help for flood victims"]
)
def test_any_help_without_a_business_is_no_first_steps(services, text):
    assert say(services, text)[0].intent != "scheme_list"


def test_an_education_loan_is_named_as_such(services):
    [reply] = say(services, "education loan chahiye")
    assert reply.intent == "fallback" and "एजुकेशन लोन" in reply.text and "पर्सनल" not in reply.text


@pytest.mark.parametrize(
    ("text", "line"), [("what were old limits", "Old limits"), ("purani limit kya thi", "पुरानी सीमा")]
)
def test_the_old_limits_are_the_old_line(services, text, line):
    say(services, "what are udyam limits")
    [reply] = say(services, text)
    assert reply.topic == "udyam" and line in reply.text and "Limits from 1 April 2025" not in reply.text


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("buyer 60 din se payment nahi kar raha", "samadhaan"),
        ("मेरा खरीदार 60 दिन से पैसा नहीं दे रहा", "samadhaan"),
        ("I want to sell my products to government departments", "gem"),
    ],
)
def test_a_need_told_in_a_schemes_everyday_words_gets_its_overview_not_stray_lines(services, text, topic):
    [reply] = say(services, text)
    assert reply.topic == topic and reply.aspect == "overview"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("फैक्ट्री की छत पर सोलर लगाना है, कोई सस्ता लोन मिलेगा?", "green-finance"),
        ("factory ki chhat pe solar lagana hai loan chahiye", "green-finance"),
        ("ghar ki chhat pe solar lagana hai subsidy", None),  # a home's rooftop solar is PM Surya Ghar's
    ],
)
def test_rooftop_solar_for_a_factory_is_green_finance_for_a_home_not_covered(services, text, topic):
    [reply] = say(services, text)
    assert reply.topic == topic


@pytest.mark.parametrize("text", ["Who is the MSME minister?", "msme mantri kaun hai", "एमएसएमई मंत्री कौन है"])
def test_who_the_minister_is_is_honestly_not_on_file(services, text):
    [reply] = say(services, text)
    assert reply.intent == "fallback" and reply.topic is None  # not "which one: Udyam, Champions, MSME Mart?"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("यूपी की ODOP योजना में मार्जिन मनी कितनी मिलती है", "ODOP"),  # PMEGP's words, ODOP's question
        ("Maharashtra PSI capital subsidy for new unit in Nashik, how much?", "state government subsidies"),
        ("my UPI payment to supplier failed but money debited, what to do", "failed UPI"),
        ("dukan ka fire insurance karwana hai, kaunsi company achhi hai", "बीमा"),
    ],
)
def test_a_scheme_we_do_not_cover_asked_in_our_schemes_words_is_not_answered_as_ours(services, text, named):
    [reply] = say(services, text)
    assert reply.intent == "fallback" and named in reply.text


def test_a_scheme_we_do_not_cover_offers_the_one_its_words_fit(services):
    [reply] = say(services, "UP ODOP margin money scheme for my district product")
    assert [o.payload for o in reply.options][:1] == ["@scheme pmegp overview"]


def test_a_scheme_we_do_not_cover_named_as_what_one_has_is_context(services):
    [reply] = say(services, "mudra loan mila tha, ab machine ke liye pmegp subsidy milegi?")
    assert reply.intent == "scheme_info" and reply.topic == "pmegp"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("नमस्ते, मैं गाँव में पापड़ का काम शुरू करना चाहती हूँ, कोई सरकारी मदद मिलेगी?", "कितना पैसा मिलेगा?"),
        (
            "I am a woman starting a papad business in my village, any government help?",
            "how much money will I get?",
        ),
        ("to fir kaunsi yojana me loan milega", "documents?"),
    ],
)
def test_a_part_asked_right_after_a_list_asks_which_of_those(services, first, then):
    [listing] = say(services, first)
    listed = [o.payload.split()[1] for o in listing.options if o.payload.startswith("@scheme ")]
    assert listing.intent == "scheme_list" and "pmegp" in listed
    [reply] = say(services, then)
    offered = [o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")]
    assert reply.intent == "clarify" and offered == listed[: len(offered)] and "samadhaan" not in offered


def test_a_part_of_a_listed_scheme_named_by_its_words_is_answered(services):
    say(services, "I am starting a papad business in my village, any government help?")
    [reply] = say(services, "pmegp subsidy kitni hai")
    assert reply.intent == "scheme_info" and reply.topic == "pmegp" and reply.aspect == "benefits"


def test_a_status_asked_after_telling_of_the_application_is_not_ours_to_see(services):
    [reply] = say(services, "pmegp ka form bhara tha 3 mahine pehle, abhi tak loan nahi mila, kya status hai")
    assert reply.intent == "status" and reply.topic == "pmegp"


def test_the_caution_goes_with_amounts_and_the_free_registration_not_a_papers_list(services):
    """The data's caution is "one line to show next to any amount or limit": a phone screen is short."""
    caution = "Limits, rates and subsidies change often"
    [papers] = say(services, "pmegp documents", user="a")
    [subsidy] = say(services, "pmegp subsidy", user="b")
    [udyam] = say(services, "udyam documents", user="c")
    [helpline] = say(services, "cgtmse helpline number", user="d")
    assert caution not in papers.text and caution not in helpline.text
    assert caution in subsidy.text and caution in udyam.text  # (registration is what agents charge for)


def test_after_a_scheme_we_do_not_cover_a_bare_part_is_not_about_the_scheme_before(services):
    say(services, "udyam registration kya hai")
    say(services, "mudra loan kaise milega")
    [reply] = say(services, "documents kya chahiye?")
    assert reply.topic != "udyam"


@pytest.mark.parametrize("text", ["pmgep", "pmegb", "pmgep?"])
def test_a_misspelt_name_alone_gets_the_overview(services, text):
    [reply] = say(services, text, user=text)
    assert reply.topic == "pmegp" and reply.aspect == "overview"


def test_schemes_said_again_with_the_list_on_screen_shows_the_list_not_its_next_page(services):
    say(services, "schemes")
    [again] = say(services, "schemes")
    [more] = say(services, "more")
    assert "(page 1 of 2)" in again.text and "(page 2 of 2)" in more.text


def test_a_button_for_one_of_two_towns_keeps_the_town(services):
    [which] = say(services, "tool room in aurangabad")
    button = which.options[0].payload  # what Telegram sends back for the button
    [reply] = say(services, button)
    assert "Aurangabad" in reply.text and "your location" not in reply.text


def test_roman_hindi_asked_for_is_said_to_be_devanagari_only_and_a_question_with_it_answered_in_english(
    services,
):
    [reply] = say(services, "roman hindi me likho please", user="r1")
    assert "sirf Devanagari" in reply.text and [o.payload for o in reply.options] == [
        "@language hi",
        "@language en",
    ]
    [answer] = say(
        services, "devnagari nahi padh pata, english letters me likho. vishwakarma yojana kya hai", user="r2"
    )
    assert answer.topic == "pm-vishwakarma" and answer.locale == "en"


def test_how_to_register_after_gem_is_gems_steps_not_a_line_that_mentions_registration(services):
    say(services, "gem portal kya hai", user="g")
    [reply] = say(services, "रजिस्ट्रेशन कैसे होगा", user="g")
    assert reply.topic == "gem" and reply.aspect == "apply"


@pytest.mark.parametrize("then", ["aur micro ke liye?", "and for micro?"])
def test_one_word_going_on_from_zeds_subsidy_stays_with_zed(services, then):
    say(services, "zed certification", user=then)
    say(services, "subsidy kitni", user=then)
    [reply] = say(services, then, user=then)
    assert reply.topic == "zed" and "80%" in reply.text


def test_helpline_number_after_a_list_gets_the_helplines(services):
    say(services, "bakery kholni hai, kya madad milegi?", user="h")
    [reply] = say(services, "helpline number", user="h")
    assert reply.intent == "helpline" and "1800-180-6763" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "msme ministry me call karne ka koi no hai kya",
        "whom do i call at the msme ministry for general queries",
        "msme ministry email and phone",
        "एमएसएमई मंत्रालय का फोन नंबर",
        "msme mantralaya se baat karni hai, koi number ya email?",
        "Give me a phone number to speak to someone at the MSME ministry",  # a number asked, not a ticket
        "is there a number i can call and talk to a real person",
        "Is there a general MSME helpline I can call for any scheme query?",
    ],
)
def test_the_ministrys_phone_or_email_is_the_helpline(services, text):
    [reply] = say(services, text)
    assert reply.intent == "helpline" and "1800-180-6763" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "tyre ke treads ghis gaye hain, naya tyre kitne km pe lagwana chahiye",
        "threads app pe account kaise banaye",
        "डी मार्ट में सप्लायर कैसे बनें",
        "vishwakarma puja kab hai is saal, dukaan band rakhni hai",
        "cluster headache treatment options",
        "dukaan ka bijli bill galat aaya hai",
        "दुकान का बिजली बिल इस बार 18000 आया है, शिकायत कहां करें",  # (its question is about the bill too)
    ],
)
def test_words_that_only_a_ruled_out_scheme_knew_leave_the_question_unknown(services, text):
    """A veto ("tyre", "puja") and the words it took from its scheme count as words we do not know, so
    what is left is no "did you mean…?" about a scheme that shares one everyday word."""
    [reply] = say(services, text)
    assert reply.intent == "fallback" and reply.topic is None


@pytest.mark.parametrize(
    ("first", "then", "topic", "says"),
    [
        ("how do I register on TReDS", "does my buyer need to be on it?", "treds", "Buyers:"),
        (
            "My buyer hasn't paid my invoice for 100 days. What can I do?",
            "I am a medium enterprise, does this apply?",
            "samadhaan",
            "Medium enterprises",
        ),
    ],
)
def test_words_the_scheme_discussed_has_lines_on_stay_with_it(services, first, then, topic, says):
    """ "buyer" is also Samadhaan's and GeM's, "medium enterprise" Udyam's: no "did you mean…?" for them."""
    say(services, first, user=then)
    [reply] = say(services, then, user=then)
    assert reply.topic == topic and reply.aspect == "eligibility" and says in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "ये सेवा कैसे काम करती है",
        "ye bot kaise chalta hai",
        "ye bot kis kaam ka hai",
        "how does this service work",
    ],
)
def test_how_the_bot_works_asked_gets_the_help_menu(services, text):
    """(काम, "work", is also a word of benefits; said in a help phrase, it asks how the bot works)"""
    [reply] = say(services, text)
    assert reply.intent == "help"


def test_what_another_scheme_does_asked_of_the_scheme_that_also_does_it_stays(services):
    """ "loan without guarantee" is CGTMSE's phrase, and PM Vishwakarma's own lines say "collateral-free loan"."""
    say(services, "pm vishwakarma kya hai", user="g")
    [reply] = say(services, "is the loan really without guarantee?", user="g")
    assert reply.topic == "pm-vishwakarma" and "Collateral-free loan at 5%" in reply.text


def test_a_large_loan_without_guarantee_after_pm_vishwakarma_is_cgtmse(services):
    say(services, "pm vishwakarma kya hai", user="l")
    [reply] = say(services, "mujhe 50 lakh ka loan bina guarantee chahiye factory ke liye", user="l")
    assert reply.topic == "cgtmse"


def test_what_another_scheme_does_that_the_one_discussed_does_not_is_that_other(services):
    say(services, "pmegp kya hai", user="p")
    [reply] = say(services, "bina guarantee loan milega?", user="p")
    assert reply.topic == "cgtmse"


def test_a_loan_asked_with_an_sms_spelling_lists_the_lenders(services):
    """ "lon chaiye" beside "dukan" asked "did you mean Udyam?" (its "dukan ka registration")."""
    [reply] = say(services, "bhai dukan ke liye lon chaiye")
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "scheme_list" and "cgtmse" in offered and "udyam" not in offered


@pytest.mark.parametrize(
    "then", ["कौन सी योजना सबसे अच्छी है", "which one is best for me?", "inme se sabse achhi kaunsi"]
)
def test_which_is_best_after_a_list_is_asked_of_that_list(services, then):
    """It got the catalogue's first page, so a "2" next picked MSME Champions for a shop's loan."""
    say(services, "मेरी किराने की दुकान है, दुकान बढ़ाने के लिए लोन चाहिए", user=then)
    [reply] = say(services, then, user=then)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert "cgtmse" in offered and "champions" not in offered


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("gst number kaise milega", "fallback", None),  # GST is not ours ("did you mean Udyam?")
        ("मुझे कुछ जानकारी चाहिए", "help", None),  # a guiding menu, not "no answer found"
        ("kuch samajh nahi aa raha", "help", None),
        (
            "nai ki dukan hai meri, salon ke liye chair aur saman lena hai, loan milega?",
            "scheme_info",
            "pm-vishwakarma",
        ),
        (
            "I run a small auto parts unit, want to improve quality and get certified",
            "scheme_info",
            "zed",
        ),
        ("mai ghar se papad banana chahti hu", "scheme_list", None),  # a business being started: first steps
        ("website banana chahta hu", "fallback", None),
    ],
)
def test_what_the_first_explorer_found_unanswered(services, text, intent, topic):
    [reply] = say(services, text)
    assert (reply.intent, reply.topic) == (intent, topic)


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        (
            "I run a tyre shop, how can I get my invoices paid early?",
            "treds",
            None,
        ),  # only tyre *treads* are vetoed
        (
            "mera aadhar card kho gaya hai, udyam registration kaise karu",
            "udyam",
            "apply",
        ),  # a lost card, not certificate
        ("what is included in the pm vishwakarma toolkit?", "pm-vishwakarma", "overview"),
    ],
)
def test_the_reviewers_near_misses_of_this_sessions_rules(services, text, topic, aspect):
    [reply] = say(services, text)
    assert reply.topic == topic and (aspect is None or reply.aspect == aspect)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "electricity bill is too high for my factory. which scheme gives subsidy for solar panels?",
            "green-finance",
        ),
        ("My electricity bill is too high. How do I get a collateral free loan for new machines?", "cgtmse"),
    ],
)
def test_a_question_of_its_own_beside_a_need_we_do_not_cover_is_answered(services, text, topic):
    assert say(services, text)[-1].topic == topic


def test_lakhs_alone_name_no_stuck_payment(services):
    """ "लाख अटका" as a Samadhaan phrase made any "20 lakh loan" a late-payment question."""
    [reply] = say(services, "I need a 20 lakh loan for my machine shop")
    assert reply.topic != "samadhaan" and "Samadhaan" not in reply.text.split("\n")[0]


def test_treads_is_treds_misspelt(services):
    [reply] = say(services, "what is treads for msme? heard about it in a seminar")
    assert reply.topic == "treds"


def test_a_loan_asked_after_the_catalogue_page_is_a_new_question(services):
    say(services, "schemes", user="c")
    [reply] = say(services, "loan chahiye 10 lakh", user="c")
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert "pmegp" in offered and "gem" not in offered


def test_a_buyers_late_payment_is_samadhaan_whatever_the_bank_words(services):
    [reply] = say(services, "buyer ne payment nahi kiya 90 din ho gaye, amount debited bhi nahi hua")
    assert reply.topic == "samadhaan"


def test_asking_whether_this_scheme_has_what_we_do_not_cover_keeps_the_scheme(services):
    say(services, "pmegp kya hai", user="i")
    say(services, "kya isme health insurance bhi milta hai?", user="i")
    [reply] = say(services, "documents?", user="i")
    assert reply.topic == "pmegp" and reply.aspect == "documents"


@pytest.mark.parametrize(
    ("text", "fee_line"),
    [
        ("The CSC operator is asking Rs 300 for Vishwakarma registration", "Registration is free at"),
        ("CSC वाला विश्वकर्मा रजिस्ट्रेशन के 200 रुपये माँग रहा है", "मुफ्त"),
    ],
)
def test_a_fee_asked_at_a_csc_gets_the_warning_with_the_schemes_own_word_on_fees(services, text, fee_line):
    [reply] = say(services, text)
    assert reply.intent == "fraud" and reply.topic == "pm-vishwakarma" and fee_line in reply.text


def test_money_already_taken_by_an_agent_gets_where_to_complain_even_for_udyam(services):
    [reply] = say(services, "agent ne udyam ke liye 2000 rupaye liye")
    assert reply.intent == "fraud" and "champions.gov.in" in reply.text


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("मुझे एक व्यक्ति से बात करनी है", "agent", None),
        ("I make bamboo baskets in a village in Assam. Any help?", "scheme_info", "pm-vishwakarma"),
        ("मेरा बकाया पैसा सरकारी विभाग ने नहीं दिया", "scheme_info", "samadhaan"),
    ],
)
def test_everyday_openings_reach_their_answer(services, text, intent, topic):
    [reply] = say(services, text)
    assert reply.intent == intent and reply.topic == topic


def test_how_much_help_in_a_scheme_chat_asks_its_benefits_not_the_help_menu(services):
    say(services, "green finance scheme", user="gf")
    [reply] = say(services, "how much interest help?", user="gf")
    assert reply.topic == "green-finance" and reply.aspect == "benefits"


def test_kannauj_perfume_makers_ask_for_a_centre_not_for_tax_returns(services):
    """इत्र (perfume) is spelled like ITR once scripts are folded: it got "no details on GST and income tax"."""
    [reply] = say(services, "कन्नौज में इत्र वालों के लिए कोई सरकारी टेक्नोलॉजी सेंटर है क्या, पता बताइए")
    assert reply.intent == "centre_find" and "कन्नौज" in reply.text
    assert say(services, "ITR kaise bhare", user="v")[0].intent == "fallback"


@pytest.mark.parametrize(
    "text",
    [
        "एक कंपनी ने मेरा 4 लाख का बिल 6 महीने से नहीं चुकाया",
        "A PSU took 95 days to clear my invoice. Am I entitled to interest for the delay, and how much?",
    ],
)
def test_an_unpaid_bill_told_in_other_words_is_samadhaan(services, text):
    """चुकाना (to pay off) and "interest for the delay" were no words of a delayed payment: "no answer"."""
    assert say(services, text)[0].topic == "samadhaan"


@pytest.mark.parametrize(
    "text",
    ["क्या पीएमईजीपी में पुराने बिजनेस को सब्सिडी मिलती है?", "kya purani dukan ke liye bhi pmegp milega?"],
)
def test_a_running_business_asking_about_pmegp_is_told_it_is_for_new_projects(services, text):
    """It got the subsidy rates, as if it could apply; the record says only new projects can."""
    [reply] = say(services, text)
    assert reply.topic == "pmegp" and "सिर्फ नए प्रोजेक्ट" in reply.text


def test_a_question_with_one_close_scheme_asks_do_you_mean_it(services):
    """ "Which one do you mean? 1. TReDS 2. Something else" read as a riddle with one scheme to pick."""
    from bot import menus

    knowledge = services.current().knowledge
    text, options = menus.clarify(knowledge, ["treds"], "overview", "en")
    assert text.startswith("Do you mean TReDS") and options[0].payload == "@scheme treds overview"
    assert menus.clarify(knowledge, ["gem", "sambandh"], "overview", "hi")[0].startswith("आप इनमें से")


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        # what the scheme offers, not where its centres are (there is no EFC list to give)
        (
            "I export brass handicrafts from Moradabad in small lots. What kind of help do the MSME export "
            "facilitation centres give?",
            "scheme_info",
            "efc",
        ),
        (
            "I want to bring 5S and Kaizen into my plastic moulding unit. What support does the government give?",
            "scheme_info",
            "champions",
        ),
        (
            "The bank wants my house as security for a 30 lakh working capital loan. Is there any scheme to avoid that?",
            "scheme_info",
            "cgtmse",
        ),
        ("ye bot kis kaam aata hai bhai, kya puch sakte hai", "help", None),
        ("dukaan ke naam se current account kholna h, kaunsa bank acha hai", "fallback", None),
        ("bhains kharidne pe subsidy kaunsi yojana me milti hai, pashupalan wali", "fallback", None),
        ("आटा चक्की के लिए कमर्शियल बिजली कनेक्शन कैसे लें?", "fallback", None),
    ],
)
def test_trades_and_situations_told_in_their_own_words(services, text, intent, topic):
    [reply] = say(services, text)
    assert (reply.intent, reply.topic) == (intent, topic)


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("मैंने मुद्रा लोन का पैसा नहीं चुकाया", "samadhaan"),  # one's own unpaid loan is no buyer's late payment
        ("I missed my loan EMI, how much interest for the delay?", "samadhaan"),
        ("mujhe bas certificate ka kaam hai", None),  # a need, not a business being started
    ],
)
def test_own_debts_and_needs_are_not_read_as_a_buyers_delay_or_a_new_business(services, text, not_topic):
    [reply] = say(services, text)
    assert reply.topic != not_topic if not_topic else reply.intent != "scheme_list"


def test_kannauj_gst_is_still_gst(services):
    """The इत्र/ITR guard is about perfume makers, not about the town: "kannauj me GST registration"."""
    [reply] = say(services, "kannauj me GST registration kaise karein")
    assert reply.intent == "fallback" and "जीएसटी" in reply.text


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("बहुत बहुत धन्यवाद, जानकारी काम आई", "thanks", None),  # आई keyed as the "e" of "e-portal"
        (
            "We plan a new industrial estate costing Rs 12 crore in Uttarakhand. What share will the Centre fund?",
            "scheme_info",
            "cdp",
        ),  # the Centre is the government, no centre in Uttarakhand
        ("Can you help me write a business plan for my bakery?", "fallback", None),
        ("What is the current interest rate on SBI's SME working capital loan?", "fallback", None),
    ],
)
def test_letters_the_centre_and_bank_questions(services, text, intent, topic):
    [reply] = say(services, text)
    assert (reply.intent, reply.topic) == (intent, topic)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        ("pm vishwakarma me darzi aata hai kya", "✓ सूची में है: दर्जी"),
        ("pm vishwakarma me weaver aata hai kya", "कॉयर बुनकर"),  # the item says which weavers
        ("Is a tailor eligible for PM Vishwakarma?", "✓ In the list: tailor (darzi)"),
    ],
)
def test_a_trade_asked_of_a_list_of_trades_is_named_first(services, text, item):
    """The 18 trades are one long line; "darzi aata hai kya?" got the line to search by oneself."""
    [reply] = say(services, text)
    assert reply.topic == "pm-vishwakarma" and item in reply.text.split("\n")[1]


@pytest.mark.parametrize(
    ("text", "topic", "verdict"),
    [
        ("meat shop ke liye pmegp loan milega kya", "pmegp", "✗ मांस: निगेटिव लिस्ट में है"),
        ("meat shop kholna hai pmegp se loan milega?", "pmegp", "✗ मांस: निगेटिव लिस्ट में है"),
        ("मांस की दुकान के लिए पीएमईजीपी मिलेगा?", "pmegp", "✗ मांस: निगेटिव लिस्ट में है"),
        ("Can I open a meat shop with PMEGP?", "pmegp", "✗ meat: on the negative list"),
        ("I am a plumber, can I get PM Vishwakarma?", "pm-vishwakarma", "✗ Not in the list: plumber."),
        ("main electrician hu vishwakarma yojana milegi?", "pm-vishwakarma", "✗ सूची में नहीं है: electrician।"),
        ("मैं इलेक्ट्रीशियन हूँ, विश्वकर्मा योजना मिलेगी?", "pm-vishwakarma", "✗ सूची में नहीं है: इलेक्ट्रीशियन।"),
        ("main darzi hu vishwakarma yojana milegi?", "pm-vishwakarma", "✓ सूची में है: दर्जी"),
        # (a trade of two words; "चलाती" runs a business, no "galti", a mistake to correct)
        ("मैं मोबाइल रिपेयर करता हूँ, विश्वकर्मा योजना मिलेगी?", "pm-vishwakarma", "✗ सूची में नहीं है: मोबाइल रिपेयर।"),
        (
            "main beauty parlour chalati hu, vishwakarma milega?",
            "pm-vishwakarma",
            "✗ सूची में नहीं है: beauty parlour।",
        ),
        (
            "I am in mobile repairing, can I get PM Vishwakarma?",
            "pm-vishwakarma",
            "✗ Not in the list: mobile repairing.",
        ),
        (
            "I took a MUDRA loan 2 years ago, can I get PM Vishwakarma?",
            "pm-vishwakarma",
            "✗ A loan 2 years ago",
        ),
        ("मैंने पिछले साल मुद्रा लोन लिया था, विश्वकर्मा योजना मिलेगी?", "pm-vishwakarma", "✗ 1 साल पहले का लोन"),
        (
            "I took a MUDRA loan 7 years ago, can I get PM Vishwakarma?",
            "pm-vishwakarma",
            "✓ A loan 7 years ago",
        ),
        (
            "I already run a shop for 5 years, can I get PMEGP for expansion?",
            "pmegp",
            "✗ A business already running",
        ),
        ("meri dukan 3 saal se chal rahi hai, pmegp milega?", "pmegp", "✗ कारोबार पहले से चल रहा है"),
    ],
)
def test_what_rules_the_user_out_is_said_first(services, text, topic, verdict):
    """A barred activity, a trade outside the list, a loan taken before or a running business got the whole
    list of rules (or the overview), which read like "yes"."""
    [reply] = say(services, text)
    assert reply.topic == topic and reply.text.split("\n")[1].startswith(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "main electrician hu pmegp milega?",  # PMEGP lists no trades
        "I need an electrician for my shop, PM Vishwakarma?",  # not said of oneself
        "maine mudra loan nahi liya, vishwakarma milega?",
        "mera pmegp unit chal raha hai, second loan milega?",
        "pmegp abhi chal rahi hai kya?",
    ],
)
def test_no_verdict_where_nothing_rules_the_user_out(services, text):
    [reply] = say(services, text)
    assert not reply.text.split("\n")[1].startswith("✗")


@pytest.mark.parametrize(
    ("text", "intent", "not_topic"),
    [
        # (review of this session's commits)
        ("mujhe bakery kholni hai", "scheme_list", None),  # a plan, though "mujhe … ka kaam hai" is a need
        ("I have a small doubt", "fallback", None),  # no business told
        ("कन्नौज में इत्र की फैक्ट्री है, पीएमईजीपी लोन मिलेगा?", "scheme_info", "tech-centres"),
        (
            "commercial bijli connection ki manjuri atki hai",
            "scheme_info",
            None,
        ),  # Champions, not the power company
        ("dairy aur pashupalan ka business shuru karna hai", "scheme_info", None),  # a new unit: PMEGP
        ("masale ki factory hai, green finance me solar ke liye loan milega?", "scheme_info", None),
        ("schemes for MSEs", "scheme_list", None),  # the alias "PPP for MSEs" keeps its acronym
    ],
)
def test_phrases_added_this_session_do_not_take_other_questions(services, text, intent, not_topic):
    [reply] = say(services, text)
    assert reply.intent == intent and (not_topic is None or reply.topic != not_topic)


@pytest.mark.parametrize(
    "text",
    [
        "I am a cake maker, am I eligible for PM Vishwakarma?",
        "general category ke log pmegp me eligible hai?",
    ],
)
def test_a_word_of_many_items_or_of_anyone_names_no_list_item(services, text):
    """ "maker" is in six trades, and "लोग" in "… इलाकों के लोग" (special category): neither is named."""
    [reply] = say(services, text)
    assert "✓" not in reply.text


def test_an_unanswered_guess_does_not_replace_the_scheme_of_the_chat(services):
    """ "party paise nahi de rahi" in a PMEGP chat gets "did you mean Samadhaan?"; the next question
    left that unanswered and is still about PMEGP; a "haan" takes the guess. (A bank that will not lend is
    no such guess: test_a_bank_refusing_a_loan_is_not_covered_and_no_buyers_late_payment.)"""
    say(services, "pmegp kya hai", user="a")
    [guess] = say(services, "party paise nahi de rahi", user="a")
    assert guess.intent == "clarify" and guess.runners_up == ("samadhaan",)
    # (its subsidy's 3-year FD, adjusted after the lock-in)
    [reply] = say(services, "subsidy kab milegi", user="a")
    assert reply.topic == "pmegp" and "TDR" in reply.text
    say(services, "pmegp kya hai", user="b")
    say(services, "party paise nahi de rahi", user="b")
    [yes] = say(services, "haan", user="b")
    assert yes.topic == "samadhaan"


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("पटना में एमएसएमई का कोई ऑफिस है", "centre_find", None),  # ऑफिस once keyed as फीस (fee)
        ("Where is the office for MSE-GIFT green loan?", "scheme_info", "green-finance"),
        ("MSE-GIFT ग्रीन लोन के लिए वेबसाइट या ऑफिस कहाँ है?", "scheme_info", "green-finance"),
    ],
)
def test_an_office_is_a_centre_unless_a_scheme_is_named_beside_it(services, text, intent, topic):
    [reply] = say(services, text)
    assert (reply.intent, reply.topic) == (intent, topic)


@pytest.mark.parametrize("text", ["is it open on sunday?", "timing kya hai", "रविवार को खुला रहता है?"])
def test_opening_days_and_hours_of_listed_centres_are_not_on_file(services, text):
    """ "open" once read as "yes, open on Sunday": a centre is "operational", and its days are not on file."""
    say(services, "nearest tool room to Indore", user="h")
    [reply] = say(services, text, user="h")
    assert reply.intent == "centre_find" and ("Indore" in reply.text or "इंदौर" in reply.text)
    assert "not in my knowledge base" in reply.text or "मेरी जानकारी में नहीं" in reply.text
    assert "– open" not in reply.text


@pytest.mark.parametrize("text", ["तुम कौन हो", "who are you", "aap kaun ho"])
def test_who_are_you_is_answered_with_what_the_bot_does(services, text):
    [reply] = say(services, text)
    assert reply.intent == "help"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("पीएमईजीपी के लिए पात्रता और दस्तावेज बताइए", ("documents", "eligibility")),
        ("pmegp me kaun apply kar sakta hai aur kaise apply kare", ("eligibility", "apply")),
        ("What are the benefits and eligibility of CGTMSE?", ("benefits", "eligibility")),
        ("udyam ke documents aur fees dono batao", ("benefits", "documents")),  # the fee's line, then papers
    ],
)
def test_two_parts_asked_with_and_are_both_answered(services, text, parts):
    replies = say(services, text)
    assert tuple(r.aspect for r in replies) == parts and len({r.topic for r in replies}) == 1
    assert not replies[0].options and replies[-1].options  # the choices come once, at the end


@pytest.mark.parametrize("text", ["kya mai bhi pmegp me apply kar sakta hu", "pmegp documents kya hai"])
def test_one_part_asked_is_one_answer(services, text):
    assert len(say(services, text)) == 1


def test_an_unconfirmed_helpline_says_what_is_known_of_it(services):
    """ "is the udyami helpline working?": the data's note (on trial since 2010, not confirmed it still works)."""
    [reply] = say(services, "is the udyami helpline 1800-180-6763 working?")
    assert "not confirmed that it still works" in reply.text


@pytest.mark.parametrize("text", ["how are you", "Hi Sahayak, hope you're doing well", "आप कैसे हैं"])
def test_how_are_you_is_a_greeting(services, text):
    [reply] = say(services, text)
    assert reply.intent == "greeting"


@pytest.mark.parametrize(
    ("first", "then", "aspect"),
    [
        ("pmegp ke bare me btao", "8vi pass nahi hu to chalega?", "eligibility"),  # it got "no answer"
        (
            "मुझे udyam registration karna hai, kya documents chahiye?",
            "aur PAN card nahi hai toh?",
            "eligibility",
        ),
    ],
)
def test_what_the_user_lacks_or_is_asked_as_a_condition_stays_on_the_scheme(services, first, then, aspect):
    """ "aur PAN card nahi hai toh?" in a Udyam chat is Udyam's PAN line, not "no details on PAN services"."""
    [before] = say(services, first, user="c")
    [reply] = say(services, then, user="c")
    assert (reply.topic, reply.aspect) == (before.topic, aspect)


def test_hours_asked_beside_the_address_keep_the_address(services):
    say(services, "nearest tool room to Indore", user="h2")
    [reply] = say(services, "address aur timing batao", user="h2")
    assert "मेरी जानकारी में नहीं" in reply.text and "हेल्पलाइन" in reply.text  # the contacts, then the note


def test_ones_own_turnover_in_another_schemes_chat_asks_that_schemes_rule(services):
    """ "my turnover is 3 crore … eligible?" after CGTMSE: only Udyam's words name a turnover, but the chat
    is about CGTMSE, and so are the next questions."""
    say(services, "What is CGTMSE", user="t")
    [reply] = say(services, "my turnover is 3 crore, I run a small trading shop. eligible?", user="t")
    assert (reply.topic, reply.aspect) == ("cgtmse", "eligibility")
    [reply] = say(services, "what is the maximum loan amount", user="t")
    assert reply.topic == "cgtmse"


def test_wapas_shows_the_earlier_choices_in_the_language_they_were_in(services):
    """An English user typing "wapas" got a Hindi heading over English choices, and Hindi from then on."""
    say(services, "hi", user="w")
    say(services, "1", user="w")
    [back] = say(services, "wapas", user="w")
    assert back.locale == "en" and "Reply with a number" in back.text


@pytest.mark.parametrize("text", ["kitna confident ho?", "आप कितने पक्के हैं?"])
def test_how_sure_asked_in_hindi_either_script(services, text):
    say(services, "pmegp me subsidy kitni milti hai", user="k")
    [reply] = say(services, text, user="k")
    assert reply.intent == "how_sure" and reply.topic == "pmegp"


def test_two_parts_asked_in_a_follow_up_are_both_answered(services):
    say(services, "my buyer has not paid me for 70 days", user="f2")
    replies = say(services, "what documents do I need and who can apply", user="f2")
    assert [(r.topic, r.aspect) for r in replies] == [
        ("samadhaan", "documents"),
        ("samadhaan", "eligibility"),
    ]


@pytest.mark.parametrize(
    ("text", "first", "also"),
    [
        ("which schemes help me sell to the government?", "gem", {"sambandh", "msme-mart"}),
        ("हम कारीगर लोगों के लिए कौन कौन सी सरकारी योजनाएं हैं?", "pm-vishwakarma", {"pmegp"}),
        ("export karne walo ke liye kya kya schemes hai", "efc", {"tech-centres"}),
    ],
)
def test_schemes_asked_in_the_plural_list_the_one_named_and_its_related(services, text, first, also):
    [reply] = say(services, text)
    offered = [o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")]
    assert reply.intent == "scheme_list" and offered[0] == first and also <= set(offered)
    # (the related ones under a header of their own: they may not give what was asked)
    named, related = reply.text.split("\n\n")[:2]
    assert named.count("▪") == 1 and related.count("▪") >= len(also)


def test_a_need_one_scheme_meets_does_not_list_the_related_as_meeting_it(services):
    [reply] = say(services, "which schemes give margin money subsidy?")
    named, related = reply.text.split("Related schemes:")
    assert "PMEGP" in named and "Udyam" not in named and "Udyam" in related


def test_the_first_of_two_parts_leaves_the_repeated_link_to_the_second(services):
    first, second = say(services, "pmegp ke liye patrata aur documents")
    link = next(line for line in second.text.split("\n") if line.startswith("🔗"))
    assert link not in first.text and first.text.startswith(second.text.split("\n")[0])


def test_green_tea_company_is_no_thanks(services):
    [reply] = say(services, "ग्रीन टी का बिजनेस शुरू करना है, कौन सी कंपनी की चाय पत्ती अच्छी है?")
    assert reply.intent == "fallback"


@pytest.mark.parametrize(
    ("scheme", "then", "said"),
    [
        ("udyam registration", "kitna lagega", "मुफ्त"),
        ("मुझे उद्यम रजिस्ट्रेशन करना है", "क्या इसमें पैसे लगते हैं", "मुफ्त"),
        ("pm vishwakarma", "isme paisa lagta hai kya registration ke liye", "मुफ्त"),
    ],
)
def test_what_it_costs_asked_after_a_scheme_gets_the_line_that_says(services, scheme, then, said):
    say(services, scheme, user="fee")
    [reply] = say(services, then, user="fee")
    assert reply.intent == "scheme_info" and said in reply.text
    assert len(reply.text) < 600  # the sentence that says it, not the whole summary


def test_interest_charged_is_the_interest_not_a_fee(services):
    [reply] = say(services, "pm vishwakarma me loan kitna milta h aur byaj kitna lagta h")
    assert "5%" in "\n".join(reply.text.split("\n")[1:3])  # (under the "फायदे:" heading)


def test_a_time_to_be_paid_is_not_the_helpdesks_48_hours(services):
    say(services, "gem kya hai", user="gt")
    [reply] = say(services, "gem pe kitne din me payment milta hai", user="gt")
    body = reply.text.split("\n\n")[0]  # (the helpdesk's note may follow, among the contacts)
    assert "48" not in body and "ℹ" in body and reply.aspect != "contact"


@pytest.mark.parametrize("then", ["dono me kya fark hai", "which is better for me"])
def test_the_two_schemes_just_discussed_are_compared(services, then):
    user = f"cmp-{then}"
    say(services, "gem portal kya hai", user=user)
    say(services, "aur treds?", user=user)
    [reply] = say(services, then, user=user)
    offered = [o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")]
    assert reply.intent == "compare" and offered == ["gem", "treds"]


def test_a_detail_and_a_part_asked_together_are_both_answered(services):
    replies = say(services, "विश्वकर्मा योजना के लिए कौन से कागज़ लगते हैं और CSC पर कोई पैसा लगता है क्या")
    assert "मुफ्त" in replies[0].text and [r.aspect for r in replies][-1] == "documents"


def test_a_fee_asked_alone_is_one_answer(services):
    assert len(say(services, "udyam registration fees kitni hai")) == 1


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("रोजगार सृजन कार्यक्रम में दरख्वास्त देने के लिए कौन कौन से कागजात लगेंगे", "scheme_info", "pmegp"),
        (
            "Bank manager is asking third party guarantor for my loan. Is there any govt guarantee cover?",
            "scheme_info",
            "cgtmse",
        ),
        ("सरकारी कंपनियां छोटे उद्योगों से कितना माल खरीदती हैं", "scheme_info", "sambandh"),
        ("payment atakne ki problem ke liye sarkar ke paas kya kya options hai", "scheme_list", None),
        ("ka ho, kaisan baa", "greeting", None),
        ("बहुत बहुत शुक्रिया, आपकी मालूमात काम की थी", "thanks", None),
        # words shared with a scheme's name, about something else
        ("रिश्तेदारों से संबंध कैसे सुधारें", "fallback", None),
        ("whatsapp chat export kaise kare", "fallback", None),
        ("Need samadhan for my back pain, any home remedy?", "fallback", None),
        ("EFC contact details?", "scheme_info", "efc"),  # (contacts from a phone are no EFC; its contact is)
        # chat spellings: a drawn-out word, "wat"/"u", Bhojpuri's "का का", an "ok ji" before the thanks
        ("hellooo", "greeting", None),
        ("hiiii ji", "greeting", None),
        ("gooood morning", "greeting", None),
        ("wat all u can do", "help", None),
        ("wat can u do for me", "help", None),
        ("आप का का बता सकत हईं हमके", "help", None),
        ("aap ka ka bata sakat hain", "help", None),
        ("ok ji thx", "thanks", None),
        ("ठीक है जी धन्यवाद", "thanks", None),
        ("ok thx", "thanks", None),
        ("ok ji", "ack", None),  # no thanks said
        # a job in a government office sells nothing to it
        ("sarkari daftar me naukri kaise milegi", "fallback", None),
        ("सरकारी दफ्तर में नौकरी कैसे मिलेगी", "fallback", None),
        ("government office me job chahiye", "fallback", None),
        ("Is there any job for a B.Com graduate in your department", "fallback", None),
        ("government job for graduates", "fallback", None),
        ("graduate ke liye job hai kya", "fallback", None),
        # (job work is a unit's trade, not a job asked for)
        ("do government tool rooms do job work for private firms?", "scheme_info", "tech-centres"),
    ],
)
def test_everyday_phrasings_and_near_misses(services, text, intent, topic):
    reply = say(services, text)[0]
    assert (reply.intent, reply.topic) == (intent, topic)


def test_a_few_english_words_in_a_hindi_conversation_keep_hindi(services):
    say(services, "पीएमईजीपी क्या है", user="lang")
    [reply] = say(services, "and documents?", user="lang")
    assert reply.locale == "hi" and reply.aspect == "documents"
    [reply] = say(services, "and for women?", user="lang")
    assert reply.locale == "hi"
    [reply] = say(services, "what about eligibility for women in pmegp", user="lang")
    assert reply.locale == "en"  # a sentence in English is the user's choice


def test_iske_after_a_list_of_centres_asks_of_the_scheme_before_them(services):
    for text in ("pmegp kya hai", "nearest centre", "main agra se hu"):
        say(services, text, user="back")
    [reply] = say(services, "iske documents", user="back")
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", "pmegp", "documents")


def test_who_gives_the_loan_is_the_line_that_says(services):
    say(services, "pmegp loan", user="lender")
    [reply] = say(services, "ye loan kaun deta hai", user="lender")
    assert reply.topic == "pmegp" and "बैंक लोन देता" in reply.text


@pytest.mark.parametrize(
    ("then", "topic"),
    [
        ("pehle wali ke documents", "gem"),
        ("sabse pehle wali ke documents", "udyam"),
        ("first one I asked about", "udyam"),
        ("the first one - what is the fee?", "udyam"),
        ("go back to the first one, documents", "udyam"),
        ("first wala ka link", "udyam"),
        ("pehle wala helpline dubara bhejo", "gem"),
        ("पहले वाली का हेल्पलाइन नंबर दोबारा भेजो", "gem"),
    ],
)
def test_the_earlier_and_the_very_first_scheme(services, then, topic):
    user = f"first-{then}"
    for text in ("udyam ke bare me batao", "aur gem?", "aur treds?"):
        say(services, text, user=user)
    assert say(services, then, user=user)[0].topic == topic


@pytest.mark.parametrize("then", ["uttar pradesh", "UP wala", "यूपी वाला", "haryana nahi"])
def test_the_state_named_picks_the_town_of_that_name_in_it(services, then):
    user = f"gkp-{then}"
    say(services, "nearest centre", user=user)
    say(services, "Gorakhpur", user=user)
    [reply] = say(services, then, user=user)
    assert reply.intent == "centre_find" and ("Saran" in reply.text or "सारण" in reply.text)


@pytest.mark.parametrize("text", ["main SC category se hu", "hum ST category se hai", "मैं एससी वर्ग से हूँ"])
def test_ones_category_told_alone_gets_what_the_schemes_say_of_it(services, text):
    [reply] = say(services, text)
    assert reply.intent == "scheme_list" and "pmegp" in reply.runners_up


def test_ones_own_figures_beside_a_schemes_eligibility_say_the_class_they_make(services):
    [reply] = say(services, "my turnover is 150 crore, am I eligible for cgtmse")
    assert reply.aspect == "eligibility" and "Medium" in reply.text.split("\n")[1]


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        # "ya nahi" asks yes or no: it turns no scheme down
        (
            "hamari medium enterprise h, turnover 150 crore, cgtmse ka cover milega ya nahi?",
            "scheme_info",
            "cgtmse",
        ),
        # a scheme named beside an office: the offices are its to name (none is on file)
        (
            "pmegp ka online form kaha bharna hai, DIC office jana padega ya ghar se mobile pe ho jayega",
            "scheme_info",
            "pmegp",
        ),
        # a list asked for beside words the bot does not know ("SC hu": a bare SC is no group, as SSC keys so)
        ("SC hu aur pehli baar business kar raha hu, mere liye kaunsi kaunsi schemes h", "scheme_list", None),
        # certificates that are no MSME certificate; a caste certificate asked of Udyam still is Udyam's
        ("दिव्यांग प्रमाण पत्र कैसे बनवाएँ? मेरा भाई चल नहीं सकता", "fallback", None),
        # (a name like Aarti, or "samaj", in a real question must not veto PM Vishwakarma)
        (
            "meri beti aarti silai ka kaam karti hai, pm vishwakarma me apply kar sakti hai?",
            "scheme_info",
            "pm-vishwakarma",
        ),
        ("udyam registration ke liye income certificate chahiye kya?", "scheme_info", "udyam"),
        ("udyam registration me jati praman patra chahiye kya", "scheme_info", "udyam"),
        ("Lean bulk diet plan for a 25 year old guy?", "fallback", None),
    ],
)
def test_people_telling_who_they_are(services, text, intent, topic):
    reply = say(services, text)[0]
    assert (reply.intent, reply.topic) == (intent, topic)


def test_a_sum_is_no_shorter_sum():
    from bot.normalize import key

    assert key("15000") != key("150")  # "turnover 150 crore" named the 15,000 toolkit


def test_which_is_better_for_me_of_two_named_is_their_comparison(services):
    [reply] = say(services, "pmegp ya vishwakarma kaunsa better hai mere liye")
    assert reply.intent == "compare" and len(reply.text) < 1200


@pytest.mark.parametrize(
    "then", ["to phir kaunsa loan milega", "any other scheme for loan?", "koi dusri yojana batao"]
)
def test_another_scheme_asked_after_one_lists_others_not_it(services, then):
    user = f"other-{then}"
    say(services, "pmegp se loan mil sakta hai kya", user=user)
    [reply] = say(services, then, user=user)
    offered = [o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")]
    assert reply.intent == "scheme_list" and offered and "pmegp" not in offered


def test_ones_town_told_after_a_scheme_is_where_to_apply_for_it(services):
    say(services, "pmegp kya hai", user="town")
    [reply] = say(services, "main agra se hu", user="town")
    assert (reply.topic, reply.aspect) == ("pmegp", "apply")
    [reply] = say(services, "subsidy kitni hai", user="town")
    assert (reply.topic, reply.aspect) == ("pmegp", "benefits")


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("docs required for green technology loan interest subvention", "documents"),
        ("Which office or person should I contact about MSE-GIFT interest subvention?", "contact"),
        ("cgtmse official website? where is the list of member banks", "contact"),
        (
            "udhyam registration me paisa lagta hai kya? ek agent 1500 maang raha hai",
            "benefits",
        ),  # the fee, always
    ],
)
def test_papers_or_contact_asked_outright_beat_a_details_words_beside_them(services, text, aspect):
    assert say(services, text)[0].aspect == aspect


def test_a_figure_written_with_a_decimal_point_is_read_whole(services):
    [reply] = say(services, "my turnover is 120.5 crore, am I eligible for cgtmse?")
    assert "120.5" in reply.text and "Medium" in reply.text


def test_someone_elses_turnover_is_no_size_of_ones_own(services):
    replies = say(
        services, "buyer ka turnover 300 crore hai, kya wo treds pe register karega? hum eligible hai?"
    )
    # (the buyer's turnover is ruled on by TReDS's must-register rule; it is no class of the user's own)
    assert all("मध्यम" not in r.text and "medium" not in r.text.casefold() for r in replies)
    assert "250 करोड़" in replies[0].text.split("\n")[1]


def test_iske_after_a_scheme_not_covered_does_not_reach_back_past_it(services):
    for text in ("pmegp kya hai", "stand up india scheme kya hai"):
        say(services, text, user="past")
    [reply] = say(services, "iske liye eligibility kya hai", user="past")
    assert reply.topic != "pmegp"


def test_a_scheme_named_beside_a_refused_loan_gets_what_helps_and_a_person(services):
    """ "bank manager pmegp loan nahi de raha" offered MSE-GIFT and PM Vishwakarma beside the honest "no details";
    then "no details" with the schemes that help with a refused loan. It is PMEGP's trouble: who PMEGP is not
    for, CGTMSE's collateral-free loans and the Champions complaint portal, and a person offered."""
    [reply] = say(services, "bank manager pmegp loan nahi de raha, 3 mahine se ghuma raha hai")
    assert (reply.intent, reply.topic) == ("scheme_info", "pmegp")
    assert "पात्र नहीं" in reply.text and "सीजीटीएमएसई" in reply.text and "champions.gov.in" in reply.text
    assert any(o.payload == "/agent" or "व्यक्ति" in o.label for o in reply.options)


@pytest.mark.parametrize(
    "text",
    [
        "mera account number 1234567890 hai",
        "my OTP is 482913, what next",
        "मेरा खाता नंबर 998877665544 है",
        "my account 123456789012 please update in udyam",
        "mera khata 123456789012 hai, udyam me update karo",
        "मेरा खाता 123456789012 है, उद्यम में अपडेट करो",
    ],
)
def test_an_account_number_or_otp_told_gets_a_caution(services, text):
    [reply] = say(services, text)
    assert reply.intent == "privacy" and ("OTP" in reply.text or "ओटीपी" in reply.text)


@pytest.mark.parametrize(
    "text",
    [
        "OTP nahi aa raha udyam registration me",
        "udyam me 5000 lagenge kya",
        "my account is not opening, my mobile 9876543210",
        "udyam account me login nahi ho raha, mera number +91 9876543210",
    ],
)
def test_an_otp_or_a_sum_without_the_other_is_no_secret_told(services, text):
    [reply] = say(services, text)
    assert reply.intent != "privacy"


@pytest.mark.parametrize("text", ["ठीक है शुक्रिया", "theek hai shukriya"])
def test_ok_with_thanks_is_thanks(services, text):
    [reply] = say(services, text)
    assert reply.intent == "thanks"


@pytest.mark.parametrize(
    ("first", "then", "aspect"),
    [
        ("udyam registration kaise kare", "loan kaise milega", "apply"),
        ("samadhaan", "loan kaise milega", "apply"),
        ("odr", "how much loan can i get", "benefits"),
        ("zed", "लोन मिलेगा क्या", "eligibility"),
    ],
)
def test_a_loan_asked_after_a_scheme_that_lends_none_is_a_new_need(services, first, then, aspect):
    """Udyam's lines mention loans (priority lending), but give none: the schemes that lend, which one?"""
    say(services, first)
    [reply] = respond(IncomingMessage("console", "u", then), services)
    assert (reply.intent, reply.aspect) == ("clarify", aspect)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert {"pmegp", "cgtmse"} <= offered


def test_a_loan_asked_after_a_scheme_that_lends_is_its_loan(services):
    say(services, "pm vishwakarma")
    [reply] = respond(IncomingMessage("console", "u", "how much loan?"), services)
    assert (reply.topic, reply.aspect) == ("pm-vishwakarma", "benefits")


def test_registration_then_a_loan_in_one_message_gets_both(services):
    replies = respond(
        IncomingMessage("console", "u", "udyam registration kaise kare aur uske baad loan kaise milega"),
        services,
    )
    assert [(r.topic, r.aspect) for r in replies] == [("udyam", "apply"), (None, "apply")]
    assert "cgtmse" in {o.payload.split()[1] for o in replies[-1].options if o.payload.startswith("@scheme ")}


@pytest.mark.parametrize(
    "text",
    [
        "My bank auto-debited an EMI twice. How do I complain to the RBI ombudsman?",
        "आरबीआई लोकपाल में शिकायत कैसे करें",
    ],
)
def test_a_complaint_to_the_banks_ombudsman_is_not_ours(services, text):
    [reply] = respond(IncomingMessage("console", "u", text), services)
    assert reply.intent == "fallback"


@pytest.mark.parametrize(
    ("first", "hint", "lang"), [("pmegp", "hi", "hi"), ("udyam", "hi", "hi"), ("cgtmse", None, "en")]
)
def test_a_bare_scheme_name_first_is_answered_in_the_channel_s_language(services, first, hint, lang):
    """ "pmegp" first from a Telegram user whose app is in Hindi got English: a Latin name shows no language."""
    [reply] = respond(IncomingMessage("telegram", "bare", first, locale_hint=hint), services)
    assert reply.topic and reply.locale == lang


@pytest.mark.parametrize(("first", "then"), [("ok", "thik hai"), ("pmegp", "theek hai"), ("1", "haan ji")])
def test_hinglish_after_a_message_that_showed_no_language_answers_in_hindi(services, first, then):
    """ "ok" then "thik hai" kept English: the "ok" had decided the conversation's language."""
    say(services, first, user="neutral")
    [reply] = say(services, then, user="neutral")
    assert reply.locale == "hi"


@pytest.mark.parametrize(
    "text",
    [
        "My daughter is 16 and wants to start selling handmade jewellery online. Can she register on Udyam?",
        "हाथ से बने गहने बेचती हूँ, क्या उद्यम रजिस्ट्रेशन करा सकती हूँ?",
        "handmade saman bechti hu, udyam registration ho sakta hai?",
        # (its certificate too: "tailoring" tied with Udyam's name)
        "what's the benefit of getting an udyam cert for a home tailoring unit?",
        "main darzi hu, udyam certificate banwana hai",
    ],
)
def test_registering_on_udyam_asked_beside_an_artisans_trade_is_udyam(services, text):
    """ "Can she register on Udyam?" about handmade jewellery got PM Vishwakarma's overview and rules: "handmade"
    tied with Udyam's name, and the artisans' scheme led."""
    replies = say(services, text, user="reg")
    assert {r.topic for r in replies} == {"udyam"}


@pytest.mark.parametrize(
    ("text", "estimate"),
    [
        ("main transgender hu, beauty parlour kholna hai, kitni subsidy milegi", "≈ विशेष वर्ग (ट्रांसजेंडर)"),
        ("मैं ट्रांसजेंडर हूँ, ब्यूटी पार्लर खोलना है, कितनी सब्सिडी मिलेगी", "≈ विशेष वर्ग (ट्रांसजेंडर)"),
        (
            "I am a transgender person, want to open a beauty parlour, how much subsidy will I get",
            "≈ Special category (transgender persons)",
        ),
        ("main viklang hu, kitni subsidy milegi", "≈ विशेष वर्ग (दिव्यांग)"),
        (
            "I am disabled, how much subsidy can I get for a shop",
            "≈ Special category (persons with disabilities)",
        ),
    ],
)
def test_a_special_category_told_with_how_much_subsidy_gets_pmegp_s_estimate(services, text, estimate):
    [reply] = say(services, text)
    assert reply.topic == "pmegp" and estimate in reply.text


@pytest.mark.parametrize("text", ["main transgender hu, koi yojana hai?", "any scheme for disabled people?"])
def test_a_special_category_told_without_a_subsidy_asked_still_gets_its_list(services, text):
    [reply] = say(services, text)
    assert reply.intent == "scheme_list"


@pytest.mark.parametrize("text", ["dukan ka registration kaise kare", "meri dukan ka registration karna hai"])
def test_a_shops_registration_is_still_udyams(services, text):
    """A shop alone names no scheme, but its registration asked offers Udyam."""
    [reply] = say(services, text)
    assert "उद्यम रजिस्ट्रेशन" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "हम अपना सामान ऑनलाइन बेचना चाहते हैं कोई सरकारी प्लेटफॉर्म है?",
        "apna saman online bechna hai koi sarkari platform hai kya",
        "we want to sell our products online, is there a government platform?",
        "online bechne ke liye koi website hai",
    ],
)
def test_a_platform_to_sell_online_lists_the_markets_on_file(services, text):
    """ "Do you mean GeM?" answered a platform asked for selling online: GeM and MSME Mart both list goods."""
    [reply] = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "scheme_list" and offered == {"gem", "msme-mart"}


def test_selling_online_asked_in_a_schemes_chat_is_that_schemes(services):
    say(services, "gem kya hai")
    [reply] = say(services, "online bechne ke liye is platform pe kaise register kare")
    assert (reply.intent, reply.topic) == ("scheme_info", "gem")


def test_ones_own_website_to_sell_on_asks_for_no_market(services):
    [reply] = say(services, "mujhe apni website pe saamaan bechna hai, website kaise banaye")
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert offered != {"gem", "msme-mart"}


def test_an_idea_to_sell_online_gets_the_markets_not_the_incubator(services):
    [reply] = say(services, "mera idea hai ki main sell karun online platform pe")
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert offered == {"gem", "msme-mart"}


@pytest.mark.parametrize(
    "text",
    [
        "i want to sell to government offices online, which portal",
        "gem portal pe online kaise beche",
        "sarkari offices ko maal bechne wala online portal kon sa h, uske bare me btao",
    ],
)
def test_selling_to_the_government_online_stays_gem(services, text):
    [reply] = say(services, text)
    assert reply.topic == "gem"


@pytest.mark.parametrize(
    "text",
    [
        "my dad has a small printing press in Nashik, old machines eat too much power. any scheme to replace them "
        "with efficient ones?",
        "purani machine bahut bijli khati hai, nayi kam bijli wali machine ke liye koi scheme",
        "पुरानी मशीनें बहुत ज्यादा बिजली खाती हैं, कोई योजना है?",
    ],
)
def test_machines_that_use_too_much_power_get_the_green_technology_loan(services, text):
    [reply] = say(services, text)
    assert reply.topic == "green-finance"


def test_an_electricity_bill_complaint_is_still_no_green_loan(services):
    [reply] = say(services, "my electricity bill is too high, where do I complain")
    assert reply.topic != "green-finance"


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        ("the one with the 15-35 percent subsidy, how to apply", "pmegp", "apply"),
        ("35% सब्सिडी वाली योजना में आवेदन कैसे करें", "pmegp", "apply"),
        ("wo 2% byaj wali scheme kya hai", "green-finance", "overview"),
    ],
)
def test_a_scheme_called_by_the_percentage_its_summary_gives_is_that_scheme(services, text, topic, aspect):
    [reply] = say(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", topic, aspect)


@pytest.mark.parametrize("text", ["2 lakh wala loan chahiye", "suna hai 50% subsidy wali scheme aayi hai"])
def test_a_users_own_sum_or_a_figure_no_summary_gives_names_no_scheme(services, text):
    [reply] = say(services, text)
    assert reply.intent != "scheme_info"


@pytest.mark.parametrize("text", ["udyam me mobile number galat hai", "pmegp helpline phone number"])
def test_a_phone_or_mobile_number_of_a_scheme_is_no_lost_phone(services, text):
    [reply] = say(services, text)
    assert reply.intent != "fallback" and "SIM" not in reply.text and "सिम" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "namaste ji main sitapur se hu kirana ki dukan chalata hu",
        "sat sri akal ji ludhiana me hosiery ka chota unit h hamara",
    ],
)
def test_a_business_told_after_a_greeting_and_where_one_is_from_gets_its_schemes(services, text):
    """ "main sitapur se hu" introduces the user (read as a question's opener): still only told, nothing asked."""
    [reply] = say(services, text)
    offered = {o.payload.split()[1] for o in reply.options if o.payload.startswith("@scheme ")}
    assert reply.intent == "scheme_list" and {"udyam", "cgtmse"} <= offered
    assert reply.text.startswith("Namaste") or reply.text.startswith("नमस्ते")
