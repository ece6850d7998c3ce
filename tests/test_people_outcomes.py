"""Bare people counts read their predicate past adverbs and 被 (quantities/people_outcomes.py),
or the noun after 是; a growth verb before 到 leaves the object (quantities/edge_adverbs.py);
a comma may set off the rise of a change frame (quantities/change_frames.py); rural site heads
end a compound object (stats_institution_heads); a marker glued after 了 is read
(quantities/measure.py). Sentences invented in the style of the 新闻联播 corpus; none is copied
from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # adverbs, the passive 被 and a complement of destination
        ("受山洪影响，当地约3100人已被转移至安全地带。", "约3100人", "转移"),
        ("暴雨来临前，5个村的2380人全都提前安全撤离。", "2380人", "撤离"),
        ("目前，该市有数百人紧急疏散，学校已停课。", "数百人", "疏散"),
        # a pivot verb before the last verb is left out
        ("火势蔓延后，附近约5000人被要求撤离。", "约5000人", "撤离"),
        # an existential verb before the count gives way to the predicate after it
        ("全县还有4200多人安置在86个安置点。", "4200多人", "安置"),
        # a verbal noun after the verb
        ("截至目前，已有超过6000人参与救援。", "超过6000人", "参与救援"),
        # 是 and a clause-final noun phrase
        ("全村486户中，其中73户是留守老人。", "73户", "留守老人"),
        ("这支由40人组成的突击队中，31人是党员，平均年龄28岁。", "31人", "党员"),
    ],
)
def test_people_outcome(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a verb of one character before a preposition: no predicate read
        ("据统计，今年已有超过3200人死于交通事故。", "超过3200人"),
        # a verb with its own noun object after it
        ("全省已有超过1800人接到转移通知。", "超过1800人"),
    ],
)
def test_people_outcome_leaves_empty(sentence: str, surface: str) -> None:
    assert one(sentence, surface).object == ""


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a growth verb before 到 is the predicate
        ("2010年，这个村的食用菌大棚发展到60多个，村民收入大增。", "60多个", "食用菌大棚"),
        # a metric noun jieba tags a verb keeps its place
        ("今年，全县粮食产量提高到48万吨。", "48万吨", "粮食产量"),
        # a comma before the rise of a change frame
        ("农户人均年收入也从2016年的5200元，提高到2024年底的19800元。", "19800元", "农户人均年收入"),
        # rural site heads end the compound after a verb
        ("今年，当地通过建设120多个玉米大面积单产提升示范田，带动增产。", "120多个",
         "玉米大面积单产提升示范田"),
        ("专家组深入52个油菜生产重点县，指导农户田管。", "52个", "油菜生产重点县"),
        # a marker glued after 了: the approximation is read, the metric before it found
        ("测产结果显示，示范地块平均亩产增加了近120斤。", "近120斤", "平均亩产"),
    ],
)
def test_local_objects(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_glued_marker_sets_approx() -> None:
    s = one("当地警方拘留了近300人。", "近300人")
    assert (s.value, s.approx, s.object) == (300, "under", "拘留")


def test_level_suffix_left_by_place_span() -> None:
    """The tagger's place span holds the level suffix jieba cut off the name (某某|乡): an object
    read back from the figure that starts at the suffix drops it; after a verb it stays."""
    from pipeline.quantities.context_objects import without_leading_place
    from pipeline.quantities.pieces import Found, Piece

    text = "去年，阿克陶拉乡旅游收入达到360万元。"
    at = text.index("乡")
    name = text.index("阿")
    pieces = [
        Piece(name, at, pos="nrt"),
        Piece(at, at + 1, pos="n"),
        Piece(at + 1, at + 3, pos="vn"),
        Piece(at + 3, at + 5, pos="n"),
    ]
    st = Found(text.index("360"), text.index("。"), obj="乡旅游收入")
    assert without_leading_place(st, text, 0, [(name, at + 1)], pieces) == "旅游收入"
    pieces[0] = Piece(name, at, pos="v")
    assert without_leading_place(st, text, 0, [(name, at + 1)], pieces) == "乡旅游收入"


def test_dimension_list_shares_its_noun() -> None:
    """N米长、M厘米高的X: both dimensions measure the noun after the last one (dimensions.py)."""
    sentence = "抢险队员连夜加固了500米长、60厘米高的子堤。"
    assert one(sentence, "500米").object == "子堤"
    assert one(sentence, "60厘米").object == "子堤"


@pytest.mark.parametrize(
    ("sentence", "obj"),
    [
        ("山村通了硬化路，自来水100%入户，家家用上了净水。", "自来水"),
        ("全村天然气100%通户，道路全部硬化。", "天然气"),
    ],
)
def test_share_before_verb_object_word(sentence: str, obj: str) -> None:
    """A share followed only by a rare verb-object word that ends the clause is of the noun
    before it (trailing_predicates.share_of_predicate_subject)."""
    assert one(sentence, "100%").object == obj


@pytest.mark.parametrize(
    "sentence",
    [
        "商务部下拨2.3亿元支持三省做好灾后重建。",
        "两部门再次预拨6000万元支持湖南做好受灾群众救助。",
    ],
)
def test_allocating_agent_is_no_object(sentence: str) -> None:
    """A sum right after a verb of allocating (预拨, 下拨) measures no agent (handling_verbs)."""
    surface = next(s for s in ("2.3亿元", "6000万元") if s in sentence)
    assert one(sentence, surface).object == ""


def test_allocated_fund_after_the_sum_stays() -> None:
    s = one("省财政厅连夜预拨1.2亿元省级防汛救灾资金。", "1.2亿元")
    assert s.object == "省级防汛救灾资金"


def test_numeral_place_name_and_adverb_word_are_no_statistics() -> None:
    """三栋|镇 after a place starts a place name; 四处 before a verb is an adverb (exclusions)."""
    from tests.test_statistics import texts

    assert texts("暴雨导致惠州市惠城区三栋镇积水严重。") == []
    assert texts("他四处奔走，联系销路。") == []
    assert texts("村里发现了四处险情。") == ["四处"]
    assert texts("他先后走遍了三个镇。") == ["三个"]


def test_glued_existential_leaves_the_object() -> None:
    """全县有规上工业企业N家: the verb jieba's guesser glued onto an abbreviation is split off
    (object_edges.split_glued_verbs)."""
    s = one("目前，全市有规上工业企业860多家。", "860多家")
    assert s.object == "规上工业企业"


def test_made_up_adverb_between_nouns_is_a_noun() -> None:
    """专精|特新/d|企业: a word jieba's guesser made up and tagged an adverb between nouns is part
    of the noun (object_edges.nouns_for_inner_adverbs); one opening with a preposition is not."""
    s = one("全市已有高新技术企业520家、专精特新企业96家。", "96家")
    assert s.object == "专精特新企业"


def test_predicate_word_tagged_noun_leaves_the_object() -> None:
    """粮食产量|预计/vn|将…突破N斤: a predicate word at the object's end is cut (edge_adverbs)."""
    s = one("今年全省油菜产量预计将首次突破60万吨。", "突破60万吨")
    assert s.object == "油菜产量"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a word of totality between the count and its verb (stats_totality_words)
        ("大巴车侧翻后，车上21人全部获救。", "21人", "获救"),
        # a place with its locative before the count says where, not who
        ("货轮起火沉没，船上9人全部遇难。", "9人", "遇难"),
        ("隧道内14人被困，救援正在进行。", "14人", "被困"),
        # 被 with its agent before the verb
        ("行动中，另有26人被当地警方逮捕。", "26人", "逮捕"),
        # a verb of undergoing with the harm after it
        ("爆炸造成当地4人受重伤。", "4人", "受重伤"),
        # a people noun after the measure stays the object
        ("矿难发生后，井下11名矿工全部升井。", "11名", "矿工"),
    ],
)
def test_people_outcome_after_totality_agent_and_place(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a clause of cause closed by 而 before what befell the people
        ("截至目前，已有至少19人因未能及时转移而遇难。", "至少19人", "遇难"),
        ("当地有8人由于房屋倒塌而受伤。", "8人", "受伤"),
    ],
)
def test_people_outcome_past_a_cause(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_people_count_before_a_state_noun_takes_the_state() -> None:
    """其中N人|伤势|严重: 伤势 counts no one; the phrase says how the people are (their outcome)."""
    s = one("车祸造成9人受伤，其中2人伤势严重。", "2人")
    assert s.object == "伤势严重"


def test_people_count_before_a_holder_has_no_object() -> None:
    """载有|N人|的|客轮: the ship holds the people; a group noun after 的 stays (N人的|救援队伍)."""
    assert one("一艘载有45人的客轮在近海倾覆。", "45人").object == ""
    assert one("一支200人的医疗队伍连夜出发。", "200人").object == "医疗队伍"
    # troops as a body (stats_group_nouns): the people are its members
    assert one("美国在该国约900人的驻军将于年底前全部撤出。", "约900人").object == "驻军"
