"""An object whose left edge falls inside a word jieba cut in two (issue 12, round 15): the
character cut off before the object belongs to its first word.

- A place word and a one-character noun jieba cut off after it, glued to the object's next
  word (黄河/ns|源|园区面积, 非洲/ns|裔|占比): the place and the character are one noun, a
  name or a kind (黄河源, 非洲裔), not a place that says where; the reader stopped at the place
  word and kept the character alone (源园区面积). The object takes the place word back in. Not
  a level suffix or a natural feature (市, 县, 河, 湖: the character ends a place name, which
  the place readers leave out), nor a character mostly used as another part of speech
  (stats_free_characters).
- A one-character end of a place name (a level suffix, a natural feature, a facility: 港) jieba
  cut off the place word and glued to the object (深圳/ns|港|外贸集装箱吞吐量): the character
  ends the place's name, which says where, so it is cut off the object (`without_place_end`).
- A one-character word (可/v) jieba cut off the attribute it opens because the object's first
  word is longer (可|再生能源: jieba lists 可再生/l and 再生能源): the character is put back
  (`with_glued_prefix`), by the attribute words of jieba's dictionary.
- The superlative adverb 最 glued before a noun that opens with a one-character adjective of
  degree (最|高温, 最|低价: jieba's dictionary holds 高温, so it cut 最高 in two): 最 and the
  adjective are one word, the object the whole noun.
- Two one-character verbs (or a one-character locative of direction and a verb: 外|送|电量)
  glued to each other and to a metric noun after them (早稻|播|栽|
  面积: a verb compound jieba does not know, 播栽): one verbal noun, so the reader does not stop
  between them (`join_cut_verb_pairs`, for objects only).

Word classes are data: places_level_suffixes, ner_admin_ends, places_natural_features,
stats_free_characters, stats_site_heads, stats_metric_nouns, stats_metric_suffixes,
stats_predicate_words in `pipeline/lexicons/`. Used by `rows`.
"""

from __future__ import annotations

from functools import cache

from pipeline import lexicons
from pipeline.jieba_dict import word_tags as jieba_word_tags
from pipeline.quantities.object_words import _PREDICATE_WORDS, _word, is_metric_word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.word_tags import _joined

_PLACE_POS = ("ns",)  # a place word jieba tags (黄河, 非洲)
_MORPHEME_POS = ("n", "ng", "nr", "g")  # the one-character noun cut off after it (源, 裔)
_SUPERLATIVE = "最"
_DEGREE = "高低大小长短多少深浅快慢早晚远近"  # one-character adjectives of degree (最高, 最低)
_NOUN_POS = ("n", "nz", "ng", "vn", "an", "j")
_CLAUSE_MARKS = "，,。；;：:！？!?、（）()“”《》\n"


@cache
def _place_ends() -> frozenset[str]:
    """One-character words that end a place name: level suffixes and natural features."""
    words = (
        *lexicons.words("places_level_suffixes"),
        *lexicons.words("ner_admin_ends"),
        *lexicons.words("places_natural_features"),
    )
    return frozenset(w for w in words if len(w) == 1)


@cache
def _free_characters() -> frozenset[str]:
    return frozenset(lexicons.words("stats_free_characters"))


