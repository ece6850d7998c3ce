"""Statistics on pages nobody tuned on (issue 12): one test per rule of the November 2026
guidelines and of the object, name and list rules, on sentences written in the style of
national news (not copied from the gold pages)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import Statistic
from pipeline.schema import SCHEMA_VERSION, SCHEMAS
from tests.test_statistics import one, stats_of, texts


def row(s: Statistic) -> tuple[object, ...]:
    return (s.value, s.low, s.high, s.approx, s.unit, s.unit_written, s.kind)


# --- values folded to base units; the written measure kept ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "written"),
    [
        ("县财政今年投入资金30万元用于道路修缮。", "30万元", 300000, "元", "万元"),
        ("项目总投资8.6亿元，明年建成投用。", "8.6亿元", 860000000, "元", "亿元"),
        ("双方签约金额达3.2亿美元。", "3.2亿美元", 320000000, "美元", "亿美元"),
        ("全县小麦种植面积稳定在12.5万亩。", "12.5万亩", 125000, "亩", "万亩"),
        ("春运期间铁路发送旅客1.02亿人次。", "1.02亿人次", 102000000, "人次", "亿人次"),
        ("一把扫帚能卖3块钱。", "3块钱", 3, "块", "块钱"),
        ("连续奋战了三个小时。", "三个小时", 3, "小时", "个小时"),
    ],
)
def test_values_are_folded_and_the_written_unit_is_kept(
    sentence: str, surface: str, value: float, unit: str, written: str
) -> None:
    s = one(sentence, surface)
    assert (s.value, s.unit, s.unit_written) == (value, unit, written)


def test_scale_over_a_marker_is_folded_too() -> None:
    s = one("全镇年产值达到了120多亿元。", "120多亿元")
    assert row(s) == (12000000000, 12000000000, None, "over", "元", "亿元", "amount")


def test_schema_has_unit_written_and_the_version_moved() -> None:
    assert SCHEMA_VERSION == "2.1"
    names = SCHEMAS["statistics"].names
    assert names.index("unit_written") == names.index("unit") + 1


def test_money_with_no_noun_after_is_an_amount_but_blocks_are_counted() -> None:
    assert one("这种手工刷子一把能卖10万块。", "10万块").kind == "amount"
    assert one("工人们搬来3块石板。", "3块").kind == "count"


def test_a_scale_with_no_measure_word_has_an_empty_unit() -> None:
    s = one("这个产业园计划投资80亿，年底开工。", "80亿")
    assert (s.value, s.unit, s.unit_written) == (8000000000, None, "亿")
    s = one("当地转移安置3万多群众。", "3万多")
    assert (s.value, s.approx, s.unit, s.object) == (30000, "over", None, "群众")


# --- kinds: 成 and 折 percent, 倍 ratio ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        ("今年夏粮收购进度已过四成。", "过四成", (40, 40, None, "over", "%", "成", "percent")),
        ("超四成农户用上了新农机。", "超四成", (40, 40, None, "over", "%", "成", "percent")),
        ("商场推出八五折优惠。", "八五折", (85, None, None, "exact", "%", "折", "percent")),
        ("部分家电打8折销售。", "8折", (80, None, None, "exact", "%", "折", "percent")),
        ("村集体收入增长了20多倍。", "20多倍", (20, 20, None, "over", "倍", "倍", "ratio")),
        ("利润是去年的5倍多。", "5倍多", (5, 5, None, "over", "倍", "倍", "ratio")),
        ("出口额同比增长1.8倍。", "1.8倍", (1.8, None, None, "exact", "倍", "倍", "ratio")),
    ],
)
def test_cheng_zhe_percent_and_bei_ratio(sentence: str, surface: str, expected: tuple[object, ...]) -> None:
    assert row(one(sentence, surface)) == expected


@pytest.mark.parametrize(
    ("sentence", "surface", "expected"),
    [
        # 过 and 上 before a numeral that opens with a scale word are "over" (round 17: 过 was
        # read only before a percent, so 过千亿件 was an exact 千亿件 with no object)
        ("今年全省快递业务量过千亿件。", "过千亿件", (1e11, "over", "件", "快递业务量")),
        ("这部影片的单日票房首次过亿元。", "过亿元", (1e8, "over", "元", "单日票房")),
        ("景区的年营业额上亿元。", "上亿元", (1e8, "over", "元", "年营业额")),
    ],
)
def test_guo_and_shang_before_a_bare_scale_are_over(
    sentence: str, surface: str, expected: tuple[object, ...]
) -> None:
    s = one(sentence, surface)
    assert (s.value, s.approx, s.unit, s.object) == expected


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # 过 inside a word (经过, 度过) or before a count (再过一个月) is no marker
        ("经过百年发展，小镇面貌一新。", ["百年"]),
        ("再过一个月，新桥就将通车。", ["一个月"]),
    ],
)
def test_guo_inside_a_word_or_before_a_count_is_no_marker(sentence: str, found: list[str]) -> None:
    assert texts(sentence) == found


# --- ranges with midpoints and separated approximation words --------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # 成 opens a noun or an idiom: the word's first character, no percent
        ("她以出色的表现夺冠，这一成绩也刷新了赛会纪录。", []),
        ("这一成果凝聚了科研团队多年的心血。", []),
        ("这一成本优势让产品走俏海外。", []),
        ("多年来，收费标准一成不变。", []),
        # jieba's 成为 is a verb token: 九成 stays a percent, 为 is the verb
        ("园区企业中，超九成为本地配套企业。", ["超九成"]),
    ],
)
def test_cheng_inside_a_word_is_no_percent(sentence: str, found: list[str]) -> None:
    assert texts(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # 剂 measures doses, like 剂次
        ("首批18万剂流感疫苗已运抵全省各接种点。", ["18万剂"]),
        # the second term of a ratio or a map's scale is no quantity
        ("研究团队绘制了1∶200万地质图。", []),
        ("这套地图的比例尺为1：50万。", []),
    ],
)
def test_doses_and_ratio_scales(sentence: str, found: list[str]) -> None:
    assert texts(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "surface", "approx"),
    [
        # jieba's 和约/n between two figures: the 约 is the second figure's
        ("两项利率分别下调约20个基点和约5个基点。", "约5个基点", "about"),
        ("港口新到2艘货轮和约1800名船员。", "约1800名", "about"),
    ],
)
def test_marker_glued_to_a_conjunction(sentence: str, surface: str, approx: str) -> None:
    assert one(sentence, surface).approx == approx


def test_a_treaty_before_a_figure_is_no_marker() -> None:
    assert texts("双方签订和约3年后恢复了贸易。") == ["3年"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # 市, 县 and 市州 after a numeral are quasi-measures, like 省 and 市区
        ("新干线途经沿线6市18县。", ["6市", "18县"]),
        ("赛事途经海北等三市州。", ["三市州"]),
        # not the 市 of a word (市场, 市民)
        ("全区新增30家市场主体。", ["30家"]),
    ],
)
def test_city_and_county_counts(sentence: str, found: list[str]) -> None:
    assert texts(sentence) == found


def test_tens_with_vague_units_are_ranges_with_their_midpoint() -> None:
    s = one("十几家物流企业入驻园区。", "十几家")
    assert (s.value, s.low, s.high, s.approx) == (14.5, 10, 19, "range")
    s = one("这位护林员今年40几岁。", "40几岁")
    assert (s.value, s.low, s.high, s.kind) == (44.5, 40, 49, "age")
    assert one("全区数十名党员参与其中。", "数十名").value is None  # 几十 alone stays unknown


@pytest.mark.parametrize(
    ("sentence", "surface", "approx"),
    [
        ("今年工业产值至少增长15%。", "15%", "over"),
        ("部分乡镇累计雨量超过了100毫米。", "100毫米", "over"),
        ("全省夏粮产量8亿斤(原粮)左右。", "8亿斤", "about"),
        ("出口额突破1亿美元。", "突破1亿美元", "over"),
        ("救援力量约1400多人。", "约1400多人", "over"),
    ],
)
def test_approximation_words_apart_from_the_number(sentence: str, surface: str, approx: str) -> None:
    assert one(sentence, surface).approx == approx


# --- forms read as one statistic --------------------------------------------------------------


def test_days_and_nights_are_one_duration() -> None:
    assert texts("被困在山区两天两夜的旅客安全转移。") == ["两天两夜"]
    assert (one("被困在山区两天两夜。", "两天两夜").value, one("被困两天两夜。", "两天两夜").unit) == (
        2,
        "天",
    )


def test_an_hour_and_a_half() -> None:
    s = one("从县城到省城坐高铁只需要一个半小时。", "一个半小时")
    assert (s.value, s.unit, s.kind) == (1.5, "小时", "duration")


def test_a_bare_scale_after_a_marker() -> None:
    s = one("肉兔养殖的年产值已超亿元。", "超亿元")
    assert (s.value, s.approx, s.unit, s.object) == (100000000, "over", "元", "年产值")


def test_tiers_count_only_after_tier_nouns() -> None:
    s = one("县乡两级干部连夜转移群众。", "两级")
    assert (s.value, s.unit, s.object) == (2, "级", "县乡")
    assert texts("当地将防汛应急响应提升至二级。") == []
    assert texts("启动一级应急响应。") == []


def test_steps_are_counted_in_ji() -> None:
    s = one("过去村民进出要爬218级藤梯。", "218级")
    assert (s.value, s.unit, s.object) == (218, "级", "藤梯")
    assert one("山路上有100多级台阶。", "100多级").approx == "over"


def test_a_scope_alone_is_no_object() -> None:
    assert one("全村共有168户村民。", "168户").object == "村民"
    assert one("全村共有168户。", "168户").object == ""


def test_quasi_measure_nouns_are_their_own_unit() -> None:
    s = one("河北、山西等5省发出预警。", "5省")
    assert (s.value, s.unit, s.object) == (5, "省", "")
    assert one("支持9省（区、市）做好救灾工作。", "9省").object == "省（区、市）"


def test_categories_after_da() -> None:
    s = one("推动三大产业融合发展。", "三大")
    assert (s.value, s.unit, s.object) == (3, None, "产业")
    assert one("开发了6大品类的特色产品。", "6大品类").unit == "品类"
    assert texts("认真学习党的二十大精神。") == []  # a Party congress, no count


# --- names mistaken for statistics, statistics missed in lists ------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "她在女子500米自由泳决赛中夺冠。",
        "他获得男子1000米速滑银牌。",
        "小将夺得女子70公斤级金牌。",
        "省里出台22条举措支持民营经济。",
        "全省实施三年行动计划。",
        "这座城市在上世纪70年代建成。",
    ],
)
def test_names_are_no_statistics(sentence: str) -> None:
    assert texts(sentence) == [], sentence


def test_counts_in_lists_are_found() -> None:
    s = one("今年共发布85项团体标准。", "85项")
    assert (s.unit, s.object) == ("项", "团体标准")
    s = one("街头摆放了10组立体花坛。", "10组")
    assert (s.unit, s.object) == ("组", "立体花坛")
    assert texts("封控五组的队员赶到现场。") == []  # a team's name, not a count


def test_one_measures_after_a_restrictive_word_and_ordinals_are_left_out() -> None:
    s = one("全村仅一条主干道通往山外。", "一条")
    assert (s.value, s.object) == (1, "主干道")
    assert texts("今年是过渡期的最后一年。") == []
    assert texts("他头一次走出大山。") == []


def test_a_bare_scale_before_an_area_unit() -> None:
    s = one("万亩枇杷迎来丰收。", "万亩")
    assert (s.value, s.unit, s.unit_written, s.object) == (10000, "亩", "万亩", "枇杷")
    assert one("建成千亩高标准农田。", "千亩").value == 1000


def test_tiers_named_in_a_list() -> None:
    assert one("区、镇、村三级干部下沉一线。", "三级").object == "区、镇、村"


def test_formal_digits_alone_are_words() -> None:
    assert texts("90%的陆地生态系统得到保护。") == ["90%"]


# --- objects ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # the counted thing before the number, not the verb of adding
        ("全市新增就业岗位1.5万个。", "1.5万个", "就业岗位"),
        # the measured metric of an amount, scope words left out
        ("全市地区生产总值86亿元。", "86亿元", "地区生产总值"),
        ("这次洪灾造成直接经济损失3.2亿元。", "3.2亿元", "直接经济损失"),
        # the subject the figure completes, read back over predicate words
        ("这个镇的年产值达到了50多亿元。", "50多亿元", "年产值"),
        ("外贸订单同比下降了30%。", "30%", "外贸订单"),
        ("生产时间比以往缩短了一半。", "一半", "生产时间"),
        ("产品合格率超98%。", "超98%", "产品合格率"),
        # a verb before a lone metric noun names what it counts
        ("最后招聘人数从8人增加到了12人。", "8人", "招聘人数"),
        ("最后招聘人数从8人增加到了12人。", "12人", "招聘人数"),
        # X的Y: after a measure's 的, before a number's 的
        ("每年能带来20多亿元的产值。", "20多亿元", "产值"),
        ("95%以上的产品销往海外。", "95%以上", "产品"),
        ("涉险的52户群众全部转移。", "52户", "群众"),
        ("转移连续居住3年以上的86人。", "86人", "连续居住3年以上"),
        # a count stops before a metric noun; the amount takes it
        ("4个乡镇降雨量超过200毫米。", "4个", "乡镇"),
        ("4个乡镇降雨量超过200毫米。", "超过200毫米", "降雨量"),
        # compounds with a verb inside and a head noun, brackets, quotes
        ("全县十几家快递转运中心连夜分拣。", "十几家", "快递转运中心"),
        ("紧急预拨2亿元中央自然灾害救灾资金。", "2亿元", "中央自然灾害救灾资金"),
        ("商务部紧急预拨中央自然灾害救灾资金2亿元。", "2亿元", "中央自然灾害救灾资金"),
        ("支持16个省（区、市）做好防汛工作。", "16个", "省（区、市）"),
        ("培育出12家省级“专精特新”企业。", "12家", "省级“专精特新”企业"),
        # people with no noun: the verb of what they do
        ("已有28人报名。", "28人", "报名"),
        ("当地已紧急组织167人撤离。", "167人", "撤离"),
        ("抢修队伍连夜恢复供电4.8万户。", "4.8万户", "供电"),
        # a frame (在…的基础上) and a distance have no object there
        ("在去年改造小区300个的基础上再增加200个。", "300个", "改造小区"),
        ("距离县城15公里的产业园。", "15公里", ""),
        # a figure raised to keeps the object of the figure it rose from
        ("出口从30多个国家和地区增加到40多个。", "40多个", "国家和地区"),
        # scopes are no object
        ("全村200多户都种上了花椒。", "200多户", ""),
    ],
)
def test_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_verb_after_a_complete_compound_is_the_predicate() -> None:
    s = one("每年设立2000万元产业发展基金帮助企业转型。", "2000万元")
    assert s.object == "产业发展基金"
    assert one("3个区县出现暴雨。", "3个").object == "区县"


def test_every_row_keeps_its_text_offsets() -> None:
    text = "全镇培育出5家国家级企业，年产值突破80亿元，同比增长三成。"
    for s in stats_of(text):
        assert text[s.start : s.end] == s.text


def test_the_matcher_vocab_does_not_grow_with_the_words_of_the_text() -> None:
    # every sentence's Doc used to add its words to the matcher's vocab for good: a worker's
    # memory grew with each batch (issue 13, peak RSS)
    from pipeline.quantities.measure import _matcher

    stats_of("太原第一热电厂光明小区有308户居民，平均年龄都在70岁以上。")
    vocab, _ = _matcher()
    before = (len(vocab), len(vocab.strings))
    sentences = [
        "全省共有1.2万名医护人员驰援，累计检测核酸样本3560万份。",
        "今年前三季度，全省规模以上工业增加值同比增长4.3%，粮食产量达到650万吨。",
        "该县新建标准化厂房12栋，引进企业36家，带动就业2100余人。",
    ]
    assert all(stats_of(s) for s in sentences)
    assert (len(vocab), len(vocab.strings)) == before


_ROLES = ("", "", "NUM", "PCT", "FRAC", "PRE", "SUF", "GE", "UNIT", "POST", "SEP", "MULT", "SCALED", "BIG")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ROLES), max_size=24))
def test_matching_run_by_run_picks_what_the_whole_sentence_doc_picked(roles: list[str]) -> None:
    # the statistics are matched on each run of roles alone, with a per-process memo (issue
    # 13, speed): the spans must be those of the Matcher over the sentence's whole Doc
    from spacy.tokens import Doc, Span
    from spacy.util import filter_spans

    from pipeline.quantities.measure import _matched_spans, _matcher

    vocab, matcher = _matcher()
    doc = Doc(vocab, words=["w"] * len(roles), spaces=[False] * len(roles))
    for tok, role in zip(doc, roles, strict=True):
        tok._.q = role
    whole = filter_spans([Span(doc, s, e, label=lab) for lab, s, e in matcher(doc, as_spans=False)])
    assert _matched_spans(roles) == [(span.start, span.end) for span in whole]
