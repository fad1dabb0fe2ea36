"""/import + /confirm: validation, the diff, all or nothing, and /undo of an import."""

import copy
import datetime
from pathlib import Path

import pytest
import yaml
from admin_chat import (
    ADMIN,
    ADMIN2,
    audit_count,
    kb_state,
    record,
    refused,
    say,
    staffed_services,
    text,
    unlink,
)

from bot import kb_check, kb_edit, kb_import, seed

SCAM = "http://udyam-registration-free.example/pay"


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def unreferenced(data: dict) -> str:
    """A centre no other record points to, so removing it leaves a consistent file."""
    used = {c.get("hub") for c in data["centres"]}
    return next(c["id"] for c in reversed(data["centres"]) if c["id"] not in used)


def test_import_of_pasted_yaml_shows_a_diff_and_changes_nothing_before_confirm(services):
    data = seed.export(services.db)
    data["schemes"][0]["url"] = "https://udyamregistration.gov.in/v2"
    gone = unreferenced(data)
    data["centres"] = [c for c in data["centres"] if c["id"] != gone]
    before = kb_state(services)[:4]
    reply = text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    assert "schemes: +0, -0, ~1 (udyam: url)" in reply and f"centres: +0, -1 ({gone}), ~0\n" in reply
    assert kb_state(services)[:4] == before
    say(services, ADMIN, "/confirm")
    assert gone not in services.current().knowledge.centres
    assert services.current().knowledge.schemes["udyam"]["url"].endswith("/v2")


def test_confirm_is_one_undoable_audit_row_and_undo_restores_the_previous_knowledge_base(services):
    original = seed.export(services.db)
    data = seed.export(services.db)
    gone = unreferenced(data)
    data["centres"] = [c for c in data["centres"] if c["id"] != gone]
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    before = audit_count(services)
    say(services, ADMIN, "/confirm")
    assert audit_count(services) == before + 2  # the import (undoable), and the one centre it removed
    assert "undone" in text(services, ADMIN, "/undo")
    assert seed.export(services.db) == original


def test_the_shipped_knowledge_base_is_a_valid_import():
    assert kb_import.validate(seed.shipped_seed()) == []


