"""What is installed: the package, the table schema and the shipped models, for ``--version``
and bug reports. Reads two small files; loads no model and imports no NLP library."""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from pipeline.config import Config

PACKAGE = "cnnews-pipeline"


@cache  # asked twice per batch: a metadata lookup costs milliseconds
def package_version() -> str:
    try:
        return version(PACKAGE)
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def ner_model_version(models: Path) -> str:
    """``config.json``'s version and training time, or why there is none."""
    path = models / "ner" / "config.json"
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return f"missing ({path})"
    return f"{config.get('version', '?')} (trained {config.get('trained_at', '?')})"


def gazetteer_version(models: Path) -> str:
    """The gazetteer file's content hash (the one the runs manifest records) and data year."""
    from pipeline.nlp.gazetteer import GAZETTEER_FILE

    path = models / "gazetteer" / GAZETTEER_FILE
    try:
        data = path.read_bytes()
    except OSError:
        return f"missing ({path})"
    return f"sha256 {hashlib.sha256(data).hexdigest()[:16]}"


def version_lines(config: Config | None = None) -> list[str]:
    from pipeline.schema import SCHEMA_VERSION

    models = (config or Config.from_env()).models_root
    return [
        f"{PACKAGE} {package_version()}",
        f"schema {SCHEMA_VERSION}",
        f"ner model {ner_model_version(models)}",
        f"gazetteer {gazetteer_version(models)}",
        f"models {models}",
    ]
