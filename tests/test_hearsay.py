"""A claim the user heard is answered from the part of the record that holds its fact, opened with whether the
record agrees; the figure in it is someone else's word, never the user's own."""

import pytest

from bot.ask import ask

YES = ("✓",)
NO = ("✗",)


@pytest.mark.parametrize(
    ("said", "topic", "aspect"),
    [
        # a figure the claim states (a percent, lakh, days): what the scheme gives
        ("suna hai pmegp me 50% subsidy milti hai sach hai kya?", "pmegp", "benefits"),
        ("यूट्यूब पर देखा कि पीएमईजीपी में 60 प्रतिशत सब्सिडी मिलती है, क्या यह सही है", "pmegp", "benefits"),
        ("A consultant told me CGTMSE covers 100% of the loan. Is that so?", "cgtmse", "benefits"),
        (
            "dost ne bataya champions portal pe shikayat 7 din me niptani hoti hai, sach h?",
            "champions",
            "benefits",
        ),
        # who it is for: "only for", "sirf", "akela"
        ("someone told me pmegp is only for people under 35 years", "pmegp", "eligibility"),
        ("सुना है सीजीटीएमएसई लोन सिर्फ सरकारी बैंक देते हैं, सही है?", "cgtmse", "eligibility"),
        ("suna hai odr portal sirf medium companies ke liye hai, sahi hai kya", "odr", "eligibility"),
        ("My friend says ZED is only for exporters. Is that true?", "zed", "eligibility"),
        # uploads: the papers; where to apply: the steps
        (
            "My cousin said for Udyam we must upload ITR and balance sheet, is that true?",
            "udyam",
            "documents",
        ),
        (
            "bank wale ne bola mse gift ka form SIDBI ki site pe milega, apply kaha kare?",
            "green-finance",
            "apply",
        ),
    ],
)
def test_a_heard_claim_is_answered_from_the_part_holding_its_fact(services, said, topic, aspect):
    reply = ask(services, said)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", topic, aspect)


@pytest.mark.parametrize(
    ("said", "aspect"),
    [
        # not a claim: the matcher's part stands
        ("pmegp me kitni subsidy milti hai", "benefits"),
        ("pmegp kaun le sakta hai", "eligibility"),
        # papers, a link or what it is, asked outright beside a claim, are kept
        (
            "suna hai GeM pe registration sirf PAN aadhar se ho jata hai, kaun se documents lagte hai?",
            "documents",
        ),
        ("is it true the govt is spending 3500 crore on new technology centres? what is it", "overview"),
        # the user's own question beside a claim: who may take it
        ("सुना है चैंपियंस में 15 लाख तक इनक्यूबेशन मिलता है, क्या छात्र भी ले सकते हैं?", "eligibility"),
        # an upload told of, not asked about; a "claim" filed; "soon" is no "suna"
        ("caller bol raha invoice upload kar diya par buyer accept nahi kar raha, ab kya kare", None),
        ("how do i file a claim on the odr portal, what is the link", "apply"),
        ("uploaded an invoice on treds, how soon do financiers usually pay", "benefits"),
        # a figure of one's own beside a claim that states none is no claim's figure
        (
            "My buyer has a turnover of 300 crore. Heard the rule changed, is he now required to register on TReDS?",
            "eligibility",
        ),
    ],
)
def test_a_part_asked_outright_or_no_claim_keeps_the_matchers_part(services, said, aspect):
    reply = ask(services, said)
    assert reply.aspect == aspect or (aspect is None and reply.aspect != "documents")


@pytest.mark.parametrize(
    ("said", "verdict", "shown"),
    [
        ("suna hai pmegp me 50% subsidy milti hai sach hai kya?", NO, "35%"),
        ("I heard PMEGP gives 35% subsidy in villages for special category, right?", YES, "35%"),
        ("सुना है सीजीटीएमएसई में 10 करोड़ तक की गारंटी मिलती है, सच है?", YES, "10 करोड़"),
        # a former figure the record tells ("earlier Rs 5 crore") is not what is on file now
        ("bank wala bol raha cgtmse me 5 crore tak hi guarantee milti hai", NO, "10 करोड़"),
        ("someone told me pmegp is only for people under 35 years", NO, "18"),
    ],
)
def test_a_heard_figure_is_confirmed_or_corrected_from_the_record(services, said, verdict, shown):
    text = ask(services, said).text
    assert text.startswith(verdict) and shown in text.split("\n\n")[0]


