"""The normalizer: Devanagari and romanized Hindi meet; words stay whole; negatives stay apart."""

import pytest

from bot.normalize import clean, key, keys, message_words, words


def test_words_keep_devanagari_vowel_signs_inside_words():
    assert words("उद्यम पंजीकरण कैसे करें?") == ["उद्यम", "पंजीकरण", "कैसे", "करें"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("udyamरजिस्ट्रेशन kaise kare", ["udyam", "रजिस्ट्रेशन", "kaise", "kare"]),
        ("उद्यमregistration", ["उद्यम", "registration"]),
        ("PMEGPमें subsidy", ["PMEGP", "में", "subsidy"]),
        # (one script stays one word: a nukta, a vowel sign, an accent, digits beside Latin letters)
        ("नक़्शा café gem2024", ["नक़्शा", "café", "gem2024"]),
    ],
)
def test_words_are_split_where_the_script_changes(text, expected):
    """ "udyamरजिस्ट्रेशन kaise kare" (no space typed between the scripts) fell back."""
    assert words(text) == expected


def test_clean_drops_zero_width_and_punctuation_and_case():
    assert clean("  Udyam\u200b  Registration!!! ") == "udyam registration"


def test_clean_turns_devanagari_digits_into_ascii():
    assert clean("२ ३") == "2 3"


@pytest.mark.parametrize(
    ("devanagari", "roman"),
    [
        ("उद्यम पंजीकरण", "udyam panjikaran"),
        ("संबंध", "sambandh"),
        ("सम्बन्ध", "sambandh"),
        ("विश्वकर्मा", "vishwakarma"),
        ("ज़ेड", "zed"),
        ("समाधान", "samadhan"),  # ("samadhaan", the portal's own spelling, is its name: see normalize)
        ("रांची", "ranchi"),
        ("औरंगाबाद", "aurangabad"),
    ],
)
def test_keys_devanagari_and_romanized_meet(devanagari, roman):
    assert keys(devanagari) == keys(roman)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("vishvakarma", "vishwakarma"),
        ("shikaayat", "shikayat"),
        ("karein", "karen"),
        ("shehar", "शहर"),
        ("sheher", "शहर"),
    ],
)
def test_keys_fold_common_spelling_variants(a, b):
    assert key(a) == key(b)


@pytest.mark.parametrize(("spelled", "latin"), [("पीएमईजीपी", "pmegp"), ("ओडीआर", "odr"), ("जीईएम", "gem")])
def test_key_reads_english_letter_names_written_in_devanagari(spelled, latin):
    assert key(spelled) == key(latin)


def test_key_nukta_and_plain_letter_fold_together():
    assert key("ज़मीन") == key("जमीन")


@pytest.mark.parametrize(
    ("a", "b"), [("gem", "gemstone"), ("zed", "zee"), ("udyam", "udyog"), ("patna", "pune")]
)
def test_keys_keep_different_words_apart(a, b):
    assert key(a) != key(b)


@pytest.mark.parametrize(
    ("variants", "why"),
    [
        (["mahila", "mahilaon", "महिलाओं", "महिलाएँ"], "Hindi plurals meet their singular"),
        (["yojana", "योजनाएं"], "Hindi plurals meet their singular"),
        (["gaon", "गाँव", "गांव", "gaav"], "village, however it is written"),
        (["kre", "kare"], "romanized shorthand"),
        (["govt", "government"], "abbreviation"),
        (["बढ़ई", "badhai", "barhai", "carpenter"], "a trade, by its English name"),
        (["नाई", "barber"], "a trade, by its English name"),
    ],
)
def test_spellings_of_one_word_share_a_key(variants, why):
    assert len({key(v) for v in variants}) == 1, why


def test_nai_is_not_shorthand_for_nahi():
    """ "nai" is a barber (नाई) or "new" (नई), never "nahi"."""
    assert key("nai") != key("nahi")


def test_a_phrase_is_said_word_for_word_in_its_own_script():
    from bot.normalize import says

    assert says("The MSEFC should decide within 90 days.", "days")
    assert says("45 दिन में भुगतान", "दिन में")
    assert not says("पहली बार या आगे निर्यात", "age")  # "आगे" (further) is no "age"
    assert not says("linked with income-tax data; limits apply", "income limit")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("पी एम ई जी पी योजना", ["pmegp", "iojan"]),  # voice typing spells an acronym letter by letter
        ("सी जी टी एम एस ई", ["cgtmse"]),
        ("ओ डी आर", ["odr"]),
        ("जेड के लिए", ["jed", "ke", "lie"]),  # के is "of", not the letter K
        ("नमस्ते जी", ["namaste", "ji"]),
        ("P M E G P full form", ["pmegp", "ful", "form"]),
        ("C G T M S E website", ["cgtmse", "vebsite"]),
        ("s c category", ["s", "c", "categori"]),  # two letters are SC, not one word
        ("i am a woman", ["i", "am", "a", "voman"]),
        ("the C H A M P I O N S portal", ["te", "canpion", "portal"]),  # "a" and "i" inside a long run
        ("g i f t yojana", ["gift", "iojan"]),
        ("i a m", ["i", "a", "m"]),
    ],
)
def test_letters_spelled_one_by_one_are_one_word(text, expected):
    assert keys(text) == expected


