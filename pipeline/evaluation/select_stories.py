"""Choose raw 新闻联播 stories by the x1 selection rule of ../shared/gold/DEV-SET.md, for new
annotated groups (issue 11 / 12, round 6: raw-tune3, raw-held3, samples D and held3, and the
unannotated stories of the frequency reviews).

A story qualifies if it has 500-1800 characters of text; its title holds no 快讯; neither title
nor text matches the rule's exclusion pattern; its text names a province-level unit; and it has
>= 8 distinct place-like words (…省/市/县/区/镇/乡/村/街道/社区 …), >= 5 of them county level or
below, and >= 8 Arabic numerals. From each start date, stories are scanned in file order and the
first ``per_start`` qualifying ones kept, leaving out the days of the x2 pages, the stories of
the x pages and every story already annotated here (``pipeline/evaluation/*.tsv``).

Written by hand: a filter over one JSON-lines file; the rule is DEV-SET.md's, not a library's.

    python -m pipeline.evaluation.select_stories 2022-10-01,2023-04-01 2 [--exclude ID,ID]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from pipeline.evaluation.devset import SHARED
from pipeline.nlp.gazetteer import load_gazetteer, short_forms

HERE = Path(__file__).resolve().parent
CORPUS = Path("corpora") / "news_xwlb" / "xwlb_2022-2026.jsonl.gz"
EXCLUDED = re.compile(
    r"习近平|总书记|讲话|会见|会谈|致信|贺电|贺信|国务院常务会议|政治局|全国人大|政协|发布会")
PLACE = re.compile(r"[\u4e00-\u9fa5]{1,6}?(省|自治区|市|县|区|旗|镇|乡|村|街道|社区)")
LOW_LEVEL = re.compile(r"(县|旗|镇|乡|村|街道|社区)$")
X2_DAYS = frozenset({"2025-02-21", "2025-05-29", "2025-07-19", "2025-07-31"})
STORY_ID = re.compile(r"\d{8}-\d{2}")


@cache
def province_names() -> frozenset[str]:
    """The short forms of China's province-level units (北京, 香港 …), from the gazetteer:
    a text naming one names the unit (the full names hold them)."""
    divisions = load_gazetteer().divisions.values()
    return frozenset(f for d in divisions if d.level == "province" for f in short_forms(d.name, d.level))


def qualifies(title: str, text: str) -> bool:
    """Whether a story meets the x1 selection rule."""
    if not 500 <= len(text) <= 1800 or "快讯" in title:
        return False
    if EXCLUDED.search(title) or EXCLUDED.search(text) or not any(p in text for p in province_names()):
        return False
    places = {m.group(0) for m in PLACE.finditer(text)}
    low = [p for p in places if LOW_LEVEL.search(p)]
    return len(places) >= 8 and len(low) >= 5 and len(re.findall(r"\d+(?:\.\d+)?", text)) >= 8


def used_story_ids(shared: Path = SHARED) -> set[str]:
    """Story ids annotated in this package's evaluation files, and those of the x pages."""
    ids: set[str] = set()
    for path in HERE.glob("*.tsv"):
        for line in path.read_text(encoding="utf-8").splitlines():
            m = STORY_ID.match(line)
            if m and line[m.end() : m.end() + 1] == "\t":
                ids.add(m.group(0))
    dev_set = shared / "gold" / "DEV-SET.md"
    if dev_set.is_file():
        ids.update(STORY_ID.findall(dev_set.read_text(encoding="utf-8")))
    return ids


def selected_stories(stories: Iterable[dict[str, str]], starts: list[str], per_start: int,
                     used: set[str]) -> Iterator[dict[str, str]]:
    """The first ``per_start`` qualifying unused stories from each start date, in file order."""
    pool = list(stories)
    taken = set(used)
    for start in starts:
        found = 0
        for s in pool:
            if found == per_start:
                break
            if (s["date"] >= start and s["date"] not in X2_DAYS and s["id"] not in taken
                    and qualifies(s["title"], s["text"])):
                taken.add(s["id"])
                found += 1
                yield s


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("starts", help="comma-separated start dates (YYYY-MM-DD)")
    ap.add_argument("per_start", type=int)
    ap.add_argument("--exclude", default="", help="comma-separated story ids to leave out too")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args()
    corpus = args.shared / CORPUS
    if not corpus.is_file():
        raise SystemExit(f"{corpus}: not found (the raw 新闻联播 corpus of ../shared)")
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        stories = [json.loads(line) for line in f]
    used = used_story_ids(args.shared) | {i for i in args.exclude.split(",") if i}
    for s in selected_stories(stories, args.starts.split(","), args.per_start, used):
        print(f"{s['id']}\t{s['date']}\t{len(s['text'])}\t{s['title']}")


if __name__ == "__main__":
    main()
