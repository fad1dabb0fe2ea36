"""Understanding whole messages against the shipped knowledge base: how real users write."""

import pytest

from bot.matcher import ANSWER_THRESHOLD, CLARIFY_THRESHOLD
from bot.messages import IncomingMessage
from bot.normalize import keys
from bot.respond import respond


@pytest.fixture
def understand(services):
    snap = services.current()
    return snap.understand


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("how to register on TReDS as msme seller, we supply packaging to a big fmcg co", "treds"),
        ("can a medium enterprise file on the odr portal or is it only for micro and small units", "odr"),
    ],
)
def test_a_scheme_called_by_its_own_name_beats_generic_msme_words(understand, text, topic):
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "नमस्ते, मेरी गाँव में छोटी सी किराने की दुकान है, बेटा कह रहा है उद्यम रजिस्ट्रेशन करवा लो, "
            "इसके लिए कौन कौन से कागज लगेंगे?",
            "udyam",
        ),
        ("pmegp ke liye 8th pass hona jaruri h kya mai 5vi pass hu, eligible hu?", "pmegp"),
    ],
)
def test_a_long_personal_message_about_a_scheme_is_still_answered(understand, text, topic):
    u = understand(text)
    assert u.best.label == topic and u.best.score >= ANSWER_THRESHOLD


def test_the_same_words_without_scheme_vocabulary_stay_unsure(understand):
    assert not understand("udyam vihar metro station kaise jau").confident


@pytest.mark.parametrize("text", ["pm kisan ka paisa kab aayega", "पीएम किसान की किस्त कब आएगी"])
def test_money_words_alone_do_not_name_samadhaan(understand, text):
    u = understand(text)
    assert u.not_covered == "pm-kisan" and not u.confident


def test_dye_is_not_the_hindi_word_give(understand):
    u = understand("6 महीने हो गए पैसा नहीं दे रहे")
    assert u.best.label == "samadhaan"
    assert all(h.score < CLARIFY_THRESHOLD for h in u.topics if h.label == "tech-centres")


def test_understanding_is_reused_for_a_repeated_question(understand):
    assert understand("udyam documents") is understand("udyam documents")


def test_a_negation_is_part_of_a_topic_phrase(understand):
    """ "payment nahi mila" is Samadhaan; a failed UPI payment with no "nahi" is not."""
    assert understand("buyer se payment nahi mila").best.label == "samadhaan"
    assert not understand("my UPI payment failed but money got debited, bank not responding").confident


@pytest.mark.parametrize(
    "text", ["विश्वकर्मा पूजा 2026 में किस तारीख को है?", "how to apply for a US green card", "credit card limit"]
)
def test_festivals_and_cards_are_not_schemes(understand, text):
    assert not understand(text).confident


@pytest.mark.parametrize(
    "text",
    [
        "हाथ में दर्द है",
        "set the alarm",
        "gaon me mela kab hai",
        "बहुत बहुत धन्यवाद जी जानकारी बड़े काम की थी",  # बड़े (big) is no बढ़ई (carpenter)
        "बधाई हो आपका नंबर लकी ड्रा में चुना गया है",
    ],
)
def test_everyday_words_do_not_name_a_scheme(understand, text):
    assert all(h.score < CLARIFY_THRESHOLD for h in understand(text).topics)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("बिजली कनेक्शन की मंजूरी महीनों से अटकी है, चैंपियंस पोर्टल पर शिकायत कैसे डालूं?", "champions"),
        ("how can sambandh help me find out what PSUs want to buy?", "sambandh"),
        ("cgtmsc ki official site kya hai, member bank ki list kaha milegi", "cgtmse"),
    ],
)
def test_a_scheme_named_alone_among_unknown_words_is_answered(understand, text, topic):
    u = understand(text)
    assert u.best.label == topic and u.confident and not u.close_topics()


def test_a_trade_with_an_eligibility_question_is_pm_vishwakarmas(understand):
    u = understand(
        "mere papa lohar hai aur main bhi unke saath kaam karta hu, dono alag alag apply kar sakte"
    )
    # "lohar" is one of PM Vishwakarma's trades; "can both apply?" is its one-per-family rule
    assert u.best.label == "pm-vishwakarma" and u.aspect == "eligibility" and not u.close_topics()


@pytest.mark.parametrize("text", ["मैं बढ़ई हूं कोई योजना है", "main badhai ka kaam karta hu", "मैं नाई हूं"])
def test_a_carpenter_or_barber_in_hindi_is_pm_vishwakarmas(understand, text):
    assert understand(text).best.label == "pm-vishwakarma"


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("d mart me job chahiye kaise apply kare", "msme-mart"),
        ("घर में भाई से जमीन का झगड़ा है, समाधान बताइए", "samadhaan"),
    ],
)
def test_a_negative_phrase_vetoes_only_with_all_its_words(understand, text, vetoed):
    assert vetoed in understand(text).vetoed
    assert understand("mart par kaise bechu").best.label == "msme-mart"  # "mart" without the "d"


@pytest.mark.parametrize(
    "text",
    [
        "trademark registration ki fees kitni hai",
        "credit card ka bill",
        "sabzi market kab khulta hai",
        "fssai registration kaise kare",
    ],
)
def test_everyday_words_in_a_schemes_name_do_not_call_it_by_name(understand, text):
    assert not understand(text).confident  # "registration", "credit", "bill", "market" are no names


