"""块 as pieces, not spoken money, where the clause names an output (芯片产量|达到N亿块).

`measure` reads a 块 with no noun after it as money (一把刷子能卖10万块, like 块钱), and as a
count of pieces before a noun (3块屏幕). A 块 figure whose clause, read back from the figure to
the clause's start, names a quantity turned out (a noun with a metric ending in 量: 产量, 销量)
or a verb of output (stats_production_verbs: 生产, 制造) counts the pieces made: kind count. The
written 块钱 stays money. Used by `rows` after the objects.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _CLAUSE_MARKS, _word
from pipeline.quantities.pieces import Found, Piece

_PIECE_UNIT = "块"
_MONEY_FORM = "块钱"
_QUANTITY_ENDING = "量"
_OUTPUT_VERBS = frozenset(lexicons.words("stats_production_verbs"))
_LOOK_BACK = 8  # words read back from the figure


def kind_of_pieces(st: Found, pieces: list[Piece], text: str) -> str:
    """count for a 块 figure read as money whose clause names an output; else its kind."""
    if st.kind != "amount" or st.unit != _PIECE_UNIT or not st.pieces:
        return st.kind
    if (st.unit_written or "").endswith(_MONEY_FORM):
        return st.kind
    first = st.pieces[0]
    for k in range(first - 1, max(first - 1 - _LOOK_BACK, -1), -1):
        p = pieces[k]
        w = _word(text, p)
        if w in _CLAUSE_MARKS:
            break
        if p.role:
            continue
        if w in _OUTPUT_VERBS or (len(w) > 1 and p.pos.startswith("n") and w.endswith(_QUANTITY_ENDING)):
            return "count"
    return st.kind
