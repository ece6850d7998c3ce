"""The whole a share is of keeps its period word: after a share verb, 全年 (jieba tags it a
numeral; stats_scope_words lists it, so the object readers and the widening stop at it) opens
the whole (占|全年|粮食产量|两成多 -> 全年粮食产量), as the tuning annotations keep it where a 的
follows the whole (占全年粮食面积的四分之一 -> 全年粮食面积). Used by `rows` when an object's
edges are settled, for a percent or a fraction whose object touches the figure.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece

_SHARE_ROWS = lexicons.rows("stats_share_words")
_SHARE_VERBS = frozenset(w for w, role in _SHARE_ROWS if role == "verb")
_SHARE_NOUNS = tuple(w for w, role in _SHARE_ROWS if role == "noun")  # 占|全年|比重: the share noun alone
_KINDS = ("percent", "fraction")
_WHOLE = "全"  # 全年, 全天: a whole period, tagged m by jieba
_PERIOD_POS = "m"


def _period_before(pieces: list[Piece], a: int, text: str) -> bool:
    """A whole period (全年/m) at pieces[a - 1], right after a share verb."""
    if a < 2 or pieces[a - 1].role or pieces[a - 2].role:
        return False
    w = _word(text, pieces[a - 1])
    return (
        pieces[a - 1].pos == _PERIOD_POS
        and len(w) == 2
        and w.startswith(_WHOLE)
        and _word(text, pieces[a - 2]) in _SHARE_VERBS
    )


def with_whole_period(st: Found, pieces: list[Piece], text: str) -> str:
    """The share's object with the whole period before it (全年粮食产量), where the object runs
    from right after 占|全年 to the figure or its marker and is not a share noun (占|全年|比重 keeps
    比重, the share frame's own object); else the object as it is."""
    obj = st.obj
    if not obj or st.kind not in _KINDS or obj.endswith(_SHARE_NOUNS):
        return obj
    first = st.pieces[0]
    b = next((k for k in range(first - 1, -1, -1) if not pieces[k].role), None)
    if b is None or pieces[b].end != pieces[first].start or not text.endswith(obj, 0, pieces[b].end):
        return obj
    a = next((k for k in range(b, -1, -1) if pieces[k].start == pieces[b].end - len(obj)), None)
    return _word(text, pieces[a - 1]) + obj if a is not None and _period_before(pieces, a, text) else obj
