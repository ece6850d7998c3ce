"""A common noun right before an adjective or an attribute word that opens a count's object read
before the number (农业|新|技术|N项, 电影|总|票房, 高校|优秀|组织奖|N个): the noun says what the
modified noun is of, so it stays in the object. `objects.object_before` takes one a/b word before
the head (低|风险区, 直接|经济损失) and stopped there, cutting the noun before it off (新技术).
Read back over plain nouns only (jieba's n, nz, ng): not a place, an organization or a name
(浙江|新|增), not a scope (全国|县级, 局地|最高: stats_scope_words), not a verb, not after an
adverb (将|重点|清理/a|整治: the noun is used as an adverb there), and not past a superlative
(最高|降幅: how far the figure goes, the prefix `subjects` reads)."""

from __future__ import annotations

from pipeline.quantities.object_words import _SCOPES, _word
from pipeline.quantities.pieces import Piece
from pipeline.quantities.subjects import _SUPERLATIVE

_ATTRIBUTE_POS = ("a", "b")
_PLAIN_NOUN_POS = ("n", "nz", "ng")
_ADVERB_POS = ("d", "ad")


def _plain_noun(p: Piece, text: str) -> bool:
    return not p.role and p.pos in _PLAIN_NOUN_POS and _word(text, p) not in _SCOPES


def past_attribute_noun(pieces: list[Piece], i: int, text: str) -> int:
    """The index before the plain nouns that end right before the attribute word at pieces[i + 1]
    (see the module); else i."""
    a = pieces[i + 1] if i + 1 < len(pieces) else None
    if a is None or a.role or a.pos not in _ATTRIBUTE_POS or _word(text, a).startswith(_SUPERLATIVE):
        return i
    k = i
    while k >= 0 and _plain_noun(pieces[k], text):
        k -= 1
    if k >= 0 and not pieces[k].role and pieces[k].pos in _ADVERB_POS:
        return i  # 将|重点|清理/a|整治: a noun after an adverb is said of the verb, not of a noun
    return k
