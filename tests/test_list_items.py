"""A count or amount inside a list of figures takes its whole list item as its object
(quantities/list_items.py). Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb before a one-character head inside the item
        ("对52个脱贫重点帮扶县、1.2万个易地扶贫搬迁集中安置区等加大支持。", "52个", "脱贫重点帮扶县"),
        # a numeral word opening the item
        ("目前该县仍有1200多亩三类苗和800多亩旺长麦田需要加强管理。", "1200多亩", "三类苗"),
        # a place word before the next figure
        ("项目覆盖了86个省级以上乡村旅游重点村和周边120家农家乐。", "86个", "省级以上乡村旅游重点村"),
        # 等 closes the last item of a list
        ("对52个脱贫重点帮扶县、1.2万个易地搬迁集中安置区等加大支持。", "1.2万个", "易地搬迁集中安置区"),
    ],
)
def test_whole_item(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb and its own object: a list of clauses, not of nouns
        ("全市已有5个乡镇达到标准、8个村完成改造。", "5个", "乡镇"),
        ("今年已有13个省份出台方案、20个城市启动试点。", "13个", "省份"),
        # the last item runs into the predicate: left as the readers give it
        ("新建120个村级服务站、45个乡镇综合服务中心投入使用。", "120个", "村级服务站"),
    ],
)
def test_item_left(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
