"""A rate after a basis frame measures the metric before the frame (basis_frames: 国内生产总值|
按年率计算|增长N%, 外资金额N亿元人民币，按可比口径|增长N%), and an object glued to a quotation
by a bound character takes the quotation (quote_edges: “端午”|档|电影票房), and a model
designation is one name (object_edges: F-16战机). Sentences invented in the style of the 新闻联播
corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_metric_before_a_basis_frame() -> None:
    """国内生产总值|按|年率|计算|下降N%: the metric before the frame, not 年率."""
    assert one("一季度，日本国内生产总值按年率计算下降1.2%。", "1.2%").object == "国内生产总值"


def test_frame_opening_its_clause_carries_the_figure_before() -> None:
    """N亿元|人民币|，|按|可比|口径|同比增长N%: the rate measures the sum's metric, not 口径."""
    text = "今年前三季度，全省实际使用外资金额520.3亿元人民币，按可比口径同比增长6.1%。"
    assert one(text, "6.1%").object == one(text, "520.3亿元").object != ""


def test_quotation_glued_by_a_bound_character() -> None:
    """“端午”|档|电影票房: the holiday's season is part of the noun."""
    assert one("截至昨天，“端午”档电影票房已经突破4.6亿元。", "突破4.6亿元").object == "“端午”档电影票房"


def test_model_designation_is_one_name() -> None:
    """N架|F|-|35|战机: the model's letters, hyphen and digits are one name with the noun after."""
    assert one("该国计划采购36架F-16战机。", "36架").object == "F-16战机"
    assert one("飞行表演队派出8架歼-20战机亮相航展。", "8架").object == "歼-20战机"
    # a verbal noun may open the noun after the code (S-300|防空/vn|导弹): no dangling S-
    assert one("俄方称，对方当天发射了12枚S-300防空导弹", "12枚").object == "S-300防空导弹"


def test_event_after_an_attribute_runs_to_the_clause_end() -> None:
    """为期N年的|非法/b|捕捞…|专项整治行动。: an attribute alone names no event."""
    s = one("沿江各地开展为期两年的非法捕捞水生生物专项整治行动。", "两年")
    assert s.object == "非法捕捞水生生物专项整治行动"