def _an_admin_alias_on_two_records(data):
    """One admin alias on Udyam and GeM: /alias refuses it, and a question in its words would ask "which one?"."""
    for scheme in (r for r in data["schemes"] if r["id"] in ("udyam", "gem")):
        scheme.setdefault("aliases", {}).setdefault("en", []).append("msme praman patra online")
        scheme[seed.ALIAS_SOURCES] = {
            **scheme.get(seed.ALIAS_SOURCES, {}),
            "msme praman patra online": "admin x:1",
        }


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda d: d["schemes"][0].update(url="http://insecure.example"), "https://"),
        (lambda d: d["schemes"].append(copy.deepcopy(d["schemes"][0])), "udyam: id used twice"),
        (lambda d: d["schemes"][1]["name"].pop("hi"), "name.en and name.hi"),
        (lambda d: d["schemes"][2].update(related=["nope"]), "no such schemes: nope"),
        (lambda d: d.pop("centres"), "centres: missing"),
        (lambda d: d["centres"][0].update(phone="call me"), "plausible phone"),
        (
            lambda d: next(x for x in d["schemes"] if x["id"] == "gem")["helpline"].update(phone="call us"),
            "plausible",
        ),
        (
            lambda d: next(x for x in d["schemes"] if x["id"] == "gem").update(benefits="not a list"),
            "wrong shape",
        ),
        (lambda d: d["schemes"][0]["summary"].update(hi="English text here"), "must be in Hindi"),
        (lambda d: d["centres"][0].update(type="spaceship"), "type is one of"),
        (lambda d: d["helplines"][0].update(verified="sometimes"), "wrong shape"),
        (lambda d: d["schemes"][5]["aliases"]["en"].append("udyam registration"), "is the name of udyam"),
        (lambda d: d["schemes"][5]["aliases"]["en"].append("kya"), "only words like"),
        (lambda d: d["schemes"][5].update(aliases=["zq"]), "aliases are lists"),
        (lambda d: d.update(general="see website"), "general: missing"),
        (lambda d: d["schemes"][0].update(other_urls="https://x.gov.in"), "other_urls is a list of"),
        (lambda d: d["schemes"][0].update(other_urls=[{"label": "Portal", "url": SCAM}]), "https://"),
        (
            lambda d: d["schemes"][0].update(other_urls=[{"label": ["Portal"], "url": "https://x.gov.in"}]),
            "label",
        ),
        (lambda d: d["schemes"][2].update(sources=[2024, "https://zed.msme.gov.in"]), "sources is a list of"),
        (
            lambda d: d["schemes"].append({**copy.deepcopy(d["schemes"][2]), "id": "test yojana"}),
            "'test yojana' is not valid",
        ),
        (lambda d: d["schemes"][2]["aliases"].update(mr=["shunya dosh"]), "aliases are lists of texts"),
        (lambda d: d["schemes"][0].update(helpline="call us"), "could not answer"),
        (
            lambda d: d["general"].update(msme_definition="see udyamregistration.gov.in"),
            "msme_definition.micro.en, msme_definition.micro.hi",
        ),
        (lambda d: d["general"].pop("caution"), "general: caution.en, caution.hi missing"),
        (lambda d: d["general"]["msme_definition"].pop("small"), "msme_definition.small.en"),
        (lambda d: d["helplines"][0].update(phone=None, email=None), "needs a phone or an email"),
        (lambda d: d.update(exported_on=datetime.date(2026, 11, 28)), "unknown top-level key exported_on"),
        (  # (a TypeError once: "Object of type date is not JSON serializable")
            lambda d: d.update(as_of=datetime.date(2026, 12, 1)),
            'as_of: 2026-12-01 is read as a date; write it as text in quotes ("2026-12-01")',
        ),
        (lambda d: d["schemes"][0].update(note=b"x"), "schemes[udyam].note: a bytes value"),
        (lambda d: d["schemes"][1]["name"].update(en="udyam   REGISTRATION"), "is already the name of udyam"),
        (lambda d: d["schemes"][1]["name"].update(en="Udyam-Registration."), "is already the name of udyam"),
        (lambda d: d["centres"][0]["name"].update(hi=d["schemes"][0]["name"]["hi"]), "the name of udyam"),
        (
            lambda d: d["schemes"][3].update(benifits=d["schemes"][3].pop("benefits")),
            "gem: unknown key 'benifits' (did you mean 'benefits'?)",
        ),
        (_an_admin_alias_on_two_records, "gem: alias 'msme praman patra online' is also an alias of udyam"),
        (
            lambda d: d["centres"][0].update(adress=d["centres"][0].pop("address")),
            "unknown key 'adress' (did you mean 'address'?)",
        ),
        (lambda d: d["schemes"][0].update(remarks="checked"), "udyam: unknown key 'remarks'"),
        (
            lambda d: d["schemes"][0]["summary"].update(eng=d["schemes"][0]["summary"].pop("en")),
            "udyam: unknown key 'summary.eng' (did you mean 'summary.en'?)",
        ),
        (
            lambda d: next(x for x in d["schemes"] if x["id"] == "gem").update(helpline={"phon": "1800"}),
            "gem: unknown key 'helpline.phon' (did you mean 'helpline.phone'?)",
        ),
    ],
)
def test_import_refuses_an_invalid_file_and_changes_nothing(services, change, expected):
    data = seed.export(services.db)
    change(data)
    before = kb_state(services)
    reply = text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    assert "not imported" in reply and expected in reply
    assert kb_state(services) == before


@pytest.mark.parametrize(
    "kept, expected",
    [(0.995, "general: caution.en, caution.hi"), (0.97, "general: missing"), (0.999, "not valid YAML")],
)
def test_import_refuses_an_export_cut_short(services, kept, expected):
    """An interrupted copy ends inside `general` (written last): it once imported as "valid" and took the
    "do not pay any website or agent" caution off every answer."""
    whole = seed.dump_yaml(seed.export(services.db))
    before = kb_state(services)
    reply = text(services, ADMIN, "/import\n" + whole[: int(len(whole) * kept)])
    assert "not imported" in reply and expected in reply
    assert "nothing to confirm" in text(services, ADMIN, "/confirm")
    assert kb_state(services) == before


def test_the_import_diff_says_what_general_loses_and_changes(services):
    old = seed.export(services.db)
    new = copy.deepcopy(old)
    del new["general"]["caution"]
    new["general"]["msme_definition"]["micro"]["en"] = "Investment up to Rs 3 crore"
    assert "general: loses caution.en, caution.hi; changes msme_definition.micro.en" in kb_import.diff(
        old, new
    )


