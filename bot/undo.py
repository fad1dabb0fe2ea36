"""/undo: revert an admin's own last change; repeated /undo walks further back.

An undo is refused only by a later change that still stands and conflicts with it, so no other edit is
lost: for a /set, a later change of a field it wrote (another field of the same record is no conflict);
for an /alias or /unalias, a later change of the same alias text (on any record, for an /unalias: its
undo gives the alias back) or an /import; for a /delete or /restore, a later /delete, /restore or /import
of the record (a /restore's undo deletes the record with the fields edited since, and /restore brings them
back). An /add, a role or an /import is refused by any later change of the same thing. An undo is also
refused when what it puts back, valid when it was written, is not now, as the command that wrote it would
be refused: a link to a record deleted since, a name or alias another live record took, (for an /add)
a record that another record now names, or (for a role) a change that would leave nobody admin. A refused change stays, is passed over by the next /undo, and
the reply names the change in its way; once a later change of the same record (any, for an /import or an
alias) is undone, /undo tries it again.
"""

import json
from typing import Any

import sqlite_utils

from bot import audit, kb_edit, kb_names, kb_provenance, roles, seed
from bot.kb_names import name_key

ALIAS_OPS = ("alias_add", "alias_remove")


class UndoError(ValueError):
    """Nothing to undo, or the change was overtaken by a later one."""


class Overtaken(UndoError):
    """Another change came after the one to undo: undoing it would lose that one. `first`: what must happen
    before the admin can reverse the change by hand (None: say nothing of it)."""

    def __init__(self, message: str, first: str | None = None) -> None:
        super().__init__(message)
        self.first = first


def undo_last(db: sqlite_utils.Database, who: str, admins: frozenset[str]) -> str:
    """Revert `who`'s newest change not yet undone; a line saying what was reverted. `admins`: those from
    SAHAYAK_ADMINS (a role's undo may not leave nobody admin)."""
    with audit.change(db):
        last = audit.last_undoable(db, who)
        if last is None:
            raise UndoError("nothing to undo")
        op = last["undo"]
        try:
            later = audit.later_changes(db, last, everywhere=op["op"] == "alias_remove")
            _refuse_overtaken(op, last["target"], later)
            old, new = _field(db, last["id"], op, later) if op["op"] == "field" else _apply(db, op, admins)
        except Overtaken as exc:
            # it stays as it is, and is passed over: the next /undo reaches the change before it
            audit.mark_undone(db, last["id"], audit.OVERTAKEN)
            return (
                f"not undone #{last['id']}: {exc}; it stays, and the next /undo goes further back"
                + _by_hand(last, exc.first)
            )
        audit.mark_undone(db, last["id"])
        _reopen_passed_over(db, last)
        audit.record(db, who, f"/undo #{last['id']}", last["target"], old, new, None)
        if op["op"] != "role":
            seed.bump_revision(db)
            seed.rebuild_search(db)
    return f"undone #{last['id']}: {last['command']}"


def _reopen_passed_over(db: sqlite_utils.Database, undone: dict) -> None:
    """The earlier changes passed over while `undone` stood, and that it may have kept from being undone,
    are undoable again: A's /import, refused while B's /set stood, was passed over for good even after B
    undid the /set ("not undone: nothing to undo")."""
    rows = db.execute(
        "SELECT id, target, undo FROM audit WHERE undone = ? AND id < ?", [audit.OVERTAKEN, undone["id"]]
    ).fetchall()
    for audit_id, target, op in rows:
        kind = json.loads(op)["op"]
        # (an /import is kept from /undo by any edit, an alias by its text on any record)
        if "kb" in (kind, undone["undo"]["op"]) or kind in ALIAS_OPS or target == undone["target"]:
            audit.mark_undone(db, audit_id, audit.STANDS)


def _by_hand(last: dict, first: str | None) -> str:
    """How the admin may still reverse a passed-over alias, /delete or /restore: what must happen first,
    then the command that does it."""
    command = _reverse_command(last["undo"])
    if first is None or command is None:
        return ""
    return f". To reverse #{last['id']} anyway: {first}, then send {command}"


