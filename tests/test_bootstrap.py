"""The bootstrap interval of the evaluations' per-group figures (pipeline/evaluation/bootstrap.py):
units' count rows resampled with replacement, the figure taken of each resample's sums."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.evaluation import bootstrap

# (agreed, matched) per unit: a story's objects; at least one matched each
agreements = st.lists(
    st.integers(min_value=1, max_value=40).flatmap(
        lambda matched: st.tuples(st.integers(min_value=0, max_value=matched), st.just(matched))
    ),
    min_size=1,
    max_size=30,
)
# (true positives, predicted, gold) per unit: a page's entity spans
f1_counts = st.lists(
    st.tuples(st.integers(0, 30), st.integers(0, 20), st.integers(0, 20)).map(
        lambda t: (t[0], t[0] + t[1], t[0] + t[2])  # tp, tp + spurious, tp + missed
    ),
    min_size=1,
    max_size=30,
)


def point(counts: list[tuple[int, ...]], statistic: bootstrap.Statistic) -> float:
    import numpy as np

    return float(statistic(np.asarray(counts, dtype=float).sum(axis=0)))


@settings(max_examples=60, deadline=None)
@given(unit=st.tuples(st.integers(0, 20), st.integers(1, 20)), n=st.integers(1, 25))
def test_equal_units_give_the_point_estimate(unit: tuple[int, int], n: int) -> None:
    """Every resample of identical units has the same sums' ratio: the interval is the point."""
    unit = (min(unit), unit[1])
    units = [unit] * n
    low, high = bootstrap.interval(units, bootstrap.ratio)
    assert math.isclose(low, unit[0] / unit[1]) and math.isclose(high, unit[0] / unit[1])


@settings(max_examples=60, deadline=None)
@given(units=agreements)
def test_the_interval_lies_within_the_units_own_figures(units: list[tuple[int, int]]) -> None:
    """A ratio of sums lies between the smallest and largest of the units' ratios."""
    low, high = bootstrap.interval(units, bootstrap.ratio)
    ratios = [ok / matched for ok, matched in units]
    assert min(ratios) - 1e-12 <= low <= high <= max(ratios) + 1e-12


@settings(max_examples=40, deadline=None)
@given(units=agreements)
def test_the_interval_narrows_as_units_repeat(units: list[tuple[int, int]]) -> None:
    """The same units nine times over: the same figure, an interval no wider (about a third)."""
    low, high = bootstrap.interval(units, bootstrap.ratio)
    low9, high9 = bootstrap.interval(units * 9, bootstrap.ratio)
    assert high9 - low9 <= high - low + 1e-12
    assert math.isclose(point(units, bootstrap.ratio), point(units * 9, bootstrap.ratio))


@settings(max_examples=40, deadline=None)
@given(units=f1_counts, seed=st.integers(0, 2**32 - 1))
def test_deterministic_with_the_seed(units: list[tuple[int, int, int]], seed: int) -> None:
    first = bootstrap.interval(units, bootstrap.f1, seed=seed)
    assert bootstrap.interval(list(units), bootstrap.f1, seed=seed) == first
    assert 0.0 <= first[0] <= first[1] <= 1.0


def test_f1_of_summed_counts_is_the_evaluations() -> None:
    """2 tp / (predicted + gold) is ner.prf's 2PR / (P + R), and 0 where nothing is found."""
    from pipeline.evaluation.ner import prf

    for tp, npred, ngold in [(8, 10, 12), (0, 3, 4), (0, 0, 5), (0, 0, 0), (5, 5, 5)]:
        assert math.isclose(point([(tp, npred, ngold)], bootstrap.f1), prf(tp, npred, ngold)[2])


def test_a_real_sized_group() -> None:
    """A raw group of 18 stories, one of them much worse: the interval holds the point estimate,
    and spans a few points, as the per-group figures of make eval do."""
    units = [(9, 10)] * 10 + [(18, 20)] * 7 + [(4, 10)]
    low, high = bootstrap.interval(units, bootstrap.ratio)
    estimate = point(units, bootstrap.ratio)
    assert low < estimate < high and 0.02 < high - low < 0.2
    assert bootstrap.show(estimate, (low, high)).startswith(f"{estimate:.3f} [")


def test_no_units() -> None:
    assert all(math.isnan(x) for x in bootstrap.interval([], bootstrap.ratio))


def test_the_statistics_table_shows_the_interval_under_the_agreement(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from pipeline.evaluation import statistics

    totals = {"stat_gold": 10, "stat_pred": 10, "stat_tp": 10, "approx_ok": 10, "kind_ok": 10,
              "obj_ok": 9, "bounds_ok": 10, "date_gold": 2, "date_pred": 2, "date_tp": 2}
    pages = [(5, 5), (4, 5)]
    figures = {**statistics._scores(totals), **statistics._counts(totals), **statistics._interval(pages)}
    statistics.print_table({"x2": figures})
    lines = capsys.readouterr().out.splitlines()
    at = next(k for k, line in enumerate(lines) if line.strip().startswith("object agreement"))
    assert lines[at].split()[-1] == "0.900"
    # two pages: the percentile interval is the range of the pages' own figures
    assert lines[at + 1].split()[-2:] == ["[0.800,", "1.000]"]
    assert sum("95%" in line for line in lines) == 2  # the row and the method, no raw keys
    assert "pages: x2 2" in lines[-1]


def test_raw_story_lines_show_the_interval_beside_the_figure(capsys: pytest.CaptureFixture[str]) -> None:
    from pipeline.evaluation import raw_objects

    figures = {"object agreement": 0.75, "object_ok": 3, "matched": 4, "gold": 5, "stories": 2,
               "low": 0.5, "high": 1.0}
    raw_objects.print_figures({"held3": figures})
    out = capsys.readouterr().out
    assert ("raw-held3 (held out): object agreement 0.750 [0.500, 1.000] "
            "(3/4 matched; 5 annotated in 2 stories)") in out
    assert bootstrap.METHOD in out
