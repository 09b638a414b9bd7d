"""``python -m claimgraph`` runs the command-line interface."""

from claimgraph.cli import cli

if __name__ == "__main__":
    cli()
