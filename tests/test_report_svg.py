"""SVG charts: computed scales and ticks, one marker shape per kind of bound, escaped text."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from claimgraph.report.svg import (
    ChartPoint,
    axis_labels,
    date_ticks,
    legend_svg,
    nice_ticks,
    timeline_svg,
)

NS = {"s": "http://www.w3.org/2000/svg"}


@given(
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    st.floats(min_value=0, max_value=1e12, allow_nan=False),
)
def test_svg_nice_ticks_cover_the_range_with_equal_round_steps(low: float, span: float) -> None:
    high = low + span
    ticks = nice_ticks(low, high)
    assert 2 <= len(ticks) <= 12
    steps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    step = steps[0]
    assert ticks[0] <= low + step * 1e-6 and ticks[-1] >= high - step * 1e-6
    assert all(abs(s - step) <= abs(step) * 1e-6 for s in steps)
    mantissa = float(f"{step:e}".split("e")[0])
    assert mantissa in (1.0, 2.0, 5.0)


@given(st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)), st.integers(0, 30000))
def test_svg_date_ticks_stay_in_range_and_increase(first: dt.date, days: int) -> None:
    last = first + dt.timedelta(days=days)
    ticks = date_ticks(first, last)
    assert ticks == sorted(set(ticks))
    assert all(first <= t <= last for t in ticks)
    assert 1 <= len(ticks) <= 13


@pytest.mark.parametrize(
    ("ticks", "labels"),
    [
        ([0, 20e6, 40e6], ["0", "20M", "40M"]),
        ([1.4e9, 1.405e9, 1.41e9], ["1.4B", "1.405B", "1.41B"]),
        ([78.2, 78.4, 78.6], ["78.2", "78.4", "78.6"]),
    ],
)
def test_svg_axis_labels_tell_ticks_apart(ticks: list[float], labels: list[str]) -> None:
    assert axis_labels(ticks) == labels


# fmt: off
MARKER_CASES = [
    # (qualifier, low, high, css class of the marker, hollow?)
    ("exact", None, None, "m-exact", False),
    ("more_than", None, None, "m-up", True),
    ("at_least", None, None, "m-up", True),
    ("less_than", None, None, "m-down", True),
    ("at_most", None, None, "m-down", True),
    ("nearly", None, None, "m-nearly", True),
    ("approximate", None, None, "m-approx", True),
    ("range", "70", "90", "m-range", True),
]
# fmt: on


def _points(qualifier: str, low: str | None, high: str | None) -> list[ChartPoint]:
    return [
        ChartPoint(day=dt.date(2023, 1, 1), value=Decimal("60"), tooltip="60 on 2023-01-01"),
        ChartPoint(
            day=dt.date(2024, 12, 10), value=Decimal(low or "80"), qualifier=qualifier,  # type: ignore[arg-type]
            low=Decimal(low) if low else None, high=Decimal(high) if high else None,
            tooltip="second <b>value</b>", href="#claim=clm_1",
        ),
    ]  # fmt: skip


@pytest.mark.parametrize(("qualifier", "low", "high", "css", "hollow"), MARKER_CASES)
def test_svg_timeline_marker_shows_the_bound(
    qualifier: str, low: str | None, high: str | None, css: str, hollow: bool
) -> None:
    svg = timeline_svg(_points(qualifier, low, high), title="life <expectancy>", unit="year")
    root = ET.fromstring(svg)  # well-formed XML
    assert root.find("s:title", NS).text == "Timeline of life <expectancy>"  # type: ignore[union-attr]
    linked = root.find("s:a", NS)
    assert linked is not None and linked.get("href") == "#claim=clm_1"
    assert linked.find("s:title", NS).text == "second <b>value</b>"  # type: ignore[union-attr]
    use = linked.find("s:use", NS)
    if use is not None:  # a bound: its shape is drawn once in <defs>
        shape = root.find(f".//s:defs/s:g[@id='{use.get('href', '#')[1:]}']", NS)
        assert shape is not None
    else:
        shape = linked
    assert shape.find(f".//*[@class='{css}']", NS) is not None
    circle = shape.find("s:circle", NS)
    assert circle is not None and (circle.get("fill") == "#fff") == hollow


def test_svg_timeline_scales_follow_the_data() -> None:
    points = [
        ChartPoint(day=dt.date(2020, 1, 1), value=Decimal("10")),
        ChartPoint(day=dt.date(2022, 1, 1), value=Decimal("30")),
        ChartPoint(day=dt.date(2021, 1, 1), value=Decimal("20")),
    ]
    root = ET.fromstring(timeline_svg(points, title="t"))
    circles = [c for c in root.iter("{http://www.w3.org/2000/svg}circle")]
    xs = [float(c.get("cx", 0)) for c in circles]
    ys = [float(c.get("cy", 0)) for c in circles]
    assert xs == sorted(xs)  # drawn in date order
    assert ys == sorted(ys, reverse=True)  # higher values higher up
    assert abs((xs[1] - xs[0]) - (xs[2] - xs[1])) < 1.0  # a year is a year
    labels = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert {"10", "30"} <= set(labels)


def test_svg_timeline_needs_points() -> None:
    with pytest.raises(ValueError, match="at least one point"):
        timeline_svg([], title="empty")


def test_svg_legend_names_every_marker() -> None:
    svg = legend_svg()
    ET.fromstring(svg)  # an HTML list of inline SVGs, well-formed
    for css in ("m-exact", "m-up", "m-down", "m-nearly", "m-approx", "m-range"):
        assert re.search(rf'class="{css}"', svg)
