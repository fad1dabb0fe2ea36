"""The MSME class of the figures a user states, against the knowledge base's limits."""

import pytest

from bot import msme_size
from bot.msme_size import CRORE, LAKH, Sizes


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("mera turnover 3 crore h aur machine me 50 lakh lagaya h", Sizes(50 * LAKH, 3 * CRORE)),
        ("3 crore turnover aur 50 lakh machine", Sizes(50 * LAKH, 3 * CRORE)),
        ("turnover 2cr, plant 40 lakh", Sizes(40 * LAKH, 2 * CRORE)),
        ("मेरा टर्नओवर 80 लाख है", Sizes(None, 80 * LAKH)),
        ("investment 1.5 crore", Sizes(1.5 * CRORE, None)),
        # a measure joined after its amount ("150 cr ka turnover") is that amount's, not the one said before
        ("150 cr ka turnover, 40 cr investment", Sizes(40 * CRORE, 150 * CRORE)),
        ("150 करोड़ का टर्नओवर है, 40 करोड़ का निवेश", Sizes(40 * CRORE, 150 * CRORE)),
        ("Our company has 40 crore investment and 150 crore turnover", Sizes(40 * CRORE, 150 * CRORE)),
        ("Rs 2 crore in plant and machinery and Rs 8 cr of sales", Sizes(2 * CRORE, 8 * CRORE)),
        ("turnover 3 crore ka hai aur machine 50 lakh", Sizes(50 * LAKH, 3 * CRORE)),
    ],
)
def test_figures_are_read_with_what_they_measure(text, sizes):
    assert msme_size.stated(text) == sizes


@pytest.mark.parametrize(
    ("text", "cost"),
    [
        ("मेरा प्रोजेक्ट पाँच लाख का है", 5 * LAKH),
        ("pmegp me paanch lakh ka project h subsidy kitni", 5 * LAKH),
        ("project cost ten lakh", 10 * LAKH),
        ("dedh crore ka project", 1.5 * CRORE),
        ("पच्चीस लाख का खर्च", 25 * LAKH),
        ("do saal ka project", None),  # ("do" before no lakh or crore is another word)
    ],
)
def test_an_amount_said_in_words_is_read(text, cost):
    """ "पाँच लाख", "saat lakh", "five lakh": how WhatsApp users answer "what is the project cost?"."""
    assert msme_size.project_cost(text) == cost


@pytest.mark.parametrize(
    ("text", "amount"), [("saat lakh", 7 * LAKH), ("five lakh", 5 * LAKH), ("दस लाख", 10 * LAKH)]
)
def test_an_amount_in_words_said_alone_is_read(text, amount):
    assert msme_size.said_alone(text) and msme_size.lone_amount(text) == amount


def test_an_amount_without_a_measure_is_not_a_size():
    assert msme_size.stated("mujhe 5 lakh ka loan chahiye") is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("to mai kya hu", True),
        ("am i micro or small", True),
        ("मैं क्या हूँ", True),
        ("turnover 2 crore, kaun si category", True),
        ("loan kitna milega", False),
        # figures beside a class word, but asking for something else
        ("mai msme hu, machine me 20 lakh lagaya, agent se baat karao", False),
        ("class 10 pass hu, machine ke liye 5 lakh loan chahiye", False),
        ("I run a small shop, invested 10 lakh in machines, need a loan", False),
        ("mera project small hai, machine 10 lakh ka, subsidy kitni milegi?", False),
        # whether one is an MSME at all, and the classes written in Devanagari
        ("my turnover is 120 crore, am I an MSME", True),
        ("मेरी फैक्ट्री का टर्नओवर 120 करोड़ है, क्या मैं एमएसएमई हूं", True),
        ("turnover 700 crore hai kya hum msme me aate hai", True),
        ("मेरा टर्नओवर 40 लाख है, क्या मैं माइक्रो हूं", True),
        ("is msme loan available for 50 lakh turnover", False),
        # "are we", and the question put after the class ("msme hu kya", "एमएसएमई हैं क्या")
        ("Our company has 40 crore investment and 150 crore turnover. Are we MSME?", True),
        ("150 cr ka turnover, 40 cr investment, msme hu kya?", True),
        ("टर्नओवर 150 करोड़ और निवेश 40 करोड़ है, हम एमएसएमई हैं क्या?", True),
        ("are msme loans available for 50 lakh turnover", False),
        ("msme hai kya koi scheme mere liye", False),
    ],
)
def test_asking_for_the_class(text, asks):
    assert msme_size.asks_class(text) is asks


