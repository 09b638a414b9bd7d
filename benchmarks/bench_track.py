"""Benchmark of tracking: timeline, corroboration and find_findings at 10k and 100k mentions.

Run: ``python -m benchmarks.bench_track [--sizes 10000,100000]``. Prints, per size, the wall time
of each call (best of ``--repeat`` runs), the time per 1,000 mentions (near-linear scaling keeps
it flat between sizes), the number of results, and the peak Python memory of each call
(tracemalloc, measured in a separate run so it does not slow the timed ones), plus the
process's peak resident memory.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from typing import Any

from benchmarks.synthetic import synthetic_snapshot
from claimgraph.models import GraphSnapshot
from claimgraph.track import corroboration, find_findings, timeline


def _best_time(func: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def _peak_mib(func: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    func()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def _metric_query(snapshot: GraphSnapshot) -> str:
    # The metric with the most claims: the longest timeline a user would ask for.
    counts = Counter(c.metric_id for c in snapshot.claims)
    metric_id = counts.most_common(1)[0][0]
    return next(m.key for m in snapshot.metrics if m.id == metric_id)


def bench(size: int, repeat: int) -> list[dict[str, Any]]:
    """Time and measure every tracking call on one synthetic snapshot."""
    start = time.perf_counter()
    snapshot = synthetic_snapshot(size)
    load = time.perf_counter() - start
    print(
        f"\n{len(snapshot.mentions):,} mentions, {len(snapshot.claims):,} claims, "
        f"{len(snapshot.documents):,} documents, {len(snapshot.syndications):,} syndications "
        f"(snapshot ready in {load:.1f} s)"
    )
    query = _metric_query(snapshot)
    speaker = next(m.speaker for m in snapshot.mentions if m.speaker)
    print(f"  metric queried: {query!r}; speaker queried: {speaker!r}")
    calls: dict[str, Callable[[], Any]] = {
        "timeline(metric=...)": lambda: timeline(snapshot, metric=query),
        "timeline(speaker=...)": lambda: timeline(snapshot, speaker=speaker),
        "timeline() (every metric)": lambda: timeline(snapshot),
        "corroboration()": lambda: corroboration(snapshot),
        "find_findings()": lambda: find_findings(snapshot),
    }
    rows: list[dict[str, Any]] = []
    for name, func in calls.items():
        seconds, result = _best_time(func, repeat)
        rows.append(
            {
                "size": len(snapshot.mentions),
                "call": name,
                "seconds": seconds,
                "per_1k": seconds / len(snapshot.mentions) * 1000,
                "results": len(result),
                "peak_mib": _peak_mib(func),
                "kinds": Counter(f.kind for f in result) if name == "find_findings()" else None,
            }
        )
    for row in rows:
        print(
            f"  {row['call']:<48} {row['seconds']:8.3f} s  {row['per_1k'] * 1000:7.2f} ms/1k  "
            f"{row['results']:>8,} results  peak {row['peak_mib']:7.1f} MiB"
        )
        if row["kinds"]:
            print(
                "    findings by kind: " + ", ".join(f"{k} {v:,}" for k, v in row["kinds"].items())
            )
    return rows


def main() -> None:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="mention counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs per call (best kept)")
    args = parser.parse_args()
    results = []
    for size in (int(s) for s in args.sizes.split(",")):
        results.extend(bench(size, args.repeat))
    sizes = sorted({r["size"] for r in results})
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        print(f"\nscaling {small:,} -> {large:,} mentions ({large / small:.1f}x data):")
        for call in dict.fromkeys(r["call"] for r in results):
            a = next(r for r in results if r["size"] == small and r["call"] == call)
            b = next(r for r in results if r["size"] == large and r["call"] == call)
            print(f"  {call:<48} {b['seconds'] / a['seconds']:6.1f}x time")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak resident memory of the process: {rss:.0f} MiB")


if __name__ == "__main__":
    main()
