"""The pieces a sentence is cut into for the statistics finder, and what a match becomes."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Piece:
    """A stretch of the sentence: a quantity piece (role set) or a jieba word (pos set)."""

    start: int
    end: int
    role: str = ""
    pos: str = ""
    marker: str = ""  # approximation of a PRE/SUF/POST piece


@dataclass
class Found:
    """A statistic found in a sentence, before its object and links."""

    start: int
    end: int
    pieces: list[int] = field(default_factory=list)  # indices into the sentence pieces
    value: float | None = None
    low: float | None = None
    high: float | None = None
    approx: str = "exact"
    unit: str | None = None
    unit_written: str | None = None
    kind: str = "count"
    obj: str = ""


def match_prefix(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if text.startswith(w, pos)), None)
