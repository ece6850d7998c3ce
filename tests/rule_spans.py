"""Spans for the rule components' tests: model spans placed by their surface, and the spans a
pipeline returns read back as (text, label)."""

from __future__ import annotations

from pipeline.nlp.ner import Span


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
