"""Benchmark of the report: the HTML page and the cards of a 100,000-mention synthetic graph.

Run: ``python -m benchmarks.bench_report [--size 100000] [--browser]``. Prints the time to
track findings, to build the page (``render_report``), its size (and the size of its embedded
data), the time of a claim card and a document card, the peak Python memory of the page build
(tracemalloc, in a separate run) and the process's peak resident memory. With ``--browser`` it
also opens the page in headless Chromium and times how long the page takes to load, run its
script and paint, with and without a speaker filter.
"""

from __future__ import annotations

import argparse
import gc
import re
import resource
import shutil
import subprocess
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.synthetic import synthetic_snapshot
from claimgraph.report import claim_card, document_card, render_report, to_text
from claimgraph.track import find_findings


def _timed(func: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


def _peak_mib(func: Callable[[], Any]) -> float:
    gc.collect()
    tracemalloc.start()
    func()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def _browser(page: Path, address: str) -> tuple[float, int, int]:
    """Seconds for headless Chromium to load the page and dump its DOM, milliseconds the page's
    script took to filter and draw (its ``data-render-ms``), and the quote rows drawn."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("--browser needs chromium")
    with tempfile.TemporaryDirectory() as profile:
        start = time.perf_counter()
        done = subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", "--virtual-time-budget=30000",
             "--dump-dom", page.as_uri() + address],
            capture_output=True, text=True, timeout=600, check=True,
        )  # fmt: skip
        seconds = time.perf_counter() - start
    quotes = done.stdout.split('id="list-quotes"', 1)[-1].split("</section>", 1)[0]
    script = re.search(r'data-render-ms="(\d+)"', done.stdout)
    return seconds, int(script.group(1)) if script else -1, len(re.findall(r"<tr data-", quotes))


def main() -> None:
    """Run the benchmark and print its numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=100_000, help="mentions in the graph")
    parser.add_argument("--browser", action="store_true", help="also time headless Chromium")
    parser.add_argument("--out", default="benchmarks/out/report.html", help="page to write")
    args = parser.parse_args()

    load, snapshot = _timed(lambda: synthetic_snapshot(args.size))
    print(
        f"{len(snapshot.mentions):,} mentions, {len(snapshot.claims):,} claims, "
        f"{len(snapshot.metrics):,} metrics, {len(snapshot.documents):,} documents "
        f"(snapshot ready in {load:.1f} s)"
    )
    track_s, findings = _timed(lambda: find_findings(snapshot))
    print(f"find_findings:      {track_s:7.2f} s  ({len(findings):,} findings)")
    build_s, page = _timed(lambda: render_report(snapshot, findings))
    data = re.search(r'id="cg-data">(.*?)</script>', page, re.S)
    data_bytes = len(data.group(1).encode("utf-8")) if data else 0
    size = len(page.encode("utf-8"))
    charts = page.count('class=\\"timeline\\"')
    print(
        f"render_report:      {build_s:7.2f} s  ({size / 2**20:.1f} MiB page, "
        f"{data_bytes / 2**20:.1f} MiB of it JSON data, {charts:,} timeline charts)"
    )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    claim = max(snapshot.claims, key=lambda c: len(c.mention_ids))
    card_s, card = _timed(lambda: to_text(claim_card(snapshot, claim.id, findings)))
    print(f"claim_card:         {card_s:7.2f} s  ({len(claim.mention_ids)} mentions, "
          f"{card.count(chr(10)):,} lines)")  # fmt: skip
    doc_s, _ = _timed(lambda: to_text(document_card(snapshot, snapshot.documents[0].id)))
    print(f"document_card:      {doc_s:7.2f} s")
    peak = _peak_mib(lambda: render_report(snapshot, findings))
    print(f"render_report peak: {peak:7.1f} MiB (tracemalloc)")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS:   {rss:7.1f} MiB")
    print(f"wrote {out}")
    if args.browser:
        speaker = next(m.speaker for m in snapshot.mentions if m.speaker)
        for address in ("", f"#speaker={speaker.replace(' ', '%20')}"):
            seconds, script_ms, rows = _browser(out.resolve(), address)
            print(
                f"chromium {address or '(no filter)'}: {seconds:.1f} s from start to DOM dump, "
                f"script {script_ms} ms to parse the data, filter and draw, "
                f"{rows} quote rows in the DOM"
            )


if __name__ == "__main__":
    main()