def _reverse_command(op: dict[str, Any]) -> str | None:
    """The admin command that reverses an alias, /delete or /restore (None for the others: a /set's old
    value may be a whole list, and an /add or /import has no one command that takes it back)."""
    if op["op"] == "alias_add":
        return f"/unalias {op['topic']} {op['text']}"
    if op["op"] == "alias_remove":
        return f"/alias {op['topic']} {op['rows'][0]['text']}"
    if op["op"] == "record" and not _is_add(op):
        return f"/{'delete' if op['restore']['deleted'] else 'restore'} {op['id']}"
    return None


def _refuse_overtaken(op: dict[str, Any], target: str, later: list[dict]) -> None:
    """Overtaken by the later changes that still stand and conflict with undoing `op`, each named."""
    blocking = [change for change in later if _conflicts(op, target, change)]
    if not blocking:
        return
    done = " and ".join(f"#{c['id']} ({c['who']}: {audit.short(c['command'])})" for c in blocking)
    newest = blocking[-1]["undo"]
    wanted = _flag(op, "restore")
    if wanted is not None and _flag(newest, "expect") == wanted:  # (nothing left to reverse: say so, not how)
        raise Overtaken(f"{target} is already {wanted} since {done}")
    first = " and ".join(f"#{c['id']} by {c['who']}" for c in reversed(blocking))
    raise Overtaken(f"{_what(op, target)} was changed again since by {done}", f"{first} must be undone first")


def _flag(op: dict[str, Any] | None, when: str) -> str | None:
    """What a /delete or /restore made of its record (`when` "expect"), or what its undo would ("restore"):
    "deleted" or "live"; None for any other change."""
    if op is None or op["op"] != "record" or _is_add(op):
        return None
    return "deleted" if op[when]["deleted"] else "live"


def _what(op: dict[str, Any], target: str) -> str:
    if op["op"] == "field":
        return f"{op['id']} {', '.join(sorted(_fields(op)))}"
    if op["op"] in ALIAS_OPS:
        return f"alias {_alias_text(op)!r} of {op['topic']}"
    return target


def _conflicts(op: dict[str, Any], target: str, change: dict) -> bool:
    """Whether `change`, made after `op` and still standing, would be lost or contradicted by undoing `op`."""
    other = change["undo"]
    if other is None or other["op"] == "kb":  # an /import may have rewritten anything
        return True
    if op["op"] == "field":
        return _touches(other, _fields(op))
    if op["op"] in ALIAS_OPS:
        same_text = other["op"] in ALIAS_OPS and name_key(_alias_text(other)) == name_key(_alias_text(op))
        if same_text and other["op"] == "alias_add":  # (an /unalias's undo would give it to a second record)
            return True
        return change["target"] == target and (same_text or _is_add(other))
    if op["op"] == "record" and not _is_add(op):  # a /delete or /restore: only the flag matters
        return other["op"] == "record"
    return True


def _alias_text(op: dict[str, Any]) -> str:
    return op["text"] if op["op"] == "alias_add" else op["rows"][0]["text"]


def _is_add(op: dict[str, Any]) -> bool:
    """An /add (its undo removes the record)."""
    return op["op"] == "record" and op["restore"] is None


def _fields(op: dict[str, Any]) -> frozenset[str]:
    """The top-level fields a /set wrote: its own (both languages of a text are one field: the other's
    translation follows it), and those it reset with it."""
    return frozenset(change["path"][0] for change in [op, *op.get("with", [])])


def _touches(op: dict[str, Any] | None, fields: frozenset[str]) -> bool:
    """Whether a change wrote any of `fields` of its record: an alias is none of them; an /import, a
    /delete or a /restore may be all of them."""
    if op is None or op["op"] not in ("field", "alias_add", "alias_remove"):
        return True
    if op["op"] != "field":
        return False
    marks = frozenset(kb_provenance.MARKS) if "marks" in op else frozenset()
    return bool((_fields(op) | marks) & fields)


