"""A count of a part after the whole's noun and 中 (在N个X中，M个…) counts X
(pipeline.quantities.partitions), unless it names a noun of its own. Sentences invented in the
style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_part_with_a_metric_and_its_change_counts_the_whole() -> None:
    """N个X中有M个|产量|增加: the part's noun is what rose, the part counts X."""
    s = one("全国18个产棉县中有15个棉花产量增加。", "15个")
    assert s.object == "产棉县"


def test_part_after_a_comma_with_its_metric() -> None:
    s = one("在40个重点城市中，32个商品房成交量增长。", "32个")
    assert s.object == "重点城市"


def test_part_with_only_a_verb_after_it() -> None:
    """…中已有M条|停运 and …中，有M家|来自…: the predicate names no noun."""
    assert one("该市27条公交线路中已有11条停运。", "11条").object == "公交线路"
    assert one("在入选的30家示范企业中，有12家来自中西部。", "12家").object == "示范企业"


def test_part_after_a_relative_clause_with_you() -> None:
    """在N种X中，…的有M种: the relative clause says what holds of the part."""
    s = one("在抽检的60种蔬菜中，价格下降的有21种。", "21种")
    assert s.object == "蔬菜"


def test_part_naming_its_own_noun_keeps_it() -> None:
    """有M名|近视患者 (a noun with no change after it) and M家|民营企业 (the whole's head) stay,
    where a bare part in the same kind of sentence takes the whole's noun."""
    assert one("在参加体检的800名学生中，有90名视力下降。", "90名").object == "学生"
    assert one("在参加体检的800名学生中，有90名近视患者。", "90名").object == "近视患者"
    assert one("在120家企业中，有80家民营企业参与。", "80家").object == "民营企业"
