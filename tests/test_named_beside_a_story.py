"""A scheme named beside a story is what is asked: a trade, money, YouTube or papers one knows nothing of, said
along with it, do not pull the answer to another scheme (heldout40's misses)."""

import pytest

from bot.ask import ask


@pytest.mark.parametrize(
    ("said", "topic", "aspect"),
    [
        # a trade tells who asks; Udyam, named, is what is asked
        (
            "सीए साहब बोले कि बिना जीएसटी नंबर के उद्यम नहीं बनेगा, मेरी छोटी सी सिलाई की दुकान है, जीएसटी नहीं है,"
            " क्या सच में नहीं बनेगा?",
            "udyam",
            "eligibility",
        ),
        ("मेरी सिलाई की दुकान है, क्या उद्यम के लिए जीएसटी जरूरी है?", "udyam", "eligibility"),
        ("silai ki dukan hai, gst nahi hai, bina gst ke udyam ban jayega?", "udyam", None),
        ("I have a small tailoring shop, no GST, can I still get Udyam?", "udyam", "eligibility"),
        # TReDS named beside its money and a buyer who may not pay: TReDS's benefits
        (
            "बैंक वाले बोले कि TReDS पर इनवॉइस डालो तो 2-3 दिन में पैसा आ जाएगा और बाद में खरीदार ना दे तो भी हमसे"
            " वापस नहीं लेंगे, सच है?",
            "treds",
            "benefits",
        ),
        (
            "suna hai treds pe invoice dalo to 2 din me paisa mil jata hai aur buyer na de to bhi wapas nahi lete,"
            " sach hai?",
            "treds",
            "benefits",
        ),
        (
            "a friend said on TReDS I get paid in 2 days even if the buyer pays late, true?",
            "treds",
            "benefits",
        ),
        # heard on YouTube: still TReDS (only Instagram's or YouTube's "trends" are not)
        (
            "youtube wale bhaiya bol rahe the treds pe sirf 500 crore se upar wali companies hi buyer hoti hai,"
            " abhi bhi aisa hai?",
            "treds",
            "eligibility",
        ),
        ("यूट्यूब पर सुना कि TReDS पर सिर्फ 500 करोड़ से ऊपर वाली कंपनियां ही खरीदार होती हैं, सच है?", "treds", None),
        # an SPV for a cluster: who may apply to CDP
        (
            "hamare association ke secretary bol rahe the cluster ke liye SPV banana padta hai, ek akela unit apply"
            " nahi kar sakta?",
            "cdp",
            "eligibility",
        ),
        ("सुना है क्लस्टर योजना के लिए SPV बनाना पड़ता है, क्या अकेली इकाई आवेदन नहीं कर सकती?", "cdp", "eligibility"),
        (
            "is it true a single unit cannot apply for the cluster scheme, we need an SPV?",
            "cdp",
            "eligibility",
        ),
    ],
)
def test_the_scheme_named_is_answered_not_the_story_around_it(services, said, topic, aspect):
    reply = ask(services, said)
    assert (reply.intent, reply.topic) == ("scheme_info", topic)
    if aspect:
        assert reply.aspect == aspect


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        # Udyam told as had: the trade's scheme is asked of
        ("silai karti hu, udyam hai mere paas, loan milega?", "pm-vishwakarma"),
        ("darzi hu, vishwakarma milega?", "pm-vishwakarma"),
        # a buyer who does not pay, no TReDS said: Samadhaan
        ("khareedar paisa nahi de raha 3 mahine se", "samadhaan"),
        ("my buyer from Dubai has not paid for 3 months", "samadhaan"),
    ],
)
def test_without_the_name_the_story_still_decides(services, said, topic):
    assert ask(services, said).topic == topic


@pytest.mark.parametrize(
    "said",
    ["what are the instagram reel trends this week", "youtube trends kya hai", "इंस्टाग्राम पर ट्रेंड्स कैसे देखें"],
)
def test_trends_are_still_not_treds(services, said):
    assert ask(services, said).topic is None


def test_a_heard_limit_that_was_the_earlier_one_is_not_confirmed(services):
    said = "यूट्यूब पर सुना कि TReDS पर सिर्फ 500 करोड़ से ऊपर वाली कंपनियां ही खरीदार होती हैं, सच है?"
    text = ask(services, said).text
    assert text.startswith("✗") and "250 करोड़" in text


@pytest.mark.parametrize(
    ("said", "aspect"),
    [
        (
            "good morning madam I am typing for my mother she weaves handloom sarees in Chanderi and one buyer from"
            " Dubai wants a bulk order but we have never exported before and we dont know about papers shipping"
            " payment anything so is there some government office that guides first time exporters like us",
            "overview",
        ),
        (
            "dubai ke ek buyer ne order diya hai, humne kabhi export nahi kiya, papers shipping payment kuch nahi"
            " pata, koi sarkari office guide karega?",
            None,
        ),
        (
            "दुबई के एक खरीदार ने बड़ा ऑर्डर दिया है, हमने कभी एक्सपोर्ट नहीं किया, कागज़, शिपिंग, पेमेंट कुछ नहीं पता,"
            " कोई सरकारी दफ्तर मदद करेगा?",
            None,
        ),
    ],
)
def test_a_first_time_exporter_asking_for_an_office_that_guides_gets_the_efcs(services, said, aspect):
    reply = ask(services, said)
    assert (reply.intent, reply.topic) == ("scheme_info", "efc")
    assert reply.aspect != "documents"  # papers one knows nothing of are not the papers asked
    if aspect:
        assert reply.aspect == aspect


@pytest.mark.parametrize(
    "said",
    [
        "udyam ke documents ka kuch nahi pata, batao",
        "I don't know about documents, what is needed for udyam?",
        "udyam ke documents mujhe nahi pata, batao",
    ],
)
def test_papers_asked_beside_not_knowing_them_are_still_asked(services, said):
    assert ask(services, said).aspect == "documents"


def test_a_town_asked_for_an_efc_still_says_none_is_on_file_there(services):
    assert ask(services, "efc office kahan hai lucknow me").intent == "centre_find"


@pytest.mark.parametrize(
    "said",
    [
        "बैंक ने मेरा करंट अकाउंट फ्रीज कर दिया पैसा नही निकल रहा दुकान का",
        "bank ne account freeze kar diya, paisa nahi nikal raha",
    ],
)
def test_a_frozen_account_is_no_unpaid_bill(services, said):
    assert ask(services, said).topic != "samadhaan"


@pytest.mark.parametrize("said", ["pmegp ke documents aur fees dono", "पीएमईजीपी के कागज़ और फीस दोनों बताओ"])
def test_both_said_of_two_parts_is_no_word_of_a_trade(services, said):
    """ "dono" (both) beside two parts asked names no trade or thing: the papers and the fee are answered."""
    assert not services.current().understand(said).unknown
    reply = ask(services, said)
    assert (reply.topic, reply.aspect) == ("pmegp", "documents")
    assert "प्रोजेक्ट रिपोर्ट" in reply.text and "फीस" in reply.text
