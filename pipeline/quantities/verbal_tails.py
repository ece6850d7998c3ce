"""A verb or adverb jieba lists as a noun, cut off the end of an object read after the measure.

After the counted noun the object readers go on over nouns, and jieba's dictionary lists some
verbs and adverbs as nouns (200名小朋友|同台/n|演奏, 5000辆汽车|乘船/n|出海): the object then
runs into the predicate. The words of that kind are those the hand-tagged People's Daily corpus
(../shared/corpora/pd1998_01) tags only as verbs or adverbs, however rarely it has them
(stats_verbal_nouns; one character only where it tags it only as an adverb, 仍/zg, which jieba
reads as n in context; `stats_verbs_tagged_nouns` holds the frequent verbs, read by
word_tags.retag). Such a word ends the object where it follows a noun of the object and no noun
it may modify comes after it (and after any more such words: 进村|入户|、): a verb, a pronoun, a
clause or list mark, or the sentence end. Before a compound head or a one-character noun it
modifies that noun (小麦|晾晒|点) and stays; before another noun a verb is the predicate with its
object or place (企业|落户|某地), an adverb stays. Used by `rows` on every object;
`python -m pipeline.quantities.verbal_tails` writes the list.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline import lexicons
from pipeline.jieba_dict import word_tags
from pipeline.quantities.object_words import _HEADS, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.trailing_predicates import _after_measure
from pipeline.quantities.word_tags import _corpus_tags, corpus_list_main, words_tagged_only

_ADVERB_POS = ("d", "ad")  # a word of the list tagged an adverb (as corrected by word_tags.retag)
_VERB_SUFFIX = "化"  # 数字化, 现代化: the suffix makes verbs of nouns and adjectives
_STOP_AFTER = ("的",)  # X同台的: the phrase goes on into a noun after 的, so the word stays
_CORPUS_VERBAL = frozenset(("v", "vd", "d", "ad"))  # the corpus's verb and adverb tags
_JIEBA_NOMINAL = frozenset(("n", "nz", "ng", "l", "j", "s"))  # jieba's tags the readers take (no name)
_CORPUS_ADVERB = frozenset(("d",))  # a single character only as an adverb (仍, 稍): never a verb
_JIEBA_NOMINAL_CHAR = _JIEBA_NOMINAL | {"zg"}  # 仍/zg, which jieba's tagger reads as n in context


@cache
def verbal_nouns() -> frozenset[str]:
    """Verbs and adverbs jieba lists as nouns (stats_verbal_nouns: 同台, 乘船, 种草)."""
    return frozenset(lexicons.words("stats_verbal_nouns"))


def without_verbal_tail(st: Found, pieces: list[Piece], text: str) -> str:
    """The object cut before a verb or adverb jieba tags as a noun (see the module)."""
    span = _after_measure(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    verbal = verbal_nouns()
    for k in range(a + 1, b + 1):
        p, prev = pieces[k], pieces[k - 1]
        if p.role or prev.role or not prev.pos.startswith(NOUN_POS):
            continue
        if _word(text, p) in verbal and not _before_noun(pieces, k, text, verbal):
            return text[pieces[a].start : p.start]
        if _suffix_verb_after_head(pieces, k, b, text):
            return text[pieces[a].start : p.start]
    return st.obj


def _suffix_verb_after_head(pieces: list[Piece], k: int, b: int, text: str) -> bool:
    """Whether pieces[k] is a verb formed with 化 (数字化, 市场化: three characters or more) right
    after a noun ending in a compound head (企业, 集群), with no such head after it in the object
    (pieces up to b): the noun is complete and the verb is what happens to it (N家|中小企业|
    数字化|转型); before a head it modifies that head (N个|企业|信息化|项目) and stays."""
    w, prev = _word(text, pieces[k]), _word(text, pieces[k - 1])
    if len(w) < 3 or not w.endswith(_VERB_SUFFIX) or not prev.endswith(_HEADS):
        return False
    return not any(_word(text, q).endswith(_HEADS) for q in pieces[k + 1 : b + 1])


def _before_noun(pieces: list[Piece], k: int, text: str, verbal: frozenset[str]) -> bool:
    """Whether a noun the word may modify (or 的) follows pieces[k] past any more words of the
    list: a compound head (stats_compound_heads: 企业, 人员) or a one-character noun (晾晒|点);
    before another noun a verb takes it as its object or its place (企业|落户|某地, 大学生|
    投身|乡村振兴): the predicate. A word tagged as an adverb stays before any noun, as before."""
    j = k + 1
    while j < len(pieces) and not pieces[j].role and _word(text, pieces[j]) in verbal:
        j += 1
    if j >= len(pieces) or pieces[j].role:
        return False
    nxt, w = pieces[j], _word(text, pieces[j])
    if w in _STOP_AFTER or not nxt.pos.startswith(NOUN_POS):
        return w in _STOP_AFTER
    return pieces[k].pos in _ADVERB_POS or len(w) == 1 or w.endswith(_HEADS)  # 大面积/d|单产: an adverb stays


# --- writing the list from the tagged corpus --------------------------------------------------

_HEADER = """\
# Verbs and adverbs jieba's dictionary lists as nouns (同台/n, 乘船/n, 入户/n): words of two or
# more characters jieba's dictionary tags n, nz, ng, l, j or s that the hand-tagged People's
# Daily corpus (PKU/ICL, January 1998; ../shared/corpora/pd1998_01) tags only v, vd, d or ad,
# in every occurrence (one or more), and single characters it tags only d that jieba's
# dictionary tags so or zg (仍). After the counted noun and before no noun such a word is
# the predicate and ends the object (pipeline.quantities.verbal_tails).
# Written by `python -m pipeline.quantities.verbal_tails`; do not edit by hand (rerun it).
# Columns: word, occurrences in the corpus.
"""


def build(corpus: Path) -> list[tuple[str, int]]:
    """(word, occurrences) of the words the corpus tags only as verbs or adverbs and jieba's
    dictionary lists with a nominal tag, in word order."""
    tags = word_tags()
    chars = [
        (w, sum(counts.values()))
        for w, counts in _corpus_tags(corpus).items()
        if len(w) == 1 and set(counts) <= _CORPUS_ADVERB and tags.get(w) in _JIEBA_NOMINAL_CHAR
    ]
    return sorted(words_tagged_only(corpus, _CORPUS_VERBAL, _JIEBA_NOMINAL) + chars)


def main(argv: list[str] | None = None) -> int:
    return corpus_list_main(argv, "stats_verbal_nouns.tsv", _HEADER, build)


if __name__ == "__main__":
    raise SystemExit(main())
