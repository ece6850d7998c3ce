"""Common nouns jieba tags as places or numerals right before a figure (老旧|街区/s|N个,
示范|镇/ns|N个, 安置|点/m|N处): the word is the head of the thing counted, but a place
word (s, ns) or a numeral (m) before a count is read as no subject (`count_subjects`), so the
object was left empty. Such a head is retagged n where it closes a phrase: a content word
(noun, verb, adjective, distinguishing word) stands right before it, no place or
organisation the NER found covers it, and the word passes `_head`. Before a change frame's 由 or
从 (可签发…的|口岸/s|由N个|增至M个) a place word is such a head also after the 的 of a relative
clause. Used by `rows` with the other retagging passes, for objects only."""

from __future__ import annotations

from dataclasses import replace

from pipeline.nlp.components.resources import jieba_dict
from pipeline.quantities.pieces import Found, Piece

_HEAD_TAGS = ("s", "ns", "m")  # place word, place name, numeral
_MODIFIER_TAGS = ("n", "v", "vn", "a", "b")  # exact tags: a place name or numeral before is no modifier
_VERB_TAGS = ("v", "vn")
_PLACE_WORD = "s"
_NOUN = "n"
_PLACE_NAME = "ns"
_NUMERAL = "m"


_FROM = ("由", "从")  # 口岸/s|由|N个|增至|M个: the head before a change frame
_RELATIVE = "的"


def _relative(p: Piece, text: str) -> bool:
    """的 closing a relative clause before the word (可签发…的|口岸/s|由N个): it modifies a thing."""
    return text[p.start : p.end] == _RELATIVE


def _covered(p: Piece, names: list[tuple[int, int]]) -> bool:
    return any(a <= p.start and p.end <= b for a, b in names)


def _head(p: Piece, prev: Piece, text: str) -> bool:
    """A place word (街区/s) after a noun or adjective (a verb before it makes it the place:
    造成|当地/s|N人, 达到|零下/s); a numeral only after a verb; a place name or numeral only as
    one character that jieba's dictionary does not list as a place name (镇 and 点 are nouns or
    numerals there, 惠及 and 北京 place names; 首次/m, 第一批/m are adverbials)."""
    word = text[p.start : p.end]
    if p.pos == _PLACE_WORD:
        return prev.pos not in _VERB_TAGS
    if p.pos == _NUMERAL and prev.pos not in _VERB_TAGS:
        return False  # 安置|点/m is a place for the act; 同期|多/m is the comparison's 多
    return len(word) == 1 and jieba_dict().get(word) != _PLACE_NAME


def heads_before_figures(
    pieces: list[Piece], stats: list[Found], names: list[tuple[int, int]], text: str
) -> list[Piece]:
    """The pieces with a place or numeral word closing a phrase right before a statistic retagged n."""
    out = list(pieces)
    for st in stats:
        k = st.pieces[0] - 1
        framed = k >= 2 and not out[k].role and text[out[k].start : out[k].end] in _FROM
        k -= 1 if framed else 0
        if k < 1 or out[k].role or out[k].pos not in _HEAD_TAGS or _covered(out[k], names):
            continue
        prev = out[k - 1]
        relative = framed and out[k].pos == _PLACE_WORD and _relative(prev, text)
        modifier = prev.pos in _MODIFIER_TAGS or relative
        if prev.role or not modifier or prev.end != out[k].start:
            continue
        if not _head(out[k], prev, text):
            continue
        out[k] = replace(out[k], pos=_NOUN)
    return out
