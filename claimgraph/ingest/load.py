"""Readers: UTF-8 text, HTML and JSONL files (plus a JSONL manifest) into segmented Documents.

Every problem with an input is an :class:`~claimgraph.errors.IngestError` naming the file and
saying how to fix it; :func:`iter_documents` collects them and carries on with the other files.

>>> doc = load_text("Reuters: How many?\\n\\nMao Ning: Over 3,000.", name="t.txt")
>>> doc.genre, [b.speaker_label for b in doc.blocks if b.speaker_label]
('transcript', ['Reuters', 'Mao Ning'])
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

from claimgraph.errors import IngestError
from claimgraph.ingest.clean import dateline_like, is_prose, normalise_text
from claimgraph.ingest.meta import find_dates, find_publisher, infer_genre, parse_iso_datetime
from claimgraph.ingest.segment import segment
from claimgraph.models import Document, DocumentMeta, Genre, make_id

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "iter_documents",
    "load_document",
    "load_text",
    "read_manifest",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused: a saved page or transcript is far smaller."""

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
"""The file types :func:`iter_documents` picks up when it walks a folder."""

_META_FIELDS = ("publisher", "url", "published", "genre", "title")
_GENRES: tuple[str, ...] = get_args(Genre)


# --------------------------------------------------------------------------- text -> Document
def load_text(
    text: str,
    *,
    name: str,
    meta: DocumentMeta | None = None,
    source_path: str | None = None,
) -> Document:
    """Segment a text and fill in its metadata: given metadata first, then what the text says.

    Args:
        text: the document text; offsets of every block point into it, unchanged.
        name: the file (or JSONL line) name the text came from.
        meta: metadata from outside (manifest, CLI options, HTML metadata), which wins.
        source_path: the path as the user gave it.

    Returns:
        The segmented document. Its id depends on the normalised text only, so loading the same
        text twice gives the same document.
    """
    seg = segment(text)
    meta = meta or DocumentMeta()
    published: datetime | date | None = meta.published
    source: Literal["metadata", "text", "none"] = "metadata" if published is not None else "none"
    if published is None:
        published = find_published(seg.head_lines)
        source = "text" if published is not None else "none"
    return Document(
        id=make_id("doc", normalise_text(text)),
        name=name,
        source_path=source_path,
        text=text,
        url=meta.url,
        publisher=meta.publisher or find_publisher(text),
        title=meta.title or seg.title,
        published=published,
        published_source=source,
        genre=meta.genre or infer_genre(list(seg.genre_lines or seg.head_lines), seg.turns),
        blocks=seg.blocks,
    )


def find_published(head_lines: Iterable[str]) -> datetime | date | None:
    """The publication date in the first lines of a page: a dateline first, then a title.

    >>> find_published(["Some headline", "(Xinhua) 16:30, March 03, 2022", "Text."])
    datetime.datetime(2022, 3, 3, 16, 30)
    """
    lines = list(head_lines)
    for line in lines:  # a dateline, or a line that opens with its date
        short = len(line) <= 200
        # A long line is a paragraph: only its opening words can be a dateline.
        dates = find_dates(line if short else line[:60])
        if not dates:
            continue
        opening = line[: dates[0].start].strip(" (").lower() in ("", "date")
        if opening or (short and dateline_like(line)):
            return dates[0].value
    for line in lines:  # a title or a share bar that carries the date
        dates = find_dates(line) if len(line) <= 200 else []
        if dates and not is_prose(line):
            return dates[0].value
    return None


