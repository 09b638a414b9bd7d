"""Benchmark of the claim graph store on the synthetic corpus.

Run: ``python -m benchmarks.bench_graph [N_MENTIONS ...]`` (default 10000 100000). For each
size it prints ingest throughput (``ClaimGraph.add`` into a fresh SQLite file; generating the
documents is not counted), open-from-disk time, query latency for speaker + metric + date-range
filters (``claims`` and ``mentions``), snapshot and networkx build times, and peak memory.
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.synthetic import OUT, synthetic_pairs
from claimgraph.graph import ClaimGraph
from claimgraph.store import Filters

SPEAKERS = ["Mao Ning", "Guo Jiakun", "Lin Jian", "He Yadong", "Elena Marsh", "Tomas Berg"]
METRICS = ["life expectancy", "GDP growth", "exports", "effective laws", "grain output"]


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _ms(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    return f"median {statistics.median(samples) * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms"


def bench(n_mentions: int, *, queries: int = 60) -> dict[str, float]:
    """Ingest ``n_mentions`` synthetic mentions into a fresh store and time it and queries."""
    OUT.mkdir(parents=True, exist_ok=True)
    db = OUT / f"bench_graph_{n_mentions}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    stored = docs = 0
    spent = 0.0
    with ClaimGraph(db) as graph:
        for document, mentions in synthetic_pairs(n_mentions, seed=0):
            t0 = time.perf_counter()
            graph.add(document, mentions)
            spent += time.perf_counter() - t0
            docs += 1
            stored += len(mentions)
    size_mib = db.stat().st_size / 2**20

    t0 = time.perf_counter()
    graph = ClaimGraph(db)
    graph.claims(speaker="Mao Ning", limit=1)
    open_s = time.perf_counter() - t0

    rng = random.Random(1)
    claim_t, mention_t, index_t, hits = [], [], [], []
    for _ in range(queries):
        since = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        speaker, metric = rng.choice(SPEAKERS), rng.choice(METRICS)
        until = since + timedelta(days=365)
        t0 = time.perf_counter()
        graph.store.matching_claim_ids(Filters(speaker, None, metric, None, None, since, until))
        index_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        found = graph.claims(speaker=speaker, metric=metric, since=since, until=until)
        claim_t.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        graph.mentions(speaker=speaker, metric=metric, since=since, until=until)
        mention_t.append(time.perf_counter() - t0)
        hits.append(len(found))

    t0 = time.perf_counter()
    snap = graph.snapshot()
    snapshot_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    nx_graph = graph.nx
    nx_s = time.perf_counter() - t0
    graph.close()

    print(f"== {n_mentions} mentions: {docs} documents, {len(snap.claims)} claims, "
          f"{len(snap.metrics)} metrics, {len(snap.briefings)} briefings, "
          f"{len(snap.syndications)} syndications; store {size_mib:.1f} MiB")  # fmt: skip
    print(f"ingest (add):   {stored / spent:,.0f} mentions/s, {docs / spent:,.1f} documents/s "
          f"({spent:.1f} s)")  # fmt: skip
    print(f"open from disk: {open_s * 1000:.1f} ms (open + first query)")
    print(f"index lookup (matching claim ids):        {_ms(index_t)}")
    print(f"claims(speaker, metric, since, until):   {_ms(claim_t)} "
          f"({statistics.mean(hits):.1f} claims per query)")  # fmt: skip
    print(f"mentions(speaker, metric, since, until): {_ms(mention_t)}")
    nodes, edges = nx_graph.number_of_nodes(), nx_graph.number_of_edges()
    print(f"snapshot: {snapshot_s:.2f} s; networkx view: {nx_s:.2f} s "
          f"({nodes:,} nodes, {edges:,} edges)")  # fmt: skip
    print(f"peak memory so far (ru_maxrss): {_peak_mib():.0f} MiB")
    return {
        "mentions_per_s": stored / spent,
        "docs_per_s": docs / spent,
        "open_ms": open_s * 1000,
        "index_lookup_ms": statistics.median(index_t) * 1000,
        "claims_query_ms": statistics.median(claim_t) * 1000,
        "mentions_query_ms": statistics.median(mention_t) * 1000,
    }


def main(argv: list[str]) -> None:
    """Run the benchmark for each size given (default 10k and 100k mentions)."""
    sizes = [int(a) for a in argv] or [10_000, 100_000]
    results = {n: bench(n) for n in sizes}
    if len(sizes) >= 2:
        a, b = sizes[0], sizes[-1]
        print(f"== growth {a} -> {b} mentions (x{b / a:g}):")
        for key in results[a]:
            print(f"  {key}: {results[a][key]:,.2f} -> {results[b][key]:,.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
