"""A shared point inside India's rough box is said to be abroad or at sea only when the towns around it say so;
India's islands and border villages stay India."""

import pytest

from bot.borders import ABROAD, AT_SEA, outside


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (27.70, 85.32, ABROAD),  # Kathmandu
        (23.81, 90.41, ABROAD),  # Dhaka
        (31.55, 74.34, ABROAD),  # Lahore
        (27.47, 89.64, ABROAD),  # Thimphu
        (6.93, 79.85, ABROAD),  # Colombo
        (15.0, 88.0, AT_SEA),  # Bay of Bengal
        (15.0, 70.0, AT_SEA),  # Arabian Sea
        (28.6, 77.2, None),  # Delhi
        (26.98, 84.85, None),  # Raxaul, at the Nepal border
        (23.0, 88.85, None),  # Petrapole, at the Bangladesh border
        (27.5, 70.2, None),  # Longewala, near Pakistan
        (32.78, 78.96, None),  # Hanle, Ladakh, near China
        (9.15, 92.8, None),  # Car Nicobar
        (8.28, 73.05, None),  # Minicoy
        (10.56, 72.64, None),  # Kavaratti
        (7.0, 93.9, None),  # Campbell Bay, Great Nicobar
        (21.8, 88.8, None),  # the Sundarbans
    ],
)
def test_outside_reads_the_towns_around_a_point(lat: float, lon: float, expected: str | None) -> None:
    assert outside(lat, lon) == expected