def test_a_scheme_named_by_its_proper_name_wins_a_tie_of_shared_words(understand):
    u = understand("bhai udyog aadhar 2019 me bana tha, ab wo chalega ya naya udyam banwana padega?")
    assert u.best.label == "udyam" and not u.close_topics()  # "naya udyog" also points to PMEGP


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("gem helpline no chahiye urgent, payment nahi aaya order ka", "gem"),
        (
            "odr portal kaun use kar sakta hai, main medium unit hoon jiska payment 5 mahine se atka hai",
            "odr",
        ),
        ("how do I register on sambandh to get govt tenders?", "sambandh"),
        ("हमारी फैक्ट्री है, हमें प्रोडक्ट की टेस्टिंग करवानी है, कहाँ होगी?", "tech-centres"),
        ("How do I become a government supplier?", "gem"),
        ("सरकारी सप्लायर कैसे बनें", "gem"),
        ("my buyer is a government supplier and hasn't paid me", "samadhaan"),
        # Udyam's name beside another scheme's need is what one has or lacks
        (
            "mere paas udyog aadhar h udyam nahi, kya fir bhi late payment ka case file ho sakta hai",
            "samadhaan",
        ),
        # misspelt names
        ("tredes kya h", "treds"),
        ("pm rojgar yojna me apply kese kre", "pmegp"),
        ("पीएम रोजगार योजना क्या है", "pmegp"),
        ("PM rozgar yojana details", "pmegp"),
        ("vishkarma yojna ka form kaha bharna h", "pm-vishwakarma"),
        ("विशकर्मा योजना क्या है", "pm-vishwakarma"),
        ("viswakarma scheme eligibility", "pm-vishwakarma"),
        ("म्हें पुश्तैनी लुहार को काम करां हां, कोई मदद मिल सके के", "pm-vishwakarma"),
        ("main luhar ka kaam karta hu koi madad milegi", "pm-vishwakarma"),
        # situations told without a scheme's name
        ("sarkari daftar me furniture supply krna h online wala tarika kya h", "gem"),
        ("सरकारी दफ्तरों में अपना माल कैसे बेचें ऑनलाइन", "gem"),
        ("how to sell to government offices", "gem"),
        ("तीन महीना हो गइल पार्टी माल के पइसा ना देत बा, का करीं", "samadhaan"),
        ("party paisa na det ba kaa kari", "samadhaan"),
        ("one Kolkata party is not giving my payment since four months, what to do", "samadhaan"),
        (
            "bank manager bolta h guarantor lao mere paas koi nahi h kya koi scheme h jisme guarantor na lage",
            "cgtmse",
        ),
        ("बैंक गारंटर मांग रहा है, बिना गारंटर लोन मिलेगा?", "cgtmse"),
        ("bank wants a guarantor but I have no guarantor", "cgtmse"),
        ("bill ka paisa abhi chahiye koi platform h jisme bank bid kare", "treds"),
    ],
)
def test_the_scheme_a_need_or_its_own_name_points_to(understand, text, topic):
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("rooftop solar subsidy for my house under PM Surya Ghar", "green-finance"),
        ("नगर निगम से ट्रेड लाइसेंस बनवाने की प्रक्रिया क्या है", "treds"),
        ("दुकान का बिजली बिल बहुत ज्यादा आया है, गलत बिल की शिकायत कैसे करें", "champions"),
        ("customer ne maal le liya bill bhi accept kar liya 50 din ho gaye, interest milega?", "treds"),
        ("how to correct date of birth in aadhaar", "treds"),
        ("GST रिटर्न 2 महीने लेट हो गया, पेनल्टी कितनी लगेगी?", "samadhaan"),  # one's own return late
        ("gst return late ho gaya penalty kitni", "samadhaan"),
        ("vishwakarma me kitne trades hai", "treds"),
    ],
)
def test_another_schemes_or_services_words_are_not_ours(understand, text, not_topic):
    u = understand(text)
    assert not (u.confident and u.best.label == not_topic)
    assert "thanks" not in u.intents  # "Surya" is no "shukriya"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("msme samadhaan par complaint kaise kare", "samadhaan"),  # not "msme complaint portal"
        ("एमएसएमई समाधान पर शिकायत कैसे दर्ज करें", "samadhaan"),
        ("online dispute resolution portal for msme late payment how to file", "odr"),
    ],
)
def test_a_tie_goes_to_the_scheme_whose_phrase_is_said_word_for_word(understand, text, topic):
    u = understand(text)
    assert u.best.label == topic and not u.close_topics()


def test_a_bare_negation_names_no_scheme(understand):
    """ "नहीं" alone is no "भुगतान नहीं मिला" (Samadhaan)."""
    u = understand("नहीं, बस इतना ही")
    assert not u.topics and "thanks" in u.intents


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("पीएम विश्व कर्मा योजना के बारे में जानकारी चाहिए थी", "pm-vishwakarma"),  # a word split by a space
        ("pmegpkaform kaha bhrna h online ya bank me", "pmegp"),  # words run together
        ("gemportal pe sellr registrasn me kon kon se docment uplod krne padte", "gem"),
        ("पी एम ई जी पी योजना क्या है विस्तार से बताइए", "pmegp"),
        # (two scripts typed without a space between them)
        ("udyamरजिस्ट्रेशन kaise kare", "udyam"),
        ("उद्यमregistration kaise kare", "udyam"),
        ("cgtmseका loan kaise milega", "cgtmse"),
    ],
)
def test_words_split_or_run_together_are_mended(understand, text, topic):
    u = understand(text)
    assert u.best.label == topic and u.confident


def test_a_word_is_not_cut_into_a_schemes_word_and_a_near_spelling(understand):
    """ "grinding" is no "green" (Green Finance) + "ding" (a town, and one letter from "dyeing")."""
    u = understand("Can I get the PMFME subsidy for a masala grinding unit?")
    assert u.best.label != "green-finance" and not u.confident and u.not_covered == "pmfme"


def test_a_scheme_named_beats_a_longer_phrase_said_word_for_word(understand):
    """ "ODR portal … delayed payment claim": its name says which, not Samadhaan's longer phrase."""
    u = understand("ODR portal - steps to file a delayed payment claim?")
    assert u.best.label == "odr"


