"""Chinese news pages to Parquet tables.

The library (the CLI, the evaluation harness and notebooks use it)::

    import pipeline
    nlp = pipeline.load()
    nlp.entities(["太原市小店区的党员志愿者"])
    nlp.statistics("共下沉党员干部3500余名")
    nlp.dates("4月3日晚", publication_date="2022-04-13")
    pipeline.parse_numeral("十五点八万")
    pipeline.run_batch("data/raw/sample", "data/processed")

Names are imported on first use, so ``import pipeline`` loads no model and no spaCy.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.api import Pipeline, load
    from pipeline.config import Config
    from pipeline.numbers import find_numerals, parse_numeral, parse_quantity
    from pipeline.run import run_batch, run_stage

# public name -> module that defines it
_EXPORTS = {
    "Config": "pipeline.config",
    "Pipeline": "pipeline.api",
    "load": "pipeline.api",
    "parse_numeral": "pipeline.numbers",
    "parse_quantity": "pipeline.numbers",
    "find_numerals": "pipeline.numbers",
    "run_batch": "pipeline.run",
    "run_stage": "pipeline.run",
}

__all__ = [
    "Config",
    "Pipeline",
    "find_numerals",
    "load",
    "parse_numeral",
    "parse_quantity",
    "run_batch",
    "run_stage",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    value = getattr(importlib.import_module(_EXPORTS[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS})
