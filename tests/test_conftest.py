"""The shared fixtures of tests/conftest.py are faithful to the corpus they stand in for."""

from __future__ import annotations

import pytest
from conftest import MAO_FIGURES

from claimgraph.models import GraphSnapshot


@pytest.mark.parametrize("builder", ["gold_snapshot", "timeline_snapshot"])
def test_conftest_offsets_point_at_the_numbers(
    builder: str, request: pytest.FixtureRequest
) -> None:
    snapshot: GraphSnapshot = request.getfixturevalue(builder)
    texts = {d.id: d.text for d in snapshot.documents}
    for mention in snapshot.mentions:
        assert texts[mention.document_id][mention.start : mention.end] == mention.number
        begin = mention.start - mention.sentence_start
        assert mention.sentence[begin : begin + len(mention.number)] == mention.number


@pytest.mark.parametrize("figure", MAO_FIGURES)
def test_conftest_mao_figures_are_one_claim_in_two_documents(
    gold_snapshot: GraphSnapshot, figure: str
) -> None:
    mentions = [m for m in gold_snapshot.mentions if m.number == figure and m.speaker == "Mao Ning"]
    assert {m.doc[:3] for m in mentions} == {"000", "001"}
    claims = [c for c in gold_snapshot.claims if set(c.mention_ids) & {m.id for m in mentions}]
    assert len(claims) == 1