def test_a_very_long_unbroken_word_is_not_cut_into_words(understand):
    """Splitting runs words together only up to a word's length; a 4,000-letter token stays one word."""
    u = understand("videsi" * 700)
    assert len(u.unknown) == 1


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # papers named beat the sentence's other asks ("apply ke liye", "जरूरी है क्या", "required to register")
        ("champions scheme me apply krne k liye kaunse docs lagte h", "documents"),
        ("उद्यम रजिस्ट्रेशन के लिए कौन कौन से डॉक्यूमेंट लगेंगे पैन कार्ड जरूरी है क्या", "documents"),
        ("documents required to register on msme sambandh", "documents"),
        # ...unless the help asked about is with papers
        ("efc me export ke papers ka guidance milta h kya, training bhi hoti h?", "benefits"),
        # admission to a course is applying, whatever the course teaches
        ("how to get admission in MSME tool room training course", "apply"),
        ("tool room me cnc course me admission kaise milega", "apply"),
        # a general aspect said in full words of its own ("full form", "कैसे करें") is no bare question word
        ("what is P M E G P scheme full form", "overview"),
        ("जेम पोर्टल पर सेलर रजिस्ट्रेशन कैसे करें स्टेप बताइए", "apply"),
        # a plural in formal Hindi is its noun ("दस्तावेजों की आवश्यकता")
        ("महोदय, कृपया अवगत कराएं कि उद्यम पंजीकरण हेतु किन-किन दस्तावेजों की आवश्यकता होती है", "documents"),
        # government offices that buy are no office asked for; an office asked where is
        ("सरकारी दफ्तरों को अपना सामान ऑनलाइन कैसे बेचें", "apply"),
        ("sarkari offices ko furniture supply karna hai kaise shuru kare", "apply"),
        ("odr portal se kya fayda, office jana padega kya", "benefits"),
        ("पीएमईजीपी के बारे में जिले में किस दफ्तर से पूछें", "contact"),
        ("pmegp contact office in my district", "contact"),
        # words that name the scheme ask no part of it beside words that do
        ("technology centre me training ke admission ke liye kaun se documents chahiye", "documents"),
        ("tool room course ki jankari ke liye kisse sampark kare", "contact"),
        ("टूल रूम कोर्स के लिए योग्यता क्या है", "eligibility"),
        ("tool room me CNC aur CAD CAM ki training hoti h kya", "benefits"),  # (alone, they still do)
        # schooling asked is who qualifies; so is a trade or a buyer "included" or "forced to join"
        ("पीएमईजीपी लोन के लिए कितनी पढ़ाई जरूरी है मैं 5वी पास हूं", "eligibility"),
        ("is there any education qualification for pmegp", "eligibility"),
        (
            "is PM Vishwakarma available for a tailor who already took a Mudra loan 2 years ago?",
            "eligibility",
        ),
        ("is my buyer forced to join treds?", "eligibility"),
        ("नई यूनिट को भी सीजीटीएमएसई मिलता है क्या", "eligibility"),
        # what the government pays or gives is what the scheme gives ("pay" alone picked "pay your share of the fee")
        ("how much will govt pay?", "benefits"),
        ("how much does the government give for it", "benefits"),
        ("sarkar kitna degi", "benefits"),
        ("govt kitna dega", "benefits"),
        ("सरकार कितना देगी", "benefits"),
        # an upper limit is a limit; whether a rule "protects us" or "lagu hota hai kya" is whom it covers
        ("udyam me micro ki upper limit kya hai", "eligibility"),
        ("Does the 45 day payment rule protect us?", "eligibility"),
        ("kya 45 din wala rule hum par bhi lagu hota hai?", "eligibility"),
        ("क्या 45 दिन वाला नियम हम पर भी लागू होता है?", "eligibility"),
        # export papers are what one is guided on, not a scheme's papers
        ("export ke kaagaz samajhne ke liye efc kaise madad karega", "apply"),
        ("EFC me kaunse documents lagte hai", "documents"),
        # a benefit in the scheme's name, with the scheme's own name said: "what is" asks the benefit
        ("What is the subsidy under PMEGP?", "benefits"),
        ("what is the subsidy of pmegp", "benefits"),
        ("pmegp ki subsidy kya hai", "benefits"),
        ("पीएमईजीपी की सब्सिडी क्या है", "benefits"),
        ("PMEGP subsidy kitni hai", "benefits"),
        ("पीएमईजीपी सब्सिडी कितनी", "benefits"),
        # ...not a name's other words ("registration", "portal"), nor the scheme alone, nor another part asked
        ("what is pmegp", "overview"),
        ("what is udyam registration", "overview"),
        ("what is gem portal", "overview"),
        ("are we eligible for pmegp subsidy", "eligibility"),
    ],
)
def test_the_aspect_asked(understand, text, aspect):
    assert understand(text).aspect == aspect


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        # a link asked beside how to apply gets the steps, which carry the link; a link alone is whom to contact
        ("zed certificate kaise le, link bhejo", "zed", "apply"),
        ("जेम पर सेलर रजिस्ट्रेशन कैसे करें, लिंक भेज दो", "gem", "apply"),
        ("ओडीआर पर केस कैसे डालें, लिंक भेजो", "odr", "apply"),
        ("how do I apply for pmegp, send the link", "pmegp", "apply"),
        ("gem portal ka link do", "gem", "contact"),
        ("पीएमईजीपी की वेबसाइट क्या है", "pmegp", "contact"),
        # a need told, then "is there a scheme?": what the scheme is, not its papers ("chahiye … kya") or its
        # benefit ("interest subsidy" describes it); a part asked as such still asks
        ("machine ke liye paisa chahiye bina girvi, koi yojana hai kya", "cgtmse", "overview"),
        ("बिल का पैसा जल्दी चाहिए, कोई सरकारी प्लेटफार्म है क्या", "treds", "overview"),
        ("बिना गारंटी लोन चाहिए, कोई योजना है क्या", "cgtmse", "overview"),
        ("is there any scheme with interest subsidy for solar machines", "green-finance", "overview"),
        ("koi yojana hai jisme bina girvi loan milta h, kaise apply kare", "cgtmse", "apply"),
        ("udyam ke liye kya kya chahiye", "udyam", "documents"),
        # the facilities or support a centre or scheme gives; not the "सुविधा" of a name
        ("tool room me kya kya suvidha milti hai", "tech-centres", "benefits"),
        ("टूल रूम में कौन सी सुविधाएं मिलती हैं", "tech-centres", "benefits"),
        ("what support does the lean scheme give to small factories", "champions", "benefits"),
        ("निर्यात सुविधा केंद्र क्या करता है", "efc", "overview"),
        # whether one can have it: who may apply; what or how much one gets: the benefits
        ("मैं दर्जी हूँ, क्या मुझे विश्वकर्मा योजना मिल सकती है", "pm-vishwakarma", "eligibility"),
        ("kya retail trader ko bhi cgtmse ka fayda milta hai", "cgtmse", "eligibility"),
        ("क्या ट्रेडिंग वालों को भी सीजीटीएमएसई का फायदा मिलता है", "cgtmse", "eligibility"),
        ("12th fail hu, tool room me admission milega", "tech-centres", "eligibility"),
        ("मेरा बेटा 10वीं फेल है, टूल रूम में दाखिला मिलेगा", "tech-centres", "eligibility"),
        ("my son is 17, can he still join a tool room course", "tech-centres", "eligibility"),
        (
            "can she still get pm vishwakarma if her husband has a government job",
            "pm-vishwakarma",
            "eligibility",
        ),
        ("एनबीएफसी से लोन ले रहा हूं, उसमें भी सीजीटीएमएसई गारंटी मिल जाएगी क्या", "cgtmse", "eligibility"),
        ("जीएसटी नहीं है, उद्यम रजिस्ट्रेशन हो पाएगा?", "udyam", "eligibility"),
        ("gst nahi hai, udyam registration ho payega kya", "udyam", "eligibility"),
        ("cgtmse ka kya fayda hai", "cgtmse", "benefits"),
        ("cgtmse me kitna fayda hai", "cgtmse", "benefits"),
        ("उद्यम से क्या फायदा मिलता है", "udyam", "benefits"),
        ("pmegp me kitni madad mil sakti hai", "pmegp", "benefits"),
        # how the help is had and what comes next: the steps; what to keep ready: the papers
        ("efc se madad kaise milegi", "efc", "apply"),
        ("cluster proposal bhej diya, ab kya hoga", "cdp", "apply"),
        ("क्लस्टर का प्रस्ताव भेज दिया, अब आगे क्या होगा", "cdp", "apply"),
        ("what happens after I apply for pmegp", "pmegp", "apply"),
        ("what should I keep ready before the udyam registration", "udyam", "documents"),
        # the process in Hindi letters, what to fill in, where one goes to register: the steps
        ("पीएमईजीपी का प्रोसेस क्या है", "pmegp", "apply"),
        ("उद्यम फॉर्म में एनआईसी कोड क्या भरें", "udyam", "apply"),
        ("udyam form me kya bhare", "udyam", "apply"),
        ("gem seller registration, where do we go for it", "gem", "apply"),
        # when admission is: how to get in
        ("tool room me admission kab hota h cnc course ke liye", "tech-centres", "apply"),
        ("टूल रूम में एडमिशन कब होता है", "tech-centres", "apply"),
        ("tool room me admission ke liye kya documents chahiye", "tech-centres", "documents"),  # its papers
        ("tool room admission fees kitni hai", "tech-centres", "benefits"),  # its fee
        # who may go to a centre
        ("एक्सपोर्ट फैसिलिटेशन सेंटर में कौन जा सकता है, अभी तक एक्सपोर्ट नहीं किया तो भी", "efc", "eligibility"),
        ("EFC me kaun ja sakta hai", "efc", "eligibility"),
        ("export facilitation centre se kya madad milegi", "efc", "benefits"),  # what it gives
        # a late payment's interest, "late" in Devanagari
        ("पेमेंट लेट होने पर खरीदार से ब्याज कितना मिलेगा", "samadhaan", "benefits"),
        ("payment late hone par byaj kitna milega", "samadhaan", "benefits"),
        # what to carry is the papers; what reaches the hand, the money
        ("udyam ke liye kya le ke jau", "udyam", "documents"),
        ("gem registration ke liye kya leke jaun", "gem", "documents"),
        ("विश्वकर्मा योजना के लिए क्या ले के जाऊं", "pm-vishwakarma", "documents"),
        ("what should I take with me for the pmegp interview", "pmegp", "documents"),
        ("what is the pmegp margin money for a woman", "pmegp", "benefits"),
        ("पीएमईजीपी में हाथ में कितना आएगा", "pmegp", "benefits"),
        ("pmegp me sarkar kitna bharegi", "pmegp", "benefits"),
        ("udyam online hota hai ya office jana padega", "udyam", "apply"),
        ("gem seller registration, can I do it online?", "gem", "apply"),
        # where to start, which bank, whom to go to; some money or only a certificate; what a thing is
        ("pmegp ka form reject hua tha, ab shuru kahan se karu", "pmegp", "apply"),
        ("I want to sell furniture on GeM. Where should I start?", "gem", "apply"),
        ("सीजीटीएमएसई के लिए किस बैंक में जाऊं", "cgtmse", "apply"),
        ("udyam ke liye kiske paas jana padega", "udyam", "apply"),
        ("vishwakarma me koi paisa milta hai ya bas training?", "pm-vishwakarma", "benefits"),
        ("क्या पीएम विश्वकर्मा में कुछ पैसा मिलता है", "pm-vishwakarma", "benefits"),
        ("ZED kya cheez hai", "zed", "overview"),
        ("ट्रेड्स क्या चीज़ है", "treds", "overview"),
        ("Is the GeM seller registration only for manufacturers?", "gem", "eligibility"),
    ],
)
def test_the_aspect_asked_in_new_words(understand, text, topic, aspect):
    u = understand(text)
    assert (u.best.label, u.aspect) == (topic, aspect)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        # a scheme beside an aside word, or told of before the clause that asks, is where the user comes from
        ("gem chhodo, msme mart pe listing kaise hoti hai", "msme-mart"),
        ("जेम के अलावा, एमएसएमई मार्ट पर सामान कैसे डालें?", "msme-mart"),
        ("Apart from CGTMSE, how do I register on TReDS?", "treds"),
        ("udyam ho gaya hai, pmegp ke liye kya documents chahiye", "pmegp"),
        ("उद्यम तो बनवा लिया, अब जेम पर रजिस्ट्रेशन कैसे करें", "gem"),
        (
            "Our buyer is on TReDS already. Can I file on Samadhaan Portal for the old unpaid bill?",
            "samadhaan",
        ),
        # not: the clause that asks comes first, and the later one only tells
        ("Can I file on Samadhaan Portal with only Udyog Aadhaar? never did udyam", "samadhaan"),
        ("What is the MSME Champions scheme? I heard ZED comes under it", "champions"),
    ],
)
def test_a_scheme_told_only_as_context_is_not_the_one_asked(understand, text, topic):
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        # everyday words said together ask a part: how much one may get, what a thing is for, filling the form
        # oneself, how to reach them, whether anyone at all may
        ("udyam ke baad kitna mil sakta hai", "udyam", "benefits"),
        ("पीएमईजीपी में कितना मिल सकता है", "pmegp", "benefits"),
        ("पीएमईजीपी में कितना पैसा मिल सकता है", "pmegp", "benefits"),
        ("सीजीटीएमएसई से बिना गिरवी कितना लोन मिल सकता है?", "cgtmse", "benefits"),
        ("GeM kis kaam aata hai", "gem", "overview"),
        ("जेम किस काम आता है", "gem", "overview"),
        ("what is Udyam certificate used for", "udyam", "overview"),
        ("pmegp ka form main khud bhar sakta hu kya", "pmegp", "apply"),
        ("क्या मैं खुद पीएमईजीपी का फॉर्म भर सकता हूँ", "pmegp", "apply"),
        ("can i fill the pmegp form myself", "pmegp", "apply"),
        ("samadhaan me kaise sampark kare", "samadhaan", "contact"),
        ("समाधान में कैसे संपर्क करें", "samadhaan", "contact"),
        ("how do i contact samadhaan", "samadhaan", "contact"),
        ("kya aam aadmi bhi GeM pe bech sakta hai", "gem", "eligibility"),
        ("क्या आम आदमी भी जेम पर बेच सकता है", "gem", "eligibility"),
        ("can a common man sell on GeM", "gem", "eligibility"),
        # ...the same words scattered over a story ask what they asked before
        ("पीएमईजीपी में कितना समय लगेगा पता नहीं, बैंक से लोन मिल सकता है क्या", "pmegp", "eligibility"),
        ("mera kaam aata hai sab, kis tarah gem pe register kare", "gem", "apply"),
        ("aam ki dukaan hai, mera aadmi bhi kaam karta hai, pmegp kaise milega", "pmegp", "apply"),
        ("आम की दुकान है, मेरा आदमी भी काम करता है, पीएमईजीपी कैसे मिलेगा", "pmegp", "apply"),
        ("sampark number nahi mila, kaise apply kare pmegp", "pmegp", "apply"),
        ("संपर्क नंबर नहीं मिला, पीएमईजीपी में आवेदन कैसे करें", "pmegp", "apply"),
        ("I could not contact anyone, how do i apply for pmegp", "pmegp", "apply"),
    ],
)
def test_everyday_words_said_together_ask_a_part_scattered_they_do_not(understand, text, topic, aspect):
    u = understand(text)
    assert (u.best.label, u.aspect) == (topic, aspect)


