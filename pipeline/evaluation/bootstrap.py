"""95% bootstrap intervals of the evaluations' per-group figures (`make eval`).

A group's figure (entity F1, object agreement) is a ratio of counts summed over the group's
units (pages for shanxi / x1 / x2, stories for the raw groups). ``interval`` resamples the
units with replacement (fixed seed, ``RESAMPLES`` times), recomputes the figure from each
resample's summed counts and gives the 2.5th and 97.5th percentiles (percentile bootstrap).
It reuses the per-unit counts the evaluation already gathered: nothing is run again.

Written here rather than with ``scipy.stats.bootstrap``: scipy is not a declared dependency,
and its statistic works on resampled observations where ours is a ratio of summed per-unit
count rows; with numpy the whole method is a few lines.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from numpy.typing import ArrayLike, NDArray

RESAMPLES = 1000
SEED = 0
LEVEL = 0.95
METHOD = (f"{LEVEL:.0%} percentile bootstrap: the group's units (pages or stories) resampled "
          f"with replacement, {RESAMPLES} resamples, seed {SEED}")

Statistic = Callable[[NDArray[np.float64]], NDArray[np.float64]]


def ratio(sums: NDArray[np.float64]) -> NDArray[np.float64]:
    """Column 0 over column 1 of summed counts (e.g. objects agreed / matched), 0 where
    column 1 is 0."""
    num, den = sums[..., 0], sums[..., 1]
    return np.divide(num, den, out=np.zeros_like(num), where=den > 0)


def f1(sums: NDArray[np.float64]) -> NDArray[np.float64]:
    """F1 of summed (true positives, predicted, gold) counts: 2 tp / (predicted + gold), which
    is 2PR / (P + R); 0 where there is nothing predicted or no gold (as ``ner.prf``)."""
    tp, npred, ngold = sums[..., 0], sums[..., 1], sums[..., 2]
    ok = (npred > 0) & (ngold > 0)
    return np.divide(2 * tp, npred + ngold, out=np.zeros_like(tp), where=ok)


def interval(counts: ArrayLike, statistic: Statistic, *, resamples: int = RESAMPLES,
             seed: int = SEED, level: float = LEVEL) -> tuple[float, float]:
    """The percentile bootstrap interval of ``statistic`` over units: ``counts`` holds one row
    of counts per unit; each resample draws as many units with replacement and the statistic
    is taken of their summed rows. (nan, nan) without units."""
    rows = np.asarray(counts, dtype=np.float64)
    if rows.ndim != 2 or len(rows) == 0:
        return (float("nan"), float("nan"))
    draws = np.random.default_rng(seed).integers(0, len(rows), size=(resamples, len(rows)))
    values = statistic(rows[draws].sum(axis=1))
    low, high = np.quantile(values, [(1 - level) / 2, (1 + level) / 2])
    return float(low), float(high)


def show(value: float, bounds: tuple[float, float]) -> str:
    """``0.879 [0.851, 0.905]``."""
    return f"{value:.3f} [{bounds[0]:.3f}, {bounds[1]:.3f}]"
