"""Objects jieba's cuts and tags break (round 17): a verb inside a compound before an equipment
or line head (检测|装备, 拆解|生产线), a verb conjunct sharing a compound head (科学|与|应用|项目),
a noun jieba tags as a numeral with its measure (零部件/mq), a metric noun it tags as a verb
(产能/v), the end of a place name glued to the object (深圳|港|…) and a character cut off the
attribute it opens (可|再生能源). Sentences invented in the style of the 新闻联播 corpus; none is
copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_verb_before_an_equipment_head_stays_in_the_list() -> None:
    """N种|智能|检测/vn|装备|、…: 装备 heads the compound, so the list is what is counted."""
    s = one("到2027年，研制30种以上智能检测装备、关键零部件和工业软件。", "30种以上")
    assert s.object == "智能检测装备、关键零部件和工业软件"


def test_verb_before_a_line_head_is_inside_the_compound() -> None:
    """N条|新能源汽车|拆解/v|生产线|正在…: the line is counted, not the cars."""
    s = one("园区里，三条废旧电池拆解生产线正在满负荷运转。", "三条")
    assert s.object == "废旧电池拆解生产线"


def test_verb_of_giving_before_a_head_is_the_predicate() -> None:
    """N个|国家和地区|提供|设备: after a noun a verb of giving takes the head as its object."""
    s = one("该企业已向40多个国家和地区提供设备。", "40多个")
    assert s.object == "国家和地区"


def test_verb_conjunct_shares_the_compound_head() -> None:
    """N项|技术|与|应用/v|项目: the noun and the verb both modify 项目."""
    s = one("基地已承担了75项技术与应用项目。", "75项")
    assert s.object == "技术与应用项目"


def test_noun_tagged_as_a_numeral_ends_a_list() -> None:
    """零部件/mq is a noun (PKU tags it n): the list is read on through it."""
    s = one("今年将推广20种以上新型农机、零部件和配套软件。", "20种以上")
    assert s.object == "新型农机、零部件和配套软件"


def test_metric_noun_tagged_as_a_verb_names_the_metric() -> None:
    """N吨|钢铁|产能/v|完成…: 产能 is the metric measured after the noun."""
    s = one("全省已有2.5亿吨钢铁产能完成超低排放改造。", "2.5亿吨")
    assert s.object == "钢铁产能"


def test_port_cut_off_its_place_is_left_out() -> None:
    """苏州/ns|港/j|货物吞吐量: 港 ends the place's name, which says where."""
    s = one("今年前三季度，苏州港货物吞吐量达到4.5亿吨。", "4.5亿吨")
    assert s.object == "货物吞吐量"


def test_character_cut_off_its_attribute_is_put_back() -> None:
    """可/v|再生能源: jieba's dictionary lists 可再生, so 可 belongs to the object."""
    s = one("全省可再生能源发电量超过900亿千瓦时。", "超过900亿千瓦时")
    assert s.object == "可再生能源发电量"


def test_a_shared_activity_noun_keeps_its_list_pairing() -> None:
    """投资/vn is a noun for the readers already: retagging it n (as 产能/v is) would join the
    分别 list's items into one object (制造业、基础设施民间投资 for both figures)."""
    text = "前三季度，工业、交通运输民间投资同比分别增长5.1%和7.2%。"
    assert one(text, "7.2%").object == "交通运输民间投资"


def test_a_metric_verb_after_a_figures_de_stays_the_clauses() -> None:
    """近六成|的|产品|增速/v|回升: the share counts the products; 增速 is the clause's, as jieba
    tags it (retagged n it ran into the object: found on the tuned raw groups)."""
    assert one("超过七成的企业和近五成的产品增速加快。", "近五成").object == "产品"
    assert one("800公里以上的长途客流占比由5%提升到了8%。", "800公里以上").object == "长途客流"