def test_words_only_said_together_name_nothing_alone(services):
    """ "kaam" counts only in "kis kaam aata", "aadmi" only in "aam aadmi bhi": alone they ask no part, and a
    question we do not cover that says them is still not ours."""
    from bot.ask import ask

    assert not {keys("kaam")[0], keys("aadmi")[0]} & services.current().matcher.aspects.vocabulary
    assert (
        ask(services, "diwali pe staff ko bonus dena compulsory h kya 8 log kaam karte h").intent
        == "fallback"
    )


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("cgtms kya hota hai", "cgtmse"),  # an acronym's last letter dropped is no plural
        ("cluster.dcmsme.gov.in - after submitting online, who forwards it?", "cdp"),  # its site's host
        ("udyamregistrstion kese krte h", "udyam"),  # a long host is words run together, typos read
    ],
)
def test_a_scheme_is_named_by_its_misspelt_acronym_or_its_site(understand, text, topic):
    u = understand(text)
    assert u.confident and u.best.label == topic


@pytest.mark.parametrize(
    "text",
    [
        "how long does Samadhaan take to resolve",
        "i dont have udyam only old udyog aadhaar can i still file samadhaan case",
    ],
)
def test_the_portals_own_spelling_calls_samadhaan_by_name(understand, text):
    u = understand(text)
    assert "samadhaan" in u.named and u.confident and u.best.label == "samadhaan"


def test_an_everyday_samadhan_is_no_portal(understand):
    assert not understand("shadi ki problem ka samadhan chahiye").confident


def test_a_name_is_no_trade(understand):
    """ "Raj Kumar" is a name, not कुम्हार (a potter, PM Vishwakarma); "kumhar" still is."""
    u = understand("mera naam Raj Kumar hai, loan chahiye")
    assert not u.confident and u.best.score < CLARIFY_THRESHOLD
    assert understand("main kumhar hoon, koi yojana?").best.label == "pm-vishwakarma"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "I am an engineering student with a product idea, can I get the 15 lakh incubation support?",
            "champions",
        ),
        ("मेरे भतीजे का कॉलेज में स्टार्टअप आइडिया है, क्या छात्र भी इनक्यूबेशन वाले 15 लाख ले सकते हैं", "champions"),
    ],
)
def test_an_amount_is_no_strange_word(understand, text, topic):
    """ "15 lakh" counted as an unknown word and pulled a clear question down to a "which one?"."""
    u = understand(text)
    assert u.best.label == topic and u.confident and "lak" not in u.unknown


