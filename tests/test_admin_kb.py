"""Admin edits of the knowledge base: /show /set /alias /unalias /delete /restore /history /undo."""

import json
import threading

import pytest
from admin_chat import (
    ADMIN,
    ADMIN2,
    CITIZEN,
    STAFF,
    audit_count,
    kb_state,
    refused,
    say,
    staffed_services,
    text,
    unlink,
)

from bot import kb_check, kb_edit, seed


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def record(services, record_id: str) -> dict:
    return kb_edit.find(services.db, record_id).data


def last_audit(services) -> tuple:
    return services.db.execute("SELECT who, command, target, old, new FROM audit ORDER BY id DESC").fetchone()


def test_show_lists_record_aliases_sources_and_last_change(services):
    shown = text(services, ADMIN, "/show udyam")
    assert "Udyam Registration" in shown and "aliases:" in shown and "[hi] " in shown
    assert "sources:" in shown and "last change:" in shown
    say(services, ADMIN, "/set udyam url https://udyamregistration.gov.in/new")
    assert "/set udyam url" in text(services, ADMIN, "/show udyam").split("last change:")[1]


def test_show_a_centre(services):
    assert "Ludhiana" in text(services, ADMIN, "/show tc-ludhiana")


@pytest.mark.parametrize("args, expected", [("", "usage"), ("nope", "no record")])
def test_show_bad_arguments(services, args, expected):
    assert expected in text(services, ADMIN, f"/show {args}")


def test_set_url_is_stored_audited_and_answered_next(services):
    reply = text(services, ADMIN, "/set udyam url https://udyamregistration.gov.in/new")
    assert "→ https://udyamregistration.gov.in/new" in reply
    assert record(services, "udyam")["url"] == "https://udyamregistration.gov.in/new"
    assert last_audit(services) == (
        ADMIN,
        "/set udyam url https://udyamregistration.gov.in/new",
        "udyam",
        '{"url": "https://udyamregistration.gov.in"}',
        '{"url": "https://udyamregistration.gov.in/new"}',
    )
    assert "udyamregistration.gov.in/new" in text(services, "telegram:300", "udyam registration")


@pytest.mark.parametrize(
    "command",
    ["/set pmegp url https://pmegp-apply-now.xyz/form", "/set msme-mart url_verified true"],
)
def test_set_of_a_link_off_government_domains_warns_the_admin(services, command):
    reply = text(services, ADMIN, command)
    assert "is not a government domain (.gov.in, .nic.in)" in reply and "never 'Official link'" in reply


@pytest.mark.parametrize(
    "command",
    [
        "/set pmegp url https://www.kviconline.gov.in/pmegp",
        "/set pmegp url_verified true",
        "/set cgtmse url_verified false",
        "/set cgtmse kind portal",
    ],
)
def test_set_of_a_government_link_has_no_domain_warning(services, command):
    assert "→" in (reply := text(services, ADMIN, command)) and "government domain" not in reply


@pytest.mark.parametrize(
    "ask, official, confirmed",
    [
        ("pmegp apply link", "Official link", "Link (confirmed; not a .gov.in address)"),
        ("पीएमईजीपी का लिंक", "सरकारी लिंक", "लिंक (पुष्टि किया हुआ; .gov.in वाला पता नहीं)"),
        ("pmegp ki website batao", "सरकारी लिंक", "लिंक (पुष्टि किया हुआ; .gov.in वाला पता नहीं)"),
    ],
)
def test_a_confirmed_link_off_government_domains_is_never_called_official(services, ask, official, confirmed):
    """An admin's "https://pmegp-apply-now.xyz/form" with url_verified true reached citizens as "Official link"."""
    for command in ("url https://pmegp-apply-now.xyz/form", "url_verified true", "verified true"):
        say(services, ADMIN, f"/set pmegp {command}")
    answer = text(services, CITIZEN, ask)
    assert "https://pmegp-apply-now.xyz/form" in answer and confirmed in answer and official not in answer


