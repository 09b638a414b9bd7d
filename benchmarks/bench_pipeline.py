"""CPU-time throughput of full extraction, stage by stage, on the gold corpora and synthetic text.

Run: ``python -m benchmarks.bench_pipeline [--runs N]``

For each corpus (the sample, ../shared/corpus-extra when present, the two held-out sets and
``benchmarks.synthetic.synthetic_documents(20000)``) it prints MB/s of document text (characters
/ 1e6 per CPU second on one core, best of ``--runs``) and mentions/s for four stages:

- ``load+segment``: reading the files of the manifest and segmenting them (synthetic: segmenting
  the generated texts with :func:`load_text`);
- ``find_drafts``: the number grammar and the claim filter;
- ``attribute+dates``: speakers and stated days (documents with no draft skipped, as in the
  pipeline);
- ``extract_mentions``: the whole pipeline, documents already loaded.

Peak memory (``ru_maxrss``) is printed at the end.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from pathlib import Path

from claimgraph.extract.attribution import attribute
from claimgraph.extract.claims import find_drafts
from claimgraph.extract.dates import stated_dates
from claimgraph.ingest import iter_documents, load_text
from claimgraph.models import Document
from claimgraph.pipeline import extract_mentions

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "sample": ROOT / "tests" / "corpus" / "manifest.jsonl",
    "corpus-extra": ROOT.parent / "shared" / "corpus-extra" / "manifest.jsonl",
    "heldout": ROOT / "tests" / "heldout" / "manifest.jsonl",
    "heldout2": ROOT / "tests" / "heldout2" / "manifest.jsonl",
}
SYNTHETIC_MENTIONS = 20_000


def _best(fn: Callable[[], int], runs: int) -> tuple[float, int]:
    """The smallest CPU time of ``runs`` calls of ``fn`` and the count it returned."""
    best = float("inf")
    count = 0
    for _ in range(runs):
        t0 = time.process_time()
        count = fn()
        best = min(best, time.process_time() - t0)
    return max(best, 1e-9), count


def _stages(docs: list[Document], load: Callable[[], int]) -> dict[str, Callable[[], int]]:
    with_drafts = [d for d in docs if find_drafts(d)]

    def drafts() -> int:
        return sum(len(find_drafts(d)) for d in docs)

    def speakers() -> int:
        for d in with_drafts:
            stated_dates(d, attribute(d))
        return 0

    def full() -> int:
        return sum(len(extract_mentions(d)) for d in docs)

    return {
        "load+segment": load,
        "find_drafts": drafts,
        "attribute+dates": speakers,
        "extract_mentions": full,
    }


def bench(name: str, docs: list[Document], load: Callable[[], int], runs: int) -> None:
    """Print one corpus's line per stage."""
    chars = sum(len(d.text) for d in docs)
    mentions = sum(len(extract_mentions(d)) for d in docs)
    print(f"{name}: {len(docs)} docs, {chars / 1000:.0f} kchars, {mentions} mentions")
    for stage, fn in _stages(docs, load).items():
        seconds, _ = _best(fn, runs)
        print(
            f"  {stage:17s} {chars / seconds / 1e6:6.2f} MB/s  {mentions / seconds:9.0f} mentions/s"
            f"  {1000 * seconds:8.1f} ms"
        )


def main() -> None:
    """Run every corpus that is present."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=5, help="best of this many runs (5)")
    args = parser.parse_args()
    for name, manifest in CORPORA.items():
        if not manifest.exists():
            print(f"{name}: {manifest} absent, skipped")
            continue

        def load(manifest: Path = manifest) -> int:
            return len(list(iter_documents([], manifest=manifest)))

        bench(name, list(iter_documents([], manifest=manifest)), load, args.runs)
    from benchmarks.synthetic import synthetic_documents

    docs = list(synthetic_documents(SYNTHETIC_MENTIONS))

    def segment() -> int:
        return len([load_text(d.text, name=d.name) for d in docs])

    bench(f"synthetic({SYNTHETIC_MENTIONS})", docs, segment, args.runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS {peak:.0f} MiB")


if __name__ == "__main__":
    main()
