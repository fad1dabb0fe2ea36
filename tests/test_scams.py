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
        "एक एजेंट उद्यम रजिस्ट्रेशन के 2000 रुपये मांग रहा है",  # told, asking nothing (got Udyam's "free")
        "an agent is asking 2000 rupees for udyam registration",  # "is" opens no question here
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
        "cgtmse me koi fees nahi lagti na, bank wala bol raha hai 1% lagega",
        "बैंक मैनेजर बोले सीजीटीएमएसई की 1% फीस लगेगी, क्या ये सही है?",
        "The bank says a CGTMSE guarantee fee of 1% will be charged to me, is that allowed?",
    ],
)
def test_a_banks_cgtmse_fee_gets_the_fee_lines_and_that_it_may_be_passed_on(services, text):
    reply = say(services, text)
    assert reply.topic == "cgtmse" and "1%" in reply.text
    assert "may pass the fee on" in reply.text or "यह फीस आपसे ले सकता है" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "agent bol raha cgtmse ke liye 1% fees pehle bhejo",  # sent to an agent: still the warning
        "www.msme-grant-india.in",  # a look-alike grant site, alone: the caution, not a grant scheme
        "msme-subsidy-yojana.com pe form bharna hai",
        "is pmegp-subsidy-online.com genuine?",
    ],
)
def test_a_fee_to_an_agent_or_a_site_named_for_money_gets_the_warning(services, text):
    reply = say(services, text)
    assert reply.intent == "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "cgtmse guarantee fee 1% hai, genuine hai kya?",  # the scheme's own fee
        "is rxil.in a real treds platform",  # TReDS runs on private platforms
        "agent ne 2023 me bataya tha udyam free hai",  # a year, not a fee
        "my email is ram@gmail.com, pmegp documents",  # an e-mail address is no site
        "udyamregistration.gov.in sahi hai?",  # the real one
        "www.bakery-recipes.com pe dekha, bakery ke liye loan milega?",  # a site whose name offers no money
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
        # the lender may pass CGTMSE's guarantee fee on: its rate named by the bank is lawful
        "cgtmse me koi fees nahi lagti na, bank wala bol raha hai 1% lagega",
        "बैंक मैनेजर बोले सीजीटीएमएसई की 1% फीस लगेगी, क्या ये सही है?",
        "The bank says a CGTMSE guarantee fee of 0.37% will be charged to me, is that allowed?",
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


@pytest.mark.parametrize(
    "text",
    [
        "MSME se lottery lagi hai 25 lakh ki, 5000 processing fee bharni hai, kya ye sahi hai",  # was "how sure"
        "MSME lottery jeeti hai 10 lakh, fee bharni hai, sahi hai?",
        "Congratulations msg: You have won Rs 25 lakh in MSME lucky draw. Pay Rs 4999 processing fee to claim. "
        "Is this real?",
        "is the MSME lucky draw genuine?",
        "एमएसएमई मंत्रालय की लॉटरी में आपने 25 लाख जीते हैं, 5000 रुपये फीस भेजें",
    ],
)
def test_a_lottery_in_the_ministrys_name_gets_the_warning_and_where_to_complain(services, text):
    """These fell back or got a "how sure" report: the ministry runs no lottery, so it is the warning."""
    reply = say(services, text)
    assert reply.intent == "fraud" and "champions@gov.in" in reply.text
    assert ("by lottery or lucky draw" in reply.text) or ("लॉटरी या लकी ड्रा से पैसा नहीं देती" in reply.text)


def test_where_to_report_a_lucky_draw_is_the_complaint_route_again(services):
    say(
        services,
        "Congratulations msg: You have won Rs 25 lakh in MSME lucky draw. Pay Rs 4999 processing fee.",
    )
    reply = say(services, "where do I report it")
    assert reply.intent == "fraud" and "Do not pay" in reply.text and "champions.gov.in" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "kisi ne call kiya bola KBC lottery me 25 lakh jeete ho, 12000 processing fees bhejo. sach h?",
        "बधाई हो आपका नंबर लकी ड्रा में 25 लाख के इनाम के लिए चुना गया है यह लिंक खोलें",
        "Congratulations!! You have won a free iPhone click the link to claim",
        "inaam nikla hai, 3000 bhejo",
    ],
)
def test_a_prize_in_no_msme_name_falls_back_but_says_not_to_pay(services, text):
    """No MSME matter (the corpora label these "fallback"), but a fee or a link to claim a prize is worth
    one line of warning above the menu."""
    reply = say(services, text)
    assert reply.intent == "fallback" and "champions" not in reply.text
    assert "do not pay a fee" in reply.text or "फीस न भरें" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "green card lottery for usa how to apply",  # a lottery with nothing to pay
        "ZED प्लेज ले लिया पर दस हजार वाला इनाम फीस में कटा हुआ नहीं दिखा",  # ZED's own joining reward
    ],
)
def test_a_lottery_with_nothing_to_pay_or_a_schemes_reward_gets_no_warning(services, text):
    reply = say(services, text)
    assert reply.intent != "fraud" and "do not pay a fee" not in reply.text and "फीस न भरें" not in reply.text