@pytest.mark.parametrize(
    "args, expected",
    [
        ("", "usage"),
        ("/no/such/file.yaml", "no such file"),
        ("\n[1, 2", "not valid YAML"),
        ("\n- a list", "not a knowledge base"),
    ],
)
def test_import_bad_arguments(services, args, expected):
    before = kb_state(services)
    assert expected in text(
        services, ADMIN2, f"/import{' ' if args and not args.startswith(chr(10)) else ''}{args}"
    )
    assert kb_state(services) == before


def test_import_from_a_chat_never_reads_a_server_path(services):
    refused(services, ADMIN, "/import /etc/hostname.yaml", "send the YAML file as a document")


def test_confirm_without_import_changes_nothing(services):
    refused(services, ADMIN, "/confirm", "nothing to confirm")


def test_confirm_after_another_admin_edited_is_refused(services):
    data = seed.export(services.db)
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN2, "/set udyam note.en edited meanwhile")
    assert "changed after your /import" in text(services, ADMIN, "/confirm")
    assert services.current().knowledge.schemes["udyam"]["note"]["en"] == "edited meanwhile"


def test_cancel_drops_a_pending_import_so_a_later_confirm_applies_nothing(services):
    """/cancel once said "nothing to cancel", and a later /confirm still deleted the centres the file left out."""
    data = seed.export(services.db)
    data["centres"] = data["centres"][:3]
    before = kb_state(services)
    assert "/cancel to drop it" in text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    assert "cancelled your /import: nothing was changed" in text(services, ADMIN, "/cancel")
    assert "nothing to confirm" in text(services, ADMIN, "/confirm")
    assert "nothing to cancel" in text(services, ADMIN, "/cancel")
    assert kb_state(services) == before


def test_pending_import_belongs_to_the_admin_who_sent_it(services):
    say(services, ADMIN, "/import\n" + seed.dump_yaml(seed.export(services.db)))
    assert "nothing to confirm" in text(services, ADMIN2, "/confirm")


def test_an_import_without_a_deleted_record_keeps_it_restorable(services):
    unlink(services, "msme-mart")
    say(services, ADMIN, "/delete msme-mart")
    data = seed.export(services.db)  # (a deleted record is not exported)
    assert "The file is valid" in text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    assert "restored" in text(services, ADMIN, "/restore msme-mart")
    assert text(services, "telegram:300", "what is msme mart").startswith("MSME Mart")


def test_each_record_an_import_changed_shows_it_in_its_history(services):
    data = seed.export(services.db)
    next(x for x in data["schemes"] if x["id"] == "cgtmse")["summary"]["en"] = "Imported summary."
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    assert "/import" in text(services, ADMIN, "/history cgtmse")
    assert "/import" not in text(services, ADMIN, "/history udyam")


def test_an_import_is_one_row_of_history_and_each_record_says_what_it_did(services):
    """One import that deleted 51 centres filled 4 pages of /history, each deletion "null ⇒ changed by /import"."""
    data = seed.export(services.db)
    gone = unreferenced(data)
    data["centres"] = [c for c in data["centres"] if c["id"] != gone]
    next(x for x in data["schemes"] if x["id"] == "cgtmse")["summary"]["en"] = "Imported summary."
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    everything = text(services, ADMIN, "/history")
    assert everything.count("/import") == 1 and "/import → kb:" in everything
    deleted = text(services, ADMIN, f"/history {gone}")
    assert f'"deleted by /import (/restore {gone} brings it back)"' in deleted
    assert '"changed by /import: summary.en' in text(services, ADMIN, "/history cgtmse")


def test_an_undone_import_shows_as_undone_in_each_records_last_change(services):
    data = seed.export(services.db)
    next(x for x in data["schemes"] if x["id"] == "cgtmse")["summary"]["en"] = "Imported summary."
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    say(services, ADMIN, "/undo")
    last = text(services, ADMIN, "/show cgtmse").split("last change:")[1]
    assert "/import" in last and "(undone)" in last


def test_undoing_an_import_that_brought_a_deleted_record_back_leaves_it_deleted_not_erased(services):
    data = seed.export(services.db)  # zed live in the file
    unlink(services, "zed")
    say(services, ADMIN, "/delete zed")
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    assert "undone" in text(services, ADMIN, "/undo")
    assert "restored" in text(services, ADMIN, "/restore zed")


