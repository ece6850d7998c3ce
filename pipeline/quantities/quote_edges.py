"""An object that starts right after a quotation with a bound character (“五一”|档|电影票房
read as 档电影票房): the quotation names the kind (“五一”档, a holiday's season) and is part of
the noun, so the object takes it back from its opening mark. Only where the object opens with a
bound character after the closing mark (a noun or measure word of one character that is no free
word: bound_characters; 档, 类); a whole noun after a quotation (“即买即退”|服务限额) is left
as read.
Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline.quantities.bound_characters import _BOUND_POS, _free_characters
from pipeline.quantities.pieces import Found, Piece

_OPEN, _CLOSE = "“", "”"
_MOST = 12  # characters of a quoted term


def _near(st: Found, text: str) -> int:
    """Where the object stands: its last occurrence before the figure, else its first after."""
    at = text.rfind(st.obj, max(0, st.start - 40), st.start)
    return at if at >= 0 else text.find(st.obj, st.end, st.end + 40)


def _glued_after_quote(obj: str, text: str, at: int) -> bool:
    """The object opens with one character glued to a closing mark, then a noun (档|电影票房)."""
    return at > 0 and text[at - 1] == _CLOSE and len(obj) > 2 and _OPEN not in obj[:2]


def with_quote_opening(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the quotation a bound character glues it to (see the module)."""
    obj = st.obj
    if not obj:
        return obj
    at = _near(st, text)
    if at < 0:
        return obj
    if not _glued_after_quote(obj, text, at) or not _bound_start(pieces, text, at):
        return obj
    opening = text.rfind(_OPEN, max(0, at - _MOST), at - 1)
    if opening < 0 or _CLOSE in text[opening : at - 1]:
        return obj
    return text[opening:at] + obj


def _bound_start(pieces: list[Piece], text: str, at: int) -> bool:
    """Whether the object's first word is a bound character (bound_characters: 档/n, 类/q)."""
    p = next((p for p in pieces if p.start == at), None)
    if p is None or p.role or p.end - p.start != 1:
        return False
    return p.pos in _BOUND_POS and text[at] not in _free_characters()
