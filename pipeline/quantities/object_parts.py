"""Parts of the object readers of `objects`: quotations and brackets taken whole, the tail and
the predicate at an object's end, the noun a count keeps before a relative clause, and the
nouns that name a span of time (stats_span_nouns).
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.object_words import (
    _ASPECT,
    _CLAUSE_END_MARKS,
    _PREDICATE_FOLLOWERS,
    _PREDICATE_WORDS,
    NOUN_POS,
    _word,
    ends_in_head,
)
from pipeline.quantities.pieces import Piece

_OPEN_Q, _CLOSE_Q = "“‘《「『", "”’》」』"
_OPEN_B, _CLOSE_B = "（(", "）)"
_Span = tuple[int, int]
_SPANS = tuple(row[0] for row in lexicons.rows("stats_span_nouns") if row[1:2] != ("suffix",))
_SPAN_ENDINGS = tuple(row[0] for row in lexicons.rows("stats_span_nouns") if row[1:2] == ("suffix",))


def _through(pieces: list[Piece], i: int, close: int, out: list[_Span]) -> int | None:
    """Pieces i.. up to the piece holding the closing mark at ``close`` as one span of the
    object; the index after it (None when the mark was not found or ends the sentence)."""
    if close < 0:
        return None
    k = i
    while k < len(pieces) and pieces[k].end <= close:
        k += 1
    if k >= len(pieces):
        return None
    out.append((pieces[i].start, pieces[k].end))
    return k + 1


def _quoted(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int | None:
    """A quotation or title as one piece of the object (“银发护河员”队伍); the index after it."""
    p = pieces[i]
    close = text.find(_CLOSE_Q[_OPEN_Q.index(text[p.start])], p.start + 1, pieces[-1].end)
    return _through(pieces, i, close, out)


def _verb_with_own_object(pieces: list[Piece], i: int, text: str) -> bool:
    """加工|桂圆肉|，: a verbal noun whose word itself heads no compound, before plain nouns
    that head none either and end the clause, is a predicate and its object."""
    if ends_in_head(_word(text, pieces[i])):
        return False
    k = i + 1
    while k < len(pieces) and not pieces[k].role and pieces[k].pos == "n":
        if ends_in_head(_word(text, pieces[k])):
            return False
        k += 1
    return i + 1 < k < len(pieces) and _word(text, pieces[k]) in _CLAUSE_END_MARKS


def _bracketed(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int | None:
    """A bracketed list completing the noun before it (省（区、市）, 街道（乡镇）); the index after."""
    p = pieces[i]
    close = text.find(_CLOSE_B[_OPEN_B.index(text[p.start])], p.start + 1, min(pieces[-1].end, p.start + 12))
    return _through(pieces, i, close, out)


def _bracket_back(pieces: list[Piece], i: int, text: str) -> int | None:
    """The index of the noun before the bracket that closes at pieces[i] (街道|（乡镇）), or None."""
    k = i - 1
    while k > 0 and i - k <= 4 and not pieces[k].role and _word(text, pieces[k])[:1] not in _OPEN_B:
        k -= 1
    if k > 0 and _word(text, pieces[k])[:1] in _OPEN_B and pieces[k - 1].pos.startswith(NOUN_POS):
        return k - 1
    return None


_NAME_OR_PLACE_POS = ("ns", "nr", "nt", "nrt", "nrfg", "s")  # a list item naming where or who


def _has_own_figure(pieces: list[Piece], i: int) -> bool:
    """超6亿件服装、|交易额|超500亿元: the next list item is the subject of its own figure; not
    where that figure's measure is followed by a noun (国家|和|地区|740多家|企业): a figure with a
    noun after its measure counts that noun, so the list item before it stays in the object
    (unless the item is a place or a name: 、|河南西峡|8万吨|猕猴桃 is where its own figure is)."""
    if _one_character_before_figure(pieces, i):
        return True  # 世界纪录、|创/n|156项: a verb of one character jieba tags n opens the next clause
    places = False
    while i < len(pieces) and not pieces[i].role and pieces[i].pos.startswith(NOUN_POS):
        places = places or pieces[i].pos in _NAME_OR_PLACE_POS
        i += 1
    if i >= len(pieces) or not pieces[i].role:
        return False
    if places:
        return True
    while i < len(pieces) and pieces[i].role:
        i += 1
    counts_next = i < len(pieces) and pieces[i - 1].role == P.ROLE_UNIT and pieces[i].pos.startswith(NOUN_POS)
    return not counts_next


def _one_character_before_figure(pieces: list[Piece], i: int) -> bool:
    """Whether pieces[i] is a word of one character right before a figure (、|创|156项): no noun
    a list item names before a count of its own (those have two characters or more: 国家|和|地区|
    N家), but the verb of the next figure's clause that jieba tags as a noun."""
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    p = pieces[i] if i < len(pieces) else None
    return p is not None and nxt is not None and not p.role and p.end - p.start == 1 and bool(nxt.role)


