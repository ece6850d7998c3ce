"""The page-format evaluation's layout and its alignment of statistics (no corpus needed)."""

from __future__ import annotations

import random
import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.evaluation.page_format import (
    COLUMN_MAX,
    FAULTS,
    Agreement,
    agreement,
    dates_found,
    wrapped_page,
)

STORY = {
    "title": "全市新建改造供水管网",
    "text": "今年以来，全市新建和改造城乡供水管网1200多公里，惠及山区群众3万余人。\n"
    "目前全市农村自来水普及率达到96%，比去年提高3个百分点。",
}


def test_the_wrapped_page_holds_the_same_text_in_short_lines() -> None:
    page = wrapped_page(STORY, random.Random(1))
    title, body = page.split("\n\n", 1)
    assert title == STORY["title"]
    assert body.replace("\n", "").replace(" ", "") == STORY["text"].replace("\n", "")
    assert all(len(line) <= COLUMN_MAX + 1 for line in body.split("\n"))
    assert wrapped_page(STORY, random.Random(1)) == page  # seeded: the same layout every run


@given(st.text(alphabet="共计万人多余0123456789，。\n", min_size=1, max_size=200))
def test_wrapping_loses_no_character(text: str) -> None:
    page = wrapped_page({"title": "题", "text": text}, random.Random(7))
    body = page.split("\n\n", 1)[1]
    assert body.replace("\n", "").replace(" ", "") == text.replace("\n", "")


def test_agreement_aligns_statistics_on_figure_and_unit() -> None:
    clean = [("1200多公里", "公里", "供水管网"), ("3万余人", "人", "山区群众"), ("96%", "%", "普及率")]
    wrapped = [("1200多公里", "公里", "供水管网"), ("96%", "%", "自来水普及率")]
    assert agreement(clean, wrapped) == Agreement(clean=3, found=2, same_object=1)
    assert agreement(clean, clean).object_share == 1.0


def test_each_fault_changes_the_layout_not_the_figures() -> None:
    text = STORY["text"].split("\n")[0]
    wide = FAULTS["+ full-width digits, points and %"](text, random.Random(1))
    assert "１２００多公里" in wide and "3" not in wide
    assert "萬" in FAULTS["+ traditional characters"](text, random.Random(1))
    scattered = FAULTS["+ a stray space after 4% of characters"]("共计1200多公里" * 20, random.Random(1))
    assert " " in scattered and scattered.replace(" ", "") == "共计1200多公里" * 20


@given(st.text(alphabet="共计万人多余0123456789.，。", min_size=1, max_size=200), st.integers(0, 99))
def test_the_scattered_layout_never_splits_a_run_of_digits(text: str, seed: int) -> None:
    scattered = FAULTS["+ a stray space after 4% of characters"](text, random.Random(seed))
    assert scattered.replace(" ", "") == text
    assert re.search(r"\d \d", scattered) is None


def test_dates_are_aligned_on_text_and_value() -> None:
    clean = [("7月27日", "2026-07-27"), ("29日—31日", "2026-07-29/2026-07-31")]
    broken = [("7月", "2026-07"), ("29日—31日", "2026-07-29/2026-07-31")]
    assert dates_found(clean, clean) == 2
    assert dates_found(clean, broken) == 1
    assert Agreement(clean=1, found=1, same_object=1, dates=2, dates_found=1).dates_share == 0.5