@pytest.fixture
def definition(services):
    return services.current().knowledge.general["msme_definition"]


def test_limits_come_from_the_data(definition):
    assert msme_size.limits(definition) == {
        "micro": (2.5 * CRORE, 10 * CRORE),
        "small": (25 * CRORE, 100 * CRORE),
        "medium": (125 * CRORE, 500 * CRORE),
    }


@pytest.mark.parametrize(
    ("sizes", "says"),
    [
        (Sizes(50 * LAKH, 3 * CRORE), "is Micro."),
        (Sizes(3 * CRORE, 3 * CRORE), "is Small."),  # investment over Micro's Rs 2.5 crore
        (Sizes(None, 12 * CRORE), "is Small. Its investment must also be within Rs 25 crore."),
        (Sizes(None, 600 * CRORE), "above the Medium limits"),
    ],
)
def test_the_smallest_class_both_figures_fit(definition, sizes, says):
    [line] = msme_size.size_lines(sizes, definition, "en")
    assert says in line


def test_the_class_in_hindi(definition):
    [line] = msme_size.size_lines(Sizes(50 * LAKH, 3 * CRORE), definition, "hi")
    assert "50 लाख रुपये" in line and "सूक्ष्म" in line


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("what is msme", True),
        ("msme ka matlab kya hai", True),
        ("MSME full form", True),
        ("एमएसएमई क्या है", True),
        ("msme form kahan hai?", False),
        ("msme kaise?", False),
        ("msme", False),
        ("msme ki sabhi yojana batao", False),
        ("msme ki sabhi yojana kya hai", False),
    ],
)
def test_asking_what_msme_means(services, text, asks):
    assert msme_size.asks_meaning(text, services.current().matcher.question_words) is asks


@pytest.mark.parametrize(
    "text", ["turnover 1.5.3 crore category", "turnover 99999999999999999999 crore category"]
)
def test_malformed_or_absurd_figures_are_not_read(text):
    assert msme_size.stated(text) is None


@pytest.mark.parametrize(
    "text",
    ["मेरा टर्नओवर 8 करोड़ है तो सूक्ष्म में आऊंगा?", "mera turnover 8 crore hai to micro me aaunga?"],
)
def test_will_i_come_under_micro_asks_the_class(text):
    assert msme_size.asks_class(text)


def test_a_new_figure_right_after_the_class_is_classed_too(services):
    """ "aur agar turnover 12 crore ho" after "…main micro hu ya small": the new figure's class, not the
    whole eligibility list; 600 crore is above the Medium limits."""
    from bot.messages import IncomingMessage
    from bot.respond import respond

    def say(text):
        [reply] = respond(IncomingMessage("console", "c", text), services)
        return reply

    say("mera turnover 3 crore h aur machinery 40 lakh ki, main micro hu ya small")
    assert "लघु" in say("aur agar turnover 12 crore ho").text.split("\n")[1]
    assert "not an MSME" in say("what if turnover is 600 crore").text


@pytest.mark.parametrize(
    "text",
    [
        "plant and machinery worth 3 crore, turnover 12 crore, am I micro?",
        "मशीनरी 3 करोड़ और टर्नओवर 12 करोड़",
        "3 crore ki machinery aur 12 crore ka turnover",
        # each measure said right after its amount: the 3 crore is the machinery's, not the turnover's before it
        "मेरा बिजनेस 12 करोड़ टर्नओवर, 3 करोड़ मशीनरी",
        "mera business 12 crore turnover, 3 crore machinery",
        "12 crore turnover and 3 crore investment",
    ],
)
def test_a_measure_said_right_before_an_amount_is_that_amounts(text):
    """ "…worth 3 crore, turnover 12 crore": "turnover" is nearer the 3 than "machinery" is, but it is the 12's."""
    assert msme_size.stated(text) == Sizes(investment=3 * CRORE, turnover=12 * CRORE)


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("I need a 20 lakh loan for my machine shop but I have no property to mortgage", None),
        ("machinery ke liye 10 lakh ka loan chahiye", None),
        ("pmegp me machine ka 8 lakh ka project", None),
        ("machine me 50 lakh lagaya, 20 lakh loan chahiye", Sizes(50 * LAKH, None)),
    ],
)
def test_a_loan_or_project_asked_for_is_no_investment(text, sizes):
    """The amount nearer "loan" than "machine" is what the user wants to borrow, not what the unit has."""
    assert msme_size.stated(text) == sizes


