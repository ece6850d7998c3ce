"""An adverbial word at the end of an object, cut off (issue 12, round 12).

Classes of words jieba tags as nouns or numerals sit between a subject and its predicate or
metric as adverbials: the time adverbs of a first occurrence (stats_time_adverbs: 首次, 首度, 首
as in 首超|N亿吨), the nouns of the whole or of degree (stats_whole_adverbs: 总体, 整体, 不同程度:
X|总体|规模|达到N, N亩|玉米|整体|长势|良好, N间|厂房|不同|程度|进水) and the predicate words
(stats_predicate_words: 旅游收入|预计/vn|将…, 票房|破|N亿元), the adverbs of modality and
continuation that mark a main predicate (stats_main_clause_words less its copulas: 关税总水平|仍/n|
保持在N%, where jieba tags the adverb a noun); and a verb jieba reads into the subject right
before 到 or 至 and the figure (合作社|发展/vn|到|N户). Before a share, a containment locative
(stats_containment_locatives: 中, 里) ends the phrase that names the whole the share is taken
among (入境外国人|中|N%|为…): the whole, not the locative, is the object. The object readers take them as
the last noun of the object (光伏发电量首, 重点专科总体, 玉米整体); such a word never
ends what a figure counts, so the object ends before it, where a noun of the object comes
before it. Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.jieba_dict import word_tags
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.trailing_predicates import _after_measure

_EDGE_WORDS = frozenset(lexicons.words("stats_time_adverbs"))
_EDGE_WORDS |= frozenset(lexicons.words("stats_whole_adverbs"))
_EDGE_WORDS |= frozenset(lexicons.words("stats_predicate_words"))  # 旅游收入|预计/vn|将…
_COPULAS = frozenset(w for w, role in lexicons.rows("roles_copulas") if role == "verb")
_EDGE_WORDS |= frozenset(lexicons.words("stats_main_clause_words")) - _COPULAS - {"成为"}  # 水平|仍/n
_AMONG = frozenset(lexicons.words("stats_containment_locatives"))  # 外国人|中|N%: among them
_SHARE_KINDS = ("percent", "fraction")
_REACHING = ("到", "至")  # 发展|到|N人: the preposition of the level reached, after its verb
_VERB_POS = ("v", "vn")


def _object_end(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the object's last piece: read after the measure, or read back from the
    figure (the object's last occurrence before it)."""
    span = _after_measure(st, pieces, text)
    if span is not None:
        return span[1]
    at = text.rfind(st.obj, 0, pieces[st.pieces[0]].start)
    if at < 0:
        return None
    end = at + len(st.obj)
    return next((k for k, p in enumerate(pieces) if p.end == end and p.start > at), None)


def _verb_before_reaching(st: Found, pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k], read back from the figure, is a verb before 到 or 至 and the figure
    (合作社|发展/vn|到|N户, 水位|回涨|至|N米): a preposition of the level reached follows a verb,
    so a verb, a verbal noun or a word jieba's dictionary does not know there is the
    predicate; a noun there stays (年龄|到|N岁 is no clause)."""
    p = pieces[k]
    if k + 2 >= len(pieces) or k + 2 != st.pieces[0] or _word(text, pieces[k + 1]) not in _REACHING:
        return False
    w = _word(text, p)
    return not p.role and len(w) > 1 and (p.pos in _VERB_POS or w not in word_tags())


def _among(st: Found, pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k], the object's last piece read back from a share right after it, is a
    containment locative after a noun (外国人|中|N%): the share is taken among the noun's things."""
    return (
        st.kind in _SHARE_KINDS
        and k + 1 == st.pieces[0]
        and not pieces[k].role
        and _word(text, pieces[k]) in _AMONG
        and not pieces[k - 1].role
        and pieces[k - 1].pos.startswith(NOUN_POS)
    )


def without_edge_adverb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without an adverbial word of time or of the whole at its end (see the module)."""
    if not st.obj:
        return st.obj
    k = _object_end(st, pieces, text)
    if k is None or k < 1:
        return st.obj
    if _after_measure(st, pieces, text) is None and _among(st, pieces, k, text):
        cut = len(st.obj) - (pieces[k].end - pieces[k].start)
        return st.obj[:cut] if cut > 0 else st.obj
    if _after_measure(st, pieces, text) is None and _verb_before_reaching(st, pieces, k, text):
        prev = pieces[k - 1]
        cut = len(st.obj) - (pieces[k].end - pieces[k].start)
        if not prev.role and prev.pos.startswith(NOUN_POS) and cut > 0:
            return st.obj[:cut]
    for j in (k, k - 1):  # the word is one piece or two (不同|程度)
        if j < 1 or any(p.role for p in pieces[j : k + 1]):
            continue
        if text[pieces[j].start : pieces[k].end] not in _EDGE_WORDS:
            continue
        prev = pieces[j - 1]
        cut = len(st.obj) - (pieces[k].end - pieces[j].start)
        if not prev.role and prev.pos.startswith(NOUN_POS) and cut > 0:
            return st.obj[:cut]
    return st.obj
