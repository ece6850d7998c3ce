"""The whole a share is of keeps its period word (pipeline.quantities.whole_periods, issue 12,
round 10): 占|全年|粮食产量|两成多 -> 全年粮食产量, as with a 的 after the whole. Sentences in the
style of the raw 新闻联播 corpus, written for these tests, none copied from a gold page."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("今年早稻产量占全年粮食产量近一成。", "近一成", "全年粮食产量"),
        ("秋粮播种面积占全年粮食播种面积七成以上。", "七成以上", "全年粮食播种面积"),
        ("一季度新签合同额占全年目标任务超30%。", "超30%", "全年目标任务"),
        # with 的 the whole was read whole already
        ("夏播粮食面积占全年粮食面积的四分之一。", "四分之一", "全年粮食面积"),
        # the share frame's own noun stays alone
        ("上半年完成投资占全年比重超过55%。", "超过55%", "比重"),
    ],
)
def test_the_whole_of_a_share_keeps_its_period(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
