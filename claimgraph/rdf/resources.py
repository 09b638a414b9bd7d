"""Where the vocabulary (``claimgraph.ttl``) and the SHACL shapes (``shapes.ttl``) are read from.

``schemas/`` at the repository root is the checked-in source of truth. A wheel carries them as
package data, ``claimgraph/rdf/schemas/<name>``, copied there at build time by hatch's
``force-include`` (see :data:`FORCE_INCLUDE`); an editable install has no package copy and
reads the repository folder instead.

>>> sorted(SCHEMA_FILES)
['claimgraph.ttl', 'shapes.ttl']
>>> "cg:ClaimMention" in schema_text("claimgraph.ttl")
True
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from claimgraph.errors import RDFError

__all__ = [
    "FORCE_INCLUDE",
    "PACKAGE_FOLDER",
    "REPO_SCHEMAS",
    "SCHEMA_FILES",
    "schema_dir",
    "schema_resource",
    "schema_text",
]

SCHEMA_FILES = ("claimgraph.ttl", "shapes.ttl")
"""The RDF schema files the package needs at run time."""

PACKAGE_FOLDER = "schemas"
"""The folder inside ``claimgraph.rdf`` that holds the package copies in a wheel."""

REPO_SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"
"""The checked-in source of truth (present in a checkout and an editable install)."""

FORCE_INCLUDE: dict[str, str] = {
    f"schemas/{name}": f"claimgraph/rdf/{PACKAGE_FOLDER}/{name}" for name in SCHEMA_FILES
}
"""``[tool.hatch.build.targets.wheel.force-include]``: repository path -> path in the wheel."""


def schema_resource(name: str) -> Traversable:
    """The schema file ``name``: the package copy if installed from a wheel, else the repo's.

    Raises:
        RDFError: when neither exists (a wheel built without the force-include lines).
    """
    if name not in SCHEMA_FILES:
        raise ValueError(f"unknown schema file {name!r}: one of {', '.join(SCHEMA_FILES)}")
    packaged = files("claimgraph.rdf").joinpath(PACKAGE_FOLDER, name)
    if packaged.is_file():
        return packaged
    repo = REPO_SCHEMAS / name
    if repo.is_file():
        return repo
    raise RDFError(
        f"the package carries no {PACKAGE_FOLDER}/{name} and there is no repository copy: "
        "reinstall claimgraph",
        path=repo,
    )


def schema_text(name: str) -> str:
    """The text of the schema file ``name`` (see :func:`schema_resource`)."""
    return schema_resource(name).read_text(encoding="utf-8")


def schema_dir() -> Path:
    """The folder the schema files are read from, as a path on disk."""
    resource = schema_resource(SCHEMA_FILES[0])
    if isinstance(resource, Path):
        return resource.parent
    return Path(str(resource)).parent  # pragma: no cover - zip imports are not supported
