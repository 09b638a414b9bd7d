"""JSON Schemas of the public models, checked in under ``schemas/`` and tested to be current.

Regenerate with ``python -m claimgraph.jsonschema``.
"""

from __future__ import annotations

import json
from pathlib import Path

from claimgraph.models import SCHEMA_MODELS

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schemas"


def schema_texts() -> dict[str, str]:
    """File name -> JSON Schema text, for every public model."""
    return {
        f"{model.__name__}.schema.json": json.dumps(
            model.model_json_schema(), indent=2, sort_keys=True, ensure_ascii=False
        )
        + "\n"
        for model in SCHEMA_MODELS
    }


def write_schemas(directory: Path = SCHEMA_DIR) -> list[Path]:
    """Write every schema into ``directory``; returns the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in schema_texts().items():
        path = directory / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for path in write_schemas():
        print(path)