def test_candra_o_is_kept_as_an_o():
    """ITRANS drops ऑ: ऑफिस keyed as फीस (fee)."""
    assert key("ऑफिस") != key("फीस") and key("ऑफिस").startswith("o")


@pytest.mark.parametrize(
    ("plural", "noun"),
    [("दस्तावेजों", "दस्तावेज"), ("इकाइयों", "इकाई"), ("कंपनियों", "कंपनी"), ("शर्तें", "शर्त"), ("कागजों", "कागज")],
)
def test_hindi_oblique_plurals_key_as_their_noun(plural, noun):
    assert key(plural) == key(noun)


def test_short_words_and_names_keep_their_ending():
    assert key("करें") != key("कर")  # कर is also tax
    assert key("क्यों") != key("क्या") and key("लिखें") != key("लिख")
    assert key("उद्यमों") != key("उद्यम")  # enterprises are no Udyam Registration


@pytest.mark.parametrize(("trade", "everyday"), [("बढ़ई", "बड़े"), ("बढ़ई", "बधाई"), ("नाई", "नई")])
def test_a_trade_keeps_apart_from_the_everyday_word_it_sounds_like(trade, everyday):
    assert key(trade) != key(everyday)


@pytest.mark.parametrize(
    ("hindi", "english"),
    [("पैन कार्ड", "PAN card"), ("आधार कार्ड", "aadhaar card"), ("तीन लेवल", "teen levels")],
)
def test_english_words_written_in_devanagari_key_as_typed_in_latin(hindi, english):
    """The record's Hindi lines keep "PAN" in Latin letters: "पैन कार्ड चाहिए?" must find them."""
    assert keys(hindi) == keys(english)


@pytest.mark.parametrize(("card", "other"), [("कार्ड", "खरीद"), ("कार्ड", "करोड़"), ("पैन", "पेन")])
def test_a_card_is_no_purchase_or_crore(card, other):
    assert key(card) != key(other)


def test_ty_is_thanks_and_tea_is_not():
    assert key("ty") != key("टी")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cgtmseके documents", ["cgtmse", "के", "documents"]),
        ("विश्वकर्माyojana", ["विश्वकर्मा", "yojana"]),
        ("udyamरजिस्ट्रेशन", ["udyam", "रजिस्ट्रेशन"]),
        ("5लाख 10th", ["5लाख", "10th"]),
        ("pmegp उद्यम", ["pmegp", "उद्यम"]),
    ],
)
def test_a_word_changing_script_is_two_words(text, expected):
    """ "cgtmseके documents" in a PMEGP chat was one unknown word, read as a line of work for PMEGP."""
    assert words(clean(text)) == expected


@pytest.mark.parametrize(
    ("drawn_out", "word"),
    [("hellooo", "hello"), ("hiiii", "hi"), ("thankssss", "thanks"), ("gooood", "good"), ("plzzz", "plz")],
)
def test_a_drawn_out_word_keys_as_the_word(drawn_out, word):
    assert key(drawn_out) == key(word)


@pytest.mark.parametrize(("word", "other"), [("good", "god"), ("15000", "150"), ("see", "se")])
def test_letters_said_once_or_twice_keep_their_key(word, other):
    """Only three or more of a letter are drawn out; digits are never folded."""
    assert key(word) != key(other)


@pytest.mark.parametrize(
    ("text", "barber"),
    [
        ("main nai hu", True),
        ("mai nai ka kaam karta hu", True),
        ("nai ki dukan hai", True),
        ("otp nai aaya", False),
        ("nai dukaan kholni hai", False),
        ("main taiyar nai hu", False),
        ("main nai hu abhi ghar pe", False),
        ("mai nai hu yaha", False),
        ("main nai hu abhi free", False),
        ("main abhi ghar pe nai hu", False),
        ("main nai hu, dukan kholni hai", True),
        ("main nai hu 10 saal se", True),
    ],
)
def test_a_romanized_nai_is_a_barber_only_where_ones_trade_is_told(text, barber):
    assert ("barber" in message_words(text)) is barber