def _field(
    db: sqlite_utils.Database, audit_id: int, op: dict[str, Any], later: list[dict]
) -> tuple[Any, Any]:
    """Put back the fields a /set wrote (change `audit_id`), and its verified mark and source (exactly, when
    no later change touched them)."""
    stored = kb_edit.find(db, op["id"])
    changes = [op, *op.get("with", [])]  # a new url also reset url_verified
    for change in changes:
        path = tuple(change["path"])
        if stored is None or kb_edit.get_path(stored.data, path) != change["expect"]:
            raise Overtaken(f"{op['id']} {'.'.join(path)} was changed again since")
    for change in changes:
        kb_edit.set_path(stored.data, tuple(change["path"]), change["restore"])
    _refuse_invalid_now(db, stored, op["path"][0])
    marks = op.get("marks")
    if marks is not None:
        touched = any(_touches(change["undo"], frozenset(kb_provenance.MARKS)) for change in later)
        exact = not touched and kb_provenance.untouched(stored.data, marks)
        kb_provenance.unmark(stored.data, marks, exact)
        verified = None if exact else _verified_before_undone_edits(db, op["id"], audit_id)
        if verified is not None:
            stored.data["verified"] = verified
    kb_edit.put_record(db, stored.table, stored.data, stored.deleted)
    return op["expect"], op["restore"]


def _verified_before_undone_edits(db: sqlite_utils.Database, record_id: str, undoing: int) -> bool | None:
    """The verified mark `record_id` had before its newest edits, when every one of them is undone with
    `undoing`: root's '/set pmegp short.en …' and a2's '/set pmegp summary.en …', undone oldest first, once
    left pmegp unverified (citizens got "please confirm") with every fact back. None when no edit of its marks
    was undone, or one still stands in between."""
    rows = db.execute(
        "SELECT id, undo, undone FROM audit WHERE target = ? AND (undo IS NOT NULL OR command = '/import') "
        "ORDER BY id DESC",
        [record_id],
    )
    verified = None
    for row_id, undo, undone in rows.fetchall():
        change = json.loads(undo) if undo else None
        if not _touches(change, frozenset(kb_provenance.MARKS)):
            continue
        if row_id != undoing and undone != audit.UNDONE:
            break
        marks = (change or {}).get("marks")
        verified = None if marks is None else marks["restore"].get("verified")
    return verified


def _refuse_invalid_now(db: sqlite_utils.Database, stored: kb_edit.Stored, field: str) -> None:
    """Overtaken when the value a /set's undo puts back, valid when it was written, is not now: a link to a
    record deleted since, or a name another live record took since (`/set` would refuse both)."""
    if stored.deleted:
        return
    try:
        if field in kb_edit.LINKS[stored.table]:
            kb_edit.check_links(db, stored, deleting=False)
        if field == "name":
            problem = kb_names.clash(db, stored.id, stored.data.get("name"))
            if problem is not None:
                raise kb_edit.EditError(problem)
    except kb_edit.EditError as exc:
        raise Overtaken(str(exc)) from None