@pytest.mark.parametrize(
    "text",
    [
        "2 crore ka property loan sabse saste byaj pe kaunsa bank dega?",
        "सबसे सस्ता लोन कौन सा बैंक देता है",
        "cheapest loan for my shop",
    ],
)
def test_the_cheapest_lender_is_not_covered(understand, text):
    """Which bank lends cheapest is the lenders' to say ("sabse kam byaj" was; "sabse saste byaj" was not)."""
    assert understand(text).not_covered == "bank-loan-choice"


def test_a_states_own_scheme_with_an_amount_is_not_covered(understand):
    assert (
        understand("bihar udyami yojana 10 lakh wali ka result kab aayega").not_covered == "state-cm-schemes"
    )


@pytest.mark.parametrize(
    ("text", "not_topic"),
    [
        ("settle ho gaya kya", "odr"),
        ("dispute with my business partner, what to do", "odr"),
        ("green chilli ka business shuru karna hai", "green-finance"),
        ("website design karwana hai", "champions"),
        ("micro finance se loan chahiye", "udyam"),
    ],
)
def test_a_filler_beside_an_everyday_word_does_not_make_it_a_schemes_name(understand, text, not_topic):
    """ "settle online", "green scheme", "design scheme", "micro me aayegi" once named their scheme by the
    everyday word alone."""
    assert all(h.label != not_topic or h.score < CLARIFY_THRESHOLD for h in understand(text).topics)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("mera unit micro me aayega kya", "udyam"),
        ("मैं हाथ से मिट्टी के दीये और घड़े बनाता हूँ, कोई सरकारी मदद मिलेगी?", "pm-vishwakarma"),
        ("can I settle it online?", "odr"),
    ],
)
def test_a_phrase_with_its_fillers_said_still_names_its_scheme(understand, text, topic):
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        ("Paid the fee for MSME Mart, the dashboard is blank. Who do I contact?", "contact"),
        ("bade buyer ka bill 90 din baad milta h, paisa jaldi chahiye. ye treds kya cheez h", "overview"),
        ("jem portal kya hai ji? humko to kuch nahi pata, beta bol raha usme register karo", "overview"),
        ("udhyam ka registration karna hai online, step kya h? plz btao", "apply"),
        ("vishwakarma yojana ka helpline no. chahiye, training ka stipend abhi tak nahi aaya", "contact"),
    ],
)
def test_a_story_told_first_is_asked_about_in_its_question(understand, text, aspect):
    """The last question says what is asked ("…the fee… Who do I contact?"), not a word of the story; a
    courtesy tail ("plz btao") is no question, and "no." (number) ends no sentence."""
    assert understand(text).aspect == aspect


@pytest.mark.parametrize(
    "text",
    [
        "gem pe product catalogue 3 baar reject ho gya koi number h jaha baat ho sake",
        "जेम पोर्टल पे सेलर रजिस्ट्रेशन में पैन वेरिफिकेशन फेल बता रहा बार बार, किससे बात करें",
        "Tried signing up on RXIL but our KYC keeps getting stuck. Is there any support number for TReDS?",
    ],
)
def test_whom_to_talk_to_asks_for_the_contact(understand, text):
    assert understand(text).aspect == "contact"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("विश्वकर्मा योजना में पैन कार्ड चाहिए?", "pm-vishwakarma"),  # "pain" keys as पैन
        ("chota karigar hu, vishwakarma me kya milega", "pm-vishwakarma"),  # "chot" (injury) as chota
        ("मैं छोटा कारीगर हूँ, विश्वकर्मा योजना में क्या मिलेगा", "pm-vishwakarma"),
        ("विश्वकर्मा योजना में रजिस्ट्रेशन किए चार महीने हो गए", "pm-vishwakarma"),  # "car" as चार (four)
        ("साड़ी का काम है, खरीदार ने पेमेंट नहीं किया, समाधान पर शिकायत कैसे करें", "samadhaan"),  # शादी
        ("मेरे पति का कारोबार है, खरीदार ने 3 लाख नहीं दिए, समाधान में शिकायत कर सकते हैं?", "samadhaan"),
    ],
)
def test_a_negative_does_not_veto_a_word_that_only_sounds_like_it(understand, text, topic):
    """Keys fold spellings together across scripts: a negative must not veto a trade, a number, a
    document or whose business it is."""
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    ("text", "aspect", "also"),
    [
        ("PMEGP ke documents batao. Main SC category se hu aur gaon me rehta hu", "documents", None),
        ("CGTMSE ke benefits kya hai. Govt. ki site pe kuch samajh nahi aaya", "benefits", None),
        ("pmegp kya hai? iske documents batao", "overview", "documents"),
        ("I have filled the form and now what documents are needed for PMEGP", "documents", None),
        # a side that asks in question words only, said as a phrase or beside the part's own word
        ("udyam registration kaise kare aur uske documents kya hai", "documents", "apply"),
        ("उद्यम रजिस्ट्रेशन कैसे करें और कौन से कागज चाहिए", "documents", "apply"),
        ("pmegp ki subsidy kitni hai aur kahan apply kare", "benefits", "apply"),
    ],
)
def test_a_statement_beside_a_question_asks_nothing_and_a_second_question_another_part(
    understand, text, aspect, also
):
    u = understand(text)
    assert (u.aspect, u.also_asked) == (aspect, also)


@pytest.mark.parametrize(
    ("text", "vetoed"),
    [
        ("wife se jhagda ho gaya, samadhan chahiye", "samadhaan"),
        ("husband se sambandh kharab hai", "sambandh"),
    ],
)
def test_a_quarrel_at_home_is_no_portal(understand, text, vetoed):
    assert vetoed in understand(text).vetoed


@pytest.mark.parametrize(
    ("text", "topic"),
    [("पीएमइजीपी लोन के कागजात", "pmegp"), ("सीजीटीएमएसइ लोन के लिए क्या कागजात चाहिए", "cgtmse")],
)
def test_an_acronym_spelled_with_the_short_i_is_still_the_acronym(understand, text, topic):
    """Voice typing writes the "E" of PMEGP as इ as often as ई."""
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [
        ("how to sell on Flipkart as a small seller", "online-marketplaces"),
        # a seller's troubles on a private marketplace or food app are theirs, not a scheme's
        ("मीशो पर मेरा सेलर अकाउंट ब्लॉक हो गया है, क्या करूं", "online-marketplaces"),
        ("ज़ोमैटो का पेआउट लेट आ रहा है और सपोर्ट जवाब नहीं दे रहा", "online-marketplaces"),
        ("any way to reduce RTO on my flipkart orders? 40% returns killing me", "online-marketplaces"),
        ("how to file GSTR-1 for my meesho sales, first time doing it", "gst-and-income-tax"),
        ("सुकन्या समृद्धि योजना में ब्याज दर", "savings-schemes"),
        ("दुकान का किराया एग्रीमेंट कैसे बनाएं", "agreements"),
        ("My landlord wants to double the rent on my shop, is that legal?", "agreements"),
        ("गैस सिलेंडर की सब्सिडी खाते में नहीं आई", "household-gas"),
        ("how to get a new lpg gas connection", "household-gas"),
        # a veto's words said apart are no veto: "इत्र की दुकान" (a perfume shop) is not "dukan ki income"
        ("itr kaise bhare online, dukan ki income h", "gst-and-income-tax"),
    ],
)
def test_services_outside_the_knowledge_base_are_named_as_such(understand, text, elsewhere):
    assert understand(text).not_covered == elsewhere


@pytest.mark.parametrize(
    ("text", "topic"),
    [("GeM pe mera seller account block ho gaya", "gem"), ("gem seller account kaise banaye", "gem")],
)
def test_a_government_marketplace_account_is_still_gem(understand, text, topic):
    u = understand(text)
    assert u.not_covered is None and u.best.label == topic


