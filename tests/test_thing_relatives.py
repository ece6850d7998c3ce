"""A count of things whose measure is followed by a relative clause (a verb, an adverb, a time
word or a preposition opens it) takes the noun phrase after the clause's 的 as its object
(quantities/thing_relatives.py); a noun right after the measure keeps the count, and a main
predicate after the count (将, 也 ...) is no clause. Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an adverb and a verb
        ("全市现有30个已经建成的示范基地。", "30个", "示范基地"),
        # a verb with its own object and an aspect particle
        ("今年当地投入了200多台安装了智能监测设备的收割机，作业效率明显提高。", "200多台", "收割机"),
        # a bare verb before 的
        ("园区去年引进了12家新注册的科技企业。", "12家", "科技企业"),
        # a noun right after the measure keeps the count (the existing reading)
        ("全县有5个网格的居民参加了演练。", "5个", "网格"),
        # one modifier word and its 的 (新型/b, 分散/v), a quoted name before the predicate
        ("全县建成80多个新型的“共富工坊”。", "80多个", "“共富工坊”"),
        ("当地正在把这片500多块分散的“碎片田”整合成10多处“连片田”。", "500多块", "“碎片田”"),
        # an adjective before a noun and its 的: the noun phrase is counted
        ("去年，86项重大工程的建设实施带动了投资。", "86项", "重大工程"),
    ],
)
def test_thing_after_relative(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the count is the subject of a main predicate (将), not the head of a clause
        ("我们相信两家将继续发挥行业龙头的带动作用。", "两家", ""),
        # a noun phrase right before the 的 is what is counted
        ("这是五个相邻村的“振兴项目”。", "五个", "相邻村"),
        # people measures are read by people_relatives
        ("当地组织120名来自各乡镇的种粮大户参加培训。", "120名", "种粮大户"),
    ],
)
def test_thing_relative_left_alone(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_verb_after_the_de_is_no_counted_thing() -> None:
    # 珍贵文物 is tagged as a set phrase and opens a clause; what follows its 的 is a verb
    sentence = "展览通过数字技术，让三十余件珍贵文物展现不同朝代瓷器工艺的演变。"
    assert one(sentence, "三十余件").object != "演变"
