"""Objects of statistics (issue 12): what a figure counts or measures, on sentences from the raw
新闻联播 corpus (../shared/corpora/news_xwlb, stories outside the dev set) or written in its
style; none is copied from a gold page. One test per rule of pipeline.quantities (objects,
subjects, context_objects) and of the tag corrections in word_tags."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.quantities import word_tags
from pipeline.quantities.pieces import Piece
from tests.test_statistics import one, stats_of, texts


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # jieba's tags corrected from the People's Daily corpus (玉米/nr, 收入/v) and for
        # words it guesses are person names (夏玉米/nr)
        ("全省已抗旱浇灌玉米2348万亩。", "2348万亩", "玉米"),
        ("河北计划播种夏玉米3000多万亩。", "3000多万亩", "夏玉米"),
        ("文化及相关产业企业实现营业收入33939亿元。", "33939亿元", "营业收入"),
        # a verb and a one-character head jieba cut apart (安置|点)
        ("目前，受灾地区已经设置安置点224个。", "224个", "安置点"),
        ("目前，全市已开辟400多处安置点。", "400多处", "安置点"),
        # an event named by a verb after its modifier, before an event measure or an amount
        ("一季度全省共举办营业性演出5603场。", "5603场", "营业性演出"),
        ("带动交通、餐饮、住宿等文旅消费19.4亿元。", "19.4亿元", "文旅消费"),
        # a one-character tail jieba cut off the noun (尖/a)
        ("合作社种植了500亩红薯尖，带动村民增收。", "500亩", "红薯尖"),
        # a verbal noun that is a compound head stays before a predicate
        ("其间将举行66场商贸活动对接供需双方。", "66场", "商贸活动"),
        # a metric keeps the activity or the verb before it
        ("去年全市接待游客1.79亿人次，旅游收入2314.2亿元。", "2314.2亿元", "旅游收入"),
        ("河南小麦种植面积约8500万亩。", "约8500万亩", "小麦种植面积"),
        ("云南全省小麦收割率可达97%以上。", "97%以上", "小麦收割率"),
        ("脱贫县农民人均可支配收入达8451元。", "8451元", "脱贫县农民人均可支配收入"),  # a kind of county
        ("能带动相关农户年均增收近2万元。", "近2万元", "年均增收"),
        # the share of an activity done, and an amount after a marker
        ("河南8500万亩小麦收获已过七成。", "过七成", "小麦收获"),
        ("全省小麦收获超7400万亩。", "超7400万亩", "小麦收获"),
        # a place before the subject says where, not what
        ("江苏秋粮收获2400多万亩。", "2400多万亩", "秋粮收获"),
        # a time with its frame word is read past (从…的)
        ("合作社年收入从2016年的1.6万元，增加到2024年的240万元。", "1.6万元", "合作社年收入"),
        # whose metric a count gives (X的数量)
        ("重点村和重点镇的数量分别达到1399个和198个。", "1399个", "重点村和重点镇"),
        # a relative clause right after the measure
        ("受强降雨影响的569个中断的通信站今天全部恢复。", "569个", "通信站"),
        # after a noun of the object a verb is a predicate unless its head follows at once
        ("可为近10万亩水稻提供灌溉服务。", "近10万亩", "水稻"),
        ("其中26个省份实现省级平台互联互通。", "26个", "省份"),
        # a measure before a verbal noun makes it a modifier; the cause stays with the action
        ("多支救援力量约1400多人参与搜救。", "约1400多人", "救援力量"),
        ("降雨导致部分乡镇受灾，因灾死亡3人。", "3人", "因灾死亡"),
    ],
)
def test_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # figures written together share their object
        ("上午10时，涉险的52户160人全部安全撤离。", "160人", "涉险"),
        ("水库先后开启三孔和五孔闸门泄洪。", "三孔", "闸门"),
        ("已成立12支共600人的应急抢险队伍。", "12支", "应急抢险队伍"),
        ("已成立12支共600人的应急抢险队伍。", "600人", "应急抢险队伍"),
        # a later clause with no subject of its own measures the earlier clause's subject
        ("文化及相关产业企业实现营业收入33939亿元，比上年同期增长6.2%。", "6.2%", "营业收入"),
        ("全国数据市场交易规模超过1600亿元，同比增长30%以上。", "30%以上", "数据市场交易规模"),
        # durations: the subject of a verb of lasting; a relative clause before a figure
        ("这轮强降雨已经持续了十多个小时。", "十多个小时", "强降雨"),
        ("全村外出务工6个月以上的1200多人。", "6个月以上", "外出务工"),
    ],
)
def test_objects_from_neighbours(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "wrong"),
    [
        # figures of different measures in a list count different things
        ("对5个小区800余户、2000余名居民进行走访。", "800余户", "居民"),
        # a quasi-measure is its own noun
        ("造成宝鸡、商洛等5市区120多个乡镇受灾。", "5市区", "乡镇"),
        # a clause that starts from a place is no figure of the clause before
        ("林场今年将造林绿化两万亩，从上百公里外调配黄河水。", "上百公里", "造林绿化"),
        # a duration before a 的 and a noun is no relative clause
        ("为观众带来5分钟的精彩表演。", "5分钟", "带来"),
        # a rate frame is no object
        ("最大供汽能力达每小时50吨。", "50吨", "小时"),
        # a comparison predicate is no subject
        ("截至目前已收购新产小麦576万吨，同比增加54.6万吨。", "54.6万吨", "同比增加"),
        # a list item with a figure of its own is not read into the object
        ("一年卖出超6亿件服装、交易额超500亿元。", "超6亿件", "服装、交易额"),
    ],
)
def test_objects_not_taken(sentence: str, surface: str, wrong: str) -> None:
    assert one(sentence, surface).object != wrong


# --- word_tags --------------------------------------------------------------------------------


def test_retag_corrects_words_and_keeps_quantities() -> None:
    text = "下泄洪水2亿立方米"
    pieces = [Piece(0, 2, pos="v"), Piece(2, 4, pos="nr"), Piece(4, 5, role="NUM"), Piece(5, 9, role="UNIT")]
    out = word_tags.retag(pieces, text, [])
    assert [p.pos for p in out] == ["v", "n", "", ""]
    assert [p.role for p in out] == ["", "", "NUM", "UNIT"]
    assert pieces[1].pos == "nr"  # the input is not changed


def test_build_lists_only_the_corrections_that_move_an_object(tmp_path: Path) -> None:
    corpus = tmp_path / "c.txt"
    line = "1-1\t居民/n 收入/n 增长/v 很快/d ，/w 收入/n 收入/n 收入/v\n"
    corpus.write_text(line * 2, encoding="utf-8")
    rows = {w: t for w, t, _, _ in word_tags.build(corpus)}
    assert rows.get("收入") == "n"  # jieba's dictionary lists 收入 as a verb
    assert "居民" not in rows and "增长" not in rows  # jieba agrees


def test_shipped_list_is_the_one_the_corpus_gives() -> None:
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "pd1998_01" / "199801.sentences.txt"
    if not corpus.exists():
        pytest.skip("the tagged corpus is not here")
    shipped = {w: t for w, t, *_ in word_tags.lexicons.rows("stats_word_tags")}
    assert shipped == {w: t for w, t, _, _ in word_tags.build(corpus)}


# --- a property: the object is text of the sentence outside the figure -------------------------

_NOUNS = st.sampled_from(["村民", "安置点", "高标准农田", "营业收入", "救援队伍", "夏玉米", "养老服务中心"])
_VERBS = st.sampled_from(["新增", "建成", "完成", "转移", "投入", ""])
_FIGURES = st.sampled_from(["120个", "3000多名", "2.5万亩", "超过40%", "近百名", "1.2亿元"])


@settings(max_examples=25, deadline=None)
@given(_VERBS, _NOUNS, _FIGURES, st.booleans())
def test_object_is_sentence_text_outside_the_figure(verb: str, noun: str, figure: str, before: bool) -> None:
    sentence = f"今年全县{verb}{noun}{figure}。" if before else f"今年全县{verb}{figure}{noun}。"
    for s in stats_of(sentence):
        assert s.object in sentence
        if s.object:
            at = sentence.find(s.object)
            assert at + len(s.object) <= s.start or at >= s.end


# --- issue 12, round 4: rules checked on the raw-story set (pipeline/evaluation/raw_objects) ----


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a numeral no statistic took is read as the word it is part of (一次性, 一体化)
        ("对新建的托育机构一次性奖补10万元。", "10万元", "奖补"),
        ("当地开工建设50万千瓦风光储一体化项目。", "50万千瓦", "风光储一体化项目"),
        # a number with no measure word gives the metric noun before it
        ("今年全省报名人数67万。", "67万", "报名人数"),
        # totalling adverbs and 至 stand between the subject and its figure
        ("全县光伏装机合计达到120万千瓦。", "120万千瓦", "光伏装机"),
        ("全市森林覆盖率已提升至45.5%。", "45.5%", "森林覆盖率"),
        # a one-character verb between nouns is inside the compound; 全|社会 is a scope
        ("今天全社会跨区域人员流动量预计超2亿人次。", "超2亿人次", "跨区域人员流动量"),
        # a verb jieba lists as a noun ends the object before a place or a verb
        ("目前已有300家外资企业落户苏州。", "300家", "外资企业"),
        # a word before an aspect particle is the predicate
        ("全县近三成的耕地贡献了一半的产量。", "近三成", "耕地"),
        # one word between the measure and a list or clause mark is counted, whatever its tag
        ("救援队携带4台运输车、3台装载机、2艘冲锋舟，赶赴现场。", "3台", "装载机"),
        ("救援队携带4台运输车、3台装载机、2艘冲锋舟，赶赴现场。", "2艘", "冲锋舟"),
        # a local scope is no part of the object
        ("预计局地降雨量可达300毫米以上。", "300毫米以上", "降雨量"),
        # a noun and its adjective before 的 make a relative clause after the measure
        ("将20条地势较高的道路作为避险通道。", "20条", "道路"),
        # a later figure of the unit after the earlier one's object counts it too
        ("全县40处受损桥梁已修复32处。", "32处", "受损桥梁"),
        # before a rate or with a modal the verb is the predicate, not the metric's
        ("今年村里的脐橙卖到了每斤6元。", "6元", "脐橙"),
        ("一台这样的机器能卖20万元。", "20万元", "机器"),
        # a one-character noun after a verbal noun is no object on its own
        ("全村有脱贫户40户、监测户6户。", "6户", "监测户"),
        # after a totalling adverb a verb is the predicate, not part of the compound
        ("该县累计发放小额信贷资金3.2亿元。", "3.2亿元", "小额信贷资金"),
        # a share's predicate (占) is no part of what it is a share of
        ("目前已完成投资2.1亿元，占总投资的60%。", "60%", "总投资"),
        # a one-character noun opening a compound after a time word
        ("去年村集体经济收入突破80万元。", "突破80万元", "村集体经济收入"),
    ],
)
def test_objects_round4(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_list_mark_ends_the_carry_of_an_object() -> None:
    assert one("暴雨已造成5人遇难、3人失联。", "3人").object != "遇难"


def test_a_place_word_alone_is_no_object() -> None:
    assert one("村里有128户人家。", "128户").object == "人家"
    assert one("村里有128户。", "128户").object == ""


def test_a_length_before_a_position_word_has_no_object() -> None:
    assert one("车队到达村子附近20公里处，道路中断。", "20公里").object == ""
    assert one("数据传回80公里外的指挥中心。", "80公里").object == ""


def test_place_opening_a_subject_is_not_the_object() -> None:
    sentence = "近年来，青石镇茶叶出口年均增长25%。"
    assert one(sentence, "25%", mentions=(("青石镇", "LOC"),)).object == "茶叶出口"
    # after the measure the place stays: it says which ones are counted
    assert one("冲突造成2名青石镇儿童受伤。", "2名", mentions=(("青石镇", "LOC"),)).object == "青石镇儿童"


def test_free_numbers_become_words_and_statistics_keep_their_pieces() -> None:
    from pipeline.quantities.pieces import Found
    from pipeline.records import Token

    text = "一次性奖补3万元"
    pieces = [
        Piece(0, 1, role="NUM"),
        Piece(1, 2, role="UNIT"),
        Piece(2, 3, pos="n"),
        Piece(3, 5, pos="v"),
        Piece(5, 7, role="NUM"),
        Piece(7, 8, role="UNIT"),
    ]
    tokens = [
        Token("d", "s", "b", k, text[a:b], pos, a, b)
        for k, (a, b, pos) in enumerate([(0, 3, "b"), (3, 5, "v"), (5, 6, "m"), (6, 7, "m"), (7, 8, "q")])
    ]
    st = Found(5, 8, pieces=[4, 5])
    out = word_tags.free_numbers_as_words(pieces, [st], tokens)
    assert [(text[p.start : p.end], p.pos or p.role) for p in out] == [
        ("一次性", "b"),
        ("奖补", "v"),
        ("3万", "NUM"),
        ("元", "UNIT"),
    ]
    assert st.pieces == [2, 3]


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # widen: the phrase runs back to its left edge over modifiers, a locative inside it and
        # up to a scope word (全省), which stays out; a scope word jieba cut (全|社会) too
        ("上半年，全省规模以上工业增加值同比增长5.1%。", "5.1%", "规模以上工业增加值"),
        ("节日期间，全社会跨区域人员流动量预计超过3亿人次。", "超过3亿人次", "跨区域人员流动量"),
        # an approximation word jieba glued to the noun before the number is the number's
        ("去年，全国金融市场交易总额近2000万亿元。", "近2000万亿元", "金融市场交易总额"),
        # a later figure with no subject: a count of the same measure, a percent two clauses on
        ("全年接待游客5000万人次，比上年增加800万人次，增长19%。", "800万人次", "游客"),
        ("全年接待游客5000万人次，比上年增加800万人次，增长19%。", "19%", "游客"),
        ("前三季度，全省服务业增加值同比增长6.2%，比上半年加快0.4个百分点。", "0.4个百分点", "服务业增加值"),
        # a comparative adjective after a comparison (比全国高) completes the predicate
        ("全省外贸进出口总值1.2万亿元，同比增长6%，比全国高2个百分点。", "2个百分点", "外贸进出口总值"),
        # a figure with no subject after a clause with no figure that opens with a metric
        ("近五年，直接融资比重稳中有升，较上年提升2.8个百分点，达到31.6%。", "2.8个百分点", "直接融资比重"),
        ("近五年，直接融资比重稳中有升，较上年提升2.8个百分点，达到31.6%。", "31.6%", "直接融资比重"),
        # a word jieba tags as a numeral with no numeral character in it is a noun
        ("本届运动会将进行30个大项、400个小项的比赛。", "30个", "大项"),
        # a verbal noun alone opening a clause names the amount after it
        ("其中，出口1.2万亿元，增长3%；进口8000亿元，下降2%。", "1.2万亿元", "出口"),
        ("其中，出口1.2万亿元，增长3%；进口8000亿元，下降2%。", "8000亿元", "进口"),
        ("其中，出口1.2万亿元，增长3%；进口8000亿元，下降2%。", "2%", "进口"),
        # X的有N: X is a relative clause
        ("这些村庄中，发展特色产业的有120个。", "120个", "发展特色产业"),
    ],
)
def test_objects_of_phrase_edges_and_clauses(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_no_object_carried_over_a_clause_with_its_own_subject() -> None:
    # the clause between has a subject of its own (油料产量 … 创新高): nothing is carried past it
    # (a bare comment, ，创/n历史新高，, is the figure's own and does carry: test_empty_frames)
    text = "全年粮食总产量1300亿斤，比上年增加20亿斤，油料产量创历史新高，同比增长1.6%。"
    assert one(text, "1.6%").object == ""


# --- round 6 ----------------------------------------------------------------------------------


def test_the_period_compared_with_is_no_statistic() -> None:
    # 比上一年 / 较上一个月 name the period a figure is compared with, not a duration; a real
    # duration of one year stays
    text = "去年全省接待游客3.2亿人次，比上一年增加1.1亿人次，较前一个月增长5%。"
    assert texts(text) == ["3.2亿人次", "1.1亿人次", "5%"]
    assert "一年" in texts("他在村里驻守了一年。")


def test_a_year_with_an_approximation_marker_is_a_duration() -> None:
    # 2022年 is a date; 2000多年 and 1800余年 are durations
    assert texts("这座古城已有2000多年历史，城墙修建于1800余年前。") == ["2000多年", "1800余年"]
    assert texts("2022年以来，全镇新增企业20余家。") == ["20余家"]


def test_an_amount_after_a_modal_is_not_the_payer() -> None:
    # 个人要承担70元: who pays is not what the amount measures
    assert one("当时每次透析个人要承担70元，负担很重。", "70元").object != "个人"


def test_a_list_of_figures_is_not_joined_into_one_object() -> None:
    # 800余户、2000余名居民: the list marks join figures, not noun phrases
    assert one("对5个小区800余户、2000余名居民进行走访。", "2000余名").object == "居民"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an object carried from the clause before is the widened one (国内|出游人次)
        ("去年我国国内出游人次48亿，比上一年增加20亿，增长70%。", "20亿", "国内出游人次"),
        ("去年我国国内出游人次48亿，比上一年增加20亿，增长70%。", "70%", "国内出游人次"),
        # a share's X in X的N is the noun phrase before 的, not the clause around it nor a
        # figure and locative in it
        ("一根蚕丝还不到头发丝的十分之一。", "十分之一", "头发丝"),
        ("目前，全县50万亩玉米中的六成已经完成浇灌。", "六成", "玉米"),
        ("夏播粮食面积占全年粮食面积的四分之一。", "四分之一", "全年粮食面积"),
        # a duration before a noun naming a span of time (历史, 生涯, …史) measures it
        ("这座古镇有着1200多年历史。", "1200多年", "历史"),
        ("他结束了12年的军旅生涯，回到家乡。", "12年", "军旅生涯"),
        ("清明假期与春假叠加，形成一个五天的小长假。", "五天", "小长假"),
        ("这里有600多年的制瓷史。", "600多年", "制瓷史"),
        # a verbal noun or verb modifying the noun before the number stays in its phrase after
        # the predicate verb (输送|救援物资, 投入|工程抢险力量), not after 累计
        ("目前，已向灾区紧急输送救援物资30吨。", "30吨", "救援物资"),
        ("中央企业投入工程抢险力量300余人。", "300余人", "工程抢险力量"),
        ("目前，全国已累计投运管道超2万公里。", "超2万公里", "管道"),
        # a count stops before a metric noun (水位: stats_metric_nouns)
        ("到今天中午，沿河6个水文站水位开始回落。", "6个", "水文站"),
        # a percent before a distinguishing word and its noun counts that noun
        ("5G网络已覆盖全省90%以上县级行政区域。", "90%以上", "县级行政区域"),
        # a plain noun right after the measure, then its predicate and a 的: the noun is counted
        ("新铁路结束了沿线3个县不通火车的历史。", "3个", "县"),
        # a place alone as a clause's subject is where, not what: the figure measures the
        # activity the clause before opens with, or the subject carried from the clause before
        ("一季度，珠三角地区家电产品出口保持增长，广州增长8.2%，深圳增长6.5%。", "8.2%", "家电产品出口"),
        ("一季度，珠三角地区家电产品出口保持增长，广州增长8.2%，深圳增长6.5%。", "6.5%", "家电产品出口"),
        ("今年全省粮食产量1200万吨，同比增长3%，其中江苏增长5%。", "5%", "粮食产量"),
        # a verbal noun after the counted noun, before one plain noun that ends the clause, is
        # the predicate with its object; before a compound head it stays (建设|目标)
        ("合作社带动周边20个行政村加工红薯粉，村民收入明显提高。", "20个", "行政村"),
        ("提前完成规划的2万公里油气管道建设目标。", "2万公里", "油气管道建设目标"),
        # noun phrases joined by 、 before the figure, from the clause's edge, are its object
        ("今年以来，小微贷款、制造业中长期贷款同比增长超15%。", "超15%", "小微贷款、制造业中长期贷款"),
        # a fixed expression jieba tags l that ends in a compound head is a noun (从业人员)
        ("目前，全省乡村旅游从业人员超过80万，群众在家门口吃上旅游饭。", "超过80万", "乡村旅游从业人员"),
        # 全 and one character (全疆, 全区) is a scope, no part of the object
        ("如今，全疆公路总里程达20万公里。", "20万公里", "公路总里程"),
        # a verb between a noun and a metric noun is inside the metric (经济|增长|贡献率)
        ("五年间，消费对全省经济增长贡献率从40.2%提升至55.6%。", "40.2%", "经济增长贡献率"),
        # a metric opening the clause before after its place and a determiner
        ("黑龙江省此轮最大降水量出现在五常市，达到260毫米。", "260毫米", "最大降水量"),
        # a ratio after a modal and its verb changes the subject before the modal
        ("搞起乡村研学以后，村里的收益能翻出五倍。", "五倍", "收益"),
        # a place word jieba tags s heads a compound after a plain noun (历史|街区/s)
        ("全省拥有名镇27个、历史街区45片。", "45片", "历史街区"),
        # a time word jieba tags t right after the measure, before a noun, modifies it
        ("全市推出40条春假研学线路。", "40条", "春假研学线路"),
    ],
)
def test_objects_round6(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the subject of a figure after a predicate of reaching with a degree word (高|达,
        # 壮大|到, 重达), a modal before it (能|达到) or a sign written apart (零下)
        ("拍卖顺利完成，溢价率高达35.5%。", "35.5%", "溢价率"),
        ("几年下来，合作社迅速壮大到120多人。", "120多人", "合作社"),
        ("队员们出发了，每件装备重达25斤。", "25斤", "装备"),
        ("改造完成以后，大棚的产量能达到8000斤。", "8000斤", "产量"),
        ("山区入冬早，清晨的气温在零下12度左右。", "12度左右", "气温"),
        # a verbal noun after the counted noun and before a place word is the predicate
        ("旺季时每天有5000多斤鲜桃销往华东各地。", "5000多斤", "鲜桃"),
        # a count right after a noun and a verb, after the predicate verb, counts the event
        # they name; not for people (因灾死亡15人 keeps the cause with the action)
        ("全县已完成线路抢修120处，其余正在加紧施工。", "120处", "线路抢修"),
        ("保险公司已受理车险报案3000多件。", "3000多件", "车险报案"),
        # a one-character head jieba tags m after its noun (隐患|点/m)
        ("全市排查出桥梁隐患点30多处。", "30多处", "桥梁隐患点"),
        # modifiers and a verb after the measure that end in a one-character head (安置|点/m)
        ("暴雨过后，乡里开设了15个临时集中安置点。", "15个", "临时集中安置点"),
        ("镇上开设6个临时安置点，群众已全部入住。", "6个", "临时安置点"),
        # a verb jieba cut into a one-character morpheme (zg) and a one-character verb (失|联)
        ("山洪过后，仍有5人失联，搜寻工作正在进行。", "5人", "失联"),
        ("救援队正在搜寻2名失联人员。", "2名", "失联人员"),
        # a one-character noun before 后/前 opens a time phrase (灾后), with the verb before it
        # the predicate; a numeral character is no compound head (无|一)
        ("专家组走访了30个行政村进行灾后评估。", "30个", "行政村"),
        ("全镇2000多名群众无一伤亡。", "2000多名", "群众"),
    ],
)
def test_objects_objreview(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a modal prefix jieba cuts off as a verb (可|支配, 可|穿戴) makes the verb after it an
        # attribute of the noun: the object keeps both and the nouns before them
        ("去年全市城镇居民人均可支配收入51200元。", "51200元", "城镇居民人均可支配收入"),
        ("一季度可穿戴设备出口额同比增长35%。", "35%", "可穿戴设备出口额"),
        # a noun of a crop's or the weather's state (苗情, 长势, 风力) ends the object after the
        # unit, for an area as for a count
        ("目前全省2000多万亩油菜长势良好。", "2000多万亩", "油菜"),
        ("受冷空气影响，12个县风力达到9级。", "12个", "县"),
        # a fraction of a 级 after a county is a magnitude, no count of tiers: its noun follows
        ("某县5.2级地震发生后，救援队伍连夜出发。", "5.2级", "地震"),
        ("当地建立县乡两级工作专班。", "两级", "县乡"),
        # the national tier opens a list of tiers too
        ("全省建成国家、省、市三级示范合作社名录。", "三级", "国家、省、市"),
        # an adjective jieba lists as a noun (有序/n; PKU: a) ends the object before the predicate
        ("全镇1200名干部群众有序撤离。", "1200名", "干部群众"),
        # N unit 的 NP 里/中 places something inside the NP, which is measured; 上 closes a frame
        ("村民们在500多亩的茶园里忙着采茶。", "500多亩", "茶园"),
        ("在去年120个的基础上，今年又新增了30个。", "120个", ""),
        # an intransitive verb right before a noun describes it (stats_attributive_verbs)
        ("全村留守儿童30多名，都由志愿者结对帮扶。", "30多名", "留守儿童"),
        ("今年共有参赛选手300多名。", "300多名", "参赛选手"),
        ("暴雨已造成5人遇难、3人失联。", "5人", "遇难"),
        ("这是某县5.0级地震受灾比较严重的村。", "5.0级", "地震"),
    ],
)
def test_objects_objreview2(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_national_tier_only_inside_a_list() -> None:
    """国家 counts as a tier inside a list of tiers only (stats_tier_nouns, "list"): right before
    the number it names a grade, and 级 is then no statistic."""
    assert "二级" not in texts("保护区里栖息着国家二级保护动物白琵鹭。")
    assert "四级" not in texts("当地启动国家四级防汛应急响应。")
