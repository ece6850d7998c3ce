"""Spans for the rule components' tests: model spans placed by their surface, and the spans a
pipeline returns read back as (text, label)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.nlp.components import Rules
from pipeline.nlp.components.conventions import MSRA
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


def is_msra(rules: Rules) -> bool:
    """Whether the rules follow MSRA's annotation convention (the tests' two conventions)."""
    return bool(rules.nlp.config["annotation"]["convention"] == MSRA)
