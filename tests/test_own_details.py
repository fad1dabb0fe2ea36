"""Eligibility asked with one's own details gets the rule's verdict first, read from the scheme's lines."""

import pytest

from bot import barred, own_details
from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, user="u"):
    [reply] = respond(IncomingMessage("console", user, text), services)
    return reply


def first_lines(reply, n=3):
    return reply.text.split("\n")[1 : 1 + n]


def test_an_age_below_the_minimum_is_not_yet(services):
    """ "meri beti 17 saal ki h silai karti h" after PM Vishwakarma got the four rules and no verdict; her
    trade ("silai": the tailor, darzi) is in the list, said first."""
    say(services, "pm vishwakarma kya hai")
    reply = say(services, "meri beti 17 saal ki h silai karti h")
    trade, verdict, _heading, rule = first_lines(reply, 4)
    assert reply.topic == "pm-vishwakarma" and trade == "✓ सूची में है: दर्जी"
    assert verdict == "✗ उम्र 17 साल: कम से कम 18 साल चाहिए, इसलिए अभी नहीं।"
    assert rule == "• रजिस्ट्रेशन के दिन कम से कम 18 साल उम्र।"


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (
            "my father is a goldsmith, he is 62. can he get the 15000 toolkit?",
            "✓ Age 62: meets the minimum age of 18.",
        ),
        ("I'm a 62-year-old retired bank clerk. Is there an upper age limit for PMEGP?", "✓ Age 62"),
    ],
)
def test_an_age_above_the_minimum_meets_it(services, text, verdict):
    assert any(line.startswith(verdict) for line in first_lines(say(services, text)))


@pytest.mark.parametrize(
    ("first", "then", "verdict"),
    [
        (
            "मेरी उम्र 17 साल है, पीएमईजीपी में आवेदन कर सकता हूँ?",
            "और 19 साल हो तो?",
            "✓ उम्र 19 साल: कम से कम 18 साल की शर्त पूरी होती है।",
        ),
        ("meri umar 17 hai, pmegp mil sakta hai?", "agar 19 saal ka ho jau to?", "✓ उम्र 19 साल"),
        ("I am 17, can I apply for PMEGP?", "I turn 18 next month, then?", "✓ Age 18"),
        ("I am 17, can I apply for PMEGP?", "agle mahine 18 ka ho jaunga", "✓ उम्र 18 साल"),
        ("मेरी उम्र 17 साल है, पीएमईजीपी मिलेगा?", "अगले महीने 18 का हो जाऊँगा", "✓ उम्र 18 साल"),
        ("I am 17, can I apply for PMEGP?", "and if I am 20?", "✓ Age 20"),
        ("मेरी उम्र 17 साल है, पीएमईजीपी मिलेगा?", "अगले साल 19 का हो जाऊँगा, तब?", "✓ उम्र 19 साल"),  # no "साल"
    ],
)
def test_a_new_age_told_replaces_the_earlier_one(services, first, then, verdict):
    """ "और 19 साल हो तो?" after "✗ उम्र 17 साल" got the stale "✗ उम्र 17 साल" again; the age asked about
    now rules; "I turn 18 next month" got no verdict: at 18, "above 18 years" is met (✓), never a stale ✗."""
    say(services, first, user=first + then)
    lines = say(services, then, user=first + then).text.split("\n")
    assert not any("17" in line for line in lines if line.startswith("✗ "))
    assert any(line.startswith(verdict) for line in lines[1:3])


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("मेरी उम्र 16 साल है, विश्वकर्मा में आवेदन?", "✗ उम्र 16 साल"),
        ("I am 16, how do I apply for pm vishwakarma?", "✗ Age 16"),
        ("main 17 saal ka hu, pmegp ke documents kya chahiye", "✗ उम्र 17 साल"),
    ],
)
def test_an_age_told_with_the_steps_asked_is_ruled_on(services, text, verdict):
    """ "मेरी उम्र 16 साल है, विश्वकर्मा में आवेदन?" got the CSC steps with no word on the 18-year rule."""
    assert first_lines(say(services, text), 1)[0].startswith(verdict)


