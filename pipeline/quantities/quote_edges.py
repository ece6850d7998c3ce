"""An object that starts right after a quotation with a bound character (“五一”|档|电影票房
read as 档电影票房): the quotation names the kind (“五一”档, a holiday's season) and is part of
the noun, so the object takes it back from its opening mark. Only where the object opens with a
bound character after the closing mark (a noun or measure word of one character that is no free
word: bound_characters; 档, 类). Before the figure a whole noun glued to a short quoted name
takes it too (“一带一路”|航线|达N条, “小巨人”|企业增加值|增长N%: the quotation names the kind of
thing, round 16), where the quotation is a name (no mark of a clause inside it); a noun
after the figure is left to quoted_terms.
Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline.quantities.bound_characters import _BOUND_POS, _free_characters
from pipeline.quantities.designations import HOLIDAY_NAMES
from pipeline.quantities.pieces import Found, Piece

_OPEN, _CLOSE = "“", "”"
_MOST = 12  # characters of a quoted term


def _near(st: Found, text: str) -> int:
    """Where the object stands: its last occurrence before the figure, else its first after."""
    at = text.rfind(st.obj, max(0, st.start - 40), st.start)
    return at if at >= 0 else text.find(st.obj, st.end, st.end + 40)


def _glued_after_quote(obj: str, text: str, at: int) -> bool:
    """The object opens right after a closing mark (档|电影票房, 航线)."""
    return at > 0 and text[at - 1] == _CLOSE and len(obj) > 1 and _OPEN not in obj[:2]


def with_quote_opening(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the quotation a bound character glues it to (see the module)."""
    obj = st.obj
    if not obj:
        return obj
    at = _near(st, text)
    if at < 0:
        return obj
    if not _glued_after_quote(obj, text, at):
        return obj
    bound = len(obj) > 2 and _bound_start(pieces, text, at)
    if not bound and not (at < st.start and _noun_start(pieces, text, at, obj)):
        return obj
    opening = text.rfind(_OPEN, max(0, at - _MOST), at - 1)
    if opening < 0 or any(c in _CLAUSE_MARKS for c in text[opening + 1 : at - 1]):
        return obj
    # a quoted holiday (“五一”|入境游订单量, designations.HOLIDAY_NAMES) is the figure's time, a scope
    # that is no part of the object (a bound character after it makes a season: “五一”|档)
    if not bound and text[opening + 1 : at - 1] in HOLIDAY_NAMES:
        return obj
    return text[opening:at] + obj


_NOUN_POS = ("n", "nz", "j")  # 航线/n, 智能网/n: a whole noun the quotation names the kind of
_VERBAL_NOUN = "vn"
_CLAUSE_MARKS = "“”，,。；;：:！？!?、（）()《》"


def _noun_start(pieces: list[Piece], text: str, at: int, obj: str) -> bool:
    """Whether the object's first word is a noun of two characters or more (航线, 企业增加值), or
    a verbal noun with a noun after it in the object (服务|限额: the verbal noun alone may be the
    predicate the quotation's subject does)."""
    p = next((p for p in pieces if p.start == at), None)
    if p is None or p.role or p.end - p.start < 2:
        return False
    return p.pos in _NOUN_POS or (p.pos == _VERBAL_NOUN and at + len(obj) > p.end)


def _bound_start(pieces: list[Piece], text: str, at: int) -> bool:
    """Whether the object's first word is a bound character (bound_characters: 档/n, 类/q)."""
    p = next((p for p in pieces if p.start == at), None)
    if p is None or p.role or p.end - p.start != 1:
        return False
    return p.pos in _BOUND_POS and text[at] not in _free_characters()
