"""The evaluator: matching rule, optional gold, speaker aliases, lenient metrics, errors."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from claimgraph.errors import EvaluationError
from claimgraph.evaluate import (
    GoldMention,
    evaluate,
    evaluate_mentions,
    metric_matches,
    read_gold,
)
from claimgraph.models import Mention


def _mention(start: int, end: int, value: str, **over: object) -> Mention:
    fields: dict[str, object] = dict(
        id=f"men_{start}",
        document_id="doc_1",
        doc="a.txt",
        number="x" * (end - start),
        start=start,
        end=end,
        value=Decimal(value),
        kind="count",
        metric="effective laws",
        sentence="",
        sentence_start=0,
        confidence=0.9,
        speaker="Mao Ning",
        date=date(2024, 12, 10),
    )
    fields.update(over)
    return Mention(**fields)  # type: ignore[arg-type]


def _gold(start: int, end: int, value: float, **over: object) -> GoldMention:
    fields: dict[str, object] = dict(
        doc="a.txt",
        number="x",
        value=value,
        kind="count",
        metric="effective laws",
        speaker="Mao Ning",
        date=date(2024, 12, 10),
        start=start,
        end=end,
    )
    fields.update(over)
    return GoldMention(**fields)  # type: ignore[arg-type]


# fmt: off
@pytest.mark.parametrize(("pred", "gold", "tp", "fp", "fn"), [
    ([(10, 13, "305")], [(10, 13, 305)], 1, 0, 0),            # exact span
    ([(5, 13, "305")], [(10, 13, 305)], 1, 0, 0),             # overlapping span
    ([(0, 5, "305")], [(10, 13, 305)], 0, 1, 1),              # no overlap
    ([(10, 13, "306")], [(10, 13, 305)], 0, 1, 1),            # value disagrees
    ([(10, 13, "305"), (10, 13, "305")], [(10, 13, 305)], 1, 1, 0),  # one gold, matched once
    ([], [(10, 13, 305)], 0, 0, 1),
])
# fmt: on
def test_evaluate_matching_rule(pred, gold, tp, fp, fn) -> None:
    result = evaluate_mentions(
        {"a.txt": [_mention(*p) for p in pred]}, [_gold(*g) for g in gold]
    )
    assert (result.true_positives, result.false_positives, result.false_negatives) == (tp, fp, fn)


def test_evaluate_optional_gold_is_neither_required_nor_wrong() -> None:
    gold = [_gold(10, 13, 305), _gold(20, 28, 10, optional=True)]
    found = evaluate_mentions({"a.txt": [_mention(10, 13, "305"), _mention(20, 28, "10")]}, gold)
    missed = evaluate_mentions({"a.txt": [_mention(10, 13, "305")]}, gold)
    for result in (found, missed):
        assert (result.precision, result.recall) == (1.0, 1.0)


# fmt: off
@pytest.mark.parametrize(("speaker", "gold_speaker", "aliases", "right"), [
    ("Mao Ning", "Mao Ning", [], True),
    ("mao  ning", "Mao Ning", [], True),
    ("WHO Director-General", "Tedros Adhanom Ghebreyesus", ["WHO Director-General"], True),
    ("Mao Ning", None, [], False),
    (None, None, [], True),
    (None, "Reuters", [], False),
    # the extractor's table of organisation names: an acronym is its body, nothing looser
    ("United Nations High Commissioner for Refugees", "UNHCR", [], True),
    ("union", "Irish Nurses and Midwives Organisation", ["the union"], True),
    ("Defense Ministry", "Japan's Defense Ministry", [], False),
    ("Food and Agriculture Organization", "World Food Programme", ["WFP"], False),
])
# fmt: on
def test_evaluate_speaker_aliases(speaker, gold_speaker, aliases, right) -> None:
    result = evaluate_mentions(
        {"a.txt": [_mention(10, 13, "305", speaker=speaker)]},
        [_gold(10, 13, 305, speaker=gold_speaker, speaker_aliases=aliases)],
    )
    assert result.accuracy["speaker"] == (1.0 if right else 0.0)


# fmt: off
@pytest.mark.parametrize(("unit", "gold_unit", "right"), [
    ("m", "meter", True),
    ("tonne", "metric ton", True),
    ("km2", "square kilometer", True),
    ("kWh", "kilowatt-hour", True),
    ("USD", "USD", True),
    ("USD", "CAD", False),
    ("km", "mile", False),
    (None, "percent", False),
])
# fmt: on
def test_evaluate_units_compare_by_canonical_name(unit, gold_unit, right) -> None:
    result = evaluate_mentions(
        {"a.txt": [_mention(10, 13, "305", unit=unit)]},
        [_gold(10, 13, 305, unit=gold_unit)],
    )
    assert result.accuracy["unit"] == (1.0 if right else 0.0)


# fmt: off
@pytest.mark.parametrize(("predicted", "gold", "match"), [
    ("life expectancy", "average life expectancy", True),
    ("effective laws", "effective laws", True),
    ("deputies", "deputies to the National People's Congress", False),
    ("deputies to the National People's Congress", "deputies to the National People's Congress",
     True),
    ("passengers", "passengers served", True),
    ("reform measures", "poor rural residents lifted out of poverty", False),
    ("", "effective laws", False),
])
# fmt: on
def test_evaluate_metric_matches(predicted, gold, match) -> None:
    assert metric_matches(predicted, gold) is match


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json\n", "line 1"), ('{"doc": "a.txt"}\n', "line 1: number")],
)
def test_evaluate_read_gold_names_file_and_line(tmp_path: Path, content, message) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message) as info:
        read_gold(path)
    assert info.value.path == str(path)


# fmt: off
@pytest.mark.parametrize(("gold", "manifest", "bad", "message"), [
    (None, "", "gold.jsonl", "cannot read gold file"),
    ("\n", None, "manifest.jsonl", "cannot read manifest"),
    ("\n", '\n{"path": "a.txt"}\n{"file": "b.txt"}\n', "manifest.jsonl", "line 3: no 'path'"),
])
# fmt: on
def test_evaluate_unreadable_inputs_name_the_file(
    tmp_path: Path, gold: str | None, manifest: str | None, bad: str, message: str
) -> None:
    for name, content in (("gold.jsonl", gold), ("manifest.jsonl", manifest)):
        if content is not None:
            (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match=message) as info:
        evaluate(tmp_path / "gold.jsonl", manifest=tmp_path / "manifest.jsonl")
    assert info.value.path == str(tmp_path / bad)