@pytest.mark.parametrize(
    "text",
    [
        "meesho pe kurti bechti hu ghar se, mere liye kya kya schemes h govt ki",
        "any schemes for cloud kitchen owners? running 2 brands on swiggy/zomato from Pune",
    ],
)
def test_a_seller_on_a_marketplace_asking_for_schemes_is_no_marketplace_matter(understand, text):
    assert understand(text).not_covered is None


@pytest.mark.parametrize(
    "text",
    [
        "इत्र की दुकान के लिए लोन",
        "kannauj me itr banane ka kaam hai, loan chahiye",
        "इत्र का काम सीखना है",  # got "no details on GST and income tax"
        "itra ki dukan kholni hai",
        "ittar banane ki training kahan milegi",
        "I want to learn attar making in Kannauj",
    ],
)
def test_a_perfume_business_files_no_income_tax_return(understand, text):
    assert understand(text).not_covered is None


@pytest.mark.parametrize("text", ["ITR kaise bhare", "itr file karna hai", "आईटीआर कैसे भरें", "how to file ITR"])
def test_the_income_tax_return_is_still_not_covered(understand, text):
    assert understand(text).not_covered == "gst-and-income-tax"


def test_a_stuck_permission_taken_to_the_msme_ministry_is_a_champions_complaint(understand):
    u = understand("fire noc atka hai msme mantralay me complaint karni hai")
    assert u.not_covered is None and u.best.label == "champions"


def test_an_old_em_ii_registration_is_about_udyam(understand):
    assert understand("mera purana EM-II hai, ab kya karu").best.label == "udyam"


@pytest.mark.parametrize("text", ["pmegp dcmnt", "udyam ke dcmnt kya lagenge"])
def test_documents_written_without_vowels_ask_for_the_documents(understand, text):
    assert understand(text).aspect == "documents"


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "We're a two-year-old startup making agri drones in Bengaluru. Banks keep asking for property as "
            "security which we don't have. Any way around this?",
            "cgtmse",
        ),
        (
            "I supply corrugated boxes to a big FMCG company. They accept my bills but pay after 120 days and I'm "
            "always short of working capital. Any way to get that money earlier?",
            "treds",
        ),
    ],
)
def test_everyday_english_words_in_a_long_story_are_no_strange_words(understand, text, topic):
    """ "keep", "around", "after", "earlier" counted as words the bot does not know, and the scheme the
    story names fell short of an answer."""
    u = understand(text)
    assert u.confident and u.best.label == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("How much subsidy will I get as a general category guy for a paneer unit?", "pmegp"),
        ("नई ऊर्जा बचाने वाली मशीन के लिए कोई सस्ता सरकारी लोन है?", "green-finance"),
        (
            "Women-owned small firms have some share reserved in central government purchases, how much?",
            "sambandh",
        ),
        ("I heard a new online dispute portal was launched on MSME Day 2025. What is it?", "odr"),
    ],
)
def test_a_need_in_its_own_words_names_its_scheme(understand, text, topic):
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("ये उद्यान रजिस्ट्रेशन क्या होता है जी", "udyam"),
        ("udyan registration me kitna paisa lagta hai", "udyam"),
        ("ट्रेंड्स पर रजिस्टर कैसे करें ताकि पैसा जल्दी मिल जाए", "treds"),
        ("टूलरूम के कोर्स में दाखिला", "tech-centres"),
    ],
)
def test_what_voice_typing_mishears_still_names_the_scheme(understand, text, topic):
    """Speech-to-text writes Udyam as "udyan" (a garden), TReDS as "trends", "tool room" as one word."""
    assert understand(text).best.label == topic


def test_instagram_trends_are_not_treds(understand):
    assert not understand("what are the instagram reel trends this week").topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("समाधान में जेम का केस चलेगा?", "samadhaan"),  # was GeM, named alike
        ("samadhaan me gem ka case chalega", "samadhaan"),
        ("treds par gem ka bill laga sakte hai", "treds"),
        ("tailor ka kaam hai, kya mai bhi udyam me register ho skta hu", "udyam"),  # was PM Vishwakarma
        ("gem ka registration kaise kare", "gem"),  # one scheme: nothing to weigh
    ],
)
def test_the_scheme_something_is_done_on_leads_the_one_it_is_about(understand, text, topic):
    assert understand(text).best.label == topic


@pytest.mark.parametrize(
    "text",
    [
        "बैंक वाला लोन के बदले घर का कागज गिरवी मांग रहा है। बिना गिरवी वाला लोन के लिए सरकार की कोई गारंटी स्कीम है का?",
        "bank is asking for my house papers as security for a 40 lakh loan. isnt there some govt guarantee scheme?",
        "bank ghar ke kagaz girvi maang raha hai loan ke liye, koi scheme hai bina girvi",
    ],
)
def test_a_house_pledged_is_no_home_loan_and_its_papers_are_not_asked_for(understand, text):
    """Was "we have no details on home loans" (घर … लोन) or CGTMSE's documents; "के बदले" asked no change."""
    u = understand(text)
    assert u.not_covered is None and u.best.label == "cgtmse" and u.aspect not in ("documents", "change")


def test_papers_asked_for_a_loan_without_a_pledge_are_still_asked(understand):
    assert understand("bina girvi wale loan ke liye bank kya kya documents mangega").aspect == "documents"


@pytest.mark.parametrize(
    "text",
    [
        "koi number hai jahan call karke baat kar saku msme wale se?",  # was "did you mean Udyam?"
        "koi number hai jahan call kar saku",  # was "sorry"
        "एमएसएमई का कोई नंबर है?",
    ],
)
def test_a_number_to_call_the_ministry_asks_for_the_helplines(understand, text):
    assert "helpline" in understand(text).intents


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        ("cgtmse me kaunse documents lagte hai, girvi chahiye?", "cgtmse", "documents"),  # no house's papers
        ("pmegp documents and collateral required?", "pmegp", "documents"),
        ("उद्यम में पुराने मोबाइल नंबर के बदले नया नंबर कैसे डालें", "udyam", "change"),  # "के बदले" still changes
        ("cgtmse ki fees pmegp me shamil hai?", "cgtmse", "benefits"),  # its own fee: CGTMSE's, not PMEGP's
    ],
)
def test_pledges_and_places_leave_other_questions_as_they_were(understand, text, topic, aspect):
    u = understand(text)
    assert (u.best.label, u.aspect) == (topic, aspect)


@pytest.mark.parametrize(
    "text",
    [
        "I want to set up a manufacturing unit costing 40 lakh in a rural area, I'm general category",
        "How many export facilitation centres has the MSME ministry set up?",
    ],
)
def test_set_up_asks_no_contact(understand, text):
    """ "साइट" (site) keys as "set": "set up" asked for a contact ("Do you mean PMEGP?", EFC's contact)."""
    assert understand(text).aspect != "contact"


def test_a_site_in_hindi_still_asks_the_contact(understand):
    assert understand("पीएमईजीपी की साइट").aspect == "contact"


@pytest.mark.parametrize(
    "text",
    [
        "मेरा पैसा एक सरकारी विभाग ने 6 महीने से नहीं दिया",
        "sarkari vibhag ne 6 mahine se payment nahi diya",
        "a government department has not paid my bill for 6 months",
    ],
)
def test_a_department_that_has_not_paid_is_samadhaan_not_gem(understand, text):
    """GeM's "सरकारी विभाग" is selling to a department; one that has not paid is a delayed payment."""
    assert understand(text).best.label == "samadhaan"


