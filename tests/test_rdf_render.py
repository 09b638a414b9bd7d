"""The fast Turtle/N-Triples renderers against the reference writers over iter_blocks.

The fast path (claimgraph.rdf.render) restates the modelling of claimgraph.rdf.export as text;
these tests hold the two to the same bytes, on the sample corpus and on a snapshot that uses
every optional field, odd ids that must be percent-encoded and strings that must be escaped.
"""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pyoxigraph as ox
import pytest
from hypothesis import given, strategies as st

from claimgraph.errors import RDFError
from claimgraph.models import (
    Block,
    BlockKind,
    Briefing,
    Claim,
    Document,
    Finding,
    GraphSnapshot,
    Mention,
    Metric,
    Organization,
    Person,
    Role,
)
from claimgraph.rdf.export import iter_blocks
from claimgraph.rdf.render import _esc, render_ntriples, render_turtle
from claimgraph.rdf.turtle import _ESCAPES, write_ntriples, write_turtle

TEXT = 'The bureau said on "Monday" that exports rose 12.5% to $3.4 billion.\n\nNext\tpara \\ end.'


def _edge_snapshot() -> GraphSnapshot:
    """Every optional field set, ids that are not prefixed-name safe, escapes, ranges, units."""
    doc = Document(
        id="doc 1/é",
        name='odd "name".txt',
        source_path="in/odd name.txt",
        text=TEXT,
        url="https://example.org/a?b=1&c=2",
        publisher="Daily Courier",
        title="A \x01 title — “curly” 🌍",
        published=datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=8))),
        published_source="text",
        genre="transcript",
        language="en",
        blocks=(
            Block(
                index=1,
                kind=BlockKind.TURN,
                start=0,
                end=60,
                parent=0,
                speaker_label="Q",
                turn_role="question",
                skip_reason=None,
                fingerprint="fp",
            ),
            Block(index=0, kind=BlockKind.STORY, start=0, end=len(TEXT), skip_reason="furniture"),
        ),
    )
    plain = Document(id="doc_2", name="b.txt", text="x 5 y", published=date(2023, 1, 2))
    common = {"document_id": doc.id, "doc": doc.name, "kind": "money", "metric": "exports"}
    m1 = Mention(
        id="men 1",
        number="$3.4 billion",
        start=50,
        end=62,
        value=Decimal("3400000000"),
        low=Decimal("-0"),
        high=Decimal("4E+9"),
        qualifier="range",
        unit="USD",
        subject="the bureau",
        period="in 2024",
        speaker="Elena Marsh",
        speaker_type="person",
        speaker_role="spokeswoman",
        speaker_org="Department of Trade",
        reported_by="Global Wire",
        date=date(2024, 5, 1),
        sentence=TEXT.split("\n")[0],
        sentence_start=0,
        story=0,
        confidence=0.1,
        cue="said",
        cue_text="said on",
        date_source="text",
        **common,
    )
    m2 = Mention(
        id="men_2",
        number="12.5%",
        start=30,
        end=35,
        value=Decimal("12.5"),
        unit="percentage point",
        kind="percent",
        metric="exports",
        doc=doc.name,
        document_id=doc.id,
        speaker="The Bureau",
        sentence="s",
        sentence_start=0,
        confidence=1.0,
    )
    m3 = Mention(
        id="men_3",
        number="5",
        start=2,
        end=3,
        value=Decimal(5),
        unit="km",
        kind="measure",
        metric="length",
        doc="b.txt",
        document_id="doc_2",
        sentence="x 5 y",
        sentence_start=0,
        confidence=0.75,
        speaker="Elena Marsh",
        speaker_type="person",
    )
    claims = (
        Claim(
            id="clm 1",
            metric_id="met 1",
            metric="exports",
            subject="the bureau",
            value=Decimal("3400000000"),
            qualifier="range",
            unit="USD",
            kind="money",
            mention_ids=("men 1",),
            low=Decimal(0),
            high=Decimal("4E+9"),
        ),
        Claim(
            id="clm_2",
            metric_id="met 1",
            metric="exports",
            value=Decimal("12.5"),
            unit="percentage point",
            kind="percent",
            mention_ids=("men_2",),
        ),
        Claim(
            id="clm_3",
            metric_id="met_2",
            metric="length",
            value=Decimal(5),
            unit="km",
            kind="measure",
            mention_ids=("men_3", "men_missing"),
        ),
    )
    return GraphSnapshot(
        documents=(doc, plain),
        mentions=(m1, m2, m3),
        claims=claims,
        metrics=(
            Metric(
                id="met 1",
                key="exports",
                label="exports",
                subject="the bureau",
                aliases=("exports", "sales abroad", "exports"),
            ),
            Metric(id="met_2", key="length", label="length"),
        ),
        persons=(
            Person(
                id="per_em",
                name="Elena Marsh",
                aliases=("Marsh", "E. Marsh"),
                roles=(
                    Role(
                        title="spokeswoman",
                        organization="Department of Trade",
                        first_seen=date(2024, 1, 1),
                        last_seen=date(2024, 5, 1),
                    ),
                    Role(title="adviser"),
                ),
            ),
        ),
        organizations=(Organization(id="org gw", name="Global Wire", aliases=("GW",)),),
        briefings=(
            Briefing(
                id="brf 1",
                day=date(2024, 5, 1),
                held_by="Department of Trade",
                document_ids=(doc.id, "doc_2"),
            ),
        ),
        findings=(
            Finding(
                id="fnd_1",
                kind="changed",
                claim_ids=("clm_3", "clm 1", "clm_2"),
                reason='changed "a lot"',
            ),
            Finding(
                id="fnd 2",
                kind="repeats",
                claim_ids=("clm 1", "clm_2"),
                reason="r",
                implied_year=-5,
            ),
            Finding(id="fnd_3", kind="contradicts", claim_ids=("clm_2", "clm 1"), reason="c"),
        ),
    )


