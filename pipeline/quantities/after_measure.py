"""Words jieba mistags right after a measure, retagged for the object finders (used by `rows`
on a sentence's pieces, for objects only):

- an adverb (or its 的) before a noun (12条|徒步/d|线路, 5台|高速/d|插秧机): between a measure
  and its noun an adverb has nothing to modify, so the word describes the noun and is read inside
  the noun phrase (retagged n: as part of the compound, not as a modifier that would make the
  words before a 的 a relative clause: 7个|专门/d|委员会的议案 counts the committees);
- a one-character word jieba could not place (zg, ng: 300多个|村/zg, 2000多家|村/zg|卫生室):
  right after a measure it is the noun counted or the first character of it (retagged n).
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.quantities.object_words import _ASPECT, _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece

_ADVERB_POS = ("d",)
_UNPLACED_POS = ("zg", "ng")  # one-character words jieba could not place
_NOUN_AFTER_POS = ("n", "nz")
_DE = "的"


def _after_measure(pieces: list[Piece], st: Found, text: str) -> int:
    """The index right after the figure's measure, past a 的 that follows it (N米长的 past 长的)."""
    k = st.pieces[-1] + 1
    adjective = k + 1 < len(pieces) and not pieces[k].role and pieces[k].pos == "a"
    if adjective and _word(text, pieces[k + 1]) == _DE:
        return k + 2  # 164公里长的|高速/d 铁路
    if k < len(pieces) and _word(text, pieces[k]) == _DE:
        return k + 1
    return k


def adverbs_as_modifiers(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with an adverb of two characters or more that follows a measure (or its 的)
    and comes right before a noun retagged n; other pieces as they are."""
    out = list(pieces)
    for st in stats:
        k = _after_measure(pieces, st, text)
        if k + 1 >= len(pieces):
            continue
        p, nxt = pieces[k], pieces[k + 1]
        if (
            not p.role
            and p.pos in _ADVERB_POS
            and len(_word(text, p)) >= 2
            and _word(text, p) not in _PREDICATE_WORDS
            and not nxt.role
            and nxt.pos in _NOUN_AFTER_POS
            and not (k + 2 < len(pieces) and _word(text, pieces[k + 2]) in _ASPECT)  # 已经|生长/n|了: a verb
        ):
            out[k] = replace(p, pos="n")
    return out


def unplaced_nouns(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a one-character word jieba could not place (zg, ng) right after a measure
    retagged n; other pieces as they are."""
    out = list(pieces)
    for st in stats:
        k = st.pieces[-1] + 1
        if (
            k < len(pieces)
            and not pieces[k].role
            and pieces[k].pos in _UNPLACED_POS
            and len(_word(text, pieces[k])) == 1
        ):
            out[k] = replace(pieces[k], pos="n")
    return out
