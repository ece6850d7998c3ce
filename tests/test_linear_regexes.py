"""Every regular expression on the run path costs linear time on long adversarial lines.

Python's `re` backtracks: a pattern like ``\\d+个半`` tried at every position of a run of
100k digits costs time quadratic in the run (one such pattern held a run for minutes). This
walks every compiled pattern in the run-path modules and runs it with ``finditer`` over long
runs of the characters pages are made of. A linear pattern takes milliseconds on them; a
quadratic one takes many seconds, so the generous bound below separates the two even on a
loaded machine without timing anything finer.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time

import pytest

import pipeline

# Used with fullmatch only: tried from one start position, so linear in the input.
FULLMATCH_ONLY = {
    "pipeline.numbers._POWER", "pipeline.numbers._INSIDE_SCALE_RE", "pipeline.executors._SCHEDULER",
}
SKIPPED_PACKAGES = (
    "pipeline.training", "pipeline.evaluation", "pipeline.__main__", "pipeline.nlp.hanlp_backend",
)
N = 40_000
INPUTS = {
    "digits": "1" * N,
    "cjk": "党员" * (N // 2),
    "house numbers": "1号楼" * (N // 3),
    "years": "2022年" * (N // 5),
    "dashes": "1-" * (N // 2),
    "numerals": "一二三" * (N // 3),
    "spaced": "党 " * (N // 2),
    "scales": "万" * N,
}
BOUND_S = 4.0


def _run_path_patterns() -> dict[str, re.Pattern[str]]:
    patterns: dict[str, re.Pattern[str]] = {}
    for info in pkgutil.walk_packages(pipeline.__path__, "pipeline."):
        if info.name.startswith(SKIPPED_PACKAGES):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and f"{info.name}.{name}" not in FULLMATCH_ONLY:
                patterns.setdefault(f"{info.name}.{name}", value)
    return patterns


def test_there_are_patterns_to_check() -> None:
    assert len(_run_path_patterns()) > 40


@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_every_run_path_regex_is_linear_on_long_runs(kind: str) -> None:
    text = INPUTS[kind]
    slow = []
    for name, pattern in _run_path_patterns().items():
        began = time.perf_counter()
        for _ in pattern.finditer(text):
            pass
        seconds = time.perf_counter() - began
        if seconds > BOUND_S:
            slow.append(f"{name} ({seconds:.1f} s): {pattern.pattern[:80]}")
    assert not slow, f"backtracking on {N:,} characters of {kind}: " + "; ".join(slow)
