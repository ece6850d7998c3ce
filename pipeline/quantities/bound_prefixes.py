"""A word that binds to the noun after it, cut off an object read before the number.

The readers of `objects` and `subjects` read a noun phrase back from its head and stop at a
word of a class they do not take into a compound; `widen` then runs on over nouns and
modifiers only. Three classes of words they stop at bind to the noun after them instead:
- a status word, which jieba tags z (优良): before a noun it names the noun's kind (…水质|优良|
  水体比例, the share of water bodies rated good), while as a predicate it would follow its
  noun with no noun after it (水质优良，…);
- the preposition 在 before a one-character noun that opens the object (在|田|面积, 在|岗|
  人数): the two make the state of the thing counted (in the field, at work). Left out, the
  object opens with a bare one-character noun, which is no noun phrase of its own (田面积);
- a one-character prefix (jieba's h), adverb (d) or conjunction that joins no nouns (not one
  of stats_conjunctions) right before a one-character word opening the object: the two are a
  word jieba cut in two (非|遗|代表性项目, 并|网|光伏, 已|收|面积), for a particle (的), a
  preposition or a verb before it (到|省) marks a phrase's edge instead.
Where one of them stands right before the object in the same clause it is put back in front,
and the phrase is widened again over the nouns before it (冬小麦|在田面积, 地表水|优良水体比例)
up to the left edge `widen` reads (a scope word, a place name, a clause mark …).

A third class: the one-character unit word of a division (县, 村: places_level_suffixes) that
jieba tags zg after a verb or a noun names a kind of division, not a place (脱贫|县, 产油|大|
县: counties of a programme); a named one is a place name (涞源县/ns). Right before the object
the kind is put back with the unit word: its word and at most a one-character adjective
between them (大), and no more (the word before may already be the predicate: 落实/a|产油|大|县).

A fourth class: a one-character verb of stats_bound_verb_prefixes (跨, 涉) that jieba cut off
the noun opening an object of two words or more (跨|区域|人员流动量, 涉|企|收费): glued to the
noun it makes a non-predicate modifier (across regions), and a predicate of one character
before a noun phrase of its own would have its subject before it, not a scope word or a clause
mark; so it is put back where the word before it is one of those (全社会|跨|…, ，跨|…) or a plain
noun (公路|跨|…), and the phrase widened again.

A fifth class: a negating prefix of stats_negating_prefixes (非) that jieba cut off the noun
opening an object (非|居民用户, 非|遗工坊), or kept glued to one character it tags as an adverb
(非公/d|企业…): the prefix makes a non-predicate modifier of that noun (non-resident users, the
intangible heritage's workshops, the non-public sector's firms), so the object without it names
the opposite class. Tagged h (a prefix, which never stands alone), or a word of two characters
tagged d opening with the prefix, glued to a noun that opens the object, it is put back and
the phrase widened again; inside a phrase read back before the number the reader reads on
over it (`negating_prefix_at`: 国家级|非|物质文化遗产代表性传承人).

Word classes are data: places_level_suffixes (the unit words), stats_conjunctions,
stats_bound_verb_prefixes, stats_negating_prefixes in `pipeline/lexicons/`.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _CONJ, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.widen import widened

_STATUS_POS = "z"  # jieba's status words: 优良, 烂漫
_NOUN_POS = ("n", "nz", "ng", "vn", "j")  # the object's first word after a status word
_STATE_PREPOSITION = "在"  # 在|田|面积: in a state, with the one-character noun after it
_SPLIT_POS = ("h", "d", "c")  # a one-character prefix, adverb or conjunction: 非|遗, 已|收, 并|网
_UNIT_WORDS = frozenset(w for w in lexicons.words("places_level_suffixes") if len(w) == 1)  # 县, 村
_KIND_POS = ("v", "vn", "n", "j")  # the word naming the kind of division (脱贫|县, 产油|大|县)
_VERB_PREFIXES = frozenset(lexicons.words("stats_bound_verb_prefixes"))  # 跨|区域
_PREFIX_OPENERS = ("n", "nz", "ng", "a", "x")  # 社会|跨, 公路|跨, ，|跨: no subject of a predicate 跨
_NEGATING = tuple(lexicons.words("stats_negating_prefixes"))  # 非|居民用户, 非公/d|企业


def _status_word(p: Piece, nxt: Piece, text: str) -> bool:
    """A status word of two characters or more before a noun."""
    return not p.role and p.pos == _STATUS_POS and len(_word(text, p)) >= 2 and nxt.pos in _NOUN_POS


def _state_preposition(p: Piece, nxt: Piece, text: str, more: bool) -> bool:
    """在 before a one-character noun that has more of the object after it (在|田|面积)."""
    return (
        not p.role
        and p.pos == "p"
        and _word(text, p) == _STATE_PREPOSITION
        and nxt.pos in ("n", "ng")
        and len(_word(text, nxt)) == 1
        and more
    )


def _split_word(p: Piece, nxt: Piece, text: str, more: bool) -> bool:
    """A one-character prefix, adverb or non-joining conjunction glued to the one-character
    word that opens the object, with more of the object after it (非|遗|代表性项目)."""
    w = _word(text, p)
    return (
        not p.role
        and p.pos in _SPLIT_POS
        and len(w) == 1
        and w not in _CONJ
        and p.end == nxt.start
        and len(_word(text, nxt)) == 1
        and more
    )


def _verb_prefix(pieces: list[Piece], a: int, text: str, more: bool) -> bool:
    """A bound one-character verb (跨) right before the noun that opens an object of two words
    or more, after a plain noun, a scope word or a clause mark (not after a name, a pronoun, an
    adverb or another verb, which leave it the predicate's room)."""
    p, first = pieces[a - 1], pieces[a]
    if p.role or p.pos != "v" or _word(text, p) not in _VERB_PREFIXES or not more:
        return False
    if first.pos not in _NOUN_POS or p.end != first.start:
        return False
    return a < 2 or (not pieces[a - 2].role and pieces[a - 2].pos in _PREFIX_OPENERS)


def _negating_prefix(p: Piece, first: Piece, text: str) -> bool:
    """A negating prefix (非) glued to the noun that opens the object: cut off as a prefix
    (非/h|居民用户), or glued to one character jieba tags as an adverb (非公/d|企业)."""
    w = _word(text, p)
    if p.role or p.end != first.start or first.pos not in _NOUN_POS or not w.startswith(_NEGATING):
        return False
    return (p.pos == "h" and len(w) == 1) or (p.pos == "d" and len(w) == 2)


def negating_prefix_at(pieces: list[Piece], i: int, text: str) -> bool:
    """Whether pieces[i] is a negating prefix glued to the noun after it (国家级|非|物质文化遗产…):
    the reader of `objects.object_before` reads on over it, as over a modifier of the phrase."""
    return 0 <= i < len(pieces) - 1 and _negating_prefix(pieces[i], pieces[i + 1], text)


def _kind_of_division(pieces: list[Piece], a: int, text: str) -> int | None:
    """Where the kind-of-division compound right before pieces[a] opens (脱贫|县, 产油|大|县),
    or None: a unit word tagged zg, a one-character adjective before it at most, and a word of
    two characters or more naming the kind."""
    k = a - 1
    if pieces[k].role or pieces[k].pos != "zg" or _word(text, pieces[k]) not in _UNIT_WORDS:
        return None
    k -= 1
    if k >= 1 and not pieces[k].role and pieces[k].pos == "a" and len(_word(text, pieces[k])) == 1:
        k -= 1
    if k < 0 or pieces[k].role or pieces[k].pos not in _KIND_POS or len(_word(text, pieces[k])) < 2:
        return None
    return k


def with_bound_prefix(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the status word or the 在 right before it put back, widened again."""
    span = located(st, pieces, text)
    if span is None or span[0] < 1:
        return st.obj
    a, b = span
    if (kind := _kind_of_division(pieces, a, text)) is not None and not pieces[a].role:
        return text[pieces[kind].start : pieces[a].start] + st.obj
    before, first = pieces[a - 1], pieces[a]
    if first.role or not (
        _status_word(before, first, text)
        or _state_preposition(before, first, text, b > a)
        or _split_word(before, first, text, b > a)
        or _verb_prefix(pieces, a, text, b > a)
        or _negating_prefix(before, first, text)
    ):
        return st.obj
    return widened(replace(st, obj=_word(text, before) + st.obj), pieces, text)
