"""The review-sample tool: story files round-trip, eligibility, and the diff of two dumps."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.evaluation.review_stories import changes, eligible, read_stories, story_line

_TEXT = st.text(alphabet=st.sampled_from("县里新建了3座桥，共12公里。\n"), min_size=1, max_size=60)


@given(title=st.text(alphabet=st.sampled_from("秋收进度过半 "), min_size=1, max_size=12), text=_TEXT)
def test_story_file_round_trip(tmp_path_factory: pytest.TempPathFactory, title: str, text: str) -> None:
    path = tmp_path_factory.mktemp("rv") / "stories.tsv"
    story = {"id": "20240102-03", "title": title, "text": text}
    path.write_text(story_line(story), encoding="utf-8")
    assert read_stories(path) == {"20240102-03": story}


def _story(text: str, sid: str = "20240102-03", title: str = "某县秋收忙") -> dict[str, str]:
    return {"id": sid, "title": title, "text": text}


def test_eligible_stories() -> None:
    body = "全县今年新建桥梁12座、道路35公里，投资4亿元，带动就业800人。" * 12
    assert eligible(_story(body), set())
    assert not eligible(_story(body), {"20240102-03"})  # annotated already
    assert not eligible(_story(body, sid="20250221-01"), set())  # a day of the x2 pages
    assert not eligible(_story("全县新建桥梁十二座，道路三十五公里。" * 30), set())  # too few figures
    few = _story("全县新建桥梁12座，道路三十五公里。" * 20)  # one figure a sentence, 20 in all
    assert eligible(few, set()) and not eligible(few, set(), min_figures=21)
    assert not eligible(_story(body, title="某地举行新闻发布会"), set())  # an excluded kind


def _row(obj: str, value: str = "12.0", start: str = "5") -> list[str]:
    return ["s1", start, "12座", value, "座", "count", obj, "新建【12座】桥梁"]


def test_changes_between_dumps() -> None:
    before = {("s1", "5", "12座"): _row(""), ("s1", "9", "35公里"): _row("道路", start="9")}
    after = {("s1", "5", "12座"): _row("桥梁"), ("s1", "20", "4亿元"): _row("投资", start="20")}
    lines = changes(before, after)
    assert len(lines) == 3
    assert lines[0].startswith("NEW ") and "投资" in lines[0]
    assert lines[1].startswith("CHG ") and "12.0/座/count/ -> 12.0/座/count/桥梁" in lines[1]
    assert lines[2].startswith("GONE") and "道路" in lines[2]
    assert changes(before, before) == []