@pytest.mark.parametrize(
    "slip",
    [["/set pmegp short.en typo"], ["/set pmegp short.en typo", "/alias pmegp naya naam"], ["/restore zed"]],
)
def test_an_import_undoes_after_later_edits_that_were_all_undone(services, slip):
    """/import, a slip, /undo of the slip, /undo: once 'not undone #2: the knowledge base was edited after
    that import', and the import marked overtaken for good."""
    if slip == ["/restore zed"]:
        unlink(services, "zed")
        say(services, ADMIN, "/delete zed")
    before = seed.export(services.db)
    data = copy.deepcopy(before)
    next(x for x in data["schemes"] if x["id"] == "udyam")["short"]["en"] = "Imported text"
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    for command in slip:
        say(services, ADMIN, command)
    for _ in slip:
        assert text(services, ADMIN, "/undo").startswith("undone")
    reply = text(services, ADMIN, "/undo")
    assert reply.startswith("undone") and "/import" in reply
    assert seed.export(services.db) == before


def test_an_import_is_still_not_undone_over_an_edit_that_stands(services):
    data = seed.export(services.db)
    next(x for x in data["schemes"] if x["id"] == "udyam")["short"]["en"] = "Imported text"
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    say(services, ADMIN2, "/set pmegp short.en kept")
    assert text(services, ADMIN, "/undo").startswith("not undone")
    assert services.current().knowledge.schemes["pmegp"]["short"]["en"] == "kept"


def test_an_import_refused_by_another_admins_edit_undoes_once_that_edit_is_undone(services):
    """A's /undo of the import was refused while B's /set stood; after B's /undo it once said "nothing to undo"."""
    before = seed.export(services.db)
    data = copy.deepcopy(before)
    next(x for x in data["schemes"] if x["id"] == "pmegp")["summary"]["en"] = "Imported summary text."
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    say(services, ADMIN2, "/set pmegp summary.en Admin B text after import")
    assert text(services, ADMIN, "/undo").startswith("not undone")
    assert text(services, ADMIN2, "/undo").startswith("undone")
    reply = text(services, ADMIN, "/undo")
    assert reply.startswith("undone") and "/import" in reply
    assert seed.export(services.db) == before


def test_an_import_that_changes_a_fact_lists_the_field_and_marks_the_record_unverified(services):
    """Once '~1 (pmegp)' and, after /confirm, the new '50%' reached citizens as verified, with no hedge."""
    data = seed.export(services.db)
    gem = next(x for x in data["schemes"] if x["id"] == "gem")
    gem["summary"]["en"] = gem["summary"]["en"].replace("GeM", "GeM (a 50% subsidy)", 1)
    reply = text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    assert "~1 (gem: summary.en)" in reply and "will be marked unverified, as a /set would: gem" in reply
    assert "marked unverified, as a /set would: gem" in text(services, ADMIN, "/confirm")
    stored = record(services, "gem")
    assert stored["verified"] is False and stored["sources"][0].endswith(", /import")
    assert "Please confirm" in text(services, "telegram:300", "what is gem")


def test_an_import_that_vouches_for_its_own_change_keeps_the_files_marks(services):
    data = seed.export(services.db)
    gem = next(x for x in data["schemes"] if x["id"] == "gem")
    gem["summary"]["en"] += " Checked."
    gem["sources"] = ["https://gem.gov.in/checked", *gem["sources"]]
    assert "unverified" not in text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    assert record(services, "gem")["sources"][0] == "https://gem.gov.in/checked"


def with_general(services, *lines: str) -> str:
    """The knowledge base's own export with `lines` added to its `general:` section (the file's last)."""
    exported = seed.dump_yaml(seed.export(services.db))
    assert exported.rindex("\ngeneral:") > exported.rindex("\nhelplines:")
    return exported + "".join(f"  {line}\n" for line in lines)


def test_import_refuses_yaml_anchors_and_aliases_before_expanding_them(services):
    """A "billion laughs": ten lines of nested aliases expand to gigabytes, under the lock every message
    waits on."""
    lines = ['l0: &l0 ["lol","lol","lol","lol","lol"]']
    lines += [f"l{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 5) + "]" for i in range(1, 4)]
    refused(services, ADMIN, "/import\n" + with_general(services, *lines), "anchors and aliases")


def test_import_refuses_deep_nesting_with_a_reason(services):
    deep = "deep: " + "[" * 5000 + "]" * 5000
    refused(services, ADMIN, "/import\n" + with_general(services, deep), "nested more than 20 levels deep")


def test_import_refuses_a_file_over_the_size_limit_without_reading_it(services, tmp_path):
    padding = "# " + "x" * kb_import.IMPORT_LIMIT_BYTES + "\n"
    big = seed.dump_yaml(seed.export(services.db)) + padding
    refused(services, ADMIN, "/import\n" + big, "an import is at most 2 MB")
    path = tmp_path / "big.yaml"
    path.write_text(big, encoding="utf-8")
    refused(
        services, ADMIN2, f"/import {path}", "an import is at most 2 MB"
    )  # (a path: the server's terminal)