@pytest.mark.parametrize(
    "text",
    [
        "एक B2B ग्राहक ने 2 लाख रुपये 70 दिन से नहीं दिए",
        "हमने एक कंपनी को B2B में माल भेजा था, 90 दिन से पैसा नहीं आया",
        "b2b customer ne payment nahi kiya 3 mahine se",
        "my B2B buyer has not paid for 60 days",
        "sarkari department ne 5 mahine se bill pay nahi kiya, 1.2 lakh baaki hai",
    ],
)
def test_a_buyer_who_has_not_paid_is_samadhaan_not_the_market(understand, text):
    """MSME Mart's name says "B2B market"; a B2B buyer who owes money is a delayed payment, with its 45-day
    right."""
    u = understand(text)
    assert u.best.label == "samadhaan" and u.confident


@pytest.mark.parametrize(
    "text", ["bank ne loan ke paise nahi diye", "बैंक ने लोन के पैसे नहीं दिए", "maine loan ka emi pay nahi kiya"]
)
def test_a_bank_or_an_emi_unpaid_is_no_buyers_bill(understand, text):
    assert not any(h.label == "samadhaan" for h in understand(text).topics if h.score >= CLARIFY_THRESHOLD)


def test_msme_mart_is_still_the_b2b_market(understand):
    assert understand("msme mart pe b2b listing kaise kare").best.label == "msme-mart"


@pytest.mark.parametrize(
    "text",
    [
        "मैं झारखंड से आदिवासी महिला हूँ, बाँस की टोकरी बनाती हूँ",
        "My father is a farmer. We want to make jam and pickles from our orchard in Shimla",
    ],
)
def test_a_craft_or_food_unit_is_not_told_it_is_out_of_scope(understand, text):
    """A basket ("टोकरी") is no job ("नौकरी") one letter away; a farmer's family making jam asks about a unit to
    start, not farm schemes."""
    assert understand(text).not_covered is None


@pytest.mark.parametrize(
    "text", ["नौकरी चाहिए", "naukri chahiye", "any jobs in the MSME ministry for graduates?"]
)
def test_a_job_asked_is_still_not_covered(understand, text):
    assert understand(text).not_covered == "jobs"


@pytest.mark.parametrize(
    "text", ["jan dhan khata khulwana hai", "जन धन खाता खुलवाना है", "account khulwana hai bank me"]
)
def test_an_account_to_open_is_the_banks_matter(understand, text):
    assert understand(text).not_covered == "bank-accounts"


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        # Gujarati in English letters: a buyer who does not pay, and interest on it, is MSME Samadhaan's
        ("maro buyer payment nathi aapto, samadhaan ma vyaj male?", "scheme_info", "samadhaan"),
        # a daughter who is to run the business: the schemes for women
        ("mari dikri ne business karvo che, koi yojana?", "scheme_list", None),
        ("my daughter wants to start a business, any scheme?", "scheme_list", None),
        # the ministry's digital portals are all of them, not the Digital MSME scheme inside Champions
        ("what are the digital portals of the MSME ministry?", "scheme_list", None),
        ("MSME मंत्रालय के डिजिटल पोर्टल कौन से हैं?", "scheme_list", None),
        ("msme mantralay ke digital portal kaun se hai", "scheme_list", None),
    ],
)
def test_last_sessions_blind_misses(services, text, intent, topic):
    """ "samadhaan ma vyaj male?" asked "Do you mean MSME Samadhaan?", "mari dikri ne business karvo che" fell
    back, and "the digital portals of the MSME ministry" got MSME Champions."""
    [reply] = respond(IncomingMessage("console", text, text), services)
    assert (reply.intent, reply.topic) == (intent, topic)


@pytest.mark.parametrize(
    ("text", "matter"),
    [
        ("What is the ECLGS scheme and is it still open?", "eclgs"),
        ("फ्री सिलाई मशीन योजना का फॉर्म कहाँ मिलेगा", "free-sewing-machine"),
        ("free silai machine yojana me apply kaise kare", "free-sewing-machine"),
        ("उत्तराखंड मुख्यमंत्री स्वरोजगार योजना में आवेदन कैसे करें", "state-subsidies"),
    ],
)
def test_schemes_heldout37_named_that_we_do_not_cover(understand, text, matter):
    """Blind heldout37's misses: ECLGS, the "free sewing machine" scheme (not PM Vishwakarma's toolkit) and a
    state chief minister's self-employment scheme got a scheme list or Vishwakarma; an honest "no details"."""
    assert understand(text).not_covered == matter


@pytest.mark.parametrize(
    ("text", "intent"),
    [("kiddan ji, haal chaal?", "greeting"), ("धन्यबाद हो, भगवान भला करें", "thanks")],
)
def test_a_punjabi_greeting_and_a_misspelt_thanks(understand, text, intent):
    assert intent in understand(text).intents


@pytest.mark.parametrize(
    ("text", "not_covered"),
    [
        # heldout38's misses: a state's cash scheme, goat rearing, a tubewell, a caste certificate
        ("लाडली बहना का पैसा इस महीने नहीं आया", "women-livelihood-schemes"),
        ("ladli behna yojana ka form", "women-livelihood-schemes"),
        ("झारखंड में बकरी पालन योजना का फॉर्म कहाँ मिलेगा", "animal-husbandry"),
        ("bakri palan ke liye loan", "animal-husbandry"),
        ("खेत में ट्यूबवेल लगाने पर कितनी सब्सिडी है", "farm-schemes"),
        ("tubewell subsidy kitni hai", "farm-schemes"),
        ("बिटिया का जाति प्रमाण पत्र ऑनलाइन कैसे बनवाएं तहसील से", "ration-and-id-cards"),
        ("how to get a caste certificate", "ration-and-id-cards"),
    ],
)
def test_matters_of_other_departments_are_not_covered(understand, text, not_covered):
    assert understand(text).not_covered == not_covered


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        # ("aayi" keys like "aay", income: no income certificate is named, and nothing of ours answers it)
        ("meri beti ki scholarship nahi aayi kaha shikayat kare", "fallback", None),
        ("SC caste certificate chahiye pmegp ke liye kya?", "scheme_info", "pmegp"),  # PMEGP's documents
    ],
)
def test_a_certificate_named_in_passing_is_not_another_departments_matter(services, text, intent, topic):
    from bot.ask import ask

    reply = ask(services, text)
    assert (reply.intent, reply.topic) == (intent, topic)


@pytest.mark.parametrize(
    ("text", "intent", "topic"),
    [
        ("गवर्नमेंट ई मार्केटप्लेस से छोटे दुकानदार को क्या फायदा होता है", "scheme_info", "gem"),
        ("हरित प्रौद्योगिकी वित्त योजना का कोई ऑफिस या संपर्क है क्या", "scheme_info", "green-finance"),
        ("PWD ke thekedar ne 6 mahine se bill nahi diya, shikayat kaha kare", "scheme_info", "samadhaan"),
        ("सरकारी विभाग के भुगतान में देरी हो रही है", "scheme_info", "samadhaan"),
        ("Please share contact details of the MSME Ministry for general queries", "helpline", None),
        ("सरकार छोटे उद्योगों को क्या क्या मदद देती है", "scheme_list", None),
    ],
)
def test_heldout38s_phrasings_name_what_they_ask(understand, text, intent, topic):
    u = understand(text)
    assert intent in u.intents or (u.confident and intent == "scheme_info")
    assert topic is None or (u.confident and u.best.label == topic)


