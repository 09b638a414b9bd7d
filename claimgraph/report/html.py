"""The self-contained HTML report: one file, inline CSS/JS/SVG, no network at all.

The page is static HTML for what is small (overview, legend, filter form) and JSON for what can
be large (mentions, claims, charts, findings): the inline script renders the JSON as paged lists,
so a graph of 100,000 mentions never becomes 100,000 DOM rows. Filters (speaker, metric, date
range, claim) live in the URL hash, e.g. ``report.html#speaker=Guo%20Jiakun``.
"""

from __future__ import annotations

import datetime as _dt
import json
from collections import defaultdict
from collections.abc import Iterable
from html import escape
from importlib import resources
from pathlib import Path
from typing import Any

from claimgraph.models import Claim, Finding, GraphSnapshot, Mention
from claimgraph.report._index import ReportIndex, format_claim_value
from claimgraph.report.svg import ChartPoint, legend_svg, timeline_svg

__all__ = ["render_report", "report_data", "write_report"]

_ASSETS = "assets"


def _asset(name: str) -> str:
    return resources.files("claimgraph.report").joinpath(_ASSETS, name).read_text("utf-8")


def _script_json(value: Any) -> str:
    """JSON safe inside ``<script>``: no ``<``, ``>`` or ``&`` can end the element."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _highlight(mention: Mention) -> tuple[int, int]:
    """Where the number sits inside its sentence, or (-1, -1) when it cannot be found."""
    start = mention.start - mention.sentence_start
    end = mention.end - mention.sentence_start
    if 0 <= start < end <= len(mention.sentence) and mention.sentence[start:end] == mention.number:
        return start, end
    found = mention.sentence.find(mention.number)
    return (found, found + len(mention.number)) if found >= 0 else (-1, -1)


def _charts(index: ReportIndex, claim_pos: dict[str, int]) -> list[list[Any]]:
    """One timeline per metric and unit with more than one dated value, biggest first."""
    groups: dict[tuple[str, str | None], dict[tuple[str, str], list[Mention]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for claim in index.snapshot.claims:
        for mention in index.mentions_of_claim.get(claim.id, ()):
            day = index.day(mention)
            if day is not None:
                groups[(claim.metric_id, claim.unit)][(day.isoformat(), claim.id)].append(mention)
    charts: list[list[Any]] = []
    for (metric_id, unit), by_point in groups.items():
        if len(by_point) < 2:
            continue
        metric = index.metrics.get(metric_id)
        claims = {cid: index.claims[cid] for _, cid in by_point}
        title = _metric_title(claims[next(iter(claims))], metric.label if metric else None)
        points = []
        speakers: set[str] = set()
        for (day_text, claim_id), mentions in sorted(by_point.items()):
            claim = claims[claim_id]
            who = sorted({m.speaker or "unattributed" for m in mentions})
            speakers.update(m.speaker for m in mentions if m.speaker)
            names = ", ".join(who[:3]) + (f" and {len(who) - 3} more" if len(who) > 3 else "")
            count = f"{len(mentions)} mention{'s' if len(mentions) != 1 else ''}"
            tooltip = f"{format_claim_value(claim)} on {day_text}: {names} ({count})"
            points.append(
                ChartPoint(
                    day=_dt.date.fromisoformat(day_text),
                    value=claim.value,
                    qualifier=claim.qualifier,
                    low=claim.low,
                    high=claim.high,
                    tooltip=tooltip,
                    href=f"#claim={claim_id}",
                )
            )
        days = sorted(day for day, _ in by_point)
        svg = timeline_svg(points, title=title, unit=unit, ident=f"c{len(charts)}")
        charts.append(
            [
                metric_id,
                title,
                unit or "",
                svg,
                sorted(speakers),
                days[0],
                days[-1],
                len(points),
                sorted(claim_pos[c] for c in claims),
            ]
        )
    charts.sort(key=lambda c: (-c[7], c[1], c[2]))
    return charts


def _metric_title(claim: Claim, label: str | None) -> str:
    text = label or claim.metric
    return f"{text} ({claim.subject})" if claim.subject else text


def report_data(
    snapshot: GraphSnapshot, findings: Iterable[Finding] | None = None
) -> dict[str, Any]:
    """The data the page embeds, as compact JSON-ready lists (rows, not objects).

    Args:
        snapshot: the graph to report on.
        findings: tracking results to show besides ``snapshot.findings``.

    Returns:
        A dict with ``overview``, ``speakers``, ``documents``, ``metrics``, ``claims``,
        ``mentions``, ``charts`` and ``findings``; the field order of each row is in ``fields``.
    """
    index = ReportIndex.build(snapshot, findings)
    return _report_data(index)


def _report_data(index: ReportIndex) -> dict[str, Any]:
    snapshot = index.snapshot
    speakers = index.speakers()
    speaker_pos = {name: i for i, name in enumerate(speakers)}
    roles: dict[str, str] = {}
    for person in snapshot.persons:
        if person.roles:
            role = person.roles[-1]
            roles[person.name] = ", ".join(x for x in (role.title, role.organization) if x)
    docs = sorted(snapshot.documents, key=lambda d: (str(d.published_day or ""), d.name))
    doc_pos = {d.id: i for i, d in enumerate(docs)}
    metric_ids = sorted({c.metric_id for c in snapshot.claims})
    metric_pos = {m: i for i, m in enumerate(metric_ids)}
    claims = sorted(snapshot.claims, key=lambda c: (c.metric, c.value, c.id))
    claim_pos = {c.id: i for i, c in enumerate(claims)}
    single = {c.id for c in index.single_source_claims()}

    mention_rows: list[list[Any]] = []
    mentions = sorted(
        (m for m in snapshot.mentions if m.id in index.claim_of_mention), key=index.mention_key
    )
    for mention in mentions:
        day = index.day(mention)
        hl_start, hl_end = _highlight(mention)
        mention_rows.append(
            [
                claim_pos[index.claim_of_mention[mention.id]],
                doc_pos.get(mention.document_id, -1),
                speaker_pos.get(mention.speaker, -1) if mention.speaker else -1,
                day.isoformat() if day else "",
                mention.number,
                mention.start,
                mention.end,
                mention.sentence,
                hl_start,
                hl_end,
                mention.id,
                mention.reported_by or "",
            ]
        )
    metric_rows = []
    for metric_id in metric_ids:
        metric = index.metrics.get(metric_id)
        first = next(c for c in claims if c.metric_id == metric_id) if metric is None else None
        label = metric.label if metric else first.metric if first else metric_id
        subject = metric.subject if metric else first.subject if first else None
        metric_rows.append([label, subject or "", metric_id])
    claim_rows = [
        [
            metric_pos[c.metric_id],
            format_claim_value(c),
            c.qualifier,
            c.unit or "",
            c.kind,
            c.id,
            1 if c.id in single else 0,
            len(index.outlets(c.id)),
        ]
        for c in claims
    ]
    # single_source findings are the claims' `single` flag; the reason of a repeat or a change
    # is rebuilt by the page from its claims (on a large graph they are most of the findings).
    finding_rows = [
        [
            f.kind,
            "" if f.kind in ("repeats", "changed") else f.reason,
            [claim_pos[c] for c in f.claim_ids if c in claim_pos],
            f.implied_year,
            f.id,
        ]
        for f in index.findings
        if f.kind != "single_source"
    ]
    doc_rows = [
        [
            d.name,
            d.publisher or "",
            d.published_day.isoformat() if d.published_day else "",
            d.title or "",
            d.url or "",
            d.id,
            d.genre,
        ]
        for d in docs
    ]
    publishers = {d.publisher for d in snapshot.documents if d.publisher}
    overview = {
        "documents": len(snapshot.documents),
        "briefings": len(snapshot.briefings),
        "speakers": len(speakers),
        "publishers": len(publishers),
        "claims": len(snapshot.claims),
        "mentions": len(snapshot.mentions),
        "metrics": len(metric_ids),
        "findings": len(index.findings),
    }
    return {
        "fields": {
            "mentions": "claim doc speaker day number start end sentence hlStart hlEnd id "
            "reportedBy".split(),
            "claims": "metric value qualifier unit kind id single outlets".split(),
            "metrics": "label subject id".split(),
            "documents": "name publisher day title url id genre".split(),
            "charts": "metric title unit svg speakers first last points claims".split(),
            "findings": "kind reason claims impliedYear id".split(),
        },
        "overview": overview,
        "speakers": speakers,
        "roles": roles,
        "documents": doc_rows,
        "metrics": metric_rows,
        "claims": claim_rows,
        "mentions": mention_rows,
        "charts": _charts(index, claim_pos),
        "findings": finding_rows,
    }


_OVERVIEW_LABELS = (
    ("documents", "Documents"),
    ("briefings", "Briefings"),
    ("speakers", "Speakers"),
    ("publishers", "Publishers"),
    ("claims", "Claims"),
    ("mentions", "Mentions"),
    ("metrics", "Metrics"),
    ("findings", "Findings"),
)

_SECTIONS = (
    ("timelines", "Timelines"),
    ("speakers", "Speakers"),
    ("conflicts", "Conflicts and changes"),
    ("consistency", "Repeats and consistency"),
    ("single", "Single-source claims"),
    ("claims", "Claims"),
    ("quotes", "Quotes"),
)


def render_report(
    snapshot: GraphSnapshot, findings: Iterable[Finding] | None = None, *, title: str | None = None
) -> str:
    """The whole report as one self-contained HTML page.

    Args:
        snapshot: the graph to report on.
        findings: tracking results (repeats, conflicts, consistency) shown besides
            ``snapshot.findings``.
        title: the page title; by default "claimgraph report".

    Returns:
        The HTML text: inline CSS, JavaScript, JSON data and SVG; nothing is fetched.
    """
    data = report_data(snapshot, findings)
    page_title = escape(title or "claimgraph report")
    overview = "".join(
        f'<div class="stat"><dt>{label}</dt><dd id="count-{key}">{data["overview"][key]:,}</dd>'
        "</div>"
        for key, label in _OVERVIEW_LABELS
    )
    nav = "".join(f'<li><a href="#sec-{key}">{label}</a></li>' for key, label in _SECTIONS)
    speaker_options = "".join(
        f'<option value="{escape(s)}">{escape(s)}</option>' for s in data["speakers"]
    )
    metric_options = "".join(
        f'<option value="{escape(m[0])}"></option>'
        for m in sorted({(row[0],) for row in data["metrics"]})
    )
    sections = "".join(
        f'<section id="sec-{key}" aria-labelledby="h-{key}"><h2 id="h-{key}" tabindex="-1">'
        f'{label} <span class="count" id="n-{key}"></span></h2>'
        f"{_SECTION_INTRO.get(key, '').replace('<!--legend-->', legend_svg())}"
        f'<div class="list" id="list-{key}"></div>'
        f'<nav class="pager" id="pager-{key}" aria-label="{label} pages"></nav></section>'
        for key, label in _SECTIONS
    )
    return _PAGE.format(
        title=page_title,
        css=_asset("report.css"),
        js=_asset("report.js"),
        data=_script_json(data),
        overview=overview,
        nav=nav,
        speaker_options=speaker_options,
        metric_options=metric_options,
        sections=sections,
    )


def write_report(
    snapshot: GraphSnapshot, path: str | Path, findings: Iterable[Finding] | None = None
) -> Path:
    """Write :func:`render_report` to ``path`` (parent folders are created); return the path."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_report(snapshot, findings), encoding="utf-8")
    return target


