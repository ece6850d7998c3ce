"""Figures the pipeline left with no object where a frame stands between the metric and the
figure (round 15, empty objects): a change frame whose 至 jieba tags as a preposition or whose
start is an event's time (由|成立|之初|的|N), a comparison frame (与上年相比, 相比五年前), a
duration of the period a rate covers (，近三年平均增速N%) and a comment clause opening with a
verb jieba tags as a noun (创/n|历史新高). Sentences invented in the style of the 新闻联播
corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_rise_with_a_preposition_tagged_to() -> None:
    """X从…的N家，增长至M家: 增长|至/p is the verb of reaching, after a comma too."""
    s = one("全省专精特新企业数量从2019年的3.2万家，增长至5万家，年均增速9.1%。", "5万家")
    assert s.object == "专精特新企业"
    s = one("全省专精特新企业数量从2019年的3.2万家，增长至5万家，年均增速9.1%。", "9.1%")
    assert s.object == "专精特新企业"


def test_rise_from_an_event_time() -> None:
    """X由成立之初的N家增至M家: the event's time is the start's date, not its subject."""
    s = one("高新技术企业数量由成立之初的126家增至870家。", "126家")
    assert s.object == "高新技术企业"


def test_rate_after_a_comparison_frame() -> None:
    """X达N，与上年相比增长了M%: the compared base is no subject."""
    s = one("今年进出口总额达5亿美元，与上年相比增长了35%。", "35%")
    assert s.object == "进出口总额"


def test_rate_after_a_compared_time_frame() -> None:
    """X超过N颗，相比五年前，增长了M倍: the duration of the frame is passed over."""
    s = one("目前全省充电桩数量已经超过800座，相比五年前，增长了6倍。", "6倍")
    assert s.object == "充电桩"


def test_mean_rate_after_a_period() -> None:
    """X超过N元，近三年平均增速M%: the period and 平均 say how the rate is taken."""
    s = one("全市科技型企业贷款余额已超过2000亿元，近三年平均增速约18%。", "约18%")
    assert s.object == "科技型企业贷款余额"


def test_rate_after_a_comment_opening_with_a_cut_verb() -> None:
    """X N元，创历史同期新高，同比增长M%: 创/n opens a comment on the figure."""
    s = one("一季度，全省进口3500亿元，创历史同期新高，同比增长7.3%。", "7.3%")
    assert s.object == "进口"