@pytest.mark.parametrize(
    "ask, typed, found",
    [
        ("pmegp apply link", "Link (added by the helpline team; please confirm)", "non-government pages"),
        ("पीएमईजीपी का लिंक", "लिंक (हेल्पलाइन टीम ने जोड़ा; पुष्टि कर लें)", "गैर-सरकारी पेजों पर मिला"),
        ("is this correct", "Its link was added by the helpline team", "non-government pages"),
    ],
)
def test_a_link_an_admin_typed_is_not_said_to_be_found_on_non_government_pages(services, ask, typed, found):
    """An admin's new link, not yet confirmed, was labelled "address found only on non-government pages"."""
    say(services, ADMIN, "/set pmegp url https://www.kviconline.gov.in/pmegp-new/")
    if ask == "is this correct":
        say(services, CITIZEN, "pmegp ka link kya hai")
    answer = text(services, CITIZEN, ask)
    assert typed in answer and found not in answer


def test_show_keeps_each_list_item_on_one_line_so_whatsapp_pieces_part_between_items(services):
    """/show folded long items at 100 characters; WhatsApp's 1,600-character cut fell between the halves."""
    lines = text(services, ADMIN, "/show pmegp").splitlines()
    for item in record(services, "pmegp")["benefits"]["en"]:
        assert any(item in line for line in lines)


def test_set_hindi_summary(services):
    say(services, ADMIN, "/set pmegp summary.hi नई जानकारी: यह प्रधानमंत्री रोजगार सृजन कार्यक्रम है।")
    assert record(services, "pmegp")["summary"]["hi"].startswith("नई जानकारी")


def test_set_list_field_and_nested_phone(services):
    say(services, ADMIN, "/set pmegp documents.en Aadhaar | PAN | Project report")
    say(services, ADMIN, "/set pmegp helpline.phone 1800-123-4567")
    data = record(services, "pmegp")
    assert data["documents"]["en"] == ["Aadhaar", "PAN", "Project report"]
    assert data["helpline"]["phone"] == "1800-123-4567"


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/set udyam url http://udyamregistration.gov.in", "https://"),
        ("/set udyam url not a url", "https://"),
        ("/set udyam colour blue", "valid fields: name.en, name.hi"),
        ("/set udyam summary plain", "summary.en or summary.hi"),
        ("/set udyam summary.fr bonjour", "summary.en or summary.hi"),
        ("/set udyam summary.hi only english", "Devanagari"),
        ("/set udyam helpline.phone 12ab", "phone"),
        ("/set udyam helpline.phone 123", "phone"),
        ("/set udyam kind shop", "scheme, portal"),
        ("/set udyam related udyam no-such", "no such schemes: no-such"),
        ("/set udyam related ,", "related needs at least one id"),
        # (a helpline that covers nothing becomes a general one)
        ("/set hl-champions covers ,", "covers needs at least one id"),
        ("/set tc-ludhiana hub ,", "hub needs at least one id"),
        ("/set udyam name.en none", "cannot be empty"),
        ("/set tc-ludhiana lat 123", "between 6 and 38 (in India)"),
        ("/set tc-ludhiana lat -45", "in India"),
        ("/set tc-ludhiana lon 0", "in India"),
        ("/set tc-ludhiana website http://x.example", "https://"),
        ("/set nope url https://x.example", "no record"),
        ("/set udyam url", "usage"),
        ("/set udyam url https://udyamregistration.gov.in", "already has that value"),
        ("/set gem related gem udyam", "related cannot name gem itself"),
        ("/set gem related udyam,udyam", "related names udyam more than once"),
        ("/set tc-agra hub tc-agra", "hub cannot name tc-agra itself"),
        ("/set udyam url https://" + "a" * 3000 + ".in", "a link is at most 1000 characters"),
        ("/set cgtmse helpline.phone ९८१२३४५६७८९", "plausible phone"),
        ("/set zed benefits.en  | ", "benefits.en needs at least one item"),
        ("/set tc-agra city_hi Agra", "city_hi must be in Hindi"),
    ],
)
def test_set_refuses_bad_values_and_changes_nothing(services, command, expected):
    before = kb_state(services)
    reply = text(services, ADMIN, command)
    assert expected in reply
    assert kb_state(services) == before


