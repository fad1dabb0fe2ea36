"""A centre has no hours field; the hours an admin writes in its note reach a citizen who asks when it opens
(after a list, about one centre, or with the town), as written, with the caution to confirm."""

import pytest
from admin_chat import ADMIN, say, staffed_services, text

NOTE_EN = "Open Monday to Saturday, 10 am to 5 pm."
NOTE_HI = "सोमवार से शनिवार, सुबह 10 से शाम 5 बजे तक खुला।"


@pytest.fixture
def services(tmp_path):
    services = staffed_services(tmp_path / "k.db")
    say(services, ADMIN, f"/set tc-meerut note.en {NOTE_EN}")
    say(services, ADMIN, f"/set tc-meerut note.hi {NOTE_HI}")
    return services


@pytest.mark.parametrize(
    "turns, note",
    [
        (["msme centre in meerut", "what are the timings"], NOTE_EN),
        (["msme centre in meerut", "kab khulta hai"], NOTE_HI),
        (["मेरठ में एमएसएमई केंद्र", "केंद्र कब खुलता है"], NOTE_HI),
        (["msme centre in meerut", "1", "what are the timings"], NOTE_EN),
        (["मेरठ केंद्र कब खुलता है"], NOTE_HI),
        (["meerut centre kab khulta hai"], NOTE_HI),
        (["what time does the msme centre in meerut open"], NOTE_EN),
    ],
)
def test_hours_asked_show_the_note_an_admin_wrote(services, turns, note):
    *before, asked = turns
    user = f"whatsapp:+91{abs(hash(tuple(turns))) % 10**10:010d}"
    for said in before:
        say(services, user, said)
    answer = text(services, user, asked)
    assert note in answer
    assert "not in my knowledge base" not in answer and "मेरी जानकारी में नहीं है" not in answer


def test_without_hours_asked_a_list_shows_no_notes(services):
    answer = text(services, "whatsapp:+919800000001", "msme centre in meerut")
    assert NOTE_EN not in answer


def test_hours_asked_end_with_the_caution_to_confirm(services):
    user = "whatsapp:+919800000002"
    say(services, user, "msme centre in meerut")
    assert (
        text(services, user, "what are the timings")
        .rstrip()
        .split("\n\n")[0]
        .endswith("Confirm with the centre before you go.")
    )
