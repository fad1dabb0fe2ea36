"""A narrow follow-up finds the lines of a scheme that say it, or nothing at all."""

import pytest

from bot import fact_lines
from bot.fact_lines import asked_words


@pytest.fixture
def find(services):
    snap = services.current()
    return lambda scheme, text, lang="en": snap.facts.find(
        scheme, asked_words(text, snap.matcher.asking), lang
    )


def test_a_word_in_one_line_finds_that_line_in_the_reply_language(find):
    found = find("pmegp", "mahilaon ke liye", lang="hi")
    assert found.aspect == "eligibility"
    assert len(found.lines) == 1 and "महिलाएँ" in found.lines[0]


def test_question_words_and_the_schemes_own_name_pick_nothing(find):
    assert find("pmegp", "pmegp kya hai kaise milega") is None


def test_words_mostly_foreign_to_the_scheme_pick_nothing(find):
    assert find("pmegp", "mere bete ka school admission women") is None


def test_a_word_found_everywhere_picks_nothing(find):
    assert find("pm-vishwakarma", "artisans") is None or len(find("pm-vishwakarma", "artisans").lines) <= 3


def test_a_summary_sentence_that_goes_on_is_shown_with_the_one_before():
    """ "If not, the buyer owes compound interest" shown alone read as owed for a late council decision."""
    sentences = [
        "A buyer must pay within 45 days.",
        "If not, the buyer owes interest.",
        "The council decides.",
    ]
    assert fact_lines._read_alone(sentences, [1]) == [
        "A buyer must pay within 45 days. If not, the buyer owes interest."
    ]
    assert fact_lines._read_alone(sentences, [2]) == ["The council decides."]
