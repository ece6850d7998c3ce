"""A count's object runs on over the verbs inside a compound to a head its measure word counts
(stats_measure_heads, head_compounds.measure_head_object): N项|…|任务, N场|…|活动, N个|…|课程.
A verb before a noun the measure does not count, or an amount, stays out. Sentences invented in
the style of the 新闻联播 corpus; none is copied from a gold page or a review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_items_run_on_over_inner_verbs_to_a_task() -> None:
    """项 counts 任务: 文物|修缮|保护|任务 at the clause's end is one noun phrase."""
    text = "规划涵盖四个领域30项文物修缮保护任务，包括加强巡查。"
    assert one(text, "30项").object == "文物修缮保护任务"


def test_items_run_on_to_a_case() -> None:
    """项 counts 案例: 制度|集成|创新|案例."""
    assert one("全省公布了18项制度集成创新案例，涉及多个领域。", "18项").object == "制度集成创新案例"


def test_events_run_on_over_a_pivot_verb_to_their_activity() -> None:
    """场 counts 活动: 消费|促进|活动 (促进 ends in 进 but is no verb of motion)."""
    assert one("全区举办了40场消费促进活动。", "40场").object == "消费促进活动"


def test_a_performance_before_a_predicate_adjective() -> None:
    """场 counts 演出: the verb is the head itself, before 丰富了 (the predicate)."""
    assert one("春节期间，60多场公益演出丰富了市民生活。", "60多场").object == "公益演出"


def test_courses_before_a_semicolon() -> None:
    """个 counts 课程: 职业|能力|培训|课程 before ；."""
    text = "开设200个“微课堂”和300个职业能力培训课程；帮助学生就业。"
    assert one(text, "300个").object == "职业能力培训课程"



def test_only_a_noun_the_measure_counts_ends_the_run() -> None:
    """种 counts 药品 but not 优势: 语言 is counted, 融合传播优势 is another phrase; 吨 weighs
    the steel, an amount, and 销售订单 is another noun."""
    assert one("今年30种抗癌创新药品已纳入医保。", "30种").object == "抗癌创新药品"
    assert one("电视台以40种语言融合传播优势，讲好故事。", "40种").object == "语言"
    assert one("公司签下30万吨特种钢材销售订单。", "30万吨").object == "特种钢材"


def test_a_one_character_word_cut_off_inside_the_compound() -> None:
    """条 counts 线路 and 专线: jieba's 外|送 and 常态|化 are inside the compound."""
    assert one("全省已有6条风电外送线路，年输电量可观。", "6条").object == "风电外送线路"
    assert one("目前，9条常态化运营专线已全部开通。", "9条").object == "常态化运营专线"


def test_an_ordinal_prefix_after_a_one_character_verb_is_no_head() -> None:
    """获|第|12届: 第 opens an ordinal, so 获 is the predicate, not a verb with a cut-off head."""
    assert one("《春山》等8部作品获第12届文学奖。", "8部").object == "作品"


def test_an_intention_before_a_time_word_and_a_verb_opens_the_predicate() -> None:
    """计划|明年|扩大, 计划|每周|安排: the intention is the predicate's first word past the
    time word, not a noun of the object."""
    assert one("共有20家企业计划明年扩大产能。", "20家").object == "企业"
    assert one("冬季共有35家国际航空公司计划每周安排900班航班。", "35家").object == "国际航空公司"


def test_a_boat_the_measure_counts_is_no_serial_predicate() -> None:
    """艘 counts 船: 渡船 (a verb character first, jieba's noun) is the boat counted, not a
    predicate before 停航; 进港 after 渔船 still is."""
    assert one("截至中午，全省共有50艘客渡船停航。", "50艘").object == "客渡船"
    assert one("全省共有50艘渔船进港避风。", "50艘").object == "渔船"


def test_a_verb_object_word_before_a_verb_jieba_lists_as_a_noun() -> None:
    """进村|入户/n: 入户 is a verb (stats_verbal_nouns), so 进村 before it is a serial predicate,
    not a noun of the object."""
    assert one("全市选派600多名科技特派员进村入户，开展技术指导。", "600多名").object == "科技特派员"


def test_a_verb_in_hua_after_a_complete_noun_ends_the_object() -> None:
    """制造企业|数字化|转型: the firms are counted and 数字化转型 is what they do; before a head
    (企业|信息化|项目) the 化 verb modifies it and stays."""
    assert one("到2027年支持5000家制造企业数字化转型。", "5000家").object == "制造企业"
    assert one("全省建成30个企业信息化项目。", "30个").object == "企业信息化项目"


def test_a_complete_counted_noun_keeps_its_predicate_out() -> None:
    """户 counts 商店 (特产|展销|商店), but after people (户|村民), a noun the measure counts
    already (项|政策), a verb of making (打造) or, after the generic 个, a verb the corpus does
    not use as a modifier right before the head (负责|对接|项目), the verb is the predicate."""
    assert one("目前，9户特产展销商店已开业。", "9户").object == "特产展销商店"
    assert one("20户村民经营商店。", "20户").object == "村民"
    assert one("8项政策支持创新活动。", "8项").object == "政策"
    assert one("10个村庄打造示范村。", "10个").object == "村庄"
    assert one("3个小组负责对接项目。", "3个").object == "小组"


def test_a_place_keeps_its_predicate_out() -> None:
    """座 counts 场馆, but 城市 is a place, and 运营 after it is its predicate."""
    assert one("3座城市运营体育场馆。", "3座").object == "城市"
