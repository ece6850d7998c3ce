"""A share written after the whole it is of, where the whole is a figure of its own (完成年度计划|
170.4万套|（间）|的|80%, 达到上年|1.2万亿元|的|九成): the share is of what that figure measures,
so its object is that figure's object (GUIDELINES.md: what is counted, as written nearby; as for
全国市场份额的40%以上, the whole). The object rules read back from the share and stop at the
figure before 的, which leaves it empty. A bracketed alternative unit after the whole's figure
（间） is passed over. Percents and fractions with no object only; used by `rows` as a last
resort."""

from __future__ import annotations

from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece

_KINDS = ("percent", "fraction")
_WHOLE_KINDS = ("count", "amount")
_OPEN = ("（", "(")
_CLOSE = ("）", ")")
_MAX_BRACKET = 3  # pieces of a bracketed alternative unit: （|间|）


def _before_bracket(pieces: list[Piece], k: int, text: str) -> int:
    """The index before a short bracketed aside that ends at pieces[k]; k where none."""
    if k < 0 or pieces[k].role or _word(text, pieces[k]) not in _CLOSE:
        return k
    for i in range(k - 1, max(k - _MAX_BRACKET, -1), -1):
        if pieces[i].role:
            return k
        if _word(text, pieces[i]) in _OPEN:
            return i - 1
    return k


def share_of_figure(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """Give a share with no object after X N unit 的 the object of that earlier figure."""
    for st in stats:
        if st.obj or st.kind not in _KINDS or not st.pieces:
            continue
        de = st.pieces[0] - 1
        if de < 1 or pieces[de].role or _word(text, pieces[de]) != "的":
            continue
        last = _before_bracket(pieces, de - 1, text)
        whole = next((o for o in stats if o.pieces and o.pieces[-1] == last), None)
        if whole is not None and whole.kind in _WHOLE_KINDS and whole.obj:
            st.obj = whole.obj
