"""Statistics stage: real sentences from the sample pages (and the issue's examples), one
test per category of the guidelines, and the gold pages when ../shared is there."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.records import Article, DateMention, Document, Mention, Sentence, Statistic, Token
from pipeline.schema import SCHEMAS, to_table
from pipeline.stages import dates as dates_stage
from pipeline.stages import statistics as statistics_stage

SHARED = Path(__file__).resolve().parents[2] / "shared"


Inputs = tuple[Document, list[Article], list[Sentence], list[Token], list[Mention]]


def make_inputs(
    text: str,
    *,
    publication_date: date | None = None,
    publication_year: int | None = None,
    dateline_place: str | None = None,
    mentions: tuple[tuple[str, str], ...] = (),
    batch_id: str = "b1",
) -> Inputs:
    """One article over the whole text; sentences split on 。！？ and newlines; jieba words.
    Independent of the segment stage so that these tests pin the dates and statistics stages."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.ERROR)
    doc = Document(
        doc_id="d1",
        batch_id=batch_id,
        source_path="page.txt",
        source_sha256="",
        encoding="utf-8",
        n_chars=len(text),
        text=text,
        ingested_at=datetime(2026, 1, 1, tzinfo=UTC),
        raw_offsets=(),
        publication_date=publication_date,
        publication_year=publication_year,
    )
    article = Article(
        article_id="a1",
        doc_id="d1",
        batch_id=batch_id,
        seq=0,
        headline=None,
        subheads=(),
        bylines=(),
        byline_roles=(),
        dateline_place=dateline_place,
        publication_date=publication_date,
        publication_year=None,
        kind="article",
        start=0,
        end=len(text),
    )
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for m in re.finditer(r"[^。！？!?\n]+[。！？!?]?", text):
        sid = f"s{m.start()}"
        sentences.append(Sentence(sid, "a1", "d1", batch_id, len(sentences), m.start(), m.end(), m.group()))
        pos = m.start()
        for i, pair in enumerate(jieba.posseg.cut(m.group())):
            start = text.find(pair.word, pos)
            if not pair.word.strip() or start < 0:
                continue
            tokens.append(Token("d1", sid, batch_id, i, pair.word, pair.flag, start, start + len(pair.word)))
            pos = start + len(pair.word)
    rows: list[Mention] = []
    for i, (surface, label) in enumerate(mentions):
        start = text.find(surface)
        sid = next(s.sentence_id for s in sentences if s.start <= start < s.end)
        rows.append(
            Mention(
                f"m{i}",
                "d1",
                "a1",
                sid,
                batch_id,
                surface,
                label,
                start,
                start + len(surface),
                f"E:{surface}",
                "test",
                None,
            )
        )
    return doc, [article], sentences, tokens, rows


def stats_and_dates(inputs: Inputs) -> tuple[list[Statistic], list[DateMention]]:
    """The dates stage, then the statistics stage on its rows, as pipeline.run chains them."""
    doc, arts, sents, toks, ments = inputs
    found_dates = dates_stage.dates(doc, arts, sents)
    return statistics_stage.statistics(doc, arts, sents, toks, ments, found_dates), found_dates


def stats_of(text: str, **kw: Any) -> list[Statistic]:
    return stats_and_dates(make_inputs(text, **kw))[0]


def one(text: str, surface: str, **kw: Any) -> Statistic:
    found = [s for s in stats_of(text, **kw) if s.text == surface]
    assert len(found) == 1, [s.text for s in stats_of(text, **kw)]
    return found[0]


def texts(text: str, **kw: Any) -> list[str]:
    return [s.text for s in stats_of(text, **kw)]


# --- counts and their objects ------------------------------------------------------------


def test_count_with_object_after() -> None:
    s = one("太原第一热电厂光明小区有308户居民，平均年龄都在70岁以上。", "308户")
    assert (s.value, s.unit, s.kind, s.approx, s.object) == (
        308,
        "户",
        "count",
        "exact",
        "居民",
    )


