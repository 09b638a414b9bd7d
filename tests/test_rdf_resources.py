"""The vocabulary and shapes ship inside the package and are found with or without the repo."""

from __future__ import annotations

import shutil
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from rdflib import Graph

import claimgraph.rdf.resources as resources
from claimgraph.errors import RDFError
from claimgraph.models import GraphSnapshot
from claimgraph.rdf import to_turtle, validate
from claimgraph.rdf.resources import (
    FORCE_INCLUDE,
    REPO_SCHEMAS,
    SCHEMA_FILES,
    schema_resource,
    schema_text,
)

ROOT = Path(__file__).resolve().parents[1]


def _package_root(tmp_path: Path, texts: dict[str, str]) -> Path:
    """A stand-in for an installed ``claimgraph.rdf`` holding the given package copies."""
    folder = tmp_path / "claimgraph" / "rdf" / resources.PACKAGE_FOLDER
    folder.mkdir(parents=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder.parent


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_resources_force_include_maps_the_repo_file_to_the_package_copy(name):
    source = f"schemas/{name}"
    assert (ROOT / source).is_file()
    assert FORCE_INCLUDE[source] == f"claimgraph/rdf/{resources.PACKAGE_FOLDER}/{name}"
    # Once the lead adds the table to pyproject.toml, it must say exactly this.
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = project["tool"]["hatch"]["build"]["targets"]["wheel"]
    if "force-include" in wheel:
        assert wheel["force-include"][source] == FORCE_INCLUDE[source]


@pytest.mark.parametrize("name", SCHEMA_FILES)
def test_resources_package_and_repo_copies_are_identical(name):
    packaged = Path(str(resources.files("claimgraph.rdf"))) / resources.PACKAGE_FOLDER / name
    repo = (REPO_SCHEMAS / name).read_text(encoding="utf-8")
    if packaged.is_file():  # an installed wheel run beside a checkout
        assert packaged.read_text(encoding="utf-8") == repo
    assert schema_text(name) == repo
    assert len(Graph().parse(data=schema_text(name), format="turtle")) > 50


# fmt: off
@pytest.mark.parametrize(("packaged", "expected"), [
    ({"shapes.ttl": "# package copy\n"}, "# package copy\n"),  # a wheel: the package copy wins
    ({}, None),  # an editable install: the repository's schemas/
])
# fmt: on
def test_resources_prefer_the_package_copy_and_fall_back_to_the_repo(
    tmp_path, monkeypatch, packaged, expected
):
    root = _package_root(tmp_path, packaged)
    monkeypatch.setattr(resources, "files", lambda _package: root)
    repo = (REPO_SCHEMAS / "shapes.ttl").read_text(encoding="utf-8")
    assert schema_text("shapes.ttl") == (expected if expected is not None else repo)


def test_resources_without_any_copy_is_one_clear_error(tmp_path, monkeypatch):
    root = _package_root(tmp_path, {})
    monkeypatch.setattr(resources, "files", lambda _package: root)
    monkeypatch.setattr(resources, "REPO_SCHEMAS", tmp_path / "nowhere")
    with pytest.raises(RDFError, match="reinstall"):
        schema_resource("shapes.ttl")
    export = tmp_path / "empty.ttl"
    export.write_text(to_turtle(GraphSnapshot()), encoding="utf-8")
    with pytest.raises(RDFError, match="shapes.ttl"):
        validate(export)


def test_resources_validate_reads_the_package_shapes(tmp_path, monkeypatch):
    # Shapes that every node fails: proof that validate used the package copy.
    strict = (REPO_SCHEMAS / "shapes.ttl").read_text(encoding="utf-8") + (
        "\n<urn:x:Strict> a sh:NodeShape ; sh:targetClass prov:SoftwareAgent ;\n"
        "    sh:property [ sh:path <urn:x:never> ; sh:minCount 1 ] .\n"
    )
    root = _package_root(tmp_path, {"shapes.ttl": strict})
    monkeypatch.setattr(resources, "files", lambda _package: root)
    export = tmp_path / "empty.ttl"
    export.write_text(to_turtle(GraphSnapshot()), encoding="utf-8")
    report = validate(export)
    assert not report.conforms
    assert [v.path for v in report.violations] == ["<urn:x:never>"]


@pytest.mark.slow
def test_resources_wheel_carries_both_files_and_validates_outside_the_repo(tmp_path):
    hatchling = pytest.importorskip("hatchling.builders.wheel")
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for folder in ("claimgraph", "schemas"):
        shutil.copytree(ROOT / folder, src / folder, ignore=shutil.ignore_patterns("__pycache__"))
    pyproject = (src / "pyproject.toml").read_text(encoding="utf-8")
    if "force-include" not in pyproject:
        lines = "".join(f'"{k}" = "{v}"\n' for k, v in FORCE_INCLUDE.items())
        pyproject += f"\n[tool.hatch.build.targets.wheel.force-include]\n{lines}"
        (src / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    wheel = next(iter(hatchling.WheelBuilder(str(src)).build(directory=str(tmp_path / "dist"))))
    with zipfile.ZipFile(wheel) as archive:
        for source, target in FORCE_INCLUDE.items():
            assert archive.read(target) == (ROOT / source).read_bytes()
        archive.extractall(tmp_path / "site")
    import subprocess

    code = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from claimgraph.rdf.resources import schema_resource;"
        "print(schema_resource('shapes.ttl'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == str(tmp_path / "site/claimgraph/rdf/schemas/shapes.ttl")
