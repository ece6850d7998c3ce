"""A verb naming a crew's task (stats_work_verbs: 抢修, 搜救) right before a compound head
(人员, 力量, 车辆) stays inside the object read back from the number (issue 12, round 9;
quantities/word_tags.retag): the annotations keep 救援人员 and 工程抢险力量, and drop only verbs
of handling the people counted (累计|转移|撤离|人员 counts 人员). Sentences from the raw 新闻联播
corpus (none from a gold page)."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        ("南方电网公司投入抢修人员2万余人驰援灾区。", "2万余人", "抢修人员"),
        ("截至目前，国家电网已累计投入抢修人员3万多人、发电车470多台。", "3万多人", "抢修人员"),
        # after a noun or verbal noun the object runs over the verb already
        ("已累计出动通信应急抢修人员21.2万人次，", "21.2万人次", "通信应急抢修人员"),
        # verbs of handling the people counted stay the predicate
        ("截至今天下午3时，全市累计转移撤离人员14100多人。", "14100多人", "人员"),
    ],
)
def test_work_verb_before_a_head(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj
