"""/history pages through the audit trail (`/history [ID] [PAGE]`), and `/history #N` shows one change in full."""

import pytest
from admin_chat import ADMIN, ADMIN2, say, staffed_services, text

from bot import audit

CHANGES = audit.HISTORY_ROWS + 2


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


@pytest.fixture
def busy(services):
    """CHANGES edits of pmegp's note and one of udyam's, oldest first."""
    for i in range(CHANGES):
        say(services, ADMIN, f"/set pmegp note.en note {i}")
    say(services, ADMIN2, "/set udyam note.en theirs")
    return services


def rows(reply: str) -> list[str]:
    return [line for line in reply.splitlines() if line.startswith("#")]


def test_the_first_page_says_how_many_there_are_and_how_to_see_the_next(busy):
    reply = text(busy, ADMIN, "/history pmegp")
    assert len(rows(reply)) == audit.HISTORY_ROWS
    assert "page 1 of 2; /history pmegp 2 for more" in reply


def test_the_next_page_holds_the_older_changes_and_none_is_missed_or_repeated(busy):
    first, second = rows(text(busy, ADMIN, "/history pmegp")), rows(text(busy, ADMIN, "/history pmegp 2"))
    assert [line.split()[0] for line in first + second] == [f"#{n}" for n in range(CHANGES, 0, -1)]
    assert "page 2 of 2" in text(busy, ADMIN, "/history pmegp 2")


def test_history_of_everything_pages_too(busy):
    reply = text(busy, ADMIN, "/history 2")
    assert "page 2 of 2" in reply and len(rows(reply)) == CHANGES + 1 - audit.HISTORY_ROWS
    assert "/set udyam" in rows(text(busy, ADMIN, "/history"))[0]


def test_a_page_past_the_last_says_how_many_there_are(busy):
    assert (
        text(busy, ADMIN, "/history pmegp 3") == "pmegp has 2 pages of changes (/history pmegp 2 is the last)"
    )


def test_one_page_says_so_without_offering_more(services):
    say(services, ADMIN, "/set pmegp note.en one")
    reply = text(services, ADMIN, "/history pmegp")
    assert "page 1 of 1" in reply and "for more" not in reply


def test_a_long_value_is_cut_in_the_list_and_shown_whole_by_its_number(services):
    summary = "PMEGP gives a margin money subsidy " + "on new micro units " * 20 + "end."
    say(services, ADMIN, f"/set pmegp summary.en {summary}")
    listed = rows(text(services, ADMIN, "/history pmegp"))[0]
    assert listed.startswith("#1 ") and "…" in listed and "end." not in listed
    full = text(services, ADMIN, "/history #1")
    assert full.count(summary) == 2  # (the command and the new value)
    assert f"/set pmegp summary.en {summary}" in full and "new: " in full and "old: " in full


def test_one_change_says_who_when_and_whether_it_was_undone(services):
    say(services, ADMIN, "/alias gem sarkari dukaan")
    say(services, ADMIN, "/undo")
    full = text(services, ADMIN, "/history #1")
    assert full.splitlines()[0].startswith("#1 ") and ADMIN in full and "(undone)" in full


@pytest.mark.parametrize(
    "args, expected",
    [
        ("#99", "no change #99"),
        ("#99999999999999999999999", "no change #9999"),
        ("#x", "usage: /history"),
        ("#1 2", "usage: /history"),
        ("pmegp 0", "usage"),
        ("pmegp abc", "the page is a number: 'abc' is not one (/history pmegp 2)"),
        ("पीएमईजीपी दो", "the page is a number: 'दो' is not one (/history पीएमईजीपी 2)"),
        ("cgtmse two", "the page is a number: 'two' is not one (/history cgtmse 2)"),
    ],
)
def test_bad_history_arguments(services, args, expected):
    say(services, ADMIN, "/set pmegp note.en one")
    assert expected in text(services, ADMIN, f"/history {args}")


def test_help_names_the_paging_and_the_full_view(services):
    help_text = text(services, ADMIN, "/admin")
    assert "/history [ID] [PAGE]" in help_text and "/history #N" in help_text


NUMBERED = [
    "Year Scheme",
    "वर्ष योजना",
    "A scheme named by a year",
    "एक वर्ष वाली योजना",
    "scheme",
    "none",
    "a note",
]


@pytest.fixture
def numbered(services):
    """A scheme whose id is a number, added through the chat, and one edit of another record."""
    for message in ["/add scheme 1947", *NUMBERED]:
        reply = text(services, ADMIN, message)
    assert reply.startswith("added 1947")
    say(services, ADMIN2, "/set udyam note.en theirs")
    return services


def test_a_record_whose_id_is_a_number_is_its_id_and_a_page(numbered):
    reply = text(numbered, ADMIN, "/history 1947 1")
    assert len(rows(reply)) == 1 and "/add 1947 → 1947" in reply and "page 1 of 1" in reply


def test_a_number_alone_is_a_page_and_says_how_to_reach_the_record_of_that_id(numbered):
    reply = text(numbered, ADMIN, "/history 1947")
    assert reply.startswith("the history has 1 page of changes (/history 1 is the last)")
    assert reply.endswith("(1947 is also a record: /history 1947 1 shows its changes)")


def test_a_number_alone_with_no_record_of_that_id_is_only_a_page(numbered):
    reply = text(numbered, ADMIN, "/history 1")
    assert len(rows(reply)) == 2 and "also a record" not in reply
