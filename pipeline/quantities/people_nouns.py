"""A noun right after a people measure (114.6万人次|残疾儿童|得到…, 300多人|抢险|队): the people
counted, when nothing before the number names them. Used by `objects` before the fallback (the
verb of the people: 28人|报名)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _METRIC, _PEOPLE_HEADS, _word
from pipeline.quantities.pieces import Piece

_NEEDS = tuple(lexicons.words("stats_need_nouns"))  # 难题, 需求: what the people need

_PEOPLE_NOUN_POS = ("n", "nz")  # a plain noun, not a verbal noun (5000人|参与/vn) or a place
_MODIFIER_POS = ("b",)  # 抢险/b|队: a distinguishing word before the noun


def noun_after_people(pieces: list[Piece], last: int, text: str) -> bool:
    """Whether a plain noun (or a distinguishing word and a noun) follows the measure at
    pieces[last - 1]; not a metric noun (3000人|规模)."""
    k = last
    if k < len(pieces) and not pieces[k].role and pieces[k].pos in _MODIFIER_POS:
        k += 1
    if k >= len(pieces) or pieces[k].role or pieces[k].pos not in _PEOPLE_NOUN_POS:
        return False
    return _word(text, pieces[k]) not in _METRIC


def unless_need(obj: str) -> str:
    """The noun phrase read after a people measure, unless it ends in a noun of need or
    difficulty (stats_need_nouns: N万人|用水难题, N人|就医需求): that phrase is what the people
    need, not who they are, so the count has no noun after it."""
    return "" if obj.endswith(_NEEDS) else obj


_RANGE_JOIN = "及"
_RANGE_WORDS = ("以上", "以下")


def past_age_range(pieces: list[Piece], last: int, text: str) -> int:
    """The index after a range written apart from an age (70岁|及|以上|老年人): the people the
    age is of follow the range, as they follow 60岁以上 (whose 以上 the figure takes); else
    ``last`` itself."""
    k = last
    if k + 1 < len(pieces) and not pieces[k].role and _word(text, pieces[k]) == _RANGE_JOIN:
        k += 1
    if k < len(pieces) and not pieces[k].role and _word(text, pieces[k]) in _RANGE_WORDS and k > last:
        return k + 1
    return last


_SET_PHRASE_POS = ("n", "nz", "l", "i")  # jieba's tags of set phrases it lists whole (加班加点/n)
_SET_PHRASE_LEN = 4  # a word of four characters or more: a set phrase, not a noun's head
_DEGREE_POS = ("a", "ad", "d")  # 严重/a|营养不良/l: a degree word before a set-phrase predicate


def _set_phrase(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] is a word jieba lists whole of four characters or more that names no
    people (加班加点/n, 拧成一股绳/l, 营养不良/l; not 一线工人/l)."""
    if k >= len(pieces) or pieces[k].role or pieces[k].pos not in _SET_PHRASE_POS:
        return False
    w = _word(text, pieces[k])
    return len(w) >= _SET_PHRASE_LEN and not w.endswith(_PEOPLE_HEADS)


def set_phrase_predicate(pieces: list[Piece], i: int, text: str, last: str) -> bool:
    """Whether pieces[i], after the people a people measure counts (the object's last word
    ``last``), opens their predicate: a set phrase jieba lists whole (N名|产业工人|加班加点,
    N名|党员、志愿者|拧成一股绳) after a noun naming people (stats_people_heads), or a degree
    word before a set phrase of jieba's idiom tags (N名|儿童|严重|营养不良). People are counted
    by a short noun; a long phrase jieba keeps whole after them says what they do or suffer."""
    if last.endswith(_PEOPLE_HEADS) and _set_phrase(pieces, i, text):
        return True
    return (
        not pieces[i].role
        and pieces[i].pos in _DEGREE_POS
        and _set_phrase(pieces, i + 1, text)
        and pieces[i + 1].pos in ("l", "i")
    )


_PASSIVE = "被"
_PASSIVE_NOUN_REACH = 3  # nouns read after the passive verb for the people's head (被|扣押|以方|人员)


def passive_people_end(pieces: list[Piece], j: int, text: str) -> int | None:
    """The index after 被 and its verb at pieces[j] when a noun naming people (stats_people_heads)
    follows within a few plain nouns (N名|被|扣押|人员, N名|被|困|群众): the passive is part of
    the people's name, which the readers would stop at (被 is a preposition); else None."""
    if j + 2 >= len(pieces) or any(p.role for p in pieces[j : j + 2]):
        return None
    if _word(text, pieces[j]) != _PASSIVE or pieces[j + 1].pos != "v":
        return None
    for k in range(j + 2, min(j + 2 + _PASSIVE_NOUN_REACH, len(pieces))):
        p = pieces[k]
        if p.role or p.pos not in _PEOPLE_NOUN_POS:
            return None
        if _word(text, p).endswith(_PEOPLE_HEADS):
            return j + 2
    return None