def test_set_list_items_are_split_at_every_bar(services):
    """ "a | b | | c" was stored as ["a", "b", "| c"]."""
    say(services, ADMIN, "/set pmegp documents.en Aadhaar | PAN | | Project report|Bank statement")
    assert record(services, "pmegp")["documents"]["en"] == [
        "Aadhaar",
        "PAN",
        "Project report",
        "Bank statement",
    ]


@pytest.mark.parametrize(
    "ids", ["udyam | cgtmse", "udyam|cgtmse", "udyam, cgtmse", "udyam cgtmse", "udyam |cgtmse |"]
)
def test_set_related_takes_ids_separated_as_any_list(services, ids):
    """The README gives ` | ` for every list; `/set pmegp related udyam | cgtmse` said "no such schemes: |"."""
    reply = text(services, ADMIN, f"/set pmegp related {ids}")
    assert "no such" not in reply
    assert record(services, "pmegp")["related"] == ["udyam", "cgtmse"]


def test_set_related_with_bars_still_refuses_an_unknown_id(services):
    before = kb_state(services)
    assert "no such schemes: no-such" in text(services, ADMIN, "/set pmegp related udyam | no-such")
    assert kb_state(services) == before


def reimported(services) -> str:
    """The reply to /import of the knowledge base's own /export (the backup and restore path)."""
    [reply] = say(services, ADMIN, "/export")
    return text(services, ADMIN, "/import\n" + reply.attachment["content"].decode("utf-8"))


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/set pmegp benefits.en one item only", "⚠ benefits.en had 4 items and now has 1"),
        ("/set pmegp benefits.hi केवल एक बात | दूसरी बात", "⚠ benefits.hi had 4 items and now has 2"),
    ],
)
def test_set_of_a_shorter_list_says_how_many_items_went_and_how_to_give_several(services, command, expected):
    """The 4 benefits silently became ["one item only"]."""
    reply = text(services, ADMIN, command)
    assert expected in reply and "separate them with |: /set pmegp benefits." in reply


def test_set_of_a_list_as_long_has_no_items_note(services):
    reply = text(services, ADMIN, "/set pmegp benefits.en a | b | c | d")
    assert "→" in reply and "items and now has" not in reply


def test_set_none_of_one_language_clears_only_that_language(services):
    """`/set udyam note.en none` cleared the Hindi note too."""
    hindi = record(services, "udyam")["note"]["hi"]
    say(services, ADMIN, "/set udyam note.en none")
    assert record(services, "udyam")["note"] == {"en": None, "hi": hindi}
    english = text(services, "telegram:71", "udyam helpline number")
    assert "📝" not in english and hindi not in english  # no English note, and not the Hindi one instead
    assert hindi in text(services, "telegram:72", "उद्यम हेल्पलाइन नंबर")
    assert "The file is valid" in reimported(services)
    say(services, ADMIN, "/set udyam note.hi none")
    assert record(services, "udyam")["note"] is None  # both cleared: no note


@pytest.mark.parametrize(
    "command, reminder, todo",
    [
        (
            "/set pmegp summary.en PMEGP gives a subsidy on a bank loan.",
            "summary.hi was not changed",
            "/set pmegp summary.hi …",
        ),
        ("/set udyam note.en none", "note.hi was not changed", "/set udyam note.hi none"),
        (
            "/set pmegp documents.hi आधार | पैन",
            "documents.en was not changed and still says: Aadhaar",
            "/set pmegp documents.en …",
        ),
    ],
)
def test_set_of_one_language_reminds_that_the_other_still_says_the_old_text(
    services, command, reminder, todo
):
    """A `.en`-only /set left the Hindi text saying the old thing, without a word to the admin."""
    reply = text(services, ADMIN, command)
    assert reminder in reply and todo in reply