_SECTION_INTRO = {
    "timelines": '<div class="legend-box"><p>Every value claimed for a metric over time. '
    "Filled markers are exact values; hollow markers are bounds, with an arrow towards where the "
    "true value lies. Select a marker to see its quotes.</p><!--legend--></div>",
    "single": "<p>Claims carried by a single source (one publisher, or one story and its "
    "syndicated copies): nobody else reported them.</p>",
    "quotes": "<p>Every mention: the sentence as written with the figure highlighted, who said it, "
    "when, and where (document and character offsets).</p>",
}

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="claimgraph">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<a class="skip" href="#filters">Skip to filters</a>
<header>
<h1>{title}</h1>
<nav aria-label="Sections"><ul>{nav}</ul></nav>
</header>
<main id="main" tabindex="-1">
<section id="sec-overview" aria-labelledby="h-overview">
<h2 id="h-overview">Overview</h2>
<dl class="stats">{overview}</dl>
</section>
<form id="filters" role="search" aria-label="Filter the report">
<div class="field"><label for="f-speaker">Speaker</label>
<select id="f-speaker" name="speaker"><option value="">All speakers</option>{speaker_options}
</select></div>
<div class="field"><label for="f-metric">Metric contains</label>
<input id="f-metric" name="metric" type="search" list="metric-list" autocomplete="off">
<datalist id="metric-list">{metric_options}</datalist></div>
<div class="field"><label for="f-from">From</label>
<input id="f-from" name="from" type="date"></div>
<div class="field"><label for="f-to">To</label>
<input id="f-to" name="to" type="date"></div>
<div class="field"><label for="f-claim">Claim id</label>
<input id="f-claim" name="claim" type="search" autocomplete="off"></div>
<div class="field buttons"><button type="reset" id="f-reset">Clear filters</button></div>
<p id="status" role="status" aria-live="polite"></p>
</form>
<noscript><p class="warn">This report draws its lists with JavaScript; enable it to see
them.</p></noscript>
{sections}
</main>
<footer><p>Made by claimgraph from the claims graph. Self-contained: no network
needed.</p></footer>
<script type="application/json" id="cg-data">{data}</script>
<script>{js}</script>
</body>
</html>
"""
