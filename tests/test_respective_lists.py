"""Figures paired in order with a list by 分别 (quantities/respective_lists.py): the k-th figure
after the adverb measures the k-th item of the list before it, or what the k-th of the figures
before its clause measures. Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # (a) a list of metrics right before 分别, as many items as figures
        ("前三季度，全省一般公共预算收入、税收收入分别增长6.1%、4.3%。", "6.1%", "一般公共预算收入"),
        ("前三季度，全省一般公共预算收入、税收收入分别增长6.1%、4.3%。", "4.3%", "税收收入"),
        ("今年一季度，全市工业用电量、居民用电量分别同比增长12%和7%。", "12%", "工业用电量"),
        ("今年一季度，全市工业用电量、居民用电量分别同比增长12%和7%。", "7%", "居民用电量"),
        # a joiner inside an item, the list's last joint a joiner
        ("上半年，农林水支出、城乡社区支出和住房保障支出分别增长5%、3%和9%。", "5%", "农林水支出"),
        ("上半年，农林水支出、城乡社区支出和住房保障支出分别增长5%、3%和9%。", "9%", "住房保障支出"),
        ("去年，该省文化和旅游支出、节能环保支出分别达到86亿元和120亿元。", "86亿元", "文化和旅游支出"),
        ("去年，该省文化和旅游支出、节能环保支出分别达到86亿元和120亿元。", "120亿元", "节能环保支出"),
        # a verb that modifies the first item stays; a governing verb does not
        ("节日期间，全省示范商业街客流量、销售额同比分别增长35%和28%。", "35%", "示范商业街客流量"),
        ("今年一季度，全市实现营业收入、利润总额分别为860亿元和52亿元。", "860亿元", "营业收入"),
        # two metrics joined by 和 alone, each a whole metric
        ("今年前三季度，全区营业收入和利润总额分别增长15%和20%。", "15%", "营业收入"),
        ("今年前三季度，全区营业收入和利润总额分别增长15%和20%。", "20%", "利润总额"),
        # items that share the last item's head take it (a word ending alike, or a metric run)
        (
            "前三季度，全市规模以上纺织业、化学工业增加值占比分别达到12.4%和9.6%。",
            "12.4%",
            "规模以上纺织业增加值占比",
        ),
        (
            "前三季度，全市规模以上纺织业、化学工业增加值占比分别达到12.4%和9.6%。",
            "9.6%",
            "化学工业增加值占比",
        ),
        ("同期，民营企业、外资企业进口分别增长8.2%和3.1%。", "8.2%", "民营企业进口"),
        ("同期，民营企业、外资企业进口分别增长8.2%和3.1%。", "3.1%", "外资企业进口"),
        (
            "今年以来，印刷和造纸业、仓储和物流业、文体娱乐类增加值分别增长4%、6%和9%。",
            "4%",
            "印刷和造纸业增加值",
        ),
        (
            "今年以来，印刷和造纸业、仓储和物流业、文体娱乐类增加值分别增长4%、6%和9%。",
            "6%",
            "仓储和物流业增加值",
        ),
        (
            "今年以来，印刷和造纸业、仓储和物流业、文体娱乐类增加值分别增长4%、6%和9%。",
            "9%",
            "文体娱乐类增加值",
        ),
        # modifiers every item shares go with the head (stats_shared_metric_modifiers, activity
        # nouns, a character bound to the metric), and a last item of one noun may be longer
        ("城镇和农村居民人均可支配收入分别增长5%和7%。", "5%", "城镇居民人均可支配收入"),
        ("城镇和农村居民人均可支配收入分别增长5%和7%。", "7%", "农村居民人均可支配收入"),
        ("一季度，全省城市和乡村网络零售额同比分别增长8.1%和12.4%。", "8.1%", "城市网络零售额"),
        ("一季度，全省城市和乡村网络零售额同比分别增长8.1%和12.4%。", "12.4%", "乡村网络零售额"),
        ("前5个月，钢材、铁矿砂进口物流量同比分别增长3.6%、6.4%。", "3.6%", "钢材进口物流量"),
        ("前5个月，钢材、铁矿砂进口物流量同比分别增长3.6%、6.4%。", "6.4%", "铁矿砂进口物流量"),
        ("节日期间，粮油、饮料、体育用品销售额分别增长4%、9%和15%。", "4%", "粮油销售额"),
        ("节日期间，粮油、饮料、体育用品销售额分别增长4%、9%和15%。", "9%", "饮料销售额"),
        ("今年前三季度，全市纺织、化工行业增加值分别增长4.2%和6.8%。", "4.2%", "纺织行业增加值"),
        ("今年前三季度，全市纺织、化工行业增加值分别增长4.2%和6.8%。", "6.8%", "化工行业增加值"),
        # an index is a head the items share (stats_index_heads)
        ("8月份，食品制造业和纺织业景气指数分别为52.4%和49.8%。", "52.4%", "食品制造业景气指数"),
        ("8月份，食品制造业和纺织业景气指数分别为52.4%和49.8%。", "49.8%", "纺织业景气指数"),
        # an item closing with a verb after a noun names a branch (机器人|制造/v); a head of verbs
        # the last item holds after its word parallel to an item is shared (制造)
        (
            "今年上半年，智能手机制造、服务机器人制造营业收入分别增长21.5%和33.8%。",
            "21.5%",
            "智能手机制造营业收入",
        ),
        ("一季度，其中农业机器人、医疗康复机器人制造同比分别增长19.2%和27.6%。", "19.2%", "农业机器人制造"),
        (
            "一季度，其中农业机器人、医疗康复机器人制造同比分别增长19.2%和27.6%。",
            "27.6%",
            "医疗康复机器人制造",
        ),
        # no 分别: a list of as many figures right after the predicate verb pairs in order too
        ("近五年，全省农产品出口、服务外包出口年均增长8.2%和11.5%。", "8.2%", "农产品出口"),
        ("近五年，全省农产品出口、服务外包出口年均增长8.2%和11.5%。", "11.5%", "服务外包出口"),
        # a base between the list and 分别 is passed over
        ("假日期间，全市重点商圈客流量、销售额比去年同期分别增长15.2%、22.6%。", "15.2%", "重点商圈客流量"),
        ("假日期间，全市重点商圈客流量、销售额比去年同期分别增长15.2%、22.6%。", "22.6%", "销售额"),
        ("节日期间，全县景区门票收入、游客人数较去年节日分别增长18%和12%。", "12%", "游客人数"),
        # (b) no noun before 分别: the figures before its clause, in order
        ("全县接待游客32万人次，旅游收入2.1亿元，同比分别增长12.5%和18.3%。", "12.5%", "游客"),
        ("全县接待游客32万人次，旅游收入2.1亿元，同比分别增长12.5%和18.3%。", "18.3%", "旅游收入"),
        ("全省粮食播种面积达到1.2亿亩，粮食产量达到650亿斤，分别比上年增加3%和5%。", "3%", "粮食播种面积"),
        ("全省粮食播种面积达到1.2亿亩，粮食产量达到650亿斤，分别比上年增加3%和5%。", "5%", "粮食产量"),
        # (b) the earlier figure's object as it was finished (the places that name a service)
        ("一季度，中亚班列累计开行1560列，运送货物12.4万标箱，同比分别增长15%和20%。", "15%", "中亚班列"),
        # an item in quotation marks keeps them and takes the shared head
        ("今年以来，“小巨人”、高新技术企业营收增速分别为8.4%、6.7%。", "8.4%", "“小巨人”企业营收增速"),
        # a comparison word jieba glued to the base (比规上) opens a base all the same
        (
            "今年以来，“小巨人”、高新技术企业营收增速分别为8.4%、6.7%，比规上服务业企业分别高2.3个、1.2个百分点。",
            "1.2个百分点",
            "高新技术企业营收增速",
        ),
        # titles: each work with the noun after the last title; a time in brackets before 分别
        ("截至目前，影片《星河》和《远航》票房分别突破8亿元和5亿元。", "突破8亿元", "《星河》票房"),
        (
            "截至目前，新上映的科幻影片《星河》和《远航》票房昨天（10月2日）分别突破8亿元和5亿元。",
            "5亿元",
            "《远航》票房",
        ),
        # an item longer than what precedes the last item's glued modifier (居民) names a whole
        # of its own: it takes the metric alone, not 居民生活
        (
            "今年前三季度，全市第一产业、第二产业和城乡居民生活用水量分别增长2.4%、3.6%和4.9%。",
            "2.4%",
            "第一产业用水量",
        ),
        (
            "今年前三季度，全市第一产业、第二产业和城乡居民生活用水量分别增长2.4%、3.6%和4.9%。",
            "3.6%",
            "第二产业用水量",
        ),
    ],
)
def test_paired_in_order(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an item far shorter than what stands before the shared head: not paired
        ("城镇和农村人口收入分别增长5%和7%。", "5%", "城镇和农村人口收入"),
        # a noun after each figure: 分别有N个和M个村 counts 村
        ("两个乡镇分别有12个和8个村完成改造。", "8个", "村"),
        # fewer items than figures: no pairing, with 分别 or without
        ("全县粮食产量增长3%和5%之间。", "5%", "粮食产量"),
        ("该市出口额分别增长3%、5%和6%。", "6%", "出口额"),
    ],
)
def test_not_paired(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


_PLACES = [("拉美", "LOC"), ("中东", "LOC"), ("东欧", "LOC")]


@pytest.mark.parametrize(
    ("surface", "obj"),
    [("6.2%", "进出口"), ("11.4%", "进出口"), ("8.9%", "进出口")],
)
def test_places_before_the_adverb_are_the_scope(surface: str, obj: str) -> None:
    """A list of places that share a metric (对|A、B、C|进出口|分别…): each figure measures the
    metric, the places being where; not the whole list, nor place and metric."""
    sentence = "前三季度，我国对拉美、中东、东欧进出口分别增长6.2%、11.4%、8.9%。"
    assert one(sentence, surface, mentions=_PLACES).object == obj
