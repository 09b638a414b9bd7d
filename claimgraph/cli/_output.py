"""Output helpers shared by every command: tables for people, json/jsonl/csv for programs."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "jsonl", "csv")


def format_option(default: str = "table", choices: Sequence[str] = FORMATS) -> Callable[[F], F]:
    """The shared ``--format`` option."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=default,
        show_default=True,
        help="table for people; json, jsonl or csv for programs.",
    )


def db_option(func: F) -> F:
    """The shared ``--db`` option: the SQLite store file."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        default="claimgraph.db",
        show_default=True,
        envvar="CLAIMGRAPH_DB",
        help="The SQLite store file.",
    )(func)


def jsonable(value: Any) -> Any:
    """Make a value JSON-ready: decimals become numbers, dates ISO strings."""
    if isinstance(value, Decimal):
        return (
            int(value)
            if value == value.to_integral_value() and abs(value) < 2**53
            else float(value)
        )
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def dumps(value: Any) -> str:
    """One JSON line, UTF-8 kept readable."""
    return json.dumps(jsonable(value), ensure_ascii=False)


def _cell(value: Any) -> str:
    value = jsonable(value)
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(rows: Iterable[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> None:
    """Write rows to stdout in the chosen format.

    ``columns`` chooses and orders the table and csv columns; json and jsonl keep every field.
    """
    rows = list(rows)
    if fmt == "json":
        click.echo(json.dumps(jsonable(rows), ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(dumps(row))
    elif fmt == "csv":
        cols = list(columns or (rows[0].keys() if rows else []))
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in cols])
        click.echo(buf.getvalue(), nl=False)
    else:
        cols = list(columns or (rows[0].keys() if rows else []))
        print_table(rows, cols)


def print_table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    """A plain table on a pipe, a rich table on a terminal."""
    from rich.console import Console
    from rich.table import Table

    console = Console(soft_wrap=False)
    table = Table(*columns, show_lines=False, header_style="bold")
    for row in rows:
        table.add_row(*[_cell(row.get(c)) for c in columns])
    if console.is_terminal:
        console.print(table)
        return
    # Piped: tab-separated, one row per line, so grep/cut work.
    click.echo("\t".join(columns))
    for row in rows:
        click.echo("\t".join(_cell(row.get(c)).replace("\t", " ") for c in columns))