def test_a_loan_asked_for_gets_no_class(services):
    """ "I need a 20 lakh loan for my machine shop" got "ℹ With investment Rs 20 lakh, the business is Micro.\""""
    from bot.messages import IncomingMessage
    from bot.respond import respond

    text = "I need a 20 lakh loan for my machine shop but I have no property to mortgage"
    [reply] = respond(IncomingMessage("console", "c", text), services)
    assert reply.topic == "cgtmse" and "With investment" not in reply.text


def test_a_figure_corrected_asks_its_class_again(services):
    """ "sorry galti se likha, turnover 12 crore hai" after "…main micro hu kya": the corrected figure's class
    (it got "how to change a registration"); a registration to correct still gets that answer."""
    from bot.messages import IncomingMessage
    from bot.respond import respond

    def say(text, user="c"):
        [reply] = respond(IncomingMessage("console", user, text), services)
        return reply

    assert "सूक्ष्म" in say("mera turnover 12 lakh hai, main micro hu kya").text.split("\n")[1]
    again = say("sorry galti se likha, turnover 12 crore hai")
    assert again.aspect == "eligibility" and "लघु" in again.text.split("\n")[1]
    say("मेरा टर्नओवर 40 लाख है, क्या मैं माइक्रो हूं", user="d")
    assert "मध्यम" in say("माफ़ कीजिए गलती से लिखा, टर्नओवर 400 करोड़ है", user="d").text.split("\n")[1]
    say("udyam kya hai", user="e")
    assert say("udyam me turnover 5 crore galat likh diya, sudharna hai", user="e").aspect == "change"


@pytest.mark.parametrize(
    ("question", "says"),
    [("मैं माइक्रो हूँ या स्मॉल?", "लघु"), ("main micro hu ya small?", "लघु"), ("am I micro or small?", "is Small")],
)
def test_a_choice_between_classes_asks_of_the_figures_said_before(services, question, says):
    """ "मैं माइक्रो हूँ या स्मॉल?" after "12 करोड़ टर्नओवर, 3 करोड़ मशीनरी" fell back: naming the classes
    read as telling one's class; a choice between them asks which the earlier figures give."""
    from bot.messages import IncomingMessage
    from bot.respond import respond

    user = f"choice|{question}"
    respond(IncomingMessage("console", user, "मेरा बिजनेस 12 करोड़ टर्नओवर, 3 करोड़ मशीनरी"), services)
    [reply] = respond(IncomingMessage("console", user, question), services)
    assert reply.topic == "udyam" and says in reply.text.split("\n")[1]


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("main micro unit hu", True),
        ("I am micro", True),
        ("my turnover is 12 crore am i micro or small", True),
        ("मैं माइक्रो हूँ या स्मॉल?", False),
        ("small or medium?", False),
    ],
)
def test_a_bare_choice_between_classes_asks_of_earlier_figures(text, own):
    assert msme_size.own_figures_only(text) is own


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("I am micro", "micro"),
        ("main micro hu", "micro"),
        ("मैं सूक्ष्म हूँ", "micro"),
        ("मैं माइक्रो हूँ", "micro"),
        ("we are a small unit", "small"),
        ("am i micro?", None),
        ("kya main micro hu", None),
        ("main micro hu ya small", None),
        ("I run a small shop, need a loan", None),
    ],
)
def test_a_class_told_of_oneself(text, told):
    assert msme_size.told_class(text) == told
