"""Four-character set phrases jieba tags l (习用语) that say what a noun does, not what it is
(三角梅|争奇斗艳, 联合收割机|日夜不停, 花篮|一字排开): retagged i (idiom) for the object finders,
so that after the counted noun they end the object as an idiom does (展翅欲飞), and never count as
its head. jieba gives l to noun compounds as well (救灾物资, 生态系统, 从业人员, 社会各界); those
end in a noun, a verbal noun or a pronoun, while a predicate phrase ends in a verb, an adverb, an
adjective or a state word (斗艳/v, 不停/d, 盎然/z) or in no dictionary word at all (从南|到北).
The test is jieba's own dictionary (pipeline.jieba_dict), on the phrase's second half. Used by
`rows` on a sentence's pieces, for objects only."""

from __future__ import annotations

from dataclasses import replace

from pipeline.jieba_dict import word_tags
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Piece

_SET_PHRASE_POS = "l"
_IDIOM_POS = "i"
_PHRASE_LEN = 4
_LOCATIVE_POS = "f"
_NOMINAL_TAGS = ("n", "vn", "an", "r", "s", "f", "t", "j")  # a second half that heads a noun phrase


def idioms_as_predicates(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with a four-character l word whose second half is no noun retagged i, where it
    follows a noun (or its locative: 大棚|里) and no noun follows it (合理密植|技术 modifies the
    noun; 包括|两名|未成年人 is the noun): other pieces as they are."""
    out = list(pieces)
    for k, p in enumerate(pieces):
        if p.role or p.pos != _SET_PHRASE_POS or _before_noun(pieces, k) or not _after_noun(pieces, k):
            continue
        w = _word(text, p)
        if len(w) == _PHRASE_LEN and not _nominal(w[2:]):
            out[k] = replace(p, pos=_IDIOM_POS)
    return out


def _before_noun(pieces: list[Piece], k: int) -> bool:
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return nxt is not None and not nxt.role and nxt.pos.startswith(NOUN_POS)


def _after_noun(pieces: list[Piece], k: int) -> bool:
    prev = pieces[k - 1] if k > 0 else None
    return prev is not None and not prev.role and (prev.pos.startswith(NOUN_POS) or prev.pos == _LOCATIVE_POS)


def _nominal(half: str) -> bool:
    tag = word_tags().get(half)
    return tag is not None and tag.startswith(_NOMINAL_TAGS)
