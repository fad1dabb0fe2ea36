"""/export: the knowledge base as a file attached and kept on disk, never over an earlier export, and
read back whole by /import."""

from pathlib import Path

import pytest
import yaml
from admin_chat import ADMIN, ADMIN2, say, staffed_services, text

from bot import audit, kb_edit, seed


@pytest.fixture
def services(tmp_path):
    return staffed_services(tmp_path / "k.db")


def exported(services) -> tuple[dict, str]:
    [reply] = say(services, ADMIN, "/export")
    attachment = reply.attachment
    assert attachment["filename"].startswith("sahayak-kb-") and attachment["mime"] == "application/x-yaml"
    path = reply.text.split("written to ")[1].strip()
    return yaml.safe_load(attachment["content"]), path


def test_export_attaches_the_file_and_writes_it_next_to_the_database(services, tmp_path):
    data, path = exported(services)
    assert data == seed.export(services.db)
    assert path.startswith(str(tmp_path / "exports"))
    assert yaml.safe_load(Path(path).read_text(encoding="utf-8")) == data


STAMP = "2026-05-01T10:20:30+00:00"


def test_two_exports_in_the_same_second_keep_both_files(services, monkeypatch):
    """An export named by the date alone overwrote the earlier one of that day: that backup was lost."""
    monkeypatch.setattr(audit, "stamp", lambda: STAMP)
    first, second = exported(services)[1], exported(services)[1]
    assert first.endswith("sahayak-kb-2026-05-01-102030.yaml")
    assert second.endswith("sahayak-kb-2026-05-01-102030-2.yaml")
    assert Path(first).is_file() and Path(second).is_file()


def test_export_never_overwrites_a_file_already_there(services, monkeypatch, tmp_path):
    monkeypatch.setattr(audit, "stamp", lambda: STAMP)
    (tmp_path / "exports").mkdir()
    kept = tmp_path / "exports" / "sahayak-kb-2026-05-01-102030.yaml"
    kept.write_text("an earlier backup", encoding="utf-8")
    [reply] = say(services, ADMIN, "/export")
    assert kept.read_text(encoding="utf-8") == "an earlier backup"
    assert reply.attachment["filename"] == "sahayak-kb-2026-05-01-102030-2.yaml"
    assert str(kept.with_name(reply.attachment["filename"])) in reply.text


def test_export_import_round_trip_yields_the_same_knowledge_base(services, tmp_path):
    say(services, ADMIN, "/set udyam url https://udyamregistration.gov.in/changed")
    say(services, ADMIN, "/alias gem sarkari dukaan")
    data, path = exported(services)
    other = staffed_services(tmp_path / "other" / "k.db") if (tmp_path / "other").mkdir() is None else None
    assert "The file is valid" in text(other, ADMIN2, f"/import {path}")  # a path: the server's terminal
    assert "Imported" in text(other, ADMIN2, "/confirm")
    assert seed.export(other.db) == data


def imported(services, path: str) -> None:
    assert "The file is valid" in text(services, ADMIN2, f"/import {path}")
    assert "Imported" in text(services, ADMIN2, "/confirm")


def test_export_import_round_trip_keeps_who_gave_each_alias(services, tmp_path):
    """An admin's alias came back from /export and /import as a seed alias: /show no longer said whose."""
    say(services, ADMIN, "/alias gem sarkari dukaan")
    data, path = exported(services)
    assert data["schemes"][[s["id"] for s in data["schemes"]].index("gem")]["alias_sources"] == {
        "sarkari dukaan": f"admin {ADMIN}"
    }
    imported(services, path)
    assert ("hinglish", "sarkari dukaan", f"admin {ADMIN}") in kb_edit.aliases(services.db, "gem")
    assert f"sarkari dukaan  (admin {ADMIN})" in text(services, ADMIN, "/show gem")
    assert seed.export(services.db) == data


def test_an_export_without_alias_sources_still_imports_its_aliases_as_seed_ones(services, tmp_path):
    say(services, ADMIN, "/alias gem sarkari dukaan")
    data, _ = exported(services)
    for record in data["schemes"] + data["centres"]:
        record.pop("alias_sources", None)  # as exports were written before they kept it
    old = tmp_path / "old-export.yaml"
    old.write_text(seed.dump_yaml(data), encoding="utf-8")
    imported(services, str(old))
    assert ("hinglish", "sarkari dukaan", "seed") in kb_edit.aliases(services.db, "gem")


def test_import_refuses_an_alias_source_for_an_alias_the_record_lacks(services, tmp_path):
    data, _ = exported(services)
    data["schemes"][0]["alias_sources"] = {"no such alias": "admin telegram:1"}
    bad = tmp_path / "bad.yaml"
    bad.write_text(seed.dump_yaml(data), encoding="utf-8")
    assert "which is not one of its aliases" in text(services, ADMIN2, f"/import {bad}")