@pytest.mark.parametrize(
    ("first", "then", "verdict"),
    [
        ("pmegp ke liye 8th pass hona zaruri h?", "mai 5vi pass hu, 3 lakh ka project", "✓ 3 लाख रुपये"),
        ("पीएमईजीपी के लिए कितनी पढ़ाई चाहिए?", "मैं 5वीं पास हूँ, 3 लाख का प्रोजेक्ट", "✓ 3 लाख रुपये"),
        (
            "What is the education qualification for PMEGP?",
            "I am 7th pass, project is 15 lakh service",
            "✗ For a Rs 15 lakh",
        ),
    ],
)
def test_schooling_told_with_a_cost_after_the_rule_is_ruled_on(services, first, then, verdict):
    """ "mai 5vi pass hu, 3 lakh ka project" after "8th pass zaruri h?" got PMEGP's steps with only the TDR line."""
    say(services, first, user=then)
    assert first_lines(say(services, then, user=then), 1)[0].startswith(verdict)


@pytest.mark.parametrize(
    "text", ["dukan chalate 5 saal ho gaye", "5 साल हो गए काम करते", "i am 5 months into it"]
)
def test_years_gone_by_are_no_age(text):
    assert own_details.tells_own(text) is False


def test_a_project_cost_said_earlier_settles_the_schooling_rule_by_kind(services):
    """ "I studied till 7th class" after an 8 lakh PMEGP project: class 8 is needed above Rs 5 lakh for
    business/service, above Rs 10 lakh for manufacturing (the KB's line), so it depends on the kind."""
    say(services, "pmegp loan for 8 lakh project")
    reply = say(services, "I studied till 7th class, is that a problem?")
    verdict, _heading, rule = first_lines(reply)
    assert verdict == (
        "ℹ For a Rs 8 lakh project, class 8 pass is needed for business/service, not for manufacturing."
    )
    assert rule.startswith("• Class 8 pass for projects above Rs 10 lakh")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("मैं सिर्फ 7वीं पास हूँ और 15 लाख का मैन्युफैक्चरिंग प्रोजेक्ट है, क्या पीएमईजीपी मिलेगा?", "✗ 15 लाख रुपये"),
        (
            "I am only Class 6 pass. Can I get PMEGP for a Rs 12 lakh manufacturing project?",
            "✗ For a Rs 12 lakh",
        ),
    ],
)
def test_a_project_above_every_limit_needs_the_class(services, text, verdict):
    assert first_lines(say(services, text))[0].startswith(verdict)


@pytest.mark.parametrize(
    "text",
    [
        "pmegp me 8th pass jaruri h kya",
        "main 8th pass nahi hu, 15 lakh ka aata chakki ka project hai, pmegp milega?",
    ],
)
def test_a_class_asked_of_the_rule_or_denied_gets_no_verdict(services, text):
    """ "8th pass jaruri h kya" asks the rule; "8th pass nahi hu" is no class 8."""
    assert "meets" not in say(services, text).text and "शर्त पूरी" not in say(services, text).text


@pytest.mark.parametrize(
    ("first", "family"),
    [
        ("pm vishwakarma yojana", "पति, पत्नी, अविवाहित बच्चे"),
        ("pmegp kya hai", "खुद और पति/पत्नी"),
    ],
)
def test_a_brother_is_not_in_the_family_the_scheme_names(services, first, family):
    """ "मेरे भाई ने मुद्रा लोन लिया था…, क्या मैं अप्लाई कर सकता हूँ?": the family each scheme's line names."""
    say(services, first)
    reply = say(services, "मेरे भाई ने मुद्रा लोन लिया था 2 साल पहले, क्या मैं अप्लाई कर सकता हूँ?")
    verdict, _heading, rule = first_lines(reply)
    assert verdict == f"ℹ यहाँ परिवार का मतलब: {family}; भाई इसमें नहीं गिनाए गए हैं।"
    assert rule.startswith("• एक परिवार")


def test_a_spouse_who_had_the_scheme_rules_the_user_out(services):
    """A wife is in PMEGP's family (self and spouse), and she had PMEGP: only one per family may."""
    reply = say(services, "meri wife ne 2021 me PMEGP loan liya tha, kya main bhi apply kar sakta hoon?")
    verdict, heading, rule = first_lines(reply, 3)
    assert verdict.startswith("✗ परिवार में पत्नी को यह पहले मिल चुका है")
    assert heading == "कौन आवेदन कर सकता है:" and rule == "• एक परिवार (खुद और पति/पत्नी) से सिर्फ एक व्यक्ति।"


