"""The registers people write in (heldout53's theme): formal Hindi ("इस हेतु कौन-कौन से अभिलेख आवश्यक होंगे?"),
Urdu-leaning Hindustani ("ke mutalliq maaloomat", "darkhwast"), officials' English ("Noted.", "loan cap"), and
words that share a key with another ("officer" is no office, "isse … hoon" no Christian, "naai" a barber)."""

import pytest
from chatting import chat, say


def test_records_required_in_formal_hindi_are_the_papers(services):
    first = "महोदय, निवेदन है कि सूक्ष्म उद्यम का पंजीकरण किस प्रकार किया जाता है, कृपया अवगत कराएं।"
    [steps] = say(services, first)
    assert (steps.topic, steps.aspect) == ("udyam", "apply")
    [papers] = say(services, "इस हेतु कौन-कौन से अभिलेख आवश्यक होंगे?")
    assert (papers.topic, papers.aspect) == ("udyam", "documents")


def test_through_whom_a_proposal_goes_is_how_to_apply(services):
    first = "हमारे क्लस्टर की 25 इकाइयाँ मिलकर सामान्य सुविधा केंद्र स्थापित करना चाहती हैं। केंद्र सरकार कितना अनुदान देती है?"
    [reply] = chat(services, first, "इसका प्रस्ताव किसके माध्यम से भेजा जाता है?")
    assert (reply.topic, reply.aspect) == ("cdp", "apply")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("अवगत कराने हेतु आभार", "thanks"),
        ("Noted.", "ack"),
        ("k", "ack"),
        ("assalam alaikum janaab", "greeting"),
    ],
)
def test_courtesies_in_every_register(services, text, intent):
    [reply] = chat(services, "udyam kya hai", text) if intent != "greeting" else say(services, text)
    assert reply.intent == intent


def test_urdu_leaning_words_for_information(services):
    [reply] = say(services, "udyam registration ke mutalliq maaloomat chahiye")
    assert (reply.intent, reply.topic) == ("scheme_info", "udyam")


def test_an_application_in_urdu_is_asked_whether_one_may(services):
    [reply] = chat(
        services,
        "vishwakarma yojana kya hai",
        "main darzi hoon, umar 45 saal, kya main darkhwast de sakta hoon?",
    )
    assert (reply.topic, reply.aspect) == ("pm-vishwakarma", "eligibility")


def test_training_programmes_at_a_centre_listed(services):
    [reply] = chat(services, "नज़दीकी प्रौद्योगिकी केंद्र कहाँ है? मैं इंदौर से हूँ।", "वहाँ कौन से प्रशिक्षण कार्यक्रम चलते हैं?")
    assert reply.intent == "centre_find"


def test_a_retired_bank_officer_asks_for_no_office(services):
    text = "I'm a retired bank officer and want to start a small dal mill in my village. What government support is available?"
    [reply] = say(services, text)
    assert reply.intent == "scheme_list" and "PMEGP" in reply.text


def test_an_officers_number_is_a_helpline(services):
    [reply] = say(services, "adhikari ka number do")
    assert reply.intent == "helpline"


def test_it_and_i_am_are_no_christian(services):
    [reply] = chat(services, "sambandh portal kya hai", "isse mujhe kya fayda, main chhota supplier hoon")
    assert (reply.topic, reply.aspect) == ("sambandh", "benefits")


def test_naai_is_a_barber(services):
    [reply] = chat(
        services, "vishwakarma yojana me kaun kaun se kaam wale aate hai", "naai ka kaam karta hoon, chalega?"
    )
    assert reply.topic == "pm-vishwakarma" and "✓" in reply.text


def test_mudras_tiers_are_mudras(services):
    [reply] = chat(
        services,
        "What is the current interest rate on Mudra Kishore loans at SBI?",
        "And for the Shishu category?",
    )
    assert reply.intent == "fallback" and "MUDRA" in reply.text


def test_an_llp_in_a_udyam_chat_asks_who_may_register(services):
    [reply] = chat(
        services, "janaab udyam registration ke liye kaun kaun se kagzaat chahiye", "LLP ka bhi ho jata hai?"
    )
    assert (reply.topic, reply.aspect) == ("udyam", "eligibility")


def test_a_craft_asked_in_a_state_is_that_states_centre(services):
    [reply] = say(services, "footwear centre in tamil nadu")
    assert "Chennai" in reply.text and "Agra" not in reply.text
    [again] = chat(
        services, "Any MSME technology centre in Kerala?", "And in Tamil Nadu, which one does footwear?"
    )
    assert again.intent == "centre_find" and "Chennai" in again.text


def test_the_loan_cap_is_a_benefit(services):
    [reply] = chat(services, "green finance scheme kya hai", "What is the loan cap?")
    assert (reply.topic, reply.aspect) == ("green-finance", "benefits")


def test_udyam_asked_as_needed_for_the_scheme_discussed(services):
    [reply] = chat(services, "odr portal kya hai", "usme bhi udyam chahiye?")
    assert reply.topic == "odr"


def test_the_quality_certificate_and_its_portal(services):
    [reply] = say(services, "गुणवत्ता सर्टिफिकेट वाली के बारे में बताइए")
    assert reply.topic == "zed"
    [portal] = say(services, "इसका पोर्टल कौन सा है?")
    assert portal.topic == "zed" and "zed.msme.gov.in" in portal.text


def test_asked_whether_it_is_a_machine_it_says_so(services):
    [reply] = say(services, "तुम इंसान हो या मशीन?")
    assert reply.intent == "help" and "कंप्यूटर प्रोग्राम" in reply.text


def test_a_power_connection_withheld_told_after_where_to_complain(services):
    [reply] = say(services, "msme ki shikayat kahan kare, bijli vibhag connection nahi de raha")
    assert reply.topic == "champions"


def test_a_self_help_group_in_formal_hindi_asks_who_may_register(services):
    first = "सरकारी ई-मार्केटप्लेस पर विक्रेता पंजीकरण हेतु कौन से दस्तावेज़ आवश्यक हैं?"
    [reply] = chat(services, first, "क्या स्वयं सहायता समूह भी पंजीकरण करा सकता है?")
    assert (reply.topic, reply.aspect) == ("gem", "eligibility")


def test_a_purchase_order_in_formal_hindi_is_a_paper(services):
    first = "समाधान पोर्टल पर शिकायत दर्ज करने के लिए कौन से कागज़ात चाहिए?"
    [reply] = chat(services, first, "क्रय आदेश की प्रति आवश्यक है?")
    assert (reply.topic, reply.aspect) == ("samadhaan", "documents") and "परचेज ऑर्डर" in reply.text


def test_the_nic_code_is_in_udyams_steps(services):
    [reply] = chat(
        services,
        "udyam registration kaise kare",
        "NIC code kaunsa daalun, main kapde silne ka kaam karta hoon",
    )
    assert (reply.topic, reply.aspect) == ("udyam", "apply") and "NIC" in reply.text
