"""Fast paths in extraction agree with the plain regular-expression scans they replace."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st

from claimgraph.extract import numbers

# Text built from the pieces the patterns care about: digits, separators, qualifier words,
# times, phones, spaces of several kinds and a few non-ASCII letters that case-fold to ASCII.
_PIECES = st.sampled_from(
    [
        "1", "12", "2024", "0", "07", ":", "/", ".", "-", "(", ")", "+", " ", "  ", "\t", "\n",
        "\u00a0", "\u2009", "am", "p.m.", "GMT", "o'clock", "about", "more than", "up to",
        "nearly", "approx.", "~", "at least", "over", "K", "\u212a", "\u017f", "x", "s",
        "ABOUT", "Some", ",", "said", "12:30", "2024-05-01", "3/4", "555-123-4567", "9 a.m.",
        "+44 20 7946 0958", "(02) 9999 1234", "10pm", "020 7946 0958", "4.5.24", "\u0663",
    ]
)  # fmt: skip
_TEXT = st.lists(_PIECES, max_size=40).map("".join)


def _old_excluded(text: str, s: int, e: int, lo: int, hi: int) -> bool:
    a = max(lo, s - 24)
    while a > lo and not text[a - 1].isspace():
        a -= 1
    b = min(hi, e + 24)
    return any(x.start() < e and s < x.end() for x in numbers._EXCLUDED.finditer(text, a, b))


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.data())
def test_numbers_excluded_matches_full_scan(text: str, data: st.DataObject) -> None:
    hi = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, hi))
    digits = [i for i in range(lo, hi) if text[i].isdigit()]
    # the caller asks about a number's span: start on a digit when there is one
    s = data.draw(st.sampled_from(digits)) if digits else data.draw(st.integers(lo, hi))
    e = data.draw(st.integers(s, min(hi, s + 6)))
    assert numbers._excluded(text, s, e, lo, hi) == _old_excluded(text, s, e, lo, hi)


def _span(m: re.Match[str] | None) -> tuple[int, int, str] | None:
    return None if m is None else (m.start(), m.end(), m.group("q"))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_numbers_qualifier_before_matches_full_scan(window: str) -> None:
    expected = _span(numbers._QUAL_BEFORE.search(window))
    assert _span(numbers._qualifier_before(window)) == expected


@pytest.mark.parametrize(
    ("window", "qualifier"),
    [
        ("exports grew by more than ", "more than"),
        ("reached about\u00a0", "about"),
        ("costs approx. ", "approx."),
        ("a rise of ~", "~"),
        ("the 12 ", None),
        ("", None),
        ("   ", None),
    ],
)
def test_numbers_qualifier_before_reads_window_end(window: str, qualifier: str | None) -> None:
    found = numbers._qualifier_before(window)
    assert (found.group("q") if found else None) == qualifier
