"""The models: stable IDs, exact decimals, and JSON Schemas that are kept current."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from pydantic import ValidationError

from claimgraph.jsonschema import SCHEMA_DIR, schema_texts
from claimgraph.models import Mention, make_id, normalise_key


@pytest.mark.parametrize("name", sorted(schema_texts()))
def test_models_schema_is_current(name: str) -> None:
    path = SCHEMA_DIR / name
    assert path.exists(), f"{path} missing: run python -m claimgraph.jsonschema"
    assert path.read_text(encoding="utf-8") == schema_texts()[name], (
        f"{path} is stale: run python -m claimgraph.jsonschema"
    )


@pytest.mark.parametrize(
    ("parts_a", "parts_b", "same"),
    [
        (("China", "life expectancy"), ("China", "life expectancy"), True),
        (("China", "life expectancy"), ("China", "life  expectancy"), False),
        (("a", "bc"), ("ab", "c"), False),
    ],
)
def test_models_make_id_is_stable_and_unambiguous(parts_a, parts_b, same) -> None:
    assert (make_id("x", *parts_a) == make_id("x", *parts_b)) is same


@pytest.mark.parametrize(
    ("text", "key"),
    [("Mao  Ning", "mao ning"), ("People\u2019s Congress", "people's congress")],
)
def test_models_normalise_key(text, key) -> None:
    assert normalise_key(text) == key


def _mention(**over: object) -> Mention:
    fields: dict[str, object] = dict(
        id="men_1",
        document_id="doc_1",
        doc="a.txt",
        number="78.6 years",
        start=0,
        end=10,
        value=Decimal("78.6"),
        unit="year",
        kind="measure",
        metric="life expectancy",
        sentence="78.6 years",
        sentence_start=0,
        confidence=0.9,
        date=date(2024, 12, 10),
    )
    fields.update(over)
    return Mention(**fields)  # type: ignore[arg-type]


def test_models_mention_keeps_decimal_exact() -> None:
    m = _mention()
    assert m.value == Decimal("78.6")
    assert Mention.model_validate_json(m.model_dump_json()).value == Decimal("78.6")


@pytest.mark.parametrize("bad", [{"kind": "weight"}, {"qualifier": "roughly"}, {"extra": 1}])
def test_models_mention_rejects_bad_fields(bad) -> None:
    with pytest.raises(ValidationError):
        _mention(**bad)


def test_models_are_frozen() -> None:
    with pytest.raises(ValidationError):
        _mention().value = Decimal(1)  # type: ignore[misc]
