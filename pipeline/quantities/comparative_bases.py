"""Comparative verbs of the form adjective + 于 (快于, 高于; stats_comparative_verbs): like 比 …
高, they open a comparison whose base follows them, so the noun between one and a figure
(快于|商品零售额|N个百分点) is the compared base, not what the figure measures; the figure
goes on about the subject of the clause before (X同比增长N%，快于…N个百分点). jieba writes the
verb as one word (高于/v) or as the adjective and 于 (快/a|于/p)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Piece

_COMPARATIVE_VERBS = frozenset(lexicons.words("stats_comparative_verbs"))
_CLAUSE_MARKS = "，,。；;！？!?：:"
_BASE_POS = (*NOUN_POS, "t", "b", "f", "v", "m")  # 上年|同期, 全国|增速/v, 全部|投资


def comparative_at(pieces: list[Piece], i: int, text: str) -> bool:
    """A comparative verb at pieces[i] (高于), or its 于 right after the adjective (快|于)."""
    if i < 0 or pieces[i].role:
        return False
    w = _word(text, pieces[i])
    if w in _COMPARATIVE_VERBS:
        return True
    if w != "于" or i == 0 or pieces[i - 1].role:
        return False
    return _word(text, pieces[i - 1]) + w in _COMPARATIVE_VERBS


def comparative_before(pieces: list[Piece], k: int, text: str, base_only: bool = False) -> int | None:
    """The index of the first piece of a comparative verb before pieces[k] in its clause (快 of
    快|于), or None; `base_only`: with only the words of the compared base between."""
    i = k
    while i >= 0 and not pieces[i].role and _word(text, pieces[i])[:1] not in _CLAUSE_MARKS:
        if comparative_at(pieces, i, text):
            return i - 1 if _word(text, pieces[i]) == "于" else i
        if base_only and not pieces[i].pos.startswith(_BASE_POS):
            return None
        i -= 1
    return None


def after_comparative_verb(pieces: list[Piece], k: int, text: str, base_only: bool = False) -> bool:
    """Whether a comparative verb stands before pieces[k] in its clause; `base_only`: with only
    the words of the compared base between (快于|商品零售额|N个百分点)."""
    return comparative_before(pieces, k, text, base_only) is not None