def test_over_with_yu() -> None:
    s = one("80余名党员干部和群众齐心奋战防疫前沿。", "80余名")
    assert (s.value, s.low, s.high, s.approx) == (80, 80, None, "over")
    assert s.object == "党员干部和群众"


def test_under_with_jin_and_bare_unit() -> None:
    s = one("社区发动群众自觉参与，动员近百名群众，参与现场秩序维护。", "近百名")
    assert (s.value, s.low, s.high, s.approx, s.object) == (
        100,
        None,
        100,
        "under",
        "群众",
    )


def test_object_before_the_number() -> None:
    assert one("社区共下沉党员干部3500余名。", "3500余名").object == "党员干部"
    assert one("经专家组研判，即日起我市新增高风险区8个，调整为低风险区1个。", "8个").object == ("高风险区")


def test_object_in_quotes_and_enumeration() -> None:
    s = one("在社区妇联带领下，组建了12支“送餐快递员”队伍。", "12支")
    assert s.object == "“送餐快递员”队伍"
    s = one("国网古交市供电公司党支部30名党员、积极分子整装出发。", "30名")
    assert s.object == "党员、积极分子"


def test_object_stops_at_the_next_count() -> None:
    found = stats_of("对4个网格960余户、3000余名居民，开展核酸采集户籍登记。")
    assert [(s.text, s.object) for s in found] == [
        ("4个", "网格"),
        ("960余户", ""),
        ("3000余名", "居民"),
    ]


def test_nested_age_inside_count() -> None:
    found = stats_of("11月17日，青年路三社区58号院，3位七旬党员阿姨分工明确。")
    assert [(s.text, s.kind, s.object) for s in found] == [
        ("3位", "count", "党员阿姨"),
        ("七旬", "age", "党员阿姨"),
    ]
    age = found[1]
    assert (age.value, age.low, age.approx, age.unit) == (70, 70, "over", "旬")


def test_notice_list_count_takes_the_heading_noun() -> None:
    text = "一、新增高风险区\n小店区(1个):晋源区(7个):义井街20号太化公司小区3号楼。"
    found = stats_of(text)
    assert [(s.text, s.object) for s in found] == [("1个", "高风险区"), ("7个", "高风险区")]


# --- ranges and approximations -------------------------------------------------------------


def test_chinese_range() -> None:
    s = one("白天她服务居民有序检测，一站就是六七个小时。", "六七个小时")
    assert (s.value, s.low, s.high, s.approx, s.unit, s.kind) == (
        6.5,
        6,
        7,
        "range",
        "小时",
        "duration",
    )
    s = one("刘华和师傅边走边聊，转了两三条街回到管控区。", "两三条")
    assert (s.value, s.low, s.high, s.object) == (2.5, 2, 3, "街")


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "low", "high"),
    [
        ("隔离时间为3至5天。", "3至5天", 4, 3, 5),
        ("每组10-15人，分片包干。", "10-15人", 12.5, 10, 15),
    ],
)
def test_arabic_ranges(sentence: str, surface: str, value: float, low: float, high: float) -> None:
    s = one(sentence, surface)
    assert (s.value, s.low, s.high, s.approx) == (value, low, high, "range")


@pytest.mark.parametrize(
    ("sentence", "surface", "approx", "value"),
    [
        ("照顾不到3岁的儿子。", "不到3岁", "under", 3),
        ("平均年龄都在70岁以上。", "70岁以上", "over", 70),
        ("须持48小时内核酸检测阴性证明。", "48小时内", "under", 48),
        ("不到半小时，社区所需的志愿者就报名完毕。", "不到半小时", "under", 0.5),
        ("每天至少要重复近千遍。", "近千遍", "under", 1000),
        ("共排查人员3000人次左右。", "3000人次左右", "about", 3000),
        ("约200名志愿者参与。", "约200名", "about", 200),
        ("超过300户居民受益。", "超过300户", "over", 300),
        ("共有50多名医护人员。", "50多名", "over", 50),
        ("他一个多月没有回家。", "一个多月", "over", 1),
    ],
)
def test_approximation_words(sentence: str, surface: str, approx: str, value: float) -> None:
    s = one(sentence, surface)
    assert (s.approx, s.value) == (approx, value)
    if approx == "over":
        assert (s.low, s.high) == (value, None)
    elif approx == "under":
        assert (s.low, s.high) == (None, value)
    else:
        assert (s.low, s.high) == (None, None)


