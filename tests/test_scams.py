"""The scams around free schemes: a caller, a message or an agent asking for a fee, and look-alike sites.
The warning comes first, whatever the message names; a fee the scheme really has, a real platform's
site and a year are no scam."""

import pytest

from bot import scams
from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text):
    [reply] = respond(IncomingMessage("console", "u", text), services)
    return reply


@pytest.mark.parametrize(
    "text",
    [
        "Got a call saying my PMEGP loan is approved and I need to pay 3000 processing fee. Genuine?",
        "एक कॉल आया कि मेरा पीएमईजीपी लोन पास हो गया है, 2000 रुपये प्रोसेसिंग फीस भेजो",
        "koi bol raha hai pm vishwakarma ka 15000 lene ke liye 500 rs do",
        "cgtmse ke naam pe agent 10% commission maang raha hai loan pass karane ka",
        "whatsapp pe message aaya gem registration 5000 me karwa denge",
        "got a phone call, my pmegp loan is approved, pay 2500 processing fee",  # "phone" asks no contact
        "call aaya, pmegp loan pass hai, 2000 रुपये फीस भेजो",  # both scripts in one message
        "agent asking 2000 for gem registration",  # a year-like sum that is asked for
        "एक आदमी फोन पर कह रहा है कि पीएम विश्वकर्मा का लोन पास करवा देगा 5000 रुपए लगेंगे",  # "will cost"
        "CSC wale vishwakarma registration ke 200 le rahe",  # taking, in two words
        "एक एजेंट कह रहा है कि वो सरकारी एजेंट है और PMEGP सब्सिडी दिलवा देगा",  # a fixer, no sum yet
        "मुझे मैसेज आया है कि आपका उद्यम रजिस्ट्रेशन रद्द हो जाएगा, लिंक पर क्लिक करके 499 रुपये भरें",  # phishing
        "ek agent bol raha h udyam certificate ke 2000 rs lagenge, de du kya",  # whether to pay, for Udyam
    ],
)
def test_a_fee_asked_by_a_caller_or_an_agent_gets_the_warning(services, text):
    reply = say(services, text)
    assert reply.intent == "fraud" and "champions.gov.in" in reply.text
    assert reply.locale == ("en" if text[0] in "Gga" else "hi")


def test_a_look_alike_of_a_government_site_is_named_as_not_on_file(services):
    reply = say(services, "https://udyam-registration.org.in ye sahi site hai?")
    assert reply.intent == "fraud"
    assert "udyam-registration.org.in" in reply.text and "udyamregistration.gov.in" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "cgtmse guarantee fee 1% hai, genuine hai kya?",  # the scheme's own fee
        "is rxil.in a real treds platform",  # TReDS runs on private platforms
        "agent ne 2023 me bataya tha udyam free hai",  # a year, not a fee
        "my email is ram@gmail.com, pmegp documents",  # an e-mail address is no site
        "udyamregistration.gov.in sahi hai?",  # the real one
        "bank manager bol raha hai pmegp me 10% jama karna hoga",  # PMEGP's own contribution
        "मेरा दोस्त बोल रहा है पीएमईजीपी में 5 प्रतिशत जमा करना पड़ता है",
        "someone said cgtmse guarantee fee is 1 percent, is it right?",
        "I applied for PMEGP.In the portal it shows pending, what documents needed?",  # a missing space
        "CSC wale bol rahe hai 3 document lagenge vishwakarma ke liye",  # a count, not a fee
        "CSC operator bol raha hai certificate aane me 15 din lagenge",  # days
        "The agent is taking 10 days to process my PMEGP file",
        "bank manager bol raha hai PMEGP me 10% apna paisa lagega",  # PMEGP's own contribution
        "bank manager bol raha hai ki CGTMSE me loan pass kara denge, kaun se documents lagenge?",  # the lender
        "DIC officer keh raha hai PMEGP subsidy dilwa denge",  # the scheme's own office
    ],
)
def test_a_real_fee_site_or_year_is_no_scam(services, text):
    assert say(services, text).intent != "fraud"


def test_a_year_is_a_sum_only_when_said_in_rupees():
    assert scams.demanded_by_someone("agent asking rs 2000 fee")
    assert scams.demanded_by_someone("agent asking ₹2000 fee")
    assert not scams.demanded_by_someone("agent ne 2023 me fees maangi")
    assert scams.demanded_by_someone("call aaya tha 2000 processing fee bhejo")  # a fee named after it


def test_after_a_udyam_chat_a_loan_approval_call_is_still_a_scam(services):
    respond(IncomingMessage("console", "u", "udyam"), services)
    assert say(services, "got a call saying my loan is approved, pay 3000 processing fee").intent == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "koi bol raha hai loan ka 5% pehle bhejo tab loan milega",  # a rate to be sent first
        "a person called, said send 2% of the loan amount as processing fee first",
        "Udyam-registration.org.in sahi hai?",  # a phone keyboard's capital
        "GeM-Seller.in se call aaya, registration fee 3000",
    ],
)
def test_rates_to_send_and_capitalised_look_alikes_get_the_warning(services, text):
    assert say(services, text).intent == "fraud"


def test_a_phone_call_said_in_a_hindi_sentence_is_not_a_call_from_someone(services):
    reply = say(services, "मेरा phone खराब है, call नहीं लगता, gem registration की fee 5000 है क्या?")
    assert reply.intent != "fraud"


def test_after_the_warning_what_the_user_says_of_the_scam_gets_it_again(services):
    """ "is this right?", "he says he is a government agent", "where do I report this?" after a warning are
    about the scam: not a "how sure" report ("verified"), a ticket for the "agent" or a fallback."""
    say(services, "CSC wale vishwakarma registration ke 200 le rahe")
    for text in ("ye sahi hai kya", "wo bolta h sarkari agent hu", "where do I report this?"):
        reply = say(services, text)
        assert reply.intent == "fraud" and "champions@gov.in" in reply.text, text


def test_a_middleman_talked_to_who_asks_a_fee_gets_the_warning_not_a_ticket(services):
    """ "agent se baat hui" tells of the middleman; it is no request to talk to a person."""
    reply = say(services, "agent se baat hui, 500 rs maang raha hai vishwakarma registration ke")
    assert reply.intent == "fraud"
