"""A length of time or a time adverb between a subject and its predicate (粮食产量|连续|10年|
稳定在|1.3万亿斤, 支出规模|首次|突破…): the subject is read back over the adverbial, as over an
adverb. Used by `subjects`."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _skip_back, _word
from pipeline.quantities.pieces import Piece

_CONTINUITY = frozenset(lexicons.words("stats_continuity_words"))
_TIME_ADVERBS = frozenset(lexicons.words("stats_time_adverbs"))
_DURATION_ROWS = [r for r in lexicons.rows("stats_units") if len(r) > 1 and r[1] == "duration"]
_DURATION_UNITS = frozenset(r[0] for r in _DURATION_ROWS) | frozenset(
    "个" + r[0] for r in _DURATION_ROWS if len(r) > 2 and r[2] in ("optional", "required")
)
_FIGURE_ROLES = ("NUM", "PRE")


def past_time_adverbials(pieces: list[Piece], i: int, text: str) -> int:
    """The index before the time adverbials that end at pieces[i]: 连续|N年 and the time adverbs
    jieba does not tag d (stats_time_adverbs: 首次, 如今), with the adverbs around them."""
    while True:
        k = past_duration_adverbial(pieces, i, text)
        if k == i and i >= 1 and not pieces[i].role and _word(text, pieces[i]) in _TIME_ADVERBS:
            k = _skip_back(pieces, i - 1, text, ())
        if k == i:
            return i
        i = k


def past_duration_adverbial(pieces: list[Piece], i: int, text: str) -> int:
    """The index before 连续|N年 (stats_continuity_words, a duration unit) when pieces[i] ends
    one, read back over the adverbs before it (已经|连续|两年); else i."""
    if i < 2 or pieces[i].role != "UNIT" or _word(text, pieces[i]) not in _DURATION_UNITS:
        return i
    k = i - 1
    while k >= 0 and pieces[k].role in _FIGURE_ROLES:
        k -= 1
    if k == i - 1 or k < 0 or pieces[k].role or _word(text, pieces[k]) not in _CONTINUITY:
        return i
    return _skip_back(pieces, k - 1, text, ())
