"""The raw 新闻联播 groups of the entity evaluation: references only, text read at eval time."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

from pipeline.evaluation import ner
from pipeline.evaluation.ner_raw import PARTS, REFS, raw_stories, read_refs, sentences
from pipeline.nlp.ner import Span

STORY = {"id": "20990101-01", "date": "2099-01-01", "title": "某市举行活动",
         "text": "央视网消息（新闻联播）：河北省石家庄市今天举行活动。\n市教育局局长李明出席。"}


def _corpus(tmp_path: Path, refs: str) -> tuple[Path, Path]:
    shared = tmp_path / "shared"
    path = shared / "corpora" / "news_xwlb" / "xwlb_2022-2026.jsonl.gz"
    path.parent.mkdir(parents=True)
    with gzip.open(path, "wt", encoding="utf-8") as f:
        f.write(json.dumps(STORY, ensure_ascii=False) + "\n")
    ref = tmp_path / "refs.tsv"
    ref.write_text("# test refs\n" + refs, encoding="utf-8")
    return shared, ref


def test_sentences_keep_offsets() -> None:
    text = "标题\n第一句。第二句!\n末句"
    pieces = sentences(text)
    assert [t for _, t in pieces] == ["标题", "第一句。", "第二句!", "末句"]
    assert all(text[o:o + len(t)] == t for o, t in pieces)


def test_stories_are_read_from_shared_and_skipped_when_absent(tmp_path: Path) -> None:
    shared, ref = _corpus(tmp_path, "20990101-01\t19\t22\tLOC\ttune\n")
    [(sid, part, text, gold)] = raw_stories(shared, ref)
    assert (sid, part, gold) == ("20990101-01", "raw-tune", {(19, 22, "LOC")})
    assert text[19:22] == "河北省"
    assert raw_stories(tmp_path / "nowhere", ref) == []


def test_raw_scores_are_exact_spans_per_story(tmp_path: Path) -> None:
    shared, ref = _corpus(tmp_path, "20990101-01\t19\t22\tLOC\ttune\n"
                                    "20990101-01\t22\t26\tLOC\ttune\n")
    stories = raw_stories(shared, ref)

    def predict(texts: list[str]) -> list[list[Span]]:
        out = []
        for t in texts:
            i = t.find("河北省")
            out.append([Span(i, i + 3, "LOC", "x")] if i >= 0 else [])
        return out

    res = ner.eval_raw(predict, stories)
    assert res["raw-tune"]["LOC"] == (1.0, 0.5, 2 / 3)
    assert ner.raw_errors(predict, stories)[0].endswith("['LOC 石家庄市@22']")


def test_shipped_refs_are_well_formed() -> None:
    refs = read_refs(REFS)
    assert len(refs) == 85
    assert {part for part, _ in refs.values()} == set(PARTS)
    assert set(PARTS) == {"raw-tune", "raw-tune2", "raw-tune3", "raw-held", "raw-held3"}
    for _, spans in refs.values():
        assert all(0 <= s < e and lab in ("PERSON", "ORG", "LOC") for s, e, lab in spans)
        ordered = sorted(spans)
        assert all(b <= c for (_, b, _), (c, _, _) in itertools.pairwise(ordered))


def test_held_parts_are_held_out(tmp_path: Path) -> None:
    """raw-held and raw-held3 print as held out and never list their errors."""
    assert {p for p in PARTS if p.startswith("raw-held")} <= set(ner.HELD_OUT)
    assert ner._column_title("raw-held3") == "raw-held3 (held out)"
    shared, ref = _corpus(tmp_path, "20990101-01\t19\t22\tLOC\theld3\n")
    stories = raw_stories(shared, ref)
    assert [st[1] for st in stories] == ["raw-held3"]
    assert ner.raw_errors(lambda texts: [[] for _ in texts], stories) == []


def test_intervals_come_from_the_same_per_story_counts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The interval table reuses the sets the scores were taken from: its point estimates are the
    table's F1, its held-out rows are aggregates (no span is printed)."""
    shared, ref = _corpus(tmp_path, "20990101-01\t19\t22\tLOC\theld3\n"
                                    "20990101-01\t22\t26\tLOC\theld3\n")
    stories = raw_stories(shared, ref)

    def predict(texts: list[str]) -> list[list[Span]]:
        return [[Span(t.find("河北省"), t.find("河北省") + 3, "LOC", "x")] if "河北省" in t else []
                for t in texts]

    sets = ner.raw_sets(predict, stories)
    assert {part: ner.score_sets(*s) for part, s in sets.items()} == ner.eval_raw(predict, stories)
    assert ner.unit_counts(*sets["raw-held3"], "LOC") == [(1, 1, 2)]
    ner.print_intervals("model+rules", sets)
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("raw-held3 (held out)"))
    # one story: every resample is that story, the interval is the point
    assert row.split()[3:] == ["1", "2", "0.667", "[0.667,", "0.667]", "0.667", "[0.667,", "0.667]",
                               "0.000", "[0.000,", "0.000]"]
    assert "河北" not in out and "percentile bootstrap" in out
