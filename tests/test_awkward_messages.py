"""Awkward messages inside real chats (heldout55's theme): who made the bot, a complaint about the bot itself, a
pronoun of the scheme beside a loan, a relative pronoun one letter from "from whom", a need told as a trade
with "what government support", a shared plant for a trade's units."""

from chatting import chat, say


def test_who_made_the_bot_is_said(services):
    [reply] = say(services, "ye bot kisne banaya")
    assert reply.intent == "help" and "कंप्यूटर प्रोग्राम" in reply.text


def test_a_complaint_about_the_bot_offers_a_person(services):
    [reply] = chat(services, "cgtmse kya hai", "your bot never answers properly")
    assert reply.intent == "agent"


def test_what_a_scheme_does_for_a_bank_loan(services):
    [reply] = chat(services, "udyam kya hai", "इससे बैंक लोन में क्या फायदा होगा")
    assert (reply.topic, reply.aspect) == ("udyam", "benefits")


def test_by_which_is_no_from_whom(services):
    [reply] = say(services, "मेरी सिलाई की छोटी दुकान है, सरकार की कोई योजना है क्या जिससे मदद मिले?")
    assert reply.topic == "pm-vishwakarma" and reply.aspect != "contact"


def test_what_government_support_for_a_trade_is_a_list(services):
    [reply] = say(services, "I have a small dal mill, what government support is there for me")
    assert reply.intent == "scheme_list"


def test_a_shared_plant_for_a_trades_units_is_the_cluster_scheme(services):
    text = "हम मुरादाबाद में 30 पीतल बर्तन वाले हैं, सबके लिए एक साझा पॉलिश प्लांट लगाना है, सरकार से मदद मिलेगी?"
    [reply] = say(services, text)
    assert reply.topic == "cdp"


def test_a_class_asked_beside_the_scheme_named_is_its_rule(services):
    [reply] = say(services, "PMEGP me 8th pass chalega?")
    assert (reply.topic, reply.aspect) == ("pmegp", "eligibility") and "8" in reply.text
