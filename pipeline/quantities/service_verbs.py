"""A verb of putting a facility into service left at the head of a count's object read before the
number (已|建成|投用|养老服务中心|N个, ，|投入使用|标准化考场|N个, 建成|投运|变电站|N座): the verb
is the clause's predicate (stats_service_verbs) and the noun phrase after it is what is counted.
jieba tags these verbs n, vn or j, so the readers before the number take them into the noun phrase
as a modifier, unlike the verbs `handling_verbs` drops, which it finds by their v/vn tag. After a
noun the verb stays (园区|建成投产|项目: the kind of the projects, as 新开工|项目). Counts and
amounts; used by `rows` with `handling_verbs`, on the finished object. After the measure word the
object is the noun after it already (建成投用|5个|污水处理厂)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_SERVICE = frozenset(lexicons.words("stats_service_verbs"))
_KINDS = ("count", "amount")
_AFTER = ("后", "以后", "之后")  # 投产后|电力调节能力: a time clause of the verb, not the metric


def _after_noun(pieces: list[Piece], a: int) -> bool:
    before = pieces[a - 1] if a > 0 else None
    return before is not None and not before.role and before.pos.startswith(NOUN_POS)


def without_service_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without a service verb that opens it (see the module); else the object."""
    if st.kind not in _KINDS or not st.obj or (span := located(st, pieces, text)) is None:
        return st.obj
    first, b = span
    a = next((k for k in range(first, b) if not pieces[k].role and _word(text, pieces[k]) in _SERVICE), None)
    if a is None or _after_noun(pieces, a):
        return st.obj
    rest = pieces[a + 1 : b + 1]
    if rest and _word(text, rest[0]) in _AFTER:
        rest = rest[1:]  # 投运|后|年发电量: the time after the verb goes with it
    if not rest or any(p.role for p in rest) or not rest[-1].pos.startswith(NOUN_POS):
        return st.obj  # 投用|12个: no noun after the verb
    return text[rest[0].start : pieces[b].end]
