"""NER backends, registered by name and chosen by a spec string, and the NER pipeline.

A spec is ``NAME`` or ``NAME:ARG``: ``model:models/ner`` (the model trained and shipped by this
project, the default), ``hanlp:/path/to/saved/model`` (a HanLP model on disk), ``jieba``
(POS-tag baseline). Each backend module exposes ``load(arg: str | None) -> NerBackend``; modules
are imported lazily so a run that does not use HanLP never imports torch.

``load_ner(spec)`` is what the pipeline runs: one spaCy pipeline whose first component is the
backend and whose other components are the rules (``pipeline.nlp.components``), the same for
every backend. ``load_backend(spec)`` is the backend alone.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pipeline.nlp.components.build import NerPipeline

from pipeline.config import DEFAULT_NER, shipped_models_dir

LABELS = ("PERSON", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class Span:
    """An entity span in one input text; end is exclusive."""

    start: int
    end: int
    label: str  # PERSON | ORG | LOC
    source: str  # which component found it: model, rule:byline, gazetteer, jieba ...
    score: float | None = None


class NerBackend(Protocol):
    name: str

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        """Entity spans for each text, non-overlapping, sorted by start."""
        ...

    def describe(self) -> dict[str, str]:
        """What was loaded (for the run manifest): backend, path, version."""
        ...


BACKENDS: dict[str, str] = {
    "jieba": "pipeline.nlp.jieba_ner",
    "model": "pipeline.nlp.ner_model",
    "hanlp": "pipeline.nlp.hanlp_backend",
}


class NerConfigError(ValueError):
    """A NER spec names no known backend, or its model cannot be loaded."""


def default_model_dir() -> Path:
    """The shipped NER model's folder (``models/ner`` in a source tree, the installed models
    package otherwise). A configured models folder (CNNEWS_MODELS_DIR, read by
    ``Config.from_env``) reaches the backend through ``Config.ner_spec``."""
    return shipped_models_dir() / "ner"


@cache
def load_backend(spec: str = DEFAULT_NER) -> NerBackend:
    """The backend alone, loaded once per process (and so once per Dask worker)."""
    name, _, arg = spec.partition(":")
    if name not in BACKENDS:
        known = ", ".join(sorted(BACKENDS))
        raise NerConfigError(f"unknown NER backend {name!r} in spec {spec!r}; known: {known}")
    module = importlib.import_module(BACKENDS[name])
    backend: NerBackend = module.load(arg or None)
    return backend


@cache
def load_ner(spec: str = DEFAULT_NER) -> NerPipeline:
    """The backend and the rule components as one pipeline, built once per process."""
    from pipeline.nlp.components.build import build

    return build(spec)
