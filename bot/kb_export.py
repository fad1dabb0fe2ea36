"""/export: the whole knowledge base as a seed-format YAML file, sent and kept on disk.

The reply carries the file as an attachment (Telegram sends it as a document, WhatsApp as media from a
short-lived link), and the file is also written to a new file in `exports/` next to the database (never
over an earlier export), so the console says where it is. /import (`kb_import`) reads it back, and its
/confirm saves the knowledge base it replaces the same way.
"""

from dataclasses import replace
from pathlib import Path
from typing import Any

import sqlite_utils

from bot import audit, seed
from bot.kb_commands import say
from bot.messages import Reply
from bot.turn import Turn

EXPORT_DIR = "exports"
MIME = "application/x-yaml"
# Channels that run on the server itself, where a file path means the admin's own file.
LOCAL_PLATFORMS = ("console", "cli")


def exports_dir(db: sqlite_utils.Database) -> Path:
    """`exports/` beside the database file (the working directory for an in-memory database)."""
    files = [r[2] for r in db.execute("PRAGMA database_list").fetchall() if r[1] == "main"]
    base = Path(files[0]).parent if files and files[0] else Path.cwd()
    return base / EXPORT_DIR


def export_command(turn: Turn, args: str) -> list[Reply]:
    """/export — the file as an attachment, and written to disk."""
    data = seed.export(turn.services.db)
    content, path = save(turn.services.db, data)
    counts = ", ".join(f"{len(data[t])} {t}" for t in seed.RECORD_TABLES)
    text = f"Knowledge base exported: {counts}, {len(content) // 1024} KB.\nwritten to {path}"
    return attached(say(turn, text), content, path)


def save(db: sqlite_utils.Database, data: dict[str, Any]) -> tuple[bytes, Path]:
    """Write `data`, an export of `db`, to a new file in `exports/`; the file's bytes and path."""
    content = seed.dump_yaml(data).encode("utf-8")
    return content, _write_new(exports_dir(db), audit.stamp(), content)


def attached(replies: list[Reply], content: bytes, path: Path) -> list[Reply]:
    """The one reply with the export file attached (sent as a document on Telegram and WhatsApp)."""
    (reply,) = replies
    return [replace(reply, attachment={"filename": path.name, "content": content, "mime": MIME})]


def _write_new(folder: Path, stamp: str, content: bytes) -> Path:
    """Write an export to a file of its own, named by its UTC time (sahayak-kb-2026-05-01-102030.yaml, then
    -2, -3… in the same second): each export is a backup, and none may overwrite an earlier one."""
    folder.mkdir(parents=True, exist_ok=True)
    base = "sahayak-kb-" + stamp[:19].replace("T", "-").replace(":", "")
    n = 1
    while True:
        path = folder / (base + (f"-{n}" if n > 1 else "") + ".yaml")
        try:
            with path.open("xb") as file:  # (exclusive: not even another process's file of this name)
                file.write(content)
            return path
        except FileExistsError:
            n += 1
