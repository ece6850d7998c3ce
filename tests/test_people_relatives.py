"""A relative clause right after a people measure, opened by a preposition or a passive word
and closed by 的, before a noun naming people: that noun is counted, not the verb before the
figure; a passive word alone before the 的 is the people's own verb
(quantities/people_relatives.py). Sentences invented in the style of the 新闻联播 corpus; none
is copied from a gold page or a review story."""

from __future__ import annotations

import pytest

from tests.test_statistics import one


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a clause opened by a preposition: the people after its 的, not the verb before the figure
        ("消防队员连夜救出9名在垮塌中受伤的矿工。", "9名", "矿工"),
        ("医疗队已接诊31位在洪水中受伤的群众。", "31位", "群众"),
        # a passive word alone before 的 and a noun naming no people: the people's own verb
        ("山体滑坡造成7人被困的隧道已经打通。", "7人", "被困"),
        # a passive clause with its agent before a people noun (already read, kept)
        ("武警官兵转移了460名被洪水围困的村民。", "460名", "村民"),
    ],
)
def test_people_after_relative_clause(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_clause_before_a_thing_is_no_people() -> None:
    """在…的 + a noun naming no people: the clause says where, the reading of people stays out."""
    s = one("当天共有12名在场的记者见证了签约。", "12名")
    assert s.object == "记者"


@pytest.mark.parametrize(
    ("sentence", "surface", "obj"),
    [
        # a verb alone between the count and 的 before a thing: the people's own verb, not the
        # frame word before the figure
        ("这场原本计划60人参加的活动，最终来了90人。", "60人", "参加"),
        ("按照规划500人入住的公寓楼已经封顶。", "500人", "入住"),
        # after a pivot verb (already read, kept)
        ("学校组织约600人参加的运动会今天开幕。", "约600人", "参加"),
    ],
)
def test_own_verb_before_de(sentence: str, surface: str, obj: str) -> None:
    assert one(sentence, surface).object == obj


def test_people_before_the_count_stay() -> None:
    """A noun naming people right before the count is who is counted (党员|N人|参加|的)."""
    assert one("退休党员46人参加的宣讲团成立了。", "46人").object == "退休党员"
