"""What counts as a point on Earth: checked once, in the core, for every channel."""

import math


def valid_point(lat: float, lon: float) -> bool:
    """Finite latitude within ±90 and longitude within ±180 (a shared location or an option's point)."""
    return math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180
