"""The SQLite knowledge base: migrations, seed load, export round trip, search, checks, revisions."""

import contextlib
import sqlite3

from bot import kb_edit, knowledge, seed
from bot.kb_check import check_database, problems
from bot.kb_search import search
from bot.schema import open_db


def test_open_db_applies_migrations_and_uses_wal(tmp_path):
    db = open_db(str(tmp_path / "k.db"))
    assert {"schemes", "centres", "helplines", "aliases", "meta", "sessions", "search"} <= set(
        db.table_names()
    )
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_first_open_loads_the_shipped_seed(services):
    k = services.current().knowledge
    shipped = seed.shipped_seed()
    assert set(k.schemes) == {s["id"] for s in shipped["schemes"]}
    assert len(k.centres) == len(shipped["centres"])
    assert k.schemes["udyam"]["sources"] and k.schemes["msme-mart"]["verified"] is False


def test_export_round_trip_gives_the_same_knowledge_base(services, tmp_path):
    exported = seed.export(services.db)
    other = open_db(str(tmp_path / "other.db"))
    seed.load(other, exported)
    assert seed.export(other) == exported
    shipped = seed.shipped_seed()
    assert exported["schemes"][0]["aliases"] == shipped["schemes"][0]["aliases"]
    assert [c["id"] for c in exported["centres"]] == [c["id"] for c in shipped["centres"]]


def test_yaml_dump_reads_back_equal(services):
    import yaml

    exported = seed.export(services.db)
    assert yaml.safe_load(seed.dump_yaml(exported)) == exported


def test_full_text_search_keeps_devanagari_words_whole(services):
    topics = {row[0] for row in search(services.db, "उद्यम")}
    assert "udyam" in topics
    assert search(services.db, "द्यम") == []


def test_full_text_search_english(services):
    assert search(services.db, "collateral")[0][0] == "cgtmse"


def test_shipped_seed_passes_checks(services):
    assert problems(services.current().knowledge) == []


def test_check_reports_a_broken_related_link(services):
    k = services.current().knowledge
    k.schemes["udyam"]["related"].append("no-such-scheme")
    assert "scheme udyam: related no-such-scheme does not exist" in problems(k)


def test_check_reports_a_control_character_already_stored_by_its_place(services):
    """One backspace makes every WhatsApp reply showing the text invalid XML; the report never quotes it."""
    services.db.execute(
        "UPDATE schemes SET data = json_set(data, '$.summary.en', 'Free' || char(8) || ' registration') "
        "WHERE id = 'udyam'"
    )
    services.db.execute(
        "UPDATE meta SET value = json_set(value, '$.caution.en', 'Beware' || char(8238)) WHERE key = 'general'"
    )
    services.db["aliases"].insert(
        {"topic": "gem", "lang": "en", "text": "sarkari\x01 dukaan", "source": "admin"}
    )
    found = problems(knowledge.load(services.db))
    assert "scheme udyam: summary.en contains an invisible control character (U+0008" in found[0]
    assert "general.caution.en contains a text-direction control (U+202E" in found[1]
    assert "an alias of gem [en] contains an invisible control character (U+0001" in found[2]
    assert not any("\x08" in p or "\x01" in p for p in found)


def test_check_reports_a_name_of_only_invisible_characters(services):
    services.db.execute(
        "UPDATE schemes SET data = json_set(data, '$.name.en', char(8203)) WHERE id = 'udyam'"
    )
    assert "scheme udyam: name.en is empty" in problems(knowledge.load(services.db))


def test_check_passes_after_a_delete_and_still_finds_a_broken_alias(services):
    """A deleted record keeps its aliases, so /restore brings them back: they are not broken."""
    kb_edit.set_deleted(services.db, "console:admin", "tc-pune", True, "/delete tc-pune")
    assert check_database(services.db) == []
    services.db["aliases"].insert(
        {"topic": "tc-nowhere", "lang": "en", "text": "nowhere centre", "source": "x"}
    )
    assert check_database(services.db) == ["alias 'nowhere centre': topic tc-nowhere does not exist"]


def test_revision_change_rebuilds_the_snapshot(services):
    before = services.current()
    services.db["aliases"].insert({"topic": "gem", "lang": "en", "text": "sarkari bazaar", "source": "admin"})
    seed.bump_revision(services.db)
    after = services.current()
    assert after is not before
    assert after.matcher.understand("sarkari bazaar").best.label == "gem"


def test_snapshot_is_reused_while_revision_is_unchanged(services):
    assert services.current() is services.current()


def test_load_is_all_or_nothing(services):
    bad = seed.export(services.db)
    bad["schemes"].append({"name": {"en": "no id"}})
    with contextlib.suppress(KeyError):
        seed.load(services.db, bad)
    assert len(knowledge.load(services.db).schemes) == 16


def test_database_file_is_plain_sqlite(tmp_path):
    open_db(str(tmp_path / "k.db"))
    with sqlite3.connect(tmp_path / "k.db") as conn:
        assert conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0] >= 3


def test_reloading_the_seed_moves_the_revision_forward(services):
    before = seed.revision(services.db)
    seed.load(services.db, seed.shipped_seed())
    assert seed.revision(services.db) == before + 1


def test_a_snapshot_no_longer_used_is_freed(tmp_path):
    """Per-object caches held their object in a cycle the collector never freed: every snapshot (about
    11 MB) stayed in memory, and the test suite grew to 12 GB."""
    import gc
    import weakref

    from bot.ask import ask
    from bot.services import open_services

    def used_once():
        services = open_services(str(tmp_path / "k.db"))
        ask(services, "pmegp kya hai")
        ask(services, "tool room near patna")
        snap = services.current()
        refs = [weakref.ref(o) for o in (snap.matcher, snap.finder, snap.details, snap.matcher.topics)]
        services.db.conn.close()
        return refs

    refs = used_once()
    gc.collect()
    assert [r() for r in refs] == [None, None, None, None]
