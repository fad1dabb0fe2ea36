"""Phrase scoring: whole words, typo tolerance on long words only, and negatives that must not match."""

import pytest

from bot.normalize import keys
from bot.phrase_index import PhraseIndex

INDEX = PhraseIndex(
    [
        ("gem", "GeM"),
        ("odr", "odr portal"),
        ("zed", "zed certification"),
        ("udyam", "udyam registration"),
        ("udyam", "उद्यम पंजीकरण"),
        ("pm-vishwakarma", "vishwakarma yojana"),
        ("treds", "treds"),
        ("pmegp", "pmegp"),
    ]
)


def best(text: str) -> tuple[str, float] | None:
    hits = INDEX.score(keys(text))
    if not hits:
        return None
    top = max(hits.values(), key=lambda h: h.score)
    return top.label, top.score


def test_exact_alias_scores_one():
    assert best("udyam registration") == ("udyam", 1.0)


def test_devanagari_alias_matches_romanized_query():
    assert best("udyam panjikaran")[0] == "udyam"


def test_typo_in_long_word_still_matches_with_lower_score():
    label, score = best("vishvakarama yojana")
    assert label == "pm-vishwakarma" and 0.8 < score < 1.0


def test_swapped_letters_in_five_letter_word_match():
    assert best("pmgep")[0] == "pmegp"


def test_a_word_written_without_its_vowels_matches_sms_style():
    label, score = best("udyam regstrtn")
    assert label == "udyam" and 0.8 < score < 1.0


@pytest.mark.parametrize("text", ["rgstr", "krna", "trnds"])  # too few consonants, or another word's
def test_short_or_other_skeletons_do_not_match(text):
    hit = best(text)
    assert hit is None or hit[0] not in ("udyam", "treds")


@pytest.mark.parametrize("text", ["gemstone ring", "gems", "zeds", "odra", "trends", "market trends"])
def test_short_aliases_need_the_whole_word(text):
    found = best(text)
    assert found is None or found[1] < 0.9, found


@pytest.mark.parametrize(
    "text",
    [
        "आज मौसम कैसा रहेगा",
        "मेरा नाम राम है और मैं दिल्ली में रहता हूं",
        "पीएम किसान की किस्त कब आएगी",
        "क्रिकेट मैच का स्कोर क्या है",
    ],
)
def test_unrelated_hindi_sentences_do_not_match_short_aliases(text):
    assert best(text) is None


def test_partial_phrase_scores_by_share_of_words():
    label, score = best("zed")
    assert label == "zed" and 0.3 < score < 1.0


@pytest.mark.parametrize("text", ["pmgp", "पीएमजीपी"])
def test_four_letter_word_missing_an_inner_letter_matches_below_exact(text):
    label, score = best(text)
    assert label == "pmegp" and score < 1.0


@pytest.mark.parametrize("text", ["mgep", "pmeg"])
def test_four_letter_word_must_keep_both_ends_of_the_longer_one(text):
    assert best(text) is None


def test_four_letter_word_missing_a_consonant_is_another_word():
    index = PhraseIndex([("benefits", "charges")])
    assert index.score(keys("customer care")) == {}


def test_a_word_of_its_own_is_never_a_typo():
    index = PhraseIndex([("udyam", "udyam registration")], not_typos=frozenset({"udiami"}))
    assert "udyam" not in index.score(keys("udyami ke liye"))
    assert "udyam" in PhraseIndex([("udyam", "udyam registration")]).score(keys("udyami ke liye"))


def test_present_words_come_only_from_phrases_said_word_for_word():
    index = PhraseIndex([("surya", "pm surya ghar"), ("surya", "rooftop solar")])
    # "pm" of "pm surya ghar" is there, but that phrase is not
    assert index.present_words("surya", keys("pm vishwakarma rooftop solar")) == frozenset(
        keys("rooftop solar")
    )
    assert index.present_words("surya", keys("solar on the rooftop")) == frozenset()


