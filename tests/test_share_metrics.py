"""占比 that jieba did not keep as one noun before a figure (pipeline.quantities.share_metrics,
issue 12, round 10): glued onto an adverb (占|比约, 占|比已) or tagged a verb (占比/v|超). The share's
subject keeps 占比, as the tuning annotations write X占比. Sentences in the style of the raw
新闻联播 corpus, written for these tests, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("全市参与活动的企业3000余家，其中小微企业占比约62%。", "约62%", "小微企业占比"),
        ("今年以来，全省清洁能源发电量占比已达45%。", "45%", "清洁能源发电量占比"),
        ("目前，全区新能源公交车占比已超八成。", "超八成", "新能源公交车占比"),
        ("全市绿色建筑占比超60%。", "超60%", "绿色建筑占比"),
        ("地方专项债券用于项目建设的资金占比不低于70%。", "不低于70%", "资金占比"),
        # 占|比较/d: the share noun, then the 较 of a comparison before the change
        ("全省跨境电商进口额占比较上年同期提高1.8个百分点。", "1.8个百分点", "跨境电商进口额占比"),
        ("加工贸易规模为3万亿元，占比较去年同期下降0.6个百分点。", "0.6个百分点", "占比"),
    ],
)
def test_a_share_keeps_its_share_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_share_noun_already_whole_is_unchanged() -> None:
    assert one("全市新能源汽车占比达到40%。", "40%").object == "新能源汽车占比"
