"""/undo: revert an admin's own last change; repeated /undo walks further back.

An undo only applies when what it would overwrite is still what that change wrote: if another
admin has changed the same thing since, the undo is refused instead of losing their edit. A /set
puts back only the fields it wrote, so another admin's edit of a different field of the same record
does not stand in its way.
"""

import json
from typing import Any

import sqlite_utils

from bot import audit, kb_edit, kb_provenance, roles, seed


class UndoError(ValueError):
    """Nothing to undo, or the change was overtaken by a later one."""


class Overtaken(UndoError):
    """Another change came after the one to undo: undoing it would lose that one."""


def undo_last(db: sqlite_utils.Database, who: str) -> str:
    """Revert `who`'s newest change not yet undone; a line saying what was reverted."""
    with audit.change(db):
        last = audit.last_undoable(db, who)
        if last is None:
            raise UndoError("nothing to undo")
        op = last["undo"]
        try:
            later = audit.later_changes(db, last)
            _refuse_overtaken(op, last["target"], later)
            old, new = _field(db, op, later) if op["op"] == "field" else _apply(db, op)
        except Overtaken as exc:
            # it stays as it is, and is passed over: the next /undo reaches the change before it
            audit.mark_undone(db, last["id"], audit.OVERTAKEN)
            return f"not undone #{last['id']}: {exc}; it stays, and the next /undo goes further back"
        audit.mark_undone(db, last["id"])
        audit.record(db, who, f"/undo #{last['id']}", last["target"], old, new, None)
        if op["op"] != "role":
            seed.bump_revision(db)
            seed.rebuild_search(db)
    return f"undone #{last['id']}: {last['command']}"


def _refuse_overtaken(op: dict[str, Any], target: str, later: list[dict]) -> None:
    """Overtaken by the first later change that wrote what undoing `op` puts back: for a /set, its own
    fields; for anything else, the whole record (or alias, or role)."""
    mine = _fields(op) if op["op"] == "field" else None
    for change in later:
        if mine is None or _touches(change["undo"], mine):
            what = target if mine is None else f"{op['id']} {', '.join(sorted(mine))}"
            raise Overtaken(f"{what} was changed again since (#{change['id']} by {change['who']})")


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


def _field(db: sqlite_utils.Database, op: dict[str, Any], later: list[dict]) -> tuple[Any, Any]:
    """Put back the fields a /set wrote, and its verified mark and source (exactly, when no later change
    touched them)."""
    stored = kb_edit.find(db, op["id"])
    changes = [op, *op.get("with", [])]  # a new url also reset url_verified
    for change in changes:
        path = tuple(change["path"])
        if stored is None or kb_edit.get_path(stored.data, path) != change["expect"]:
            raise Overtaken(f"{op['id']} {'.'.join(path)} was changed again since")
    for change in changes:
        kb_edit.set_path(stored.data, tuple(change["path"]), change["restore"])
    marks = op.get("marks")
    if marks is not None:
        touched = any(_touches(change["undo"], frozenset(kb_provenance.MARKS)) for change in later)
        exact = not touched and kb_provenance.untouched(stored.data, marks)
        kb_provenance.unmark(stored.data, marks, exact)
    kb_edit.put_record(db, stored.table, stored.data, stored.deleted)
    return op["expect"], op["restore"]


def _apply(db: sqlite_utils.Database, op: dict[str, Any]) -> tuple[Any, Any]:
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
        roles.set_role(db, op["user"], op["restore"], "undo")
        return op["expect"], op["restore"]
    if kind == "kb":
        if seed.revision(db) != op["expect_revision"]:
            raise Overtaken("the knowledge base was edited after that import")
        seed.load(db, op["restore"])
        seed.put_deleted(db, op.get("deleted", []))
        for row in op.get("rows", []):  # each record's "changed by /import", so /show and /history say so
            audit.mark_undone(db, row)
        return "import", "previous knowledge base"
    raise UndoError(f"cannot undo {kind}")


def _record(db: sqlite_utils.Database, op: dict[str, Any]) -> tuple[Any, Any]:
    stored = kb_edit.find(db, op["id"])
    current = (
        None if stored is None else {"table": stored.table, "data": stored.data, "deleted": stored.deleted}
    )
    if json.dumps(current, sort_keys=True) != json.dumps(op["expect"], sort_keys=True):
        raise Overtaken(f"{op['id']} was changed again since")
    restore = op["restore"]
    if restore is None:
        db.execute(f"DELETE FROM {stored.table} WHERE id = ?", [op["id"]])
        db.execute("DELETE FROM aliases WHERE topic = ?", [op["id"]])
        return {"id": op["id"]}, None
    kb_edit.put_record(db, restore["table"], restore["data"], restore["deleted"])
    return {"deleted": stored.deleted}, {"deleted": restore["deleted"]}
