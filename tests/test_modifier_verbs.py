"""A verb that names a noun's kind, cut off an object read before the number (issue 12, round 9;
quantities/modifier_verbs.py): after 的, 等 or a determiner pronoun (stats_determiners) the
verb jieba tags v before the noun is the noun phrase's first word (的|种植|面积占比, 各类|涉农|
资金, 等|集中|安置|点); after a noun, another verb or 将 it stays out, where it is often the
predicate. Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold
page or a review story. A verb built of a verb and its own object (stats_verb_object_verbs:
就业, 避险, 发热) is read inside the noun after it wherever it stands (pipeline.quantities.word_tags
.retag, like stats_attributive_verbs)."""

from __future__ import annotations

from unittest.mock import patch

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.test_statistics import one, stats_of


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # after 的: the head of a noun phrase follows
        ("全市优质水稻品种的种植面积占比提高到80%以上。", "80%以上", "种植面积占比"),
        ("其中用于乡村建设的衔接资金占比将达到30%。", "30%", "衔接资金占比"),
        # after a determiner pronoun
        ("该省统筹各类涉农资金近5000万元。", "近5000万元", "涉农资金"),
        # after 等, with a one-character head jieba cut off the verb (安置|点/m)
        ("当地设置学校和礼堂等集中安置点20个。", "20个", "集中安置点"),
    ],
)
def test_modifier_verb_inside_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # after a noun the verb is the predicate
        ("全县走访居民5万户。", "5万户", "居民"),
        ("该县投入资金3亿元。", "3亿元", "资金"),
        # after 累计 and another verb both verbs may be the predicate: left as it was
        ("全市累计转移撤离人员8000多人。", "8000多人", "人员"),
        # after 将 (a future) the verb is the predicate
        ("今年全省将新建学校50所。", "50所", "学校"),
        # a predicate word (stats_predicate_words) is never taken in
        ("完成的投资3亿元。", "3亿元", "投资"),
    ],
)
def test_predicate_verb_stays_out(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


_NOUNS = st.sampled_from(["资金", "电商", "门诊", "人员", "项目", "企业"])
_VERBS = st.sampled_from(["涉农", "统筹", "发热", "抢修", "整合", "建设"])
_OPENERS = st.sampled_from(["各类", "的", "等", "，", "全省", "当地", "将", "累计投入"])


def _object(sentence: str) -> str:
    found = [s for s in stats_of(sentence) if s.text == "3000个"]
    assert len(found) == 1
    return found[0].object or ""


@settings(max_examples=30, deadline=None)
@given(_OPENERS, _VERBS, _NOUNS)
def test_only_the_verb_right_before_is_taken(opener: str, verb: str, noun: str) -> None:
    """Whatever the words, the rule changes an object only by the one verb right before it,
    and only after 的, 等 or a determiner."""
    sentence = f"今年{opener}{verb}{noun}3000个。"
    with patch("pipeline.quantities.rows.with_modifier_verb", lambda found, pieces, text: found.obj):
        without = _object(sentence)
    got = _object(sentence)
    assert got == without or (got == verb + without and opener in ("各类", "的", "等"))


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb built of a verb and its object (stats_verb_object_verbs) takes no further
        # object: before a noun it names the noun's kind, also after a noun or a verb
        ("该市旅游行业提供就业岗位达12万个。", "12万个", "就业岗位"),
        ("医院把发热门诊从8间增加到20间。", "20间", "发热门诊"),
        ("沿海各县转移避险人员2.3万人。", "2.3万人", "避险人员"),
        ("其中，脱贫劳动力80多万人。", "80多万人", "脱贫劳动力"),
        ("去年，该院共审结涉外纠纷案件560件。", "560件", "涉外纠纷案件"),
        # with no noun after it the verb stays the people's verb
        ("全县带动就业3000人。", "3000人", "就业"),
    ],
)
def test_verb_object_verb_names_the_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb the tagged corpus mostly uses as a modifier (stats_modifier_verbs) after a plain
        # noun it acts on: the noun, the verb and the head are one phrase
        ("全区已改造更新养老服务站点560多个。", "560多个", "养老服务站点"),
        ("该厂吨钢可比能耗下降了3.2%。", "3.2%", "吨钢可比能耗"),
        ("今年，日常生活辅助器具新增900种。", "900种", "日常生活辅助器具"),
        # after a scope word, before a metric: the verb names the kind measured
        ("全省报废汽车回收量达到12.4万辆。", "12.4万辆", "报废汽车回收量"),
        # a noun joined to the verb's phrase by a conjunction
        ("去年全市旅游及相关产业增加值为820亿元。", "820亿元", "旅游及相关产业增加值"),
    ],
)
def test_corpus_modifier_verb_inside_the_object(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # after a body that acts the verb is its predicate (stats_agent_heads)
        ("去年该公司制造机床300台。", "300台", "机床"),
        ("去年这家企业治理污水80万吨。", "80万吨", "污水"),
        # a verb the corpus uses mostly as a predicate before a noun (提供) stays out
        ("保险公司为农户提供风险保障3000亿元。", "3000亿元", "风险保障"),
        # a verb jieba lists as a noun opens the predicate (整治/n|开发)
        ("当地有效整治开发荒地30多万亩。", "30多万亩", "荒地"),
        # after a scope word before a thing, not a metric, the verb is the predicate
        ("全省报废汽车12万辆。", "12万辆", "汽车"),
    ],
)
def test_predicate_before_the_object_stays_out(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_a_time_idiom_is_no_noun_a_modifier_verb_acts_on() -> None:
    """鼎盛时期/i|收藏|典籍: the idiom closes a time phrase (时期), so 收藏 is the predicate."""
    assert one("这座书院鼎盛时期收藏典籍500箱。", "500箱").object == "典籍"
