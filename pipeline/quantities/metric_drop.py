"""Where a count's object lies when it drops the metric noun before the number (a count stops
before a metric noun: 社区养老助餐点|总数|超2000个) and jieba tags the word before the metric b:
a one-character attribute (总|人数) belongs to the metric, so it is dropped with it and the
nouns before it are counted (游客|总|人数 -> 游客; with no noun before it the metric stays); a
longer one names who is counted (参保|人数: the number of the insured, as 招聘|人数), so the
metric stays with it; so does a number of people (人数) after a verb, a verbal noun or a set
phrase jieba tags l (日均|出入境/l|人数): what the people do, no people to count by themselves.
Used by `objects` and `subjects`."""

from __future__ import annotations

from pipeline.quantities.object_words import _SCOPES, _word
from pipeline.quantities.pieces import Piece

_COUNTED_POS = ("n", "nz", "ng", "vn", "j", "l")  # not a place, a time or a name
_DOING_POS = ("v", "vn", "l")  # 出入境/l|人数, 就业/vn|人数: what the people counted do
_PEOPLE_METRIC = "人数"


def count_metric_span(pieces: list[Piece], before: int, end: int, text: str) -> tuple[int, int]:
    """(index before the first piece, last piece) of a count's object running from
    pieces[before + 1] to the metric noun at pieces[end] that the count drops."""
    k = end - 1
    if not pieces[k].role and pieces[k].pos in _DOING_POS and _word(text, pieces[end]) == _PEOPLE_METRIC:
        return before, end  # 出入境|人数: the metric names what the people do, it stays
    if pieces[k].role or pieces[k].pos != "b":
        return before, k
    if len(_word(text, pieces[k])) > 1:
        return before, end  # 养老保险|参保|人数: the attribute names who is counted, the metric stays
    j = k - 1
    while j >= 0 and _counted(pieces[j], text):
        j -= 1
    if j == k - 1:
        return before, end  # 参保|人数: nothing counted before the attribute, the metric stays
    return min(before, j), k - 1  # 游客|总|人数


def _counted(p: Piece, text: str) -> bool:
    return not p.role and p.pos in _COUNTED_POS and _word(text, p) not in _SCOPES
