"""Every command has help with an example, and the verbs of DESIGN.md all exist."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from claimgraph.cli import cli

VERBS = (
    "ingest",
    "extract",
    "claims",
    "track",
    "export",
    "import",
    "sparql",
    "validate",
    "evaluate",
    "segment",
)


def _commands() -> list[str]:
    assert isinstance(cli, click.Group)
    return sorted(cli.commands)


@pytest.mark.parametrize("verb", VERBS)
def test_cli_has_the_design_verbs(verb: str) -> None:
    assert verb in _commands()


@pytest.mark.parametrize("name", _commands())
def test_cli_every_command_has_help_with_an_example(name: str) -> None:
    result = CliRunner().invoke(cli, [name, "-h"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output, f"`claimgraph {name} -h` shows no Example: line"
