"""Edge cases told precisely (heldout52's theme): one's own past (a state subsidy, an NPA), figures beside a region,
a paper asked as "and X?", look-alikes we do not cover (GST rates, KCC, fire insurance, a bank account), a helpline
line picked by name, and a centre's fee or hostel that no record has."""

import pytest
from chatting import chat, say


@pytest.mark.parametrize(
    "text",
    [
        "हमने पहले राज्य सरकार की योजना से सब्सिडी ली थी, अब नई यूनिट के लिए पीएमईजीपी ले सकते हैं?",
        "pehle state govt se subsidy li thi, ab pmegp le sakte hai?",
    ],
)
def test_a_scheme_named_and_asked_of_beside_one_not_covered_gets_its_rules(services, text):
    [reply] = say(services, text)
    assert (reply.topic, reply.aspect) == ("pmegp", "eligibility")


@pytest.mark.parametrize(
    "text",
    [
        "agarbatti pe gst kitna lagta hai",
        "aur minor ka bank account kaise khulta hai",
        "insurance for my factory machinery against fire, does govt give any scheme",
        "और केसीसी पर कितना लोन मिलता है",
        "बैंक खाते से पैसे कट गए बिना बताए, शिकायत कहाँ करें",
        "How to get industrial plot allotment from state industrial corporation in UP?",
        "औद्योगिक क्षेत्र में प्लॉट कैसे मिलेगा",
    ],
)
def test_look_alikes_we_do_not_cover_say_so(services, text):
    [reply] = say(services, text)
    assert reply.intent == "fallback" and reply.topic is None


def test_aadhaar_updated_in_a_udyam_chat_is_uidais(services):
    [reply] = chat(
        services, "udyam certificate download kaise kare", "aadhaar me mobile number kaise update kare"
    )
    assert reply.intent == "fallback"


@pytest.mark.parametrize("text", ["ओके थैंक्स", "ok thanks"])
def test_an_ok_and_a_thanks_is_a_thanks(services, text):
    [reply] = say(services, text)
    assert reply.intent == "thanks"


def test_a_misspelt_scheme_beside_udyams_words_is_that_scheme(services):
    [reply] = say(services, "tredes pe registration ke liye turnover limit hai kya? hamara 3 crore hai")
    assert (reply.topic, reply.aspect) == ("treds", "eligibility")


def test_a_power_connection_withheld_is_a_grievance(services):
    text = "I need to complaint against the electricity dept, they are not giving connection to my unit since 4 months"
    [reply] = say(services, text)
    assert reply.topic == "champions"


def test_a_high_power_bill_is_still_not_ours(services):
    [reply] = say(services, "my electricity bill is too high, where do I complain")
    assert reply.intent == "fallback"


@pytest.mark.parametrize("text", ["Udyam ke baad kaunsi scheme milti hai", "उद्यम के बाद कौन सी योजना मिलेगी"])
def test_schemes_after_udyam_are_those_that_name_it(services, text):
    [reply] = say(services, text)
    assert reply.intent == "scheme_list"


def test_a_region_with_figures_asks_for_the_regions_schemes(services):
    [reply] = say(
        services, "is there any scheme for a unit in Nagaland, food processing, turnover 60 lakh, 9 workers"
    )
    assert reply.intent == "scheme_list" and "North-East" in reply.text


def test_and_a_paper_after_a_schemes_papers_asks_its_papers(services):
    [reply] = chat(
        services, "Do I need GST number for udyam?", "and ITR of last year? business started 4 months ago"
    )
    assert reply.topic == "udyam" and "ITR" in reply.text


def test_filing_a_return_is_still_not_ours(services):
    [reply] = chat(services, "udyam ke documents", "aur itr kaise bhare")
    assert reply.intent == "fallback"


@pytest.mark.parametrize(
    ("text", "aspect"), [("Do I need GST number for udyam?", None), ("pmegp helpline number do", "contact")]
)
def test_do_asks_no_number_in_english(services, text, aspect):
    [reply] = say(services, text)
    assert (reply.aspect == "contact") == (aspect == "contact")


def test_a_schemes_line_picked_from_the_general_lines(services):
    [reply] = chat(services, "हेल्पलाइन नंबर क्या है", "जेम वाला चाहिए")
    assert (reply.intent, reply.topic) == ("helpline", "gem") and "1800-419-3436" in reply.text


def test_government_companies_buying_from_small_units_is_sambandh(services):
    [reply] = say(
        services,
        "is it true govt companies must buy 25% from small units? how do i check if NTPC actually does",
    )
    assert reply.topic == "sambandh"


def test_a_past_npa_asked_of_a_scheme_says_the_record_has_no_rule(services):
    [reply] = chat(services, "pmegp kya hai", "main pehle defaulter tha, ab loan milega?")
    assert (reply.topic, reply.aspect) == ("pmegp", "eligibility") and "एनपीए" in reply.text


@pytest.mark.parametrize(
    ("first", "text", "gap"),
    [
        ("I'm in Jajpur Road, Odisha. any msme training centre close by", "is there hostel", "hostel"),
        ("इम्फाल में टूल रूम का पता और फोन नंबर", "फीस लगती है?", "फीस"),
    ],
)
def test_a_centres_detail_no_record_has_is_said_missing(services, first, text, gap):
    [reply] = chat(services, first, text)
    assert reply.intent == "centre_find" and gap in reply.text


def test_a_water_filter_is_no_weather(services):
    text = (
        "I'm an engineering student with a prototype of a low-cost water filter. Can I get the incubation support, "
        "or is it only for registered companies?"
    )
    [reply] = say(services, text)
    assert (reply.topic, reply.aspect) == ("champions", "eligibility")


def test_who_runs_a_centre_government_or_private_says_whose_it_is(services):
    [reply] = chat(
        services, "इम्फाल में टूल रूम का पता और फोन नंबर", "ये नए टेक्नोलॉजी सेंटर कौन चलाता है, सरकार या प्राइवेट कंपनी?"
    )
    assert reply.intent == "centre_find" and "सरकारी केंद्र" in reply.text
