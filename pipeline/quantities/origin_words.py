"""A word of domestic or foreign scope cut off an object read before the number.

jieba tags 国内, 境外 and the like s, a place word, and the object readers stop at a place
word: a place before a noun says where the figure holds (当地|组织|…, 河南|小麦种植面积).
These words say instead which kind the noun is (全国|国内|出游|1.19亿人次: domestic travel,
吸引|国内|游客), as the tuning annotations write them (国内出游人次). Where one stands right
before an object read before the number in the same clause, it is put back in front.

Word class is data: stats_origin_words in `pipeline/lexicons/`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece

_ORIGIN = frozenset(lexicons.words("stats_origin_words"))


def with_origin_word(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the word of domestic or foreign scope right before it (国内|游客)."""
    span = located(st, pieces, text)
    if span is None or span[0] < 1:
        return st.obj
    p = pieces[span[0] - 1]
    return _word(text, p) + st.obj if not p.role and _word(text, p) in _ORIGIN else st.obj
