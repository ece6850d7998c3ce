"""NER backends, registered by name and chosen by a spec string.

A spec is ``NAME`` or ``NAME:ARG``: ``model:models/ner`` (the model trained and shipped by this
project, the default), ``hanlp:/path/to/saved/model`` (a HanLP model on disk), ``jieba``
(POS-tag baseline). Each backend module exposes ``load(arg: str | None) -> NerBackend``; modules
are imported lazily so a run that does not use HanLP never imports torch.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Protocol

LABELS = ("PERSON", "ORG", "LOC")
DEFAULT_NER = "model"


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


@cache
def load_ner(spec: str = DEFAULT_NER) -> NerBackend:
    """Load a backend once per process (and so once per Dask worker)."""
    name, _, arg = spec.partition(":")
    if name not in BACKENDS:
        known = ", ".join(sorted(BACKENDS))
        raise NerConfigError(f"unknown NER backend {name!r} in spec {spec!r}; known: {known}")
    module = importlib.import_module(BACKENDS[name])
    return module.load(arg or None)
