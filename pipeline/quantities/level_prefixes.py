"""Words after a statistic's measure that jieba leaves where the object reading stops.

Scale-class prefixes inside a counted noun phrase (6个|千亿级|制造业集群, 2个|500亿元级|产业园):
jieba leaves the numeral and 级 as separate numeral and measure words, where the object
reading stops; joined here into one distinguishing word (tag b) so that the noun phrase
after the unit is read through it. An alternative measure in brackets right after the unit
(3000台（套）|农业机械) is joined to the unit's piece. For objects only, like
`word_tags.join_attributive_verbs`."""

from __future__ import annotations

from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece, join_runs

_LEVEL = "级"
_NUMERAL_CHARS = set("0123456789.〇零一二三四五六七八九十百千万亿两")
_MAX_RUN = 3  # 8000|亿元|级


def _noun_follows(pieces: list[Piece], i: int) -> bool:
    """A noun at pieces[i], or an adjective or distinguishing word and a noun (级|先进|制造业)."""
    if i < len(pieces) and not pieces[i].role and pieces[i].pos in ("a", "b"):
        i += 1
    return i < len(pieces) and not pieces[i].role and pieces[i].pos.startswith(NOUN_POS)


def _prefix_start(pieces: list[Piece], k: int, text: str) -> int | None:
    """Where pieces[k] is 级 after numeral words, right after a statistic's measure and before
    a noun: the index of the first numeral word; else None."""
    if pieces[k].role or _word(text, pieces[k]) != _LEVEL or k + 1 >= len(pieces):
        return None
    if not _noun_follows(pieces, k + 1):
        return None
    a = k
    while a > 0 and k - a < _MAX_RUN and not pieces[a - 1].role and pieces[a - 1].pos in ("m", "q", "mq"):
        a -= 1
    numeral = any(c in _NUMERAL_CHARS for p in pieces[a:k] for c in _word(text, p))
    return a if a < k and a > 0 and pieces[a - 1].role and numeral else None


def join_level_prefixes(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with each scale-class prefix after a statistic (千亿|级, 500|亿元|级) joined
    into one word tagged b; the statistics' piece indices moved to the new list."""
    starts = {a: k for k in range(len(pieces)) if (a := _prefix_start(pieces, k, text)) is not None}
    return join_runs(pieces, stats, starts)


_OPEN, _CLOSE = "（(", "）)"


def join_unit_alternatives(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with an alternative measure in brackets right after a statistic's unit
    (台|（|套|）) joined to the unit's piece, so that the noun after it is read as the object;
    the statistics' piece indices moved to the new list."""
    joins = {}
    for st in stats:
        u = st.pieces[-1]
        if u + 3 < len(pieces) and _alternative_at(pieces, u + 1, text):
            joins[u] = u + 3
    return join_runs(pieces, stats, joins, pos=None)


def _alternative_at(pieces: list[Piece], i: int, text: str) -> bool:
    """（套）: an opening bracket, one measure word, a closing bracket."""
    a, q, b = pieces[i], pieces[i + 1], pieces[i + 2]
    return (
        not (a.role or q.role or b.role)
        and _word(text, a) in _OPEN
        and q.pos == "q"
        and len(_word(text, q)) == 1
        and _word(text, b) in _CLOSE
    )
