"""Splitting a long reply for a channel's length limit without breaking words or links."""


def split_text(text: str, limit: int | None) -> list[str]:
    """Pieces of at most `limit` characters, cut at paragraph, then line, then word boundaries."""
    if not limit or len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for unit in _units(text, limit):
        joined = f"{current}{unit}" if current else _started(unit)
        if len(joined) <= limit:
            current = joined
            continue
        if current.strip():
            pieces.append(current.rstrip())
        current = _started(unit)
    if current.strip():
        pieces.append(current.rstrip())
    return pieces


def _started(unit: str) -> str:
    """A unit opening a piece, without the newline or space that parted it from the one before; a line keeps
    its indentation ("  - item" of /show, once cut to "- item", read as a new list)."""
    return unit.lstrip("\n") if unit.startswith("\n") else unit.lstrip(" ")


def _units(text: str, limit: int) -> list[str]:
    """Lines (keeping their newline in front) and, for over-long lines, their words."""
    units = []
    for i, line in enumerate(text.split("\n")):
        prefix = "\n" if i else ""
        if len(line) < limit:
            units.append(prefix + line)
            continue
        for j, word in enumerate(line.split(" ")):
            while len(word) > limit:  # a single word longer than the limit: no better cut exists
                units.append(("\n" if i or j else "") + word[:limit])
                word = word[limit:]
            units.append((prefix if j == 0 else " ") + word)
    return units
