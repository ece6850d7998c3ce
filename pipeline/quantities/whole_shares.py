"""A share right after 其中 (stats_whole_pronouns: 总面积N万亩，其中|40%为…): the share is of
the whole the clause before counted, so it takes the object of the figure of that clause. So does
a count of the whole's measure after 其中 that names no noun of its own (9处…，其中|4处|安装了), but
no count of people, whom their verb names.
Used by `rows` after the other context rules, for figures still with no object."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _PEOPLE_UNITS, _word
from pipeline.quantities.pieces import Found, Piece

_WHOLE_PRONOUNS = frozenset(lexicons.words("stats_whole_pronouns"))
_SHARE_KINDS = ("percent", "fraction")
_CLAUSE_MARKS = ("，", ",", "；", ";")
_SENTENCE_ENDS = ("。", "！", "？", "\n")
_ASPECTS = ("了", "过", "着")


def _after_whole_pronoun(pieces: list[Piece], first: int, text: str, mark: bool = True) -> bool:
    """Whether 其中 (after a clause mark, where `mark`) stands right before the figure's first
    piece."""
    k = first - 1
    return (
        k >= 1
        and not pieces[k].role
        and _word(text, pieces[k]) in _WHOLE_PRONOUNS
        and (not mark or _word(text, pieces[k - 1]) in _CLAUSE_MARKS)
    )


def _bare_part(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether a count after 其中 names no noun of its own: nothing after its measure but a verb
    or the clause's end (其中|4处|安装了…, 修复了其中|五艘|，), so no object or a verb read as one."""
    nxt = st.pieces[-1] + 1
    while nxt < len(pieces) and not pieces[nxt].role and pieces[nxt].pos == "d":
        nxt += 1  # 其中|8个|已|完成
    if nxt >= len(pieces) or _word(text, pieces[nxt]) in (*_CLAUSE_MARKS, *_SENTENCE_ENDS):
        return True
    verb = _word(text, pieces[nxt])
    aspect = nxt + 1 < len(pieces) and _word(text, pieces[nxt + 1]) in _ASPECTS  # any tag before 了: a verb
    return not pieces[nxt].role and (pieces[nxt].pos == "v" or aspect) and (not st.obj or st.obj == verb)


def counts_of_whole(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A count right after 其中 that names no noun of its own (`_bare_part`) counts what the last
    count of its measure before it in the sentence counts (9处污水处理站，其中|4处|…)."""
    for n, st in enumerate(stats):
        if st.kind != "count" or st.unit in _PEOPLE_UNITS:
            continue  # people with no noun are named by their verb (as the ellipsis leaves them)
        if not _after_whole_pronoun(pieces, st.pieces[0], text, mark=False):
            continue
        if not _bare_part(st, pieces, text):
            continue
        whole = next((p for p in reversed(stats[:n]) if p.kind == "count" and p.unit == st.unit), None)
        if whole is None or not whole.obj or any(c in text[whole.end : st.start] for c in _SENTENCE_ENDS):
            continue
        st.obj = whole.obj


def share_of_whole(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A share with no object right after ，其中 takes the object of the last figure before it in
    the same sentence (the whole), not a share or a duration itself."""
    for n, st in enumerate(stats):
        if st.obj or st.kind not in _SHARE_KINDS or not _after_whole_pronoun(pieces, st.pieces[0], text):
            continue
        whole = next((p for p in reversed(stats[:n]) if p.kind not in ("duration", "age")), None)
        if whole is None or not whole.obj or whole.kind in _SHARE_KINDS:
            continue
        if any(c in text[whole.end : st.start] for c in _SENTENCE_ENDS):
            continue
        st.obj = whole.obj
