"""The raw-story object set (pipeline/evaluation/raw_objects.tsv): references only, read
against ../shared/corpora at evaluation time."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.evaluation import raw_objects

SHARED = Path(__file__).resolve().parents[2] / "shared"


def _all_rows() -> list[raw_objects.Gold]:
    return [r for path in raw_objects.annotation_files() for r in raw_objects.load_annotations(path)]


def test_annotations_are_references() -> None:
    assert len(raw_objects.load_annotations()) >= 150
    rows = _all_rows()
    assert {r.part for r in rows} == set(raw_objects.PARTS)
    assert all(r.start >= 0 and r.surface and len(r.surface) <= 16 for r in rows)
    for path in raw_objects.annotation_files():
        header = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
        assert any("Sampling" in ln for ln in header), path


def test_later_samples_are_groups_of_other_stories() -> None:
    first = {r.story for r in raw_objects.load_annotations()}
    later = [r for path in raw_objects.annotation_files()[1:] for r in raw_objects.load_annotations(path)]
    assert later and all(r.part in raw_objects.PARTS and r.story not in first for r in later)
    # no story is in two files (a held-out story is never in a tuning file)
    owners: dict[str, Path] = {}
    for path in raw_objects.annotation_files():
        for story in {r.story for r in raw_objects.load_annotations(path)}:
            assert owners.setdefault(story, path) == path, story


def test_held_parts_are_held_out(capsys: pytest.CaptureFixture[str]) -> None:
    """held and held3 print as held out; only tune* parts are tuned (and listed by --details)."""
    assert [p for p in raw_objects.PARTS if raw_objects.tuned(p)] == ["tune", "tune-c", "tune-d"]
    figures = {"object agreement": 0.5, "object_ok": 1, "matched": 2, "gold": 3}
    raw_objects.print_figures({"held3": figures, "tune": figures})
    out = capsys.readouterr().out
    assert "raw-held3 (held out): object agreement 0.500 (1/2 matched; 3 annotated)" in out
    assert "raw-tune (tuned)" in out


def test_page_offset_follows_the_page_layout() -> None:
    story = {"title": "某县推进乡村振兴", "text": "央视网消息：今年以来，\n全县新建12个冷库。"}
    page = raw_objects.page_of(story)
    start = story["text"].index("12个")
    assert page[raw_objects.page_offset(story, start) :].startswith("12个")


def test_locate_finds_the_nearest_occurrence() -> None:
    text = "全县有3个乡镇，另有3个街道。"
    assert raw_objects._locate(text, "3个", 9) == 10
    assert raw_objects._locate(text, "5个", 3) == -1


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / raw_objects.CORPUS).exists(), reason="needs ../shared/corpora/news_xwlb")
def test_offsets_point_at_their_surface() -> None:
    rows = _all_rows()
    stories = raw_objects.read_stories(SHARED / raw_objects.CORPUS, {r.story for r in rows})
    assert len(stories) == len({r.story for r in rows})
    for r in rows:
        assert stories[r.story]["text"][r.start : r.start + len(r.surface)] == r.surface, r