def _object_at(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the piece the object opens with, where the object lies before the figure
    in its clause (no clause mark between) and starts at a piece's start; else None."""
    obj = st.obj
    if not obj or not st.pieces:
        return None
    end = pieces[st.pieces[0]].start
    at = text.rfind(obj, 0, end)
    if at < 0 or any(c in _CLAUSE_MARKS for c in text[at + len(obj) : end]):
        return None
    return next((k for k, p in enumerate(pieces) if p.start == at and not p.role), None)


def _place_morpheme(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] is a one-character noun glued between a place word before it and a
    word after it (黄河|源|园区), no place ending or free character."""
    if k < 1 or k + 1 >= len(pieces):
        return False
    p, before, after = pieces[k], pieces[k - 1], pieces[k + 1]
    w = _word(text, p)
    return (
        len(w) == 1
        and p.pos in _MORPHEME_POS
        and not before.role
        and before.pos in _PLACE_POS
        and before.end == p.start
        and not after.role
        and after.start == p.end
        and after.pos in _NOUN_POS
        and w not in _place_ends()
        and w not in _free_characters()
    )


def with_place_morpheme(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the place word a one-character noun opening it was cut off from (黄河|
    源园区面积 -> 黄河源园区面积); else the object as it is."""
    k = _object_at(st, pieces, text)
    if k is None or not _place_morpheme(pieces, k, text) or len(st.obj) < 2:
        return st.obj
    return _word(text, pieces[k - 1]) + st.obj


_END_POS = ("n", "ng", "j", "q")  # jieba's tags for a place's last character cut off (港/j)


def without_place_end(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the one-character end of a place name it opens with (深圳/ns|港/j|
    外贸集装箱吞吐量 -> 外贸集装箱吞吐量): a level suffix, a natural feature or a facility
    (stats_site_heads: 港, 站) glued to a place word before it and to a noun after it ends
    that place's name, which says where and is no part of what is measured; else the object."""
    k = _object_at(st, pieces, text)
    if k is None or k < 1 or k + 1 >= len(pieces) or len(st.obj) < 3:
        return st.obj
    p, before, after = pieces[k], pieces[k - 1], pieces[k + 1]
    w = _word(text, p)
    if w not in _place_ends() and w not in _facility_ends():
        return st.obj
    if p.pos not in _END_POS or before.role or before.pos not in _PLACE_POS or before.end != p.start:
        return st.obj
    if after.role or after.start != p.end or after.pos not in _NOUN_POS:
        return st.obj
    return st.obj[len(w) :]


_GLUED_PREFIX_POS = ("v", "d", "h")  # 可/v: a one-character word jieba cut off an attribute
_ATTRIBUTE_TAGS = ("l", "a", "b", "an")  # 可再生/l: the attribute the character opens


def with_glued_prefix(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the character before it that opens an attribute with its first
    characters (可/v|再生能源|发电装机 -> 可再生能源发电装机): jieba's dictionary lists both 可再生/l
    and 再生能源, and the longer word won, cutting 可 off; the character and the object's first
    characters are one attribute word (an adjective, status or set phrase in jieba's
    dictionary), so the object takes the character back in; else the object as it is."""
    k = _object_at(st, pieces, text)
    if k is None or k < 1 or len(st.obj) < 3:
        return st.obj
    p, before = pieces[k], pieces[k - 1]
    c = _word(text, before)
    if before.role or len(c) != 1 or before.pos not in _GLUED_PREFIX_POS or before.end != p.start:
        return st.obj
    tags = jieba_word_tags()
    first = _word(text, p)
    if any(tags.get(c + first[:n]) in _ATTRIBUTE_TAGS for n in range(1, len(first))):
        return c + st.obj
    return st.obj


@cache
def _facility_ends() -> frozenset[str]:
    """One-character heads of site names (stats_site_heads: 港, 站, 矿)."""
    return frozenset(w for w in lexicons.words("stats_site_heads") if len(w) == 1)


def with_superlative(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with 最 glued before it where the object opens with an adjective of degree
    (最|高温 -> 最高温); else the object as it is."""
    k = _object_at(st, pieces, text)
    if k is None or k < 1 or st.obj[:1] not in _DEGREE or pieces[k].pos not in _NOUN_POS:
        return st.obj
    before = pieces[k - 1]
    if before.role or _word(text, before) != _SUPERLATIVE or before.end != pieces[k].start:
        return st.obj
    return _SUPERLATIVE + st.obj


_PAIR_FIRST_POS = ("v", "f")  # 播|栽, 外|送: a verb or a direction before the verb


def _verb_pair(prev: Piece, p: Piece, nxt: Piece | None, text: str) -> str:
    """vn where prev and p are one-character verbs glued to each other and p to a metric noun
    after it (播|栽|面积), neither a predicate word (stats_predicate_words: 达, 占, 有); prev
    may be a one-character locative of direction (外|送|电量: 外送, sent out of the region)."""
    if (
        prev.role
        or p.role
        or prev.pos not in _PAIR_FIRST_POS
        or p.pos != "v"
        or prev.end - prev.start != 1
        or p.end - p.start != 1
        or prev.end != p.start
        or nxt is None
        or nxt.role
        or nxt.start != p.end
        or not is_metric_word(_word(text, nxt))
        or _word(text, prev) in _PREDICATE_WORDS
        or _word(text, p) in _PREDICATE_WORDS
    ):
        return ""
    return "vn"


def join_cut_verb_pairs(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with two one-character verbs before a metric noun joined into one verbal noun
    (播|栽|面积 -> 播栽/vn|面积); the statistics' piece indices are moved to the new list."""
    return _joined(pieces, stats, lambda prev, p, nxt: _verb_pair(prev, p, nxt, text))