def test_a_one_character_marker_that_opens_a_word_is_no_marker() -> None:
    """许 after a measure is "about" (两小时许) unless it starts the next word (两天|许昌 a city,
    三年|许多); 内 after a span stays a bound before a word it would start (48小时内|核酸)."""
    assert one("连续两天许昌市区出现大雾。", "两天").approx == "exact"
    assert one("等了两小时许，救援队赶到。", "两小时许").approx == "about"


def test_one_before_a_ratio_is_a_figure() -> None:
    """一 is the article before most measure words (一名护士) but never before 倍; a verb that
    jieba glues to the figure (增加一倍) gives it back."""
    for sentence in ("全县农民收入增长了一倍。", "全县粮食产量增加一倍。"):
        s = one(sentence, "一倍")
        assert (s.value, s.unit, s.kind) == (1.0, "倍", "ratio")
    assert one("加工效率提高一倍以上。", "一倍以上").approx == "over"
    assert texts("统一标准，唯一入口。") == []


def test_vague_numbers_have_no_value() -> None:
    s = one("全区数十名党员参与其中。", "数十名")
    assert s.value is None and s.approx == "range" and (s.low, s.high) == (20, 90)
    assert one("几十个单位参与。", "几十个").value is None


def test_bare_ji_and_duo_are_not_statistics() -> None:
    assert texts("几天下来，医院特意派出多名经验丰富的医护人员，在小区连续多次核酸检测。") == []


# --- kinds -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "kind", "unit"),
    [
        ("连续在社区工作23天。", "23天", "duration", "天"),
        ("他连续工作十个小时，坚守7个日夜。", "十个小时", "duration", "小时"),
        ("他连续工作十个小时，坚守7个日夜。", "7个日夜", "duration", "日夜"),
        ("前3天连续开展3次核酸检测。", "3次", "frequency", "次"),
        ("已累计2500余人次。", "2500余人次", "count", "人次"),
        ("疫苗接种率达到70%。", "70%", "percent", "%"),
        ("百分之八十的居民接种了疫苗。", "百分之八十", "percent", "%"),
        ("82岁的高大娘看到检测结果。", "82岁", "age", "岁"),
        ("20公斤重的弥雾机背在她身上。", "20公斤", "amount", "公斤"),
        ("小区一多半居民是老人。", "一多半", "fraction", None),
    ],
)
def test_kinds(sentence: str, surface: str, kind: str, unit: str | None) -> None:
    s = one(sentence, surface)
    assert (s.kind, s.unit) == (kind, unit)


def test_amount_skips_adjective_de() -> None:
    assert one("20公斤重的弥雾机背在她身上。", "20公斤").object == "弥雾机"


def test_frequency_object() -> None:
    assert one("在实施封控后前3天连续开展3次核酸检测。", "3次").object == "核酸检测"


def test_age_followed_by_de_has_no_object() -> None:
    assert one("82岁的高大娘看到检测结果是阴性。", "82岁").object == ""
    assert one("王丽霞是一位4岁孩子的妈妈。", "4岁").object == "孩子"


def test_fraction_and_percent_values() -> None:
    s = one("小区一多半居民是老人。", "一多半")
    assert (s.value, s.approx, s.low) == (0.5, "over", 0.5)
    assert one("三成以上是老人。", "三成以上").value == 30


