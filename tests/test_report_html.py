"""The HTML report as text: self-contained, escaped, data complete, charts only where due."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import MAO_FIGURES

from claimgraph.models import GraphSnapshot
from claimgraph.report import render_report, report_data, write_report


def _embedded(page: str) -> dict:  # type: ignore[type-arg]
    match = re.search(r'<script type="application/json" id="cg-data">(.*?)</script>', page, re.S)
    assert match, "no embedded data"
    return json.loads(match.group(1))  # type: ignore[no-any-return]


class _Checker(HTMLParser):
    """Collects the tags and checks that every opened element is closed in order."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "wbr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes <{self.stack[-1:]}>"
        self.stack.pop()


def _parse(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    return checker


@pytest.mark.parametrize("builder", ["gold_snapshot", "timeline_snapshot"])
def test_html_report_is_self_contained_and_well_nested(
    builder: str, request: pytest.FixtureRequest
) -> None:
    page = render_report(request.getfixturevalue(builder))
    tags = _parse(page).tags
    for tag, attrs in tags:
        assert not (
            tag in ("script", "img", "iframe", "link") and ("src" in attrs or "href" in attrs)
        )
    assert "@import" not in page and "url(" not in page and "//fonts." not in page
    assert any(t == "meta" and a.get("name") == "viewport" for t, a in tags)
    labels = {a.get("for") for t, a in tags if t == "label"}
    inputs = {a.get("id") for t, a in tags if t in ("input", "select")}
    assert inputs <= labels  # every control has a label
    assert tags[next(i for i, (t, _) in enumerate(tags) if t == "body") + 1][1]["href"] == "#main"


def test_html_report_embeds_every_mention_with_offsets(gold_snapshot: GraphSnapshot) -> None:
    snapshot = gold_snapshot
    data = _embedded(render_report(snapshot))
    fields = data["fields"]["mentions"]
    rows = [dict(zip(fields, row, strict=True)) for row in data["mentions"]]
    assert len(rows) == len(snapshot.mentions)
    texts = {d.name: d.text for d in snapshot.documents}
    for row in rows:
        doc = data["documents"][row["doc"]][0]
        assert texts[doc][row["start"] : row["end"]] == row["number"]
        assert row["sentence"][row["hlStart"] : row["hlEnd"]] == row["number"]
    mao = {r["number"] for r in rows if data["speakers"][r["speaker"]] == "Mao Ning"}
    assert set(MAO_FIGURES) <= mao
    assert data["overview"] == {
        "documents": 5, "briefings": 2, "speakers": 5, "publishers": 5, "claims": 18,
        "mentions": 30, "metrics": 18, "findings": 1,
    }  # fmt: skip


def test_html_report_lists_the_udhr_consistency_finding(gold_snapshot: GraphSnapshot) -> None:
    data = report_data(gold_snapshot)
    (finding,) = data["findings"]
    kind, reason, claims, year, _ = finding
    assert (kind, year) == ("consistent_with", 1948)
    values = sorted(data["claims"][i][1] for i in claims)
    assert values == ["76th anniversary", "77 years"]


@pytest.mark.parametrize(("builder", "charts"), [("gold_snapshot", 0), ("timeline_snapshot", 1)])
def test_html_report_charts_only_metrics_with_several_dated_values(
    builder: str, charts: int, request: pytest.FixtureRequest
) -> None:
    data = report_data(request.getfixturevalue(builder))
    assert len(data["charts"]) == charts
    for chart in data["charts"]:
        row = dict(zip(data["fields"]["charts"], chart, strict=True))
        assert row["points"] >= 2
        assert row["svg"].count('<a class="pt"') == row["points"]


def test_html_report_single_source_claims(gold_snapshot: GraphSnapshot) -> None:
    data = report_data(gold_snapshot)
    fields = data["fields"]["claims"]
    single = {row[fields.index("value")] for row in data["claims"] if row[fields.index("single")]}
    # the CGTN and Zhitongcaijing reports are two sources; 000/001 are one syndicated story
    assert "80th anniversary" not in single
    assert {"more than 2,700,000", "over 200"} & single or "more than 2,700,000" in single


HOSTILE = '</script><script>alert("x")</script><img src=x onerror=alert(1)>'


def _hostile(snapshot: GraphSnapshot) -> GraphSnapshot:
    claims = tuple(c.model_copy(update={"metric": HOSTILE}) for c in snapshot.claims)
    metrics = tuple(m.model_copy(update={"label": HOSTILE}) for m in snapshot.metrics)
    persons = tuple(p.model_copy(update={"name": HOSTILE}) for p in snapshot.persons)
    mentions = tuple(m.model_copy(update={"speaker": HOSTILE}) for m in snapshot.mentions)
    return snapshot.model_copy(
        update={"claims": claims, "metrics": metrics, "persons": persons, "mentions": mentions}
    )


@pytest.mark.parametrize("builder", ["gold_snapshot", "timeline_snapshot"])
def test_html_report_escapes_every_text(builder: str, request: pytest.FixtureRequest) -> None:
    page = render_report(_hostile(request.getfixturevalue(builder)), title=HOSTILE)
    assert HOSTILE not in page
    assert "<img" not in page
    assert page.count("<script") == 2  # the data and the code, nothing injected
    assert _embedded(page)["speakers"] == [HOSTILE]  # the data survives, escaped


@pytest.mark.parametrize("name", ["r.html", "a/b/c.html"])
def test_html_write_report_creates_folders(
    tmp_path: Path, name: str, gold_snapshot: GraphSnapshot
) -> None:
    path = write_report(gold_snapshot, tmp_path / name)
    assert path == tmp_path / name
    assert path.read_text(encoding="utf-8") == render_report(gold_snapshot)


def test_html_report_is_deterministic(gold_snapshot: GraphSnapshot) -> None:
    assert render_report(gold_snapshot) == render_report(gold_snapshot.model_copy())
