"""Inline SVG charts computed from the data: scales, ticks and markers, never hand-placed.

A metric's timeline puts each claimed value at the day it was stated. Exact values are filled
circles; bounds are hollow circles with an arrow towards where the true value lies ("more than":
up, "less than": down, "nearly": a short arrow down), approximate values carry a whisker, and
ranges a bar from low to high. Every marker has a ``<title>`` tooltip and links to its quotes.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from html import escape

from claimgraph.models import Qualifier

__all__ = [
    "ChartPoint",
    "axis_labels",
    "date_ticks",
    "legend_svg",
    "nice_ticks",
    "short_number",
    "timeline_svg",
]

UP_KINDS: frozenset[str] = frozenset({"more_than", "at_least"})
DOWN_KINDS: frozenset[str] = frozenset({"less_than", "at_most"})


@dataclass(frozen=True)
class ChartPoint:
    """One claimed value on one day."""

    day: _dt.date
    value: Decimal
    qualifier: Qualifier = "exact"
    low: Decimal | None = None
    high: Decimal | None = None
    tooltip: str = ""
    href: str | None = None


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 5 x 10^k steps) covering ``low``..``high``.

    >>> nice_ticks(0, 100)
    [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
    >>> nice_ticks(78.2, 78.6)
    [78.2, 78.3, 78.4, 78.5, 78.6]
    """
    if not math.isfinite(low) or not math.isfinite(high):
        raise ValueError("ticks need finite bounds")
    if high < low:
        low, high = high, low
    if high - low <= max(abs(low), abs(high), 1.0) * 1e-9:  # one value: pad around it
        pad = abs(low) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step + 1e-9)
    last = math.ceil(high / step - 1e-9)
    ticks = [(first + i) * step for i in range(last - first + 1)]
    return [float(f"{t:.12g}") for t in ticks]


