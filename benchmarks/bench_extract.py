"""Benchmark the claim extractor against quantulum3: throughput, latency, memory and accuracy.

Run: ``python -m benchmarks.bench_extract [--repeat N] [--gold GOLD.jsonl --docs DIR]...``

Accuracy uses the evaluation's matching rule: a prediction matches a gold mention of the same
document when the number spans overlap and the values agree within 0.5%; gold ``optional``
mentions are neither required nor counted wrong. Our side is scored twice: the number grammar
alone (:func:`find_quantities` over the whole text) and the full claim filter
(:func:`find_drafts` over the segmented document, metric checked with the evaluator's rule).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import time
import tracemalloc
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

from claimgraph.extract.claims import find_drafts
from claimgraph.extract.numbers import find_quantities
from claimgraph.ingest import iter_documents, load_document
from claimgraph.models import Document

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "tests" / "corpus" / "gold.jsonl", ROOT / "tests" / "corpus" / "docs")
Span = tuple[int, int, float]


def _gold(path: Path) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            g = json.loads(line)
            out.setdefault(str(g["doc"]), []).append(g)
    return out


def _score(
    pred: dict[str, list[Span]], gold: dict[str, list[dict[str, object]]]
) -> dict[str, float]:
    tp = fp = fn = 0
    for doc, spans in pred.items():
        mine = gold.get(doc, [])
        used: set[int] = set()
        for start, end, value in spans:
            hit = None
            for k, g in enumerate(mine):
                gs, ge, gv = int(str(g["start"])), int(str(g["end"])), float(str(g["value"]))
                if gs < end and start < ge and abs(value - gv) <= 0.005 * max(abs(gv), 1e-9):
                    hit = k
                    break
            if hit is None:
                fp += 1
            else:
                used.add(hit)
                tp += 0 if mine[hit].get("optional") else 1
        fn += sum(1 for k, g in enumerate(mine) if k not in used and not g.get("optional"))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _timed(fn: Callable[[], int], repeat: int) -> tuple[float, int]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = fn()
        best = min(best, time.perf_counter() - t0)
    return best, count


def _quantulum() -> Callable[[str], list[Span]] | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except Exception:  # pragma: no cover - optional comparison
        return None

    def run(text: str) -> list[Span]:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = parser.parse(text)
        return [(q.span[0], q.span[1], float(q.value)) for q in found]

    return run


def bench(sets: Iterable[tuple[Path, Path]], repeat: int) -> None:
    """Print throughput and accuracy of our extractor and quantulum3 on each gold set."""
    quant = _quantulum()
    for gold_path, docs_dir in sets:
        gold = _gold(gold_path)
        paths = sorted(p for p in docs_dir.iterdir() if p.name in gold or p.suffix == ".txt")
        docs = [load_document(p) for p in paths]
        size = sum(len(d.text.encode("utf-8")) for d in docs)
        print(f"\n== {gold_path} ({len(docs)} documents, {size / 1024:.1f} KiB)")

        def ours_numbers(docs: list[Document] = docs) -> int:
            return sum(len(find_quantities(d.text)) for d in docs)

        def ours_drafts(docs: list[Document] = docs) -> int:
            return sum(len(find_drafts(d)) for d in docs)

        tracemalloc.start()
        ours_drafts()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        for label, fn in (("numbers", ours_numbers), ("drafts", ours_drafts)):
            secs, count = _timed(fn, repeat)
            print(
                f"claimgraph {label:8s} {size / secs / 1e6:8.2f} MB/s"
                f"  {count / secs:10.0f} mentions/s"
                f"  {secs / len(docs) * 1000:7.3f} ms/doc"
            )
        print(f"claimgraph drafts peak traced memory {peak / 1e6:.2f} MB")
        pred_numbers = {
            d.name: [(q.start, q.end, float(q.value)) for q in find_quantities(d.text)]
            for d in docs
        }
        pred_drafts = {
            d.name: [
                (x.quantity.start, x.quantity.end, float(x.quantity.value)) for x in find_drafts(d)
            ]
            for d in docs
        }
        print("claimgraph numbers accuracy", _fmt(_score(pred_numbers, gold)))
        print("claimgraph drafts  accuracy", _fmt(_score(pred_drafts, gold)))
        _attributes(docs, gold)
        if quant is None:
            print("quantulum3 not installed: no comparison")
            continue
        q_repeat = max(1, repeat // 10)

        def theirs(docs: list[Document] = docs, quant: Callable[[str], list[Span]] = quant) -> int:
            return sum(len(quant(d.text)) for d in docs)

        secs, count = _timed(theirs, q_repeat)
        print(
            f"quantulum3          {size / secs / 1e6:8.2f} MB/s  {count / secs:10.0f} mentions/s"
            f"  {secs / len(docs) * 1000:7.3f} ms/doc"
        )
        print(
            "quantulum3 accuracy        ", _fmt(_score({d.name: quant(d.text) for d in docs}, gold))
        )
        ours, _ = _timed(ours_drafts, repeat)
        print(f"speed-up of claimgraph drafts over quantulum3: {secs / ours:.0f}x")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS of the benchmark process {rss:.0f} MB")


def _attributes(docs: list[Document], gold: dict[str, list[dict[str, object]]]) -> None:
    try:
        from claimgraph.evaluate import metric_matches
    except ImportError:  # pragma: no cover - the evaluator is another stage
        return
    n = 0
    right = dict.fromkeys(("qualifier", "unit", "kind", "metric"), 0)
    for d in docs:
        for x in find_drafts(d):
            q = x.quantity
            for g in gold.get(d.name, []):
                if (
                    int(str(g["start"])) < q.end
                    and q.start < int(str(g["end"]))
                    and not g.get("optional")
                ):
                    n += 1
                    right["qualifier"] += q.qualifier == g["qualifier"]
                    right["unit"] += q.unit == g["unit"]
                    right["kind"] += x.kind == g["kind"]
                    right["metric"] += metric_matches(x.metric, str(g["metric"]))
                    break
    print(
        "claimgraph drafts  attributes on matched:",
        ", ".join(f"{k} {v / max(n, 1):.3f}" for k, v in right.items()),
    )


_SUBJECT_STOP = frozenset("the a an of and 's s".split())


def _subject_words(text: str | None) -> set[str]:
    if not text:
        return set()
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'").replace("'s", ""))
    return {w for w in words if w not in _SUBJECT_STOP}


def subject_overlap(predicted: str | None, gold: str | None) -> float:
    """Normalised token overlap (F1 of content words) of two subjects; 1.0 when both are null.

    >>> subject_overlap("the Jakarta-Bandung railway", "Jakarta-Bandung high speed railway")
    0.75
    >>> subject_overlap(None, None), subject_overlap("US", None)
    (1.0, 0.0)
    """
    p, g = _subject_words(predicted), _subject_words(gold)
    if not p and not g:
        return 1.0
    shared = len(p & g)
    return 2 * shared / (len(p) + len(g)) if shared else 0.0


def subjects(gold_path: Path, manifest: Path, *, show: bool = False) -> tuple[float, int]:
    """Subject accuracy of the drafts that match gold mentions (overlap >= 0.5 is right).

    Returns:
        (accuracy, number of matched gold mentions)
    """
    gold = _gold(gold_path)
    right = n = 0
    for doc in iter_documents([], manifest=manifest):
        for x in find_drafts(doc):
            q = x.quantity
            for g in gold.get(doc.name, []):
                gs, ge = int(str(g["start"])), int(str(g["end"]))
                if gs < q.end and q.start < ge and "subject" in g:
                    n += 1
                    want = g["subject"] if isinstance(g["subject"], str) else None
                    ok = subject_overlap(x.subject, want) >= 0.5
                    right += ok
                    if show and not ok:
                        print(f"  {doc.name[:24]} {q.text!r:28} got {x.subject!r} want {want!r}")
                    break
    return right / max(n, 1), n


def _fmt(s: dict[str, float]) -> str:
    return f"P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"


def main() -> None:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--repeat", type=int, default=20, help="runs per timing (best is kept)")
    ap.add_argument("--gold", type=Path, action="append", default=[], help="gold JSONL file")
    ap.add_argument("--docs", type=Path, action="append", default=[], help="its documents")
    ap.add_argument(
        "--subjects",
        type=Path,
        nargs=2,
        action="append",
        default=[],
        metavar=("GOLD", "MANIFEST"),
        help="only score subjects of a gold set against its manifest (repeatable)",
    )
    ap.add_argument("--show", action="store_true", help="print each wrong subject")
    args = ap.parse_args()
    if args.subjects:
        for gold_path, manifest in args.subjects:
            acc, n = subjects(gold_path, manifest, show=args.show)
            print(f"subject accuracy {acc:.3f} on {n} matched mentions of {gold_path}")
        return
    sets = list(zip(args.gold, args.docs, strict=True)) or [SAMPLE]
    bench(sets, args.repeat)


if __name__ == "__main__":
    main()
