"""Review samples for the statistics rules: random corpus stories nobody annotated, the
pipeline's statistics on them, and what a change of the rules changed there.

    python -m pipeline.evaluation.review_stories draw OUT.tsv N SEED [--skip EARLIER.tsv ...]
    python -m pipeline.evaluation.review_stories dump OUT.tsv STORIES.tsv [--context 24]
    python -m pipeline.evaluation.review_stories diff BEFORE.tsv AFTER.tsv

`draw` writes N stories of ../shared/corpora/news_xwlb (seeded, so the same sample comes back)
outside every annotated set (`select_stories.used_story_ids`), the x2 pages' days and the
page-format sample, with at least MIN_FIGURES figures: id, title and text (newlines escaped) a
line. `dump` runs them through the real pipeline as one batch (`raw_objects` does the same for
the annotated stories) and writes a statistic a line: story, offset, text, value, unit, kind,
object and its context with the figure in 【】. `diff` prints the rows whose value, unit, kind
or object changed between two dumps, and the rows only one of them has: each to be judged by
hand (wrong -> right, right -> wrong) before a rule is kept. The files hold corpus text: keep
them out of the repository (the corpus is for internal testing only).

Written by hand: three small file transforms around `raw_objects._run`; no library does this.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.evaluation import page_format
from pipeline.evaluation import raw_objects as ro
from pipeline.evaluation.devset import SHARED
from pipeline.evaluation.select_stories import EXCLUDED, X2_DAYS, used_story_ids

MIN_FIGURES = 4
MIN_CHARS, MAX_CHARS = 300, 2000
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
Row = list[str]


def _day(story_id: str) -> str:
    return f"{story_id[:4]}-{story_id[4:6]}-{story_id[6:8]}"


def eligible(story: dict[str, Any], used: set[str], min_figures: int = MIN_FIGURES) -> bool:
    """A story nobody annotated, of a page's length, with at least `min_figures` figures, and not
    of the excluded kinds."""
    text, title = story["text"], story["title"]
    return (
        story["id"] not in used
        and _day(story["id"]) not in X2_DAYS
        and MIN_CHARS <= len(text) <= MAX_CHARS
        and len(_FIGURE.findall(text)) >= min_figures
        and not EXCLUDED.search(title + text)
    )


def _corpus_stories(corpus: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def draw(
    shared: Path, n: int, seed: int, skip: set[str], min_figures: int = MIN_FIGURES
) -> list[dict[str, Any]]:
    """n eligible stories, shuffled with `seed`, none of `skip` nor of the page-format sample
    (after seventeen rounds of samples few stories with MIN_FIGURES figures are left: a lower
    `min_figures` widens the pool, 2 about doubles it)."""
    corpus = shared / ro.CORPUS
    used = used_story_ids(shared) | skip | set(page_format.sample_stories(corpus))
    pool = [s for s in _corpus_stories(corpus) if eligible(s, used, min_figures)]
    random.Random(seed).shuffle(pool)
    return pool[:n]


def story_line(story: dict[str, Any]) -> str:
    """id, title and text, TAB-separated, the text's newlines written as \\n."""
    title = story["title"].replace("\t", " ")
    text = story["text"].replace("\n", "\\n")
    return f"{story['id']}\t{title}\t{text}\n"


def write_stories(path: Path, stories: list[dict[str, Any]]) -> None:
    path.write_text("".join(story_line(s) for s in stories), encoding="utf-8")


def read_stories(path: Path) -> dict[str, dict[str, Any]]:
    stories = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        sid, title, text = line.split("\t")
        stories[sid] = {"id": sid, "title": title, "text": text.replace("\\n", "\n")}
    return stories


def dump_rows(stories: dict[str, dict[str, Any]], context: int) -> list[Row]:
    """A row a statistic the pipeline finds on the stories, in story order."""
    results = ro._run({sid: ro.page_of(s) for sid, s in stories.items()})
    rows = []
    for sid in stories:
        doc, stats = results.get(sid, ("", []))
        for r in stats:
            a, b = r["start"], r["end"]
            left = doc[max(0, a - context) : a].replace("\n", "/")
            right = doc[b : b + context // 2].replace("\n", "/")
            fields = ["" if r.get(k) is None else str(r[k]) for k in ("value", "unit", "kind", "object")]
            rows.append([sid, str(a), doc[a:b], *fields, f"{left}【{doc[a:b]}】{right}"])
    return rows


def read_rows(path: Path) -> dict[tuple[str, str, str], Row]:
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {(r[0], r[1], r[2]): r for r in rows}


def changes(before: dict[tuple[str, str, str], Row], after: dict[tuple[str, str, str], Row]) -> list[str]:
    """A line for each statistic that is new, gone, or whose value, unit, kind or object changed."""
    out = []
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        if old is None and new is not None:
            out.append("NEW  " + "\t".join(new[2:7]) + " | " + new[7])
        elif new is None and old is not None:
            out.append("GONE " + "\t".join(old[2:7]) + " | " + old[7])
        elif old is not None and new is not None and old[3:7] != new[3:7]:
            out.append(f"CHG  {key[2]}\t{'/'.join(old[3:7])} -> {'/'.join(new[3:7])} | {new[7]}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="write N random unannotated stories")
    d.add_argument("out", type=Path)
    d.add_argument("n", type=int)
    d.add_argument("seed", type=int)
    d.add_argument("--skip", type=Path, nargs="*", default=[], help="earlier samples to leave out")
    d.add_argument("--shared", type=Path, default=SHARED)
    d.add_argument("--min-figures", type=int, default=MIN_FIGURES, help="figures a story must hold")
    u = sub.add_parser("dump", help="the pipeline's statistics on the stories")
    u.add_argument("out", type=Path)
    u.add_argument("stories", type=Path)
    u.add_argument("--context", type=int, default=24)
    f = sub.add_parser("diff", help="what changed between two dumps")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "draw":
        if not (args.shared / ro.CORPUS).exists():
            print(f"no corpus at {args.shared / ro.CORPUS}: nothing drawn")
            return 0
        skip = {sid for p in args.skip for sid in read_stories(p)}
        stories = draw(args.shared, args.n, args.seed, skip, args.min_figures)
        write_stories(args.out, stories)
        print(f"{len(stories)} stories -> {args.out}")
        if len(stories) < args.n:
            print(f"only {len(stories)} eligible stories left: a lower --min-figures widens the pool")
    elif args.command == "dump":
        rows = dump_rows(read_stories(args.stories), args.context)
        args.out.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{len(rows)} statistics -> {args.out}")
    else:
        for line in changes(read_rows(args.before), read_rows(args.after)):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
