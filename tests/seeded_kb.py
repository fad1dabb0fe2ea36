"""A fresh knowledge base per test without paying for it each time: the shipped seed is loaded and indexed once
per test run (about a second), then each test gets its own copy of that SQLite file (a millisecond) and
shares the read-only snapshot built for it. A test that edits the knowledge base bumps its revision, so its
`Services` builds a snapshot of its own, as in production. The snapshot is read-only by contract: a test must
never change `knowledge.schemes[...]` in place, or every later test in the run would see it."""

import atexit
import shutil
import sqlite3
import tempfile
from contextlib import closing
from functools import cache
from pathlib import Path

from bot.schema import open_db
from bot.services import Services, Snapshot, open_services


@cache
def _seeded() -> tuple[Path, Snapshot]:
    folder = Path(tempfile.mkdtemp(prefix="sahayak-seeded-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    services = open_services(str(folder / "knowledge.db"))
    return folder / "knowledge.db", services.current()


def fresh_services(path: str | Path, **roles: frozenset[str]) -> Services:
    """What `open_services` gives on a new file, from a copy of the seeded one."""
    template, snapshot = _seeded()
    with closing(sqlite3.connect(template)) as source, closing(sqlite3.connect(path)) as copy:
        source.backup(copy)
    return Services(db=open_db(str(path)), _snapshot=snapshot, **roles)
