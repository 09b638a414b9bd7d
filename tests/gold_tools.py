"""Write a held-out set's gold.jsonl from hand annotations (offsets computed, never typed).

Each ``tests/heldout*/build_gold.py`` makes one ``GoldFile`` for its folder, annotates with its
``doc`` (the document and its defaults) and ``a`` (one number as written and, when it occurs
more than once, a text it follows: ``after``), then calls ``build``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from claimgraph.ingest import load_document

__all__ = ["GoldFile"]

_NUMBER_END = r"(?![\w]|[.,]\d)"
_SENTENCE_END = re.compile(r"[.!?](?=[\"”]?\s)|\n")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around ``text[start:end]``: from the previous sentence end to the next."""
    left = max(
        text.rfind("\n", 0, start),
        *(m.end() - 1 for m in re.finditer(r"[.!?][\"”]?\s", text[:start])),
        -1,
    )
    m = _SENTENCE_END.search(text, end)
    right = m.end() if m else len(text)
    return text[left + 1 : right].strip()


class GoldFile:
    """The annotations of one held-out folder (``docs/`` beside the ``gold.jsonl`` it writes)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.rows: list[dict[str, Any]] = []
        self._doc: dict[str, Any] = {"name": "", "date": "", "speaker": None, "aliases": []}

    def doc(
        self, name: str, date: str, speaker: str | None = None, aliases: list[str] | None = None
    ) -> None:
        """Start the annotations of document ``name``: its day and default speaker."""
        self._doc.update(name=name, date=date, speaker=speaker, aliases=aliases or [])

    def a(
        self,
        number: str,
        value: float,
        kind: str,
        metric: str,
        *,
        q: str = "exact",
        unit: str | None = None,
        subject: str | None = None,
        period: str | None = None,
        speaker: object = "default",
        aliases: list[str] | None = None,
        date: str | None = None,
        after: str = "",
        opt: bool = False,
        low: float | None = None,
        high: float | None = None,
    ) -> None:
        """Annotate one mention of the current document (``opt``: finding it is optional)."""
        if speaker == "default":
            speaker = self._doc["speaker"]
            aliases = aliases if aliases is not None else self._doc["aliases"]
        row: dict[str, Any] = dict(
            doc=self._doc["name"],
            number=number,
            value=value,
            qualifier=q,
            unit=unit,
            kind=kind,
            metric=metric,
            subject=subject,
            period=period,
            speaker=speaker,
            speaker_aliases=aliases or [],
            date=date or self._doc["date"],
            after=after,
        )
        if low is not None:
            row.update(low=low, high=high)
        if opt:
            row["optional"] = True
        self.rows.append(row)

    def build(self) -> None:
        """Find every annotation in its document and write ``gold.jsonl``, sorted by offset.

        Raises:
            SystemExit: an annotated number is not in its document, or two annotations overlap.
        """
        texts: dict[str, str] = {}
        out = []
        seen: set[tuple[str, int]] = set()
        for row in self.rows:
            name = str(row["doc"])
            if name not in texts:
                texts[name] = load_document(self.folder / "docs" / name).text
            text = texts[name]
            after, number = str(row["after"]), str(row["number"])
            base = text.index(after) + len(after) if after else 0
            found = re.compile(r"(?<![\w.,£$€])" + re.escape(number) + _NUMBER_END).search(
                text, base
            )
            if found is None:
                raise SystemExit(f"{name}: {number!r} not found after {after!r}")
            start, end = found.start(), found.start() + len(number)
            assert text[start:end] == number
            assert (name, start) not in seen, (name, number)
            seen.add((name, start))
            row = {k: v for k, v in row.items() if k != "after"}
            row.update(start=start, end=end, sentence=_sentence(text, start, end))
            out.append(row)
        out.sort(key=lambda r: (str(r["doc"]), int(r["start"])))
        for prev, row in zip(out, out[1:], strict=False):
            # Two annotations on one span mean an ``after`` anchor picked the wrong occurrence.
            if prev["doc"] == row["doc"] and int(row["start"]) < int(prev["end"]):
                raise SystemExit(f"{row['doc']}: {prev['number']!r} and {row['number']!r} overlap")
        with open(self.folder / "gold.jsonl", "w", encoding="utf-8") as fh:
            for row in out:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(len(out), "gold mentions,", sum(1 for r in out if r.get("optional")), "optional")