_SNAPSHOTS = {"gold": None, "edge": _edge_snapshot, "empty": GraphSnapshot}  # gold: the fixture


# fmt: off
@pytest.mark.parametrize("name", sorted(_SNAPSHOTS))
@pytest.mark.parametrize("base", [
    "https://claimgraph.example/id/", "urn:x-claims:graph#", "http://example.org/a%20b/",
])
# fmt: on
def test_render_is_byte_identical_to_the_reference_writers(name, base, gold_snapshot):
    builder = _SNAPSHOTS[name]
    snapshot = gold_snapshot if builder is None else builder()
    for fast, slow in (
        (
            lambda o: render_turtle(snapshot, o, base=base),
            lambda o: write_turtle(iter_blocks(snapshot, base=base), o, base=base),
        ),
        (
            lambda o: render_ntriples(snapshot, o, base=base),
            lambda o: write_ntriples(iter_blocks(snapshot, base=base), o),
        ),
    ):
        ours, ref = io.StringIO(), io.StringIO()
        count = fast(ours)
        assert count == slow(ref) > 0
        assert ours.getvalue() == ref.getvalue()


# fmt: off
@pytest.mark.parametrize(("render", "fmt"), [
    (render_turtle, ox.RdfFormat.TURTLE), (render_ntriples, ox.RdfFormat.N_TRIPLES),
])
# fmt: on
def test_render_edge_snapshot_parses_with_every_value_intact(render, fmt):
    snapshot = _edge_snapshot()
    out = io.StringIO()
    n = render(snapshot, out)
    quads = list(ox.parse(out.getvalue(), format=fmt))
    assert len(quads) == n
    literals = {q.object.value for q in quads if isinstance(q.object, ox.Literal)}
    assert {TEXT, 'odd "name".txt', "A \x01 title — “curly” 🌍", "-5", "4000000000"} <= literals
    subjects = {q.subject.value for q in quads}
    assert "https://claimgraph.example/id/men%201" in subjects
    assert "https://claimgraph.example/id/doc%201%2F%C3%A9" in subjects


def test_render_refuses_a_value_without_an_rdf_form():
    snapshot = _edge_snapshot()
    bad = snapshot.claims[0].model_copy(update={"value": Decimal("NaN")})
    broken = snapshot.model_copy(update={"claims": (bad, *snapshot.claims[1:])})
    with pytest.raises(RDFError, match="finite"):
        render_ntriples(broken, io.StringIO())


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=40))
def test_render_escapes_exactly_as_the_reference_writer(text):
    assert _esc(text) == text.translate(_ESCAPES)
