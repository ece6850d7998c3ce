"""What a rate measures where a growth-rate noun stands between its subject and the figure (装机
规模|年均|增速/v|38.7%, 零售额|同比|增速|都|超过|10%, 经济|增速|向下|修正|至|0.7%, 期货价格|盘中|
跌幅|一度|接近|20%): jieba tags the rate noun (stats_rate_nouns: 增速) v in these contexts, so the
readers before the number stop at it and the figure was left with no object. The object is the
noun phrase before the rate noun, past a period word (年均: stats_period_words), a comparison
adverb (同比, 环比) and a place-time word (盘中/s) (GUIDELINES.md: what is counted, as written
nearby; as for 出口年均增长43% the subject whose rate it is, not the rate word). Between the rate
noun and the figure only adverbs, verbs and prepositions of the predicate stand (都, 一度, 向下|修正|至).
A list closed by 等 is such a subject (家电、家具|等|增速|超过N%: the list with its 等). A noun
phrase right after a count (8个|省份|增速|超过15%) names things counted, not a metric: none.
Percents and ratios with no object only; used by `rows` as a last resort."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _SCOPES, _word
from pipeline.quantities.pieces import Found, Piece

_RATE_NOUNS = frozenset(lexicons.words("stats_rate_nouns"))  # 增速, 增幅, 跌幅
_PERIODS = frozenset(lexicons.words("stats_period_words"))  # 年均, 日均
_COMPARED = ("同比", "环比")  # 零售额|同比|增速: against when, not what
_KINDS = ("percent", "ratio")
_PREDICATE_POS = ("d", "ad", "v", "p", "mq")  # 都, 一度/mq, 向下|修正|至/p
_BETWEEN_POS = ("s", "t")  # 价格|盘中/s|跌幅: when the rate was taken
_RUN_POS = ("n", "nz", "ng", "vn", "j", "nt")  # 新能源|装机|规模, 全科医师/nt
_NOUN_HEAD_POS = ("n", "nz", "ng", "j", "nt")


def _rate_noun_before(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index of a rate noun before pieces[k + 1], past the predicate's words; else None."""
    while k >= 0 and not pieces[k].role and _word(text, pieces[k]) not in _RATE_NOUNS:
        if pieces[k].pos not in _PREDICATE_POS:
            return None
        k -= 1
    return k if k >= 0 and not pieces[k].role else None


_LIST_END = "等"  # 家电、家具|等|增速: the list whose rate it is
_LIST_MARKS = ("、",)


def _list_end(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] is the 等 that closes a list of nouns (家电、家具|等|增速)."""
    return k >= 1 and not pieces[k].role and _word(text, pieces[k]) == _LIST_END and not pieces[k - 1].role


def _list_mark(pieces: list[Piece], k: int, text: str) -> bool:
    """、 between the nouns of a list (家电|、|家具)."""
    return _word(text, pieces[k]) in _LIST_MARKS and k > 0 and pieces[k - 1].pos in _NOUN_HEAD_POS


def _frame_word(p: Piece, text: str) -> bool:
    """A period word, a comparison adverb or a place-time word between the subject and its rate."""
    w = _word(text, p)
    return not p.role and (w in _PERIODS or w in _COMPARED or p.pos in _BETWEEN_POS)


def rate_subject(st: Found, pieces: list[Piece], text: str) -> str:
    """The subject of the rate noun before a percent or ratio with no object; else ''."""
    if st.obj or st.kind not in _KINDS or not st.pieces:
        return ""
    r = _rate_noun_before(pieces, st.pieces[0] - 1, text)
    if r is None:
        return ""
    k = r - 1
    while k >= 0 and _frame_word(pieces[k], text):
        k -= 1
    end = k
    listed = _list_end(pieces, k, text)
    k -= 1 if listed else 0
    while k >= 0 and not pieces[k].role and (
        (pieces[k].pos in _RUN_POS and _word(text, pieces[k]) not in _SCOPES)
        or (listed and _list_mark(pieces, k, text))
    ):
        k -= 1
    if k == end or pieces[end - (1 if listed else 0)].pos not in _NOUN_HEAD_POS:
        return ""
    if k >= 0 and pieces[k].role:
        return ""  # 有8个|省份|增速|超过15%: things counted, each with its own rate, no metric
    return text[pieces[k + 1].start : pieces[end].end]
