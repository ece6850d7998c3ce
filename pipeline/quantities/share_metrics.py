"""A share metric made of the share verb and 比 (占比) that jieba did not keep as one noun right
before a figure: glued onto the adverb after it (占/v|比约/d|51%, 占/v|比已/d|达|九成) or tagged
a verb (占比/v|超|40%, 资金|占比/v|不低于|50%). Put back as one noun, so
that the noun phrase before it is read with it as the share's subject (县域商户占比), as the
tuning annotations write X占比 (出行客流占比由…提高到…); `join_cut_metrics` (object_edges) does
the same for 占|比 and 占|比达. So is any metric noun of stats_metric_nouns that jieba tags a
verb after a noun and before a figure (营收|增速/v|超过N%, 客运量|增速/v|超N%). Used by `rows` on
the pieces before the objects are read.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.quantities.object_words import _METRIC, _word
from pipeline.quantities.pieces import Piece

_SHARE_VERBS = tuple(w for w, role in lexicons.rows("stats_share_words") if role == "verb")
# metric nouns of two characters that open with a one-character share verb: 占比
_SHARE_METRICS = frozenset(m for m in _METRIC if len(m) == 2 and m[:1] in _SHARE_VERBS)
_ADVERB_POS = ("d",)
_BEFORE_METRIC_POS = ("n", "nz", "vn", "j", "v")  # 贷款|增速, 快递|量|增速, 输送|占比
# verbs of reaching a figure (stats_predicate_words opening with 达 or 超): 占比|达到|N%
_PREDICATE_WORDS = frozenset(lexicons.words("stats_predicate_words"))
_REACHING = frozenset(w for w in _PREDICATE_WORDS if w.startswith(("达", "超")))


# 较 glued after 比 by jieba (占|比较/d): the marker of a comparison after the share metric
_COMPARE_MARKERS = ("较",)
_COMPARED_SPAN = 5  # base and verb of change: 去年同期|提升, 上年|同期|提高
_CLAUSE_MARKS = "，。；：！？、"


def _before_figure(pieces: list[Piece], k: int) -> bool:
    """A figure or its marker stands at pieces[k]. Not a frame (占比/v|由…的3.3%|提高到): there
    a quantity of the share's modifier (1000公里以上的|出行客流|占比) must not read 占比 in."""
    return k < len(pieces) and bool(pieces[k].role)


def _glued(pieces: list[Piece], k: int, text: str) -> bool:
    """占/v|比约/d: the share verb, then 比 glued onto an adverb, before a figure, its marker or
    one word and a figure (占|比已|达|九成)."""
    a, b = pieces[k], pieces[k + 1]
    w = _word(text, b)
    return (
        not a.role
        and not b.role
        and a.end == b.start
        and b.pos in _ADVERB_POS
        and len(w) == 2
        and _word(text, a) + w[:1] in _SHARE_METRICS
        and k + 2 < len(pieces)
        and (
            _before_figure(pieces, k + 2)
            or (not pieces[k + 2].role and _before_figure(pieces, k + 3))
            or (w[1:] in _COMPARE_MARKERS and _compared_figure(pieces, k + 2, text))
        )
    )


def _compared_figure(pieces: list[Piece], k: int, text: str) -> bool:
    """A figure within the next few pieces of the clause, after a comparison's base and its verb
    (占|比较/d|去年同期|提升|N个百分点: 占比, then the 较 of the comparison)."""
    for j in range(k, min(k + _COMPARED_SPAN, len(pieces))):
        if _before_figure(pieces, j):
            return True
        if _word(text, pieces[j])[:1] in _CLAUSE_MARKS:
            return False
    return False


def _tagged_verb(pieces: list[Piece], k: int, text: str) -> bool:
    """占比/v right before a figure or its marker, or before a verb of reaching and a figure
    (占比/v|达到|70%)."""
    p = pieces[k]
    if p.role or p.pos != "v" or _word(text, p) not in _SHARE_METRICS:
        return False
    reaching = k + 2 < len(pieces) and not pieces[k + 1].role and _word(text, pieces[k + 1]) in _REACHING
    return _before_figure(pieces, k + 1) or (reaching and _before_figure(pieces, k + 2))


def _reaches_figure(pieces: list[Piece], k: int, text: str) -> bool:
    """A figure or its marker at pieces[k], or after adverbs (将|超过N%) or a verb of reaching
    (达到|N%) there."""
    while k < len(pieces) and not pieces[k].role and pieces[k].pos in _ADVERB_POS:
        k += 1
    if k < len(pieces) and not pieces[k].role and _word(text, pieces[k]) in _REACHING:
        k += 1
    return _before_figure(pieces, k)


def _metric_tagged_verb(pieces: list[Piece], k: int, text: str) -> bool:
    """营收|增速/v|超过N%, 风电|发电|占比/v|将|超过N%: a metric noun (stats_metric_nouns) jieba tags
    a verb, after a noun or a verb of the metric, before a figure: the metric, not a predicate."""
    p = pieces[k]
    if p.role or p.pos != "v" or _word(text, p) not in _METRIC or k == 0 or pieces[k - 1].role:
        return False
    before = pieces[k - 1]
    if _word(text, before) in _PREDICATE_WORDS:
        return False  # X|同比|增速/v|超过N%: after 同比 the subject is read before it
    if k >= 2 and pieces[k - 2].role:
        return False  # 8个|省份|增速/v|超过N%: the noun is a count's, the rate each one's
    return before.pos in _BEFORE_METRIC_POS and _reaches_figure(pieces, k + 1, text)


def share_metrics_as_nouns(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with 占|比X/d cut anew into 占比/n|X/d and 占比/v before a figure or a marker
    tagged n. The number and order of pieces stay, so the statistics' piece indices
    hold."""
    out = list(pieces)
    for k in range(len(pieces)):
        if k + 1 < len(pieces) and _glued(pieces, k, text):
            a, b = pieces[k], pieces[k + 1]
            out[k] = replace(a, end=b.start + 1, pos="n")
            out[k + 1] = replace(b, start=b.start + 1)
        elif _tagged_verb(pieces, k, text) or _metric_tagged_verb(pieces, k, text):
            out[k] = replace(pieces[k], pos="n")  # 占比/v|超|40%, 贷款|增速/v|超过N%
    return out