def date_ticks(first: _dt.date, last: _dt.date, count: int = 6) -> list[_dt.date]:
    """Calendar-aligned ticks (days, months or years) from ``first`` to ``last``.

    >>> [d.isoformat() for d in date_ticks(_dt.date(2020, 3, 5), _dt.date(2024, 2, 1))]
    ['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01']
    """
    span = (last - first).days
    if span <= 0:
        return [first]
    if span <= count * 2:
        step = max(1, span // count)
        return [first + _dt.timedelta(days=i) for i in range(0, span + 1, step)]
    months = (last.year - first.year) * 12 + last.month - first.month
    if months < count * 2:
        month_step = next(s for s in (1, 2, 3, 6, 12) if months / s <= count) if months else 1
        ticks = []
        year, month = first.year, first.month
        while True:
            day = _dt.date(year, month, 1)
            if day > last:
                break
            if day >= first:
                ticks.append(day)
            month += month_step
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        return ticks or [first]
    years = last.year - first.year
    year_step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= count)
    start = (first.year // year_step) * year_step
    return [
        _dt.date(y, 1, 1)
        for y in range(start, last.year + 1, year_step)
        if first <= _dt.date(y, 1, 1) <= last
    ] or [first]


def axis_labels(ticks: Sequence[float]) -> list[str]:
    """Tick labels with just enough digits to tell neighbouring ticks apart.

    >>> axis_labels([1.405e9, 1.41e9, 1.415e9])
    ['1.405B', '1.41B', '1.415B']
    """
    labels = [short_number(t) for t in ticks]
    for digits in (4, 5, 6, 8, 10):
        if len(set(labels)) == len(labels):
            break
        labels = [short_number(t, digits) for t in ticks]
    return labels


def short_number(value: float, digits: int = 3) -> str:
    """A compact axis label: 100000000 -> '100M', 2700000 -> '2.7M', 78.6 -> '78.6'.

    >>> [short_number(v) for v in (100_000_000, 2_700_000, 3000, 78.6, 0)]
    ['100M', '2.7M', '3K', '78.6', '0']
    """
    magnitude = abs(value)
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if magnitude >= size:
            return f"{value / size:.{digits}g}{suffix}"
    return f"{value:.{max(digits, 4)}g}"


class _Scale:
    def __init__(self, lo: float, hi: float, out_lo: float, out_hi: float) -> None:
        self.lo, self.hi, self.out_lo, self.out_hi = lo, hi, out_lo, out_hi

    def __call__(self, value: float) -> float:
        if self.hi == self.lo:
            return (self.out_lo + self.out_hi) / 2
        return self.out_lo + (value - self.lo) / (self.hi - self.lo) * (self.out_hi - self.out_lo)


def _num(value: float) -> str:
    return f"{value:.1f}"


def _is_range(point: ChartPoint) -> bool:
    return point.qualifier == "range" or (point.low is not None and point.high is not None)


def _marker(point: ChartPoint, x: float, y: _Scale, color: str) -> list[str]:
    """SVG elements for one point; the marker shape says how the value is bounded."""
    cy = y(float(point.value))
    parts: list[str] = []
    hollow = f'fill="#fff" stroke="{color}" stroke-width="2"'
    if _is_range(point):
        low = float(point.low if point.low is not None else point.value)
        high = float(point.high if point.high is not None else point.value)
        y1, y2 = y(low), y(high)
        parts.append(
            f'<line class="m-range" x1="{_num(x)}" y1="{_num(y1)}" x2="{_num(x)}" y2="{_num(y2)}"'
            f' stroke="{color}" stroke-width="3"/>'
        )
        for cap in (y1, y2):
            parts.append(
                f'<line x1="{_num(x - 5)}" y1="{_num(cap)}" x2="{_num(x + 5)}" y2="{_num(cap)}"'
                f' stroke="{color}" stroke-width="2"/>'
            )
        parts.append(f'<circle cx="{_num(x)}" cy="{_num((y1 + y2) / 2)}" r="4" {hollow}/>')
        return parts
    if point.qualifier == "exact":
        parts.append(
            f'<circle class="m-exact" cx="{_num(x)}" cy="{_num(cy)}" r="5" fill="{color}"/>'
        )
        return parts
    if point.qualifier == "approximate":
        parts.append(
            f'<path class="m-approx" d="M{_num(x)} {_num(cy - 11)}V{_num(cy + 11)}'
            f"M{_num(x - 4)} {_num(cy - 11)}H{_num(x + 4)}M{_num(x - 4)} {_num(cy + 11)}"
            f'H{_num(x + 4)}" stroke="{color}" stroke-width="1.5" fill="none"/>'
        )
    else:
        direction = -1 if point.qualifier in UP_KINDS else 1
        length = 9 if point.qualifier == "nearly" else 18
        tip = cy + direction * (5 + length)
        css = {"nearly": "m-nearly"}.get(point.qualifier, "m-up" if direction < 0 else "m-down")
        parts.append(
            f'<path class="{css}" d="M{_num(x)} {_num(cy + direction * 5)}V{_num(tip)}'
            f"M{_num(x - 4)} {_num(tip - direction * 5)}L{_num(x)} {_num(tip)}"
            f'L{_num(x + 4)} {_num(tip - direction * 5)}" stroke="{color}" stroke-width="1.5"'
            ' fill="none"/>'
        )
    parts.append(f'<circle cx="{_num(x)}" cy="{_num(cy)}" r="5" {hollow}/>')
    return parts


def timeline_svg(
    points: Sequence[ChartPoint],
    *,
    title: str,
    unit: str | None = None,
    width: int = 640,
    height: int = 240,
    color: str = "#1f5fa8",
    ident: str = "tl",
) -> str:
    """An SVG timeline of the values claimed for one metric.

    Args:
        points: the claimed values with the day each was stated.
        title: the chart's accessible name (the metric).
        unit: the unit of the values, shown on the y axis.
        width: width of the viewBox in pixels (the chart scales to its container).
        height: height of the viewBox in pixels.
        color: the marker colour.
        ident: prefix of the ids of the chart's marker shapes, unique within the page.

    Returns:
        An ``<svg>`` element as a string; every text in it is escaped.

    Raises:
        ValueError: when ``points`` is empty.
    """
    if not points:
        raise ValueError("a timeline needs at least one point")
    left, right, top, bottom = 56, 16, 14, 34
    days = [p.day for p in points]
    first, last = min(days), max(days)
    if first == last:
        first, last = first - _dt.timedelta(days=1), last + _dt.timedelta(days=1)
    pad = max(1, round((last - first).days * 0.04))
    first, last = first - _dt.timedelta(days=pad), last + _dt.timedelta(days=pad)
    values = [float(v) for p in points for v in (p.value, p.low, p.high) if v is not None]
    yticks = nice_ticks(min(values), max(values))
    x = _Scale(first.toordinal(), last.toordinal(), left, width - right)
    y = _Scale(yticks[0], yticks[-1], height - bottom, top)
    label = escape(title)
    out = [
        f'<svg class="timeline" viewBox="0 0 {width} {height}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">',
        f"<title>Timeline of {label}</title>",
        f"<desc>{len(points)} claimed values from {min(days).isoformat()} to "
        f"{max(days).isoformat()}{escape(f' ({unit})') if unit else ''}</desc>",
        '<g class="axis" font-size="11" fill="#444">',
    ]
    for tick, tick_label in zip(yticks, axis_labels(yticks), strict=True):
        ty = y(tick)
        out.append(
            f'<line x1="{left}" x2="{width - right}" y1="{_num(ty)}" y2="{_num(ty)}" '
            'stroke="#ddd"/>'
            f'<text x="{left - 6}" y="{_num(ty + 4)}" text-anchor="end">'
            f"{escape(tick_label)}</text>"
        )
    for day in date_ticks(first, last):
        tx = x(day.toordinal())
        text = day.isoformat() if (last - first).days <= 400 else str(day.year)
        out.append(
            f'<line x1="{_num(tx)}" x2="{_num(tx)}" y1="{height - bottom}" '
            f'y2="{height - bottom + 5}" stroke="#444"/>'
            f'<text x="{_num(tx)}" y="{height - bottom + 18}" text-anchor="middle">'
            f"{escape(text)}</text>"
        )
    out.append(
        f'<line x1="{left}" x2="{width - right}" y1="{height - bottom}" y2="{height - bottom}" '
        'stroke="#444"/>'
    )
    if unit:
        out.append(
            f'<text x="12" y="{_num((top + height - bottom) / 2)}" text-anchor="middle" '
            f'transform="rotate(-90 12 {_num((top + height - bottom) / 2)})">{escape(unit)}</text>'
        )
    out.append("</g>")
    # Bound markers are drawn once in <defs> and placed with <use>: a chart of a long
    # timeline stays small (each point is a few dozen bytes, not a few hundred).
    shapes = sorted({p.qualifier for p in points if not _is_range(p) and p.qualifier != "exact"})
    if shapes:
        origin = _Scale(0, 1, 0, 1)
        out.append("<defs>")
        for qualifier in shapes:
            sample = ChartPoint(day=points[0].day, value=Decimal(0), qualifier=qualifier)
            out.append(f'<g id="{escape(ident)}-{qualifier}">')
            out.extend(_marker(sample, 0, origin, color))
            out.append("</g>")
        out.append("</defs>")
    for point in sorted(points, key=lambda p: (p.day, p.value)):
        px = x(point.day.toordinal())
        if _is_range(point) or point.qualifier == "exact":
            body = "".join(_marker(point, px, y, color))
        else:
            body = (
                f'<use href="#{escape(ident)}-{point.qualifier}" x="{_num(px)}" '
                f'y="{_num(y(float(point.value)))}"/>'
            )
        tip = f"<title>{escape(point.tooltip)}</title>" if point.tooltip else ""
        if point.href:
            out.append(f'<a class="pt" href="{escape(point.href)}">{tip}{body}</a>')
        else:
            out.append(f'<g class="pt">{tip}{body}</g>')
    out.append("</svg>")
    return "".join(out)


def legend_svg(color: str = "#1f5fa8") -> str:
    """The legend of the timeline markers: one small SVG sample and its words per qualifier.

    Returns an HTML list (``<ul class="legend">``) so the entries wrap on narrow screens.
    """
    entries: list[tuple[str, Qualifier]] = [
        ("exact", "exact"),
        ("more than / at least", "more_than"),
        ("less than / at most", "less_than"),
        ("nearly", "nearly"),
        ("about", "approximate"),
        ("range", "range"),
    ]
    y = _Scale(0, 40, 44, 4)
    items = []
    for text, qualifier in entries:
        point = ChartPoint(
            day=_dt.date(2000, 1, 1),
            value=Decimal(20),
            qualifier=qualifier,
            low=Decimal(6) if qualifier == "range" else None,
            high=Decimal(34) if qualifier == "range" else None,
        )
        marker = "".join(_marker(point, 12, y, color))
        items.append(
            '<li><svg width="24" height="48" viewBox="0 0 24 48" aria-hidden="true" '
            f'xmlns="http://www.w3.org/2000/svg">{marker}</svg> {escape(text)}</li>'
        )
    return f'<ul class="legend" aria-label="Legend of the timeline markers">{"".join(items)}</ul>'
