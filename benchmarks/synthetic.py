"""A synthetic corpus of briefing-like documents, for benchmarks (graph, track, RDF, report).

Documents are built from templates of real sentence shapes: a spokesperson's quote, reported
speech ("X said that ..."), "according to" an agency, transcript turns; outlets, dates spread
over years, about 10 figures per document, figures repeated across briefings and changed over
time, and syndicated copies of a story under another outlet. Because the text is generated, the
true mentions are known exactly: :func:`synthetic_pairs` yields each document with them, so
benchmarks measure the graph, not the extractor.

>>> docs = list(synthetic_documents(40, seed=1))
>>> 3 <= len(docs) <= 6 and all(d.text for d in docs)
True
>>> sum(len(ms) for _, ms in synthetic_pairs(40, seed=1))
40
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

from claimgraph.ingest import load_text
from claimgraph.models import Cue, Document, GraphSnapshot, Kind, Mention, Qualifier, make_id

__all__ = [
    "GENERATOR_VERSION",
    "synthetic_documents",
    "synthetic_pairs",
    "synthetic_snapshot",
    "write_synthetic_files",
]

GENERATOR_VERSION = 1
OUT = Path(__file__).parent / "out"

_SPOKESPEOPLE = [
    ("Mao Ning", "spokesperson", "Ministry of Foreign Affairs"),
    ("Guo Jiakun", "spokesperson", "Ministry of Foreign Affairs"),
    ("Lin Jian", "spokesperson", "Ministry of Foreign Affairs"),
    ("He Yadong", "spokesperson", "Ministry of Commerce"),
    ("Elena Marsh", "spokesperson", "Department of Trade"),
    ("Tomas Berg", "spokesperson", "Ministry of Health"),
    ("Amara Okafor", "spokesperson", "Ministry of Finance"),
    ("Kenji Sato", "spokesperson", "Cabinet Office"),
]
_AGENCIES = [
    "National Bureau of Statistics",
    "World Bank",
    "International Energy Agency",
    "Ministry of Education",
]
_OUTLETS = [
    "Global Wire",
    "Daily Courier",
    "Harbor Times",
    "Metro News",
    "Eastern Herald",
    "Capital Report",
]
_SUBJECTS = ["China", "Vietnam", "Kenya", "Brazil", "Indonesia", "Egypt", "Chile", "Poland"]


@dataclass(frozen=True)
class _MetricSpec:
    phrases: tuple[str, ...]  # wordings of one metric ("life expectancy", "average ...")
    kind: Kind
    unit: str | None
    low: float
    high: float
    scale: str  # "", "million", "billion"
    decimals: int


_METRICS = [
    _MetricSpec(("life expectancy", "average life expectancy"), "measure", "year", 70, 82, "", 1),
    _MetricSpec(("GDP growth", "GDP growth rate"), "percent", "percent", 1, 8, "", 1),
    _MetricSpec(("unemployment rate", "urban jobless rate"), "percent", "percent", 3, 9, "", 1),
    _MetricSpec(("exports", "total exports"), "money", "USD", 50, 900, "billion", 1),
    _MetricSpec(
        ("people lifted out of poverty", "rural residents lifted out of poverty"),
        "count", None, 1, 100, "million", 0,
    ),  # fmt: skip
    _MetricSpec(("new urban jobs", "new jobs"), "count", None, 1, 14, "million", 1),
    _MetricSpec(("high-speed railway", "high-speed rail network"), "measure", "km", 2, 45, "", 0),
    _MetricSpec(("effective laws", "laws in force"), "count", None, 150, 400, "", 0),
    _MetricSpec(("foreign students", "international students"), "count", None, 10, 500, "", 0),
    _MetricSpec(("forest coverage", "forest coverage rate"), "percent", "percent", 10, 40, "", 1),
    _MetricSpec(("grain output", "total grain output"), "measure", "tonne", 100, 700, "million", 0),
    _MetricSpec(("outbound investment", "investment abroad"), "money", "USD", 5, 150, "billion", 1),
]  # fmt: skip
_QUALIFIERS: list[tuple[Qualifier, str]] = [
    ("exact", ""),
    ("exact", ""),
    ("exact", ""),
    ("nearly", "nearly "),
    ("approximate", "about "),
    ("approximate", "around "),
    ("more_than", "more than "),
    ("more_than", "over "),
    ("at_least", "at least "),
    ("less_than", "less than "),
]
_UNIT_WORDS = {"year": " years", "percent": " percent", "km": " km", "tonne": " tonnes"}
_FIGURES_PER_DOC = 10
_SYNDICATION_RATE = 0.15


@dataclass
class _Figure:
    subject: str
    spec: _MetricSpec
    value: Decimal
    qualifier: Qualifier
    words: str


def _number_text(fig: _Figure) -> str:
    spec = fig.spec
    if spec.scale:
        shown = f"{fig.value / Decimal(10) ** (9 if spec.scale == 'billion' else 6):f}"
        shown = shown.rstrip("0").rstrip(".") if "." in shown else shown
        body = f"{shown} {spec.scale}"
    elif spec.unit == "km":
        body = f"{int(fig.value):,}"
    else:
        body = f"{fig.value:,f}" if fig.value != fig.value.to_integral() else f"{int(fig.value):,}"
    if spec.unit == "USD":
        body = "$" + body
    return fig.words + body + _UNIT_WORDS.get(spec.unit or "", "")


def _new_value(rng: random.Random, spec: _MetricSpec) -> Decimal:
    raw = Decimal(str(round(rng.uniform(spec.low, spec.high), spec.decimals)))
    if spec.unit == "km":
        raw = raw * 1000
    if spec.scale == "million":
        raw = raw * 1_000_000
    elif spec.scale == "billion":
        raw = raw * 1_000_000_000
    return raw.normalize() if raw == raw.to_integral() else raw


class _World:
    """The state of the world: each metric's current figure, which changes now and then."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.current: dict[tuple[str, int], _Figure] = {}

    def figure(self) -> _Figure:
        rng = self.rng
        subject = rng.choice(_SUBJECTS)
        index = rng.randrange(len(_METRICS))
        spec = _METRICS[index]
        key = (subject, index)
        fig = self.current.get(key)
        if fig is None or rng.random() < 0.25:  # a changed (or first) figure
            qualifier, words = rng.choice(_QUALIFIERS)
            fig = _Figure(subject, spec, _new_value(rng, spec), qualifier, words)
            self.current[key] = fig
        return fig


