"""Edges of a counted noun phrase (issue 12, round 7): word classes that move where the object
read back from a number starts, and a compound head jieba cut off its noun. Used by `objects`
and `rows`; the conjunctions and heads are data (stats_conjunctions, stats_compound_heads in
`pipeline/lexicons/`)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _CONJ, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.word_tags import _joined

PLACE_POS = ("s", "ns", "nr", "nrt", "nt")  # a place word or a name: the subject before a verb
_LIST_POS = ("n", "nz", "ng", "j")  # plain nouns a conjunction joins into one counted list


def joins_nouns(pieces: list[Piece], i: int, end: int, text: str) -> bool:
    """A conjunction (和, 、) between two plain nouns inside the run read back from the number
    at pieces[end]: the figure counts the whole list (消防员和志愿者|3000余人)."""
    before = pieces[i - 1] if i > 0 else None
    return (
        i < end
        and _word(text, pieces[i]) in _CONJ
        and not pieces[i + 1].role
        and pieces[i + 1].pos in _LIST_POS
        and before is not None
        and not before.role
        and before.pos in _LIST_POS
    )


_ONE_CHAR_HEADS = frozenset(h for h in lexicons.words("stats_compound_heads") if len(h) == 1)  # 站, 点
_NOUN_BEFORE_HEAD = ("n", "nz", "ng", "j")
_AFTER_HEAD = ("x", "d", "c", "uj", "f")  # what may follow a noun's head: a mark, an adverb, 和, 的


def join_cut_heads(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a one-character compound head (stats_compound_heads: 站, 点) that jieba
    cut off a noun and tagged v joined to that noun (热力|站/v -> 热力站/n, 水泵|站/v), where a
    mark, an adverb, a conjunction, 的 or a number follows it (not a verb's complement: 群众|站|在);
    the statistics' piece indices are moved to the new list."""

    def cut_head(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        after_ok = nxt is None or bool(nxt.role) or (nxt.pos in _AFTER_HEAD and nxt.start == p.end)
        if (
            not p.role
            and not prev.role
            and p.pos == "v"
            and prev.pos in _NOUN_BEFORE_HEAD
            and prev.end == p.start
            and _word(text, p) in _ONE_CHAR_HEADS
            and after_ok
        ):
            return "n"
        return ""

    return _joined(pieces, stats, cut_head)
