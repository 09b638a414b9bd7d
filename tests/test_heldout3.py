"""Third held-out evaluation: extraction on eight original documents nobody tuned the extractor on.

``tests/heldout`` and ``tests/heldout2`` have been used for tuning, so this set is the one that
measures generalisation. The floors sit a little under what the extractor scored when the set was
made, in its one run after the gold was committed (P 0.9695, R 0.9876, speaker 0.7484, date
0.956, qualifier 0.9874, unit 0.9874, kind 0.9748, metric 0.6478), so a change that degrades
generalisation fails here. Raise them when the extractor improves; never edit
``tests/heldout3/gold.jsonl`` to follow the extractor, and never tune on these documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.evaluate import Evaluation, evaluate
from claimgraph.ingest import load_document

HELDOUT3 = Path(__file__).parent / "heldout3"


@pytest.fixture(scope="module")
def heldout3() -> Evaluation:
    return evaluate(HELDOUT3 / "gold.jsonl", manifest=HELDOUT3 / "manifest.jsonl")


# fmt: off
@pytest.mark.parametrize(("measure", "floor"), [
    ("precision", 0.94),
    ("recall", 0.96),
    ("speaker", 0.72),
    ("date", 0.93),
    ("qualifier", 0.96),
    ("unit", 0.96),
    ("kind", 0.95),
    ("metric", 0.62),
])
# fmt: on
def test_heldout3_scores_stay_above_floor(heldout3: Evaluation, measure: str, floor: float) -> None:
    scores = heldout3.accuracy
    score = scores[measure] if measure in scores else getattr(heldout3, measure)
    assert score >= floor, f"held-out-3 {measure} fell to {score} (floor {floor})"


def test_heldout3_gold_covers_every_document(heldout3: Evaluation) -> None:
    lines = (HELDOUT3 / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    listed = {Path(json.loads(line)["path"]).name for line in lines if line.strip()}
    assert len(listed) == 8
    assert listed == {d.doc for d in heldout3.documents}


def test_heldout3_gold_offsets_point_at_their_numbers() -> None:
    # The .html page is annotated on its extracted text, so every document goes through ingest.
    texts = {p.name: load_document(p).text for p in (HELDOUT3 / "docs").iterdir() if p.is_file()}
    rows = [json.loads(line) for line in (HELDOUT3 / "gold.jsonl").read_text().splitlines()]
    assert len(rows) > 150
    assert any(row["doc"].endswith(".html") for row in rows)
    for row in rows:
        assert texts[row["doc"]][row["start"] : row["end"]] == row["number"], row
