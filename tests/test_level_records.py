"""A record or level noun after a figure (达到N吨的|历史新高, 超过N℃的|极值, 突破N家|大关): the
figure measures the subject before it, not the record (quantities/objects.py, stats_level_nouns).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a record after 的, jieba cutting it (历史|新高/v) or not (历史纪录)
        ("今年前三季度，我国茶叶出口量达到30万吨的历史新高。", "30万吨", "茶叶出口量"),
        ("去年该港口吞吐量创下8亿吨的历史纪录。", "8亿吨", "港口吞吐量"),
        # an extreme value after 的
        ("午后当地最高气温超过42℃的极值。", "超过42℃", "最高气温"),
        # a count reaching a threshold: the subject before it
        ("全省高新技术企业首次突破8000家大关。", "突破8000家", "高新技术企业"),
    ],
)
def test_subject_before_a_record(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_records_counted() -> None:
    """Records right after a count's measure are what it counts (刷新|N项|纪录)."""
    assert one("本赛季该队共刷新4项亚洲纪录。", "4项").object == "亚洲纪录"
