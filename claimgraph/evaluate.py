"""Score extraction against gold annotations (the format of ``tests/corpus/gold.jsonl``).

A prediction matches a gold mention of the same document when their number spans overlap and
their values agree (within 0.05%, or 0.01). ``optional`` gold mentions are neither required nor
counted wrong. On matched required mentions we also score speaker (right when it equals the gold
``speaker`` or one of its ``speaker_aliases``, or names the same body by the extractor's table
of organisation names: "UNHCR" is "United Nations High Commissioner for Refugees"), date,
qualifier, unit (by canonical name: "meter" is "m", "metric ton" is "tonne"), kind and metric
(lenient: enough shared content words).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from claimgraph.errors import EvaluationError, IngestError
from claimgraph.extract.names import ORG_ALIASES
from claimgraph.extract.units import unit_for
from claimgraph.models import Mention, normalise_key
from claimgraph.pipeline import extract_paths

__all__ = [
    "ATTRIBUTES",
    "DocScore",
    "Evaluation",
    "GoldMention",
    "evaluate",
    "evaluate_mentions",
    "metric_matches",
    "read_gold",
]

ATTRIBUTES = ("speaker", "date", "qualifier", "unit", "kind", "metric")

_STOP = frozenset(
    "a an the of to in on for by and or with from at as its their his her this that these those "
    "be is are was were been number total".split()
)


class GoldMention(BaseModel):
    """One hand-made annotation."""

    model_config = ConfigDict(extra="ignore")

    doc: str
    number: str
    value: float
    low: float | None = None
    high: float | None = None
    qualifier: str = "exact"
    unit: str | None = None
    kind: str
    metric: str
    subject: str | None = None
    period: str | None = None
    speaker: str | None = None
    speaker_aliases: list[str] = Field(default_factory=list)
    date: _dt.date | None = None
    start: int
    end: int
    sentence: str = ""
    optional: bool = False


class Miss(BaseModel):
    """A gold mention not found, or a prediction with no gold behind it."""

    number: str
    start: int
    end: int
    detail: str = ""


class DocScore(BaseModel):
    """Per-document counts and the mentions that went wrong."""

    doc: str
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[Miss] = Field(default_factory=list)
    extras: list[Miss] = Field(default_factory=list)
    wrong: list[Miss] = Field(default_factory=list)


class Evaluation(BaseModel):
    """Totals over every document."""

    precision: float
    recall: float
    f1: float
    true_positives: int
    false_positives: int
    false_negatives: int
    accuracy: dict[str, float] = Field(description="Attribute -> accuracy on matched mentions.")
    documents: list[DocScore]


def read_gold(path: str | Path) -> list[GoldMention]:
    """Read a gold JSONL file.

    Raises:
        EvaluationError: when the file is missing or a line is not a gold mention.
    """
    path = Path(path)
    gold = []
    for number, line in _lines(path, "gold file"):
        try:
            gold.append(GoldMention.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise EvaluationError(f"line {number}: {where}: {first['msg']}", path=path) from exc
    return gold


def _words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9]+", normalise_key(text))
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in _STOP}


def metric_matches(predicted: str | None, gold: str) -> bool:
    """Lenient metric comparison on content words (lower case, stop words out, crude stems).

    Right when the prediction has at least half of the gold metric's words and is not mostly
    other words (at least a quarter of its own words are gold words): "life expectancy" for
    "average life expectancy" is right; a bare "deputies" for "deputies to the National People's
    Congress" is not, nor is a whole sentence that happens to contain the metric.


    >>> metric_matches("life expectancy", "average life expectancy")
    True
    >>> metric_matches("reform measures", "deputies to the National People's Congress")
    False
    """
    if not predicted:
        return False
    p, g = _words(predicted), _words(gold)
    if not p or not g:
        return False
    shared = len(p & g)
    return shared * 2 >= len(g) and shared * 4 >= len(p)


def _values_agree(mention: Mention, gold: GoldMention) -> bool:
    value, expected = float(mention.value), gold.value
    # Tolerates rounding of fractions ("one-third" -> 33.33 vs 33.333...), not other figures.
    return abs(value - expected) <= max(abs(expected) * 0.0005, 0.01)


def _speaker_right(predicted: str | None, gold: GoldMention) -> bool:
    if gold.speaker is None:
        return predicted is None
    if predicted is None:
        return False
    names = {normalise_key(n) for n in [gold.speaker, *gold.speaker_aliases]}
    if normalise_key(predicted) in names:
        return True
    bodies = {normalise_key(_table_name(n)) for n in [gold.speaker, *gold.speaker_aliases]}
    return normalise_key(_table_name(predicted)) in bodies


def _table_name(name: str) -> str:
    """A name as the extractor's table of organisation names writes it ("UNHCR" -> "United
    Nations High Commissioner for Refugees"), without a leading "the"; nothing else dropped."""
    key = " ".join(name.split()).lower().replace("’", "'")
    bare = key.removeprefix("the ")
    if key in ORG_ALIASES or bare in ORG_ALIASES:
        return ORG_ALIASES.get(key) or ORG_ALIASES[bare]
    return name[4:] if key.startswith("the ") else name


