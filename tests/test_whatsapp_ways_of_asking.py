"""How people write on WhatsApp (heldout51's theme): stories that end in a question, an OK with a "sir" in it,
a correction, a scheme described instead of named, a registration asked of the scheme discussed, a centre asked
whether it is the government's, and the bot asked whether it is a person."""

import pytest
from chatting import chat, say


@pytest.mark.parametrize("text", ["thik hai sir samajh gaya", "ok sir got it", "ठीक है जी समझ गया"])
def test_an_ok_with_a_sir_in_it_is_an_ok(services, text):
    [reply] = chat(services, "udyam kya hai", text)
    assert reply.intent == "ack"


def test_a_real_scheme_asked_which_it_is_is_no_rumour(services):
    text = "hum lohar hai, suna hai sarkar karigar logon ko 3 lakh tak loan de rahi hai 5% byaj par, ye kaun si yojana hai"
    [reply] = say(services, text)
    assert reply.topic == "pm-vishwakarma"
    assert "अफवाह" not in reply.text and "लोहार" in reply.text


def test_a_scheme_heard_of_by_a_name_not_on_file_is_still_a_rumour(services):
    [reply] = say(services, "suna hai MSME Udyog Shakti Yojana me sabko 10 lakh milega, kaise milega")
    assert reply.intent == "fallback" and "अफवाह" in reply.text


def test_selling_to_the_government_is_still_gem(services):
    [reply] = say(services, "is there a govt scheme to sell to government departments")
    assert reply.topic == "gem"


def test_cutting_the_power_bill_with_green_technology_is_the_green_loan(services):
    text = "we run a foundry, want to shift to induction furnace to cut power bill. any govt loan help for green tech?"
    [reply] = say(services, text)
    assert (reply.intent, reply.topic) == ("scheme_info", "green-finance")


def test_selling_to_government_companies_is_no_company_incorporation(services):
    [reply] = chat(services, "sambandh portal kya hai", "सरकारी कंपनियों को माल बेचना हो तो कहाँ रजिस्टर करें?")
    assert reply.intent == "scheme_info" and "MCA" not in reply.text


def test_a_class_told_in_another_schemes_chat_asks_that_schemes_rule(services):
    [reply] = chat(
        services,
        "is there any govt loan help for green tech?",
        "who is eligible, we are small category with 30cr turnover",
    )
    assert (reply.topic, reply.aspect) == ("green-finance", "eligibility")
    assert "Small" in reply.text  # the class of the figure told, beside the rule


def test_a_class_asked_is_still_the_class(services):
    [reply] = chat(services, "pmegp kya hai", "turnover 30 crore hai, main kaunsi category me hu?")
    assert reply.topic == "udyam" and "लघु" in reply.text  # (answered in Hindi, as romanized Hindi is)


def test_i_meant_the_other_portal_goes_to_it(services):
    [reply] = chat(services, "ऑनलाइन विवाद समाधान पोर्टल पर केस कैसे डालें?", "sorry, मेरा मतलब समाधान पोर्टल से था")
    assert reply.topic == "samadhaan"


@pytest.mark.parametrize(
    ("first", "text", "topic"),
    [
        ("treds kya hai", "ruko pehle ye batao udyam ke bina ho jayega?", "treds"),
        ("cgtmse kya hai", "udyam ke bina loan milega?", "cgtmse"),
        ("msme mart kya hai", "इसमें रजिस्टर करने के लिए उद्यम चाहिए?", "msme-mart"),
        ("cdp kya hai", "हमारे सब यूनिट के पास उद्यम सर्टिफिकेट नहीं है, तब भी चलेगा?", "cdp"),
    ],
)
def test_udyam_asked_as_needed_is_asked_of_the_scheme_discussed(services, first, text, topic):
    [reply] = chat(services, first, text)
    assert reply.topic == topic


def test_udyam_needed_where_the_record_says_nothing_says_so(services):
    [reply] = chat(services, "msme mart kya hai", "इसमें रजिस्टर करने के लिए उद्यम चाहिए?")
    assert "जानकारी मेरे पास नहीं" in reply.text


def test_a_claim_beside_the_question_keeps_the_question(services):
    text = (
        "CA bol raha hai udyam certificate ke bina bank loan nahi dega, waise udyam se aur kya kya fayda hai?"
    )
    [reply] = say(services, text)
    assert (reply.topic, reply.aspect) == ("udyam", "benefits")