def test_wan_normalized() -> None:
    s = one("发放口罩3.5万个。", "3.5万个")
    assert (s.value, s.unit, s.object) == (35000, "个", "口罩")


# --- exclusions --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "他们第一时间联系了属地社区工作者，开启第一轮全员核酸检测。",  # ordinals
        "4月5日夜，小店区平阳路街道6904社区接到紧急通告。",  # code in a name
        "迎泽区迎泽街道青年路三社区58号院。",  # house number
        "太原市新冠肺炎疫情防控工作领导小组办公室通告(2022年第165号)。",  # notice number
        "构建1+21+N工作体系。",  # code
        "古交十三中的95后护士冲在一线。",  # school name, generation
        "小区实行“五包一”责任制，验两码、核信息。",  # slogans and codes
        "一名党员就是一面旗帜，一刻也不能耽误。",  # slogan, idiom
        "张劭鹏的妻子郭虹宇是省人民医院的一名护士。",  # article 一
        "根据国务院联防联控机制优化防控工作二十条措施。",  # policy name
        "千万不要大意，万一出现症状要及时报告。",  # words with numerals
        "统一抗原检测时，逐一发放试剂盒。",  # numerals inside words
    ],
)
def test_exclusions(sentence: str) -> None:
    assert texts(sentence) == []


def test_numbers_inside_entity_mentions_are_excluded() -> None:
    assert texts("古交十三中组织3个班", mentions=(("古交十三中", "ORG"),)) == ["3个"]


def test_dates_and_times_are_not_statistics() -> None:
    assert texts("4月18日15时，刘华走在街头。每天下午3时30分接菜。连续5天无新增。") == ["5天"]


# --- links, ids, schema ----------------------------------------------------------------------


def test_links_place_org_date() -> None:
    text = "11月16日，光华街社区组建8支志愿服务队。\n尖草坪区向阳镇有12名网格员。"
    stats = stats_of(
        text,
        publication_date=date(2022, 11, 17),
        dateline_place="向阳镇",
        mentions=(("光华街社区", "LOC"), ("向阳镇", "LOC"), ("尖草坪区", "LOC")),
    )
    first, second = stats
    assert first.place_entity_id == "E:光华街社区"
    assert first.date == "2022-11-16"
    assert second.place_entity_id == "E:向阳镇"  # the nearest LOC before the number
    assert second.date == "2022-11-17"  # the page's date


def test_dateline_place_when_the_sentence_has_none() -> None:
    text = "向阳镇\n社区有12名网格员。"
    stats = stats_of(text, dateline_place="向阳镇", mentions=(("向阳镇", "LOC"),))
    assert stats[0].place_entity_id == "E:向阳镇"


def test_rows_fit_the_schema_and_offsets_slice_the_text() -> None:
    text = "80余名党员干部和群众齐心奋战。4月6日晚上，3人有序协作。"
    doc, arts, sents, toks, ments = make_inputs(text)
    stats, dates = stats_and_dates((doc, arts, sents, toks, ments))
    to_table("statistics", stats)
    to_table("dates", dates)
    for row in stats + dates:
        assert text[row.start : row.end] == row.text
    assert {r.stat_id for r in stats} == {r.stat_id for r in stats_and_dates(make_inputs(text))[0]}
    assert [f.name for f in fields(stats[0])] == SCHEMAS["statistics"].names
    assert [f.name for f in fields(dates[0])] == SCHEMAS["dates"].names


