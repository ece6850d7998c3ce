"""Objects that reach a compound's one-character end jieba cut off (bound_characters), list
items that share an activity head or a joiner in the first item (respective_lists), and an
attribute jieba's dictionary tags as an adverb (stats_word_tags: 最新/d -> a), the activity
after a count in a quasi-measure before an amount (objects._after_quasi_count). Sentences
invented in the style of the 新闻联播 corpus; none is copied from a story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a one-character noun or measure word closes the compound before the head
        ("今年暑期档票房已突破40亿元。", "突破40亿元", "暑期档票房"),
        ("新机组投运后，最大供汽能力达每小时80吨。", "80吨", "最大供汽能力"),
        ("全省充电桩总量已超50万个。", "超50万个", "充电桩"),
        ("今年以来，园区企业采购电子元件类金额增长12%。", "12%", "园区企业采购电子元件类金额"),
        # a character the tagged corpus uses as a word of the clause stays apart (较/d, 全/a)
        ("本月食品价格较去年同期上涨12%。", "12%", "食品价格"),
        ("软件服务收入保持增长，占全行业收入近五成。", "近五成", "收入"),
        # list items share an activity head whatever their length; a joiner in the first item
        ("船舶、集成电路及电子元件出口分别增长12%、8%。", "12%", "船舶出口"),
        ("船舶、集成电路及电子元件出口分别增长12%、8%。", "8%", "集成电路及电子元件出口"),
        ("家具和灯具、日用陶瓷消费分别增长6%、7%、9%。", "6%", "家具消费"),
        ("家具和灯具、日用陶瓷消费分别增长6%、7%、9%。", "9%", "日用陶瓷消费"),
        # items of one suffix class with no metric after them are whole items
        ("其中，家政业、零售业、物流业同比分别增长12%、8%、6%。", "8%", "零售业"),
        # a metric head may close a longer shared phrase: the list is left whole, unless the
        # words before the metric are modifiers every item shares (stats_shared_metric_modifiers)
        ("城镇、农村人口可支配收入分别增长5%和6%。", "5%", "城镇、农村人口可支配收入"),
        ("城镇、农村居民人均可支配收入分别增长5%和6%。", "5%", "城镇居民人均可支配收入"),
        # after a count in a quasi-measure (N省区) the activity before an amount is its object
        ("一季度，长江沿线6省区进出口5120.4亿元，同比增长6.3%。", "5120.4亿元", "进出口"),
        # an attribute jieba tags as an adverb stays in the noun phrase
        ("六项电梯行业最新国家标准发布。", "六项", "电梯行业最新国家标准"),
    ],
)
def test_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_bound_character_after_a_place_name() -> None:
    """汕头/ns|湾/zg|海底隧道, the NER's place 汕头湾 over both: a bound morpheme jieba cut off a
    place name ends the name, and the noun phrase a length measures reads through it (round 16,
    dimensions)."""
    s = one("全长5000米的汕头湾海底隧道今天正式贯通。", "5000米", mentions=(("汕头湾", "LOC"),))
    assert s.object == "汕头湾海底隧道"
    s = one("长约2公里的泉州湾跨海大桥完成主体施工。", "2公里", mentions=(("泉州湾", "LOC"),))
    assert s.object == "泉州湾跨海大桥"
