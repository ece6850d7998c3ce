"""The time metric a duration measures (开办时间由平均N天压缩为N天, 建设工期平均缩短
N天): a duration with no object otherwise, whose clause (or the clause before, through a
duration of its own) opens with a noun naming a length of time (stats_time_metric_nouns),
measures that noun. Used by `rows` after `context_objects.duration_subject`."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_TIME_METRICS = tuple(lexicons.words("stats_time_metric_nouns"))
# what may stand between the metric and the duration: adverbs, verbs of change, frame
# prepositions, locatives, particles, adjectives of averaging (平均), figures and a clause mark
_BETWEEN_POS = ("d", "ad", "a", "v", "p", "f", "u", "x")
_CLAUSE_MARKS = ("，", ",")
_MAX_BACK = 14
_RUN_POS = ("n", "nz", "vn", "ng")


def duration_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase of the time metric before a duration (开办|时间|由…平均|2天), or ""."""
    k, marks = st.pieces[0] - 1, 0
    while k >= 0 and st.pieces[0] - k <= _MAX_BACK:
        p, w = pieces[k], _word(text, pieces[k])
        if p.role:
            k -= 1
            continue
        if p.pos.startswith(NOUN_POS) and p.pos != "f":
            return _metric_run(pieces, k, text) if w.endswith(_TIME_METRICS) else ""
        if w in _CLAUSE_MARKS:
            marks += 1
        if marks > 1 or not p.pos.startswith(_BETWEEN_POS) or (w[:1] in "。；;！？!?"):
            return ""
        k -= 1
    return ""


def _metric_run(pieces: list[Piece], end: int, text: str) -> str:
    """The metric noun with the nouns and verbal nouns before it (项目|建设|工期, 开办|时间), and
    a verb between two of them (企业|开办|时间)."""
    i = end
    while i > 0 and not pieces[i - 1].role and (
        pieces[i - 1].pos in _RUN_POS
        or (pieces[i - 1].pos == "v" and i > 1 and not pieces[i - 2].role and pieces[i - 2].pos in _RUN_POS)
    ):
        i -= 1
    return text[pieces[i].start : pieces[end].end]
