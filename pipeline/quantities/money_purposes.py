"""The purpose of a sum of money put in (投入|3亿元|用于|改造老旧小区, 累计投入|N万元|，|用于|灾后
重建): a sum with no object right after a verb of putting money in (stats_putting_verbs: 投入,
安排) and before a verb of use (stats_use_verbs: 用于), the comma and adverbs between them
allowed, is the money spent on the words after that verb up to the clause's end; the tuning gold
names what a sum is for where no noun of its own follows it. Used by `rows` as a last resort.

A verb of putting in read as the object by itself (投入|1.2万余人, 累计投入|5万人次: jieba lists
投入 as a noun) names no thing counted: no object (`without_putting_verb`)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _CLAUSE_END_MARKS, _word
from pipeline.quantities.pieces import Found, Piece

_PUTTING = frozenset(lexicons.words("stats_putting_verbs"))
_USE = frozenset(lexicons.words("stats_use_verbs"))
_MONEY_UNITS = ("元",)  # 亿元, 万元, 美元
_BETWEEN_POS = ("d", "ad")  # 专门, 主要
_COMMA = ("，", ",")
_MAX_PURPOSE = 8  # words of the purpose


def money_purpose(st: Found, pieces: list[Piece], text: str) -> str:
    """The words after 用于 up to the clause's end for a sum right after 投入/安排 with no
    object, or ""."""
    if st.obj or st.kind != "amount" or not (st.unit or "").endswith(_MONEY_UNITS) or st.pieces[0] == 0:
        return st.obj
    v = pieces[st.pieces[0] - 1]
    if v.role or _word(text, v) not in _PUTTING:
        return ""
    k = st.pieces[-1] + 1
    if k < len(pieces) and _word(text, pieces[k]) in _COMMA:
        k += 1
    while k < len(pieces) and not pieces[k].role and pieces[k].pos in _BETWEEN_POS:
        k += 1
    if k >= len(pieces) or pieces[k].role or _word(text, pieces[k]) not in _USE:
        return ""
    a = e = k + 1
    while e < len(pieces) and e - a < _MAX_PURPOSE and not pieces[e].role:
        if _word(text, pieces[e]) in _CLAUSE_END_MARKS:
            break
        e += 1
    ends = e == len(pieces) or _word(text, pieces[e]) in _CLAUSE_END_MARKS
    return text[pieces[a].start : pieces[e - 1].end] if e > a and ends else ""


def without_putting_verb(st: Found) -> str:
    """No object where it is a verb of putting in alone (投入|N人); else the object."""
    return "" if st.obj in _PUTTING else st.obj
