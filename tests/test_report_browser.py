"""The report of the sample corpus in headless Chromium: the DOM after its script ran.

The graph is the sample corpus resolved by the real ClaimGraph and tracked by the real
``find_findings``; the page is opened from a file (no server, no network) with filters in the
address, and screenshots are saved at desktop and phone widths.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass, field
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import MAO_FIGURES

from claimgraph.graph import ClaimGraph
from claimgraph.models import Finding, GraphSnapshot
from claimgraph.report import write_report
from claimgraph.track import find_findings

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt install chromium)"),
]
FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync "
    "--virtual-time-budget=5000 --hide-scrollbars"
).split()


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self, tag: str | None = None) -> list[Node]:
        found = [self] if tag in (None, self.tag) else []
        for child in self.children:
            if isinstance(child, Node):
                found.extend(child.iter(tag))
        return found

    def by_id(self, ident: str) -> Node:
        for node in self.iter():
            if node.attrs.get("id") == ident:
                return node
        raise AssertionError(f"no element #{ident}")


class _TreeBuilder(HTMLParser):
    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr", "col"}

    def __init__(self) -> None:
        super().__init__()
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in self.VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _dom(html: str) -> Node:
    builder = _TreeBuilder()
    builder.feed(html)
    builder.close()
    return builder.root


def _chromium(tmp: Path, url: str, *extra: str) -> str:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    result = subprocess.run(
        [CHROMIUM or "chromium", *FLAGS, f"--user-data-dir={profile}", *extra, url],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp)},
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.fixture(scope="module")
def tracked() -> tuple[GraphSnapshot, list[Finding]]:
    """The real sample corpus, read, extracted, resolved and tracked by the real pipeline."""
    corpus = Path(__file__).parent / "corpus"
    graph = ClaimGraph(db=None)
    graph.ingest([corpus / "docs"], manifest=corpus / "manifest.jsonl")
    snapshot = graph.snapshot()
    return snapshot, find_findings(snapshot)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory, tracked: tuple) -> Path:  # type: ignore[type-arg]
    snapshot, findings = tracked
    return write_report(snapshot, tmp_path_factory.mktemp("report") / "report.html", findings)


def _rows(dom: Node, section: str) -> list[Node]:
    return [tr for tr in dom.by_id(f"list-{section}").iter("tr") if tr.iter("td")]


def test_report_browser_shows_mao_nings_six_figures(
    page: Path,
    tmp_path: Path,
    tracked: tuple,  # type: ignore[type-arg]
) -> None:
    dom = _dom(_chromium(tmp_path, page.as_uri(), "--dump-dom"))
    speakers = {a.attrs["data-speaker"]: a for a in dom.by_id("list-speakers").iter("article")}
    mao = speakers["Mao Ning"]
    figures = {li.iter("a")[0].text(): li.attrs["data-day"] for li in mao.iter("li")}
    for figure in MAO_FIGURES:
        assert figures.get(figure) == "2024-12-10", figures
    total = len(tracked[0].mentions)
    assert dom.by_id("status").text().startswith(f"Showing {total} of {total}")
    quotes = _rows(dom, "quotes")
    assert 0 < len(quotes) <= total  # paged: the first page of quotes is in the DOM
    marks = {m.text() for m in dom.by_id("list-quotes").iter("mark")}
    assert marks <= {m.number for m in tracked[0].mentions}


def test_report_browser_shows_the_udhr_base_year(page: Path, tmp_path: Path) -> None:
    dom = _dom(_chromium(tmp_path, page.as_uri(), "--dump-dom"))
    findings = dom.by_id("list-consistency").iter("article")
    udhr = [
        f for f in findings if "1948" in f.text() and "universal declaration" in f.text().lower()
    ]
    assert len(udhr) == 1, [f.text() for f in findings]
    assert udhr[0].attrs["data-kind"] == "consistent_with"
    linked = " ".join(a.text() for a in udhr[0].iter("a"))
    assert "76th anniversary" in linked and "77 years" in linked


@pytest.mark.parametrize(
    ("address", "speaker", "days"),
    [
        ("#speaker=" + quote("Guo Jiakun"), "Guo Jiakun", {"2025-12-10"}),
        ("?speaker=" + quote("Mao Ning") + "&from=2024-12-01&to=2024-12-31", "Mao Ning",
         {"2024-12-10"}),
    ],
)  # fmt: skip
def test_report_browser_filters_from_the_address(
    page: Path, tmp_path: Path, address: str, speaker: str, days: set[str]
) -> None:
    dom = _dom(_chromium(tmp_path, page.as_uri() + address, "--dump-dom"))
    rows = _rows(dom, "quotes")
    assert rows
    assert {r.attrs["data-speaker"] for r in rows} == {speaker}
    assert {r.attrs["data-day"] for r in rows} == days
    shown = [a.attrs["data-speaker"] for a in dom.by_id("list-speakers").iter("article")]
    assert shown == [speaker]
    select = dom.by_id("f-speaker")
    assert [o.attrs.get("value") for o in select.iter("option") if "selected" in o.attrs] in (
        [speaker],
        [],  # the DOM serialiser may leave `selected` out; the status line says it
    )
    assert f"speaker {speaker}" in dom.by_id("status").text()


def test_report_browser_claim_link_filters_to_its_quotes(
    page: Path,
    tmp_path: Path,
    tracked: tuple,  # type: ignore[type-arg]
) -> None:
    snapshot, _ = tracked
    claim = next(c for c in snapshot.claims if c.value == Decimal("78.6"))
    dom = _dom(_chromium(tmp_path, page.as_uri() + f"#claim={claim.id}", "--dump-dom"))
    rows = _rows(dom, "quotes")
    assert len(rows) == len(claim.mention_ids) == 2
    assert all(r.iter("mark")[0].text() == "78.6 years" for r in rows)


@pytest.mark.parametrize(("label", "size"), [("desktop", "1280,1800"), ("phone", "390,844")])
def test_report_browser_screenshots(page: Path, tmp_path: Path, label: str, size: str) -> None:
    shot = Path(os.environ.get("CLAIMGRAPH_SCREENSHOTS", tmp_path)) / f"report-{label}.png"
    _chromium(tmp_path, page.as_uri(), f"--window-size={size}", f"--screenshot={shot}")
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width == int(size.split(",")[0])
