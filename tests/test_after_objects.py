"""The noun phrase after a count's measure, read whole where jieba's cuts or tags broke it off
(round 17, class: the object after the figure cut short or missed): a word jieba's dictionary
lists as an adverb that closes the clause right after the measure (N处|据点/d|。); a quoted
name before the verbs of a compound its measure counts (N项|“…”|政务服务|改革); a verbal noun
the measure counts after a complete noun, ending at an idiom (…|改革|全面完成/i); a suffix
jieba cut off a quoted name (“…”|式/k|坦克); the work a light verb before a length takes
(完成|N公里|管网|改造); a noun jieba cut at a particle that cannot follow a measure
(N个|地/uv|市); the fund named after a sum a verb and its result take (用好|N亿元|新增贷款额度).
Sentences invented in the style of the 新闻联播 corpus; none is copied from a gold page or a
review story."""

from __future__ import annotations

from tests.test_statistics import one


def test_adverb_tagged_noun_closing_the_clause_is_counted() -> None:
    """据点/d right after the measure and before a clause mark: no adverb can end the clause
    there, so it is what is counted (not the empty object, nor the noun before the figure)."""
    assert one("前线部队昨天攻占3个据点。", "3个").object == "据点"
    assert one("守军夺回对方阵地两处据点，随后撤离。", "两处").object == "据点"


def test_quoted_name_before_a_compound_the_measure_counts() -> None:
    """N项|“…”|政务服务|改革: the quotation is part of the noun phrase, and 改革, a head 项
    counts, ends it after the complete noun 服务 before the adverb."""
    s = one("全省七项“跨省通办”政务服务改革已全面铺开，群众办事更方便。", "七项")
    assert s.object == "“跨省通办”政务服务改革"


def test_measure_head_before_an_idiom_ends_the_phrase() -> None:
    """A four-character idiom (全面完成/i) after the head is the predicate that ends the phrase."""
    s = one("三项“一网通办”政务服务改革全面完成\n记者今天从有关部门获悉。", "三项")
    assert s.object == "“一网通办”政务服务改革"


def test_suffix_after_a_quoted_name_binds_the_noun() -> None:
    """“…”|式/k|装甲车: the suffix jieba cut off the name joins it to the noun after it."""
    assert one("部队新列装12辆“猎鹰”式装甲车。", "12辆").object == "“猎鹰”式装甲车"


def test_light_verb_takes_the_work_done_on_a_length() -> None:
    """完成|N公里|管网|改造|。: the light verb takes an activity, so the verb closing the clause
    after the noun is that activity named as a noun, no predicate; after an area the figure
    measures the land and the activity stays left out (activity_tails)."""
    assert one("全区今年完成18公里供水管网改造。", "18公里").object == "供水管网改造"
    assert one("当地实施2600米河道整治，汛期安全有保障。", "2600米").object == "河道整治"
    assert one("全县今年完成5万亩高标准农田建设。", "5万亩").object == "高标准农田"


def test_particle_cut_off_a_noun_after_the_measure() -> None:
    """N个|地/uv|市: the structural particle 地 cannot follow a measure word, so jieba cut the
    noun 地市 in two; the two pieces are what is counted."""
    assert one("浙江六个地市联合发布倡议。", "六个").object == "地市"


def test_sum_after_a_verb_and_its_result_names_the_fund() -> None:
    """用|好|N亿元|新增贷款额度: the verb with its result complement takes the sum as object, and
    the name after the sum ends in a fund head (额度: the quota the money is granted as)."""
    assert one("各银行要用好300亿元新增贷款额度。", "300亿元").object == "新增贷款额度"
