"""The ``raw`` groups of the entity evaluation: stories of the raw 新闻联播 corpus annotated by
reference (story id + character offsets + label, ``ner_raw_refs.tsv``), since the corpus's text
may not be copied into the repository. The text is read from ../shared at evaluation time;
where the corpus is absent the groups are skipped (``raw_stories`` returns nothing).

Five parts: ``raw-tune``, ``raw-tune2`` and ``raw-tune3`` (rules may be written from their
errors; raw-tune2 is a second draw chosen for organizations and people, raw-tune3 a third of
x-type local stories chosen by the x1 rule of DEV-SET.md, see the file's header), ``raw-held`` and
``raw-held3`` (held out, read as aggregate figures only, like x2; raw-held3: 12 stories chosen by
the x1 rule of DEV-SET.md, annotated by one helper that writes no rules). Scored as exact spans
per story, as MSRA is per sentence.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from pipeline.evaluation.devset import case_rows
from pipeline.nlp.lexicons import normalize

REFS = Path(__file__).with_name("ner_raw_refs.tsv")
CORPUS = Path("corpora") / "news_xwlb" / "xwlb_2022-2026.jsonl.gz"
PARTS = ("raw-tune", "raw-tune2", "raw-tune3", "raw-held", "raw-held3")

# a sentence ends after these (the story's lines end one as well)
_SENT_END = re.compile(r"[^\n。!?;]*(?:[。!?;]+[”\"]?|\n|$)")

Spans = set[tuple[int, int, str]]


def read_refs(path: Path = REFS) -> dict[str, tuple[str, Spans]]:
    """story id -> (part, its gold spans)."""
    out: dict[str, tuple[str, Spans]] = {}
    for sid, start, end, label, part in case_rows(path):
        out.setdefault(sid, (f"raw-{part}", set()))[1].add((int(start), int(end), label))
    return out


def story_text(story: dict) -> str:
    """The text the offsets point into: the title, a newline, the paragraphs; normalized
    (full-width ASCII to half-width, one character for one)."""
    return normalize(f"{story['title']}\n{story['text']}")


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of a story, at line and sentence ends, spaces kept."""
    out = []
    for m in _SENT_END.finditer(text):
        piece = m.group().rstrip("\n")
        if piece.strip():
            out.append((m.start(), piece))
    return out


def raw_stories(shared: Path, refs: Path = REFS) -> list[tuple[str, str, str, Spans]]:
    """(story id, part, normalized text, gold spans) of every annotated story, or [] when the
    corpus is not there."""
    path = shared / CORPUS
    if not path.is_file():
        return []
    wanted = read_refs(refs)
    found: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            story = json.loads(line)
            if story["id"] in wanted:
                found[story["id"]] = story_text(story)
    return [(sid, part, found[sid], gold) for sid, (part, gold) in sorted(wanted.items())
            if sid in found]
