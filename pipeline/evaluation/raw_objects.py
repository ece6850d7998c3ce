"""Objects of statistics on raw 新闻联播 stories nobody tuned the dev pages on (issue 12).

    python -m pipeline.evaluation.raw_objects [--shared ../shared] [--details]

`raw_objects.tsv` (beside this module) holds hand annotations of 367 statistics in 55 stories
of ../shared/corpora/news_xwlb, as references only (story id, character offset, surface,
gold object; its header gives the sampling rule). The stories are read from ../shared at run
time, each written as one page (title, blank line, paragraphs separated by blank lines, as
the dev pages are) and run through the real pipeline as one batch. A gold statistic is
matched to the pipeline's statistic that overlaps its surface; over the matched ones the
object agreement is given per part, with its 95% bootstrap interval over the part's stories
(`bootstrap`): `tune` (rules may be read against it: `--details` prints
its misses) and `held` (aggregate only). Later samples of the same format beside it
(`raw_objects_*.tsv`; sample C, `raw_objects_c.tsv`: 84 statistics of 12 stories, part
`tune-c`; sample D, `raw_objects_d.tsv`: every statistic of the 18 round-6 tuning stories, 169
statistics, part `tune-d`) are tuning groups of their own, except held3 (`raw_objects_held3.tsv`:
141 statistics of 12 stories chosen by the x1 rule of DEV-SET.md), held out like `held`. A part
is tuned when its name starts with "tune" (`tuned`); only tuned parts' misses are printed.
Skipped, with a line saying so, where ../shared or the corpus is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.evaluation import bootstrap, object_kinds
from pipeline.evaluation.devset import SHARED, case_rows

HERE = Path(__file__).resolve().parent
ANNOTATIONS = HERE / "raw_objects.tsv"
CORPUS = Path("corpora") / "news_xwlb" / "xwlb_2022-2026.jsonl.gz"
# tune-c, tune-d: samples C and D (raw_objects_c.tsv, raw_objects_d.tsv), later tuning groups;
# held3 (raw_objects_held3.tsv) held out
PARTS = ("tune", "tune-c", "tune-d", "held", "held3")


def tuned(part: str) -> bool:
    """Rules may be read against a part named tune*; every other part is held out."""
    return part.startswith("tune")


@dataclass(frozen=True)
class Gold:
    story: str
    part: str
    start: int  # in the story's text field
    surface: str
    obj: str


def annotation_files() -> list[Path]:
    """raw_objects.tsv and the later samples of the same format beside it (raw_objects_*.tsv)."""
    return [ANNOTATIONS, *sorted(HERE.glob("raw_objects_*.tsv"))]


def load_annotations(path: Path = ANNOTATIONS) -> list[Gold]:
    rows = []
    for row in case_rows(path):
        story, part, start, surface, obj = [*row, ""][:5]
        rows.append(Gold(story, part, int(start), surface, obj.strip()))
    return rows


def read_stories(corpus: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    stories = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if story["id"] in ids:
                stories[story["id"]] = story
    return stories


def page_of(story: dict[str, Any]) -> str:
    """The story as a dev page: its title, a blank line, paragraphs separated by blank lines."""
    return story["title"] + "\n\n" + story["text"].replace("\n", "\n\n")


def page_offset(story: dict[str, Any], start: int) -> int:
    """Where the character at `start` of the story's text lies on its page (`page_of`)."""
    return len(story["title"]) + 2 + start + story["text"].count("\n", 0, start)


def _run(pages: dict[str, str], workers: int | None = None) -> dict[str, tuple[str, list[dict[str, Any]]]]:
    """Each page's document text and statistics rows, the pages as one batch of the real pipeline
    (`workers`: its worker processes; 1 runs it in this process, as a recorder needs)."""
    return {stem: (text, tables["statistics"]) for stem, (text, tables) in run_tables(pages, workers).items()}


def run_tables(
    pages: dict[str, str], workers: int | None = None, names: tuple[str, ...] = ("statistics",)
) -> dict[str, tuple[str, dict[str, list[dict[str, Any]]]]]:
    """Each page's document text and the rows of the tables `names`, the pages as one batch of
    the real pipeline (`workers` as in `_run`)."""
    from datetime import UTC, datetime

    from pipeline import Config, load, run

    ner = Config().ner
    try:
        load(ner)
    except run.NerConfigError:  # the shipped model is not built here
        ner = "jieba"
    config = Config(ner=ner, workers=workers)
    with tempfile.TemporaryDirectory(prefix="raw-objects-") as tmp:
        paths = []
        for story_id, text in pages.items():
            path = Path(tmp) / f"{story_id}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        outcomes = run.process_files(paths, Path(tmp), "eval", config, datetime.now(UTC))
    out = {}
    for o in outcomes:
        rows = {name: [_as_dict(r) for r in o.tables.get(name, [])] for name in names}
        out[Path(o.source_path).stem] = (o.document.text, rows)
    return out


