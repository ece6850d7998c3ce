"""Coordinated modifiers cut off an object (首映、首演、|首展活动, 低温、准|低温储粮仓容,
租赁和|商务服务业增加值, N所|二级|、三级公立医院).

The object readers stop at a list mark or a conjunction whose left side is no noun, so a
metric whose modifier is a list of words sharing one head lost every word of the list but the
last (read before the number) or but the first (read after the measure). Before the number
the words before the mark are modifiers of the same head, no items of their own, where:
- each is one word, with no figure, parallel to the first word after the last mark: the same
  first or last character, or it ends that word (沿江|和|沿海, 首映|、|首演|、|首展, 低温|、|准低温):
  modifiers of one kind (a one-character prefix between the mark and the object, 准|低温, goes
  with them); not before an adverb of respective pairing (stats_respective_words: 沿江、沿海
  港口吞吐量分别增长5%和8%, where each figure measures one item);
- or it is one verb, first in its clause, joined by a conjunction (not a list mark) to an
  object that opens with a noun (租赁|和|商务服务业增加值, 采购|和|物流成本): a verb alone is
  no counted item, so it modifies the head with the noun after the conjunction.
After the measure an object that is the first word of such a parallel list (N所|二级|、|三级|
公立医院 read as 二级) takes the list and the noun phrase read on from its last word.
Word classes are data: stats_conjunctions, stats_respective_words in `pipeline/lexicons/`.
Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _CLAUSE_MARKS, _CONJ, _word
from pipeline.quantities.objects import object_after
from pipeline.quantities.pieces import Found, Piece

_RESPECTIVE = tuple(lexicons.words("stats_respective_words"))
_LIST_MARK = "、"
_MODIFIER_POS = ("n", "nz", "ng", "vn", "v", "a", "b", "f", "j", "an")  # a word that modifies a head
_NOUN_START = ("n", "nz", "ng", "j")
_HEAD_POS = (*_NOUN_START, "nt")  # 中医医院/nt: a body's kind ends the phrase read after the list
_VERB = "v"
_MOST = 4  # modifiers read back over


def _modifier(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return not p.role and p.pos in _MODIFIER_POS and not any(c.isdigit() for c in w)


def _parallel(word: str, first: str) -> bool:
    """Whether a conjunct and the last conjunct's first word are two of one kind: the same first
    character (沿江|沿海, 首映|首展), the same last one (二级|三级, 县级|乡级) or the conjunct
    ends the other (低温|准低温)."""
    return word[0] == first[0] or word[-1] == first[-1] or (first.endswith(word) and len(first) > len(word))


def _conjuncts(pieces: list[Piece], mark: int, text: str) -> list[int]:
    """The one-word conjuncts before the mark at pieces[mark], nearest first, read back over
    list marks (首映|、|首演|、)."""
    out: list[int] = []
    k = mark - 1
    while k >= 0 and _modifier(pieces[k], text) and len(out) < _MOST:
        out.append(k)
        if k - 2 < 0 or _word(text, pieces[k - 1]) != _LIST_MARK:
            break
        k -= 2
    return out


def _clause_first(pieces: list[Piece], k: int, text: str) -> bool:
    return k == 0 or _word(text, pieces[k - 1]) in _CLAUSE_MARKS


def _respective_after(st: Found, pieces: list[Piece], b: int, text: str) -> bool:
    return any(w in text[pieces[b].end : st.start] for w in _RESPECTIVE)


def _verb_modifier(pieces: list[Piece], words: list[int], mark: int, a: int, text: str) -> bool:
    """Whether the one conjunct is a verb first in its clause, joined by a conjunction to an
    object that opens with a noun of two characters or more (租赁|和|商务服务业增加值)."""
    return (
        len(words) == 1
        and pieces[words[0]].pos == _VERB
        and _word(text, pieces[mark]) != _LIST_MARK
        and _clause_first(pieces, words[0], text)
        and pieces[a].pos in _NOUN_START
        and pieces[a].end - pieces[a].start > 1
    )


def with_coordinated_modifier(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the coordinated modifiers before it (首映、首演、|首展活动)."""
    span = located(st, pieces, text)
    if span is None or span[0] < 2:
        return st.obj
    a, b = span
    mark = a - 1
    prefix = pieces[mark]
    if not prefix.role and prefix.end - prefix.start == 1 and _word(text, prefix) not in _CONJ:
        mark -= 1  # 低温、|准|低温储粮仓容: a one-character prefix of the last conjunct
    if mark < 1 or pieces[mark].role or _word(text, pieces[mark]) not in _CONJ:
        return st.obj
    first = text[pieces[mark + 1].start : pieces[a].end]  # the last conjunct's first word
    words = _conjuncts(pieces, mark, text)
    if not words:
        return st.obj
    parallel = all(_parallel(_word(text, pieces[k]), first) for k in words)
    parallel = parallel and not _respective_after(st, pieces, b, text)
    if parallel or _verb_modifier(pieces, words, mark, a, text):
        return text[pieces[words[-1]].start : pieces[a].start] + st.obj
    return st.obj


def _list_after(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index of the last conjunct of a list of parallel words that opens at pieces[k]
    (二级|、|三级, 县级|、|乡级|和|村级), where one follows; else None."""
    first, last = _word(text, pieces[k]), None
    while (
        k + 2 < len(pieces)
        and _word(text, pieces[k + 1]) in _CONJ
        and _modifier(pieces[k + 2], text)
        and _parallel(_word(text, pieces[k + 2]), first)
    ):
        k += 2
        last = k
    return last


def _phrase_to_noun(pieces: list[Piece], k: int, text: str) -> str:
    """The words from pieces[k] on to the first plain noun and the plain nouns right after it
    (三级|公立/v|综合/vn|医院), over modifier words; the word alone where none follows."""
    j = k + 1
    while j < len(pieces) and _modifier(pieces[j], text) and pieces[j].pos not in _HEAD_POS:
        j += 1
    if j >= len(pieces) or pieces[j].role or pieces[j].pos not in _HEAD_POS:
        return _word(text, pieces[k])
    while j + 1 < len(pieces) and not pieces[j + 1].role and pieces[j + 1].pos in _HEAD_POS:
        j += 1
    return text[pieces[k].start : pieces[j].end]


def with_coordinated_modifier_after(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read after the measure as the first word of a list of parallel modifiers
    (N所|二级|、|三级|公立医院 read as 二级) with the list and its head: the noun phrase read
    from the last conjunct on, after the list (二级、三级公立医院)."""
    if not st.obj or not st.pieces:
        return st.obj
    k = st.pieces[-1] + 1
    if k >= len(pieces) or _word(text, pieces[k]) != st.obj or not _modifier(pieces[k], text):
        return st.obj
    last = _list_after(pieces, k, text)
    if last is None:
        return st.obj
    head = object_after(pieces, last, text, set(), st.kind)
    if head in ("", _word(text, pieces[last])):
        head = _phrase_to_noun(pieces, last, text)  # 三级|公立/v|综合|医院: read on to the noun
    if not head.startswith(_word(text, pieces[last])) or head == _word(text, pieces[last]):
        return st.obj
    return text[pieces[k].start : pieces[last].start] + head
