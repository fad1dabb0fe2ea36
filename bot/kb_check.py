"""Consistency checks an admin can run after editing: broken links, missing text, bad coordinates."""

from bot.geo import in_india
from bot.knowledge import Knowledge

SCHEME_TEXT = ("name", "short", "summary")


def problems(knowledge: Knowledge) -> list[str]:
    """Human-readable problems; an empty list means the knowledge base is consistent."""
    out = []
    for sid, s in knowledge.schemes.items():
        for f in SCHEME_TEXT:
            value = s.get(f) or {}
            for lang in ("en", "hi"):
                if not value.get(lang):
                    out.append(f"scheme {sid}: {f}.{lang} is empty")
        if s.get("url") and not str(s["url"]).startswith("https://"):
            out.append(f"scheme {sid}: url is not https")
        if not s.get("url") and not s.get("note"):
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
    topics = set(knowledge.schemes) | set(knowledge.centres)
    out += [
        f"alias {a.text!r}: topic {a.topic} does not exist"
        for a in knowledge.aliases
        if a.topic not in topics
    ]
    return out
