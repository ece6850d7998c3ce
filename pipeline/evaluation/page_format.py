"""Page-format robustness: `python -m pipeline.evaluation.page_format`.

The same news stories run twice through the real pipeline: once as clean text (a paragraph a
line, `raw_objects.page_of`) and once laid out as an OCR page does it (each paragraph wrapped
into lines of COLUMN_MIN..COLUMN_MAX characters, mid-word and mid-figure, and a stray space
between some figures and the scale or approximation word after them). No annotation is needed:
a statistic should come out the same whichever way its page was laid out. Printed: the share
of the clean text's statistics found again on the wrapped page (same figure and unit, in
order), and of those the share whose counted object is the same.

Stories: a seeded sample of the 新闻联播 corpus (``../shared/corpora/news_xwlb``) with at least
MIN_FIGURES figures, outside every annotated raw-story set; the layout is seeded too, so the
figures repeat run to run.
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluation import raw_objects as ro
from pipeline.evaluation.devset import SHARED

STORIES = 150
SEED = 20261201
COLUMN_MIN, COLUMN_MAX = 26, 38  # characters a line, as the dev pages' columns run
STRAY_SPACE = 0.3  # the share of figure + 万/亿/千/多/余 written with a space between
MIN_FIGURES = 3
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_SCALE_AFTER_DIGIT = re.compile(r"(\d)(万|亿|千|多|余)")


@dataclass(frozen=True)
class Agreement:
    clean: int  # statistics on the clean pages
    found: int  # of those, found again (figure and unit, in order) on the wrapped pages
    same_object: int  # of those found, with the same object

    @property
    def found_share(self) -> float:
        return self.found / self.clean if self.clean else 1.0

    @property
    def object_share(self) -> float:
        return self.same_object / self.found if self.found else 1.0


def wrapped_page(story: dict[str, Any], rng: random.Random) -> str:
    """The story laid out as an OCR page: the title, then each paragraph cut into lines."""
    paragraphs = []
    for paragraph in story["text"].split("\n"):
        spaced = _SCALE_AFTER_DIGIT.sub(lambda m: m[1] + " " * (rng.random() < STRAY_SPACE) + m[2], paragraph)
        lines, at = [], 0
        while at < len(spaced):
            width = rng.randint(COLUMN_MIN, COLUMN_MAX)
            lines.append(spaced[at : at + width])
            at += width
        paragraphs.append("\n".join(lines))
    return story["title"] + "\n\n" + "\n\n".join(paragraphs)


def sample_stories(corpus: Path) -> dict[str, dict[str, Any]]:
    annotated = {g.story for path in ro.annotation_files() for g in ro.load_annotations(path)}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        stories = [json.loads(line) for line in f]
    pool = [s for s in stories if s["id"] not in annotated and len(_FIGURE.findall(s["text"])) >= MIN_FIGURES]
    random.Random(SEED).shuffle(pool)
    return {s["id"]: s for s in sorted(pool[:STORIES], key=lambda s: s["id"])}


def _statistics(rows: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(figure without spaces, unit, object) of each statistic, in page order."""
    ordered = sorted(rows, key=lambda r: r["start"])
    return [(re.sub(r"\s", "", r["text"]), r["unit"] or "", r["object"] or "") for r in ordered]


def agreement(clean: list[tuple[str, str, str]], wrapped: list[tuple[str, str, str]]) -> Agreement:
    """How many of one page's clean statistics the wrapped page gives again, and with the same
    object (the two lists aligned on figure and unit by difflib)."""
    matcher = difflib.SequenceMatcher(a=[c[:2] for c in clean], b=[w[:2] for w in wrapped], autojunk=False)
    found = same = 0
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            found += 1
            same += clean[block.a + k][2] == wrapped[block.b + k][2]
    return Agreement(len(clean), found, same)


def evaluate(shared: Path) -> Agreement | None:
    corpus = shared / ro.CORPUS
    if not corpus.exists():
        return None
    stories = sample_stories(corpus)
    rng = random.Random(SEED)
    clean = ro._run({sid: ro.page_of(s) for sid, s in stories.items()})
    wrapped = ro._run({sid: wrapped_page(s, rng) for sid, s in stories.items()})
    pages = [agreement(_statistics(clean[sid][1]), _statistics(wrapped[sid][1])) for sid in stories]
    return Agreement(*(sum(getattr(a, f) for a in pages) for f in ("clean", "found", "same_object")))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    result = evaluate(args.shared)
    if result is None:
        print(f"no corpus at {args.shared / ro.CORPUS}: page-format robustness skipped")
        return 0
    print(
        f"{STORIES} unannotated stories, clean text against the same text wrapped as an OCR page "
        f"({COLUMN_MIN}-{COLUMN_MAX} characters a line, stray spaces before scale words):\n"
        f"  statistics found again   {result.found_share:.3f} ({result.found}/{result.clean})\n"
        f"  same object              {result.object_share:.3f} ({result.same_object}/{result.found})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