def test_words_said_together_are_found_in_one_sweep():
    from bot.phrase_index import _narrowest

    at = {"how": [0, 9], "much": [1, 10], "loan": [4, 11]}
    assert _narrowest(("how", "much", "loan"), at) == 2  # "how much loan" at 9-11, not 0-4
    assert _narrowest(("loan",), at) == 0
    assert _narrowest(("how", "much", "loan"), {"how": [9], "much": [10], "loan": [1]}) == 9


def test_a_long_message_of_repeated_words_is_read_at_once():
    """Positions of repeated words are swept, not multiplied out: a 1,000-character message must not stall."""
    index = PhraseIndex([("solar", "pm surya ghar rooftop solar")])
    words = keys(" ".join(["pm"] * 40 + ["surya"] * 40 + ["ghar"] * 40 + ["rooftop"] * 40 + ["solar"] * 40))
    assert [h.label for h in index.together_in(words, 2)] == []  # said, but never within a few words
    assert [h.label for h in index.together_in(keys("pm surya ghar rooftop solar"), 2)] == ["solar"]


def test_a_phrase_fillers_would_shrink_to_one_word_needs_them_said():
    """Fillers are skipped inside phrases; one that would be left a single word keeps them as a condition:
    "settle online" is not every "settle", while "GeM portal" (a name word) is GeM by itself."""
    index = PhraseIndex(
        [("odr", "settle online"), ("gem", "GeM portal")],
        skip=frozenset(keys("online portal ho gaya kya")),
        name_words=frozenset(keys("portal")),
    )
    assert "odr" not in index.score(keys("settle ho gaya kya"))
    assert index.score(keys("can I settle it online"))["odr"].score == 1.0
    assert index.score(keys("gem pe kaise bechu"))["gem"].score == 1.0


def test_a_phrase_whose_fillers_are_not_said_is_not_said_word_for_word_either():
    """The ties that go to the phrase said word for word must not count "settle" alone as "settle online"."""
    index = PhraseIndex([("odr", "settle online")], skip=frozenset(keys("online")))
    assert index.longest_said("odr", keys("settle ho gaya")) == 0
    assert index.longest_said("odr", keys("settle online")) == 1


QUOTED = PhraseIndex(
    [
        ("benefits", '"kitna mil sakta hai"'),
        ("eligibility", "mil sakta hai"),
        ("overview", '"kis kaam aata"'),
        ("eligibility", "aata hai kya"),
    ]
)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("udyam ke baad kitna mil sakta hai", "benefits"),
        ("kitna loan mil sakta hai", "benefits"),  # a word or two between
        ("gem kis kaam aata hai", "overview"),
    ],
)
def test_a_quoted_phrase_said_together_counts(text, label):
    assert label in {h.label for h in QUOTED.phrases_in(keys(text))}


@pytest.mark.parametrize(
    "text",
    [
        "kitna time lagega pata nahi, bank se loan mil sakta hai",  # scattered over a story
        "mera kaam aata hai sab, kis tarah register kare",  # said, but not in its order
    ],
)
def test_a_quoted_phrase_scattered_or_out_of_order_does_not_count(text):
    assert {h.label for h in QUOTED.phrases_in(keys(text))} <= {"eligibility"}


def test_a_quoted_phrase_weighs_no_other_phrases_words_and_names_nothing_alone():
    """ "mil" weighs as the phrases that count anywhere make it; "kaam", only in a quoted one, is no known word."""
    plain = PhraseIndex(
        [
            ("benefits", "x"),
            ("eligibility", "mil sakta hai"),
            ("eligibility", "aata hai kya"),
            ("overview", "y"),
        ]
    )
    assert QUOTED.idf[keys("mil")[0]] == plain.idf[keys("mil")[0]]
    assert keys("kaam")[0] not in QUOTED.vocabulary
    assert keys("aata")[0] in QUOTED.vocabulary
