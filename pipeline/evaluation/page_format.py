"""Page-format robustness: `python -m pipeline.evaluation.page_format`.

The same news stories run twice through the real pipeline: once as clean text (a paragraph a
line, `raw_objects.page_of`) and once laid out as an OCR page does it (each paragraph wrapped
into lines of COLUMN_MIN..COLUMN_MAX characters, mid-word and mid-figure, and a stray space
between some figures and the scale or approximation word after them). No annotation is needed:
a statistic should come out the same whichever way its page was laid out. Printed: the share
of the clean text's statistics found again on the wrapped page (same figure and unit, in
order), and of those the share whose counted object is the same; and the share of the clean
text's dates found again (text and resolved value, in order).

Three harder layouts of the same wrapped pages follow, each of a fault OCR and typesetting put
on real pages: digits, points and percent signs written full-width (１９．８％); traditional
characters (OpenCC s2t); a stray space after 4% of the characters (never between two digits:
OCR splits no digit run, and "2022 11" must stay two numbers).

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
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import opencc

from pipeline.evaluation import raw_objects as ro
from pipeline.evaluation.devset import SHARED

STORIES = 150
SEED = 20261201
COLUMN_MIN, COLUMN_MAX = 26, 38  # characters a line, as the dev pages' columns run
STRAY_SPACE = 0.3  # the share of figure + 万/亿/千/多/余 written with a space between
MIN_FIGURES = 3
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
_SCALE_AFTER_DIGIT = re.compile(r"(\d)(万|亿|千|多|余)")
SCATTER = 0.04  # the share of characters a stray space follows in the scattered layout
_FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


@dataclass(frozen=True)
class Agreement:
    clean: int  # statistics on the clean pages
    found: int  # of those, found again (figure and unit, in order) on the wrapped pages
    same_object: int  # of those found, with the same object
    dates: int = 0  # dates on the clean pages
    dates_found: int = 0  # of those, found again (text and value, in order)

    @property
    def dates_share(self) -> float:
        return self.dates_found / self.dates if self.dates else 1.0

    @property
    def found_share(self) -> float:
        return self.found / self.clean if self.clean else 1.0

    @property
    def object_share(self) -> float:
        return self.same_object / self.found if self.found else 1.0


def _full_width(paragraph: str, rng: random.Random) -> str:
    return paragraph.translate(_FULL_WIDTH)


@cache
def _traditional() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def _traditional_forms(paragraph: str, rng: random.Random) -> str:
    return str(_traditional().convert(paragraph))


def _scattered(paragraph: str, rng: random.Random) -> str:
    """A space after SCATTER of the characters, never inside a run of digits."""
    out = []
    for k, ch in enumerate(paragraph):
        out.append(ch)
        inside_digits = ch.isdigit() and paragraph[k + 1 : k + 2].isdigit()
        if ch.strip() and not inside_digits and rng.random() < SCATTER:
            out.append(" ")
    return "".join(out)


Fault = Callable[[str, random.Random], str]
# the harder layouts: a name and what it does to each paragraph before wrapping
FAULTS: dict[str, Fault] = {
    "+ full-width digits, points and %": _full_width,
    "+ traditional characters": _traditional_forms,
    "+ a stray space after 4% of characters": _scattered,
}


def wrapped_page(story: dict[str, Any], rng: random.Random, fault: Fault | None = None) -> str:
    """The story laid out as an OCR page: the title, then each paragraph cut into lines (each
    paragraph given the `fault` first, where one is named)."""
    paragraphs = []
    for paragraph in story["text"].split("\n"):
        spaced = _SCALE_AFTER_DIGIT.sub(lambda m: m[1] + " " * (rng.random() < STRAY_SPACE) + m[2], paragraph)
        spaced = fault(spaced, rng) if fault else spaced
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


def _dates(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """(text without spaces, value) of each date, in page order."""
    return [(re.sub(r"\s", "", r["text"]), r["value"] or "") for r in sorted(rows, key=lambda r: r["start"])]


def dates_found(clean: list[tuple[str, str]], laid_out: list[tuple[str, str]]) -> int:
    """How many of a page's clean dates the laid-out page gives again (aligned by difflib)."""
    matcher = difflib.SequenceMatcher(a=clean, b=laid_out, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


Rows = list[dict[str, Any]]


def _tables(pages: dict[str, str]) -> dict[str, tuple[Rows, Rows]]:
    """Each page's statistics and dates rows from one batch run."""
    run = ro.run_tables(pages, None, ("statistics", "dates"))
    return {sid: (tables["statistics"], tables["dates"]) for sid, (_, tables) in run.items()}


def evaluate(shared: Path, faults: bool = True) -> dict[str, Agreement] | None:
    """Per layout (the wrapped pages, then each fault of FAULTS on them when `faults`), how the
    statistics agree with the clean text's; None without the corpus."""
    corpus = shared / ro.CORPUS
    if not corpus.exists():
        return None
    stories = sample_stories(corpus)
    clean = _tables({sid: ro.page_of(s) for sid, s in stories.items()})
    out = {}
    for name, fault in [("wrapped", None), *(FAULTS.items() if faults else ())]:
        rng = random.Random(SEED)
        laid = _tables({sid: wrapped_page(s, rng, fault) for sid, s in stories.items()})
        pages = [agreement(_statistics(clean[sid][0]), _statistics(laid[sid][0])) for sid in stories]
        dates = [(_dates(clean[sid][1]), _dates(laid[sid][1])) for sid in stories]
        clean_n, found, same = (sum(getattr(a, f) for a in pages) for f in ("clean", "found", "same_object"))
        out[name] = Agreement(
            clean_n, found, same, sum(len(c) for c, _ in dates), sum(dates_found(c, d) for c, d in dates)
        )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)
    results = evaluate(args.shared)
    if results is None:
        print(f"no corpus at {args.shared / ro.CORPUS}: page-format robustness skipped")
        return 0
    print(
        f"{STORIES} unannotated stories, clean text against the same text wrapped as an OCR page "
        f"({COLUMN_MIN}-{COLUMN_MAX} characters a line, stray spaces before scale words), "
        "then with one more fault each:"
    )
    print(f"  {'layout':42} {'statistics found again':>24} {'same object':>20} {'dates found again':>20}")
    for name, r in results.items():
        found = f"{r.found_share:.3f} ({r.found}/{r.clean})"
        same = f"{r.object_share:.3f} ({r.same_object}/{r.found})"
        dates = f"{r.dates_share:.3f} ({r.dates_found}/{r.dates})"
        print(f"  {name:42} {found:>24} {same:>20} {dates:>20}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
