"""A bracketed qualifier between the subject of a clause and the predicate its figure completes
(运输机场|（不含通用机场）|达|N个, 工业投资|（不含电力）|完成|N亿元, 景气指数|（BCI）|为|N%):
the aside narrows or abbreviates the noun before it, and the subject is that noun. The readers
of a subject (`subjects.subject_before`, `count_subjects`, `topic_subjects`) stop at the closing
bracket, so the figure was left with no object.

Here such an aside is taken out of the pieces the object readers see: a bracket that closes
right before the figure or before the adverbs and predicate words (stats_predicate_words: 达,
完成, 同比, 累计) in front of it, with one verb among them (累计|开行), that opens right after a noun,
and that holds a few words with no figure and no clause mark. Brackets after a measure
(N个省（区、市）) and brackets with a figure inside are left alone. Durations, ages and frequencies
are not read back from a subject, so their pieces are left as they are. Used by `rows` with the
other passes over the pieces, for objects only; the statistics' piece indices are moved."""

from __future__ import annotations

from pipeline.quantities.object_parts import _CLOSE_B, _OPEN_B
from pipeline.quantities.object_words import _CLAUSE_MARKS, _PREDICATE_WORDS, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_BETWEEN_POS = ("d", "ad")  # 已|超, 同比|上涨: adverbs between the aside and the figure
_MAX_BETWEEN = 3  # adverbs and predicate words between the aside and the figure
_MAX_INSIDE = 6  # words inside the aside: a qualifier or an abbreviation, not a clause
_SKIP_KINDS = ("duration", "age", "frequency")


def _past_predicate(pieces: list[Piece], k: int, text: str) -> int:
    """The index before the adverbs and predicate words that end at pieces[k], and one verb
    among them (累计|开行|N列: the verb of the figure's predicate)."""
    n, verbs = 0, 0
    while k >= 0 and n < _MAX_BETWEEN and not pieces[k].role:
        p = pieces[k]
        if p.pos == "v" and _word(text, p) not in _PREDICATE_WORDS:
            verbs += 1
            if verbs > 1:
                break
        elif p.pos not in _BETWEEN_POS and _word(text, p) not in _PREDICATE_WORDS:
            break
        k, n = k - 1, n + 1
    return k


def _aside_opening(pieces: list[Piece], close: int, text: str) -> int | None:
    """The index of the bracket opening the aside that closes at pieces[close], where it holds
    words only (no figure, no clause mark) and follows a noun; else None."""
    if close < 2 or pieces[close].role or _word(text, pieces[close])[:1] not in _CLOSE_B:
        return None
    k = close - 1
    while k > 0 and close - k <= _MAX_INSIDE:
        p, w = pieces[k], _word(text, pieces[k])
        if p.role or w in _CLAUSE_MARKS or w[:1] in _CLOSE_B:
            return None
        if w[:1] in _OPEN_B:
            before = pieces[k - 1]
            noun = not before.role and before.pos.startswith(NOUN_POS) and before.end == p.start
            counted = k >= 2 and bool(pieces[k - 2].role)  # N个|省|（区、市）|M个县: a count's noun
            return k if noun and not counted and k < close - 1 else None
        k -= 1
    return None


def without_subject_asides(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces without the bracketed asides between a subject noun and its figure's
    predicate; the statistics' piece indices moved."""
    drop: set[int] = set()
    for st in stats:
        if st.kind in _SKIP_KINDS or not st.pieces:
            continue
        close = _past_predicate(pieces, st.pieces[0] - 1, text)
        opening = _aside_opening(pieces, close, text) if close >= 0 else None
        if opening is not None:
            drop.update(range(opening, close + 1))
    if not drop:
        return pieces
    moved: dict[int, int] = {}
    out: list[Piece] = []
    for k, p in enumerate(pieces):
        if k not in drop:
            moved[k] = len(out)
            out.append(p)
    for st in stats:
        st.pieces = [moved[k] for k in st.pieces]
    return out
