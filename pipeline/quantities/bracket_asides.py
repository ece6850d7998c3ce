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
other passes over the pieces, for objects only; the statistics' piece indices are moved.

An aside that abbreviates or widens the noun (a Latin code: 指数（CPI）; one short alternative
noun or a list of them: 服务中心（站）, 品种（系）) is part of the object as written (the gold keeps
省（区、市）, 国家（地区）), so it is joined to the noun instead of dropped; qualifiers (不含…, 省内)
and dates are dropped. A date aside may follow a time word (票房|今天|（8月7日）|突破), and a
comparison may stand between the aside and the predicate (（CPI）|比|上年|同期|上涨). The same
abbreviations and alternatives inside a compound (中欧（亚）班列, 减（免）税, 指数（CPI）涨幅) are
joined with the words around them into one noun (`join_inner_alternatives`)."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.quantities.object_parts import _CLOSE_B, _OPEN_B
from pipeline.quantities.object_words import _CLAUSE_MARKS, _PREDICATE_WORDS, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece, join_runs

# 已|超, 同比|上涨: adverbs between the aside and the figure; 比|上年|同期: a comparison
_BETWEEN_POS = ("d", "ad", "p", "t", "b")
_MAX_BETWEEN = 5  # adverbs, comparison and predicate words between the aside and the figure
_MAX_INSIDE = 6  # words inside the aside: a qualifier or an abbreviation, not a clause
_SKIP_KINDS = ("duration", "age", "frequency")
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9\-]*")  # CPI, PMI, BCI, GDP
_DATE_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十"  # （8月7日）: a date aside
_DATE_WORDS = "月日"
_NOT_ALTERNATIVE = ("f", "s", "q", "m", "d", "p", "u", "c", "r", "t")  # 内, 外, 户: not one alternative
_ALTERNATIVE_NOUNS = ("n", "j", "nz", "ng")  # 乡镇, 社区: a two-character alternative
_LIST_MARK = "、"


def _alternative(p: Piece, text: str) -> bool:
    """One item of an alternative in brackets: a character that is not a place, measure or
    function word (站, 系, 亚, 免), or a two-character noun (乡镇)."""
    w = _word(text, p)
    if p.role or not w or not all("\u4e00" <= c <= "\u9fff" for c in w):
        return False
    return (len(w) == 1 and p.pos not in _NOT_ALTERNATIVE) or (len(w) == 2 and p.pos in _ALTERNATIVE_NOUNS)


def _kept_inside(pieces: list[Piece], opening: int, close: int, text: str) -> bool:
    """Whether the bracket between pieces opening and close abbreviates or widens the noun
    before it (a Latin code, or alternatives: （站）, （区、市）), kept in the object as written."""
    inner = pieces[opening + 1 : close]
    if len(inner) == 1 and _CODE.fullmatch(_word(text, inner[0])):
        return True
    items = inner[0::2]
    marks = inner[1::2]
    return bool(items) and all(_alternative(p, text) for p in items) and all(
        _word(text, p) == _LIST_MARK for p in marks
    )


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


def _dated_time(before: Piece, inner: str) -> bool:
    """今天|（8月7日）: a time word with its date in brackets, between a subject and its predicate."""
    dated = any(c in _DATE_WORDS and i > 0 and inner[i - 1] in _DATE_DIGITS for i, c in enumerate(inner))
    return before.pos == "t" and dated


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
            noun = not before.role and before.end == p.start and (
                before.pos.startswith(NOUN_POS) or _dated_time(before, text[p.end : pieces[close].start])
            )
            counted = k >= 2 and bool(pieces[k - 2].role)  # N个|省|（区、市）|M个县: a count's noun
            return k if noun and not counted and k < close - 1 else None
        k -= 1
    return None


def without_subject_asides(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces without the bracketed asides between a subject noun and its figure's
    predicate; the statistics' piece indices moved."""
    drop: set[int] = set()
    widen: dict[int, int] = {}  # the noun before a kept aside -> the end of its closing bracket
    for st in stats:
        if st.kind in _SKIP_KINDS or not st.pieces:
            continue
        close = _past_predicate(pieces, st.pieces[0] - 1, text)
        opening = _aside_opening(pieces, close, text) if close >= 0 else None
        if opening is not None:
            drop.update(range(opening, close + 1))
            if pieces[opening - 1].pos != "t" and _kept_inside(pieces, opening, close, text):
                widen[opening - 1] = pieces[close].end
    if not drop:
        return pieces
    moved: dict[int, int] = {}
    out: list[Piece] = []
    for k, p in enumerate(pieces):
        if k not in drop:
            moved[k] = len(out)
            out.append(replace(p, end=widen[k]) if k in widen else p)
    for st in stats:
        st.pieces = [moved[k] for k in st.pieces]
    return out


def _inner_run(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index of the noun after the bracket opening at pieces[k] when the bracket sits inside
    a compound: a word right before it, a kept abbreviation or alternative inside, and a noun
    right after it (中欧|（亚）|班列, 减|（免）|税, 指数|（CPI）|涨幅); else None."""
    if k < 1 or pieces[k].role or _word(text, pieces[k]) not in tuple(_OPEN_B):
        return None
    before = pieces[k - 1]
    if before.role or before.end != pieces[k].start or not before.pos or before.pos == "x":
        return None
    closes = tuple(_CLOSE_B)
    close = next((m for m in range(k + 1, min(k + 5, len(pieces))) if _word(text, pieces[m]) in closes), None)
    if close is None or close + 1 >= len(pieces) or not _kept_inside(pieces, k, close, text):
        return None
    after = pieces[close + 1]
    noun = not after.role and after.start == pieces[close].end and after.pos.startswith(NOUN_POS)
    return close + 1 if noun and after.pos != "s" and _compound_noun(after, text) else None


def _compound_noun(p: Piece, text: str) -> bool:
    """Whether the word after a bracket goes on the compound: a noun of two characters or more
    that is no predicate word (省（区、市）|共/n, |经/n: jieba's one-character nouns are adverbs
    and prepositions there; （CPI）|同比: the predicate opens)."""
    w = _word(text, p)
    return len(w) >= 2 and w not in _PREDICATE_WORDS


def join_inner_alternatives(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with each compound holding a bracketed abbreviation or alternative joined into
    one noun (中欧|（|亚|）|班列 -> 中欧（亚）班列/n); the statistics' piece indices moved."""
    runs: dict[int, int] = {}
    for k in range(1, len(pieces)):
        last = _inner_run(pieces, k, text)
        if last is not None and k - 1 not in runs:
            runs[k - 1] = last
    return join_runs(pieces, stats, runs, "n")
