"""A dimension adjective written before a length or weight (舞台|高|12米, 桥…，|长约|1.6公里,
长|5米、|宽|2米|的|屏风): what is measured is the noun before the adjective, or the noun the
sentence opens with where the adjective opens its clause; the figures of one list of dimensions
measure one thing; an adjective jieba tagged a noun is no part of the object (dimensions, issue
12). Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_noun_before_a_dimension_is_measured() -> None:
    """主舞台|高|12米: the stage is measured; a gap after a comparison keeps its metric."""
    assert one("新落成的主舞台高12米，可同时容纳200名演员。", "12米").object == "主舞台"
    assert one("湖区今年的水位比去年高2米。", "2米").object == "水位"


def test_dimension_opening_its_clause_measures_the_sentence_topic() -> None:
    """这座新桥|横跨两岸，|长约|1.6公里: the bridge the sentence opens with."""
    assert one("这座新桥横跨两岸，长约1.6公里。", "1.6公里").object == "新桥"


def test_dimensions_of_one_list_measure_one_thing() -> None:
    """长N米、宽M米: the width measures what the length does, and the other way round."""
    assert one("新建的停机坪长120米、宽60米。", "60米").object == "停机坪"
    assert one("一块长达5米、宽2米的巨型木雕屏风在展厅亮相。", "5米").object == "巨型木雕屏风"


def test_dimension_adjective_is_no_part_of_the_object() -> None:
    """堤坝|长/n|3公里: jieba's noun tag on 长 does not make it part of the thing measured; 高达
    before any figure is no dimension."""
    assert one("新修的防汛堤坝长3公里。", "3公里").object == "防汛堤坝"
    assert one("新建的停机坪长120米、宽60米。", "120米").object == "停机坪"
    assert one("该项目投资高达10亿元。", "10亿元").object == "项目投资"