# --- gold pages ------------------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "gold").is_dir(), reason="needs ../shared/gold")
@pytest.mark.parametrize("stem", ["003_0073031193020e22", "004_8a9192cc8e369542"])
def test_gold_pages(stem: str) -> None:
    from pipeline.evaluation.statistics import score_page

    gold_path = SHARED / "gold" / f"{stem}.json"
    page = SHARED / "samples" / f"{stem}.txt"
    if not gold_path.exists() or not page.exists():
        pytest.skip("sample page not in ../shared")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    # the cleaned text the pipeline sees: full-width to ASCII, one paragraph per line
    raw = page.read_text(encoding="utf-8")
    text = "\n".join(line.strip() for line in raw.splitlines() if line.strip())
    text = text.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})
    stats, dates = stats_and_dates(make_inputs(text, publication_year=gold["publication_year"]))
    res = score_page(gold, [asdict(s) for s in stats], [asdict(d) for d in dates])
    assert res["stat_tp"] / max(res["stat_gold"], 1) >= 0.85
    assert res["stat_tp"] / max(res["stat_pred"], 1) >= 0.85
    assert res["date_tp"] / max(res["date_gold"], 1) >= 0.8


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "low", "high", "unit"),
    [
        ("他每天工作十几个小时。", "十几个小时", 14.5, 10, 19, "小时"),  # guidelines, Nov 2026
        ("连续两个多小时没有休息。", "两个多小时", 2, 2, None, "小时"),
        ("志愿者坚守了半个多月。", "半个多月", 0.5, 0.5, None, "月"),
        ("三四十人参加了活动。", "三四十人", 35, 30, 40, "人"),
        ("共有10多万人受益。", "10多万人", 100000, 100000, None, "人"),
        ("涉及抵押金额520多亿元。", "520多亿元", 52000000000, 52000000000, None, "元"),
        ("共投入资金30万元。", "30万元", 300000, None, None, "元"),
        ("每人补贴200元。", "200元", 200, None, None, "元"),
        ("全市连续3日无新增。", "3日", 3, None, None, "日"),
        ("社区共有百余名志愿者。", "百余名", 100, 100, None, "名"),
        ("货运量超17万吨。", "超17万吨", 170000, 170000, None, "吨"),
        ("高于全国工业2.5个百分点。", "2.5个百分点", 2.5, None, None, "百分点"),
    ],
)
def test_spoken_and_scaled_forms(
    sentence: str, surface: str, value: float | None, low: float | None, high: float | None, unit: str
) -> None:
    s = one(sentence, surface)
    assert (s.value, s.low, s.high, s.unit) == (value, low, high, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "上半年，自贸区实现增长。",  # a period, not half a year
        "今年一季度，汽车产销两旺。",  # a quarter's name
        "之江小学五年级一班全体同学来信。",  # a school grade
        "严重背离“两个维护”。",  # a slogan in quotes
        "违反中央八项规定精神。",  # a policy name
        "相关部门已对附近的县发布预警。",  # 近 inside 附近
    ],
)
def test_more_exclusions(sentence: str) -> None:
    assert texts(sentence) == []


_ALPHABET = (
    "0123456789一二两三十百千万亿余多近约个名天小时岁次%年月日时点分第号"
    "，。、“”()-至以上下内左右半几数成折居民党员社区"
)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=_ALPHABET, min_size=1, max_size=40))
def test_any_text_gives_valid_rows(text: str) -> None:
    doc, arts, sents, toks, ments = make_inputs(text, publication_year=2022)
    stats, dates = stats_and_dates((doc, arts, sents, toks, ments))
    to_table("statistics", stats)
    to_table("dates", dates)
    for row in stats + dates:
        assert text[row.start : row.end] == row.text
    assert len({r.stat_id for r in stats}) == len(stats)
    assert len({r.date_id for r in dates}) == len(dates)


def test_place_from_earlier_in_the_paragraph() -> None:
    text = "光华街社区开展核酸检测。医护人员不到30分钟就完成了采样，20余位孕妈参与。\n另有12名网格员。"
    stats = stats_of(text, mentions=(("光华街社区", "LOC"),))
    assert [(s.text, s.place_entity_id) for s in stats] == [
        ("不到30分钟", "E:光华街社区"),
        ("20余位", "E:光华街社区"),
        ("12名", None),  # a new paragraph, no dateline place
    ]


