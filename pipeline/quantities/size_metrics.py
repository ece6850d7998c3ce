"""A count of people whose subject is a size metric (脱贫人口|务工|就业|规模|稳定在|3000万人以上):
what is counted is the people named before the activity verbs, not the metric (README: a count
stops before a metric noun; 社区养老助餐点|总数 drops 总数 the same way). The metric is one of
stats_size_metrics; a verb right before the people that opens their phrase (脱贫|人口, after a
clause mark, a time word, a scope word or the sentence start) names them and stays. Used by
`rows` after the object readers."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _PREDICATE_WORDS, _SCOPES, _word
from pipeline.quantities.pieces import Found, Piece

_SIZE_METRICS = lexicons.words("stats_size_metrics")
_PEOPLE_MEASURES = ("人", "名", "位")  # measures of people (户 and 人次 count households, visits)
_PEOPLE_POS = ("n", "nz", "ng", "j")  # the people counted: a plain noun
_VERB_POS = ("v", "vn", "b")  # the activity the metric measures (务工, 就业; 务工/b as retagged)
_BETWEEN_POS = ("d", "p", "v", "a", "ad", "r", "t", "ul", "uz", "m", "f")  # 每年|都|稳定|在
_OPENING_POS = ("x", "t", "f")  # a clause mark, a time word or a locative before the phrase


def people_of_size_metric(st: Found, pieces: list[Piece], text: str) -> str | None:
    """The people counted before a size metric the count completes, or None where the figure
    does not complete one."""
    if st.kind != "count" or st.unit not in _PEOPLE_MEASURES:
        return None
    m = _metric_before(pieces, st.pieces[0] - 1, text)
    if m is None:
        return None
    k = m - 1
    while k >= 0 and not pieces[k].role and pieces[k].pos in _VERB_POS:
        k -= 1  # 务工|就业
    end = k
    while k >= 0 and _people_word(pieces[k], text):
        k -= 1
    if k == end:
        return None  # no people named before the activity
    if k >= 0 and pieces[k].pos == "v" and not pieces[k].role and _opens_phrase(pieces, k - 1, text):
        k -= 1  # 脱贫|人口: a verb opening the phrase names the people
    return text[pieces[k + 1].start : pieces[end].end]


def _people_word(p: Piece, text: str) -> bool:
    return not p.role and p.pos in _PEOPLE_POS and _word(text, p) not in _SCOPES


def _metric_before(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index of a size metric before the number in its clause, with only predicate words,
    adverbs and figures between (规模|连续|5年|稳定在), else None."""
    while k >= 0:
        p, w = pieces[k], _word(text, pieces[k])
        if not p.role and w in _SIZE_METRICS:
            return k
        if not (p.role or w in _PREDICATE_WORDS or p.pos in _BETWEEN_POS):
            return None
        k -= 1
    return None


def _opens_phrase(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] stands before a phrase's first word: the sentence start (k = -1), a
    clause mark, a time word, a locative or a scope word (全国|脱贫|人口)."""
    if k < 0:
        return True
    p = pieces[k]
    return not p.role and (p.pos in _OPENING_POS or _word(text, p) in _SCOPES)
