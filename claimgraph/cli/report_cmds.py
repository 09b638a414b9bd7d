"""Commands of this group register themselves on the claimgraph group."""

from claimgraph.cli import cli as cli
