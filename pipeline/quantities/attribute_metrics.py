"""An amount right after an attribute metric whose 总 jieba cut off (项目|总|投入|12亿元): the object is
the metric, with the owner written right before it.

A metric noun (stats_metric_nouns: 总投资, 总投入, 总产值, 总面积) right before the figure, past the
predicate words between them (超, 达, 约为), names what the figure measures. jieba cuts 总 off some
of them as a distinguishing word (总/b|投入/v, 总/b|投资/vn), and the readers of `objects` then
find no noun there and leave the amount without an object. Where no object was found and the
cut metric is there, the object is the metric with the plain nouns right before it (项目|总投入)
as its owner, as the subject reader keeps them (花卉|产值). Where the figure is followed by 的 and
a noun (总投资约40亿元的|跨江大桥), the objects reader's noun stays: the annotated pages give the
thing that has the attribute there (总长N公里的老街 -> 老街). Used by `rows` after `objects`.
"""

from __future__ import annotations

from pipeline.quantities.object_words import _METRIC, _PREDICATE_WORDS, _skip_back, _word
from pipeline.quantities.pieces import Found, Piece

_KINDS = ("amount",)
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
    if st.obj:
        return st.obj
    i = _skip_back(pieces, st.pieces[0] - 1, text, _PREDICATE_WORDS)
    a = _metric_start(pieces, i, text)
    if a is None:
        return st.obj
    return text[pieces[_owner_start(pieces, a)].start : pieces[i].end]
