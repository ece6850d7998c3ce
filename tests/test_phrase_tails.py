"""The predicate after a count's noun is cut off its object where jieba tags it as a noun
(issue 12, round 10; quantities/phrase_tails.py and the single adverbs of verbal_tails.py): a
four-character set phrase opening with a verb (展翅高飞; 生长发育 and 结合实际 only where the
figure opens its clause or follows a noun) or a pronoun and a verb (各具特色) at its clause end
or before 的, and a one-character adverb (仍). Invented sentences, plus guards on noun compounds
of the same shapes."""

from __future__ import annotations

import pytest

from pipeline import lexicons
from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("开幕式上，2000只白鸽展翅高飞，全场欢呼。", "2000只", "白鸽"),
        ("当前，30多万亩水稻生长发育的关键期已到。", "30多万亩", "水稻"),
        ("当前正值全县30多万亩水稻生长发育的关键期。", "30多万亩", "水稻"),
        ("会上，七位发言人结合实际，讲述了学习体会。", "七位", "发言人"),
        # a verb and a noun after a figure that is a verb's object: a compound noun
        ("民政部门紧急调拨2万件中央救灾物资，支援灾区。", "2万件", "中央救灾物资"),
        ("这5个特色小镇各具特色。", "5个", "特色小镇"),
        ("灾后，800多名志愿者仍坚守一线，服务群众。", "800多名", "志愿者"),
        # before a noun the phrase is part of the compound; a noun phrase after the count stays
        ("公司派出300名电力抢修工作人员。", "300名", "电力抢修工作人员"),
        ("全市建成120个社区服务中心。", "120个", "社区服务中心"),
    ],
)
def test_predicate_phrase_after_the_counted_noun(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_the_lists_hold_predicates_only() -> None:
    phrases = set(lexicons.words("stats_predicate_phrases"))
    assert {"展翅高飞", "生长发育", "各具特色"} <= phrases
    assert not {"技术革新", "社会各界"} & phrases  # a noun first: a compound
    assert "仍" in set(lexicons.words("stats_verbal_nouns"))
