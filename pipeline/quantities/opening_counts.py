"""A count or amount that opens its clause: the clause's predicate ends what it counts.

Where no verb stands before the figure in its clause (超过5.7万户|家庭|断水，, 上万种|水产品|
精彩|亮相。), the figure and its noun are the clause's subject, so the clause's predicate comes
after the noun. Where the object read after the measure runs to the end of the clause and holds
no verb, its last word is that predicate: jieba's dictionary lists many verbs as nouns (亮相/n,
断水/n, 提质/n), so the tag cannot tell it, the position does. An adjective or adverb right before
that word is its adverbial (精彩|亮相) and goes with it. A last word that heads a compound
(stats_compound_heads: 服务中心), names a metric or names people stays: a clause such as a
heading or a list item (3家|托育服务中心。) may hold no predicate.

Written here rather than taken from a parser: the pipeline reads jieba's words and tags, and no
package that installs offline parses Chinese clauses (../shared/OFFLINE-PACKAGES.md).
"""

from __future__ import annotations

from pipeline.quantities.object_words import (
    _CLAUSE_MARKS,
    _METRIC,
    _PEOPLE_HEADS,
    _word,
    ends_in_head,
    is_metric_word,
)
from pipeline.quantities.pieces import Piece
from pipeline.quantities.word_tags import verbs_tagged_nouns

_Span = tuple[int, int]
_ENDS = (*_CLAUSE_MARKS, "。", "！", "？", "!", "?")  # what ends the clause after the object
_VERB_POS = ("v", "vn", "vd", "p")  # a verb or a preposition before the figure: it is no subject
_ADVERBIAL_POS = ("a", "ad", "d")  # 精彩|亮相, 全部|竣工: the adverbial of the predicate


def opens_clause(pieces: list[Piece], j: int, text: str) -> bool:
    """Whether the figure whose measure ends before pieces[j] stands in its clause with no verb
    (nor preposition) before it: only a place, a time, a scope or an adverb."""
    k = j - 1
    while k >= 0 and pieces[k].role:
        k -= 1  # the figure itself (超过|5.7万|户)
    while k >= 0:
        p = pieces[k]
        if _word(text, p) in _ENDS:
            return True
        if p.role or p.pos.startswith(_VERB_POS):
            return False
        k -= 1
    return True


def _closes_clause(pieces: list[Piece], i: int, text: str) -> bool:
    return i >= len(pieces) or (not pieces[i].role and _word(text, pieces[i]) in _ENDS)


def _stays(w: str) -> bool:
    return ends_in_head(w) or w in _METRIC or is_metric_word(w) or w.endswith(_PEOPLE_HEADS)


def without_clause_predicate(pieces: list[Piece], j: int, i: int, text: str, out: list[_Span]) -> int:
    """Where the figure opens its clause and the object `out` (read from pieces[j] up to
    pieces[i]) runs to the clause's end with no verb in it, its last word and the adverbials
    before that word are dropped as the clause's predicate; the index after the object."""
    if len(out) < 2 or not _closes_clause(pieces, i, text) or not opens_clause(pieces, j, text):
        return i
    by_start = {p.start: k for k, p in enumerate(pieces)}
    held = [by_start.get(a) for a, _ in out]
    if any(k is None or pieces[k].pos.startswith("v") for k in held):
        return i  # a verb in it: the other rules placed the predicate
    last = _word(text, pieces[by_start[out[-1][0]]])
    if last not in verbs_tagged_nouns() or _stays(last):
        return i  # only a verb jieba lists as a noun (stats_verbs_tagged_nouns: 亮相/n)
    out.pop()
    while len(out) > 1 and pieces[by_start[out[-1][0]]].pos in _ADVERBIAL_POS:
        out.pop()
    return by_start[out[-1][0]] + 1
