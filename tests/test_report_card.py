"""Claim and document cards over the sample corpus snapshot (built by hand from its gold)."""

from __future__ import annotations

import pytest
from conftest import MAO_FIGURES

from claimgraph.errors import ClaimNotFound
from claimgraph.models import GraphSnapshot
from claimgraph.report import claim_card, document_card, find_claims, to_text

# fmt: off
FIND_CASES = [
    # (query, the numbers as written of the claims it must find, exactly)
    ("life expectancy", {"78.6 years"}),
    ("78.6", {"78.6 years"}),
    ("2,700,000", {"more than 2.7 million"}),
    ("2.7 million", {"more than 2.7 million"}),
    ("deputies", {"around 3,000", "more than 2.7 million"}),
    ("united nations anniversary", {"80th anniversary"}),
    ("Universal Declaration", {"76th Anniversary", "77 years ago"}),
    ("no such metric", set()),
]
# fmt: on


@pytest.mark.parametrize(("query", "numbers"), FIND_CASES)
def test_card_find_claims_by_words(
    query: str, numbers: set[str], gold_snapshot: GraphSnapshot
) -> None:
    snapshot = gold_snapshot
    found = find_claims(snapshot, query)
    written = {m.number for m in snapshot.mentions for c in found if m.id in c.mention_ids}
    assert written == numbers


@pytest.mark.parametrize("kind", ["claim", "mention", "metric"])
def test_card_find_claims_by_id(kind: str, gold_snapshot: GraphSnapshot) -> None:
    snapshot = gold_snapshot
    claim = next(c for c in snapshot.claims if c.metric == "average life expectancy")
    key = {"claim": claim.id, "mention": claim.mention_ids[0], "metric": claim.metric_id}[kind]
    assert find_claims(snapshot, key) == [claim]


@pytest.mark.parametrize("figure", MAO_FIGURES)
def test_card_claim_card_shows_every_mention_highlighted(
    figure: str, gold_snapshot: GraphSnapshot
) -> None:
    snapshot = gold_snapshot
    claim = next(
        c for c in snapshot.claims for m in snapshot.mentions if m.number == figure and
        m.id in c.mention_ids
    )  # fmt: skip
    text = to_text(claim_card(snapshot, claim.id), width=200)
    assert text.count(f"[[{figure}]]") == 2  # documents 000 and 001
    assert text.count("2024-12-10 · Mao Ning") == 2
    assert "000_5183f373d07a56ce.txt" in text and "001_66420c5560cd654d.txt" in text
    assert "2 mentions by Mao Ning in 2 documents from 1 source" in text
    assert "single source" in text  # 000 and 001 are one syndicated story


def test_card_claim_card_shows_the_consistency_finding(gold_snapshot: GraphSnapshot) -> None:
    snapshot = gold_snapshot
    (claim,) = find_claims(snapshot, "77 years ago")
    text = to_text(claim_card(snapshot, claim.id), width=200)
    assert "consistent_with" in text
    assert "base year 1948" in text
    assert "with 76th anniversary — anniversary of the Universal Declaration" in text


@pytest.mark.parametrize(
    ("qualifier_number", "bounds"),
    [
        ("1,411.78 million", "exactly 1,411,780,000"),
        ("more than 1.41 billion", "above 1,410,000,000 (more than)"),
        ("nearly 1.412 billion", "just under 1,412,000,000 (nearly)"),
        ("between 1.40 and 1.41 billion", "between 1,400,000,000 and 1,410,000,000"),
    ],
)
def test_card_claim_card_bounds_and_other_values(
    qualifier_number: str, bounds: str, timeline_snapshot: GraphSnapshot
) -> None:
    snapshot = timeline_snapshot
    (claim,) = find_claims(snapshot, qualifier_number)
    text = to_text(claim_card(snapshot, claim.id), width=200)
    assert bounds in text
    assert "Other values for this metric" in text
    assert text.count("clm_") == 4  # its own id in the title, and the three others


@pytest.mark.parametrize("query", ["anniversary", "years ago"])
def test_card_several_matches_give_a_table_to_choose_from(
    query: str, gold_snapshot: GraphSnapshot
) -> None:
    snapshot = gold_snapshot
    found = find_claims(snapshot, query)
    assert len(found) > 1
    text = to_text(claim_card(snapshot, query), width=240)
    assert f"{len(found)} claims match {query!r}" in text
    assert all(c.id in text for c in found)


@pytest.mark.parametrize("query", ["clm_0000000000000000", "zebra crossings"])
def test_card_claim_card_raises_when_nothing_matches(
    query: str, gold_snapshot: GraphSnapshot
) -> None:
    with pytest.raises(ClaimNotFound, match=query):
        claim_card(gold_snapshot, query)


@pytest.mark.parametrize(
    ("document", "marks"),
    [
        (
            "000_5183f373d07a56ce.txt",
            ["[[nearly 100 million]]{2: Mao Ning}", "[[76th Anniversary]]{1: unattributed}",
             "[[over 20,000]]", "Lu Sitong"],
        ),
        ("002_8f6a01b27c6be631.txt", ["[[80th anniversary]]{1: Guo Jiakun}", "[[over 40]]"]),
    ],
)  # fmt: skip
def test_card_document_card_highlights_in_place(
    document: str, marks: list[str], gold_snapshot: GraphSnapshot
) -> None:
    snapshot = gold_snapshot
    text = to_text(document_card(snapshot, document), width=400)
    for mark in marks:
        assert mark in text
    doc = next(d for d in snapshot.documents if d.name == document)
    by_id = to_text(document_card(snapshot, doc.id), width=400)
    assert by_id == text


@pytest.mark.parametrize("document", ["nope.txt", "doc_0000"])
def test_card_document_card_raises_for_unknown_documents(
    document: str, gold_snapshot: GraphSnapshot
) -> None:
    with pytest.raises(ClaimNotFound):
        document_card(gold_snapshot, document)
