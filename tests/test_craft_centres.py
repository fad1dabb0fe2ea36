"""A craft's training asked with no list on screen finds the few centres whose services name it (FFDC Kannauj for
perfume, CDGI Firozabad for glass, the footwear institutes for leather footwear); a tax return or a scheme asked
beside such a word is not about them."""

import pytest

from bot.messages import IncomingMessage
from bot.respond import respond


def say(services, text, user="u"):
    return respond(IncomingMessage("console", user, text), services)


@pytest.mark.parametrize(
    ("text", "centre"),
    [
        ("itr ka kaam kannauj", "tc-kannauj"),
        ("itr banane ki training kaha milegi", "tc-kannauj"),
        ("इत्र बनाना सीखना है", "tc-kannauj"),
        ("Which centre trains in perfume making?", "tc-kannauj"),
        ("कांच का काम सीखना है कहाँ जाऊँ", "tc-firozabad"),
        ("kanch ka kaam sikhna hai", "tc-firozabad"),
        ("glass industry training centre", "tc-firozabad"),
        ("leather ka kaam sikhna hai", "tc-agra-cfti"),
        ("where can I get training in leather footwear design", "tc-chennai"),
        ("जूते बनाने की ट्रेनिंग कहाँ मिलेगी", "tc-agra-cfti"),
    ],
)
def test_a_crafts_training_finds_the_centres_that_train_in_it(services, text, centre):
    [reply] = say(services, text)
    assert reply.intent == "centre_find" and centre in {c["id"] for c in reply.centres}


@pytest.mark.parametrize(
    ("text", "intent"),
    [("itr kaise bhare", "fallback"), ("chamde ka kaam hai, pmegp loan milega?", "scheme_info")],
)
def test_a_tax_return_or_a_scheme_beside_a_craft_word_is_no_centre(services, text, intent):
    [reply] = say(services, text)
    assert reply.intent == intent
