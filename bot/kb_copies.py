"""Contacts stored twice: a scheme's own `helpline.phone` and the helpline record that covers the scheme
(GeM's number is in `gem` and in `hl-gem`; champions@gov.in in `champions` and `hl-champions`).

Citizens are shown both records, so a `/set` of one copy left them two different numbers. The admin is
told of the other copy and given the command that changes it. It is never changed for them: which number
is right is the admin's call, and the edit that follows is audited and marks that record unverified too.
"""

from typing import Any

from bot.knowledge import Knowledge

CONTACT_FIELDS = ("phone", "email")


def other_copies(
    knowledge: Knowledge, record_id: str, field: str, new: object
) -> list[tuple[str, str, object]]:
    """(record id, field, value) of each linked record whose contact of that kind says other than `new`."""
    kind = field.removeprefix("helpline.")
    if field.startswith("helpline.") and kind in CONTACT_FIELDS and record_id in knowledge.schemes:
        return [
            (h["id"], kind, h.get(kind))
            for h in knowledge.helplines_for(record_id)
            if _differs(h.get(kind), new)
        ]
    helpline = next((h for h in knowledge.helplines if h["id"] == record_id), None)
    if helpline is None or field not in CONTACT_FIELDS:
        return []
    schemes = [knowledge.schemes.get(s) or {} for s in helpline.get("covers") or []]
    return [
        (s["id"], f"helpline.{field}", _contact(s, field))
        for s in schemes
        if _differs(_contact(s, field), new)
    ]


def other_copies_note(knowledge: Knowledge, record_id: str, field: str, new: object) -> list[str]:
    """The admin's warning after `/set hl-gem phone …`: gem's helpline.phone still says the old number."""
    return [
        f"⚠ {other} {other_field} still has {value}: citizens are shown both until they match. "
        f"To change it too: /set {other} {other_field} {new if new is not None else 'none'}"
        for other, other_field, value in other_copies(knowledge, record_id, field, new)
    ]


def _differs(value: object, new: object) -> bool:
    """A copy to mention: one on file that says otherwise (an empty one is no copy)."""
    return bool(value) and value != new


def _contact(scheme: dict[str, Any], kind: str) -> object:
    return (scheme.get("helpline") or {}).get(kind)
