"""Objects that ran past what a statistic measures (issue 12, round 9): a verb that raises,
lowers or widens a measure (拓宽, 上调, 高出: stats_predicate_words) stands between the subject
and its figure and is no part of the object; 盆 is a measure word (stats_units), so it no longer
glues onto the noun counted. Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("改造完成后，老桥拓宽6米，通行能力明显提升。", "6米", "老桥"),
        ("这家银行宣布，存款利率上调至2.5%。", "2.5%", "存款利率"),
        ("入冬以来，全市平均气温比常年同期高出1.5℃。", "1.5℃", "平均气温"),
        ("河道加宽20米，行洪能力大大增强。", "20米", "河道"),
    ],
)
def test_change_verb_is_no_part_of_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("广场上，3万多盆菊花摆出了喜庆的图案。", "3万多盆", "菊花"),
        ("社区志愿者为独居老人送去200盆绿植。", "200盆", "绿植"),
    ],
)
def test_pot_is_a_measure_word(sentence: str, surface: str, obj: str) -> None:
    st = one(sentence, surface)
    assert (st.unit, st.kind, st.object) == ("盆", "count", obj)


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verbal noun opening the clause before one people noun that is no compound head
        ("这个服务站覆盖12个村，服务村民8000余人。", "8000余人", "村民"),
        # before a compound head (stats_compound_heads) it names the people counted
        ("灾情发生后，当地投入抢险力量，救援人员300多人。", "300多人", "救援人员"),
    ],
)
def test_clause_opening_verbal_noun_before_people(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # 重点 ends in 点 like a facility head, but before a noun it modifies it: the verb is the
        # predicate of the teams counted
        ("省应急厅派出8支医疗队深入重点乡镇，开展巡诊。", "8支", "医疗队"),
        # a listed head stays the head of a compound with the verb before it
        ("全市制定30项重点攻坚任务清单，逐项推进。", "30项", "重点攻坚任务清单"),
    ],
)
def test_word_ending_like_a_head_before_a_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a count of people completing a size metric counts the people before the activity
        ("截至9月底，全省脱贫人口务工就业规模达到180万人。", "180万人", "脱贫人口"),
        ("全省农村劳动力转移就业规模连续3年稳定在1200万人以上。", "1200万人以上", "农村劳动力"),
        # a counting metric a verb names stays (招聘人数)
        ("今年全市参保人数达到120万人。", "120万人", "参保人数"),
    ],
)
def test_people_before_a_size_metric(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a set phrase jieba tags l that says what the counted noun does ends the object
        ("广场两侧，300多个花篮一字排开，喜迎佳节。", "300多个", "花篮"),
        ("今年夏收，10多万台收割机日夜不停，抢收小麦。", "10多万台", "收割机"),
        # a set phrase that ends in a noun is the noun counted
        ("应急管理部调拨3万件中央救灾物资，支援灾区。", "3万件", "中央救灾物资"),
    ],
)
def test_set_phrase_predicate_ends_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
