"""What counts as a point on Earth: checked once, in the core, for every channel."""

import math


def valid_point(lat: float, lon: float) -> bool:
    """Finite latitude within ±90 and longitude within ±180 (a shared location or an option's point)."""
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180


# India's extent, roughly (islands included): the centres are all inside it, and a shared location
# far outside it (a bad GPS fix at 0,0, a user abroad) has no "nearest" centre worth naming.
INDIA_BOUNDS = {"lat": (6.0, 38.0), "lon": (68.0, 98.0)}


def in_india(lat: float, lon: float) -> bool:
    return within("lat", lat) and within("lon", lon)


def within(axis: str, value: float) -> bool:
    low, high = INDIA_BOUNDS[axis]
    return low <= value <= high
