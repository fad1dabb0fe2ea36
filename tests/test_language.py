"""Language detection per message and the reply language it implies."""

import pytest

from bot.language import detect, reply_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("उद्यम रजिस्ट्रेशन कैसे करें", "hi"),
        ("GeM पोर्टल क्या है", "hi"),
        ("udyam registration kaise kare", "hinglish"),
        ("pmegp ke liye documents", "hinglish"),
        ("mujhe loan chahiye", "hinglish"),
        ("what is udyam registration", "en"),
        ("documents for PMEGP", "en"),
        ("12345", "en"),
        ("", "en"),
        # Punjabi in English letters is answered in Hindi; "mainu" keys as "menu", which stays English
        ("mainu dukaan kholni aa, loan chahida", "hinglish"),
        ("sanu loan chahida", "hinglish"),
        ("show me the menu", "en"),
        ("menu please", "en"),
    ],
)
def test_detect(text, expected):
    assert detect(text) == expected


def test_hindi_in_either_script_gets_a_hindi_reply():
    assert reply_language("hi") == reply_language("hinglish") == "hi"
    assert reply_language("en") == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("UP me tool room", "hinglish"),
        ("pune me tool room", "hinglish"),
        ("tell me about udyam", "en"),
        ("can you send me the link", "en"),
        ("is it for me", "en"),
        ("msme centre near me", "en"),
        ("to kisko email kru", "hinglish"),
    ],
)
def test_me_after_a_noun_is_hindi_after_a_verb_english(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("helpline number do", "hinglish"),
        ("link bhej do", "hinglish"),
        ("pmegp ka form bhejo", "hinglish"),
        ("udyam certificate kse milega", "hinglish"),
        ("what should i do", "en"),
        ("what to do", "en"),
        ("do you have a helpline", "en"),
        ("kindly do the needful", "en"),
    ],
)
def test_a_closing_do_and_asking_verbs_are_hindi(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("pmegp ya cgtmse?", "hinglish"), ("zed ya lean", "hinglish"), ("ya sure", "en"), ("ya thanks", "en")],
)
def test_ya_between_names_is_hindi_or(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("pmegp aur vishwakarma", "hinglish"), ("udyam aur gem", "hinglish"), ("pmegp or cgtmse", "en")],
)
def test_aur_between_names_is_hindi_and(text, expected):
    """ "aur" keys as "or", an English word: two names joined by it were answered in English."""
    assert detect(text) == expected


@pytest.mark.parametrize("text", ["She says PMEGP", "HE SAYS UDYAM FREE?"])
def test_english_told_of_someone_is_english(text):
    """ "she" and "he" key as Hinglish "se" and "है": "says" tells English."""
    assert detect(text) == "en"


def test_if_is_said_in_hinglish_too():
    assert detect("if mahila hu to extra subsidy?") == "hinglish"


def test_bold_latin_letters_are_latin():
    from bot.language import unreadable_script

    assert not unreadable_script("𝐔𝐝𝐲𝐚𝐦 𝐫𝐞𝐠𝐢𝐬𝐭𝐫𝐚𝐭𝐢𝐨𝐧 𝐟𝐞𝐞")


@pytest.mark.parametrize("text", ["hlo bhai", "thnx bhai", "ek joke sunao yaar", "hi didi"])
def test_bhai_yaar_didi_make_a_short_message_hinglish(text):
    assert detect(text) == "hinglish"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bina girvi loan", "hinglish"),  # words of meaning, not markers: were answered in English
        ("pmegp dusra loan", "hinglish"),
        ("pehli baar export karunga efc help karega", "hinglish"),
        ("hello ji", "hinglish"),  # a tie in a greeting of a few words
        ("thanks bhai", "hinglish"),
        ("have been waiting", "en"),  # "bina" keys as "been": counted as written
        ("lab test", "en"),
        ("She says PMEGP", "en"),  # "she" keys as से: no Hindi word as written
    ],
)
def test_hindi_words_of_meaning_and_short_greetings(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mala udyam certificate harvla aahe, punha kasa milnar", "hinglish"),  # answered in Devanagari
        ("mala pmegp loan pahije, kasa milel", "hinglish"),
        ("udyam registration kasa karaycha", "hinglish"),
        ("Kasa is a small town, is there an MSME centre", "en"),
        ("I lost my Udyam certificate, how do I get it again?", "en"),
    ],
)
def test_marathi_in_english_letters_is_answered_in_devanagari(text, expected):
    assert detect(text) == expected