@pytest.mark.parametrize(
    ("text", "topic", "fee_line"),
    [
        (  # got Udyam's contacts
            "I got SMS from MSME ministry: your udyam is blocked, click link and pay 999 to unblock",
            "udyam",
            "Free of cost",
        ),
        (  # got PM Vishwakarma's contacts
            "whatsapp pe link aaya h pm vishwakarma form bharo 500 rs me, ye sahi h?",
            "pm-vishwakarma",
            "मुफ्त",
        ),
        (  # got GeM's overview; GeM's record has no fee, and the warning says so
            "gem registration ke liye ek consultant 8000 le raha hai, dena chahiye?",
            "gem",
            "की कोई फीस दर्ज नहीं है",
        ),
    ],
)
def test_a_paid_form_on_a_link_or_a_consultant_to_pay_gets_the_schemes_warning(
    services, text, topic, fee_line
):
    reply = say(services, text)
    assert reply.intent == "fraud" and reply.topic == topic and fee_line in reply.text
    assert "champions@gov.in" in reply.text


def test_a_schemes_own_fee_is_said_before_no_fee_on_file(services):
    reply = say(services, "Someone called saying CGTMSE approval needs Rs 5000 fee. Is this a scam?")
    assert "no fee on file" not in reply.text


def test_a_consultants_fee_beside_a_question_about_the_scheme_is_answered_not_warned(services):
    """ZED's audit may be worth a consultant's fee: asked whether Bronze is almost free, ZED's benefits."""
    text = "A consultant is charging us Rs 25,000 to get ZED Bronze. Isn't Bronze almost free with the Rs 10,000 joining reward?"
    reply = say(services, text)
    assert reply.intent == "scheme_info" and reply.topic == "zed"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        (
            "I got a call saying I won a PMEGP subsidy of 10 lakh, I need to pay 15000 registration fee to an agent. "
            "Is this genuine?",
            "how to complain about this",
        ),
        ("CSC wale vishwakarma registration ke 200 le rahe", "क्या करूँ"),
        ("CSC wale vishwakarma registration ke 200 le rahe", "ab kya karu"),
        ("CSC wale vishwakarma registration ke 200 le rahe", "shikayat kaha kare"),
    ],
)
def test_after_the_warning_how_to_complain_or_what_now_is_the_complaint_route_again(services, first, then):
    """These got the scheme's apply steps (or MSME Champions' own) in place of where to complain."""
    warned = say(services, first)
    reply = say(services, then)
    assert reply.intent == "fraud" and reply.topic == warned.topic and "champions@gov.in" in reply.text
    assert "Do not pay" in reply.text or "पैसे न दें" in reply.text


def test_after_the_warning_what_to_do_for_a_scheme_named_is_about_the_scheme(services):
    say(services, "CSC wale vishwakarma registration ke 200 le rahe")
    reply = say(services, "vishwakarma ke liye kya kare")
    assert reply.intent == "scheme_info" and reply.topic == "pm-vishwakarma"


@pytest.mark.parametrize(
    "text",
    [
        "Caller says buyer not paying 70 days, what should he use?",
        "caller bol raha buyer 90 din se payment nahi kar raha",
    ],
)
def test_a_forwarded_late_payment_with_its_days_is_no_scam(services, text):
    """ "caller says", "paying" and "70" read as a sum demanded: the scam warning instead of Samadhaan."""
    [reply] = respond(IncomingMessage("console", "fw", text), services)
    assert reply.intent == "scheme_info" and reply.topic == "samadhaan"


@pytest.mark.parametrize(
    "text",
    [
        "lottery ki dukaan ke liye udyam registration ho sakta hai kya?",
        "national msme award ki prize money kitni hai",
    ],
)
def test_a_prize_named_with_nothing_to_pay_or_doubt_is_no_scam(services, text):
    """The reviewer's probes: a lottery shop's Udyam question got "the ministry runs no lottery"."""
    [reply] = respond(IncomingMessage("console", "pz", text), services)
    assert reply.intent != "fraud"