# --- unseen news pages: units, ordinals, ranges, money --------------------------------------


@pytest.mark.parametrize(
    ("sentence", "surface", "value", "unit", "kind"),
    [
        ("出入境的车辆首次突破2万辆次。", "突破2万辆次", 20000, "辆次", "count"),
        ("集装箱吞吐量1522万标箱，同比增长3.4%。", "1522万标箱", 15220000, "标箱", "count"),
        ("日均开行旅客列车11574列，同比增长6.3%。", "11574列", 11574, "列", "count"),
        ("风电光伏发电装机突破7亿千瓦。", "突破7亿千瓦", 700000000, "千瓦", "amount"),
        ("为区域提供30万千瓦的灵活电能支撑。", "30万千瓦", 300000, "千瓦", "amount"),
        ("每年可以发6亿度绿电。", "6亿度", 600000000, "度", "amount"),
        ("共展出画作53幅。", "53幅", 53, "幅", "count"),
        ("弹劾案以192票赞成的结果获得通过。", "192票", 192, "票", "count"),
    ],
)
def test_units_of_national_news(sentence: str, surface: str, value: float, unit: str, kind: str) -> None:
    s = one(sentence, surface)
    assert (s.value, s.unit, s.kind) == (value, unit, kind)


def test_money_in_every_currency_is_folded_to_its_base_unit() -> None:
    # GUIDELINES (November 2026): 3.2亿美元 -> 320000000 美元; the scale stays in unit_written
    s = one("德国将再向乌克兰提供4亿欧元的武器。", "4亿欧元")
    assert (s.value, s.unit, s.unit_written, s.kind) == (400000000, "欧元", "亿欧元", "amount")
    s = one("贸易逆差达到创纪录的1620亿美元。", "1620亿美元")
    assert (s.value, s.unit, s.unit_written) == (162000000000, "美元", "亿美元")


def test_session_numbers_are_ordinals() -> None:
    # 十四届三次会议 is the third session, not three meetings
    assert texts("参加全国政协十四届三次会议的委员们在讨论政府工作报告。") == []


def test_code_speech_digits_alone_are_words() -> None:
    # 洞 reads 0 only in code speech (洞幺): 洞口 is an opening
    assert texts("记者发现这里的洞口极度狭窄，工程人员来检查都得猫着腰。") == []


def test_range_with_the_unit_on_both_ends() -> None:
    s = one("中东部大部地区气温将普遍下降6℃—10℃，部分地区降温12℃以上。", "6℃—10℃")
    assert (s.value, s.low, s.high, s.approx, s.unit) == (8, 6, 10, "range", "℃")


def test_object_after_a_relative_clause() -> None:
    s = one("上海已培育出30个有影响力的工业互联网平台，链接各类工业设备。", "30个")
    assert s.object == "工业互联网平台"


def test_object_stops_at_the_comparison() -> None:
    s = one("分地区看，11个省份新建商品房网签成交量同比增长。", "11个")
    assert not s.object.endswith("同比")


def test_cheng_duo_is_over() -> None:
    s = one("尽管当地八成多小麦因去年秋汛晚播，苗情较差。", "八成多")
    assert (s.value, s.approx, s.low, s.unit) == (80, "over", 80, "%")


def test_day_after_le_is_a_date() -> None:
    # 发布了16日…: a date; 持续了3日: a length of time
    text = "今天凌晨，一个民兵组织发布了16日对美国使馆的袭击视频。"
    stats, dates = stats_and_dates(make_inputs(text, publication_date=date(2026, 3, 17)))
    assert stats == [] and ("16日", "2026-03-16") in [(d.text, d.value) for d in dates]
    assert texts("降雨持续了3日，河水明显上涨。") == ["3日"]


def test_du_and_lei_after_a_chinese_numeral_are_no_units() -> None:
    assert texts("我们在北京和莫斯科两度会晤，就双方共同关心的重大问题深入交换意见。") == []
    assert texts("3月上旬返青小麦一二类苗达88.2%。") == ["88.2%"]
    assert texts("单机年输出清洁电能可达6200万度。") == ["6200万度"]


