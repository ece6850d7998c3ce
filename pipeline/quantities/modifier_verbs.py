"""A verb that names the kind of a noun, cut off an object read before the number.

jieba tags the first half of many verb + noun compounds v (发热|门诊, 涉农|资金, 抢修|人员,
种植|面积占比), and the object readers stop at a verb: before the number a verb is most
often the predicate (投入|资金|5亿元, 走访|居民|55万户). The verb is inside the noun phrase
where the words before it leave no room for a predicate there:
- after 的 or 等, which are followed by the head of a noun phrase (…小麦品种的|种植|面积占比,
  学校和村委会等|集中|安置点);
- after a determiner pronoun (stats_determiners: 各类|涉农|资金).
- after a plain noun, where the verb is one the hand-tagged People's Daily corpus mostly uses
  as a modifier before a noun (stats_modifier_verbs: tagged vn, a verb used as a noun, in two
  thirds or more of its uses right before a noun: 制造, 辅助, 示范, 运行, 报废): the noun is what
  the verb acts on, and the phrase is noun, verb and head (农机|制造|企业, 生活|辅助|用品,
  节水|示范|基地); the plain nouns before the verb go with it, and the phrase is widened on to
  its left edge as `widen` reads it. Not after a noun naming people or a body that acts
  (stats_people_heads, stats_agent_heads: 企业|生产|汽车, the subject and its predicate), a
  scope word, a place or a name; nor a verb the corpus uses mostly as a predicate before a noun
  (提供, 获得, 完成: 农户|提供|保障).
Elsewhere the verb stays out: after a noun or another verb both verbs may be the predicate
(累计|转移|撤离|人员 counts 人员), and after 将 the verb is often the predicate of a future
(将|新建|学校). A predicate word (stats_predicate_words: 完成, 新增, 达到) is never taken in,
nor a verb of one character. The object's first word is a plain noun, or the verb of a
compound whose head jieba cut off (集中|安置|点).

Word classes are data: stats_determiners, stats_predicate_words, stats_modifier_verbs,
stats_people_heads, stats_agent_heads, stats_scope_words in `pipeline/lexicons/`;
stats_modifier_verbs is written from the tagged corpus by `python -m pipeline.quantities.modifier_verbs`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from itertools import pairwise
from pathlib import Path

from pipeline import lexicons
from pipeline.quantities.object_words import (
    _ACTOR_HEADS,
    _CLAUSE_MARKS,
    _METRIC,
    _METRIC_ENDINGS,
    _PREDICATE_WORDS,
    _SCOPES,
    PERIOD_CLOSERS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece, piece_span
from pipeline.quantities.widen import widened
from pipeline.quantities.word_tags import corpus_list_main, verbs_tagged_nouns

_DETERMINERS = frozenset(lexicons.words("stats_determiners"))
_NOUN_START = ("n", "nz", "ng", "j")  # the object's first word: a plain noun
_NOUN_OPENERS = ("的", "等")  # words a noun phrase's head follows
_ACTED_ON_POS = ("n", "nz", "ng", "vn", "j", "i", "l")  # what a modifier verb acts on (农机|制造, 养老|服务)
_JOINS = ("和", "及", "与", "以及")  # 文化|及|相关|产业: a noun joined to the verb's phrase
_VERB_POS = ("v", "vn")
_NOUNS_MOST = 2  # plain nouns read back over before the verb (耕地|地力|保护)


def located(
    st: Found, pieces: list[Piece], text: str, marks: Iterable[str] = _CLAUSE_MARKS
) -> tuple[int, int] | None:
    """The object's first and last piece where it lies before the number in the same clause
    (no mark of `marks` between them); None where there is no object or it lies elsewhere."""
    obj = st.obj
    if not obj or not st.pieces:
        return None
    first = pieces[st.pieces[0]].start
    at = text.rfind(obj, pieces[0].start, first)
    if at < 0 or any(c in text[at + len(obj) : first] for c in marks):
        return None
    return piece_span(pieces, at, at + len(obj))


def _modifier_verb(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return not p.role and p.pos == "v" and len(w) >= 2 and w not in _PREDICATE_WORDS


def _opens_noun_phrase(p: Piece, text: str) -> bool:
    """Whether p, the word before the verb, is followed by a noun phrase's first word: 的, 等
    or a determiner."""
    w = _word(text, p)
    return not p.role and (w in _NOUN_OPENERS or (p.pos == "r" and w in _DETERMINERS))


def _first_word(pieces: list[Piece], a: int, b: int) -> bool:
    """Whether the object's first word may follow a modifier verb: a plain noun, or a verb
    with the rest of the compound after it (安置|点)."""
    p = pieces[a]
    return not p.role and (p.pos in _NOUN_START or (p.pos == "v" and b > a))


@cache
def modifier_verbs() -> frozenset[str]:
    """Verbs the tagged corpus mostly uses as modifiers before a noun (stats_modifier_verbs)."""
    return frozenset(lexicons.words("stats_modifier_verbs"))


def _corpus_modifier(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return not p.role and p.pos in _VERB_POS and w in modifier_verbs() and w not in _PREDICATE_WORDS


def _acted_on(p: Piece, text: str) -> bool:
    """Whether p is a plain noun a modifier verb after it may act on: no scope word, no noun
    naming people or a body that acts (their verb is their predicate)."""
    w = _word(text, p)
    if p.role or p.pos not in _ACTED_ON_POS or w in _SCOPES or w.endswith(PERIOD_CLOSERS):
        return False  # (鼎盛时期/i|收藏|古籍: a time phrase, no noun the verb acts on)
    if w in verbs_tagged_nouns():
        return False  # (整治/n|开发|盐碱地: a verb jieba lists as a noun, the predicate's first verb)
    return not w.endswith(_ACTOR_HEADS)


def _with_acted_on(st: Found, pieces: list[Piece], a: int, b: int, text: str) -> str:
    """The object with a corpus modifier verb and the plain nouns before it (农机|制造|企业),
    widened to the phrase's left edge; else the object given."""
    if a < 2 or not _corpus_modifier(pieces[a - 1], text):
        return st.obj
    before = pieces[a - 2]
    if not before.role and _word(text, before) in _SCOPES and st.obj.endswith((*_METRIC, *_METRIC_ENDINGS)):
        return _word(text, pieces[a - 1]) + st.obj  # 全国|报废|汽车回收量: the measure of the kind
    n = a - 2
    if a >= 3 and not before.role and _word(text, before) in _JOINS:
        n = a - 3  # 文化|及|相关|产业增加值: the noun and the verb's phrase joined
    if not _acted_on(pieces[n], text):
        return st.obj
    nouns = 1
    while n >= 1 and nouns < _NOUNS_MOST and _acted_on(pieces[n - 1], text):
        n, nouns = n - 1, nouns + 1
    return widened(replace(st, obj=text[pieces[n].start : pieces[b].end]), pieces, text)


