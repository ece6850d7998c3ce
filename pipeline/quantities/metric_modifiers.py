"""A bare metric noun read before its figure, with the modifier jieba cut off before it
(献血/v|人|次数|超过N万, 放映/v|场次|达N万场, 寄递/v|业务量|超N亿件, 水土流失/i|面积|N平方公里,
用/p|钢量|减少N%, 大米/m|价格指数|上涨N%).

The noun-phrase readers stop at a verb, an idiom, a preposition or a word jieba tags as a numeral
before a metric noun, so the object came out as the metric alone (人次数, 场次, 面积), which
names no measure: the metric is the verb's (献血人次数: the number of blood donations), the
idiom's, the use's (用钢量, 用海面积). Where the object is such a bare metric (a metric noun,
stats_metric_nouns, or a word ending in a metric ending, stats_metric_suffixes and
stats_metric_count_endings; alone, or a word of two characters after one character or a verbal
noun jieba cut off: 费|总额, 发展|指数) and the word right before it, glued to it, is a verb of
two characters or more that is no predicate, report, light or yielding verb (实现|营收, 完成|投资,
创造|营收 stay: stats_yield_verbs), an idiom, a verbal noun, 用 before an amount or an area
(用钢量, 用海面积; not 码领|用|人数), or a numeral-free word tagged m that is no time or scope
word (大米/m; not 全年/m), the object takes that word; the nouns before it are the subject, as
`metric_verbs` reads a verb inside a metric (水利枢纽|下泄流量). Used by `rows`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _METRIC, _PREDICATE_WORDS, _word, is_metric_word
from pipeline.quantities.pieces import Found, Piece

_COUNT_ENDINGS = tuple(lexicons.words("stats_metric_count_endings"))
_NOT_MODIFIERS = frozenset(
    (
        *_PREDICATE_WORDS,
        *lexicons.words("stats_light_verbs"),
        *lexicons.words("stats_report_verbs"),
        *lexicons.words("stats_main_clause_words"),
        *lexicons.words("stats_yield_verbs"),
    )
)
_SHORT = 2  # a metric word of two characters after a character or verbal noun cut off (费|总额)
_TIME_OR_SCOPE = frozenset((*lexicons.words("stats_scope_words"), *lexicons.words("dates_year_words")))
_USE = "用"  # 用|钢量, 用|海|面积: the use measured
_USAGE_ENDS = ("量", "面积")  # what a use is measured in: an amount or an area
_IDIOM_POS = ("i", "l")
_CLAUSE_MARKS = "，,。；;：:！？!?、（）()“”《》 "
_NUMERAL_CHARS = "0123456789〇零一二三四五六七八九十百千万亿两几多半年月日季"


def numeral_free_noun(w: str) -> bool:
    """Whether w, a word jieba tags as a numeral, is a noun: two characters or more, no numeral
    character, no time or scope word (大米/m, 良种/m; not 全年, 三成)."""
    return len(w) > 1 and not any(c in _NUMERAL_CHARS for c in w) and w not in _TIME_OR_SCOPE


def _metric_end(w: str) -> bool:
    return w in _METRIC or is_metric_word(w) or (len(w) > 1 and w.endswith(_COUNT_ENDINGS))


def _bare(pieces: list[Piece], a: int, b: int, text: str) -> bool:
    """Whether pieces[a..b] are a metric noun alone, or after one character or a verbal noun."""
    if not _metric_end(_word(text, pieces[b])):
        return False
    if a == b:
        return True
    short = len(_word(text, pieces[b])) <= _SHORT  # 费|总额, 发展|指数; not 预计|粮食产量
    return short and b == a + 1 and (len(_word(text, pieces[a])) == 1 or pieces[a].pos == "vn")


def _modifier(p: Piece, obj: str, text: str) -> bool:
    """Whether the word before a bare metric names what is measured (see the module)."""
    w = _word(text, p)
    if p.role or w in _NOT_MODIFIERS:
        return False
    if w == _USE:
        return obj.endswith(_USAGE_ENDS)  # 用|钢量, 用|海面积; not 码领|用|人数 (领用人数)
    if p.pos in _IDIOM_POS or p.pos == "vn":
        return True
    if p.pos == "m":  # 大米/m; not a time or scope word (全年, 今年)
        return numeral_free_noun(w)
    return p.pos == "v" and len(w) > 1


def with_metric_modifier(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the modifier glued before a bare metric read before the figure, widened
    to its noun phrase; else the object given."""
    obj = st.obj
    if not obj or not st.pieces:
        return obj
    span = located(st, pieces, text, _CLAUSE_MARKS)
    if span is None or span[0] == 0 or not _bare(pieces, span[0], span[1], text):
        return obj
    at = pieces[span[0]].start
    prev = pieces[span[0] - 1]
    if prev.end != at or not _modifier(prev, obj, text):
        return obj
    return text[prev.start : at + len(obj)]
