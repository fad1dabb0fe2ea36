"""Professionals writing for clients, in formal words (a CA, a DIC officer, a consultant): what each asks, and the
nearby plain messages that must keep their old reading."""

import pytest
from seeded_kb import fresh_services

from bot.ask import ask
from bot.services import Services


@pytest.fixture(scope="module")
def services(tmp_path_factory) -> Services:
    return fresh_services(tmp_path_factory.mktemp("formal") / "knowledge.db")


def _read(services: Services, text: str) -> tuple[str, str, str]:
    reply = ask(services, text)
    return reply.intent, reply.topic or "", reply.aspect or ""


@pytest.mark.parametrize(
    "text",
    [
        "आपका आभार, दी गई जानकारी अत्यंत उपयोगी रही।",
        "सादर धन्यवाद, जानकारी काफी उपयोगी लगी",
        "bahut upyogi rahi ye jankari, aabhar",
        "Much obliged for the quick information.",
        "I am grateful for your help, much appreciated.",
    ],
)
def test_a_formal_thanks_is_a_thanks(services, text):
    assert _read(services, text)[0] == "thanks"


@pytest.mark.parametrize(
    ("text", "topic"),
    [("क्या पीएमईजीपी मेरे लिए उपयोगी है", "pmegp"), ("Is ZED useful information for my buyers?", "zed")],
)
def test_useful_beside_a_scheme_is_still_the_scheme(services, text, topic):
    assert _read(services, text)[:2] == ("scheme_info", topic)


@pytest.mark.parametrize(
    "text",
    [
        "how do i use this service? can i write in english also",
        "ये बॉट कैसे इस्तेमाल करें, हिंदी में भी पूछ सकते हैं क्या?",
        "bot kaise use kare, english me bhi likh sakte hai?",
    ],
)
def test_whether_one_may_also_write_in_a_language_is_the_help(services, text):
    reply = ask(services, text)
    assert reply.intent == "help"


@pytest.mark.parametrize("text", ["reply in hindi", "help in hindi please", "english me batao"])
def test_asking_for_a_language_still_switches(services, text):
    assert _read(services, text)[0] == "language"


@pytest.mark.parametrize(
    "text",
    [
        "एमएसएमई मंत्रालय के डिजिटल प्लेटफॉर्म कौन कौन से हैं?",
        "msme ministry ke digital platform kaun kaun se hai",
        "Which digital platforms does the MSME ministry run?",
    ],
)
def test_the_ministrys_digital_platforms_are_the_list(services, text):
    assert _read(services, text)[0] == "scheme_list"


@pytest.mark.parametrize(
    "text",
    [
        "एमएसएमईडी अधिनियम की धारा 16 में विलंबित भुगतान पर ब्याज कितना है?",
        "client ka buyer late pay karta hai, section 16 ka byaj kitna lagega?",
        "What interest is due under section 16 of the MSMED Act?",
    ],
)
def test_the_acts_section_16_interest_is_samadhaans_benefit(services, text):
    assert _read(services, text) == ("scheme_info", "samadhaan", "benefits")


@pytest.mark.parametrize(
    "text", ["GST section 16 ITC claim kaise kare", "section 16 of CGST Act input tax credit"]
)
def test_the_gst_acts_section_16_is_not_samadhaan(services, text):
    assert _read(services, text)[1] != "samadhaan"


@pytest.mark.parametrize(
    "text",
    [
        "कृपया बताएं, ओडीआर में सुनवाई ऑनलाइन होगी या परिषद के कार्यालय में उपस्थित होना अनिवार्य है?",
        "Kindly confirm whether my client may join ODR hearings virtually or whether physical appearance is needed.",
    ],
)
def test_whether_an_odr_hearing_is_online_is_its_benefit(services, text):
    assert _read(services, text) == ("scheme_info", "odr", "benefits")