def _sentence(
    rng: random.Random, fig: _Figure, phrase: str, speaker: tuple[str, str, str]
) -> tuple[str, Cue, str]:
    """(sentence with a {N} slot, cue, speaker kind) for one figure."""
    name, role, org = speaker
    shapes: list[tuple[str, Cue]] = [
        (f'"{fig.subject} has recorded {{N}} of {phrase}," said {role} {name}.', "quote"),
        (f"{name} said that the {phrase} of {fig.subject} reached {{N}} last year.", "said"),
        (f"{name.split()[0]} noted that {fig.subject}'s {phrase} stood at {{N}}.", "said"),
        (f"According to the {rng.choice(_AGENCIES)}, {phrase} in {fig.subject} was {{N}}.", "according_to"),  # noqa: E501
    ]  # fmt: skip
    text, cue = rng.choice(shapes)
    return text, cue, "organization" if cue == "according_to" else "person"


def synthetic_pairs(n_mentions: int, seed: int = 0) -> Iterator[tuple[Document, list[Mention]]]:
    """Synthetic documents with their true mentions, ``n_mentions`` mentions in all.

    Args:
        n_mentions: total number of mentions over all documents (syndicated copies included).
        seed: random seed; the same seed gives the same corpus.

    Yields:
        (document, mentions), about 10 mentions per document.
    """
    rng = random.Random(seed)
    world = _World(rng)
    start_day = date(2019, 1, 1)
    produced = 0
    serial = 0
    while produced < n_mentions:
        serial += 1
        speaker = rng.choice(_SPOKESPEOPLE)
        day = start_day + timedelta(days=rng.randrange(7 * 365))
        transcript = rng.random() < 0.2
        count = min(_FIGURES_PER_DOC + rng.randrange(-2, 3), n_mentions - produced)
        copies = 2 if rng.random() < _SYNDICATION_RATE and count * 2 <= n_mentions - produced else 1
        outlets = rng.sample(_OUTLETS, copies)
        figures = [world.figure() for _ in range(count)]
        slots: list[tuple[_Figure, str, str, Cue, str]] = []
        for fig in figures:
            phrase = rng.choice(fig.spec.phrases)
            sentence, cue, kind = _sentence(rng, fig, phrase, speaker)
            if transcript and kind == "person":
                sentence, cue = f"{fig.subject}'s {phrase} is {{N}}.", "turn"
            slots.append((fig, phrase, sentence, cue, kind))
        for outlet in outlets:
            pair = _render(serial, speaker, day, outlet, transcript, slots)
            produced += len(pair[1])
            yield pair


