"""Farm work named by its season (stats_season_works: 夏种, 秋冬种, 秋收, 夏播) right before the
share of it done (全国秋冬种|已|过六成, 夏种|过三成) or its progress (夏种|进度): jieba tags
some a time word (夏种/t) or a verb (秋收/v), or cuts them (夏/tg|播/v), so no subject was read
for the share, or another clause's was carried to it. Joined and tagged a verbal noun there, the
work is read as the share's subject, as 春耕/vn already is. Used by `rows` on the pieces before
the objects are read."""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.quantities.object_words import _METRIC, _word
from pipeline.quantities.pieces import Found, Piece, join_runs

_WORKS = frozenset(lexicons.words("stats_season_works"))
_SHARE_KINDS = ("percent", "fraction")
_ADVERB_POS = ("d",)
_NOUN = "vn"


def _before_share(pieces: list[Piece], k: int, shares: set[int], text: str) -> bool:
    """pieces[k], past adverbs (已), is a share's first piece or a metric noun (进度)."""
    while k < len(pieces) and not pieces[k].role and pieces[k].pos in _ADVERB_POS:
        k += 1
    return k < len(pieces) and (k in shares or (not pieces[k].role and _word(text, pieces[k]) in _METRIC))


def _plain(p: Piece) -> bool:
    return not p.role


def season_works_as_nouns(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a seasonal farm work before a share or its progress joined (夏|播) and
    tagged vn; the statistics' piece indices moved to the new list."""
    shares = {st.pieces[0] for st in stats if st.kind in _SHARE_KINDS}
    runs = {
        k: k + 1
        for k in range(len(pieces) - 1)
        if _plain(pieces[k])
        and _plain(pieces[k + 1])
        and pieces[k].end == pieces[k + 1].start
        and text[pieces[k].start : pieces[k + 1].end] in _WORKS
        and _before_share(pieces, k + 2, shares, text)
    }
    pieces = join_runs(pieces, stats, runs, pos=_NOUN)
    shares = {st.pieces[0] for st in stats if st.kind in _SHARE_KINDS}
    return [replace(p, pos=_NOUN) if _lone_work(pieces, k, shares, text) else p for k, p in enumerate(pieces)]


def _lone_work(pieces: list[Piece], k: int, shares: set[int], text: str) -> bool:
    """A seasonal farm work jieba kept as one word but tagged other than vn (夏种/t, 秋收/v),
    before a share or its progress."""
    p = pieces[k]
    return (
        _plain(p)
        and p.pos != _NOUN
        and _word(text, p) in _WORKS
        and _before_share(pieces, k + 1, shares, text)
    )
