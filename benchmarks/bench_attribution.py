"""Speaker and date accuracy at gold offsets, throughput and memory of attribution and dates.

Run: ``python -m benchmarks.bench_attribution [CORPUS_DIR ...]`` (default: the sample corpus
and ../shared/corpus-extra when present). A corpus dir holds ``manifest.jsonl``, ``gold.jsonl``
and the documents; absent dirs are skipped with a note.
"""

from __future__ import annotations

import json
import sys
import time
import tracemalloc
from pathlib import Path

from claimgraph.extract.attribution import attribute
from claimgraph.extract.dates import stated_dates
from claimgraph.ingest import load_document, read_manifest

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = (ROOT / "tests" / "corpus", ROOT.parent / "shared" / "corpus-extra")
REPEAT = 20


def bench(corpus: Path) -> None:
    """Print accuracy at the required gold mentions, then speed and peak memory."""
    metas = read_manifest(corpus / "manifest.jsonl")
    docs = {path.name: load_document(path, meta=meta) for path, meta in metas.items()}
    golds = [
        json.loads(line)
        for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    required = [g for g in golds if not g.get("optional")]
    answers = {}
    for name, doc in docs.items():
        found = attribute(doc)
        answers[name] = (found, stated_dates(doc, found))
    speaker_ok = date_ok = 0
    misses: list[str] = []
    for g in required:
        found, days = answers[g["doc"]]
        who = found.at(g["start"])
        day, _ = days.at(g["start"])
        allowed = {g["speaker"], *(g.get("speaker_aliases") or [])}
        s_ok = who.speaker in allowed
        d_ok = (day.isoformat() if day else None) == g["date"]
        speaker_ok += s_ok
        date_ok += d_ok
        if not (s_ok and d_ok):
            misses.append(
                f"  {g['doc'][:3]}@{g['start']} {g['number']!r}: gold {g['speaker']} {g['date']}"
                f" | got {who.speaker} {day}"
            )
    n = len(required)
    chars = sum(len(d.text) for d in docs.values())
    tracemalloc.start()
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        for doc in docs.values():
            stated_dates(doc, attribute(doc))
    elapsed = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    runs = REPEAT * len(docs)
    print(f"{corpus}")
    print(f"  required gold mentions: {n} in {len(docs)} documents")
    print(f"  speaker accuracy: {speaker_ok}/{n} = {speaker_ok / n:.3f}")
    print(f"  date accuracy:    {date_ok}/{n} = {date_ok / n:.3f}")
    print(
        f"  throughput: {runs / elapsed:.1f} docs/s, {REPEAT * chars / elapsed / 1000:.0f} kchars/s"
        f" (tracemalloc on); latency {1000 * elapsed / runs:.2f} ms/doc"
    )
    print(f"  peak traced memory: {peak / 1024:.0f} KiB")
    for line in misses:
        print(line)


def main(argv: list[str]) -> None:
    """Benchmark each corpus dir given, or the defaults."""
    for corpus in [Path(a) for a in argv] or list(DEFAULTS):
        if not (corpus / "gold.jsonl").exists():
            print(f"{corpus}: absent, skipped")
            continue
        bench(corpus)


if __name__ == "__main__":
    main(sys.argv[1:])
