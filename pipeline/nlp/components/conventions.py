"""Annotation conventions of the pipeline's output (the ``[annotation]`` section of the
config, ``build.DEFAULT_CONFIG``).

- ``project`` (the default): the gold guidelines of the development pages
  (../shared/gold/GUIDELINES.md).
- ``msra``: MSRA's convention where the two differ, for scoring on MSRA (evaluation only).
  Three differences, each measured on MSRA dev (ALL F1, 2026-11-30): MSRA tags a surname used
  alone as PERSON (李 of 李老师, 郭 of 郭某: +0.6); it tags runs of place abbreviations piece by
  piece (京 / 沪, 青 / 藏 of 青藏高原: +0.3); and a government is no ORG there, alone
  (县委、县政府) or after its place (排龙乡 + 政府: 89 of 99 place + 政府 in MSRA train): +0.1.
  The gold guidelines decide the other way on all three (title forms are no PERSON; 京津冀 is
  one region; 县政府, 镇政府 are ORG).

The network has conventions of its own (``model:convention=NAME``, the corpus it imitates);
these are the rules' conventions, applied after it.
"""

from __future__ import annotations

PROJECT = "project"
MSRA = "msra"
CONVENTIONS = (PROJECT, MSRA)


def check(convention: str) -> str:
    if convention not in CONVENTIONS:
        raise ValueError(f"unknown annotation convention {convention!r} "
                         f"(known: {', '.join(CONVENTIONS)})")
    return convention