@pytest.mark.parametrize(
    "text",
    [
        "pmegp kya hai bhai koi batao gaon me masala pisai ka kaam chalu karna h",
        "भाई साहब ये पीएम विश्वकर्मा योजना का है?",
    ],
)
def test_bhai_as_a_way_of_address_is_no_relative(services, text):
    assert "परिवार का मतलब" not in say(services, text).text


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("pmegp kya hai", "mera business 3 saal ka hai, kya main apply kar sakta hu?"),
        ("pm vishwakarma kya hai", "मेरी दुकान 5 साल की है, क्या मैं आवेदन कर सकती हूँ"),
        ("pmegp kya hai", "I am 5 km from the KVIC office, am I eligible?"),
    ],
)
def test_a_business_age_or_a_distance_is_no_persons_age(services, first, then):
    """The reviewer's probes: "✗ उम्र 3 साल" told an adult they were too young."""
    say(services, first, user=then)
    reply = say(services, then, user=then)
    assert reply.aspect == "eligibility" and "✗" not in reply.text and "✓" not in reply.text.split("\n")[1]


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("main mahila hu, papad ka kaam 2 saal se ghar pe karti hu", True),
        ("My bakery is running for 5 years in a village", True),
        ("मेरा पापड़ का काम 3 साल से चल रहा है", True),
        ("meri kirana dukan 3 saal se chal rahi hai", True),
        ("gaon me naya papad udyog lagana hai", False),
        ("main 2 saal se kaam dhundh raha hu", False),
        ("kya chal raha hai", False),
        # years of work before, and now one's own unit to open: a new project
        ("2 saal se factory me kaam kar raha hu, ab apna business shuru karna hai", False),
        ("I worked in a bakery for 5 years, now I want to start my own bakery", False),
        ("मैं 10 साल से दर्जी का काम कर रहा हूँ, अब अपनी दुकान खोलनी है", False),
        # "years old" is a business's age after it, one's own age after "I am"
        ("I run a small restaurant, 2 years old", True),
        ("I am 45 years old, can I get PMEGP for my business idea?", False),
        # years in a job, then one's own business; a running unit with a new product is still running
        ("main 5 saal se naukri kar raha hu, ab apna business karna chahta hu", False),
        ("meri factory 5 saal se chal rahi hai, ab naya product shuru karna hai", True),
    ],
)
def test_a_business_running_for_a_time_is_not_new(services, text, running):
    """ "papad ka kaam 2 saal se", "running for 5 years" got PMEGP's first-loan subsidy worked out: only
    a business said to be running (or one's work gone on for a time) is not a new project."""
    scheme = services.current().knowledge.schemes["pmegp"]
    found = barred.verdicts(scheme, [text], {"pmegp"}, "en")
    assert any(v.running for v in found) is running


@pytest.mark.parametrize(
    ("text", "passed"),
    [("mai 8th fail hu", "✗"), ("मैं 8वीं फेल हूँ", "✗"), ("I am 9th fail", "✓"), ("main 8th pass hu", "✓")],
)
def test_a_class_failed_is_the_one_before_passed(services, text, passed):
    """ "mai 8th fail hu" then a 15 lakh manufacturing project got no class-8 verdict: "8th fail" is 7th passed."""
    scheme = services.current().knowledge.schemes["pmegp"]
    [verdict] = own_details.verdicts(scheme, text, ["15 lakh ka manufacturing project hai"], "en")
    assert verdict.line.startswith(passed)


def test_an_exclamation_is_no_meat_shop(services):
    scheme = services.current().knowledge.schemes["pmegp"]
    found = barred.verdicts(
        scheme, ["oh gosh, I want to start a tea stall, can I get pmegp?"], {"pmegp"}, "en"
    )
    assert not [v for v in found if v.line and v.line.startswith("✗ ")]


@pytest.mark.parametrize(
    ("messages", "line"),
    [
        (
            ["मेरी उम्र 55 साल है", "पीएमईजीपी मिल सकता है?", "पढ़ाई 5वीं तक"],
            "ℹ कक्षा 5: कक्षा 8 पास सिर्फ 10 लाख रुपये (मैन्युफैक्चरिंग), 5 लाख रुपये (कारोबार/सेवा) से बड़े प्रोजेक्ट के लिए जरूरी है।",
        ),
        (
            ["pmegp", "i studied till 7th, can i apply"],
            "ℹ Class 7: class 8 pass is needed only for projects above Rs 10 lakh (manufacturing), Rs 5 lakh "
            "(business/service).",
        ),
    ],
)
def test_schooling_below_the_rule_with_no_cost_says_up_to_which_cost_it_is_no_bar(services, messages, line):
    """ "पढ़ाई 5वीं तक" after PMEGP's rules repeated the 1,272-character list; the rule binds only above a
    project cost, which was not told."""
    for text in messages:
        reply = say(services, text)
    assert line in reply.text.split("\n")


