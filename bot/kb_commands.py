"""Admin commands on the knowledge base and roles: /show /set /alias /unalias /delete /restore /history /undo /grant /revoke.

Each handler parses its arguments, calls one change in `kb_edit` / `roles` / `undo` and says what
happened. Admin output is English only (admins work in English; citizens never see it).
"""

import json

import yaml

from bot import audit, kb_edit, kb_fields, kb_provenance, roles
from bot.messages import Reply
from bot.turn import Turn
from bot.undo import UndoError, undo_last


def say(turn: Turn, text: str, intent: str = "admin", **fields) -> list[Reply]:
    """One plain reply to an admin or staff member (no options)."""
    return [turn.reply((text, ()), intent, confidence=1.0, **fields)]


def _command(turn: Turn) -> str:
    return " ".join((turn.message.text or "").split())[:500]


def show(turn: Turn, args: str) -> list[Reply]:
    """/show ID — the record as stored, with aliases, sources and the last change."""
    record_id = args.strip()
    if not record_id:
        return say(turn, "usage: /show ID (a scheme, centre or helpline id, e.g. /show udyam)")
    db = turn.services.db
    stored = kb_edit.find(db, record_id)
    if stored is None:
        return say(turn, f"no record {record_id!r}")
    body = {k: v for k, v in stored.data.items() if k != "sources"}
    lines = [
        f"{stored.table[:-1]} {record_id}"
        + (" (DELETED: /restore to bring it back)" if stored.deleted else "")
    ]
    lines.append(yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100).rstrip())
    found = kb_edit.aliases(db, record_id)
    if found:
        lines.append("aliases:")
        lines += [
            f"  [{lang}] {text}" + ("" if source == "seed" else f"  ({source})")
            for lang, text, source in found
        ]
    lines.append("sources:")
    lines += [f"  {s}" for s in stored.data.get("sources") or []] or ["  (none)"]
    change = audit.last_change(db, record_id)
    lines.append("last change: " + (audit.line(change) if change else f"{stored.updated_at} (seed load)"))
    return say(turn, "\n".join(lines), topic=record_id)


def set_field(turn: Turn, args: str) -> list[Reply]:
    """/set ID FIELD VALUE — one validated field; a fact's edit says the record is now unverified."""
    parts = args.split(None, 2)
    if len(parts) < 3:
        return say(turn, "usage: /set ID FIELD VALUE, e.g. /set udyam url https://udyamregistration.gov.in")
    record_id, field, value = parts
    stored = kb_edit.find(turn.services.db, record_id)
    if stored is None or stored.deleted:
        return say(turn, f"no record {record_id!r}")
    try:
        old, new = kb_edit.set_field(
            turn.services.db, turn.message.sender, record_id, field, value, _command(turn)
        )
    except (kb_fields.FieldError, kb_edit.EditError) as exc:
        return say(turn, f"not changed: {exc}")
    changed = f"{record_id} {field}: {_value(old)} → {_value(new)}"
    return say(turn, "\n".join([changed, *_unverified_note(record_id, field, stored.data)]), topic=record_id)


def _unverified_note(record_id: str, field: str, before: dict) -> list[str]:
    """The line that tells the admin a fact's edit took the record's verified mark (none for the mark itself)."""
    if not kb_provenance.is_fact(field):
        return []
    now = "now" if before.get("verified", True) else "still"
    return [
        f"{record_id} is {now} marked unverified: citizens see 'please confirm' until "
        f"/set {record_id} verified true"
    ]


def _value(value: object) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value


def alias(turn: Turn, args: str) -> list[Reply]:
    """/alias ID TEXT — the matcher knows TEXT as ID from the very next message."""
    record_id, _, text = args.strip().partition(" ")
    if not text.strip():
        return say(turn, "usage: /alias ID TEXT, e.g. /alias udyam msme certificate")
    elsewhere = turn.snap.understand(text).not_covered
    if elsewhere:  # "/alias pmegp mudra loan kaise milega" would answer Mudra questions with PMEGP
        return say(
            turn,
            f"not changed: {text.strip()!r} names {elsewhere}, a scheme not in the knowledge base "
            f"(intents/not_covered.yaml); as an alias of {record_id} it would be answered as {record_id}",
        )
    try:
        lang = kb_edit.add_alias(turn.services.db, turn.message.sender, record_id, text, _command(turn))
    except kb_edit.EditError as exc:
        return say(turn, f"not changed: {exc}")
    return say(turn, f"alias added to {record_id} [{lang}]: {' '.join(text.split())}", topic=record_id)


