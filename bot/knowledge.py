"""A read-only snapshot of the live knowledge base, rebuilt whenever its revision moves."""

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import sqlite_utils

from bot import seed

# The scheme where a business is registered by its MSME class, on its own free site; the others ask for it.
REGISTRATION = "udyam"

# Sites under these are the government's own (registering one needs a government office).
GOVERNMENT_DOMAINS = (".gov.in", ".nic.in")


@dataclass(frozen=True)
class Alias:
    topic: str
    lang: str
    text: str


@dataclass(frozen=True)
class Knowledge:
    revision: int
    version: str
    schemes: dict[str, dict[str, Any]]
    centres: dict[str, dict[str, Any]]
    helplines: list[dict[str, Any]]
    aliases: list[Alias]
    general: dict[str, Any] = field(default_factory=dict)
    as_of: str = ""  # the month its facts were compiled ("2026-11"), for "how old is this information?"

    def topic_name(self, topic: str, lang: str) -> str:
        record = self.schemes.get(topic) or self.centres.get(topic) or {}
        return text(record.get("name"), lang) or topic

    def helplines_for(self, topic: str | None) -> list[dict[str, Any]]:
        """Helplines that cover `topic`; the general MSME lines when `topic` is None."""
        if topic is None:
            return [h for h in self.helplines if not h.get("covers")]
        return [h for h in self.helplines if topic in (h.get("covers") or [])]

    def site_hosts(self) -> frozenset[str]:
        """The hosts of every scheme's addresses ("gem.gov.in", "msmemart.com")."""
        urls = [s.get("url") for s in self.schemes.values()]
        urls += [o.get("url") for s in self.schemes.values() for o in s.get("other_urls") or []]
        return frozenset(site for u in urls if u and (site := host(u)))


def on_government_domain(url: str) -> bool:
    """Whether a link is under a government domain ("https://www.kviconline.gov.in/x"; not
    "https://pmegp-apply-now.xyz/form", nor CGTMSE's trust at "https://www.cgtmse.in")."""
    return f".{host(url)}".endswith(GOVERNMENT_DOMAINS)


def host(url: str) -> str:
    """ "https://www.cgtmse.in/x" → "cgtmse.in"."""
    return (urlsplit(url if "//" in url else f"//{url}").hostname or "").removeprefix("www.")


def text(value: Any, lang: str) -> str:
    """One language of a bilingual `{en, hi}` value, falling back to the other where it has none; a
    language an admin cleared (`/set udyam note.en none` stores null) shows nothing, not the other's text."""
    if isinstance(value, dict):
        wanted = "hi" if lang == "hi" else "en"
        if wanted in value and value[wanted] is None:
            return ""
        return value.get(wanted) or value.get("en") or value.get("hi") or ""
    return value or ""


def items(value: Any, lang: str) -> list[str]:
    """One language of a bilingual list value; a single text (a note) is a list of one line."""
    if isinstance(value, dict):
        value = value.get("hi" if lang == "hi" else "en") or value.get("en") or []
    return [value] if isinstance(value, str) else list(value or [])


def load(db: sqlite_utils.Database) -> Knowledge:
    """Read every live record into plain dicts in one pass."""

    def records(table: str) -> list[dict[str, Any]]:
        rows = db.execute(f"SELECT data FROM {table} WHERE deleted = 0 ORDER BY rowid").fetchall()
        return [json.loads(r[0]) for r in rows]

    meta = {r[0]: json.loads(r[1]) for r in db.execute("SELECT key, value FROM meta").fetchall()}
    aliases = [Alias(*r) for r in db.execute("SELECT topic, lang, text FROM aliases ORDER BY id").fetchall()]
    return Knowledge(
        revision=seed.revision(db),
        version=str(meta.get("version", "")),
        schemes={r["id"]: r for r in records("schemes")},
        centres={r["id"]: r for r in records("centres")},
        helplines=records("helplines"),
        aliases=aliases,
        general=meta.get("general") or {},
        as_of=str(meta.get("as_of") or ""),
    )