def _as_dict(row: Any) -> dict[str, Any]:
    from dataclasses import asdict

    return row if isinstance(row, dict) else asdict(row)


def _locate(doc_text: str, surface: str, expected: int) -> int:
    """The surface's offset in the document: where expected, else its occurrence nearest it."""
    if doc_text[expected : expected + len(surface)] == surface:
        return expected
    hits = []
    k = doc_text.find(surface)
    while k >= 0:
        hits.append(k)
        k = doc_text.find(surface, k + 1)
    return min(hits, key=lambda h: abs(h - expected)) if hits else -1


def _match(rows: list[dict[str, Any]], a: int, b: int) -> dict[str, Any] | None:
    """The statistic overlapping [a, b) the most."""
    best, most = None, 0
    for r in rows:
        overlap = min(b, r["end"]) - max(a, r["start"])
        if overlap > most:
            best, most = r, overlap
    return best


def evaluate(shared: Path, details: bool = False) -> dict[str, dict[str, float]] | None:
    """Object agreement per part over the matched statistics; None where the corpus is absent."""
    corpus = shared / CORPUS
    if not corpus.exists():
        return None
    golds = [g for path in annotation_files() for g in load_annotations(path)]
    stories = read_stories(corpus, {g.story for g in golds})
    results = _run({sid: page_of(s) for sid, s in stories.items()})
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    # (agreed, matched) per story of each part: the units of the bootstrap interval
    per_story: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for g in golds:
        if g.story not in stories or g.story not in results:
            continue
        doc_text, rows = results[g.story]
        at = _locate(doc_text, g.surface, page_offset(stories[g.story], g.start))
        t, unit = totals[g.part], per_story[g.part][g.story]
        t["gold"] += 1
        found = _match(rows, at, at + len(g.surface)) if at >= 0 else None
        if found is None:
            if details and tuned(g.part):
                print(f"  raw {g.story} missed    {g.surface!r}")
            continue
        t["matched"] += 1
        ok = (found["object"] or "").strip() == g.obj
        if not ok:
            t[object_kinds.disagreement(g.obj, found["object"]) or "other"] += 1
        t["object_ok"] += ok
        unit[0] += ok
        unit[1] += 1
        if details and tuned(g.part) and not ok:
            print(f"  raw {g.story} differs   {g.surface!r:14} object {g.obj!r}/{found['object']!r}")
    for part, t in totals.items():
        t["object agreement"] = t["object_ok"] / t["matched"] if t["matched"] else 0.0
        t["stories"] = len(per_story[part])
        t["low"], t["high"] = bootstrap.interval(list(per_story[part].values()), bootstrap.ratio)
    return {part: dict(totals[part]) for part in PARTS if part in totals}


def print_figures(scores: dict[str, dict[str, float]]) -> None:
    """A line per part: the agreement, with its bootstrap interval over stories where given."""
    for part in PARTS:
        if part in scores:
            s = scores[part]
            label = "tuned" if tuned(part) else "held out"
            figure = f"{s['object agreement']:.3f}"
            if "low" in s:
                figure = bootstrap.show(s["object agreement"], (s["low"], s["high"]))
            stories = f" in {int(s['stories'])} stories" if "stories" in s else ""
            print(
                f"  raw-{part} ({label}): object agreement {figure} "
                f"({int(s['object_ok'])}/{int(s['matched'])} matched; {int(s['gold'])} annotated{stories})"
            )
            print(f"    not agreed, by kind (object_kinds): {object_kinds.show(s)}")
    if any("low" in s for s in scores.values()):
        print(f"  interval: {bootstrap.METHOD}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--details", action="store_true", help="print the misses of the tune parts")
    args = ap.parse_args(argv)
    scores = evaluate(args.shared, args.details)
    if scores is None:
        print(f"no corpus at {args.shared / CORPUS}: raw-story objects skipped")
        return 0
    print_figures(scores)
    return 0


if __name__ == "__main__":
    sys.exit(main())
