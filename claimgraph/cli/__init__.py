"""The ``claimgraph`` command: one click group, one verb per library call.

Each verb group lives in its own module and registers itself on :data:`cli`.
"""

from __future__ import annotations

import click

from claimgraph import __version__

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, prog_name="claimgraph")
def cli() -> None:
    """Turn press briefings and news articles into a knowledge graph of statistical claims.

    Example: claimgraph ingest tests/corpus/docs --manifest tests/corpus/manifest.jsonl
    """


def _register() -> None:
    # Imported for their side effect of adding commands to `cli`.
    from claimgraph.cli import (  # noqa: F401
        extract_cmds,
        graph_cmds,
        ingest_cmds,
        rdf_cmds,
        report_cmds,
        track_cmds,
    )


_register()
