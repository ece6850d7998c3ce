"""Objects that run past the counted thing into what follows (issue 12, round 12).
quantities/serial_predicates.py: a verb jieba tags as a noun after the counted noun ends the
object: a word the tagged corpus reads mostly as a verb (参赛, 通行) before a clause mark, a
verb, a place or a scope word, a rare verb-object word (进港) before a verb or a place, a rare
passive word (被淹), a place word before a verb (现场), with a verbal adverbial before it (免费).
quantities/edge_adverbs.py: an adverb of a first occurrence (首), a noun of the whole or of degree
(总体, 不同程度), a predicate word (预计, 破) or a verb before 到/至 at the object's end is cut.
Invented sentences, plus guards on compounds, quoted names, sums and counted events."""

from __future__ import annotations

import pytest

from pipeline import lexicons
from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("本届邀请赛吸引了26支业余篮球队参赛，赛期五天。", "26支", "业余篮球队"),
        ("受台风影响，900多艘渔船进港避风。", "900多艘", "渔船"),
        ("节日期间，9座以下客车免费通行全省收费公路。", "9座以下", "客车"),
        ("当天约有3万多游客登顶华山，观看日出。", "3万多", "游客"),
        ("洽谈会上，40多家外贸企业现场签约。", "40多家", "外贸企业"),
        ("暴雨过后，全镇200多亩农田被淹。", "200多亩", "农田"),
        # a common noun after the verb may be the head it modifies: the object stays
        ("全县建成12个农村供水工程。", "12个", "农村供水工程"),
        # a quoted name and a counted event keep their words
        ("全省将支持200个“数智赋能”示范项目。", "200个", "“数智赋能”示范项目"),
        ("本月山区出现三次大范围降雪，道路结冰。", "三次", "大范围降雪"),
        ("这家医院去年完成300例心脏手术，", "300例", "心脏手术"),
        ("执法部门对该企业处以5000元行政罚款。", "5000元", "行政罚款"),
        ("志愿者收集了2万多条鸟类记录。", "2万多条", "鸟类记录"),
    ],
)
def test_serial_predicate_after_the_counted_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_the_list_holds_verbs_of_the_corpus() -> None:
    kinds = lexicons.mapping("stats_serial_verbs")
    assert kinds.get("参赛") == "verb" and kinds.get("通行") == "verb"
    assert kinds.get("免费") == "adverbial"
    assert "工程" not in kinds and "选手" not in kinds


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # an adverb of a first occurrence or a noun of the whole at the object's end
        ("去年风电光伏发电量首超300亿千瓦时。", "超300亿千瓦时", "风电光伏发电量"),
        ("全省县级医院重点专科总体规模达到800个左右。", "800个左右", "县级医院重点专科"),
        ("安阳近90万亩玉米整体长势良好。", "近90万亩", "玉米"),
        ("暴雨造成300多间厂房不同程度进水。", "300多间", "厂房"),
        # a noun ending in the same character stays whole
        ("博物馆展出了3件青铜兽首。", "3件", "青铜兽首"),
    ],
)
def test_edge_adverb_at_the_object_end(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a predicate word jieba reads into the subject, a verb of crossing a mark
        ("明年全省旅游收入预计将首次突破900亿元。", "突破900亿元", "旅游收入"),
        ("2019年公司营业额跨过五十亿元大关。", "五十亿元", "公司营业额"),
        ("今年全国电影票房破400亿元。", "400亿元", "电影票房"),
    ],
)
def test_predicate_word_at_the_object_end(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_compound_of_a_state_noun_ends_the_counted_noun() -> None:
    # stats_state_nouns: a word ending in a two-character state noun (身体状况) opens what is said
    assert one("经过救治，五名矿工身体状况稳定。", "五名").object == "矿工"


def test_a_verb_of_lowering_is_no_part_of_the_metric() -> None:
    # stats_predicate_words: 压缩 lowers a measure like 缩减 and 压减
    assert one("今年进口货物通关时间压缩60%。", "60%").object == "进口货物通关时间"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb read into the subject right before 到 or 至 and the figure is the predicate
        ("三年间，合作社发展到300多户。", "300多户", "合作社"),
        ("连日降雨后，湖泊水位回涨至21.5米，", "21.5米", "湖泊水位"),
    ],
)
def test_verb_before_the_level_reached(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
