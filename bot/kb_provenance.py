"""Where a record's facts come from: an admin's edit becomes its newest source and takes its verified mark.

A `/set` of a fact (any field but the verified marks themselves) puts "admin telegram:123, 2026-11-29,
/set benefits.en" first in the record's `sources` and sets `verified: false`, so citizens get the
"please confirm" hedge until an admin runs `/set ID verified true`. /undo takes both back. An /import
that changes a record's facts does the same ("…, /import"), unless its file changes the marks too.
"""

import copy
from typing import Any

# The record keys an edit marks (how /undo finds them, and what a later edit of them overlaps).
MARKS = ("verified", "sources")
# Setting these vouches for a record or its link: it is no edit of a fact.
VERIFICATION_FIELDS = frozenset(("verified", "url_verified"))
EDIT_PREFIX = "admin "


def is_fact(field: str) -> bool:
    """True for a field (`benefits.en`, `url`) whose new value no source has vouched for yet."""
    return field.split(".")[0] not in VERIFICATION_FIELDS


def edit_source(who: str, field: str, stamp: str) -> str:
    """The source entry an edit leaves, in the seed's shape (one text in `sources`)."""
    return f"{EDIT_PREFIX}{who}, {stamp[:10]}, /set {field}"


def import_source(who: str, stamp: str) -> str:
    """The source entry an /import leaves on each record whose facts it changed."""
    return f"{EDIT_PREFIX}{who}, {stamp[:10]}, /import"


def changed_facts(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """The fields (`summary.en`, `url`) of a record that differ, leaving out its aliases and the marks
    themselves: what an /import changed that no source vouched for."""
    out = []
    for key in sorted(
        (before.keys() | after.keys()) - {"aliases", "alias_sources", *MARKS, *VERIFICATION_FIELDS}
    ):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if isinstance(old, dict) and isinstance(new, dict):
            out += [
                f"{key}.{lang}" for lang in sorted(old.keys() | new.keys()) if old.get(lang) != new.get(lang)
            ]
        else:
            out.append(key)
    return out


def mark_edited(data: dict[str, Any], source: str) -> dict[str, Any]:
    """Mark `data` unverified with `source` as its newest source; what /undo needs to take that back."""
    before = {key: copy.deepcopy(data[key]) for key in MARKS if key in data}
    sources = list(data.get("sources") or [])
    data["verified"] = False
    data["sources"] = sources if source in sources else [source, *sources]
    return {"source": source, "expect": {key: data[key] for key in MARKS}, "restore": before}


def unmark(data: dict[str, Any], marks: dict[str, Any], exact: bool) -> None:
    """Take an edit's marks back: exactly as they were when nothing touched them since; otherwise drop only
    its source, and leave the record no more verified than it is now or was before the edit."""
    before = marks["restore"]
    if exact:
        for key in MARKS:
            if key in before:
                data[key] = before[key]
            else:
                data.pop(key, None)
        return
    sources = list(data.get("sources") or [])
    if marks["source"] in sources and marks["source"] not in before.get("sources", []):
        sources.remove(marks["source"])
    data["sources"] = sources
    data["verified"] = data.get("verified", True) is True and before.get("verified", True) is True


def untouched(data: dict[str, Any], marks: dict[str, Any]) -> bool:
    """True when the record's marks are still what the edit wrote."""
    return {key: data.get(key) for key in MARKS} == marks["expect"]


def link_set_by_admin(sources: list[str]) -> bool:
    """Whether an admin typed the record's link (`/set ID url`): unconfirmed, it was shown to citizens as
    "address found only on non-government pages", as the seed's unconfirmed links are, which is untrue."""
    return any(s.startswith(EDIT_PREFIX) and s.endswith(", /set url") for s in sources)


def newest_edit(sources: list[str]) -> str | None:
    """The latest admin edit among `sources`, as anyone may read it (without the admin's id: a WhatsApp
    id is a phone number)."""
    found = next((s for s in sources if s.startswith(EDIT_PREFIX)), None)
    if found is None:
        return None
    when_and_what = found.removeprefix(EDIT_PREFIX).partition(", ")[2]
    return f"{EDIT_PREFIX.strip()}, {when_and_what}"
