"""One helper says whether a message is only some listed words and fillers (number asked, money asked, a menu
request said alone); a word beside them that is neither makes it another question."""

import pytest

from bot.said_only import only_listed

LISTED = frozenset({"number", "phone"})
FILLERS = frozenset({"do", "please", "ji"})


@pytest.mark.parametrize(
    ("said", "alone"),
    [
        (["number", "do"], True),
        (["phone", "number", "please", "ji"], True),
        (["do"], True),  # (whether a listed word is said at all is the caller's check)
        (["udyam", "number", "do"], False),
        (["certificate", "number"], False),
    ],
)
def test_only_listed_words_and_fillers(said, alone):
    assert only_listed(said, LISTED, FILLERS) is alone