def test_object_before_after_a_word_jieba_takes_for_a_place() -> None:
    # jieba tags 惠及 ns; 居民 is still what is counted
    assert one("新增供热面积约45万平方米，惠及居民5000余户。", "5000余户").object == "居民"
    assert one("无人机袭击了代尔祖尔省两处目标。", "两处").object != "省"


def test_changci_is_one_unit() -> None:
    s = one("今年以来，社区已开展各类志愿服务活动40多场次。", "40多场次")
    assert (s.value, s.approx, s.unit, s.kind) == (40, "over", "场次", "count")


def test_the_new_year_and_a_plenary_are_no_quantities() -> None:
    assert texts("大家好！时间过得很快，新的一年即将到来。") == []
    assert texts("按照三次全会部署，逐条逐项抓好落实。") == []
    assert texts("即将过去的一年，双边关系保持良好发展态势。") == ["一年"]


def test_race_names_are_no_distances() -> None:
    text = "摘得男子100米仰泳S6级和女子200米个人混合泳SM10级金牌。"
    assert texts(text) == []
    assert texts("他每天坚持跑5公里。") == ["5公里"]


@pytest.mark.parametrize(
    "sentence",
    [
        "也有效带动了相关零部件产业链能力提升。",
        "格林克维奇已告知五角大楼，美国当局正在核查。",
        "今年当地在春管中新投入了一批多光谱测绘无人机。",
    ],
)
def test_words_that_start_with_a_numeral(sentence: str) -> None:
    assert texts(sentence) == []


def test_day_after_fujin_is_a_date() -> None:
    text = "美国得克萨斯州休斯敦市附近16日发生液化天然气管道爆炸。"
    stats, dates = stats_and_dates(make_inputs(text, publication_date=date(2024, 9, 17)))
    assert stats == [] and ("16日", "2024-09-16") in [(d.text, d.value) for d in dates]


def test_box_trips_are_one_unit() -> None:
    assert one("累计使用循环包装箱超19万箱次。", "超19万箱次").unit == "箱次"
    assert one("在北京工作3年多。", "3年多").approx == "over"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("12日，约400辆装载救援物资的卡车经埃及边境口岸进入加沙地带。", "约400辆", "卡车"),
        ("看望慰问59名生活困难的全国道德模范及其家属。", "59名", "全国道德模范"),
        ("4个网格的居民都做了检测。", "4个", "网格"),
    ],
)
def test_object_of_a_relative_clause(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_progression_idioms_are_no_durations() -> None:
    assert texts("群众生活一年比一年好。") == []
    assert texts("和美中国年，一年胜一年。") == []
    assert texts("过去一年，双边贸易稳步增长。") == ["一年"]


def test_plan_names_are_no_durations() -> None:
    assert texts("我国实施河湖库一体化监测感知体系建设三年行动。") == []
    assert texts("制定和实施五年规划是我们党治国理政一条重要经验。") == []
    assert texts("用三年时间完成改造。") == ["三年"]


def test_every_named_count_in_the_list_is_no_quantity() -> None:
    # stats_named_counts.tsv: adding a row (a measure word and the word after it) is all it
    # takes to keep such a name out of the statistics
    from pipeline import lexicons

    assert texts("他们落实了三条。") == ["三条"]  # the measure word alone still counts
    for measures, entry, numerals, _names in lexicons.rows("stats_named_counts"):
        words = lexicons.words(entry[1:]) if entry.startswith("@") else (entry,)
        for measure in measures.split():
            unit = {"duration": "小时"}.get(measure, measure)
            number = "3" if numerals == "any" else "三"
            for word in words:
                assert f"{number}{unit}" not in texts(f"他们落实了{number}{unit}{word}。"), (measure, word)