def test_a_figure_someone_else_said_is_not_the_users_own(services):
    text = ask(
        services,
        "mere CA ne bola micro ki limit 1 crore turnover hai, mera turnover 4 crore hai to main micro nahi hu?",
    ).text
    assert text.startswith("✗") and "10 करोड़" in text.split("\n\n")[0]
    assert "टर्नओवर 4 करोड़" in text and "टर्नओवर 1 करोड़" not in text


def test_no_verdict_without_a_claim(services):
    assert "✓" not in ask(services, "pmegp me 35% subsidy milti hai?").text[:2]
    assert not ask(services, "pmegp me kitni subsidy milti hai").text.startswith(("✓", "✗"))


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        # a scheme called by its name leads one named only by what it does ("bina guarantee loan": CGTMSE)
        (
            "youtube pe dekha vishwakarma yojana me 3 lakh ka loan milta hai bina guarantee, sach hai?",
            "pm-vishwakarma",
        ),
        ("विश्वकर्मा योजना में बिना गारंटी 3 लाख का लोन मिलता है क्या?", "pm-vishwakarma"),
        ("Heard PM Vishwakarma gives loans without collateral, is it true?", "pm-vishwakarma"),
        # named by what it does alone, it is CGTMSE
        ("bina guarantee loan chahiye", "cgtmse"),
        ("suna hai bina guarantee ke 10 lakh ka loan mil jata hai?", "cgtmse"),
    ],
)
def test_a_scheme_called_by_name_leads_one_named_by_what_it_does(services, said, topic):
    reply = ask(services, said)
    assert (reply.intent, reply.topic) == ("scheme_info", topic)


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        # the buyer's duty to pay in time, or pay interest: the delayed-payment law (Samadhaan), not GeM
        ("सुना है सरकारी नियम है कि खरीदार को 30 दिन में पैसा देना होता है वरना ब्याज लगता है?", "samadhaan"),
        ("suna hai buyer ko 45 din me paisa dena padta hai warna byaj, sach hai?", "samadhaan"),
        ("I heard the buyer must pay within 30 days or pay interest, is that the law?", "samadhaan"),
        ("Heard that 4% of central government purchases must come from SC/ST-owned MSEs. True?", "sambandh"),
        # not a buyer's duty: selling to government buyers, a loan's interest
        ("gem pe sarkari khareedar ko maal kaise beche", "gem"),
    ],
)
def test_a_buyers_duty_to_pay_heard_of_is_the_delayed_payment_law(services, said, topic):
    assert ask(services, said).topic == topic


def test_a_loans_interest_is_no_delayed_payment(services):
    assert ask(services, "loan pe byaj kitna lagta hai").topic != "samadhaan"


def test_the_30_days_heard_is_corrected_to_45(services):
    text = ask(services, "सुना है सरकारी नियम है कि खरीदार को 30 दिन में पैसा देना होता है वरना ब्याज लगता है?").text
    assert text.startswith("✗") and "45 दिन" in text.split("\n\n")[0]


@pytest.mark.parametrize(
    "said",
    [
        "whatsapp pe forward aaya ki MSME Udyog Shakti Yojana me sabko 10 lakh grant milega, fees 999 rs, bharu kya",
        "I got a forward saying the government gives Rs 25,000 to every shopkeeper under PM Dukaan Sahayata Yojana",
        "सुना है पीएम दुकान सहायता योजना में सबको 5 लाख रुपये मिलेंगे, सच है?",
    ],
)
def test_a_heard_scheme_of_money_under_a_name_not_on_file_is_said_to_be_on_none(services, said):
    reply = ask(services, said)
    assert reply.intent == "fallback"
    assert "no scheme of that name" in reply.text or "इस नाम की कोई योजना नहीं" in reply.text
    assert "OTP" in reply.text


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        # ours, by name or by what it is called
        ("youtube pe dekha vishwakarma yojana me 3 lakh ka loan milta hai, sach hai?", "pm-vishwakarma"),
        ("suna hai cluster yojana me 90 pratishat paisa sarkar deti hai", "cdp"),
        ("heard the credit guarantee scheme covers loans up to Rs 10 crore", "cgtmse"),
        # a scheme named by no name ("is yojana"), or one we know but do not cover (Mudra)
        ("suna hai is yojana me 10 lakh milta hai", None),
        ("suna hai mudra yojana me 10 lakh milta hai", None),
    ],
)
def test_a_scheme_heard_of_by_our_name_or_no_name_is_not_a_rumour(services, said, topic):
    reply = ask(services, said)
    assert "no scheme of that name" not in reply.text and "इस नाम की कोई योजना नहीं" not in reply.text
    assert topic is None or reply.topic == topic