def test_a_need_of_its_own_after_a_warning_is_answered_not_warned_again(services):
    """ "mujhe loan chahiye, kya kare?" repeated the warning: "kya kare" beside a need asks about the need."""
    respond(
        IncomingMessage("console", "wn", "koi bol raha hai pmegp loan pass karwa dega 10000 me"), services
    )
    [reply] = respond(IncomingMessage("console", "wn", "mujhe loan chahiye, kya kare?"), services)
    assert reply.intent != "fraud"


def test_a_consultants_fee_for_a_project_report_is_no_scam(services):
    """A project report is work an adviser may charge for; "de du kya?" got "do not pay anyone"."""
    text = "pmegp project report ke liye consultant 15000 maang raha hai, de du kya?"
    [reply] = respond(IncomingMessage("console", "pr", text), services)
    assert reply.intent != "fraud" and reply.topic == "pmegp"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("एक एजेंट उद्यम रजिस्ट्रेशन के 2000 रुपये मांग रहा है", "क्या देना चाहिए"),  # got Udyam's documents
        ("ek agent udyam registration ke 2000 rupaye maang raha hai", "de du kya"),  # got "sorry"
        (
            "an agent is asking 2000 rupees for udyam registration",
            "should I pay?",
        ),  # got "Do you mean Samadhaan?"
        ("एक एजेंट पीएमईजीपी के 3000 रुपये मांग रहा है", "क्या देना चाहिए"),  # got PMEGP's documents
        ("agent pmegp ke 5000 maang raha hai", "should I give?"),
    ],
)
def test_whether_to_pay_an_agent_after_his_demand_gets_do_not_pay(services, first, then):
    """Udyam's own answer to an agent's demand says it is free; asking next whether to pay him is the warning,
    not the papers the scheme needs."""
    user = f"pay|{first}"
    respond(IncomingMessage("console", user, first), services)
    [reply] = respond(IncomingMessage("console", user, then), services)
    assert reply.intent == "fraud" and "champions@gov.in" in reply.text


def test_papers_asked_after_a_warning_are_answered(services):
    respond(
        IncomingMessage("console", "pp", "CSC wala vishwakarma registration ke 500 le raha hai"), services
    )
    [reply] = respond(IncomingMessage("console", "pp", "kaun se documents dena chahiye"), services)
    assert reply.aspect == "documents"


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("Someone called saying I won a CGTMSE prize, need to pay 5000 processing fee", "is it real?"),
        ("Someone called saying I won a CGTMSE prize, need to pay 5000 processing fee", "where to report"),
        ("CSC wala vishwakarma registration ke 500 le raha hai", "ye sahi hai kya"),
        ("एक कॉल आया कि मेरा पीएमईजीपी लोन पास हो गया है, 2000 रुपये प्रोसेसिंग फीस भेजो", "क्या यह सच है"),
    ],
)
def test_the_warning_asked_about_again_is_not_repeated_word_for_word(services, first, then):
    """ "is it real?", "where to report" right after a warning got the same 766 characters again."""
    user = f"again|{first}|{then}"
    [warning] = respond(IncomingMessage("console", user, first), services)
    [again] = respond(IncomingMessage("console", user, then), services)
    assert again.intent == "fraud" and "champions@gov.in" in again.text
    assert again.text != warning.text and len(again.text) < len(warning.text)


def test_a_cgtmse_scam_warning_quotes_no_fee_rate(services):
    """ "0.37% … 1% fee for startup loans" under "do not pay" read as "so there is a fee"."""
    reply = say(services, "Someone called saying I won a CGTMSE prize, need to pay 5000 processing fee")
    assert (
        reply.intent == "fraud" and "%" not in reply.text and "The lender takes the guarantee" in reply.text
    )


