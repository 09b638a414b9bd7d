"""Fourth held-out evaluation: attribution-rich original documents nobody tuned the extractor on.

``tests/heldout`` to ``tests/heldout3`` have been used for tuning, so this set measures speaker
attribution (transcripts, wire quotes spanning paragraphs, press releases, company statements,
officials quoted in turn, anonymous sources) on text the extractor has never seen. The floors sit
a little under what the extractor scored when the set was made, in its one run after the gold was
committed, at commit 8620579 (P 0.9851, R 0.9851, speaker 0.7348 after the one gold fix, date
0.947, qualifier 0.9924, unit 0.9924, kind 0.9848, metric 0.5076), so a change that degrades
generalisation fails here. Raise them when the extractor improves; never edit
``tests/heldout4/gold.jsonl`` to follow the extractor, and never tune on these documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.evaluate import Evaluation, evaluate
from claimgraph.ingest import load_document

HELDOUT4 = Path(__file__).parent / "heldout4"


@pytest.fixture(scope="module")
def heldout4() -> Evaluation:
    return evaluate(HELDOUT4 / "gold.jsonl", manifest=HELDOUT4 / "manifest.jsonl")


# fmt: off
@pytest.mark.parametrize(("measure", "floor"), [
    ("precision", 0.95),
    ("recall", 0.95),
    ("speaker", 0.70),
    ("date", 0.92),
    ("qualifier", 0.96),
    ("unit", 0.96),
    ("kind", 0.95),
    ("metric", 0.47),
])
# fmt: on
def test_heldout4_scores_stay_above_floor(heldout4: Evaluation, measure: str, floor: float) -> None:
    scores = heldout4.accuracy
    score = scores[measure] if measure in scores else getattr(heldout4, measure)
    assert score >= floor, f"held-out-4 {measure} fell to {score} (floor {floor})"


def test_heldout4_gold_covers_every_document(heldout4: Evaluation) -> None:
    lines = (HELDOUT4 / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    listed = {Path(json.loads(line)["path"]).name for line in lines if line.strip()}
    assert len(listed) == 8
    assert listed == {d.doc for d in heldout4.documents}


def test_heldout4_gold_offsets_point_at_their_numbers() -> None:
    texts = {p.name: load_document(p).text for p in (HELDOUT4 / "docs").iterdir() if p.is_file()}
    rows = [json.loads(line) for line in (HELDOUT4 / "gold.jsonl").read_text().splitlines()]
    assert len(rows) > 150
    # An attribution set: most required mentions have a named speaker, some have none.
    required = [row for row in rows if not row.get("optional")]
    assert sum(row["speaker"] is not None for row in required) > len(required) // 2
    assert any(row["speaker"] is None for row in required)
    for row in rows:
        assert texts[row["doc"]][row["start"] : row["end"]] == row["number"], row
