"""Resolution: metric and subject keys, name aliases, claim identity, briefings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from claimgraph.models import Block, BlockKind, Document, Mention, make_id
from claimgraph.resolve import (
    briefing_key,
    claim_id,
    metric_identity,
    metric_key,
    name_key,
    pick_surface,
    resolve_aliases,
    role_title,
    subject_key,
)

# fmt: off
SAME_METRIC = [
    ("average life expectancy", "life expectancy"),
    ("the total number of effective laws", "effective laws"),
    ("deputies to the National People's Congress", "deputy to National People's Congress"),
    ("countries represented", "the countries represented"),
    ("overall GDP growth rates", "GDP growth rate"),
    ("anniversary of the founding of the United Nations", "anniversary of United Nations"),
    ("anniversary of the establishment of diplomatic ties", "anniversary of diplomatic ties"),
]
OTHER_METRIC = [
    ("life expectancy", "infant mortality"),
    ("exports", "imports"),
    ("deputies to the National People's Congress",
     "deputies to people's congresses of all levels"),
    ("reform measures", "reform"),
    ("founding members", "members"),
]
# fmt: on


@pytest.mark.parametrize(("a", "b"), SAME_METRIC)
def test_resolve_metric_key_merges_wording_variants(a: str, b: str) -> None:
    assert metric_key(a) == metric_key(b)


@pytest.mark.parametrize(("a", "b"), OTHER_METRIC)
def test_resolve_metric_key_keeps_different_metrics_apart(a: str, b: str) -> None:
    assert metric_key(a) != metric_key(b)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("United Nations", "anniversary of the founding of the United Nations"),
         ("Human Rights Day", "anniversary of United Nations"), True),
        (("China", "life expectancy"), ("Vietnam", "life expectancy"), False),
        (("UDHR", "anniversary of the UDHR"), ("UN", "anniversary of the UN"), False),
    ],
)  # fmt: skip
def test_resolve_metric_identity(
    a: tuple[str | None, str], b: tuple[str | None, str], same: bool
) -> None:
    assert (metric_identity(*a)[:2] == metric_identity(*b)[:2]) is same


@pytest.mark.parametrize(
    ("subject", "key"),
    [("China", "china"), ("China's", "china"), ("the United Nations", "united nations"),
     (None, ""), ("", "")],
)  # fmt: skip
def test_resolve_subject_key(subject: str | None, key: str) -> None:
    assert subject_key(subject) == key


# fmt: off
ALIASES = [
    # (kind, names, name, canonical)
    ("person", ["mao", "mao ning", "guo jiakun"], "mao", "mao ning"),
    ("person", ["blinken", "antony blinken"], "blinken", "antony blinken"),
    ("person", ["mao", "mao ning", "mao zedong"], "mao", "mao"),  # ambiguous: kept apart
    ("person", ["ning", "mao ning"], "ning", "mao ning"),
    ("person", ["wang yi", "wang wenbin"], "wang yi", "wang yi"),
    ("organization", ["foreign ministry", "chinese foreign ministry"], "foreign ministry",
     "chinese foreign ministry"),
    ("organization", ["foreign ministry", "chinese foreign ministry",
                      "japanese foreign ministry"], "foreign ministry", "foreign ministry"),
    ("organization", ["cgtn", "reuters"], "cgtn", "cgtn"),
]
# fmt: on


@pytest.mark.parametrize(("kind", "names", "name", "canonical"), ALIASES)
def test_resolve_aliases(kind: str, names: list[str], name: str, canonical: str) -> None:
    assert resolve_aliases(kind, names)[name] == canonical  # type: ignore[arg-type]
    assert resolve_aliases(kind, list(reversed(names))) == resolve_aliases(kind, names)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ((Decimal("100000000.0"), None, "nearly"), (Decimal("1E+8"), None, "nearly"), True),
        ((Decimal("78.6"), "year", "exact"), (Decimal("78.60"), "year", "exact"), True),
        ((Decimal("78.6"), "year", "exact"), (Decimal("78.6"), "year", "approximate"), False),
        ((Decimal("78.6"), "year", "exact"), (Decimal("78.6"), None, "exact"), False),
        ((Decimal("300"), None, "more_than"), (Decimal("305"), None, "more_than"), False),
    ],
)
def test_resolve_claim_identity(
    a: tuple[Decimal, str | None, str], b: tuple[Decimal, str | None, str], same: bool
) -> None:
    assert (claim_id("met_x", *a) == claim_id("met_x", *b)) is same


def test_resolve_claim_identity_keeps_ranges_apart() -> None:
    low = Decimal(3)
    assert claim_id("m", low, "percent", "range", Decimal(5)) != claim_id(
        "m", low, "percent", "range", Decimal(6)
    )


@pytest.mark.parametrize(
    ("text", "key"),
    [("The  Ministry of Finance", "ministry of finance"), ("Mao Ning", "mao ning")],
)
def test_resolve_name_key(text: str, key: str) -> None:
    assert name_key(text) == key


@pytest.mark.parametrize(
    ("role", "title"),
    [("Spokeswoman", "spokesperson"), ("spokesman", "spokesperson"), ("Minister", "minister")],
)
def test_resolve_role_title(role: str, title: str) -> None:
    assert role_title(role) == title


@pytest.mark.parametrize(
    ("surfaces", "shown"),
    [(["GUO JIAKUN", "Guo Jiakun"], "Guo Jiakun"), (["average life expectancy",
      "life expectancy"], "life expectancy")],
)  # fmt: skip
def test_resolve_pick_surface(surfaces: list[str], shown: str) -> None:
    assert pick_surface(surfaces) == shown
    assert pick_surface(reversed(surfaces)) == shown


def _doc(text: str, *, genre: str = "article", blocks: tuple[Block, ...] = ()) -> Document:
    return Document(
        id=make_id("doc", text),
        name="t.txt",
        text=text,
        published=date(2024, 5, 6),
        genre=genre,
        blocks=blocks,
    )


def _mention(doc: Document, number: str, speaker: str | None, **extra: object) -> Mention:
    start = doc.text.index(number)
    fields: dict[str, object] = {
        "id": make_id("men", doc.id, start),
        "document_id": doc.id,
        "doc": doc.name,
        "number": number,
        "start": start,
        "end": start + len(number),
        "value": Decimal(number.split()[-1].replace(",", "")),
        "kind": "count",
        "metric": "things",
        "speaker": speaker,
        "speaker_type": "person" if speaker else None,
        "sentence": doc.text,
        "sentence_start": 0,
        "confidence": 0.9,
        "date": date(2024, 5, 3),
    }
    fields.update(extra)
    return Mention.model_validate(fields)


SPOKES_TEXT = "Spokeswoman Hua Chunying said 12 ports and 40 ships were ready, Li Wei added 7."
TRANSCRIPT = "Reuters: Are 5 ships late?\nLin Jian: No. All 40 ships are on time."


@pytest.mark.parametrize(
    ("case", "holder", "day"),
    [
        ("spokesperson", "Hua Chunying", date(2024, 5, 3)),
        ("transcript", "Lin Jian", date(2024, 5, 6)),
        ("plain article", None, None),
        ("press conference", "Li Wei", date(2024, 5, 3)),
    ],
)
def test_resolve_briefing_key(case: str, holder: str | None, day: date | None) -> None:
    if case == "spokesperson":
        doc = _doc(SPOKES_TEXT)
        ms = [
            _mention(doc, "12", "Hua Chunying", speaker_role="spokeswoman"),
            _mention(doc, "40", "Hua Chunying", speaker_role="spokeswoman"),
            _mention(doc, "7", "Li Wei"),
        ]
    elif case == "transcript":
        first = TRANSCRIPT.index("\n") + 1
        blocks = (
            Block(index=0, kind=BlockKind.TURN, start=0, end=first - 1, speaker_label="Reuters",
                  turn_role="question"),
            Block(index=1, kind=BlockKind.TURN, start=first, end=len(TRANSCRIPT),
                  speaker_label="Lin Jian", turn_role="answer"),
        )  # fmt: skip
        doc = _doc(TRANSCRIPT, genre="transcript", blocks=blocks)
        ms = [_mention(doc, "5", "Reuters", cue="question", speaker_type="organization", date=None)]
    elif case == "plain article":
        doc = _doc("Li Wei said 7 ports were open.")
        ms = [_mention(doc, "7", "Li Wei")]
    else:
        doc = _doc("At a press conference, Li Wei said 7 ports were open.")
        ms = [_mention(doc, "7", "Li Wei")]
    key = briefing_key(doc, ms)
    assert (key.holder if key else None, key.day if key else None) == (holder, day)