@pytest.mark.parametrize(
    "text",
    [
        "someone called saying he can get my PMEGP loan sanctioned for a 10% cut",
        "A consultant is asking 15% commission for CGTMSE loan sanction",
        "agent bol raha hai 10 pratishat commission do, pmegp loan pass ho jayega",
        "एक सलाहकार कह रहा है कि लोन पास कराने के लिए 5% कमीशन लगेगा",
        "ek banda bol raha hai 10% cut dega to mudra loan pass karwa dega",  # got "no details on Mudra"
    ],
)
def test_a_cut_or_commission_for_getting_a_loan_gets_the_warning(services, text):
    """ "10% cut", "15% commission" for a loan sanction got the scheme's eligibility or fee lines, no warning."""
    reply = say(services, text)
    assert reply.intent == "fraud" and "champions@gov.in" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "someone said the CGTMSE guarantee fee was cut to 0.37%, is that right?",  # a rate the scheme has
        "consultant 2% commission le raha hai pmegp project report ke liye",  # his work, paid for
        "someone said there will be a 10% cut in PMEGP subsidy next year",  # nothing to get passed
    ],
)
def test_a_schemes_rate_cut_or_an_advisers_work_is_no_cut(services, text):
    assert say(services, text).intent != "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "I got an SMS saying I won Rs 5 lakh MSME grant, click link to claim",
        "मुझे SMS आया कि आपको 2 लाख का एमएसएमई अनुदान मिला है, लिंक पर क्लिक करें",
        "msg aaya hai msme anudan mila hai 3 lakh, link pe click karo",
    ],
)
def test_money_said_won_with_a_link_to_click_gets_the_warning(services, text):
    """These fell back ("Sorry, I could not find an answer…")."""
    reply = say(services, text)
    assert reply.intent == "fraud" and "champions@gov.in" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "pmegp subsidy mili, ab loan kab band hoga",  # a subsidy told
        "mujhe anudan mila hai, udyam registration ka link kya hai?",  # a link asked for, none clicked
        "pmegp subsidy mili nahi abhi tak, portal pe click karne par error aata hai",  # none got
    ],
)
def test_a_subsidy_told_with_no_link_to_click_is_no_prize(services, text):
    assert say(services, text).intent != "fraud"


@pytest.mark.parametrize(
    ("first", "then", "plain"),
    [
        (
            "someone called saying he can get my PMEGP loan sanctioned for a 10% cut",
            "is that legit?",
            "No, do not trust",
        ),
        (
            "ek agent udyam registration ke 2000 rs maang raha hai",
            "ye sahi hai kya?",
            "नहीं, इस पर भरोसा न करें",
        ),
        ("एक एजेंट उद्यम रजिस्ट्रेशन के 2000 रुपये मांग रहा है", "क्या ये असली है?", "नहीं, इस पर भरोसा न करें"),
    ],
)
def test_a_doubt_after_a_warning_is_answered_plainly_first(services, first, then, plain):
    """ "is that legit?" after the warning repeated "Do not pay anyone for this" and never said "No"."""
    user = f"plain|{then}"
    respond(IncomingMessage("console", user, first), services)
    [reply] = respond(IncomingMessage("console", user, then), services)
    assert reply.intent == "fraud" and reply.text.startswith(plain) and "champions@gov.in" in reply.text


def test_is_that_legit_after_a_cut_asked_is_the_warning_again(services):
    """ "is that legit?" after the warning got "Sorry, I could not find that exactly"."""
    say(services, "someone called saying he can get my PMEGP loan sanctioned for a 10% cut")
    reply = say(services, "is that legit?")
    assert reply.intent == "fraud" and "champions@gov.in" in reply.text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("एजेंट 500 ले रहा है उद्यम के लिए", "पैसे दे दिए, वापस कैसे मिलेंगे?"),  # got the same block again
        ("I was charged Rs 3000 by a cyber cafe for Udyam", "can I get a refund?"),  # got Udyam's eligibility
        ("csc wala vishwakarma registration ke 500 le raha hai", "paise de diye, wapas milenge kya?"),
    ],
)
def test_money_paid_to_a_scam_gets_no_refund_on_file_and_where_to_complain(services, first, then):
    """The knowledge base has nothing on refunds: it says so, once, with "pay no more" and the complaint route."""
    user = f"back|{then}"
    respond(IncomingMessage("console", user, first), services)
    [reply] = respond(IncomingMessage("console", user, then), services)
    assert reply.intent == "fraud" and "champions@gov.in" in reply.text
    assert "nothing on getting the money back" in reply.text or "पैसे वापस पाने के बारे में" in reply.text


def test_follow_ups_to_a_warning_each_add_what_is_new(services):
    """ "sahi h kya?" then "to ab kya karu" after the PMEGP agent's warning got one 222-character block twice."""
    user = "again|r07"
    respond(
        IncomingMessage("console", user, "agent bol rha h 5000 do subsidy pass kra dunga pmegp me"), services
    )
    [right] = respond(IncomingMessage("console", user, "sahi h kya?"), services)
    [now] = respond(IncomingMessage("console", user, "to ab kya karu"), services)
    assert right.intent == now.intent == "fraud" and right.text != now.text
    assert "अब आप यह कर सकते हैं" in now.text and "champions@gov.in" in now.text


