"""What the core needs to answer: the database and the matcher for its current revision."""

import gc
import threading
from dataclasses import dataclass, field

import sqlite_utils

from bot import knowledge, seed
from bot.centre_finder import CentreFinder
from bot.fact_lines import FactLines
from bot.knowledge import Knowledge
from bot.matcher import Matcher, Understanding
from bot.missing_details import MissingDetails
from bot.schema import open_db
from bot.told_numbers import without_told_number


@dataclass
class Snapshot:
    knowledge: Knowledge
    matcher: Matcher
    finder: CentreFinder
    facts: FactLines
    details: MissingDetails

    def understand(self, text: str) -> Understanding:
        """The matcher's reading of `text`, place names counted as known words, a phone number the user tells of
        their own left out ("मेरा फोन 98… है" asks for no contact)."""
        return self.matcher.understand(without_told_number(text), extra_known=self.finder.place_keys())


@dataclass
class Services:
    """Shared by every channel; `current()` swaps in a new snapshot when an admin edits the KB."""

    db: sqlite_utils.Database
    staff: frozenset[str] = frozenset()
    admins: frozenset[str] = frozenset()
    _snapshot: Snapshot | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # One connection serves every thread; whole turns take this lock so they never interleave.
    turn_lock: threading.RLock = field(default_factory=threading.RLock)

    def current(self) -> Snapshot:
        """The snapshot for the database's current revision (rebuilt at most once per change)."""
        snap = self._snapshot
        rev = seed.revision(self.db)
        if snap is None or snap.knowledge.revision != rev:
            with self._lock:
                snap = self._snapshot
                if snap is None or snap.knowledge.revision != rev:
                    k = knowledge.load(self.db)
                    snap = Snapshot(k, Matcher(k), CentreFinder(k), FactLines(k), MissingDetails(k))
                    self._snapshot = snap
        return snap


def open_services(path: str, **roles: frozenset[str]) -> Services:
    """Open the knowledge base at `path` (loading the shipped seed the first time), ready to answer."""
    db = open_db(path)
    if seed.revision(db) == 0:
        seed.load(db, seed.shipped_seed())
    services = Services(db=db, **roles)
    services.current()
    # The gazetteer and indexes live for the whole process: keep the garbage collector from
    # re-scanning their millions of objects, which otherwise shows up as multi-ms pauses.
    gc.freeze()
    return services
