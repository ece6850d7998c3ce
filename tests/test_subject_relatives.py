"""A relative clause that opens with its own subject right after a count's measure and has no
object (N台|体型|轻巧|的|农机, N枚|对方|发射|的|火箭): the measure counts the noun phrase after
the 的, not the clause's subject (quantities/subject_relatives.py). Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun of property and its adjective (or status word) before 的: the thing after it
        ("基地新引进了40台体型轻便的履带式采摘机。", "40台", "履带式采摘机"),
        ("仓库里存放着200箱品质优良的脐橙。", "200箱", "脐橙"),
        # an agent and its verb with no object: the verb's object is the head after 的
        ("雷达站当天跟踪了3枚对方发射的探空火箭。", "3枚", "探空火箭"),
        # two nouns joined as the subject of an intransitive verb
        ("广场上，90组科技与艺术融合的灯组吸引了游客。", "90组", "灯组"),
    ],
)
def test_thing_after_subject_clause(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the clause's verb has its own object: the subject is counted (no gap for the head)
        ("全市曾有5个县不通公路的历史。", "5个", "县"),
        # a head naming the subject's situation: the subject is counted
        ("4个村缺水的局面得到扭转。", "4个", "村"),
        ("6个乡镇受灾严重的情况引起关注。", "6个", "乡镇"),
        # a second verb is the first one's object (实现|全面|增长): the clause has its object
        ("该省成为唯一一个三项指标实现全面增长的省份。", "三项", "指标"),
    ],
)
def test_subject_stays_counted(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj

