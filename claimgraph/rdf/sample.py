"""Regenerate ``exports/sample.ttl``: the export of the sample corpus (tests/corpus).

Run ``python -m claimgraph.rdf.sample`` from the repository root; ``--check`` exits 1 when the
checked-in file is stale instead of writing it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from claimgraph.models import GraphSnapshot
from claimgraph.rdf.serialize import to_turtle, with_findings

__all__ = ["ROOT", "SAMPLE", "sample_snapshot", "sample_turtle"]

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "exports" / "sample.ttl"
CORPUS = ROOT / "tests" / "corpus"


def sample_snapshot(corpus: Path = CORPUS) -> GraphSnapshot:
    """Ingest the sample corpus with its manifest into an in-memory graph, with findings.

    Source paths are made relative to the repository, so that the export is the same in every
    checkout (a clone elsewhere, CI).
    """
    from claimgraph.graph import ClaimGraph

    with ClaimGraph(None) as graph:
        graph.ingest([corpus / "docs"], manifest=corpus / "manifest.jsonl")
        snapshot = with_findings(graph.snapshot())
    documents = tuple(
        d.model_copy(update={"source_path": _relative(d.source_path)}) for d in snapshot.documents
    )
    return snapshot.model_copy(update={"documents": documents})


def _relative(path: str | None) -> str | None:
    if path is None or not Path(path).is_absolute():
        return path
    try:
        return Path(path).resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path


def sample_turtle() -> str:
    """The Turtle ``exports/sample.ttl`` should hold."""
    return to_turtle(sample_snapshot())


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) exports/sample.ttl."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = parser.parse_args(argv)
    text = sample_turtle()
    if args.check:
        current = SAMPLE.read_text(encoding="utf-8") if SAMPLE.is_file() else ""
        if current != text:
            print(f"{SAMPLE} is stale: run python -m claimgraph.rdf.sample", file=sys.stderr)
            return 1
        return 0
    SAMPLE.parent.mkdir(parents=True, exist_ok=True)
    SAMPLE.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {SAMPLE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
