"""A word of averaging cut off a noun object read before the number.

平均 and 日均 before a verb are adverbs of the predicate (平均|增长, 日均|发送|旅客), so they
are predicate words (stats_predicate_words) and the object readers stop at them. Right
before a noun they make it a mean, which is what the figure gives (平均年龄都在70岁以上 ->
平均年龄, the README's example; 平均|亩产|达到…, 平均|停留时间|由…延长至…). Where one stands
right before an object read before the number in the same clause and the object ends in a
noun (not a verb: 平均|节水|一半), it is put back in front.

Word class is data: stats_average_words in `pipeline/lexicons/`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _ACTION_UNITS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import action_of, subject_before

_AVERAGE = frozenset(lexicons.words("stats_average_words"))
_NOUN_END = ("n", "nz", "ng", "j", "l", "an", "vn")  # the object's last word: a noun or verbal noun (亩产/vn)


def with_average_word(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the word of averaging right before it (平均|亩产)."""
    span = located(st, pieces, text)
    if span is None or span[0] < 1 or pieces[span[1]].pos not in _NOUN_END:
        return st.obj
    p = pieces[span[0] - 1]
    return _word(text, p) + st.obj if not p.role and _word(text, p) in _AVERAGE else st.obj


_SENTENCE_ENDS = "。！？!?\n"


def carry_past_average(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A figure whose object is a word of averaging alone (…517.9万人次，日均|172.6万人次) names
    no counted thing: the word is the frame of a mean of what the figure before it in the
    sentence counts, when that one has the same unit; else people counted are named by their
    verb (日均|N万人次|出入境, as 28人|报名), and other figures measure the subject before the
    predicate the word follows, if any (减产总额|为|日均|N桶)."""
    for n, st in enumerate(stats):
        if st.obj not in _AVERAGE:
            continue
        prev = next((p for p in reversed(stats[:n]) if p.unit == st.unit), None)
        ok = (
            prev is not None
            and prev.obj
            and prev.obj not in _AVERAGE
            and not any(c in text[prev.end : st.start] for c in _SENTENCE_ENDS)
        )
        if ok and prev is not None:
            st.obj = prev.obj
        elif st.unit in _ACTION_UNITS:
            st.obj = action_of(pieces, st, text)
        else:
            st.obj = _subject_before_average(st, pieces, text)


def _subject_before_average(st: Found, pieces: list[Piece], text: str) -> str:
    """减产总额|为|日均|N桶: the word of averaging after the predicate is the figure's frame (per
    day), as a rate's 每天 is; the subject before the predicate is what the figure measures."""
    k = st.pieces[0] - 1 if st.pieces else -1
    if k < 1 or pieces[k].role or _word(text, pieces[k]) not in _AVERAGE:
        return ""
    return subject_before(pieces, k, text, st.kind)