@pytest.mark.parametrize(
    ("text", "centre_type"),
    [
        ("केंद्र सरकार की कौन सी योजना है छोटे दुकानदार के लिए", None),
        ("kendra sarkar ki yojana", None),
        ("केन्द्र की सरकार की योजनाएं", None),
        ("centre government scheme for small shop", None),
        ("kendra kahan hai", "any"),
        ("एमएसएमई केंद्र", "any"),
        ("tool room kendra sarkar ka", "technology-centre"),
    ],
)
def test_the_central_government_names_no_centre(understand, text, centre_type):
    assert understand(text).centre_type == centre_type


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("sarkari kharid me maal bechna hai", "gem"),
        ("सरकारी खरीद में माल बेचना", "gem"),
        ("sarkari kharid me apna maal bechna hai, shuru kaise karu", "gem"),
        ("sell my goods in government procurement", "gem"),
        ("sarkari daftar ko bech sakti hu kya?", "gem"),
        ("sarkari kharid niti kya hai", "sambandh"),
        ("psu ko maal bechna", "sambandh"),
    ],
)
def test_selling_into_government_purchase_is_gem_and_its_policy_sambandh(understand, text, topic):
    u = understand(text)
    assert u.confident and u.best.label == topic and not u.close_topics()


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("handoff", "agent"),
        ("handoff please", "agent"),
        ("hand off", "agent"),
        ("handover to human", "agent"),
        ("हैंडऑफ", "agent"),
        ("एजेंट से बात", "agent"),
        ("handoff karo", "agent"),
        ("insaan se baat", "agent"),
        # (a paper handed over, or the hand tools of a trade, ask of the scheme)
        ("handover of udyam certificate", "scheme_info"),
        ("hand tools ke liye loan", "scheme_list"),
    ],
)
def test_a_handoff_asked_is_a_person_not_a_scheme(services, text, intent):
    """Staff's "handoff" (and a citizen's "handoff please") got "Do you mean PM Vishwakarma?"."""
    reply = respond(IncomingMessage("console", text, text), services)[0]
    assert reply.intent == intent


@pytest.mark.parametrize(
    ("text", "aspect"),
    [
        # (a story's "we" and "a" and its question's "can": what to do, not who may)
        (
            "we supplied cartons to a company in may, the bill was two lakh, they are not paying for ninety days, what can i do",
            "apply",
        ),
        (
            "we gave a lot of uniforms to a school and the payment is stuck for four months, what can i do",
            "apply",
        ),
        # (who may, asked as such, stays who may)
        ("can a medium unit file a case on samadhaan", "eligibility"),
        ("can we file on samadhaan if we are a medium unit", "eligibility"),
    ],
)
def test_a_storys_scattered_can_asks_no_who_may_beside_what_to_do(services, text, aspect):
    from bot.ask import ask

    reply = ask(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", "samadhaan", aspect)


@pytest.mark.parametrize(
    "text",
    [
        "हमारी यूनिट मीडियम है और एक खरीदार ने हमारे तीस लाख रोक रखे हैं, क्या हम समाधान पर केस कर सकते हैं",
        "hamari factory medium hai, ek party ne 40 lakh rok rakha hai, kya hum samadhaan pe case kar sakte hai",
        "our unit is medium sized and a contractor has held back 60 lakh for six months, can we file on samadhaan",
    ],
)
def test_a_sum_held_back_names_samadhaan_beside_a_turnover(services, text):
    """A turnover told (Udyam's word) no longer ties with Samadhaan named in passing when the money withheld is said
    as a sum ("अस्सी लाख रोक रखा है") instead of "पैसा"."""
    from bot.ask import ask

    reply = ask(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", "samadhaan", "eligibility")


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("गुजरात सरकार की एक योजना में युवाओं को बिना ब्याज लोन मिलता है, फॉर्म कहाँ भरें", "fallback"),
        ("bihar sarkar ki yojana me naye udyog ko 10 lakh milta hai, kaise apply kare", "fallback"),
        ("my uncle says there is an interest free loan from the CM for youth, how do I apply", "fallback"),
        ("is there a rajasthan government scheme for a new dairy, where to apply", "fallback"),
        # (a state's part in a central scheme is no state scheme)
        ("our cluster proposal is with the state govt, what happens after that", "scheme_info"),
        ("क्लस्टर का प्रस्ताव राज्य सरकार को कितने दिन में आगे भेजना होता है?", "scheme_info"),
    ],
)
def test_a_states_own_scheme_heard_of_is_not_on_file(services, text, intent):
    from bot.ask import ask

    assert ask(services, text).intent == intent


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        # (what work a centre takes on is what it gives)
        (
            "do the technology centres make press tools for a small sheet metal unit",
            "tech-centres",
            "benefits",
        ),
        ("can they make dies for my forging unit at the msme tool room", "tech-centres", "benefits"),
        ("टूल रूम से प्लास्टिक के डिब्बे का मोल्ड बनवा सकते हैं क्या", "tech-centres", "benefits"),
        ("tool room se forging ki die banwa sakte hai kya", "tech-centres", "benefits"),
        # (how to get them made is still how to apply)
        ("tool room me die aur mould banwane ka kya process hai", "tech-centres", "apply"),
        # (ZED's first step named asks the step, not what ZED is)
        ("what is the zed pledge, how do i take it", "zed", "apply"),
        ("zed pledge kya hota hai aur kaise lete hai", "zed", "apply"),
        ("ज़ेड प्लेज क्या है और कैसे लें", "zed", "apply"),
        ("what is zed certification and how do i apply", "zed", "overview"),
    ],
)
def test_work_a_centre_takes_on_and_zeds_pledge_ask_their_parts(services, text, topic, aspect):
    from bot.ask import ask

    reply = ask(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", topic, aspect)


@pytest.mark.parametrize(
    "text",
    [
        "is it true there is a joining reward of 10000 after the zed pledge",
        "zed pledge lene pe 10000 ka inaam milta hai kya",
        "ज़ेड शपथ लेने पर 10000 का इनाम मिलता है क्या",
    ],
)
def test_a_reward_told_of_asks_what_one_gets(services, text):
    from bot.ask import ask

    reply = ask(services, text)
    assert (reply.topic, reply.aspect) == ("zed", "benefits")


@pytest.mark.parametrize(
    ("text", "topic", "aspect"),
    [
        # (a share of public purchase set aside is what the policy gives)
        ("is some part of psu purchase reserved for micro units owned by women", "sambandh", "benefits"),
        ("sarkari kharid me sc st udyamiyon ke liye alag target hai kya", "sambandh", "benefits"),
        ("what is the purchase preference for small units in cpse purchase", "sambandh", "benefits"),
        # (a hearing joined from afar is how the portal serves)
        ("can i attend the hearing online on the odr portal, i am in another state", "odr", "benefits"),
        ("odr me sunwai ghar se ho sakti hai kya", "odr", "benefits"),
    ],
)
def test_a_share_set_aside_and_a_hearing_from_afar_ask_what_one_gets(services, text, topic, aspect):
    from bot.ask import ask

    reply = ask(services, text)
    assert (reply.intent, reply.topic, reply.aspect) == ("scheme_info", topic, aspect)


def test_registering_from_home_asks_no_hearing_from_afar(services):
    from bot.ask import ask

    assert ask(services, "udyam registration ghar se ho jayegi kya").aspect != "benefits"
