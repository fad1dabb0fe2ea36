"""/undo: revert an admin's own last change; repeated /undo walks further back.

An undo only applies when what it would overwrite is still what that change wrote: if another
admin has changed the same thing since, the undo is refused instead of losing their edit.
"""

import json
from typing import Any

import sqlite_utils

from bot import audit, kb_edit, roles, seed


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
            later = audit.later_change(db, last)
            if later is not None:
                raise Overtaken(
                    f"{last['target']} was changed again since (#{later['id']} by {later['who']})"
                )
            old, new = _apply(db, op)
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


def _apply(db: sqlite_utils.Database, op: dict[str, Any]) -> tuple[Any, Any]:
    kind = op["op"]
    if kind == "field":
        stored = kb_edit.find(db, op["id"])
        changes = [op, *op.get("with", [])]  # a new url also reset url_verified
        for change in changes:
            path = tuple(change["path"])
            if stored is None or kb_edit.get_path(stored.data, path) != change["expect"]:
                raise Overtaken(f"{op['id']} {'.'.join(path)} was changed again since")
        for change in changes:
            kb_edit.set_path(stored.data, tuple(change["path"]), change["restore"])
        kb_edit.put_record(db, stored.table, stored.data, stored.deleted)
        return op["expect"], op["restore"]
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
