"""The numeral case list of issue 12 (tests/data/numeral_cases.tsv), scored per category.

    python -m pipeline.evaluation.numerals [--cases PATH] [--details]

Each case is one whole expression for `pipeline.numbers.parse_quantity` (value, and where the
list gives them low, high, approx and unit), or for category in_text a piece of running text
for `find_numerals` (every span and value). The list is the project's own; the older
comparison with cn2an and jionlp stays in pipeline.evaluation.statistics.

The peer suite (tests/data/numeral_peer_cases.tsv) is an independent check: the published test
cases of public numeral libraries and text-normalization toolkits (cn2an, NeMo, WeTextProcessing,
JioNLP; the file header names each source and its licence), scored per source and category.
Cases out of the parser's scope are counted apart, never scored.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from pipeline.evaluation.devset import case_rows
from pipeline.numbers import find_numerals, parse_quantity

CASES = Path(__file__).resolve().parents[2] / "tests" / "data" / "numeral_cases.tsv"
PEER_CASES = CASES.with_name("numeral_peer_cases.tsv")
FIELDS = ("low", "high", "approx", "unit")


class Case(NamedTuple):
    category: str
    text: str
    value: str
    checks: dict[str, str]  # field -> expected ("None" or a value); absent: not checked


def load_cases(path: Path = CASES) -> list[Case]:
    cases = []
    for row in case_rows(path):
        cols = row + [""] * 7
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


class PeerCase(NamedTuple):
    source: str
    category: str
    text: str
    expected: str  # see the header of numeral_peer_cases.tsv; "-": out of scope
    note: str


def load_peer_cases(path: Path = PEER_CASES) -> list[PeerCase]:
    return [PeerCase(*(row + [""] * 5)[:5]) for row in case_rows(path)]


def _close(got: float | None, want: str) -> bool:
    return got is not None and math.isclose(got, float(want), rel_tol=1e-9, abs_tol=1e-12)


def check_peer(case: PeerCase) -> str | None:
    """None when the peer case is read right, else what was read instead."""
    if case.category == "in_text":
        got = [v for _, _, v in find_numerals(case.text)]
        want = [w for w in case.expected.split("|") if w]
        ok = len(got) == len(want) and all(_close(g, w) for g, w in zip(got, want, strict=True))
        return None if ok else "|".join(f"{v:g}" for v in got)
    q = parse_quantity(case.text)
    spec, _, approx = case.expected.partition(" ")
    if spec == "None":
        return None if q is None or q.value is None else str(q)
    if q is None:
        return "None"
    if "~" in spec:
        lo, hi = spec.split("~")
        ok = _close(q.low, lo) and _close(q.high, hi)
    elif spec.endswith("%"):
        ok = _close(q.value, spec[:-1]) and q.unit == "%"
    else:
        ok = _close(q.value, spec) and q.unit == ""
    return None if ok and (not approx or q.approx == approx) else str(q)


def score_peer(cases: list[PeerCase], key: str) -> dict[str, tuple[int, int, int]]:
    """(right, scored, out of scope) per source or category (key), and ALL."""
    by: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for case in cases:
        for k in (getattr(case, key), "ALL"):
            if case.expected == "-":
                by[k][2] += 1
            else:
                by[k][0] += check_peer(case) is None
                by[k][1] += 1
    return {k: (r, n, out) for k, (r, n, out) in by.items()}


def print_peer(path: Path, details: bool) -> None:
    cases = load_peer_cases(path)
    print(f"\nPeer numeral suite ({path.name}, {len(cases)} cases from public libraries' tests):")
    for key in ("source", "category"):
        scores = score_peer(cases, key)
        print(f"  {key:<18}{'scored':>7}{'out':>5}{'score':>8}")
        for k in sorted(scores, key=lambda c: (c == "ALL", c)):
            right, n, out = scores[k]
            print(f"  {k:<18}{n:>7}{out:>5}{(right / n if n else 1.0):>8.3f}")
    if details:
        for case in cases:
            if case.expected != "-" and (got := check_peer(case)) is not None:
                where = f"{case.source}/{case.category}"
                print(f"  wrong [{where}] {case.text!r}: expected {case.expected}, got {got}")


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
    ap.add_argument("--peer", type=Path, default=PEER_CASES)
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
    print_peer(args.peer, args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
