"""The numeral case list of issue 12 (tests/data/numeral_cases.tsv), scored per category.

    python -m pipeline.evaluation.numerals [--cases PATH] [--details]

Each case is one whole expression for `pipeline.numbers.parse_quantity` (value, and where the
list gives them low, high, approx and unit), or for category in_text a piece of running text
for `find_numerals` (every span and value). The list is the project's own; the older
comparison with cn2an and jionlp stays in pipeline.evaluation.statistics.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from pipeline.numbers import find_numerals, parse_quantity

CASES = Path(__file__).resolve().parents[2] / "tests" / "data" / "numeral_cases.tsv"
FIELDS = ("low", "high", "approx", "unit")


class Case(NamedTuple):
    category: str
    text: str
    value: str
    checks: dict[str, str]  # field -> expected ("None" or a value); absent: not checked


def load_cases(path: Path = CASES) -> list[Case]:
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t") + [""] * 7
        checks = {f: c for f, c in zip(FIELDS, cols[3:7], strict=True) if c != ""}
        cases.append(Case(cols[0], cols[1], cols[2], checks))
    return cases


def _same(got: object, expected: str) -> bool:
    if expected == "None":
        return got is None
    if isinstance(got, float):
        return math.isclose(got, float(expected), rel_tol=1e-9, abs_tol=1e-12)
    return got == expected


def check(case: Case) -> str | None:
    """None when the case is read right, else what was read instead."""
    if case.category == "in_text":
        got = "|".join(f"{case.text[s:e]}={v:g}" for s, e, v in find_numerals(case.text))
        want = "|".join(
            f"{span}={float(v):g}" for span, _, v in (p.rpartition("=") for p in case.value.split("|") if p)
        )
        return None if got == want else got
    q = parse_quantity(case.text)
    if q is None:
        return None if case.value == "None" and not case.checks else "None"
    fields = {"value": case.value, **case.checks}
    wrong = [f for f, want in fields.items() if not _same(getattr(q, f), want)]
    return None if not wrong else str(q)


def score(cases: list[Case]) -> dict[str, tuple[int, int]]:
    """(right, total) per category, and ALL."""
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        ok = check(case) is None
        for cat in (case.category, "ALL"):
            by_cat[cat][0] += ok
            by_cat[cat][1] += 1
    return {cat: (r, n) for cat, (r, n) in by_cat.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cases", type=Path, default=CASES)
    ap.add_argument("--details", action="store_true", help="print every miss")
    args = ap.parse_args(argv)
    cases = load_cases(args.cases)
    print(f"Numeral case list ({args.cases.name}, {len(cases)} cases; share read right):")
    scores = score(cases)
    print(f"  {'category':<16}{'n':>5}{'score':>9}")
    for cat in sorted(scores, key=lambda c: (c == "ALL", c)):
        right, n = scores[cat]
        print(f"  {cat:<16}{n:>5}{right / n:>9.3f}")
    misses = [(c, got) for c in cases if (got := check(c)) is not None]
    for case, got in misses if (args.details or misses) else ():
        print(
            f"  wrong [{case.category}] {case.text!r}: expected {case.value} {case.checks or ''}, got {got}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
