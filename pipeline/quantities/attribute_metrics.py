"""An amount that gives an attribute metric of a thing (总投资超25亿元的产业园, 项目总投入12亿元):
the object is the metric, with the owner written right before it, not the thing after 的.

A metric noun (stats_metric_nouns: 总投资, 总投入, 总产值, 总面积) right before the figure, past the
predicate words between them (超, 达, 约为), names what the figure measures. Where the figure is
followed by 的 and a noun, that noun owns the metric (…超25亿元的|新能源产业园): the objects reader
takes the noun after 的, which the figure does not count. Where no object was found, the metric
is there but jieba cut its 总 off as a distinguishing word (总/b|投入/v): the figure measured it all
the same. In both cases the object is the metric, with the plain nouns right before it (项目|总投入)
as its owner, as the subject reader keeps them (花卉|产值). Used by `rows` after `objects`.
"""

from __future__ import annotations

from pipeline.quantities.object_words import _METRIC, _PREDICATE_WORDS, _skip_back, _word
from pipeline.quantities.pieces import Found, Piece

_KINDS = ("amount",)
_DE = "的"  # …亿元|的|产业园: the noun after it owns the metric
_OWNER_POS = ("n", "nz", "j", "ng")  # 项目|总投入: plain nouns before the metric, its owner
_OWNER_MOST = 2  # owner words read back


def _metric_start(pieces: list[Piece], i: int, text: str) -> int | None:
    """The index where a metric noun ending at pieces[i] starts: the listed word itself
    (总产值), or a prefix jieba cut off and the word after it (总/b|投资/vn, 总/b|投入/v)."""
    if i < 0 or pieces[i].role:
        return None
    w = _word(text, pieces[i])
    if i > 0 and not pieces[i - 1].role and _word(text, pieces[i - 1]) + w in _METRIC:
        return i - 1
    return i if w in _METRIC and pieces[i].pos.startswith(("n", "vn")) else None


def _owner_start(pieces: list[Piece], a: int) -> int:
    """The index of the first plain noun right before the metric (项目|总投入), a if none."""
    k = a
    while k > 0 and a - k < _OWNER_MOST and not pieces[k - 1].role and pieces[k - 1].pos in _OWNER_POS:
        k -= 1
    return k


def attribute_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """The object of an amount that gives a metric of a thing (see the module); else st.obj."""
    if st.kind not in _KINDS or not st.pieces:
        return st.obj
    last = st.pieces[-1] + 1
    after_de = last < len(pieces) and not pieces[last].role and _word(text, pieces[last]) == _DE
    if st.obj and not after_de:
        return st.obj
    i = _skip_back(pieces, st.pieces[0] - 1, text, _PREDICATE_WORDS)
    a = _metric_start(pieces, i, text)
    if a is None:
        return st.obj
    return text[pieces[_owner_start(pieces, a)].start : pieces[i].end]
