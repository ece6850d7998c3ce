"""Edges of a counted noun phrase (issue 12, rounds 7-8): word classes that move where the object
read back from a number starts, a compound head jieba cut off its noun, a two-character
adjective jieba cut in two, and the whole of a share frame left out of its share. Used by
`objects` and `rows`; the conjunctions, heads and share words are data (stats_conjunctions,
stats_compound_heads, stats_share_words in `pipeline/lexicons/`)."""

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


def join_cut_adjectives(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with two one-character adjectives in a row before a noun joined into one
    adjective: a two-character adjective jieba cut in two (老|旧|小区 -> 老旧/a|小区), which the
    readers of a noun phrase would otherwise take one character of (旧小区); the statistics'
    piece indices are moved to the new list."""

    def cut_adjective(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        if (
            not p.role
            and not prev.role
            and prev.pos == "a"
            and p.pos == "a"
            and prev.end - prev.start == 1
            and p.end - p.start == 1
            and prev.end == p.start
            and nxt is not None
            and not nxt.role
            and nxt.start == p.end
            and nxt.pos.startswith("n")
        ):
            return "a"
        return ""

    return _joined(pieces, stats, cut_adjective)


_MOST = 12  # characters the whole between a share verb and its share noun may run to
_WHOLE_POS = ("n", "f", "s", "j", "b", "a")  # words that name the whole after a share verb
_CLAUSE_ENDS = "，,。；;：:！？!?"
_SHARE_ROWS = lexicons.rows("stats_share_words")
_SHARE_VERBS = tuple(sorted((w for w, role in _SHARE_ROWS if role == "verb"), key=len, reverse=True))
_SHARE_NOUNS = tuple(w for w, role in _SHARE_ROWS if role == "noun")


def _names_whole(p: Piece) -> bool:
    return not p.role and p.pos.startswith(_WHOLE_POS)


def share_noun_only(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the whole of a share frame: an object ending in a share noun, read
    after a share verb and the words that name the whole (占|全省|工业比重|约六成, 占|全部|
    电源装机比重|达到N%), is the share noun alone (比重), as where the whole is a scope word
    (占全国比重) or has its own 的 (占…总值的比重)."""
    obj = st.obj
    noun = next((n for n in _SHARE_NOUNS if obj.endswith(n) and len(obj) > len(n)), None)
    if noun is None:
        return obj
    at = text.rfind(obj, 0, st.start)
    if at < 0 or any(c in _CLAUSE_ENDS for c in text[at + len(obj) : st.start]):
        return obj  # the object is not the subject of this number's clause
    k = next((k for k, p in enumerate(pieces) if p.start == at), None)
    if k is None:
        return obj
    k -= 1
    while k >= 0 and _names_whole(pieces[k]) and at - pieces[k].start < _MOST:
        k -= 1  # the words of the whole: nouns, places, locatives (规模|以上), a few characters
    return noun if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _SHARE_VERBS else obj
