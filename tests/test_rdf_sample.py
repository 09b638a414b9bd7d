"""exports/sample.ttl is the current export of the sample corpus, and it is a good export."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from claimgraph.rdf import from_rdf, to_turtle, validate
from claimgraph.rdf.sample import SAMPLE, sample_turtle

STALE = "exports/sample.ttl is stale: regenerate it with `python -m claimgraph.rdf.sample`"


@pytest.fixture(scope="module")
def fresh() -> str:
    return sample_turtle()


def test_sample_is_current_isomorphic_and_byte_identical(fresh):
    assert SAMPLE.is_file(), STALE
    checked_in = SAMPLE.read_text(encoding="utf-8")
    g_old, g_new = Graph().parse(data=checked_in), Graph().parse(data=fresh)
    if not isomorphic(g_old, g_new):
        _, only_old, only_new = graph_diff(to_isomorphic(g_old), to_isomorphic(g_new))
        pytest.fail(f"{STALE}\nonly in the file: {len(only_old)}; only now: {len(only_new)}")
    assert checked_in == fresh, STALE


def test_sample_conforms_and_round_trips_exactly():
    report = validate(SAMPLE)
    assert report.conforms, report.violations
    text = SAMPLE.read_text(encoding="utf-8")
    snapshot = from_rdf(SAMPLE)
    assert to_turtle(snapshot) == text
    values = {m.value for m in snapshot.mentions if m.number == "78.6 years"}
    assert values == {Decimal("78.6")} and str(values.pop()) == "78.6"
