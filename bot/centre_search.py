"""Which centres answer a place: the nearest few, or every centre in a state, optionally of one type.

`CentreGrid` buckets centres into one-degree cells once per knowledge revision, so a nearest search
reads only the rings of cells around the point until no farther cell could hold a closer centre: a
few dozen distance computations with 10,000 centres instead of 10,000 (pure Python, no numpy).
"""

import heapq
import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from bot.places import EARTH_KM, distance_km

# Grid cell size in degrees (about 111 km north-south).
CELL_DEGREES = 1.0
ANY = None

Centre = dict[str, Any]


@dataclass(frozen=True)
class Found:
    centre: Centre
    km: float | None  # None in a state listing


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)


class CentreGrid:
    """Centres with coordinates, bucketed by cell, one grid per centre type plus one for all."""

    def __init__(self, centres: Iterable[Centre]):
        self.cells: dict[str | None, dict[tuple[int, int], list[Centre]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self.max_abs_lat = 0.0
        self.bounds: dict[str | None, tuple[int, int, int, int]] = {}
        for c in centres:
            if c.get("lat") is None or c.get("lon") is None:
                continue
            cell = _cell(c["lat"], c["lon"])
            self.cells[ANY][cell].append(c)
            self.cells[c.get("type")][cell].append(c)
            self.max_abs_lat = max(self.max_abs_lat, abs(c["lat"]))
        for kind, cells in self.cells.items():
            rows, cols = [i for i, _ in cells], [j for _, j in cells]
            self.bounds[kind] = (min(rows), max(rows), min(cols), max(cols))

    def nearest(self, lat: float, lon: float, k: int, centre_type: str | None = ANY) -> list[Found]:
        """The `k` centres nearest to the point, nearest first, searching outward ring by ring."""
        cells = self.cells.get(centre_type) or {}
        if not cells or k <= 0:
            return []
        ci, cj = _cell(lat, lon)
        top, bottom, left, right = self.bounds[centre_type]
        reach = max(abs(ci - top), abs(ci - bottom), abs(cj - left), abs(cj - right))
        cos_lat = math.cos(math.radians(max(self.max_abs_lat, abs(lat))))
        best: list[tuple[float, int, Centre]] = []  # max-heap by negated distance
        for ring in range(reach + 1):
            for cell in _ring(ci, cj, ring):
                for c in cells.get(cell, ()):
                    d = distance_km(lat, lon, c["lat"], c["lon"])
                    item = (-d, id(c), c)
                    if len(best) < k:
                        heapq.heappush(best, item)
                    elif d < -best[0][0]:
                        heapq.heapreplace(best, item)
            if len(best) == k and -best[0][0] <= _beyond(ring, cos_lat):
                break
        return [Found(c, d) for d, _, c in sorted((-nd, i, c) for nd, i, c in best)]


def _ring(ci: int, cj: int, r: int) -> Iterable[tuple[int, int]]:
    if r == 0:
        yield ci, cj
        return
    for j in range(cj - r, cj + r + 1):
        yield ci - r, j
        yield ci + r, j
    for i in range(ci - r + 1, ci + r):
        yield i, cj - r
        yield i, cj + r


def _beyond(ring: int, cos_lat: float) -> float:
    """A lower bound on the distance to any centre outside the rings searched so far.

    Such a centre is at least `ring` cells away in latitude (≥ that many degrees of meridian) or in
    longitude; by the haversine formula hav(d) ≥ cos φ1 cos φ2 hav(Δλ), and both |φ| are ≤ the
    largest latitude in play, so d ≥ 2R asin(cos φmax sin(Δλ/2)).
    """
    span = math.radians(ring * CELL_DEGREES)
    by_lat = EARTH_KM * span
    by_lon = 2 * EARTH_KM * math.asin(min(1.0, cos_lat * math.sin(span / 2)))
    return min(by_lat, by_lon)


def of_type(centres: Iterable[Centre], centre_type: str | None) -> list[Centre]:
    return [c for c in centres if centre_type is ANY or c.get("type") == centre_type]


def in_state(centres: Iterable[Centre], state: str, centre_type: str | None = ANY) -> list[Found]:
    """Every centre in `state` (of one type, if given), technology centres first, then by city."""
    rows = [c for c in of_type(centres, centre_type) if (c.get("state") or "").casefold() == state.casefold()]
    rows.sort(key=listing_order)
    return [Found(c, None) for c in rows]


def listing_order(c: Centre) -> tuple[bool, str, str]:
    """Technology centres first, then by city: how a list of centres with no distances is ordered."""
    return (c.get("type") != "technology-centre", c.get("city") or "", c.get("id") or "")
