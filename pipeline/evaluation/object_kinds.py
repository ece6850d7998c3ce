"""What kind of disagreement an object is, counted per group: an aggregate figure that says
which kind of fix a group needs (a held-out group's counts name no item, so they may be read).

- ``empty``: the pipeline gave no object where the annotation has one;
- ``spurious``: it gave one where the annotation leaves it empty;
- ``longer`` / ``shorter``: its object contains / lies inside the annotated one (a boundary);
- ``other``: a different noun (neither contains the other)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

KINDS = ("empty", "spurious", "longer", "shorter", "other")


def disagreement(gold: str | None, found: str | None) -> str | None:
    """The kind of disagreement of an object, or None where the two agree (spaces ignored
    at the ends, as the agreement figure does)."""
    g, f = (gold or "").strip(), (found or "").strip()
    if g == f:
        return None
    if not f:
        return "empty"
    if not g:
        return "spurious"
    if g in f:
        return "longer"
    if f in g:
        return "shorter"
    return "other"


def tally(pairs: Iterable[tuple[str | None, str | None]]) -> Counter[str]:
    """Counts per kind over (annotated, found) object pairs."""
    return Counter(k for g, f in pairs if (k := disagreement(g, f)) is not None)


def show(counts: Counter[str] | dict[str, float]) -> str:
    """'empty 3, spurious 1, longer 2, shorter 0, other 4'."""
    return ", ".join(f"{k} {int(counts.get(k, 0))}" for k in KINDS)
