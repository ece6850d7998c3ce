"""A bracketed qualifier between a subject noun and the predicate of its figure is passed
over, so the figure takes the subject (quantities/bracket_asides.py). Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an aside that excludes a part, then a verb of reaching
        ("去年，全省民用机场（不含通用机场）达18个。", "18个", "民用机场"),
        # then a verb of completing, and a rate after it in the next clause
        ("一季度，全市工业投资（不含电力）完成820亿元，同比增长9.1%。", "820亿元", "工业投资"),
        ("一季度，全市工业投资（不含电力）完成820亿元，同比增长9.1%。", "9.1%", "工业投资"),
        # an abbreviation in brackets, then 为: the code stays with the metric, as written
        ("三月份全市商业景气指数（BCI）为51.2%。", "51.2%", "商业景气指数（BCI）"),
        # adverbs and a verb of the predicate between the aside and the count
        ("今年以来全省货运班列（省内）累计开行超2000列。", "超2000列", "货运班列"),
    ],
)
def test_subject_past_aside(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a bracket after a measure completes the counted noun
        ("四川等9个省（区、市）累计转移群众12万人。", "9个", "省（区、市）"),
        # the bracket closes before the next count: still the first count's noun
        ("来自全国28个省（区、市）310个县的选手参加比赛。", "28个", "省（区、市）"),
    ],
)
def test_bracket_after_measure_kept(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a Latin code, then a comparison before the verb of change
        ("一月份全省居民消费价格指数（CPI）比上年同期上涨0.6%。", "0.6%", "居民消费价格指数（CPI）"),
        # one alternative character right before the count
        ("全县已建成村级便民服务中心（站）320多个。", "320多个", "村级便民服务中心（站）"),
        ("近年来全市选育水稻新品种（系）40个以上。", "40个以上", "水稻新品种（系）"),
    ],
)
def test_aside_kept_with_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a date in brackets after a time word, between the subject and its predicate
        ("今年国庆档电影票房今天（10月5日）突破20亿元。", "突破20亿元", "国庆档电影票房"),
        ("全省高速公路车流量昨天（2月12日）预计超500万辆。", "超500万辆", "高速公路车流量"),
    ],
)
def test_dated_time_aside(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an alternative inside a compound name of what is counted
        ("去年全省开行中亚（欧）货运班列2100列。", "2100列", "中亚（欧）货运班列"),
        # an alternative of the verb inside a compound
        ("今年以来，全市累计减（免）税费86亿元。", "86亿元", "减（免）税费"),
        # a code inside a compound metric
        ("二月份全国工业生产者出厂价格指数（PPI）降幅为2.1%。", "2.1%", "工业生产者出厂价格指数（PPI）降幅"),
    ],
)
def test_alternative_inside_compound(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the word after the bracket goes on the compound only as a noun of two characters or
        # more that is no predicate word: 同比 opens the predicate, jieba's one-character 共/n
        # and 经/n are an adverb and a preposition (round 17, found on the lead's check stories)
        ("日本5月居民消费价格指数（CPI）同比上涨3.2%。", "3.2%", "居民消费价格指数（CPI）"),
        ("全国8个省（区、市）共30支代表队参赛。", "8个", "省（区、市）"),
        ("沿线省（区、市）经通道进出口达500亿元。", "500亿元", "进出口"),
    ],
)
def test_no_predicate_word_after_a_bracket_joins_the_compound(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