def _apply(db: sqlite_utils.Database, op: dict[str, Any], admins: frozenset[str]) -> tuple[Any, Any]:
    kind = op["op"]
    if kind == "alias_add":
        gone = db.execute(
            "DELETE FROM aliases WHERE topic = ? AND lang = ? AND text = ?",
            [op["topic"], op["lang"], op["text"]],
        ).rowcount
        if not gone:
            raise Overtaken(f"alias {op['text']!r} of {op['topic']} was already removed")
        return {"alias": op["text"]}, None
    if kind == "alias_remove":
        _refuse_taken_alias(db, op)
        for row in op["rows"]:
            if db.execute("SELECT 1 FROM aliases WHERE id = ?", [row.get("id")]).fetchone():
                row = {**row, "id": None}  # the old id was reused since: append instead
            db.execute(
                "INSERT OR IGNORE INTO aliases(id, topic, lang, text, source) VALUES (?, ?, ?, ?, ?)",
                [row.get("id"), op["topic"], row["lang"], row["text"], row["source"]],
            )
        return None, {"alias": op["rows"][0]["text"]}
    if kind == "record":
        return _record(db, op)
    if kind == "role":
        if roles.stored_role(db, op["user"]) != op["expect"]:
            raise Overtaken(f"the role of {op['user']} was changed again since")
        try:  # as /revoke refuses it: undoing "/grant admin <self>" once left nobody admin
            roles.refuse_last_admin(db, admins, op["user"], op["restore"])
        except roles.LastAdmin as exc:
            raise Overtaken(str(exc)) from None
        roles.set_role(db, op["user"], op["restore"], "undo")
        return op["expect"], op["restore"]
    if kind == "kb":
        if not _as_imported(db, op):
            saved = (
                f" ({op['backup']} holds the one before it: /import that file to go back)"
                if "backup" in op
                else ""
            )
            raise Overtaken(f"the knowledge base was edited after that import{saved}")
        seed.load(db, op["restore"])
        seed.put_deleted(db, op.get("deleted", []))
        for row in op.get("rows", []):  # each record's own row of the import, so /show and /history say so
            audit.mark_undone(db, row)
        return "import", "previous knowledge base"
    raise UndoError(f"cannot undo {kind}")


def _as_imported(db: sqlite_utils.Database, op: dict[str, Any]) -> bool:
    """Whether the knowledge base is as an /import left it: '/set pmegp short.en typo' then its /undo no longer
    keeps the import from being undone (an import recorded before it kept a fingerprint: by its revision)."""
    if "expect" in op:
        return seed.fingerprint(db) == op["expect"]
    return seed.revision(db) == op["expect_revision"]


def _refuse_taken_alias(db: sqlite_utils.Database, op: dict[str, Any]) -> None:
    """Overtaken when another live record took an /unalias's text since, as its name or id, or as an alias
    (`/alias` would refuse it; a later /alias of the text is a conflict already, this catches a /set of a
    name and a /restore). A deleted record may keep an alias a live one has: /restore checks it."""
    stored = kb_edit.find(db, op["topic"])
    if stored is None or stored.deleted:
        return
    for row in op["rows"]:
        found = kb_edit.alias_taken(db, op["topic"], row["text"], row["source"])
        if found is None:
            continue
        owner, other = found
        if other is None:
            raise Overtaken(f"{row['text']!r} is now the name of {owner}", f"give {owner} another name")
        raise Overtaken(f"{row['text']!r} is now an alias of {owner}", f"/unalias {owner} {other}")


def _record(db: sqlite_utils.Database, op: dict[str, Any]) -> tuple[Any, Any]:
    """Undo an /add (only of the record exactly as added: its aliases go with it), or flip back the flag a
    /delete or /restore set (what was edited since stays with the record), checked as /restore and /delete
    check it."""
    stored = kb_edit.find(db, op["id"])
    restore = op["restore"]
    if restore is None:
        current = (
            None
            if stored is None
            else {"table": stored.table, "data": stored.data, "deleted": stored.deleted}
        )
        if json.dumps(current, sort_keys=True) != json.dumps(op["expect"], sort_keys=True):
            raise Overtaken(f"{op['id']} was changed again since")
        try:
            kb_edit.check_links(db, stored, deleting=True)
        except kb_edit.EditError as exc:
            raise Overtaken(str(exc)) from None
        db.execute(f"DELETE FROM {stored.table} WHERE id = ?", [op["id"]])
        db.execute("DELETE FROM aliases WHERE topic = ?", [op["id"]])
        return {"id": op["id"]}, None
    if stored is None or stored.deleted != op["expect"]["deleted"]:
        raise Overtaken(f"{op['id']} was changed again since")
    try:
        kb_edit.flag_deleted(db, stored, restore["deleted"])
    except kb_edit.EditError as exc:
        raise Overtaken(str(exc), "resolve that first") from None
    return {"deleted": stored.deleted}, {"deleted": restore["deleted"]}
