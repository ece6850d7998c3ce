"""A predicate word jieba glued to the approximation marker before a figure (已有近/v) is cut
off the object read before it, with the marker (quantities/widen.without_marker_tail).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("全县农田已有近3万亩完成排水。", "近3万亩", "农田"),
        ("目前，全区40条共500公里主要河道已有近200公里完成清理。", "近200公里", "主要河道"),
        # a marker on its own: nothing glued
        ("今年以来，全省旅游总收入近3000亿元。", "近3000亿元", "旅游总收入"),
    ],
)
def test_without_glued_predicate(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