@pytest.mark.parametrize(
    ("said", "verdict", "shown", "not_shown"),
    [
        # another measure's or an old limit's figure confirms nothing: micro is Rs 2.5 crore / Rs 10 crore now
        ("I read in the news that micro enterprise limit is now 5 crore investment", NO, "Rs 2.5 crore", "✓"),
        ("my CA says micro means turnover up to 5 crore", NO, "Rs 10 crore", "✓"),
        ("suna hai micro ki limit ab 5 crore investment hai", NO, "2.5 करोड़", "✓"),
        ("खबर में पढ़ा कि सूक्ष्म उद्यम की टर्नओवर सीमा 5 करोड़ है", NO, "10 करोड़", "✓"),
        ("my CA says the micro enterprise investment limit is 2.5 crore now", YES, "Rs 2.5 crore", "✗"),
        ("suna hai micro ka turnover 10 crore tak hota hai", YES, "10 करोड़", "✗"),
        # the first project's limit is Rs 50 lakh / Rs 20 lakh; the second loan's 25 lakh and the old limit are not it
        ("मेरे पड़ोसी ने कहा कि पीएमईजीपी में 25 लाख तक ही लोन मिलता है", NO, "50 लाख", "✓"),
        ("padosi ne bola pmegp me 25 lakh tak hi loan milta hai", NO, "50 लाख", "✓"),
        ("my neighbour said PMEGP gives loans only up to 25 lakh", NO, "Rs 50 lakh", "✓"),
        ("someone told me the PMEGP second loan for service is up to 25 lakh", YES, "Second loan", "✗"),
        # a rumour on WhatsApp is checked too (35% is the most on file); a share or an interest is no subsidy
        ("whatsapp pe aaya ki pmegp me 50% subsidy milti hai", NO, "35%", "✓"),
        ("व्हाट्सएप पर आया कि पीएमईजीपी में 50% सब्सिडी मिलती है", NO, "35%", "✓"),
        ("Got a message on WhatsApp that PMEGP gives 50% subsidy", NO, "35%", "✓"),
        ("suna hai pmegp me 10% subsidy milti hai", NO, "15%", "✓"),
        ("suna hai vishwakarma me 5% subsidy milti hai", NO, "5%", "✓"),
        ("suna hai vishwakarma me 5% byaj pe loan milta hai", YES, "5%", "✗"),
    ],
)
def test_a_heard_figure_is_confirmed_only_by_a_current_rule_of_the_same_measure(
    services, said, verdict, shown, not_shown
):
    checked = ask(services, said).text.split("\n\n")[0]
    assert checked.startswith(verdict) and shown in checked and not_shown not in checked


@pytest.mark.parametrize(
    ("said", "earlier"),
    [
        ("bank wala bol raha cgtmse me 5 crore tak hi guarantee milti hai", True),
        ("mere CA ne bola cgtmse me 2 crore tak hi loan milta hai", True),
        ("my CA said CGTMSE guarantees loans only up to 2 crore", True),
        # the old Udyam limits (2020 to March 2025): micro Rs 1 crore investment / Rs 5 crore turnover
        ("my CA says micro means turnover up to 5 crore", True),
        ("CA ne bola micro ki limit 1 crore investment hai", True),
        ("सुना है माइक्रो की टर्नओवर लिमिट 5 करोड़ है", True),
        # not the old limit either: another measure's figure
        ("I read in the news that micro enterprise limit is now 5 crore investment", False),
        ("CA ne bola micro ki limit 1 crore turnover hai", False),
    ],
)
def test_a_former_figure_heard_is_said_to_be_an_earlier_one(services, said, earlier):
    checked = ask(services, said).text.split("\n\n")[0]
    assert checked.startswith("✗") and any(now in checked for now in ("10 करोड़", "Rs 10 crore"))
    assert ("पुराना आंकड़ा" in checked or "earlier figure" in checked) == earlier


@pytest.mark.parametrize(
    "said",
    [
        "suna hai treds me buyer paisa na de to mujhe wapas dena padta hai",
        "सुना है ट्रेड्स में खरीदार पैसा न दे तो मुझे वापस देना पड़ता है",
        "I heard on TReDS if the buyer does not pay I have to pay it back",
    ],
)
def test_a_treds_repayment_rumour_gets_its_no_recourse_line(services, said):
    text = ask(services, said).text
    assert "recourse" in text
