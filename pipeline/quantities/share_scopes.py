"""A share whose clause opens after a group named with 中 (试点县中，已有60%实现…; 城市中已有
96%通上了高铁): the share is of that group. Used by `rows` after the other context rules, for
shares still with no object: the group is the object of a figure ending right before 中 (800多个
试点|中) or else the noun phrase before 中."""

from __future__ import annotations

from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import _noun_run_before

_AMONG = ("中", "当中", "之中")  # locatives of a group
_OPENING = ("有", "已有", "共有", "其中")  # 已有|60%: the existential before a share
_OPENING_POS = ("d", "ad")  # 已, 还
_CLAUSE_MARKS = ("，", ",")
_SHARE_KINDS = ("percent", "fraction")


def _among_at(pieces: list[Piece], first: int, text: str) -> int | None:
    """The index of 中 before a share's opening words (已有) and at most one clause mark."""
    k = first - 1
    while k >= 0 and not pieces[k].role and (
        _word(text, pieces[k]) in _OPENING or pieces[k].pos in _OPENING_POS
    ):
        k -= 1
    if k == first - 1:
        # no existential: 中 right after a noun is its group (人口|中|超过80%|是…); else none (其中70%?)
        return k if _among_after_noun(pieces, k, text) else None
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _CLAUSE_MARKS:
        k -= 1
    return k if k > 0 and not pieces[k].role and _word(text, pieces[k]) in _AMONG else None


_GROUP_POS = ("n", "nz", "vn", "j")


def _among_after_noun(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] is 中 (当中, 之中) right after a common noun."""
    return (
        k > 0
        and not pieces[k].role
        and _word(text, pieces[k]) in _AMONG
        and not pieces[k - 1].role
        and pieces[k - 1].pos in _GROUP_POS
    )


def share_of_scope(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A share with no object after X中(，)已有 is a share of X."""
    for st in stats:
        if st.obj or st.kind not in _SHARE_KINDS:
            continue
        k = _among_at(pieces, st.pieces[0], text)
        if k is None:
            continue
        start = pieces[k].start
        group = next((p for p in stats if p.obj and p.end <= start and text.endswith(p.obj, 0, start)), None)
        # 800多个|“…”试点|中: the object of the figure before is the group, quotes and all
        st.obj = group.obj if group is not None else _noun_run_before(pieces, k - 1, text, st.kind)