def test_a_story_ending_in_the_odr_portal_asks_how_to_file_there(services):
    said = (
        "sir hamari chhoti factory hai kanpur me, ek PSU ko maal diya tha 6 mahine pehle, paisa nahi aaya, "
        "ab odr wale portal pe case kaise karna hai"
    )
    assert _read(services, said) == ("scheme_info", "odr", "apply")


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("hamare college campus me extension centre khulwana hai, proposal kaise bheje", "apply"),
        ("हमारे कॉलेज कैंपस में एक्सटेंशन सेंटर खुलवाना है, प्रस्ताव कैसे भेजें?", "apply"),
        ("Our polytechnic wants an extension centre on its campus. How do we send the proposal?", "apply"),
        ("नए प्रौद्योगिकी केंद्र के लिए राज्य को कितनी भूमि उपलब्ध करानी होती है?", "eligibility"),
    ],
)
def test_a_new_centre_wanted_is_the_technology_centres_scheme(services, text, aspect):
    assert _read(services, text) == ("scheme_info", "tech-centres", aspect)


def test_a_centre_asked_for_near_a_town_is_still_found(services):
    assert _read(services, "extension centre near Pune")[0] == "centre_find"


@pytest.mark.parametrize(
    "text",
    [
        "suna hai sarkar har mahila ko 1 lakh free de rahi hai, form kaha milega",
        "सुना है हर दुकानदार को 50 हजार रुपये मुफ्त मिल रहे हैं, कहाँ आवेदन करें?",
        "I heard every small shop owner gets a free Rs 25,000 grant, where do I apply?",
    ],
)
def test_money_heard_to_be_free_for_everyone_is_no_scheme_on_file(services, text):
    reply = ask(services, text)
    assert reply.intent == "fallback"
    assert "OTP" in reply.text


def test_a_named_schemes_free_toolkit_heard_of_is_checked(services):
    reply = ask(services, "suna hai PM Vishwakarma me har karigar ko 15000 ka toolkit free milta hai")
    assert reply.topic == "pm-vishwakarma"


@pytest.mark.parametrize(
    "text",
    [
        "SPICe+ form bharke private limited company kaise banaye",
        "How do I register an LLP?",
        "प्राइवेट लिमिटेड कंपनी रजिस्ट्रेशन कैसे करें",
        "GST late fee waiver ka notification aaya kya",
        "Has the government issued a GST amnesty notification?",
    ],
)
def test_company_incorporation_and_gst_notices_are_not_ours(services, text):
    assert _read(services, text)[0] == "fallback"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("MSE SPICE scheme me kitni subsidy hai", "green-finance"),
        ("जेम का टोल फ्री नंबर, 3 दिन से अटका है", "gem"),
    ],
)
def test_spice_the_scheme_and_days_said_in_hindi_keep_their_reading(services, text, topic):
    assert _read(services, text)[1] == topic


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        (
            "Kindly advise the timeline within which the council must decide a Samadhaan case.",
            "samadhaan",
            "benefits",
        ),
        ("treds par discount rate kaun decide karta hai", "treds", "benefits"),
        ("निर्यात सुविधा केंद्र द्वारा उद्यमों को कौन सी सहायता दी जाती है?", "efc", "benefits"),
        ("क्या सीजीटीएमएसई में पांच करोड़ का लोन कवर होता है?", "cgtmse", "benefits"),
        (
            "CA firm here: for a delayed payment case on the ODR portal, which documents should we keep ready?",
            "odr",
            "documents",
        ),
        ("What papers do we need from a client for Udyam registration?", "udyam", "documents"),
        ("udyam camp me logo ko kya kya laana hoga", "udyam", "documents"),
        ("partnership firm ke gem registration me PAN kiske lagenge", "gem", "documents"),
        ("ट्रेड्स पर केवाईसी में क्या-क्या जमा करना होता है", "treds", "documents"),
        ("क्या मेरे क्लाइंट की फर्म ट्रेड्स पर विक्रेता बन सकती है?", "treds", "eligibility"),
        ("ZED पोर्टल पर रजिस्ट्रेशन के स्टेप बताइए", "zed", "apply"),
    ],
)
def test_a_professionals_wording_asks_its_part(services, text, topic, aspect):
    assert _read(services, text) == ("scheme_info", topic, aspect)


def test_a_loan_with_its_subsidy_wanted_is_no_papers_question(services):
    assert (
        _read(services, "mujhe atta chakki lagani hai 5 lakh ka loan subsidy ke saath chahiye")[2]
        != "documents"
    )


def test_which_platforms_after_treds_is_still_treds(services):
    """ "which platforms are there" right after TReDS asks for its platforms, not the list of schemes."""
    user = "test:platforms"
    ask(services, "what is treds", user=user)
    assert "RXIL" in ask(services, "which platforms are there", user=user).text
