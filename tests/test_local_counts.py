"""Objects of counts typical of local reports (issue 12, round 11; quantities/objects.object_after,
object_words._modified_noun_end, context_objects.carry_over). Sentences written in the style of
the 新闻联播 corpus, none copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a frame noun before 上/下 (在…基础上) is no part of what is counted
        ("省里在先期下拨2万件救灾物资基础上，又追加一批。", "2万件", "救灾物资"),
        ("在派出9个技术指导组基础上，农业部门又组织专家下乡。", "9个", "技术指导组"),
        # a noun that is itself the counted thing keeps it (no locative after it)
        ("双方就停火提出四项条件。", "四项", "条件"),
    ],
)
def test_frame_noun_left_out(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # modifiers the step reader does not pass (an adjective before a verb, determiners)
        ("今年全省新认定860个美丽休闲乡村，带动旅游增收。", "860个", "美丽休闲乡村"),
        ("上午，在文化广场，1500多名各族各界群众参加升旗仪式。", "1500多名", "各族各界群众"),
    ],
)
def test_modified_noun_after_measure(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_amount_purpose_is_no_object() -> None:
    # an amount's verb right after it is its purpose, not what it is
    assert one("县里投入2600万元改造乡村道路。", "2600万元").object != "改造乡村道路"


def test_pronoun_after_verb_is_a_predicate() -> None:
    # 产自|这个|县城: a verb with its own object after the measure is the predicate
    assert one("每10双运动鞋里就有6双产自这个小县城。", "6双").object != "这个小县城"


def test_per_head_word_opens_the_next_metric() -> None:
    s = one("合作社带动3个村1600多名群众人均年增收8000元。", "1600多名")
    assert s.object == "群众"


def test_people_counted_with_their_groups() -> None:
    # 8支抢险突击队|600余人: the people right after the groups' noun are their members
    s = one("县里调集8支抢险突击队600余人投入抢修。", "600余人")
    assert s.object == "抢险突击队"


@pytest.mark.parametrize(
    ("sentence", "surface", "place"),
    [
        # 11个乡镇|3万多人, 6个网格|820余户: the people live in the areas, they are no members
        ("当地已转移11个乡镇3万多人。", "3万多人", "乡镇"),
        ("社区把辖区分成6个网格820余户，逐户排查。", "820余户", "网格"),
    ],
)
def test_people_in_areas_are_not_their_members(sentence: str, surface: str, place: str) -> None:
    assert one(sentence, surface).object != place


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verbal noun before a route or shop head is inside the compound (stats_compound_heads)
        ("景区今年推出23条精品徒步线路。", "23条", "精品徒步线路"),
        ("合作社在城区开设了9家直营销售门店。", "9家", "直营销售门店"),
    ],
)
def test_route_and_shop_heads(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_place_word_after_people_ends_the_object() -> None:
    # 户|受灾农户|家中/s: where the households' things are, not what is counted
    assert one("入冬前，1800多户居民家中暖气全部接通。", "1800多户").object == "居民"
    assert one("入冬前，近2600户困难群众家中暖气全部接通。", "近2600户").object == "困难群众"


def test_set_phrase_before_the_predicate_is_counted() -> None:
    # 近万件|珍贵文物/i|迁入/v: a set phrase jieba keeps whole is the counted noun before the verb
    from pipeline.quantities.object_words import _lone_word
    from pipeline.quantities.pieces import Piece

    text = "近万件珍贵文物迁入新馆"
    pieces = [Piece(0, 3, role="NUM"), Piece(3, 7, pos="i"), Piece(7, 9, pos="v"), Piece(9, 11, pos="n")]
    assert _lone_word(pieces, 1, text, "count")
    assert not _lone_word(pieces, 1, text, "amount")


def test_expectation_verb_is_no_object() -> None:
    # 有望 before the figure is a predicate word (as 预计), not part of what is measured
    s = one("今年，全县电商销售额有望突破8000万元。", "突破8000万元")
    assert s.object == "电商销售额"


def test_people_composing_a_group() -> None:
    # 由N人|组成|的|队伍: the members are counted as the group they make
    s = one("由260多人组成的医疗服务队深入各村巡诊。", "260多人")
    assert s.object == "医疗服务队"


def test_position_phrase_before_households() -> None:
    # 水库|周边|的|30户|120名群众: the phrase says where they live; the households are the people's
    s = one("截至目前，水库周边的30户120名群众已转移。", "30户")
    assert s.object == "群众"
