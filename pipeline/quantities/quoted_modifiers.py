"""A verb glued before a quotation that opens an object read before the number (共建|“一带一路”
国家投资新办户数 read as “一带一路”国家…).

The object readers stop at a verb before the number, which is most often the predicate
(培育|“专精特新”企业|N家). Where the object is the subject of a predicate of its own between it
and the figure (…户数|同比增长|N%), the verb right before its opening quotation mark, first in
its clause or after a word that is no noun or verb (其中|共建), has no object to take and no
subject before it: it modifies the quoted name and is
part of it (共建“一带一路”国家, the group's name). A predicate word (stats_predicate_words:
新增, 完成) stays out, as does a verb of one character.

Word classes are data: stats_predicate_words, stats_metric_verbs in `pipeline/lexicons/`.
Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _CLAUSE_MARKS, _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece

_OPEN = "“"
_VERB = "v"
_NOUN_OR_VERB = ("n", "v")


def _predicate_between(pieces: list[Piece], b: int, st: Found) -> bool:
    """Whether a verb stands between the object's last piece and the figure (…户数|同比|增长|N%)."""
    return any(not p.role and p.pos == _VERB for p in pieces[b + 1 : st.pieces[0]])


def _opens_phrase(p: Piece, text: str) -> bool:
    """Whether the verb after p has no subject or object in p: p is a clause mark or a word
    that is no noun or verb (其中/r, 在/p)."""
    return _word(text, p) in _CLAUSE_MARKS or (not p.role and not p.pos.startswith(_NOUN_OR_VERB))


def with_quoted_modifier(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the verb first in its clause right before its opening quotation mark."""
    if not st.obj.startswith(_OPEN) or not st.pieces:
        return st.obj
    span = located(st, pieces, text)
    if span is None or span[0] < 1:
        return st.obj
    a, b = span
    verb = pieces[a - 1]
    w = _word(text, verb)
    if verb.role or verb.pos != _VERB or len(w) < 2 or w in _PREDICATE_WORDS or verb.end != pieces[a].start:
        return st.obj
    if a - 2 >= 0 and not _opens_phrase(pieces[a - 2], text):
        return st.obj
    return w + st.obj if _predicate_between(pieces, b, st) else st.obj
