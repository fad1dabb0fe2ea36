"""A phone number the user tells of their own is a detail given, not a contact asked for."""

import pytest

from bot.told_numbers import without_told_number


@pytest.mark.parametrize(
    "said, left",
    [
        ("मेरा फोन 9123456789 है, अचार बनाने की मशीन पर सब्सिडी", ", अचार बनाने की मशीन पर सब्सिडी"),
        ("mera phone number 9123456789 hai, subsidy kitni", ", subsidy kitni"),
        ("my phone is 9811122233, call me", ", call me"),
        ("my number is +91 98765 43210 please call", "please call"),
        ("This is Lakshmi (ph 9443322110) from Salem.", "This is Lakshmi ( ) from Salem."),
        ("मेरा मोबाइल नंबर: 9123456789", ""),
    ],
)
def test_a_number_told_is_taken_out(said, left):
    assert " ".join(without_told_number(said).split()) == " ".join(left.split())


@pytest.mark.parametrize(
    "said",
    [
        "pmegp ka phone number kya hai",
        "mujhe phone karo 9876543210",
        "9876543210 pe call karo",
        "my account 123456789012 please update in udyam",
        "udyam helpline number",
        "मेरा फोन खराब है",
    ],
)
def test_a_contact_asked_or_another_number_is_kept(said):
    assert without_told_number(said) == said
