"""What the evaluations share: where the shared reference material lies, the groups of the
development pages, and the one reader of the evaluations' own case and annotation files.

- ``SHARED``: ../shared beside the checkout (gold/, samples/, corpora/); every evaluation's
  ``--shared`` option defaults to it.
- ``PAGE_GROUPS``: the gold pages by group (../shared/gold/DEV-SET.md), named by the start of
  the page file's stem: rules were tuned on ``shanxi`` (the pandemic pages, Shanxi 2022) and
  ``x1`` (新闻联播 2023-2024); ``x2`` (新闻联播 2025) is held out (``HELD_OUT_PAGES``): only its
  aggregate figures are ever printed, no per-item errors.
- ``case_rows``: the entries of a TAB-separated case file kept beside the evaluations
  (byline_cases.tsv, numeral_cases.tsv, ner_raw_refs.tsv, raw_objects*.tsv …).
"""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

PAGE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("shanxi", ("003", "004")),
    ("x1", ("x11", "x12", "x13", "x14")),
    ("x2", ("x21", "x22", "x23", "x24")),
)
HELD_OUT_PAGES = frozenset({"x2"})


def page_group(stem: str) -> str:
    """The group of a gold page by its file's stem ("other": none of ``PAGE_GROUPS``)."""
    return next((group for group, starts in PAGE_GROUPS if stem.startswith(starts)), "other")


def case_rows(path: Path) -> list[list[str]]:
    """Every entry of a case file: each line that is neither blank nor a ``#`` comment, split
    at its TABs, the columns as written (a reader pads or converts them)."""
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
