"""Spans for the rule components' tests: model spans placed by their surface, and the spans a
pipeline returns read back as (text, label); the rules under each convention, as a fixture."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from pipeline.nlp.components import Rules, build_rules
from pipeline.nlp.components.build import default_config
from pipeline.nlp.components.conventions import CONVENTIONS, MSRA
from pipeline.nlp.document import propagate
from pipeline.nlp.ner import Span


def write_lexicons(d: Path, places: Iterable[str], surnames: Iterable[str]) -> Path:
    """A gazetteer and a surname list in the NER model's lexicons/ layout (what build_rules
    reads), one entry a line; returns d."""
    (d / "gazetteer.txt").write_text("".join(f"{p}\n" for p in places), encoding="utf-8")
    (d / "person_surnames.txt").write_text("".join(f"{s}\n" for s in surnames), encoding="utf-8")
    return d


def model(text: str, *pieces: tuple[str, str]) -> list[Span]:
    """Model spans given as (surface, label), located left to right in text."""
    out, pos = [], 0
    for surface, label in pieces:
        i = text.index(surface, pos)
        out.append(Span(i, i + len(surface), label, "model"))
        pos = i + len(surface)
    return out


def ents(text: str, spans: list[Span]) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in spans]


def propagated(*sentences: tuple[str, tuple[tuple[str, str], ...]]) -> list[list[tuple[str, str]]]:
    """The spans of each sentence of one document after ``propagate``: each sentence is given
    with the (text, label) pieces the model found in it."""
    texts = [t for t, _ in sentences]
    found = [model(t, *pieces) for t, pieces in sentences]
    return [ents(t, spans) for t, spans in zip(texts, propagate(texts, found), strict=True)]


def is_msra(rules: Rules) -> bool:
    """Whether the rules follow MSRA's annotation convention (the tests' two conventions)."""
    return convention(rules) == MSRA


def rules_per_convention(places: Iterable[str], surnames: Iterable[str],
                         named: bool = False) -> Callable[..., Any]:
    """A module fixture (``rules = rules_per_convention(...)``): the rule components under
    each annotation convention in turn, reading a gazetteer of ``places`` and ``surnames``;
    ``named``: as (convention, rules)."""
    places, surnames = tuple(places), tuple(surnames)

    @pytest.fixture(scope="module", params=CONVENTIONS)
    def rules(request: pytest.FixtureRequest,
              tmp_path_factory: pytest.TempPathFactory) -> Rules | tuple[str, Rules]:
        lexicons_dir = write_lexicons(tmp_path_factory.mktemp("lexicons"), places, surnames)
        built = build_rules(str(lexicons_dir), default_config(request.param))
        return (request.param, built) if named else built

    return rules


def convention(rules: Rules) -> str:
    """The annotation convention the rules follow."""
    return str(rules.nlp.config["annotation"]["convention"])