def _render(
    serial: int,
    speaker: tuple[str, str, str],
    day: date,
    outlet: str,
    transcript: bool,
    slots: list[tuple[_Figure, str, str, Cue, str]],
) -> tuple[Document, list[Mention]]:
    name, role, org = speaker
    stamp = datetime.combine(day, time(16, 0), tzinfo=timezone(timedelta(hours=8)))
    if transcript:
        head = (
            f"{org} Spokesperson {name}'s Regular Press Conference on "
            f"{day:%B} {day.day}, {day.year}\n{outlet} {day.isoformat()} 16:00\n\n"
        )
    else:
        head = (
            f"{name} briefs reporters on figures (report {serial})\n{outlet} {day.isoformat()} "
            f"16:00\n\n{org} {role} {name} gave figures at a regular press briefing on "
            f"{day:%A}.\n\n"
        )
    parts = [head]
    pending: list[tuple[int, int, int, _Figure, str, str, Cue, str]] = []
    offset = len(head)
    if transcript:
        parts.append(f"{name}: ")
        offset += len(name) + 2
    for i, (fig, phrase, template, cue, kind) in enumerate(slots):
        number = _number_text(fig)
        before, after = template.split("{N}")
        sentence = before + number + after
        start = offset + len(before)
        pending.append((offset, start, start + len(number), fig, phrase, sentence, cue, kind))
        sep = " " if (i + 1) % 3 else "\n\n"
        parts.append(sentence + sep)
        offset += len(sentence) + len(sep)
    text = "".join(parts).rstrip() + "\n"
    document = _load(text, f"syn_{serial:06d}_{outlet.replace(' ', '_').lower()}.txt")
    document = document.model_copy(
        update={
            "publisher": outlet,
            "published": stamp,
            "published_source": "metadata",
            "genre": "transcript" if transcript else "article",
        }
    )
    mentions = []
    for sent_start, start, end, fig, phrase, sentence, cue, kind in pending:
        agency = sentence.split("According to the ", 1)[-1].split(",", 1)[0]
        by_org = kind == "organization"
        mentions.append(
            Mention(
                id=make_id("men", document.id, start, end),
                document_id=document.id,
                doc=document.name,
                number=text[start:end],
                start=start,
                end=end,
                value=fig.value,
                qualifier=fig.qualifier,
                unit=fig.spec.unit,
                kind=fig.spec.kind,
                metric=phrase,
                subject=fig.subject,
                speaker=agency if by_org else name,
                speaker_type="organization" if by_org else "person",
                speaker_role=None if by_org else role,
                speaker_org=None if by_org else org,
                reported_by=name if by_org else None,
                date=day,
                sentence=sentence,
                sentence_start=sent_start,
                confidence=0.9,
                cue=cue,
                date_source="published",
            )
        )
    return document, mentions


def _load(text: str, name: str) -> Document:
    return load_text(text, name=name)


def synthetic_documents(n_mentions: int, seed: int = 0) -> Iterator[Document]:
    """Synthetic briefing-like documents holding about ``n_mentions`` figures in all.

    Args:
        n_mentions: total number of figures over all documents.
        seed: random seed; the same seed gives the same documents.

    Yields:
        Documents (about 10 figures each), in a deterministic order.
    """
    for document, _ in synthetic_pairs(n_mentions, seed):
        yield document


def synthetic_snapshot(n_mentions: int, seed: int = 0, *, cache: bool = True) -> GraphSnapshot:
    """The graph built from :func:`synthetic_pairs`, as a snapshot (cached under out/).

    Args:
        n_mentions: total number of mentions.
        seed: random seed.
        cache: read and write ``benchmarks/out/synthetic_<n>_<seed>_v<version>.json``.

    Returns:
        The snapshot (documents, mentions, claims, metrics, people, ...).
    """
    from claimgraph.graph import ClaimGraph

    path = OUT / f"synthetic_{n_mentions}_{seed}_v{GENERATOR_VERSION}.json"
    if cache and path.exists():
        return GraphSnapshot.model_validate_json(path.read_text(encoding="utf-8"))
    with ClaimGraph(None) as graph:
        for document, mentions in synthetic_pairs(n_mentions, seed):
            graph.add(document, mentions)
        snapshot = graph.snapshot()
    if cache:
        OUT.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(snapshot.model_dump_json(), encoding="utf-8")
        tmp.replace(path)
    return snapshot


def write_synthetic_files(directory: str | Path, n_mentions: int, seed: int = 0) -> list[Path]:
    """Write the synthetic documents as .txt files plus a ``manifest.jsonl``; return the files."""
    import json

    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with (folder / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for document in synthetic_documents(n_mentions, seed):
            path = folder / document.name
            path.write_text(document.text, encoding="utf-8")
            paths.append(path)
            published = document.published.isoformat() if document.published else None
            row = {"path": document.name, "publisher": document.publisher, "url": None,
                   "published": published, "genre": document.genre}  # fmt: skip
            manifest.write(json.dumps(row) + "\n")
    return paths
