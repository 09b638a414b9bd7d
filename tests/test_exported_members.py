"""The public API: ``__all__`` lists exactly the public names, and every one of them resolves."""

from __future__ import annotations

import pytest

import claimgraph


def test_exported_members_all_is_sorted_and_complete() -> None:
    public = {
        name
        for name in [*vars(claimgraph), *claimgraph._LAZY]
        if not name.startswith("_") or name == "__version__"
    }
    modules = {"annotations", "importlib", "TYPE_CHECKING", "Any"}
    assert sorted(claimgraph.__all__, key=str.lower) == sorted(
        public - modules - _submodules(), key=str.lower
    )


@pytest.mark.parametrize("name", claimgraph.__all__)
def test_exported_members_resolve(name: str) -> None:
    assert getattr(claimgraph, name) is not None


def test_exported_members_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = claimgraph.nope  # type: ignore[attr-defined]


def _submodules() -> set[str]:
    import types

    return {n for n, v in vars(claimgraph).items() if isinstance(v, types.ModuleType)}
