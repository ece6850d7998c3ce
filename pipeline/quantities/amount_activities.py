"""The trade or spending activity named right before a sum of money that ends its clause
(江苏|出口|N亿元，, 带动|消费|N亿元。, 加工|贸易|进出口|N万亿元，): the object convention takes the
activity the money measures (出口, 进口, 对外直接投资), and `objects.object_before` reads nouns
only, where `objects._opening_event` takes a lone verbal noun after a clause mark or a pronoun.

Here the verbal noun (with the nouns, verbal nouns and distinguishing words that modify it
before: 加工|贸易|进出口, 文旅|综合|消费) stands after where or when (a place or an
organisation name, a time word, a span such as 前N个月) or after the verb of a predicate
(带动|消费, 拉动|投资): the clause's subject is a place or a time, and the verbal noun is what
the money is spent or earned on. Not after an adverb (将|投入|N亿元 is a predicate with a
purpose), not a predicate word (增长, 达到), a light verb (开展) or a verb of making (建设); and
the figure ends its clause (投入N亿元|扶持… gives its purpose). Used by `objects.object_of` for
amounts with no object read after or before them."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp.number_patterns import CURRENCIES
from pipeline.quantities.object_words import _CLAUSE_END_MARKS, _CLAUSE_MARKS, _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece

_NOT_ACTIVITY = frozenset((*lexicons.words("stats_light_verbs"), *lexicons.words("stats_creation_verbs")))
_MODIFIER_POS = ("n", "nz", "vn", "a", "b", "j", "an")  # 加工|贸易, 文旅|综合, 旅游
_OPENING_POS = ("ns", "nt", "t", "r", "v")  # 江苏|出口, 今年|出口, 其中|出口, 带动|消费
_MAX_MODIFIERS = 3
_MONEY = ("元", "块", *CURRENCIES)


def _ends_clause(pieces: list[Piece], last: int, text: str) -> bool:
    return last >= len(pieces) or (not pieces[last].role and _word(text, pieces[last]) in _CLAUSE_END_MARKS)


def _activity(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return p.pos == "vn" and not p.role and w not in _PREDICATE_WORDS and w not in _NOT_ACTIVITY


def _opening(pieces: list[Piece], k: int, text: str) -> bool:
    """What may stand before the activity phrase: the sentence's start, a clause mark, a place,
    an organisation, a time word, a pronoun, a span's measure (前N个|月) or a predicate verb."""
    if k < 0:
        return True
    p, w = pieces[k], _word(text, pieces[k])
    if p.role:
        return w in ("月", "年", "天", "季度")  # 前5个|月|进出口: the span the sum covers
    return w in _CLAUSE_MARKS or p.pos in _OPENING_POS


def activity_of_amount(st: Found, pieces: list[Piece], text: str) -> str:
    """The activity phrase right before a sum of money ending its clause, or ""."""
    if st.kind != "amount" or st.unit not in _MONEY or not st.pieces:
        return ""
    if not _ends_clause(pieces, st.pieces[-1] + 1, text):
        return ""
    end = st.pieces[0] - 1
    if end < 0 or not _activity(pieces[end], text):
        return ""
    k = end - 1
    while (
        k >= 0
        and end - k <= _MAX_MODIFIERS
        and not pieces[k].role
        and pieces[k].pos in _MODIFIER_POS
        and _word(text, pieces[k]) not in _PREDICATE_WORDS
    ):
        k -= 1
    if not _opening(pieces, k, text):
        return ""
    return text[pieces[k + 1].start : pieces[end].end]
