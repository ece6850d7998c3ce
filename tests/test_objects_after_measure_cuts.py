"""Objects left empty after a measure word where jieba cut or tagged the counted noun phrase's
first words badly (issue 12, round 12): a time word, a locative, a numeral word or a prefix
opening the phrase (清/t|雪车, 中/f|转库, 千兆/m|城市, 非/h|改选|议席), a noun jieba lists as a
state word or a locative (湿地/z, 中外/f: stats_word_tags from People's Daily), an abbreviation
cut into a preposition and a verb (自/p|贸/vn), 在 and a one-character place (在华), and a noun
run that an adverb or a preposition ends (地区|已/d|发放). Sentences invented in the style of the
新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a one-character time word jieba cut off the noun's first character
        ("当地出动800多辆清雪车清除积雪。", "800多辆", "清雪车"),
        # a one-character locative that begins a dictionary word with the next character
        ("全市新建3个中转仓库，将物资提前下发。", "3个", "中转仓库"),
        # a numeral word with no figure of its own
        ("全省建成15个千兆城市。", "15个", "千兆城市"),
        ("节日期间有近10部多类型影片上映。", "近10部", "多类型影片"),
        ("这批共25件一级文物将在省博物馆展出。", "25件", "一级文物"),
        # a prefix
        ("另有20个非改选席位。", "20个", "非改选席位"),
    ],
)
def test_cut_first_word(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a noun jieba lists as a state word, an abbreviation it lists as a locative (People's Daily)
        ("全省共有12处湿地列入保护名录。", "12处", "湿地"),
        ("300多名中外学者参加研讨。", "300多名", "中外学者"),
        # an abbreviation jieba cut into a preposition and a verb (自贸 begins 自贸区)
        ("已复制推广120项自贸试验区改革措施。", "120项", "自贸试验区改革措施"),
        # 在 and a one-character place: a set attributive of the noun
        ("目前有200多家在华外资企业参展。", "200多家", "在华外资企业"),
        # the predicate opens with an adverb
        ("全县8个受灾严重乡镇已完成补贴发放。", "8个", "受灾严重乡镇"),
    ],
)
def test_noun_phrase_after_measure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # after 人 the measure names the people: a locative and a noun are the predicate
        ("至少9人中枪。", "至少9人", ""),
        # a whole place word after 在 is where the predicate happens
        ("超过2000人在地震中遇难。", "超过2000人", ""),
        # a one-character word jieba tags f that begins no word with the next: a preposition
        ("其中有15项以展会为主要形式。", "15项", ""),
    ],
)
def test_no_noun_phrase(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