@pytest.mark.parametrize(
    "text",
    [
        "we have won a GeM tender, where do I click to accept the order?",
        "PMEGP subsidy mili hai, certificate download karne ke liye kaha click kare",
        "grant approved under PMEGP, which button to click for release?",
    ],
)
def test_ones_own_good_news_with_a_click_is_no_prize(text):
    """The user's own news is no windfall a message told: these got "the ministry runs no lottery"."""
    assert not scams.offers_a_prize(text)


def test_is_this_normal_after_a_warning_is_about_the_scam(services):
    """It fell back."""
    say(services, "an agent asks Rs 25,000 processing charge for my cgtmse loan")
    assert say(services, "is this normal?").intent == "fraud"


def test_a_part_of_a_scheme_asked_after_a_warning_is_answered(services):
    """ "is that true…" right after the warning got the warning again, though it asks PMEGP's subsidy."""
    say(services, "agent 2000 maang raha hai pmegp ke liye")
    reply = say(services, "is that true pmegp gives 35% subsidy in villages")
    assert reply.intent == "scheme_info" and reply.topic == "pmegp"


@pytest.mark.parametrize(
    "text",
    [
        "बधाई हो! आपका एमएसएमई लोन 5 लाख स्वीकृत हुआ है। फाइल चार्ज 2500 रुपये इस नंबर पर भेजें",
        "आपको पीएमईजीपी में 2 लाख का अनुदान स्वीकृत हुआ है, 999 रुपये शुल्क जमा करें",
        "Message aaya hai: aapka MSME loan 3 lakh approve ho gaya hai, 1500 file charge bhejo",
        "whatsapp pe msg aaya free grant 50000 ka, registration ke 299 rupaye bharne hai",
        "Congratulations! Your MSME loan of Rs 5 lakh is approved. Pay Rs 1999 processing fee to get it.",
        "got an sms, my loan has been sanctioned, click the link and pay 750 to release it",
    ],
)
def test_a_loan_or_grant_said_approved_for_a_fee_is_the_advance_fee_scam(services, text):
    """A loan or grant "approved" by a call or message, with a fee to send, got the fallback or a scheme."""
    reply = say(services, text)
    assert reply.intent == "fraud" and "champions.gov.in" in reply.text
    assert "release a loan or grant" in reply.text or "लोन या अनुदान जारी" in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "mera pmegp loan approve ho gaya, ab kya karna hai?",  # the user's own news
        "मेरा पीएमईजीपी लोन पास हो गया है, सब्सिडी कब आएगी?",
        "My PMEGP loan is sanctioned, bank is asking 10% margin money, is it right?",  # PMEGP's own share
        "bank ne bola aapka loan pass ho gaya hai, 10% apna hissa jama karo",
        "bank manager ne bola aapka loan pass ho gaya, 500 rupaye file charge lagega",  # the lender's own fee
        "Congratulations, my loan is approved! what documents does the bank need next?",
        "maine bank ko 10 documents diye the, loan kab milega",  # papers given, no agent
    ],
)
def test_ones_own_loan_approved_or_a_banks_own_charge_is_no_scam(services, text):
    assert say(services, text).intent != "fraud"


@pytest.mark.parametrize(
    "text",
    [
        "ek consultant bol raha hai zed certificate ke 25000 lagenge fees, sahi hai kya",
        "एक कंसल्टेंट कह रहा है कि ZED सर्टिफिकेट के 25000 रुपये लगेंगे, क्या यह सही है?",
        "A consultant is asking Rs 25000 for ZED certification, should I pay?",
        "zed ke liye consultant 25000 le raha hai, de du kya?",
    ],
)
def test_a_consultant_quoting_zeds_fee_gets_its_fee_lines_not_pay_nobody(services, text):
    """ZED's unit pays its own share of the certification cost: "do not pay anyone for it" was untrue."""
    reply = say(services, text)
    assert reply.intent == "scheme_info" and reply.topic == "zed"
    assert "80%" in reply.text and "पैसे न दें (और" not in reply.text and "Do not pay anyone" not in reply.text


@pytest.mark.parametrize(
    "text",
    [
        "gem registration ke liye ek consultant 8000 le raha hai, dena chahiye?",  # GeM's record has no fee
        "consultant bol raha hai udyam ke 2000 lagenge",  # Udyam is free
        "call aaya zed certificate ke liye 5000 bhejo",  # a caller, money to send
        "consultant bol raha hai 10% commission do, zed subsidy pass karwa dega",  # a cut to get it passed
    ],
)
def test_a_fee_for_a_free_registration_or_sent_to_a_caller_is_still_the_warning(services, text):
    assert say(services, text).intent == "fraud"