def test_the_other_language_reminder_is_in_the_admins_language(services):
    say(services, ADMIN, "नमस्ते")
    reply = text(services, ADMIN, "/set udyam note.en none")
    assert "note.hi नहीं बदला" in reply and "इसे भी हटाने के लिए: /set udyam note.hi none" in reply


def test_set_of_a_language_the_other_lacks_has_no_reminder(services):
    say(services, ADMIN, "/set udyam note.hi none")
    assert "was not changed" not in text(services, ADMIN, "/set udyam note.en Ask the Champions portal.")


@pytest.mark.parametrize("command", ["/set zed url none", "/set treds note.en none"])
def test_a_scheme_keeps_a_url_or_a_note_saying_why_it_has_none(services, command):
    refused(services, ADMIN, command, "neither a url nor a note")


def test_alias_takes_effect_for_the_very_next_message(services):
    assert say(services, "telegram:300", "sarkari dukaan")[0].topic != "gem"
    reply = text(services, ADMIN, "/alias gem sarkari dukaan")
    assert "alias added to gem [" in reply
    assert say(services, "telegram:301", "sarkari dukaan")[0].topic == "gem"
    assert last_audit(services)[1:3] == ("/alias gem sarkari dukaan", "gem")


def test_alias_in_devanagari_joins_the_hindi_list(services):
    assert "[hi]" in text(services, ADMIN, "/alias gem सरकारी दुकान")


@pytest.mark.parametrize(
    "command, expected",
    [
        ("/alias gem", "usage"),
        ("/alias nope some text", "no record"),
        ("/alias gem gem", "already has the alias"),
    ],
)
def test_alias_bad_arguments_change_nothing(services, command, expected):
    refused(services, ADMIN, command, expected)


def test_unalias_removes_it_for_the_next_message(services):
    say(services, ADMIN, "/alias gem sarkari dukaan")
    assert "alias removed" in text(services, ADMIN, "/unalias gem Sarkari Dukaan")
    assert say(services, "telegram:301", "sarkari dukaan")[0].topic != "gem"


def test_unalias_unknown_alias_changes_nothing(services):
    refused(services, ADMIN, "/unalias gem no such words", "has no alias")


def test_an_alias_typed_in_another_unicode_form_is_the_same_alias(services):
    """क़ as one code point or as क + nukta: keyboards send either, and both read the same."""
    say(services, ADMIN, "/alias udyam \u0958ानूनी उद्यम पत्रिका")
    refused(services, ADMIN, "/alias udyam \u0915\u093cानूनी उद्यम पत्रिका", "already has the alias")
    assert "alias removed" in text(services, ADMIN, "/unalias udyam \u0915\u093cानूनी उद्यम पत्रिका")


def test_alias_and_unalias_ignore_case_beyond_ascii(services):
    say(services, ADMIN, "/alias udyam ÜDYAM SERTIFIKAT")
    refused(services, ADMIN, "/alias udyam üdyam sertifikat", "already has the alias")
    assert "alias removed" in text(services, ADMIN, "/unalias udyam üdyam sertifikat")
    assert "ÜDYAM SERTIFIKAT" not in [a[1] for a in kb_edit.aliases(services.db, "udyam")]


def test_delete_hides_the_record_and_restore_brings_it_back(services):
    unlink(services, "zed")
    assert "recoverable" in text(services, ADMIN, "/delete zed")
    assert "zed" not in services.current().knowledge.schemes
    assert "DELETED" in text(services, ADMIN, "/show zed")
    assert "restored" in text(services, ADMIN, "/restore zed")
    assert "zed" in services.current().knowledge.schemes


@pytest.mark.parametrize(
    "command, expected",
    [("/delete", "usage"), ("/delete nope", "no record 'nope'"), ("/restore zed", "no deleted record")],
)
def test_delete_and_restore_bad_arguments(services, command, expected):
    refused(services, ADMIN, command, expected)


