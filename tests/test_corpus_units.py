"""Units of measure the unit list lacked (pipeline/lexicons/stats_corpus_units.tsv): the figure
takes the unit, so the unit word is no longer read as the statistic's object. Sentences invented
in the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one, texts


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "kind", "obj"),
    [
        # a container unit: the throughput before it is the object, not 标准箱
        ("这座港口完成集装箱吞吐量2860万标准箱。", "2860万标准箱", "标准箱", "count", "集装箱吞吐量"),
        # a physical unit before 的: the noun after 的 is the object
        ("实验室的装置实现42万高斯的稳态磁场，再次刷新纪录。", "42万高斯", "高斯", "amount", "稳态磁场"),
        # a freight unit, the scale folded: not 吨 with 公里 left over
        ("全国铁路完成货物周转量2.4万亿吨公里。", "2.4万亿吨公里", "吨公里", "amount", "货物周转量"),
        # an energy unit: the consumption, not 标准煤
        ("园区去年综合能源消费量1.4万吨标准煤。", "1.4万吨标准煤", "吨标准煤", "amount", "综合能源消费量"),
        # counts after a written figure: characters of a text, fish fry
        ("这部新编教材超过20万字，凝结了团队多年的心血。", "超过20万字", "字", "count", "新编教材"),
        ("当地今年向长江放流鱼苗20万尾。", "20万尾", "尾", "count", "鱼苗"),
    ],
)
def test_corpus_unit(sentence: str, surface: str, unit: str, kind: str, obj: str) -> None:
    s = one(sentence, surface)
    assert (s.unit, s.kind, s.object) == (unit, kind, obj)


@pytest.mark.parametrize(
    ("sentence", "surface", "unit", "kind"),
    [
        # unit + 次 counts, as 人次: the whole compound is the unit
        ("全省今年实施小麦病虫害统防统治3200万亩次。", "3200万亩次", "亩次", "amount"),
        ("市场监管部门今年检查经营主体54.3万家次。", "54.3万家次", "家次", "count"),
        # units of time, length and power a statistic was missed for
        ("新系统可在10毫秒内完成一次数据传输。", "10毫秒内", "毫秒", "duration"),
        ("该省新增造林面积1.8万平方千米。", "1.8万平方千米", "平方千米", "amount"),
        ("今年新增光伏装机容量56吉瓦。", "56吉瓦", "吉瓦", "amount"),
    ],
)
def test_corpus_unit_text(sentence: str, surface: str, unit: str, kind: str) -> None:
    s = one(sentence, surface)
    assert (s.unit, s.kind) == (unit, kind)


@pytest.mark.parametrize(
    "sentence",
    [
        # 字 and 尾 measure only after a written figure: slogans and idioms stay no statistics
        "会议提出了八字方针，要求各地抓好落实。",
        "这位老人把一尾尾鲜鱼装进竹篓。",
    ],
)
def test_figure_only_corpus_units(sentence: str) -> None:
    assert not [t for t in texts(sentence) if t.endswith(("字", "尾"))]
