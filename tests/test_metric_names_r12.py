"""Metric names as objects of amounts, percents and rates (issue 12, round 12): basis points are
a unit of rate change like percentage points; metric nouns of extent and capacity (幅度, 容量,
能力, 指数); a verb and a metric ending inside a run (完成|额|指数); a currency jieba tags as a
measure word inside a run; verbs after a scope word inside a metric; a metric before a modal
and its verb; the term in a bond's or a loan's name (N年期). Sentences written for these tests
in news style, none copied from a page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one, texts


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # basis points: a percent-point-like unit, the object is the rate change named before
        ("该国央行本轮累计加息幅度达350个基点。", "350个基点", "加息幅度"),
        ("这家央行决定将政策利率下调15个基点。", "15个基点", "政策利率"),
        # a gap in basis points after a comparative verb and its base, as in percentage points
        ("本月出口增速为6.1%，快于进口12个基点。", "12个基点", "出口增速"),
        # metric nouns of extent and capacity
        ("全县单季育秧能力达到28万亩。", "28万亩", "单季育秧能力"),
        ("全省抽水蓄能容量将达到900万千瓦。", "900万千瓦", "抽水蓄能容量"),
        # a verb and a one-character metric ending inside a longer metric
        (
            "今年以来，全市制造业固定资产投资完成额指数持续位于48%以上。",
            "48%以上",
            "制造业固定资产投资完成额指数",
        ),
        # a one-character metric ending after a verb jieba tags a preposition
        ("新船闸建成后，年最大货物通过量将达到0.9亿吨。", "0.9亿吨", "年最大货物通过量"),
        # a currency jieba tags as a measure word, before a metric noun
        ("年初以来欧元指数累计下跌超过6%。", "超过6%", "欧元指数"),
        # a metric before a modal and its verb
        ("新航站楼启用后，机场年旅客吞吐量可承载5200万人次。", "5200万人次", "机场年旅客吞吐量"),
        # the term in a bond's or a deposit's name is part of the name
        ("本期20年期国债发行利率为2.31%。", "2.31%", "20年期国债发行利率"),
        ("3个月期存款利率下调至1.05%。", "1.05%", "3个月期存款利率"),
    ],
)
def test_metric_names(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_basis_points_are_a_percent_unit() -> None:
    s = one("这家央行决定将政策利率下调15个基点。", "15个基点")
    assert (s.value, s.unit, s.kind) == (15.0, "基点", "percent")


def test_a_bond_term_is_no_duration() -> None:
    assert texts("本期20年期国债发行利率为2.31%。") == ["2.31%"]


def test_a_stay_of_a_year_stays_a_duration() -> None:
    assert "一年" in texts("三名科考队员将在极地开展一年期驻留考察。")


def test_a_conjunction_glued_to_an_approximation_word_is_no_object() -> None:
    sentence = "两类新增贷款利率，同比分别下降约18个基点和约4个基点。"
    assert one(sentence, "约18个基点").object == ""


def test_an_index_counted_stays_whole() -> None:
    assert one("其中，协同发展、开放共享两个分项指数上升最快。", "两个").object == "分项指数"


def test_a_modal_after_no_metric_keeps_no_subject() -> None:
    assert one("按新标准，个人要承担80元。", "80元").object == ""
