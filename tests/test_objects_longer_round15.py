"""Objects that ran on past the counted thing (issue 12, round 15): a predicate verb, an adverb
or a time word at the end of a subject read back from the figure, a locative of the whole
before a share, and a predicate that the object read after a count's measure ran into.
Sentences written in the style of the raw 新闻联播 corpus, none copied from a page or a review
story. One case per rule and one that the rule leaves alone."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a downward crossing and an index's closing move are predicate words
        # (stats_predicate_words: 跌破, 收跌, 收涨), read over to the metric before them
        ("受寒潮影响，当地最低气温跌破零下30℃。", "30℃", "最低气温"),
        ("上周五，道琼斯指数收跌1.2%，科技股领跌。", "1.2%", "道琼斯指数"),
        # a modal adverb jieba tags a noun at the end of a subject (edge_adverbs, from
        # stats_main_clause_words) and a time word of the years (stats_time_adverbs: 历年)
        ("全省平均关税水平仍保持在6.5%。", "6.5%", "平均关税水平"),
        ("全省货运班列历年累计开行突破3万列。", "突破3万列", "货运班列"),
        # the locative of the whole a share is taken among (edge_adverbs._among)
        ("本届展会的参展外国人中65%为首次来华。", "65%", "参展外国人"),
        # an attribute noun with an adjective predicate after the counted noun
        # (clause_predicates._attribute), with an adverb of degree or not
        ("在浙江湖州，38家乡村书屋特色鲜明。", "38家", "乡村书屋"),
        ("当地5家龙头企业效益更加突出。", "5家", "龙头企业"),
        # a one-character adjective after an adverb of time is the head's own state
        ("全美超过三分之二的儿科病床已满，医院压力很大。", "超过三分之二", "儿科病床"),
        # a verb after a body that acts, right before the next figure (clause_predicates._agent_verb)
        ("今年有30多家外贸服务机构组织约800家企业参展。", "30多家", "外贸服务机构"),
        # a nominal verb after a plain noun stays the head (社会组织)
        ("3个社会组织200名志愿者参加了活动。", "3个", "社会组织"),
        # a frame noun jieba glued onto the object's last word before 上 (objects._glued_frame)
        ("服务区在原有的3台80千瓦充电桩基础上，又新增两台。", "80千瓦", "充电桩"),
        # a whole frame noun is dropped as before
        ("在1万件救灾物资基础上，再调拨5000件。", "1万件", "救灾物资"),
        # a metric noun jieba tags a verbal noun after a handling verb, before a sum of money
        # (handling_verbs._metric_after)
        ("省水利厅今年安排投资52亿元，支持灌区建设。", "52亿元", "投资"),
        # a verb and verbal nouns only after a count's measure are the predicate of the noun
        # before the number (objects._verb_phrase_after)
        ("抢险现场，铲车、吊车等重型机械50多台投入应急救援。", "50多台", "重型机械"),
        # a bare count before people and words that name none (objects._bare_people) ...
        ("新修的公路解决了沿线3万多农民出行难题。", "3万多", "农民"),
        # ... but not before a noun that makes one compound with the first word
        ("泄漏事故造成近2万水生生物死亡。", "近2万", "水生生物"),
        # a verb jieba tags a noun (stats_serial_verbs: 部署/n, 办理/n) inside an object read back
        # from a count, before a noun phrase of two words (clause_predicates.without_verb_before)
        ("暴雨过后，当地在受灾村镇部署抢险力量2000多人。", "2000多人", "抢险力量"),
        ("今年全区推动办理民生实事120多件。", "120多件", "民生实事"),
        # one noun after such a word is the head it modifies
        ("全县已建成城市供水管网12条。", "12条", "城市供水管网"),
    ],
)
def test_longer_objects_cut(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