def unalias(turn: Turn, args: str) -> list[Reply]:
    """/unalias ID TEXT."""
    record_id, _, text = args.strip().partition(" ")
    if not text.strip():
        return say(turn, "usage: /unalias ID TEXT")
    try:
        kb_edit.remove_alias(turn.services.db, turn.message.sender, record_id, text, _command(turn))
    except kb_edit.EditError as exc:
        return say(turn, f"not changed: {exc}")
    return say(turn, f"alias removed from {record_id}: {' '.join(text.split())}", topic=record_id)


def delete(turn: Turn, args: str) -> list[Reply]:
    """/delete ID — hidden from answers, recoverable with /undo or /restore ID."""
    return _deleted(turn, args.strip(), True)


def restore(turn: Turn, args: str) -> list[Reply]:
    """/restore ID — bring a deleted record back."""
    return _deleted(turn, args.strip(), False)


def _deleted(turn: Turn, record_id: str, deleted: bool) -> list[Reply]:
    verb = "delete" if deleted else "restore"
    if not record_id or " " in record_id:
        return say(turn, f"usage: /{verb} ID")
    try:
        kb_edit.set_deleted(turn.services.db, turn.message.sender, record_id, deleted, _command(turn))
    except kb_edit.EditError as exc:
        return say(turn, f"not changed: {exc}")
    after = "deleted (recoverable: /undo or /restore " + record_id + ")" if deleted else "restored"
    return say(turn, f"{record_id} {after}", topic=record_id)


def history(turn: Turn, args: str) -> list[Reply]:
    """/history [ID] — the latest changes, newest first."""
    found = audit.rows(turn.services.db, args.strip() or None)
    if not found:
        return say(turn, "no changes recorded" + (f" for {args.strip()}" if args.strip() else ""))
    return say(turn, "\n".join(audit.line(r) for r in found))


def undo(turn: Turn, args: str) -> list[Reply]:
    """/undo — revert your own last change (again for the one before). It takes no argument: "/undo udyam"
    would revert whatever came last, not udyam's change."""
    if args.strip():
        return say(
            turn,
            "usage: /undo (no argument: it reverts your own last change; send it again for the one before)",
        )
    try:
        return say(turn, undo_last(turn.services.db, turn.message.sender))
    except UndoError as exc:
        return say(turn, f"not undone: {exc}")


def grant(turn: Turn, args: str) -> list[Reply]:
    """/grant admin|staff ID."""
    parts = args.split()
    if len(parts) != 2 or parts[0] not in roles.ROLES or not _typeable_id(parts[1]):
        return say(turn, "usage: /grant admin|staff ID, e.g. /grant staff telegram:123456 or whatsapp:+9198…")
    role, user = parts
    try:
        old = roles.grant(
            turn.services.db, turn.message.sender, user, role, _command(turn), turn.services.admins
        )
    except roles.LastAdmin as exc:
        return say(turn, f"not changed: {exc}")
    return say(turn, f"{user} is now {role}" + (f" (was {old})" if old else ""))


def _typeable_id(user: str) -> bool:
    """A valid id without invisible characters: `console:` and a zero-width space is a role nobody holds."""
    return roles.valid_id(user) and user.isprintable()


def revoke(turn: Turn, args: str) -> list[Reply]:
    """/revoke ID — remove a granted role (bootstrap roles come from the environment)."""
    user = args.strip()
    if not (
        roles.valid_id(user) or roles.stored_role(turn.services.db, user)
    ):  # (one granted before ids were checked)
        return say(turn, "usage: /revoke ID, e.g. /revoke telegram:123456")
    try:
        old = roles.revoke(turn.services.db, turn.message.sender, user, _command(turn), turn.services.admins)
    except roles.LastAdmin as exc:
        return say(turn, f"not changed: {exc}")
    bootstrap = user in turn.services.admins or user in turn.services.staff
    if old is None:
        note = " (a bootstrap role: remove it from SAHAYAK_ADMINS/SAHAYAK_STAFF)" if bootstrap else ""
        return say(turn, f"{user} has no granted role{note}")
    return say(turn, f"{user} is no longer {old}")
