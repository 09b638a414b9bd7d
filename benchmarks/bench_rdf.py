"""RDF export and import speed on the synthetic graph, against rdflib's own serialisers.

Run: ``python -m benchmarks.bench_rdf [--mentions 100000] [--skip-rdflib]``

Prints triples/s for our Turtle and N-Triples writers and for import (pyoxigraph parse + models),
rdflib's Graph.serialize of the same triples (Turtle and N-Triples), the peak memory (max RSS)
after each step, and checks that our Turtle parses to exactly the triples rdflib holds. The
import is also run alone in a fresh process, so its own peak memory is measured without the
snapshot the benchmark holds (``--import-only FILE`` is that child).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from benchmarks.synthetic import synthetic_snapshot
from claimgraph.rdf import from_rdf, to_rdf, write_export


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _hwm_mb() -> float:
    """Peak RSS of this process image (VmHWM): unlike ru_maxrss, not inherited over fork/exec."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return _rss_mb()  # pragma: no cover - not Linux


def _triples(path: Path, fmt: ox.RdfFormat) -> set[tuple[str, str, str]]:
    return {
        (str(q.subject), str(q.predicate), str(q.object))
        for q in ox.parse(path=str(path), format=fmt)
    }


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mentions", type=int, default=100_000)
    parser.add_argument("--skip-rdflib", action="store_true", help="skip the slow rdflib runs")
    parser.add_argument("--import-only", type=Path, help="only import this file, print peak RSS")
    args = parser.parse_args(argv)
    if args.import_only is not None:
        before = _hwm_mb()
        t = time.perf_counter()
        back = from_rdf(args.import_only)
        print(
            f"{time.perf_counter() - t:.2f} s, {len(back.mentions)} mentions, "
            f"peak RSS {_hwm_mb():.0f} MB (at start {before:.0f} MB)"
        )
        return

    t = time.perf_counter()
    snapshot = synthetic_snapshot(args.mentions)
    print(
        f"snapshot: {len(snapshot.documents)} documents, {len(snapshot.mentions)} mentions, "
        f"{len(snapshot.claims)} claims ({time.perf_counter() - t:.1f} s to load/build), "
        f"max RSS {_rss_mb():.0f} MB"
    )
    with tempfile.TemporaryDirectory() as tmp:
        ttl, nt = Path(tmp) / "out.ttl", Path(tmp) / "out.nt"
        t = time.perf_counter()
        write_export(snapshot, ttl, format="turtle")
        t_ttl = time.perf_counter() - t
        t = time.perf_counter()
        write_export(snapshot, nt, format="nt")
        t_nt = time.perf_counter() - t
        n = sum(1 for _ in ox.parse(path=str(nt), format=ox.RdfFormat.N_TRIPLES))
        print(f"triples: {n:,}  Turtle file {ttl.stat().st_size / 1e6:.1f} MB")
        print(
            f"ours   Turtle export:    {t_ttl:6.2f} s  {n / t_ttl:>10,.0f} triples/s"
            f"  max RSS {_rss_mb():.0f} MB"
        )
        print(f"ours   N-Triples export: {t_nt:6.2f} s  {n / t_nt:>10,.0f} triples/s")

        t = time.perf_counter()
        back = from_rdf(ttl)
        t_imp = time.perf_counter() - t
        print(
            f"ours   import (Turtle):  {t_imp:6.2f} s  {n / t_imp:>10,.0f} triples/s"
            f"  max RSS {_rss_mb():.0f} MB"
        )
        assert len(back.mentions) == len(snapshot.mentions)
        del back
        child = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_rdf", "--import-only", str(ttl)],
            capture_output=True,
            text=True,
            check=True,
        )
        print(f"ours   import alone (fresh process): {child.stdout.strip()}")

        ours = _triples(ttl, ox.RdfFormat.TURTLE)
        assert ours == _triples(nt, ox.RdfFormat.N_TRIPLES), "Turtle and N-Triples differ"
        del ours
        if args.skip_rdflib:
            return
        t = time.perf_counter()
        graph = to_rdf(snapshot)
        t_build = time.perf_counter() - t
        print(
            f"rdflib build Graph:      {t_build:6.2f} s  (not counted below)"
            f"  max RSS {_rss_mb():.0f} MB"
        )
        rd_ttl, rd_nt = Path(tmp) / "rdflib.ttl", Path(tmp) / "rdflib.nt"
        t = time.perf_counter()
        graph.serialize(rd_ttl, format="turtle")
        r_ttl = time.perf_counter() - t
        t = time.perf_counter()
        graph.serialize(rd_nt, format="nt")
        r_nt = time.perf_counter() - t
        print(
            f"rdflib Turtle serialize: {r_ttl:6.2f} s  {n / r_ttl:>10,.0f} triples/s"
            f"  max RSS {_rss_mb():.0f} MB"
        )
        print(f"rdflib N-Triples:        {r_nt:6.2f} s  {n / r_nt:>10,.0f} triples/s")
        print(f"speed-up: Turtle {r_ttl / t_ttl:.1f}x, N-Triples {r_nt / t_nt:.1f}x")
        same = _triples(rd_nt, ox.RdfFormat.N_TRIPLES) == _triples(ttl, ox.RdfFormat.TURTLE)
        print(f"our Turtle holds exactly rdflib's triples (no blank nodes: isomorphic): {same}")
        assert same


if __name__ == "__main__":
    main()
