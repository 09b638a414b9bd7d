"""Second held-out evaluation: extraction on eight original documents nobody tuned the extractor on.

``tests/heldout`` has been used for tuning, so this set is the one that measures generalisation.
The floors sit a little under what the extractor scored when the set was made (P 0.931, R 0.926,
speaker 0.926, date 0.977, qualifier 0.983, unit 0.983, kind 0.989, metric 0.438), so a change
that degrades generalisation fails here. Raise them when the extractor improves; never edit
``tests/heldout2/gold.jsonl`` to follow the extractor, and never tune on these documents.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.evaluate import Evaluation, evaluate

HELDOUT2 = Path(__file__).parent / "heldout2"


@pytest.fixture(scope="module")
def heldout2() -> Evaluation:
    return evaluate(HELDOUT2 / "gold.jsonl", manifest=HELDOUT2 / "manifest.jsonl")


# fmt: off
@pytest.mark.parametrize(("measure", "floor"), [
    ("precision", 0.90),
    ("recall", 0.90),
    ("speaker", 0.89),
    ("date", 0.95),
    ("qualifier", 0.96),
    ("unit", 0.96),
    ("kind", 0.96),
    ("metric", 0.40),
])
# fmt: on
def test_heldout2_scores_stay_above_floor(heldout2: Evaluation, measure: str, floor: float) -> None:
    scores = heldout2.accuracy
    score = scores[measure] if measure in scores else getattr(heldout2, measure)
    assert score >= floor, f"held-out-2 {measure} fell to {score} (floor {floor})"


def test_heldout2_gold_covers_every_document(heldout2: Evaluation) -> None:
    lines = (HELDOUT2 / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    listed = {Path(json.loads(line)["path"]).name for line in lines if line.strip()}
    assert len(listed) == 8
    assert listed == {d.doc for d in heldout2.documents}


def test_heldout2_gold_offsets_point_at_their_numbers() -> None:
    texts = {
        p.name: p.read_text(encoding="utf-8") for p in (HELDOUT2 / "docs").iterdir() if p.is_file()
    }
    rows = [json.loads(line) for line in (HELDOUT2 / "gold.jsonl").read_text().splitlines()]
    assert len(rows) > 200
    for row in rows:
        assert texts[row["doc"]][row["start"] : row["end"]] == row["number"], row
