"""Every labelled row of tests/corpus/places.tsv through the centre finder: at least 90% right.

`expected_centre` is the first centre's id, `STATE:<state>` (a state list), `AMBIGUOUS` (asked which
place) or `NONE` (no centre named, as for Export Facilitation Centres); `location` rows are a shared
"lat,lon" instead of text.
"""

import csv
from pathlib import Path

import pytest
from seeded_kb import fresh_services

from bot.centre_finder import CentreAnswer, CentreFinder

CORPUS = Path(__file__).parent / "corpus" / "places.tsv"
MIN_ACCURACY = 0.9


def outcome(answer: CentreAnswer | None) -> str:
    """What the answer amounts to, in the corpus's own labels."""
    if answer is None:
        return "NO PLACE"
    if not answer.centres:
        return (
            "AMBIGUOUS"
            if any(o.payload.startswith("@near ") for o in answer.options) and not answer.place
            else "NONE"
        )
    states = {c["state"] for c in answer.centres}
    if all(c["distance_km"] is None for c in answer.centres) and len(states) == 1:
        return f"STATE:{states.pop()}"
    return answer.centres[0]["id"]


def test_places_corpus_accuracy(tmp_path):
    if not CORPUS.is_file():
        pytest.skip("tests/corpus/places.tsv is not there")
    finder = CentreFinder(fresh_services(tmp_path / "k.db").current().knowledge)
    rows = list(csv.DictReader(CORPUS.open(encoding="utf-8"), delimiter="\t"))
    misses = []
    for row in rows:
        lang = "en" if row["lang"] == "en" else "hi"
        centre_type = row["centre_type"] or None
        if row["location"]:
            lat, lon = map(float, row["location"].split(","))
            answer = finder.near(lat, lon, lang, centre_type)
        else:
            answer = finder.find(row["text"], lang, centre_type)
        got = outcome(answer)
        if got != row["expected_centre"]:
            misses.append(f"{row['text'] or row['location']!r}: expected {row['expected_centre']}, got {got}")
    accuracy = 1 - len(misses) / len(rows)
    print(f"places corpus: {len(rows) - len(misses)}/{len(rows)} = {accuracy:.3f}")
    print("\n".join(misses))
    assert accuracy >= MIN_ACCURACY, "\n".join(misses)