# --------------------------------------------------------------------------- files
def load_document(
    path: str | Path,
    *,
    meta: DocumentMeta | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Read one ``.txt`` (UTF-8) or ``.html``/``.htm`` file into a segmented document.

    Args:
        path: the file.
        meta: metadata that overrides what the file says.
        max_bytes: larger files are refused.

    Returns:
        The document; its ``name`` is the file name.

    Raises:
        IngestError: the file is missing, empty, too large, binary, not UTF-8, an HTML page
            without main text, or a ``.jsonl`` file (use :func:`iter_documents`).
    """
    p = Path(path)
    if p.suffix.lower() == ".jsonl":
        raise IngestError(
            "a .jsonl file holds many documents; read it with iter_documents", path=path
        )
    data = _read_bytes(p, max_bytes)
    if p.suffix.lower() in (".html", ".htm"):
        text, found = _extract_html(data, p)
        return load_text(text, name=p.name, meta=_merge(meta, found), source_path=str(path))
    return load_text(_decode(data, p), name=p.name, meta=meta, source_path=str(path))


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise IngestError("is a folder, not a file", path=path)
        if size > max_bytes:
            raise IngestError(
                f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit; "
                "split it or raise max_bytes",
                path=path,
            )
        if size == 0:
            raise IngestError("empty file", path=path)
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise IngestError("no such file", path=path) from exc
    except OSError as exc:
        raise IngestError(f"cannot read: {exc.strerror or exc}", path=path) from exc


def _decode(data: bytes, path: Path) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise IngestError("UTF-16 text; re-save it as UTF-8", path=path)
    nul = data.find(b"\x00")
    if nul >= 0:
        raise IngestError(f"binary file (NUL byte at offset {nul}), not text", path=path)
    skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = data[skip:].decode("utf-8")
    except UnicodeDecodeError as exc:
        at = exc.start + skip
        raise IngestError(
            f"not UTF-8 text (byte 0x{data[at]:02x} at offset {at}); re-save it as UTF-8",
            path=path,
        ) from exc
    if not text.strip():
        raise IngestError("empty file (only whitespace)", path=path)
    return text


def _extract_html(data: bytes, path: Path) -> tuple[str, DocumentMeta]:
    # trafilatura (a declared dependency) finds the main text of a page and drops navigation,
    # footers and comment boxes; its own rules beat anything we could write for HTML, and it
    # reads the title, date and site name from <meta> tags and JSON-LD. Imported here because it
    # is slow to import and plain-text runs never need it.
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            data,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_formatting=False,
        )
    except Exception as exc:  # any parser failure means a bad input file
        raise IngestError(f"cannot parse the HTML: {exc}", path=path) from exc
    text = getattr(result, "text", None) if result is not None else None
    if not text or not text.strip():
        raise IngestError("no main text found in the HTML page", path=path)
    published: datetime | date | None = None
    raw_date = getattr(result, "date", None)
    if raw_date:
        try:
            published = parse_iso_datetime(str(raw_date))
        except ValueError:
            published = None
    found = DocumentMeta(
        title=getattr(result, "title", None) or None,
        publisher=getattr(result, "sitename", None) or None,
        url=getattr(result, "url", None) or None,
        published=published,
    )
    return str(text), found


def _merge(first: DocumentMeta | None, second: DocumentMeta | None) -> DocumentMeta | None:
    """Field by field, ``first`` wins where it has a value."""
    if first is None or second is None:
        return first or second
    values = {
        f: getattr(first, f) if getattr(first, f) is not None else getattr(second, f)
        for f in _META_FIELDS
    }
    return DocumentMeta(path=first.path or second.path, **values)


# --------------------------------------------------------------------------- manifest
def _meta_from(obj: Mapping[str, Any]) -> DocumentMeta:
    """Metadata from one manifest or JSONL object; ValueError says what is wrong."""
    values: dict[str, Any] = {}
    for key in ("publisher", "url", "title", "path"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key!r} must be a string, not {type(value).__name__}")
        values[key] = value or None
    published = obj.get("published")
    if published is not None and published != "":
        if not isinstance(published, str):
            raise ValueError(f"'published' must be an ISO 8601 string, not {published!r}")
        try:
            values["published"] = parse_iso_datetime(published)
        except ValueError:
            raise ValueError(
                f"unparseable date {published!r} (use ISO 8601: 2024-12-10 or "
                "2024-12-10T16:52:00+08:00)"
            ) from None
    genre = obj.get("genre")
    if genre is not None:
        if genre not in _GENRES:
            raise ValueError(f"genre {genre!r} is not one of {', '.join(_GENRES)}")
        values["genre"] = genre
    return DocumentMeta(**values)


def _parse_manifest(path: Path) -> tuple[dict[Path, DocumentMeta], list[IngestError], set[Path]]:
    data = _read_bytes(path, DEFAULT_MAX_BYTES)
    text = _decode(data, path)
    metas: dict[Path, DocumentMeta] = {}
    problems: list[IngestError] = []
    bad: set[Path] = set()
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        target: Path | None = None
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            rel = obj.get("path")
            if not isinstance(rel, str) or not rel:
                raise ValueError("no 'path' (the file, relative to the manifest)")
            target = (path.parent / rel).resolve()
            meta = _meta_from(obj)
            if not target.is_file():
                raise ValueError(f"file not found: {rel}")
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            what = "not JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
            problems.append(IngestError(f"line {lineno}: {what}", path=path))
            if target is not None:
                bad.add(target)
            continue
        metas[target] = meta
    return metas, problems, bad


def read_manifest(path: str | Path) -> dict[Path, DocumentMeta]:
    """Read a JSONL manifest: one object per line with ``path`` and optional metadata.

    Args:
        path: the manifest; each ``path`` in it is relative to the manifest's folder.

    Returns:
        Resolved absolute file paths mapped to their metadata.

    Raises:
        IngestError: on the first bad line (not JSON, no path, a missing file, a bad date or
            genre), naming the manifest, the line number and the problem.
    """
    metas, problems, _ = _parse_manifest(Path(path))
    if problems:
        raise problems[0]
    return metas


# --------------------------------------------------------------------------- many files
def iter_documents(
    paths: Iterable[str | Path],
    *,
    manifest: str | Path | None = None,
    overrides: DocumentMeta | None = None,
    errors: list[IngestError] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Read files and folders (recursively: .txt .html .htm .jsonl, sorted) into documents.

    Metadata precedence: ``overrides`` (CLI options) > manifest > found in the file.

    Args:
        paths: files and folders; when empty, the files the manifest lists.
        manifest: a JSONL manifest giving per-file metadata.
        overrides: metadata that wins over everything else.
        errors: where problems go; each bad file (or manifest or JSONL line) adds one
            IngestError and the other files still go through. When None, the first problem
            is raised.
        max_bytes: files larger than this are refused.

    Yields:
        One document per text or HTML file, one per line of a JSONL file.

    Raises:
        IngestError: the first problem, when ``errors`` is None.
    """

    def fail(err: IngestError) -> None:
        if errors is None:
            raise err
        errors.append(err)

    metas: dict[Path, DocumentMeta] = {}
    bad: set[Path] = set()
    if manifest is not None:
        problems: list[IngestError] = []
        try:
            metas, problems, bad = _parse_manifest(Path(manifest))
        except IngestError as unreadable:
            problems = [unreadable]
        for problem in problems:
            fail(problem)

    files: list[Path] = []
    given = list(paths)
    for raw in given:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            if not found:
                fail(IngestError(f"no {', '.join(SUFFIXES)} files in this folder", path=p))
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            fail(IngestError("no such file or folder", path=p))
    if not given:
        files = list(metas)

    # Walking the folder that holds the manifest must not read the manifest as documents.
    done: set[Path] = {Path(manifest).resolve()} if manifest is not None else set()
    for f in files:
        key = f.resolve()
        if key in done or key in bad:
            continue  # listed twice, or its manifest line was already reported
        done.add(key)
        if f.suffix.lower() == ".jsonl":
            yield from _iter_jsonl(f, overrides, metas.get(key), fail, max_bytes)
            continue
        meta = _merge(overrides, metas.get(key))
        try:
            doc = load_document(f, meta=meta, max_bytes=max_bytes)
        except IngestError as err:
            fail(err)
            continue
        yield doc


def _iter_jsonl(
    path: Path,
    overrides: DocumentMeta | None,
    file_meta: DocumentMeta | None,
    fail: Callable[[IngestError], None],
    max_bytes: int,
) -> Iterator[Document]:
    """One document per line; a line's own fields come between overrides and the manifest."""
    try:
        text = _decode(_read_bytes(path, max_bytes), path)
    except IngestError as err:
        fail(err)
        return
    produced = 0
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        obj: Any = None
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
            body = obj.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ValueError("no 'text' (the document text, a non-empty string)")
            line_meta = _meta_from(obj)
            name = obj.get("name")
            if not isinstance(name, str) or not name:
                name = Path(line_meta.path).name if line_meta.path else f"{path.name}#{lineno}"
        except ValueError as exc:
            what = "not JSON" if isinstance(exc, json.JSONDecodeError) else str(exc)
            if not produced and isinstance(obj, dict) and "text" not in obj:
                # Not a file of documents at all (a gold or manifest file): say so once.
                fail(
                    IngestError(f"not a JSONL file of documents (line {lineno}: {what})", path=path)
                )
                return
            fail(IngestError(f"line {lineno}: {what}", path=path))
            continue
        produced += 1
        yield load_text(
            body,
            name=name,
            meta=_merge(overrides, _merge(line_meta, file_meta)),
            source_path=f"{path}#{lineno}",
        )
