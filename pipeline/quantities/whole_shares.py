"""A share right after 其中 (stats_whole_pronouns: 总面积N万亩，其中|40%为…): the share is of
the whole the clause before counted, so it takes the object of the figure of that clause. Used
by `rows` after the other context rules, for shares still with no object."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece

_WHOLE_PRONOUNS = frozenset(lexicons.words("stats_whole_pronouns"))
_SHARE_KINDS = ("percent", "fraction")
_CLAUSE_MARKS = ("，", ",", "；", ";")
_SENTENCE_ENDS = ("。", "！", "？", "\n")


def _after_whole_pronoun(pieces: list[Piece], first: int, text: str) -> bool:
    """Whether 其中 (after a clause mark) stands right before the share's first piece."""
    k = first - 1
    return (
        k >= 1
        and not pieces[k].role
        and _word(text, pieces[k]) in _WHOLE_PRONOUNS
        and _word(text, pieces[k - 1]) in _CLAUSE_MARKS
    )


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