@pytest.mark.parametrize("text", ["मेरी उम्र 55 साल है", "I am 17 years old", "main 8vi pass hu"])
def test_an_age_or_schooling_told_first_is_noted_not_a_sorry(services, text):
    """Told first thing, with nothing asked, these got "Sorry, I could not find an answer"; the details are
    kept for the rules of the scheme asked next."""
    reply = say(services, text)
    assert reply.intent == "clarify" and ("Noted" in reply.text or "नोट कर लिया" in reply.text)


def test_a_business_age_told_is_not_noted_as_ones_own(services):
    assert "नोट कर लिया" not in say(services, "meri dukan 5 saal purani hai").text


@pytest.mark.parametrize(
    ("turns", "verdict"),
    [
        (["pmegp", "I studied till class 5", "my project is 15 lakh service"], "✗ For a Rs 15 lakh"),
        (["pmegp", "मैं पाँचवीं पास हूँ", "मेरा प्रोजेक्ट 15 लाख का सर्विस है"], "✗ 15 लाख रुपये"),
        (["pmegp", "main paanchvi pass hu", "mera project 15 lakh ka service hai"], "✗ 15 लाख रुपये"),
        (
            [
                "I am a woman, studied till class 5",
                "my service project is 7 lakh in a village",
                "how much PMEGP subsidy?",
            ],
            "✗ For a Rs 7 lakh",
        ),
        (
            ["main mahila hu, 5th pass", "gaon me 7 lakh ka service project, pmegp me kitni subsidy milegi"],
            "✗ 7 लाख",
        ),
        (
            ["मैं महिला हूँ, पाँचवीं पास", "गाँव में 12 लाख की मैन्युफैक्चरिंग यूनिट, पीएमईजीपी में कितनी सब्सिडी मिलेगी"],
            "✗ 12 लाख",
        ),
    ],
)
def test_schooling_told_earlier_rules_out_the_estimate(services, turns, verdict):
    """ "my project is 15 lakh service" after "I studied till class 5" got the subsidy figures with no word on the
    class 8 rule, and a class-5 woman's 7 lakh service project a 35% quote: the ✗ and why, no figures."""
    for said in turns[:-1]:
        say(services, said, user=turns[-1])
    reply = say(services, turns[-1], user=turns[-1])
    assert first_lines(reply, 1)[0].startswith(verdict)
    assert not any(line.startswith("≈ ") for line in reply.text.split("\n"))


@pytest.mark.parametrize(
    ("text", "tells"),
    [
        ("main 7vi pass hu", True),
        ("मैं 5वीं पास हूँ", True),
        ("I'm only 6th pass", True),
        ("main anpadh hu", True),
        ("पढ़ा लिखा नहीं हूँ", True),
        ("I never went to school", True),
        ("Do I need 8th pass?", True),  # (the rule asked)
        ("8वीं पास जरूरी है?", True),
        ("pmegp kya hai", False),
        ("mera beta school jata hai", False),
    ],
)
def test_schooling_told_or_its_rule_asked(text, tells):
    assert own_details.tells_schooling(text) is tells


@pytest.mark.parametrize(
    ("texts", "decides"),
    [
        (["main 7vi pass hu 12 lakh ka unit"], True),
        (["anpadh hu"], True),
        (["Do I need 8th pass?"], True),
        (["main 10th pass hu"], False),  # (class 10 meets class 8 whatever the cost)
        (["pmegp kya hai"], False),
        (["main 10th pass hu", "main 7vi pass hu"], False),  # (the newest told rules)
    ],
)
def test_a_cost_decides_the_class_rule_only_below_it(services, texts, decides):
    scheme = services.current().knowledge.schemes["pmegp"]
    assert own_details.cost_decides(scheme, texts) is decides


def test_a_class_asked_is_no_class_passed(services):
    """ "Do I need 8th pass?" once read "✓ Class 8: meets the class 8 pass rule"."""
    scheme = services.current().knowledge.schemes["pmegp"]
    found = own_details.verdicts(scheme, "My shop project is 7 lakh. Do I need 8th pass?", [], "en")
    assert [v.line for v in found] == ["ℹ For a Rs 7 lakh project, class 8 pass is needed."]
