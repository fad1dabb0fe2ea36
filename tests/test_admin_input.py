"""Text an admin writes into the knowledge base: control characters (a backspace pasted from a PDF makes every
WhatsApp reply showing the text invalid XML), text-direction overrides and values of only invisible
characters are refused by /set, /alias, /add and /import, each reply naming where the character is."""

import pytest
from admin_chat import ADMIN, refused, say, staffed_services, text

from bot import kb_edit, seed


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


@pytest.mark.parametrize(
    "command, expected",
    [
        (
            "/set udyam summary.en Udyam is free\x08 for MSMEs.",
            "summary.en contains an invisible control character (U+0008",
        ),
        ("/set tc-agra city Ag\x01ra", "city contains an invisible control character (U+0001"),
        (
            "/set udyam url https://udyam\x0bregistration.gov.in",
            "url contains an invisible control character (U+000B",
        ),
        (
            "/set udyam note.en see the portal\x85 first",
            "note.en contains an invisible control character (U+0085",
        ),
        ("/set pmegp name.en \u202eGEPMP", "name.en contains a text-direction control (U+202E"),
        ("/set pmegp short.en PMEGP \u2067loans", "short.en contains a text-direction control (U+2067"),
        ("/set udyam name.en Udyam\nRegistration", "name.en contains a line break"),
        ("/set tc-agra city Agra\tcity", "city contains a tab"),
        ("/set udyam name.en \u200b", "name.en has only spaces or invisible characters"),
        ("/set udyam documents.en Aadhaar | \u200b\u2060 | PAN", "documents.en has only spaces or invisible"),
        ("/set tc-agra locality \u200b \ufeff", "locality has only spaces or invisible characters"),
    ],
)
def test_set_refuses_a_hidden_character_or_an_invisible_value_naming_the_field(services, command, expected):
    refused(services, ADMIN, command, expected)


def test_set_takes_a_summary_over_several_lines(services):
    assert "→" in text(services, ADMIN, "/set udyam summary.en Free registration.\nNo agent is needed.")
    assert kb_edit.find(services.db, "udyam").data["summary"]["en"].endswith("\nNo agent is needed.")


@pytest.mark.parametrize("joiner", ["\u200d", "\u200c"])
def test_set_takes_a_joiner_inside_a_devanagari_word(services, joiner):
    """ZWJ and ZWNJ choose how a conjunct is drawn (क्‍ष): they are part of the word, not hidden text."""
    name = f"उद्{joiner}यम रजिस्ट्रेशन"
    assert "→" in text(services, ADMIN, f"/set udyam name.hi {name}")
    assert kb_edit.find(services.db, "udyam").data["name"]["hi"] == name


def test_alias_refuses_a_control_character(services):
    refused(
        services, ADMIN, "/alias gem sarkari\x08 dukaan", "the alias contains an invisible control character"
    )


def test_grant_refuses_an_id_with_an_invisible_character(services):
    refused(services, ADMIN, "/grant staff console:\u200b", "usage: /grant")


def _udyam(data: dict) -> dict:
    return next(s for s in data["schemes"] if s["id"] == "udyam")


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            lambda d: _udyam(d)["summary"].update(en="Free\x08 registration."),
            "udyam: summary.en contains an invisible",
        ),
        (
            lambda d: _udyam(d).update(url="https://udyam\x01registration.gov.in"),
            "udyam: url contains an invisible",
        ),
        (
            lambda d: _udyam(d)["aliases"].update(en=["udyam\x07 card"]),
            "udyam: aliases.en.0 contains an invisible",
        ),
        (lambda d: _udyam(d).update(remarks="checked\x1b"), "udyam: remarks contains an invisible"),
        (lambda d: _udyam(d).update(sources=["press\x0c note"]), "udyam: sources.0 contains an invisible"),
        (
            lambda d: d["general"]["caution"].update(en="Beware\x02"),
            "general.caution.en contains an invisible",
        ),
        (
            lambda d: d["general"].update({"note\x08": "x"}),
            "general has a field name that contains an invisible",
        ),
        (
            lambda d: _udyam(d)["name"].update(en="\u202eUdyam"),
            "udyam: name.en contains a text-direction control",
        ),
        (
            lambda d: _udyam(d)["name"].update(en="Udyam\nRegistration"),
            "udyam: name.en contains a line break",
        ),
        (lambda d: _udyam(d)["name"].update(en="\u200b"), "udyam: name.en has only spaces or invisible"),
        (
            lambda d: _udyam(d).update(sources=["\u200b"]),
            "udyam: sources has only spaces or invisible",
        ),
    ],
)
def test_import_refuses_a_hidden_character_anywhere_in_the_file(services, change, expected):
    data = seed.export(services.db)
    change(data)
    refused(services, ADMIN, "/import\n" + seed.dump_yaml(data), expected)


def test_a_refusal_never_repeats_the_hidden_character(services):
    """The reply names the place, not the text: quoting it would break the admin's own WhatsApp reply."""
    data = seed.export(services.db)
    _udyam(data)["summary"]["en"] = "Free\x08 registration."
    data["general"]["note\x08"] = "x"
    [reply] = say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    assert "not imported" in reply.text and "\x08" not in reply.text


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/set gem summary.en सरकारी ई-मार्केटप्लेस पर सरकार खरीदती है", "summary.en is in Hindi"),
        ("/set gem documents.en PAN | आधार कार्ड और बैंक खाता", "documents.en is in Hindi"),
        ("/set tc-agra city आगरा", "city is in Hindi"),
    ],
)
def test_an_english_field_refuses_hindi_text(services, command, expected):
    """English readers were answered in Hindi."""
    refused(services, ADMIN, command, expected)


def test_an_english_field_may_quote_a_hindi_word(services):
    assert "→" in text(services, ADMIN, "/set gem short.en GeM (सरकारी बाज़ार) is the government's market.")


def test_import_refuses_hindi_text_in_an_english_field(services):
    data = seed.export(services.db)
    _udyam(data)["summary"]["en"] = "उद्यम पंजीकरण मुफ़्त है।"
    refused(services, ADMIN, "/import\n" + seed.dump_yaml(data), "udyam: summary.en is in Hindi")
