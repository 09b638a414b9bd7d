"""Speaker and date accuracy at gold offsets, throughput and memory of attribution and dates.

Run: ``python -m benchmarks.bench_attribution [CORPUS_DIR ...]`` (default: the sample corpus,
../shared/corpus-extra when present, and the held-out set). A corpus dir holds
``manifest.jsonl``, ``gold.jsonl`` and the documents; absent dirs are skipped with a note.
Then: throughput on generated transcripts of growing length (cost must stay linear) and on
``benchmarks.synthetic.synthetic_documents``. Throughput is the best of three runs, measured
without tracemalloc; peak memory is measured in a separate run.
"""

from __future__ import annotations

import json
import random
import sys
import time
import tracemalloc
from pathlib import Path

from claimgraph.extract.attribution import attribute
from claimgraph.extract.dates import stated_dates
from claimgraph.ingest import load_document, load_text, read_manifest
from claimgraph.models import Document, DocumentMeta

ROOT = Path(__file__).resolve().parent.parent
DEFAULTS = (
    ROOT / "tests" / "corpus",
    ROOT.parent / "shared" / "corpus-extra",
    ROOT / "tests" / "heldout",
)
REPEAT = 20


def _best_rate(docs: list[Document], repeat: int = 1, runs: int = 3) -> float:
    """Characters per second of attribution + dates over ``docs``: the best of ``runs``."""
    chars = sum(len(d.text) for d in docs) * repeat
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        for _ in range(repeat):
            for doc in docs:
                stated_dates(doc, attribute(doc))
        best = min(best, time.perf_counter() - t0)
    return chars / best


def transcript(n_chars: int, seed: int = 0) -> str:
    """A generated press-conference transcript of about ``n_chars``: many question/answer turns
    with quotes, reported speech, sources and pronouns."""
    rng = random.Random(seed)
    outlets = ["Reuters", "AFP", "Bloomberg", "CCTV", "Global Times"]
    parts = [
        "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 12, 2025\n"
    ]
    size = len(parts[0])
    while size < n_chars:
        q = (
            f"{rng.choice(outlets)}: According to the World Bank, exports rose "
            f"{rng.randint(1, 30)}% last year. What is your comment?\n"
        )
        a = (
            f"Mao Ning: The figure is {rng.randint(1, 99)} percent, and Foreign Minister Wang Yi "
            f"said that trade grew by {rng.randint(1, 9)}.{rng.randint(0, 9)}% in "
            f'{rng.randint(2000, 2024)}. "We have built {rng.randint(10, 900)} schools," he said.'
            f" He noted that {rng.randint(1, 90)} million people benefit.\n"
        )
        parts += [q, a]
        size += len(q) + len(a)
    return "".join(parts)


def bench_scaling() -> None:
    """Throughput on transcripts of growing length, and on the synthetic corpus."""
    print("long transcripts (attribution + dates, best of 3):")
    for n in (37_500, 75_000, 150_000, 300_000):
        doc = load_text(transcript(n), name="t.txt", meta=DocumentMeta(genre="transcript"))
        print(f"  {len(doc.text) / 1000:6.0f} kchars: {_best_rate([doc]) / 1e6:.2f} MB/s")
    from benchmarks.synthetic import synthetic_documents

    docs = list(synthetic_documents(20_000))
    chars = sum(len(d.text) for d in docs)
    rate = _best_rate(docs, runs=1)
    print(
        f"synthetic_documents(20000): {len(docs)} docs, {chars / 1000:.0f} kchars, "
        f"{rate / 1e6:.2f} MB/s, {1000 * chars / rate / len(docs):.2f} ms/doc"
    )


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
    rate = _best_rate(list(docs.values()), REPEAT)
    tracemalloc.start()
    for doc in docs.values():
        stated_dates(doc, attribute(doc))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    chars = sum(len(d.text) for d in docs.values())
    print(f"{corpus}")
    print(f"  required gold mentions: {n} in {len(docs)} documents")
    print(f"  speaker accuracy: {speaker_ok}/{n} = {speaker_ok / n:.3f}")
    print(f"  date accuracy:    {date_ok}/{n} = {date_ok / n:.3f}")
    print(
        f"  throughput: {rate / 1e6:.2f} MB/s (best of 3, {REPEAT} passes); "
        f"latency {1000 * chars / rate / len(docs):.2f} ms/doc"
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
    if not argv:
        bench_scaling()


if __name__ == "__main__":
    main(sys.argv[1:])
