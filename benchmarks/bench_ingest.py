"""Ingest throughput: read + clean + segment a ~20 MB corpus made by repeating the sample pages.

Run: ``python -m benchmarks.bench_ingest [--mb 20]``. Prints MB/s (one core), documents/s, the
number of blocks, the slowest document and the peak resident memory.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from claimgraph.ingest import iter_documents, near_duplicates

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "docs"


def build_corpus(folder: Path, megabytes: float) -> int:
    """Write copies of the sample pages into ``folder`` until about ``megabytes`` MB; the size."""
    pages = [p.read_bytes() for p in sorted(SAMPLE.glob("*.txt"))]
    total = 0
    i = 0
    while total < megabytes * 1_000_000:
        page = pages[i % len(pages)]
        # A distinct first line per copy, so every copy is its own document.
        data = f"Copy {i}\n\n".encode() + page
        (folder / f"{i:05d}.txt").write_bytes(data)
        total += len(data)
        i += 1
    return total


def main() -> None:
    """Build the corpus in a temporary folder, ingest it, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size in MB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        size = build_corpus(folder, args.mb)
        docs = blocks = 0
        slowest = 0.0
        sample = []
        cpu_start = time.process_time()
        start = time.perf_counter()
        last = start
        for doc in iter_documents([folder]):
            now = time.perf_counter()
            slowest = max(slowest, now - last)
            last = now
            docs += 1
            blocks += len(doc.blocks)
            if docs <= 200:
                sample.append(doc)
        elapsed = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        t0 = time.perf_counter()
        groups = near_duplicates(sample)
        dedup = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus:       {size / 1e6:.1f} MB in {docs} documents")
    print(
        f"ingest:       {elapsed:.2f} s  ->  {size / 1e6 / elapsed:.2f} MB/s, "
        f"{docs / elapsed:.0f} documents/s"
    )
    print(
        f"cpu time:     {cpu:.2f} s  ->  {size / 1e6 / cpu:.2f} MB/s on one core "
        "(the machine is shared: CPU time is the fair measure)"
    )
    print(f"blocks:       {blocks} ({blocks / docs:.0f} per document)")
    print(f"latency:      slowest document {slowest * 1000:.1f} ms")
    print(f"dedup:        {len(sample)} documents -> {len(groups)} groups in {dedup * 1000:.0f} ms")
    print(f"peak memory:  {peak_mb:.0f} MB (max RSS)")


if __name__ == "__main__":
    main()
