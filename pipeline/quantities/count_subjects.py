"""A count that ends its clause after its predicate, with the thing counted as the clause's
subject (民宿|也|开了|70多家, 班列|累计|开行|3万列, 安置点|共有|233个): what is counted is the
noun phrase before the predicate. `subjects.subject_before` reads such a subject for amounts and
shares only (高标准茶园|已|建成|5万亩), since before a count of people the noun is the agent
(已|转移|300人 names no subject); here the measure must name things, an adverb (or 累计, 共) must
make the verb the predicate, or the verb must be one of being (有, 共有). Used by `rows` for
counts still with no object after the context rules (an earlier figure of the same unit is
what a later clause counts: 40处受损桥梁已修复32处)."""

from __future__ import annotations

from pipeline.quantities.object_words import (
    _ACTION_UNITS,
    _CLAUSE_END_MARKS,
    _PREDICATE_WORDS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import _noun_run_before

_EXISTENTIAL = ("有", "共有", "已有", "就有", "还有")  # X共有N个: X is counted
_ASPECT = "了"
_BETWEEN_POS = ("d", "ad", "vn")  # 也, 已经; 免费/vn before 发放
_MAX_BETWEEN = 2
_NOT_SUBJECT_POS = ("ns", "nt", "nr", "nrt", "s", "r", "t")  # a place, a name, a pronoun: no thing counted


def _ends_clause(pieces: list[Piece], last: int, text: str) -> bool:
    return last >= len(pieces) or (not pieces[last].role and _word(text, pieces[last]) in _CLAUSE_END_MARKS)


def count_subject(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase before the predicate a count of things completes at the end of its
    clause (民宿|也|开了|70多家), or ""."""
    if st.kind != "count" or not st.unit or st.unit in _ACTION_UNITS:
        return ""
    if not _ends_clause(pieces, st.pieces[-1] + 1, text):
        return ""  # 12个|乡镇…: a noun or a clause after the count
    k = st.pieces[0] - 1
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) == _ASPECT:
        k -= 1
    if k < 1 or pieces[k].role or pieces[k].pos != "v":
        return ""
    existential = _word(text, pieces[k]) in _EXISTENTIAL
    k -= 1
    n = 0
    while (
        k >= 0
        and n < _MAX_BETWEEN
        and not pieces[k].role
        and (pieces[k].pos in _BETWEEN_POS or _word(text, pieces[k]) in _PREDICATE_WORDS)
    ):
        k, n = k - 1, n + 1
    if k < 0 or (n == 0 and not existential) or pieces[k].role or pieces[k].pos in _NOT_SUBJECT_POS:
        return ""
    run = _noun_run_before(pieces, k, text, st.kind)
    first = next((i for i in range(k, -1, -1) if pieces[i].start == pieces[k].end - len(run)), k)
    if first > 0 and not pieces[first - 1].role and pieces[first - 1].pos == "r":
        return ""  # 该|公司|已开设|20家: a particular body is the agent, not what is counted
    return run
