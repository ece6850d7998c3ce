"""A verb that names the kind of a noun, cut off an object read before the number.

jieba tags the first half of many verb + noun compounds v (发热|门诊, 涉农|资金, 抢修|人员,
种植|面积占比), and the object readers stop at a verb: before the number a verb is most
often the predicate (投入|资金|5亿元, 走访|居民|55万户). The verb is inside the noun phrase
where the words before it leave no room for a predicate there:
- after 的 or 等, which are followed by the head of a noun phrase (…小麦品种的|种植|面积占比,
  学校和村委会等|集中|安置点);
- after a determiner pronoun (stats_determiners: 各类|涉农|资金).
Elsewhere the verb stays out: after a noun or another verb both verbs may be the predicate
(累计|转移|撤离|人员 counts 人员), and after 将 the verb is often the predicate of a future
(将|新建|学校). A predicate word (stats_predicate_words: 完成, 新增, 达到) is never taken in,
nor a verb of one character. The object's first word is a plain noun, or the verb of a
compound whose head jieba cut off (集中|安置|点).

Word classes are data: stats_determiners, stats_predicate_words in `pipeline/lexicons/`.
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline import lexicons
from pipeline.quantities.object_words import _CLAUSE_MARKS, _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece, piece_span

_DETERMINERS = frozenset(lexicons.words("stats_determiners"))
_NOUN_START = ("n", "nz", "ng", "j")  # the object's first word: a plain noun
_NOUN_OPENERS = ("的", "等")  # words a noun phrase's head follows


def located(
    st: Found, pieces: list[Piece], text: str, marks: Iterable[str] = _CLAUSE_MARKS
) -> tuple[int, int] | None:
    """The object's first and last piece where it lies before the number in the same clause
    (no mark of `marks` between them)."""
    obj = st.obj
    first = pieces[st.pieces[0]].start
    at = text.rfind(obj, pieces[0].start, first) if obj else -1
    if at < 0 or any(c in text[at + len(obj) : first] for c in marks):
        return None
    return piece_span(pieces, at, at + len(obj))


def _modifier_verb(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return not p.role and p.pos == "v" and len(w) >= 2 and w not in _PREDICATE_WORDS


def _opens_noun_phrase(p: Piece, text: str) -> bool:
    """Whether p, the word before the verb, is followed by a noun phrase's first word: 的, 等
    or a determiner."""
    w = _word(text, p)
    return not p.role and (w in _NOUN_OPENERS or (p.pos == "r" and w in _DETERMINERS))


def _first_word(pieces: list[Piece], a: int, b: int) -> bool:
    """Whether the object's first word may follow a modifier verb: a plain noun, or a verb
    with the rest of the compound after it (安置|点)."""
    p = pieces[a]
    return not p.role and (p.pos in _NOUN_START or (p.pos == "v" and b > a))


def with_modifier_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the verb before it that names the noun's kind (see the module)."""
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if a < 2 or not _first_word(pieces, a, b) or not _modifier_verb(pieces[a - 1], text):
        return st.obj
    if not _opens_noun_phrase(pieces[a - 2], text):
        return st.obj
    return _word(text, pieces[a - 1]) + st.obj
