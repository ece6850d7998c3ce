"""Fixed expressions jieba tags l that end in a noun (农民|合作社/l|超过220万家, 植保|无人机/l|
近20万架, 受灾人口/l|37.5万人): right before a figure such a word is the noun counted, but
`objects.object_before` reads back from an l word only where it ends in a compound head
(stats_compound_heads), so the object was left empty. jieba's own dictionary tells the noun
ending (社, 人口, 群众, 枢纽 are nouns there); expressions ending otherwise (以旧换新, 共出动,
每人每年, 超额完成) keep their tag. Used by `rows` with the other retagging passes, for objects only.

The same holds for a noun jieba lists as an idiom (事故隐患/i) or an abbreviation (通胀率/j) before
the predicate words of the figure (重大|事故隐患/i|N项, 价格的|通胀率/j|达|N%): one ending in a noun of the
dictionary or in a metric ending (stats_metric_suffixes) is retagged n, since the subject
readers stop at such a tag. And a fixed expression of a noun and the verb of change the figure
completes (价格上涨/l|约6%: a noun of the dictionary, then a predicate word of two characters or
more) is split into the two (价格/n|上涨/v), so the noun is read as the subject. A status word (z:
绿油油, 雪白) describes and does not stand right before a measure; one there (湿地/z|N万亩) is a noun
jieba mistook, and is retagged n."""

from __future__ import annotations

from dataclasses import replace

from pipeline.nlp.components.resources import jieba_dict
from pipeline.quantities.object_words import _METRIC_ENDINGS, _PREDICATE_WORDS
from pipeline.quantities.pieces import Found, Piece, split_pieces

_FIXED = "l"
_NOUN = "n"
_NOUN_TAGS = ("n", "vn")  # 遗产 is vn in jieba's dictionary
_STATUS = "z"  # 湿地/z: a status word right before a figure is a noun jieba mistook
_ODD_TAGS = ("i", "j")  # 事故隐患/i, 通胀率/j: nouns jieba lists as idioms or abbreviations
_DISTINGUISHING = "b"  # 上座率/b: a metric jieba tags as a distinguishing word
_FUSED_TAGS = ("l", "i")  # 价格上涨/l: a noun and its verb of change as one expression
_BETWEEN_POS = ("d", "ad", "ul")  # 约, 已, 了: adverbs and aspect between the subject and the figure
_MAX_BETWEEN = 3
_FUSED_VERBS = tuple(w for w in _PREDICATE_WORDS if len(w) > 1)


def _ends_in_noun(word: str) -> bool:
    """The last two characters where jieba lists them as a word (人口, 群众; 完成 is a verb),
    else the last character (社, 机)."""
    tags = jieba_dict()
    tail = word[-2:] if len(word) > 2 and word[-2:] in tags else word[-1:]
    return len(word) > len(tail) and tags.get(tail) in _NOUN_TAGS


def _word(text: str, p: Piece) -> str:
    return text[p.start : p.end]


def _subject_slot(pieces: list[Piece], k: int, text: str) -> int:
    """The index before the adverbs and predicate words that end at pieces[k] (达, 同比|增长)."""
    n = 0
    while (
        k >= 0
        and n < _MAX_BETWEEN
        and not pieces[k].role
        and (pieces[k].pos in _BETWEEN_POS or _word(text, pieces[k]) in _PREDICATE_WORDS)
    ):
        k, n = k - 1, n + 1
    return k


def _odd_noun(p: Piece, word: str) -> bool:
    """事故隐患/i, 通胀率/j: an idiom or abbreviation tag on a word ending in a noun or a metric;
    上座率/b: a distinguishing-word tag on one ending in a metric."""
    metric = len(word) > 1 and word.endswith(_METRIC_ENDINGS)
    if word in _PREDICATE_WORDS:
        return False
    return (p.pos in _ODD_TAGS and (_ends_in_noun(word) or metric)) or (p.pos == _DISTINGUISHING and metric)


def _fused_verb(word: str) -> str:
    """The predicate word a fixed expression ends in after a noun of the dictionary of two
    characters or more (价格|上涨), or ""."""
    tags = jieba_dict()
    for verb in _FUSED_VERBS:
        head = word[: -len(verb)]
        if word.endswith(verb) and len(head) > 1 and tags.get(head) in _NOUN_TAGS:
            return verb
    return ""


def nouns_before_figures(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with an l word right before a statistic retagged n where it ends in a noun,
    an idiom or abbreviation tag on a noun before the figure's predicate retagged n, and a noun
    fused with its verb of change right before the figure split in two; the statistics' piece
    indices moved."""
    out = list(pieces)
    fused: dict[int, str] = {}
    for st in stats:
        k = st.pieces[0] - 1
        if k >= 0 and not out[k].role and out[k].pos == _FIXED and _ends_in_noun(_word(text, out[k])):
            out[k] = replace(out[k], pos=_NOUN)
            continue
        if k >= 0 and not out[k].role and out[k].pos == _STATUS:
            out[k] = replace(out[k], pos=_NOUN)  # 退化|湿地/z|N万亩
            continue
        k = _subject_slot(out, k, text)
        if k < 0 or out[k].role:
            continue
        word = _word(text, out[k])
        if _odd_noun(out[k], word) or out[k].pos == _STATUS:
            out[k] = replace(out[k], pos=_NOUN)  # 重要|湿地/z|达|N处
        elif out[k].pos in _FUSED_TAGS and (verb := _fused_verb(word)):
            fused[k] = verb
    return _split(out, stats, fused) if fused else out


def _split(pieces: list[Piece], stats: list[Found], fused: dict[int, str]) -> list[Piece]:
    """The pieces with each fused word split into its noun and its verb."""

    def parts(k: int, p: Piece) -> tuple[Piece, ...] | None:
        verb = fused.get(k)
        if verb is None:
            return None
        return replace(p, end=p.end - len(verb), pos=_NOUN), replace(p, start=p.end - len(verb), pos="v")

    return split_pieces(pieces, stats, parts)