def with_modifier_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object with the verb before it that names the noun's kind (see the module)."""
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if a < 2 or not _first_word(pieces, a, b):
        return st.obj
    if _modifier_verb(pieces[a - 1], text) and _opens_noun_phrase(pieces[a - 2], text):
        return _word(text, pieces[a - 1]) + st.obj
    return _with_acted_on(st, pieces, a, b, text)


# --- writing the list from the tagged corpus --------------------------------------------------

_HEADER = """\
# Verbs the hand-tagged People's Daily corpus (PKU/ICL, January 1998; ../shared/corpora/pd1998_01)
# mostly uses as modifiers of a noun: words of two or more characters that stand right before a
# word tagged n tagged vn (a verb used as a noun: 制造/vn 企业, 示范/vn 基地) three times or more,
# and at least twice as often as tagged v there (a predicate and its object: 提供/v 服务). After
# a plain noun and before the object such a verb is inside the noun phrase (农机|制造|企业), read
# by pipeline.quantities.modifier_verbs.
# Written by `python -m pipeline.quantities.modifier_verbs`; do not edit by hand (rerun it).
# Columns: word, uses tagged vn before a noun, uses tagged v before a noun.
"""
_MIN_NOMINAL = 3  # uses tagged vn before a noun
_RATIO = 2  # vn before a noun at least twice as often as v


def _tokens(line: str) -> list[tuple[str, str]]:
    _, _, rest = line.partition("\t")
    out = []
    for tok in rest.split(" "):
        word, sep, tag = re.sub(r"\][a-z]+$", "", tok.lstrip("[")).rpartition("/")
        if sep and word:
            out.append((word, tag))
    return out


def build(corpus: Path) -> list[tuple[str, int, int]]:
    """(word, uses tagged vn before a noun, uses tagged v before a noun) of the verbs the corpus
    mostly uses as modifiers, in word order."""
    counts: dict[str, Counter[str]] = {}
    for line in corpus.read_text(encoding="utf-8").splitlines():
        toks = _tokens(line)
        for (w, tag), (_, nxt) in pairwise(toks):
            if tag in _VERB_POS and nxt == "n" and len(w) > 1:
                counts.setdefault(w, Counter())[tag] += 1
    kept = [(w, c["vn"], c["v"]) for w, c in counts.items() if c["vn"] >= max(_MIN_NOMINAL, _RATIO * c["v"])]
    return sorted(kept)


def main(argv: list[str] | None = None) -> int:
    return corpus_list_main(argv, "stats_modifier_verbs.tsv", _HEADER, build)


if __name__ == "__main__":
    raise SystemExit(main())
