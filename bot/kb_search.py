"""Full-text search over the knowledge base with the Devanagari-safe FTS5 index."""

import sqlite_utils

from bot.normalize import words


def search(db: sqlite_utils.Database, query: str, limit: int = 10) -> list[tuple[str, str, str]]:
    """`(topic, lang, snippet)` rows, best first; every word of the query must appear (prefix match)."""
    terms = words(query.casefold())
    if not terms:
        return []
    match = " ".join('"' + t.replace('"', "") + '"*' for t in terms)
    rows = db.execute(
        "SELECT topic, lang, snippet(search, 2, '[', ']', '…', 12) FROM search "
        "WHERE search MATCH ? ORDER BY rank LIMIT ?",
        [match, limit],
    ).fetchall()
    return [tuple(r) for r in rows]
