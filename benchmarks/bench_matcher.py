"""Match latency and memory at the shipped alias count and with the alias index scaled ×10 and ×100.

Prints p50/p99 latency of `Matcher.understand` without its per-snapshot cache (every query scored
afresh), queries/s, and the index's peak build memory, then the same for the whole `respond` path
(session load/save included, cache on) at the shipped size.
Run: .venv/bin/python benchmarks/bench_matcher.py
"""

import random
import statistics
import string
import tempfile
import time
import tracemalloc
from dataclasses import replace
from pathlib import Path

from bot.evaluate import read_rows
from bot.knowledge import Alias
from bot.matcher import Matcher
from bot.messages import IncomingMessage
from bot.respond import respond
from bot.services import open_services

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "queries.tsv"
ROUNDS = 3


def synthetic_aliases(knowledge, factor: int, rng: random.Random) -> list[Alias]:
    """factor-1 extra aliases per real one: made-up words of realistic length, some Devanagari."""
    extra = []
    deva = [chr(c) for c in range(0x0915, 0x0939)]
    for alias in knowledge.aliases:
        for _ in range(factor - 1):
            n = rng.randint(1, 4)
            pool = deva if alias.lang == "hi" else string.ascii_lowercase
            text = " ".join("".join(rng.choices(pool, k=rng.randint(3, 9))) for _ in range(n))
            extra.append(Alias(alias.topic, alias.lang, text))
    return extra


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def measure(fn, queries: list[str]) -> tuple[float, float, float]:
    times = []
    for _ in range(ROUNDS):
        for q in queries:
            t = time.perf_counter()
            fn(q)
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1e3, percentile(times, 0.99) * 1e3, len(times) / sum(times)


def main() -> None:
    queries = [r["text"] for r in read_rows(CORPUS)]
    with tempfile.TemporaryDirectory() as tmp:
        services = open_services(str(Path(tmp) / "k.db"))
        base = services.current().knowledge
        finder = services.current().finder
        rng = random.Random(7)
        print(f"queries: {len(queries)} x {ROUNDS} rounds")
        print(
            f"{'index':>8} {'aliases':>8} {'build ms':>9} {'peak MiB':>9} {'p50 ms':>7} {'p99 ms':>7} {'q/s':>8}"
        )
        for factor in (1, 10, 100):
            knowledge = replace(base, aliases=base.aliases + synthetic_aliases(base, factor, rng))
            tracemalloc.start()
            t = time.perf_counter()
            matcher = Matcher(knowledge)
            build = (time.perf_counter() - t) * 1e3
            peak = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            p50, p99, qps = measure(
                lambda q, m=matcher: m.understand_uncached(q, extra_known=finder.place_keys()), queries
            )
            print(
                f"{'x' + str(factor):>8} {len(knowledge.aliases):>8} {build:>9.0f} {peak:>9.1f} {p50:>7.3f} {p99:>7.3f} {qps:>8.0f}"
            )

        counter = iter(range(10**9))

        def full(q: str) -> None:
            respond(IncomingMessage(platform="bench", sender=f"bench:{next(counter) % 50}", text=q), services)

        p50, p99, qps = measure(full, queries)
        print(
            f"full respond() path (SQLite session load/save): p50 {p50:.3f} ms, p99 {p99:.3f} ms, {qps:.0f} q/s"
        )


if __name__ == "__main__":
    main()