@pytest.mark.parametrize(
    "table, value, shape",
    [("schemes", "5", "int"), ("centres", "1.5", "float"), ("helplines", "true", "bool")],
)
def test_import_refuses_a_table_that_is_not_a_list(services, table, value, shape):
    data = seed.export(services.db)
    data[table] = "PLACEHOLDER"
    yaml_text = seed.dump_yaml(data).replace("PLACEHOLDER", value)
    refused(services, ADMIN, "/import\n" + yaml_text, f"{table}: a list of records, not {shape}")


@pytest.mark.parametrize("field", ["type", "city", "state", "status", "lat"])
@pytest.mark.parametrize("empty", [None, ""])
def test_import_refuses_a_centre_without_a_field_answers_need(services, field, empty):
    """A centre with no type was listed twice; one with no city was "in आगरा" in English answers."""
    data = seed.export(services.db)
    next(c for c in data["centres"] if c["id"] == "tc-agra")[field] = empty
    refused(services, ADMIN, "/import\n" + seed.dump_yaml(data), f"tc-agra: {field} cannot be empty")


def test_an_import_that_leaves_out_a_record_keeps_it_deleted_and_restorable(services):
    """It was erased for good: after any later edit neither /undo nor /restore could bring it back."""
    data = seed.export(services.db)
    gone = unreferenced(data)
    data["centres"] = [c for c in data["centres"] if c["id"] != gone]
    preview = text(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    assert f"will be deleted: {gone}" in preview and f"/restore {gone}" in preview
    assert f"deleted: {gone}" in text(services, ADMIN, "/confirm")
    assert gone not in services.current().knowledge.centres
    assert "DELETED" in text(services, ADMIN, f"/show {gone}")
    say(services, ADMIN2, "/set udyam note.en edited after the import")
    assert "restored" in text(services, ADMIN, f"/restore {gone}")
    assert gone in services.current().knowledge.centres
    assert kb_edit.aliases(services.db, gone)


def test_undo_of_an_import_brings_a_left_out_record_back_live(services):
    original = seed.export(services.db)
    data = seed.export(services.db)
    data["centres"] = [c for c in data["centres"] if c["id"] != unreferenced(data)]
    say(services, ADMIN, "/import\n" + seed.dump_yaml(data))
    say(services, ADMIN, "/confirm")
    assert "undone" in text(services, ADMIN, "/undo")
    assert seed.export(services.db) == original
    assert not seed.deleted_records(services.db)


def only_udyam(data: dict) -> dict:
    """`data` cut down to udyam, one centre and one helpline: a valid file that deletes nearly everything."""
    scheme = {**next(s for s in data["schemes"] if s["id"] == "udyam"), "related": []}
    centre = next(c for c in data["centres"] if c["id"] == unreferenced(data))
    helpline = {**data["helplines"][0], "covers": ["udyam"]}
    return {**data, "schemes": [scheme], "centres": [centre], "helplines": [helpline]}


def test_confirm_saves_and_attaches_the_knowledge_base_it_replaces(services):
    original = seed.export(services.db)
    say(services, ADMIN, "/import\n" + seed.dump_yaml(only_udyam(original)))
    [reply] = say(services, ADMIN, "/confirm")
    path = reply.text.split("attached, as ")[1].split(": /import")[0]
    assert reply.attachment["filename"] == Path(path).name
    assert yaml.safe_load(reply.attachment["content"]) == original
    assert yaml.safe_load(Path(path).read_text(encoding="utf-8")) == original


def test_an_import_that_deletes_nearly_everything_can_be_taken_back_after_a_later_edit(services):
    """/undo of the import is refused once anyone edits; the file /confirm saved is then the way back."""
    original = seed.export(services.db)
    say(services, ADMIN2, "/import\n" + seed.dump_yaml(only_udyam(original)))
    path = text(services, ADMIN2, "/confirm").split("attached, as ")[1].split(": /import")[0]
    assert list(services.current().knowledge.schemes) == ["udyam"]
    say(services, ADMIN, "/set udyam note.en edited after the import")
    assert f"{path} holds the one before it: /import that file" in text(services, ADMIN2, "/undo")
    assert "The file is valid" in text(services, ADMIN2, f"/import {path}")  # (a path: the server's terminal)
    assert "Imported" in text(services, ADMIN2, "/confirm")
    assert seed.export(services.db) == original
    assert kb_check.check_database(services.db) == []
