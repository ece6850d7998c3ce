"""Objects too long by a fragment of a place, a name or an occasion (quantities.name_scopes), and a
figure inside a diving event's name (stats_event_nouns). Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one, texts


def test_port_of_entry_after_a_place() -> None:
    """某市|口岸|出入境旅客: the port is where the flow is counted."""
    s = one("今年以来，深圳口岸出入境旅客突破5000万人次。", "突破5000万人次", mentions=(("深圳", "LOC"),))
    assert s.object == "出入境旅客"


def test_port_of_entry_after_a_scope_word() -> None:
    s = one("暑期全国口岸出入境旅客达到9000万人次。", "9000万人次")
    assert s.object == "出入境旅客"


def test_port_of_entry_after_a_route_through_a_place() -> None:
    s = one("一季度，经防城港口岸进出口货值达210亿元。", "210亿元", mentions=(("防城港", "LOC"),))
    assert s.object == "进出口货值"


def test_rest_of_an_organisation_name() -> None:
    """某某|油田|油气资源量: jieba cut the ORG's name and the reader stopped inside it; not after a
    scope word the NER took in (全国|民航: 民航 names the mode of transport), nor in a span that no
    head of a name ends."""
    s = one("塔河油田油气资源量超过8亿吨。", "超过8亿吨", mentions=(("塔河油田", "ORG"),))
    assert s.object == "油气资源量"
    s = one("全国民航旅客运输量同比增长12%。", "12%", mentions=(("全国民航", "ORG"),))
    assert s.object == "民航旅客运输量"
    s = one("中国快递发展指数同比提升9.5%。", "9.5%", mentions=(("中国快递", "ORG"),))
    assert s.object == "快递发展指数"  # no head of a name ends the span: the NER drew it over the metric


def test_occasion_before_its_size_metric() -> None:
    """本届|某运会|总规模|超N人: the occasion is where the people are counted, no thing counted."""
    s = one("本届亚运会总规模超过1.2万人，较上届增长约15%。", "超过1.2万人")
    assert s.object == "总规模"
    assert one("本届亚运会总规模超过1.2万人，较上届增长约15%。", "约15%").object == "总规模"


def test_occasion_before_a_metric_it_was_read_with() -> None:
    assert one("本届服博会现场签约额达到85亿元。", "85亿元").object == "现场签约额"


def test_scope_word_alone_after_a_count() -> None:
    s = one("已有800所全国急救教育示范学校通过验收。", "800所")
    assert s.object == "急救教育示范学校"


def test_place_after_a_place_measure() -> None:
    """平均海拔|N米|的|某县某村: the altitude is measured, the place is where."""
    s = one(
        "他驻守在平均海拔4500多米的达孜县邦堆村。",
        "4500多米",
        mentions=(("达孜县", "LOC"), ("邦堆村", "LOC")),
    )
    assert s.object == "平均海拔"


def test_region_name_before_the_metric() -> None:
    s = one("长江经济带重大项目完成投资超3000亿元。", "超3000亿元", mentions=(("长江", "LOC"),))
    assert s.object == "重大项目完成投资"


def test_thing_named_by_its_route() -> None:
    s = one(
        "全长5200米的兰州至合作铁路木寨岭隧道今天贯通。",
        "5200米",
        mentions=(("兰州", "LOC"), ("合作", "LOC"), ("木寨岭隧道", "LOC")),
    )
    assert s.object == "兰州至合作铁路木寨岭隧道"


def test_diving_event_named_by_its_board() -> None:
    assert texts("在男子3米跳板决赛中，中国选手夺得冠军。") == []
    assert texts("女子10米跳台比赛今天举行。") == []
