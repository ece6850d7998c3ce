"""A bare scaled figure (观看人数|超过3000万, 接待|人次|突破2000万: 万 or 亿 with no measure word
after it, or before 元) after a metric noun: the figure is the metric's value, so the object
keeps the metric and the compound that names it.

A count stops its object before a metric noun (4个乡镇|降雨量: the measure word counts the
things named first). A scaled figure with no measure word has nothing of its own to count:
the metric right before it (stats_metric_nouns, a metric ending of stats_metric_suffixes, the
measure of visits 人次 written as a noun), past the predicate words between them (达, 突破),
is what it gives. Where the object stops right before that metric (景区游客接待|人数|达80万 read
景区游客接待), the metric is put back; where the object is the metric alone (游客|接待|人次 read
人次), it is read back over the words of its compound: plain nouns and the verbs and prepositions
jieba cut inside it (社保卡|领/v|用/p|人数), up to a clause mark, a scope word (全国), a place, a
time word or a pronoun. Used by `rows._finish`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _PREDICATE_WORDS, _SCOPES, _skip_back, _word, is_metric_word
from pipeline.quantities.pieces import Found, Piece

# scale words kept in the written unit (万, 亿, 万亿: stats_scale_words marked written)
_SCALES = tuple(r[0] for r in lexicons.rows("stats_scale_words") if r[1:2] == ("written",))
_MONEY = "元"  # 亿元: a scale before 元 alike
_VISITS = "人次"  # the measure of visits written as a noun (接待|人次): a metric of a count
_COMPOUND_POS = ("n", "nz", "ng", "j", "v", "vn", "p")  # words inside a metric's compound
_COMPOUND_MOST = 4  # words read back over


def _bare_scaled(st: Found, text: str) -> bool:
    """Whether the figure ends in a scale word with no measure word, or before 元 (80亿, 3万元)."""
    written = text[st.start : st.end]
    return (not st.unit and written.endswith(_SCALES)) or (
        st.unit == _MONEY and written[: -len(_MONEY)].endswith(_SCALES)
    )


def _compound_start(pieces: list[Piece], i: int, text: str) -> int:
    """The first word of the metric's compound that ends at pieces[i] (see the module)."""
    k = i
    while k > 0 and i - k < _COMPOUND_MOST:
        p = pieces[k - 1]
        w = _word(text, p)
        if p.role or p.pos not in _COMPOUND_POS or w in _SCOPES or w in _PREDICATE_WORDS:
            break
        k -= 1
    while k < i and pieces[k].pos in ("v", "p"):
        k += 1  # the compound opens with a noun (接待|人次 alone stays 人次 … unless a noun is before)
    return k


def with_scaled_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """The object of a bare scaled figure with the metric before it kept (see the module)."""
    if not st.pieces or not _bare_scaled(st, text):
        return st.obj
    i = _skip_back(pieces, st.pieces[0] - 1, text, _PREDICATE_WORDS)
    if i < 0 or pieces[i].role:
        return st.obj
    metric = _word(text, pieces[i])
    if not (is_metric_word(metric) or metric == _VISITS):
        return st.obj
    if st.obj and text[: pieces[i].start].endswith(st.obj):
        return st.obj + metric  # 景区游客接待|人数: the metric put back
    if st.obj == metric:
        return text[pieces[_compound_start(pieces, i, text)].start : pieces[i].end]
    return st.obj