def _noun_tail(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> bool:
    """Whether pieces[i] is a one-character adjective jieba cut off the noun before it (豌豆|尖),
    not a predicate: right after a plain noun of the object and before a verb or a clause end; not
    before a verb of one character, which it opens an adverbial with (措施|明/a|起/v|实施)."""
    if not out or i + 1 >= len(pieces) or i == 0:
        return False
    p, before, after = pieces[i], pieces[i - 1], pieces[i + 1]
    return (
        not p.role
        and p.pos == "a"
        and p.end - p.start == 1
        and out[-1] == (before.start, before.end)
        and before.pos in ("n", "nz")
        and not after.role
        and ((after.pos == "v" and after.end - after.start > 1) or _word(text, after) in _CLAUSE_END_MARKS)
        and not _verb_goes_on(pieces, i + 1, text)
    )


def _verb_goes_on(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the verb at pieces[k] takes an aspect particle or a noun after it (辐射计|新|组建|
    了, 站点|新/a|建成|机房): the one-character adjective before it is then its adverbial (newly),
    the two a predicate with its own aspect or object, no tail of the noun (豌豆|尖|上市。)."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    if pieces[k].pos != "v" or nxt is None or nxt.role:
        return False
    return _word(text, nxt) in _ASPECT or nxt.pos.startswith(NOUN_POS)


def _drop_predicate(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int:
    """A verbal or adjectival noun at the end, followed by more words, is the predicate
    (巡查队|活跃在, 护林老兵|分工明确), not part of the object."""
    while out and i < len(pieces):
        last_piece = next(p for p in pieces if p.start == out[-1][0])
        follow = _word(text, pieces[i])
        head = ends_in_head(_word(text, last_piece))  # 商贸|活动|对接…: a head noun stays
        if (
            last_piece.pos in ("vn", "an")
            and not head
            and follow not in _PREDICATE_FOLLOWERS
            and len(out) > 1
        ):
            out.pop()
            i = pieces.index(last_piece)
        else:
            break
    return i


def _noun_before_predicate(pieces: list[Piece], out: list[_Span]) -> int | None:
    """Where the plain nouns opening the object end, when an adjective or a verb follows them
    in it (县|不通|火车): the noun is counted, the rest is its predicate; else None."""
    by_start = {p.start: p for p in pieces}
    first = by_start.get(out[0][0])
    if first is None or first.pos != "n":
        return None
    end = out[0][1]
    for a, b in out[1:]:
        p = by_start.get(a)
        if p is None or p.pos in ("v", "a", "ad", "d", "vd"):
            return end if p is not None else None
        if p.pos != "n":
            return None
        end = b
    return None


def _place_word_head(pieces: list[Piece], i: int, end: int) -> bool:
    """历史|街区/s|107片: a place word jieba tags s heads a compound after a plain noun."""
    return i == end and i > 0 and pieces[i].pos == "s" and not pieces[i - 1].role and pieces[i - 1].pos == "n"


def _spans_time(obj: str) -> bool:
    """Whether a noun phrase names a span of time (军旅生涯, 御窑史): stats_span_nouns."""
    return obj.endswith(_SPANS) or (len(obj) > 1 and obj.endswith(_SPAN_ENDINGS))


_TAIL_POS = ("n", "ng")
# one-character heads a verb makes a compound with (返青期, 征收率, 加油站): compound heads,
# metric endings and endings of a span of time
_ONE_CHAR_HEADS = tuple(h for h in lexicons.words("stats_compound_heads") if len(h) == 1)
_VERB_TAILS = frozenset((*_ONE_CHAR_HEADS, *lexicons.words("stats_metric_suffixes"), *_SPAN_ENDINGS))


def cut_tail_opens(pieces: list[Piece], i: int, text: str) -> bool:
    """Whether pieces[i], opening a noun phrase read back from a figure, is a one-character noun
    jieba cut off the word before it: a compound head after a verb (返青|期|小麦, 征收|率), or a
    bound morpheme (ng) after a place (a name cut short by the place tag: X江/ns|源/ng); no
    predicate word. The reader then takes that word too, else the object opens with a fragment
    (a noun after a predicate verb, 包括|女|队员, or a place's own suffix, X东/ns|市, stays out)."""
    if i < 1 or i >= len(pieces):
        return False
    p, before = pieces[i], pieces[i - 1]
    if p.role or before.role or p.end - p.start != 1 or before.end != p.start or p.pos not in _TAIL_POS:
        return False
    if before.pos == "v":
        return _word(text, p) in _VERB_TAILS and _word(text, before) not in _PREDICATE_WORDS
    return before.pos == "ns" and p.pos == "ng"