@pytest.mark.parametrize("text", ["isme apply kahan karna hai csc pe?", "और अप्लाई कहाँ करना है, गाँव में CSC है"])
def test_the_csc_asked_of_pm_vishwakarma_gets_its_steps(services, text):
    [reply] = chat(services, "vishwakarma yojana kya hai", text)
    assert (reply.topic, reply.aspect) == ("pm-vishwakarma", "apply")


def test_where_a_csc_is_still_has_no_list(services):
    [reply] = chat(services, "vishwakarma yojana kya hai", "csc kahan milega")
    assert reply.intent == "fallback" and "CSC" in reply.text


def test_applying_for_a_pan_is_not_ours(services):
    [reply] = chat(
        services, "wt docs r reqd for udyam regn?", "also need pan for my firm, how to apply for it"
    )
    assert reply.intent == "fallback"


def test_pan_asked_as_udyams_paper_is_still_udyams(services):
    [reply] = say(services, "udyam ke liye pan card jaruri hai?")
    assert reply.topic == "udyam"


def test_a_schemes_subsidy_for_a_category_is_its_benefits(services):
    [reply] = say(services, "and what is the pmegp subsidy for urban general category")
    assert (reply.topic, reply.aspect) == ("pmegp", "benefits")
    assert "15%" in reply.text


@pytest.mark.parametrize(
    ("first", "text", "topic"),
    [
        (
            "export facilitation centre kya hai",
            "मैं पहली बार export करना चाहता हूँ, मेरे जैसे नए लोग भी जा सकते हैं?",
            "efc",
        ),
        ("udyam kya hai", "and can an online seller with no shop get udyam", "udyam"),
    ],
)
def test_who_may_asked_in_a_longer_way_is_eligibility(services, first, text, topic):
    [reply] = chat(services, first, text)
    assert (reply.topic, reply.aspect) == (topic, "eligibility")


@pytest.mark.parametrize(
    "text", ["are u a real person or robot 😂 do u sleep", "aap insaan ho ya robot?", "क्या आप रोबोट हैं"]
)
def test_asked_whether_it_is_a_person_no_person_is_called(services, text):
    [reply] = say(services, text)
    assert reply.intent != "agent" and reply.ticket is None


def test_asking_for_a_real_person_still_hands_over(services):
    [reply] = say(services, "i want to talk to a real person")
    assert reply.intent == "agent"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("ar ye sarkari se ke private?", "सरकारी केंद्र"),
        ("is it govt or private institute", "government centre"),
    ],
)
def test_a_centre_asked_whether_it_is_the_governments(services, text, said):
    [reply] = chat(services, "rohtak mein tool room", text)
    assert reply.intent == "centre_find" and said in reply.text


def test_an_extension_centre_asked_which_tool_room_it_is_under(services):
    [reply] = chat(services, "भावनगर में एक्सटेंशन सेंटर है क्या?", "ये किस टूल रूम के अंदर आता है")
    assert reply.intent == "centre_find" and "अहमदाबाद" in reply.text


def test_punjabi_in_english_letters_asks_its_question(services):
    [reply] = chat(services, "ludhiana tool room", "admission layi ki karna painda")
    assert reply.intent == "centre_find"


def test_a_listed_centre_called_by_its_town_in_a_longer_request(services):
    [reply] = chat(
        services,
        "khamma ghani sa, nagaur mein msme ko koi centre hai kai?",
        "jaipur wala ko phone number de do sa",
    )
    assert reply.intent == "centre_find" and "जयपुर" in reply.text


def test_a_psu_that_has_not_paid_is_no_purchase_tracking(services):
    text = "humne ek sarkari psu ko 12 lakh ka maal diya tha abhi tak paisa nahi diya, naya online portal aaya hai vivad suljhane ka, usme kaise case karu"
    [reply] = say(services, text)
    assert reply.topic in ("odr", "samadhaan")


def test_the_certificate_asked_in_a_schemes_chat_gets_its_lines_on_udyam(services):
    [reply] = chat(services, "treds kya hai", "treds pe invoice daalne ke liye udyam certificate chahiye kya")
    assert reply.topic == "treds" and "उद्यम सर्टिफिकेट" in reply.text
