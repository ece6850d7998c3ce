"""Fixed expressions jieba tags l that end in a noun (农民|合作社/l|超过220万家, 植保|无人机/l|
近20万架, 受灾人口/l|37.5万人): right before a figure such a word is the noun counted, but
`objects.object_before` reads back from an l word only where it ends in a compound head
(stats_compound_heads), so the object was left empty. jieba's own dictionary tells the noun
ending (社, 人口, 群众, 枢纽 are nouns there); expressions ending otherwise (以旧换新, 共出动,
每人每年, 超额完成) keep their tag. Used by `rows` with the other retagging passes, for objects only."""

from __future__ import annotations

from dataclasses import replace

from pipeline.nlp.components.resources import jieba_dict
from pipeline.quantities.pieces import Found, Piece

_FIXED = "l"
_NOUN = "n"
_NOUN_TAGS = ("n", "vn")  # 遗产 is vn in jieba's dictionary


def _ends_in_noun(word: str) -> bool:
    """The last two characters where jieba lists them as a word (人口, 群众; 完成 is a verb),
    else the last character (社, 机)."""
    tags = jieba_dict()
    tail = word[-2:] if len(word) > 2 and word[-2:] in tags else word[-1:]
    return len(word) > len(tail) and tags.get(tail) in _NOUN_TAGS


def nouns_before_figures(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with an l word right before a statistic retagged n where it ends in a noun."""
    out = list(pieces)
    for st in stats:
        k = st.pieces[0] - 1
        if k < 0 or out[k].role or out[k].pos != _FIXED:
            continue
        if _ends_in_noun(text[out[k].start : out[k].end]):
            out[k] = replace(out[k], pos=_NOUN)
    return out
