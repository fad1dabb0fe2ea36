"""One rule for where a clause ends, shared by every reader that takes a message apart."""

import pytest

from bot.clauses import breaks, clauses


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("pmegp ya cgtmse, mere liye kaunsa?", ["pmegp ya cgtmse", "mere liye kaunsa"]),
        ("भुगतान नहीं मिला - चैंपियंस या समाधान?", ["भुगतान नहीं मिला", "चैंपियंस या समाधान"]),
        ("Thank you. What is the subsidy?", ["Thank you", "What is the subsidy"]),
        ("धन्यवाद। कौन आवेदन कर सकता है", ["धन्यवाद", "कौन आवेदन कर सकता है"]),
        ("Note: udyam is free", ["Note", "udyam is free"]),
        # figures, addresses and words with a hyphen are not parted
        ("project 2,45,000 ka hai", ["project 2,45,000 ka hai"]),
        ("Rs. 10.5 lakh loan", ["Rs. 10.5 lakh loan"]),
        ("is https://udyamregistration.gov.in real", ["is https://udyamregistration.gov.in real"]),
        ("e-commerce seller for pm-vishwakarma", ["e-commerce seller for pm-vishwakarma"]),
        ("", []),
        (" , ; ", []),
    ],
)
def test_punctuation_parts_clauses(text: str, parts: list[str]) -> None:
    assert clauses(text) == parts


def test_listed_words_part_clauses_as_whole_words_in_either_script() -> None:
    at = breaks("but_words", "now_words")
    assert clauses("My father took PMEGP but I am married now", at) == [
        "My father took PMEGP",
        "I am married",
    ]
    assert clauses("पापा ने लिया था लेकिन अब मेरी शादी हो गई", at) == ["पापा ने लिया था", "मेरी शादी हो गई"]
    # (not inside a word: "अबकी", "butter", "abhi")
    assert clauses("अबकी बार butter ka kaam abhi", at) == ["अबकी बार butter ka kaam abhi"]


def test_a_reader_can_keep_a_heading_and_its_question_together() -> None:
    text = "zed certificate - do I need udyam first?"
    assert clauses(text, breaks(headings=False)) == ["zed certificate - do I need udyam first"]
    assert clauses(text) == ["zed certificate", "do I need udyam first"]
    listed = "three questions: 1) is udyam free?"
    assert clauses(listed, breaks(headings=False)) == ["three questions: 1) is udyam free"]
