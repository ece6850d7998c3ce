"""The time metric a duration measures (开办时间由平均N天压缩为N天, 建设工期平均缩短
N天, 设计使用年限N年): a duration with no object otherwise, whose
clause (or the clause before, through a duration of its own) opens with a noun naming a length
of time (stats_time_metric_nouns), measures that noun; and the age metric an age measures
(平均年龄只有N岁: stats_age_metric_nouns), where an age has no object or only a word of "at
the age of" (现年|N岁: stats_age_time_words, no thing measured). Used by `rows` after
`context_objects.duration_subject`."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_TIME_METRICS = tuple(lexicons.words("stats_time_metric_nouns"))
_AGE_METRICS = tuple(lexicons.words("stats_age_metric_nouns"))
_AGE_TIMES = frozenset(lexicons.words("stats_age_time_words"))
# what may stand between the metric and the duration: adverbs, verbs of change, frame
# prepositions, locatives, particles, adjectives of averaging (平均), figures, time words
# (现在) and a clause mark
_BETWEEN_POS = ("d", "ad", "a", "v", "p", "f", "u", "x", "t")
# conjunctions jieba tags c that open a figure's predicate (只有|27岁, 由|3小时|缩短至)
_BETWEEN_WORDS = frozenset((*lexicons.words("stats_measuring_words"), "由"))
_CLAUSE_MARKS = ("，", ",")
_MAX_BACK = 14
_RUN_POS = ("n", "nz", "vn", "ng", "nt", "b", "j")  # 列车运行/nt|时间, 整列/b|放行|时间
_VERB_BEFORE_POS = ("n", "nz", "vn", "ng", "nt", "b", "j", "a", "v")  # 最长/a|使用/v|期限


def duration_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase of the time metric before a duration (开办|时间|由…平均|2天), or ""."""
    k = _metric_before(st, pieces, text, _TIME_METRICS)
    return _metric_run(pieces, k, text) if k is not None else ""


def age_metric(st: Found, pieces: list[Piece], text: str) -> str:
    """The age metric before an age with no object (平均年龄|只有|27岁; with a superlative and 的
    before the figure, 年龄最大的|37岁), or "" for an age whose
    object is a word of "at the age of" (现年|65岁); else the object as it is."""
    if st.kind != "age" or (st.obj and st.obj not in _AGE_TIMES):
        return st.obj
    k = _metric_before(st, pieces, text, _AGE_METRICS)
    if k is None:
        return ""
    between = pieces[k + 1 : st.pieces[0]]
    if [p.pos for p in between] == ["a", "uj"] and _word(text, between[1]) == "的":
        return text[pieces[k].start : between[1].end]  # 年龄|最大|的|N岁: the gold's 年龄最大的
    return _word(text, pieces[k])


def _metric_before(st: Found, pieces: list[Piece], text: str, metrics: tuple[str, ...]) -> int | None:
    """The index of the first noun before the figure, read back over the words of its
    predicate, where it ends in one of `metrics`; else None."""
    k, marks = st.pieces[0] - 1, 0
    while k >= 0 and st.pieces[0] - k <= _MAX_BACK:
        p, w = pieces[k], _word(text, pieces[k])
        if p.role:
            k -= 1
            continue
        if p.pos.startswith(NOUN_POS) and p.pos != "f":
            return k if w.endswith(metrics) else None
        if w in _CLAUSE_MARKS:
            marks += 1
        between = p.pos.startswith(_BETWEEN_POS) or w in _BETWEEN_WORDS
        if marks > 1 or not between or (w[:1] in "。；;！？!?"):
            return None
        k -= 1
    return None


def _metric_run(pieces: list[Piece], end: int, text: str) -> str:
    """The metric noun with the nouns and verbal nouns before it (项目|建设|工期, 开办|时间), a
    verb between two of them (企业|开办|时间), and a verb right before the metric that follows a
    modifier of its own (最长|使用|期限, 整列|放行|时间: not the predicate 压缩|时间), and a
    superlative adverb right before the metric after a noun (列车运行|最快/d|时间)."""
    i = end
    while i > 0 and not pieces[i - 1].role and (
        pieces[i - 1].pos in _RUN_POS
        or (pieces[i - 1].pos == "v" and i > 1 and not pieces[i - 2].role and pieces[i - 2].pos in _RUN_POS)
        or (i == end and _modified_verb(pieces, i - 1))
        or (i == end and _inner_adverb(pieces, i - 1))
    ):
        i -= 1
    return text[pieces[i].start : pieces[end].end]


def _modified_verb(pieces: list[Piece], k: int) -> bool:
    """pieces[k] is a verb with a content word right before it (最长/a|使用/v)."""
    return (
        pieces[k].pos == "v"
        and k > 0
        and not pieces[k - 1].role
        and pieces[k - 1].pos in _VERB_BEFORE_POS
    )


def _inner_adverb(pieces: list[Piece], k: int) -> bool:
    """pieces[k] is an adverb between a noun and the metric (列车运行/nt|最快/d|时间)."""
    return (
        pieces[k].pos == "d"
        and k > 0
        and not pieces[k - 1].role
        and pieces[k - 1].pos in _RUN_POS
    )