def _unit_key(unit: str | None) -> str | None:
    """A unit's canonical name, however the gold spelled it ("meter" and "m", "metric ton" and
    "tonne" are one unit); currency codes and unknown names stay as written."""
    if unit is None:
        return None
    found = unit_for(unit) or unit_for(f"{unit}s")
    return found.name if found is not None else unit


def _attribute_right(name: str, mention: Mention, gold: GoldMention) -> bool:
    if name == "speaker":
        return _speaker_right(mention.speaker, gold)
    if name == "unit":
        return _unit_key(mention.unit) == _unit_key(gold.unit)
    if name == "metric":
        return metric_matches(mention.metric, gold.metric)
    return bool(getattr(mention, name) == getattr(gold, name))


def evaluate_mentions(
    predictions: Mapping[str, Sequence[Mention]], gold: Iterable[GoldMention]
) -> Evaluation:
    """Score predicted mentions (by document file name) against gold mentions."""
    by_doc: dict[str, list[GoldMention]] = {}
    for g in gold:
        by_doc.setdefault(g.doc, []).append(g)
    docs = sorted(set(by_doc) | set(predictions))
    right = dict.fromkeys(ATTRIBUTES, 0)
    scores = []
    for doc in docs:
        score = DocScore(doc=doc)
        golds = sorted(by_doc.get(doc, []), key=lambda g: g.start)
        used: set[int] = set()
        for mention in sorted(predictions.get(doc, []), key=lambda m: m.start):
            match = next(
                (
                    i
                    for i, g in enumerate(golds)
                    if i not in used
                    and mention.start < g.end
                    and g.start < mention.end
                    and _values_agree(mention, g)
                ),
                None,
            )
            if match is None:
                score.extras.append(
                    Miss(
                        number=mention.number,
                        start=mention.start,
                        end=mention.end,
                        detail=f"metric={mention.metric!r}",
                    )
                )
                continue
            used.add(match)
            g = golds[match]
            if g.optional:
                continue
            score.true_positives += 1
            wrong = []
            for name in ATTRIBUTES:
                if _attribute_right(name, mention, g):
                    right[name] += 1
                else:
                    want = g.speaker if name == "speaker" else getattr(g, name)
                    wrong.append(f"{name}: got {getattr(mention, name)!r}, want {want!r}")
            if wrong:
                score.wrong.append(
                    Miss(number=g.number, start=g.start, end=g.end, detail="; ".join(wrong))
                )
        for i, g in enumerate(golds):
            if i not in used and not g.optional:
                score.misses.append(
                    Miss(number=g.number, start=g.start, end=g.end, detail=f"metric={g.metric!r}")
                )
        score.false_positives = len(score.extras)
        score.false_negatives = len(score.misses)
        scores.append(score)
    tp = sum(s.true_positives for s in scores)
    fp = sum(s.false_positives for s in scores)
    fn = sum(s.false_negatives for s in scores)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Evaluation(
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(f1, 4),
        true_positives=tp,
        false_positives=fp,
        false_negatives=fn,
        accuracy={name: round(right[name] / tp, 4) if tp else 0.0 for name in ATTRIBUTES},
        documents=scores,
    )


def evaluate(
    gold_path: str | Path,
    *,
    manifest: str | Path,
    errors: list[IngestError] | None = None,
) -> Evaluation:
    """Extract every document of a manifest and score the result against a gold file.

    Args:
        gold_path: gold JSONL (one annotation per line, ``doc`` = the file name).
        manifest: the manifest of the documents the gold file annotates.
        errors: where unreadable documents are reported; when None the first one raises.

    Raises:
        EvaluationError: the gold file is unreadable, or names documents the manifest lacks.
    """
    gold = read_gold(gold_path)
    manifest = Path(manifest)
    paths = _manifest_paths(manifest)
    predictions = {
        doc.name: mentions
        for doc, mentions in extract_paths(paths, manifest=manifest, errors=errors)
    }
    unknown = sorted({g.doc for g in gold} - {Path(p).name for p in paths})
    if unknown:
        raise EvaluationError(
            f"gold names documents the manifest does not list: {', '.join(unknown)}",
            path=gold_path,
        )
    return evaluate_mentions(predictions, gold)


def _lines(path: Path, what: str) -> list[tuple[int, str]]:
    """The non-blank lines of a JSONL file with their line numbers (from 1)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise EvaluationError(f"cannot read {what} ({exc.strerror})", path=path) from exc
    return [(number, line) for number, line in enumerate(lines, 1) if line.strip()]


def _manifest_paths(manifest: Path) -> list[Path]:
    paths = []
    for number, line in _lines(manifest, "manifest"):
        try:
            paths.append(manifest.parent / json.loads(line)["path"])
        except (ValueError, KeyError, TypeError) as exc:
            raise EvaluationError(f"line {number}: no 'path' field", path=manifest) from exc
    return paths
