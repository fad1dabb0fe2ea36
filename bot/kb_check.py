"""Consistency checks an admin can run after editing: broken links, missing text, bad coordinates,
characters no reply may carry."""

from collections.abc import Collection

import sqlite_utils

from bot import centre_position, kb_names, seed
from bot.geo import in_india
from bot.kb_fields import says_why_no_link
from bot.kb_text import forbidden_characters, is_blank
from bot.knowledge import Knowledge
from bot.knowledge import load as load_knowledge

SCHEME_TEXT = ("name", "short", "summary")


def check_database(db: sqlite_utils.Database) -> list[str]:
    """What `sahayak kb check` reports: the live knowledge base's problems, knowing which records are
    deleted (their aliases stay, so /restore brings them back, and are not broken)."""
    deleted = {
        row[0]
        for table in seed.RECORD_TABLES
        for row in db.execute(f"SELECT id FROM {table} WHERE deleted = 1").fetchall()
    }
    return problems(load_knowledge(db), deleted)


def problems(knowledge: Knowledge, deleted: Collection[str] = ()) -> list[str]:
    """Human-readable problems; an empty list means the knowledge base is consistent. `deleted`: ids of
    deleted records, whose aliases are kept."""
    out = _characters(knowledge)
    for sid, s in knowledge.schemes.items():
        for f in SCHEME_TEXT:
            value = s.get(f) or {}
            for lang in ("en", "hi"):
                if is_blank(str(value.get(lang) or "")):
                    out.append(f"scheme {sid}: {f}.{lang} is empty")
        if s.get("url") and not str(s["url"]).startswith("https://"):
            out.append(f"scheme {sid}: url is not https")
        if not says_why_no_link(s):
            out.append(f"scheme {sid}: no url and no note explaining why")
        out += [
            f"scheme {sid}: related {r} does not exist"
            for r in s.get("related") or []
            if r not in knowledge.schemes
        ]
        if not s.get("sources"):
            out.append(f"scheme {sid}: no sources")
    for cid, c in knowledge.centres.items():
        if not in_india(float(c.get("lat") or 0), float(c.get("lon") or 0)):
            out.append(f"centre {cid}: coordinates outside India")
        elif far := centre_position.misplaced(c):
            out.append(f"centre {cid}: lat, lon is {far}")
        if c.get("hub") and c["hub"] not in knowledge.centres:
            out.append(f"centre {cid}: hub {c['hub']} does not exist")
        if not c.get("sources"):
            out.append(f"centre {cid}: no sources")
    for h in knowledge.helplines:
        out += [
            f"helpline {h['id']}: covers unknown {t}"
            for t in h.get("covers") or []
            if t not in knowledge.schemes
        ]
    topics = set(knowledge.schemes) | set(knowledge.centres) | set(deleted)
    out += [
        f"alias {a.text!r}: topic {a.topic} does not exist"
        for a in knowledge.aliases
        if a.topic not in topics
    ]
    return out + _look_alikes(knowledge)


def _look_alikes(knowledge: Knowledge) -> list[str]:
    """Live schemes and centres that read the same by a name or an alias (one made before /alias and /set
    compared them as the matcher reads them)."""
    records = [*knowledge.schemes.values(), *knowledge.centres.values()]
    names = {r["id"]: [r["id"], *(n for _, n in kb_names.names_of(r.get("name")))] for r in records}
    return kb_names.look_alikes(names, [(a.topic, a.text) for a in knowledge.aliases])


def _characters(knowledge: Knowledge) -> list[str]:
    """Control and text-direction characters anywhere (a backspace makes every WhatsApp reply that shows
    the text invalid XML; an override reverses the line). Shown by place, never by the text itself."""
    records = [("scheme", r) for r in knowledge.schemes.values()]
    records += [("centre", r) for r in knowledge.centres.values()]
    records += [("helpline", r) for r in knowledge.helplines]
    out = [f"{kind} {r['id']}: {p}" for kind, r in records for p in forbidden_characters(r)]
    out += forbidden_characters(knowledge.general, "general")
    for a in knowledge.aliases:
        out += forbidden_characters(a.text, f"an alias of {a.topic} [{a.lang}]")
    return out