@pytest.mark.parametrize(
    "record_id, named",
    [("udyam", "pmegp (related)"), ("udyam", "hl-champions (covers)"), ("tc-ahmedabad", "(hub)")],
)
def test_a_record_other_records_point_to_is_not_deleted(services, record_id, named):
    """Their links would point nowhere: `kb check`, and /import of the next /export, refuse that."""
    refused(services, ADMIN, f"/delete {record_id}", named)


def test_a_record_is_not_restored_while_one_it_points_to_is_deleted(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    unlink(services, "cdp")  # (zed, deleted, still lists it)
    say(services, ADMIN, "/delete cdp")
    refused(services, ADMIN, "/restore zed", "cdp (related)")


def test_history_lists_changes_newest_first_and_per_record(services):
    say(services, ADMIN, "/set udyam url https://a.example")
    say(services, ADMIN2, "/alias gem sarkari dukaan")
    lines = text(services, ADMIN, "/history").splitlines()
    assert "/alias gem" in lines[0] and "/set udyam" in lines[1]
    assert "/alias" not in text(services, ADMIN, "/history udyam")
    assert "no changes recorded for cdp" in text(services, ADMIN, "/history cdp")


def test_every_change_writes_one_audit_row(services):
    unlink(services, "zed")
    for command in (
        "/set udyam url https://a.example",
        "/alias gem sarkari dukaan",
        "/unalias gem sarkari dukaan",
        "/delete zed",
        "/restore zed",
        "/grant staff telegram:8",
    ):
        before = audit_count(services)
        say(services, ADMIN, command)
        assert audit_count(services) == before + 1, command


@pytest.mark.parametrize(
    "command, check",
    [
        (
            "/set udyam url https://a.example",
            lambda s: record(s, "udyam")["url"] == "https://udyamregistration.gov.in",
        ),
        (
            "/alias gem sarkari dukaan",
            lambda s: "sarkari dukaan" not in [a[1] for a in kb_edit.aliases(s.db, "gem")],
        ),
        (
            "/unalias udyam udyam portal",
            lambda s: "udyam portal" in [a[1] for a in kb_edit.aliases(s.db, "udyam")],
        ),
        ("/delete zed", lambda s: "zed" in s.current().knowledge.schemes),
        ("/set udyam helpline.phone 1800-111-2222", lambda s: record(s, "udyam")["helpline"] is None),
    ],
)
def test_undo_after_each_kind_of_change(services, command, check):
    unlink(services, "zed")  # (so /delete zed is accepted)
    before = kb_state(services)[:4]
    say(services, ADMIN, command)
    assert "undone" in text(services, ADMIN, "/undo")
    assert check(services)
    assert kb_state(services)[:4] == before


def test_repeated_undo_walks_back(services):
    say(services, ADMIN, "/set udyam url https://one.example")
    say(services, ADMIN, "/set udyam url https://two.example")
    say(services, ADMIN, "/undo")
    assert record(services, "udyam")["url"] == "https://one.example"
    say(services, ADMIN, "/undo")
    assert record(services, "udyam")["url"] == "https://udyamregistration.gov.in"
    assert "nothing to undo" in text(services, ADMIN, "/undo")


def test_undo_only_reverts_your_own_changes(services):
    say(services, ADMIN, "/set udyam url https://mine.example")
    say(services, ADMIN2, "/set pmegp note.en theirs")
    say(services, ADMIN, "/undo")
    assert record(services, "pmegp")["note"]["en"] == "theirs"
    assert record(services, "udyam")["url"] == "https://udyamregistration.gov.in"


def test_undo_does_not_overwrite_a_later_edit_by_another_admin(services):
    say(services, ADMIN, "/set udyam url https://mine.example")
    say(services, ADMIN2, "/set udyam url https://theirs.example")
    assert "changed again since" in text(services, ADMIN, "/undo")
    assert record(services, "udyam")["url"] == "https://theirs.example"


def test_undo_does_not_revert_another_admins_later_edits_that_came_back_to_the_same_value(services):
    """A sets X, B sets Y, then B decides X was right: A's /undo would throw away B's decision."""
    say(services, ADMIN, "/set udyam helpline.phone 1800-111-2222")
    say(services, ADMIN2, "/set udyam helpline.phone 1800-333-4444")
    say(services, ADMIN2, "/set udyam helpline.phone 1800-111-2222")
    assert "changed again since" in text(services, ADMIN, "/undo")
    assert record(services, "udyam")["helpline"] == {"phone": "1800-111-2222"}


def test_an_overtaken_change_is_passed_over_so_undo_reaches_the_one_before(services):
    say(services, ADMIN, "/set cgtmse note.en mine first")
    say(services, ADMIN, "/set udyam note.en mine second")
    say(services, ADMIN2, "/set udyam note.en theirs")
    assert "goes further back" in text(services, ADMIN, "/undo")
    assert "undone" in text(services, ADMIN, "/undo")
    assert record(services, "cgtmse")["note"] is None  # (as it was: cgtmse had no note)
    assert record(services, "udyam")["note"]["en"] == "theirs"
    assert "(overtaken" in text(services, ADMIN, "/history udyam")


def test_two_admins_editing_at_once_lose_no_edit(tmp_path):
    """Two connections (as two processes would have) hammer the same record at the same time."""
    path = tmp_path / "k.db"
    first, second = staffed_services(path), staffed_services(path)
    rounds = 15

    def edit(services, who, field, alias):
        for i in range(rounds):
            say(services, who, f"/set udyam {field} {who} edit {i}")
            say(services, who, f"/alias udyam {alias} {i}")

    threads = [
        threading.Thread(target=edit, args=(first, ADMIN, "note.en", "first alias")),
        threading.Thread(target=edit, args=(second, ADMIN2, "short.en", "second alias")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    data = record(first, "udyam")
    assert data["note"]["en"] == f"{ADMIN} edit {rounds - 1}"
    assert data["short"]["en"] == f"{ADMIN2} edit {rounds - 1}"
    texts = {a[1] for a in kb_edit.aliases(first.db, "udyam")}
    assert {f"first alias {i}" for i in range(rounds)} | {f"second alias {i}" for i in range(rounds)} <= texts
    assert audit_count(first) == 4 * rounds
    olds = [
        json.loads(r[0])
        for r in first.db.execute("SELECT old FROM audit WHERE command LIKE '/set%' ORDER BY id")
    ]
    assert len(olds) == 2 * rounds


def test_alias_cannot_take_another_schemes_name(services):
    refused(services, ADMIN, "/alias cgtmse udyam", "is the name of udyam")


def test_alias_of_only_common_words_is_refused(services):
    assert "only common words" in text(services, ADMIN, "/alias gem kaise kare")


@pytest.mark.parametrize(
    "alias, expected",
    [
        ("x" * 1501, "an alias is at most 1500 characters (got 1501)"),
        ("\u200b\u200b", "the alias has only spaces or invisible characters"),
        ("\u200b \u2060", "the alias has only spaces or invisible characters"),
    ],
)
def test_alias_too_long_or_invisible_is_refused_with_its_reason(services, alias, expected):
    """3,000 characters were added (and echoed); "\u200b\u200b" was refused as "only common words"."""
    refused(services, ADMIN, f"/alias pmegp {alias}", expected)


def test_an_import_refuses_an_alias_too_long_or_invisible(services):
    data = seed.export(services.db)
    data["schemes"][0]["aliases"]["en"] += ["y" * 1501, "\u200b"]
    reply = text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    assert (
        "udyam: an alias is at most 1500 characters" in reply and "udyam: the alias has only spaces" in reply
    )


def test_alias_of_a_word_many_topics_share_is_refused(services):
    assert "use a longer phrase" in text(services, ADMIN, "/alias pmegp loan")
    assert text(services, ADMIN, "/alias gem sarkari dukaan").startswith("alias added")


def test_a_new_url_loses_its_verified_mark_until_an_admin_confirms_it_and_undo_brings_both_back(services):
    assert record(services, "gem")["url_verified"] is True
    say(services, ADMIN, "/set gem url https://gem-help.example.com")
    assert record(services, "gem")["url_verified"] is False
    assert "please confirm" in text(services, "telegram:300", "gem link please")
    assert "undone" in text(services, ADMIN, "/undo")
    assert (
        record(services, "gem")["url"] == "https://gem.gov.in"
        and record(services, "gem")["url_verified"] is True
    )


def test_a_huge_value_is_refused(services):
    refused(services, ADMIN, "/set udyam summary.en " + "x" * 5000, "at most 1500 characters")


def test_an_alias_removed_by_another_admin_is_passed_over_by_undo(services):
    say(services, ADMIN, "/set gem short.en Government buying portal.")
    say(services, ADMIN, "/alias udyam msme pehchan patra")
    say(services, ADMIN2, "/unalias udyam msme pehchan patra")
    assert "goes further back" in text(services, ADMIN, "/undo")
    assert "undone" in text(services, ADMIN, "/undo")
    assert record(services, "gem")["short"]["en"] != "Government buying portal."


@pytest.mark.parametrize(
    "question",
    ["documents for both", "fees kitni hai", "helpline number", "is it free?", "iska asli link?", "2"],
)
def test_a_scheme_deleted_mid_conversation_is_forgotten_not_crashed_on(services, question):
    unlink(services, "zed")
    say(services, CITIZEN, "zed certification kya hai")
    say(services, ADMIN, "/delete zed")
    for _ in range(2):  # (a failed turn would leave the stale topic for the next one too)
        [reply] = say(services, CITIZEN, question)
        assert reply.intent != "error" and reply.topic != "zed"


def test_an_old_option_of_a_deleted_scheme_offers_the_schemes_there_are(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    [reply] = say(services, CITIZEN, "@scheme zed documents")
    assert reply.intent == "scheme_list"


@pytest.mark.parametrize("command", ["/grant admin telegram:777", "/set udyam url https://scam.example.in"])
def test_a_forwarded_command_is_not_run_as_the_forwarders(services, command):
    """An admin who forwards a citizen's "/grant admin …" gives the citizen nothing: it was not the admin's."""
    before = kb_state(services)
    say(services, ADMIN, command, forwarded=True)
    assert kb_state(services) == before


@pytest.mark.parametrize(
    ("before", "command", "said"),
    [
        ("what is the ODR portal address", "/grant admin whatsapp:+919999999999", "Commands are never run"),
        ("odr portal ka address kya hai", "/reply 1 Pay Rs 999 to scam@upi now", "कोई कमांड नहीं चलता"),
        ("ओडीआर पोर्टल क्या है", "/Grant@SahayakBot staff telegram:9", "कोई कमांड नहीं चलता"),
    ],
)
def test_a_forwarded_command_is_said_to_be_one_not_the_topic_before(services, before, command, said):
    say(services, STAFF, before, forwarded=True)
    [reply] = say(services, STAFF, command, forwarded=True)
    assert reply.intent == "forwarded_command" and reply.topic is None and said in reply.text


def test_a_forwarded_slash_that_is_no_command_is_answered(services):
    [reply] = say(services, STAFF, "/pmegp kya hai", forwarded=True)
    assert reply.intent == "scheme_info" and reply.topic == "pmegp"


@pytest.mark.parametrize(
    "command",
    ["/set gem name.en udyam registration", "/set tc-agra name.hi उद्यम  रजिस्ट्रेशन (उद्यम पंजीकरण)"],
)
def test_set_refuses_a_name_another_record_has(services, command):
    refused(services, ADMIN, command, "is already the name of udyam")


@pytest.mark.parametrize("args", ["hello", "udyam", "2"])
def test_undo_refuses_arguments_with_the_usage(services, args):
    say(services, ADMIN, "/set udyam url https://mine.example")
    refused(services, ADMIN, f"/undo {args}", "usage: /undo")


def test_alias_refuses_a_phrase_another_record_answers_to(services):
    refused(services, ADMIN, "/alias pmegp MSME  certificate", "already an alias of udyam")


@pytest.mark.parametrize(
    "command, owner",
    [
        ("/alias udyam margin money subsidy.", "pmegp (as 'margin money subsidy'"),  # a full stop
        ("/alias cgtmse margin-money subsidy", "pmegp (as 'margin money subsidy'"),  # a dash
        ("/alias udyam ज़ेड सर्टिफिकेट", "zed (as 'जेड सर्टिफिकेट'"),  # a nukta
        ("/alias udyam ＭＳＭＥ certificate", "udyam already has the alias"),  # full-width letters
    ],
)
def test_alias_refuses_a_look_alike_of_an_alias_citizens_could_not_tell_apart(services, command, owner):
    """Once accepted: 'margin money subsidy' then asked 'which one? CGTMSE, PMEGP, Udyam'."""
    refused(services, ADMIN, command, owner)


def test_set_refuses_a_name_that_reads_as_another_records(services):
    """'… Programme.' beside PMEGP's own name once left citizens two identical-looking choices."""
    name = "PMEGP - Prime Minister's Employment Generation Programme."
    refused(services, ADMIN, f"/set cgtmse name.en {name}", "is already the name of pmegp")


def test_kb_check_reports_look_alikes_made_before_they_were_refused(services):
    services.db.execute(
        "INSERT INTO aliases(topic, lang, text, source) VALUES ('udyam', 'en', 'margin-money subsidy', 'x')"
    )
    problems = kb_check.check_database(services.db)
    assert problems == [
        "udyam: 'margin-money subsidy' reads as 'margin money subsidy' of pmegp: a citizen asking for it gets either"
    ]


def test_alias_of_a_deleted_record_may_be_given_to_another(services):
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    assert "alias added to cgtmse" in text(services, ADMIN, "/alias cgtmse zed pledge")


@pytest.mark.parametrize(
    "command, other",
    [
        ("/set hl-gem phone 1800-999-0000", "/set gem helpline.phone 1800-999-0000"),
        ("/set gem helpline.phone 1800-000-1111", "/set hl-gem phone 1800-000-1111"),
        ("/set hl-champions email help@msme.gov.in", "/set champions helpline.email help@msme.gov.in"),
    ],
)
def test_set_of_a_contact_stored_twice_names_the_other_copy_and_its_command(services, command, other):
    """GeM's number is in `gem` and in `hl-gem`: a /set of one left citizens two numbers, and the admin
    was told nothing of the other copy."""
    reply = text(services, ADMIN, command)
    assert "citizens are shown both until they match" in reply and f"To change it too: {other}" in reply


@pytest.mark.parametrize(
    "command",
    [
        "/set pmegp helpline.phone 1800-000-2222",  # (no helpline record covers PMEGP with its own number)
        "/set hl-gem note.en First point of contact for GeM users.",
        "/set tc-ludhiana phone 0161-2490000",
    ],
)
def test_set_of_a_contact_stored_once_has_no_copy_note(services, command):
    assert "shown both" not in text(services, ADMIN, command)


def test_setting_the_other_copy_to_match_ends_the_note(services):
    say(services, ADMIN, "/set hl-gem phone 1800-999-0000")
    assert "shown both" not in text(services, ADMIN, "/set gem helpline.phone 1800-999-0000")


@pytest.mark.parametrize(
    "command, named",
    [
        ("/alias pmegp PMEGP.", "'PMEGP'"),  # PMEGP's English alias, not its Hindi one that reads the same
        ("/alias pmegp पीएमईजीपी.", "'पीएमईजीपी'"),
        ("/alias pmegp pmegp", "'PMEGP'"),
    ],
)
def test_a_repeated_alias_is_named_as_the_one_written_like_it(services, command, named):
    reply = text(services, ADMIN, command)
    assert f"pmegp already has the alias {named}" in reply
