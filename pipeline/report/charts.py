"""Geometry of the report's charts: horizontal bars (optionally stacked) and a column timeline.

Written by hand rather than with a chart library: the report needs two kinds of bar chart,
which come to a few rectangles each, while matplotlib (about 40 MB with its fonts) or
altair + vl-convert-python (about 100 MB, a JavaScript engine) would be new runtime
dependencies of every install, and their SVG would embed fonts or scripts. Here Python only
computes coordinates; the Jinja templates draw them as inline SVG with every label escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.report.figures import Ranked

# Okabe-Ito palette (readable with colour blindness), one colour per statistic kind.
KIND_COLOURS = {
    "count": "#0072B2",
    "duration": "#E69F00",
    "frequency": "#009E73",
    "percent": "#CC79A7",
    "age": "#56B4E9",
    "fraction": "#D55E00",
    "amount": "#F0E442",
}
DEFAULT_COLOUR = "#0072B2"
OTHER_COLOUR = "#999999"


@dataclass(frozen=True)
class Segment:
    x: float
    width: float
    colour: str
    title: str


@dataclass(frozen=True)
class Bar:
    label: str
    detail: str
    value: int
    x: float
    y: float
    width: float
    height: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int  # left margin (horizontal bars) or bottom margin (columns)
    bars: tuple[Bar, ...]
    legend: tuple[tuple[str, str], ...] = ()  # (name, colour)


def horizontal_bars(rows: Sequence[Ranked], width: int = 680, label_width: int = 190) -> Chart:
    """One bar per row, longest first as given; a row with parts is drawn stacked by part."""
    bar_height, gap, value_room = 18, 6, 48
    scale = (width - label_width - value_room) / max([r.count for r in rows] + [1])
    bars = []
    kinds: set[str] = set()
    for i, row in enumerate(rows):
        y = i * (bar_height + gap)
        segments, x = [], float(label_width)
        for kind, count in row.parts or (("", row.count),):
            colour = KIND_COLOURS.get(kind, OTHER_COLOUR) if kind else DEFAULT_COLOUR
            segments.append(Segment(x, count * scale, colour, f"{kind}: {count}" if kind else str(count)))
            x += count * scale
            kinds.update([kind] if kind else [])
        length = row.count * scale
        bars.append(Bar(row.name, row.detail, row.count, label_width, y, length, bar_height, tuple(segments)))
    legend = tuple((k, KIND_COLOURS.get(k, OTHER_COLOUR)) for k in sorted(kinds))
    return Chart(width, max(len(rows) * (bar_height + gap), bar_height), label_width, tuple(bars), legend)


def columns(rows: Sequence[Ranked], width: int = 680, plot_height: int = 160, label_room: int = 70) -> Chart:
    """One column per row, left to right as given (a timeline), labels slanted below."""
    step = min(48.0, (width - 40) / max(len(rows), 1))
    scale = (plot_height - 16) / max([r.count for r in rows] + [1])
    bars = tuple(
        Bar(
            row.name, row.detail, row.count, 30 + i * step + step * 0.15,
            plot_height - row.count * scale, step * 0.7, row.count * scale, (),
        )
        for i, row in enumerate(rows)
    )
    return Chart(width, plot_height + label_room, plot_height, bars)
