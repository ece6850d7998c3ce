"""The pieces a sentence is cut into for the statistics finder, and what a match becomes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace


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
    paired: bool = False  # the object is a list item a 分别 pairs the figure with: the object model keeps it


def match_prefix(text: str, pos: int, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if text.startswith(w, pos)), None)


def join_runs(pieces: list[Piece], stats: list[Found], runs: dict[int, int],
              pos: str | None = "b") -> list[Piece]:
    """The pieces with each run (first piece -> last piece, inclusive) joined into one piece,
    tagged ``pos`` where given; the statistics' piece indices moved to the new list. A run that
    starts inside an earlier one is skipped. One loop for every joiner (level and grade
    prefixes, rank prefixes, bracketed alternative units)."""
    if not runs:
        return pieces
    out: list[Piece] = []
    moved: dict[int, int] = {}
    k = 0
    while k < len(pieces):
        last = runs.get(k)
        if last is None:
            out.append(pieces[k])
            last = k
        else:
            joined = replace(pieces[k], end=pieces[last].end)
            out.append(replace(joined, pos=pos) if pos is not None else joined)
        for m in range(k, last + 1):
            moved[m] = len(out) - 1
        k = last + 1
    for st in stats:
        st.pieces = [moved[m] for m in st.pieces]
    return out


def split_pieces(
    pieces: list[Piece], stats: list[Found], parts: Callable[[int, Piece], tuple[Piece, ...] | None]
) -> list[Piece]:
    """The pieces with each piece that ``parts(k, piece)`` cuts replaced by its parts (None: kept
    whole); the statistics' piece indices moved along (a statistic's own pieces are never cut).
    One loop for every splitter of jieba's words (guessed words with a function word at the end,
    verbs glued to a guessed word, fixed expressions of a noun and a verb)."""
    out: list[Piece] = []
    moved: dict[int, int] = {}
    for k, p in enumerate(pieces):
        moved[k] = len(out)
        out.extend(parts(k, p) or (p,))
    if len(out) > len(pieces):
        for st in stats:
            st.pieces = [moved[k] for k in st.pieces]
    return out


def piece_span(pieces: list[Piece], start: int, end: int) -> tuple[int, int] | None:
    """The indices of the pieces that start at `start` and end at `end` (document offsets), or
    None where the text between does not begin and end on piece boundaries: where an object's
    text, found in the sentence, lies among the pieces."""
    a = next((k for k, p in enumerate(pieces) if p.start == start), None)
    b = next((k for k, p in enumerate(pieces) if p.end == end), None)
    return None if a is None or b is None else (a, b)


def piece_before_object(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the piece that ends where the statistic's object starts, where the object is
    written right before the figure's first piece (新建|高标准农田|N万亩: 新建; 、|农村居民|N元: 、);
    else None."""
    first = pieces[st.pieces[0]].start
    if not st.obj or not text.endswith(st.obj, 0, first):
        return None
    start = first - len(st.obj)
    return next((k for k, p in enumerate(pieces) if p.end == start), None)
