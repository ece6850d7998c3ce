"""A set phrase that opens with a verb, cut off the end of an object read after the measure.

jieba's dictionary lists many four-character predicates as set phrases (l, i) or even names
(nr), and in context tags them as nouns (N只|鸽子|展翅高飞, N个|城市|各具特色): after the counted
noun the object readers then run on into the predicate. The phrases of that kind are those whose
first half the hand-tagged People's Daily corpus (../shared/corpora/pd1998_01) tags mostly as a
verb (展翅/v, 生长/v), or whose first character it tags only as a pronoun and second as a verb
(各|具: a distributive subject and its verb); listed in stats_predicate_phrases. Such a phrase
ends the object where it follows a noun of the object (or a closing quote after one) and ends
its clause: a clause mark or the end after it, or 的 (…|生长发育|的|关键期: the count's noun is
the subject of the clause before 的). Before a noun it stays (抢修工作|人员). A verb and a noun
or verbal noun (结合|实际, 生长|发育, but also 救灾|物资, 违法|活动: compounds) is read as a
predicate only where the count is a subject: the figure opens its clause or follows a scope
noun (N位|发言人|结合实际，, 全省|N亩|玉米|生长发育|的); after a verb the count is an object and the
phrase its compound noun (调拨|N件|救灾物资，). Used by `rows` on every object;
`python -m pipeline.quantities.phrase_tails` writes the list.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from pipeline import lexicons
from pipeline.jieba_dict import word_tags
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.trailing_predicates import _after_measure
from pipeline.quantities.word_tags import _corpus_tags, corpus_list_main

_ENDS = ("，", ",", "。", "；", ";", "！", "？", "的")  # what may follow the phrase
_CLOSING = ("”", "’", "」", "》")  # a quoted name before the phrase: the noun is inside
_JIEBA_PHRASE = frozenset(("l", "i", "nr"))  # jieba's set-phrase tags (and its names by mistake)
_CORPUS_VERB = frozenset(("v", "vn", "vd", "Vg"))
_CORPUS_PRONOUN = frozenset(("r", "Rg"))
_JIEBA_NOMINAL = frozenset(("n", "vn", "nz", "ng"))


_VERB_NOUN = "verb-noun"  # the list's kind of a phrase whose second half is a noun or verbal noun
_OPENS = ("，", ",", "。", "；", ";", "：", ":", "！", "？", "\n")  # a clause mark before the figure


@cache
def _phrases() -> dict[str, str]:
    return lexicons.mapping("stats_predicate_phrases")


def without_phrase_tail(st: Found, pieces: list[Piece], text: str) -> str:
    """The object cut before a verb-first set phrase that ends the clause (see the module)."""
    span = _after_measure(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    phrases = _phrases()
    for k in range(a + 1, b + 1):
        p = pieces[k]
        kind = "" if p.role else phrases.get(_word(text, p), "")
        if not kind or not _after_noun(pieces, k, a, text):
            continue
        if kind == _VERB_NOUN and not _opens_clause(st, pieces, text):  # 调拨|N件|救灾物资
            continue
        if k + 1 >= len(pieces) or _word(text, pieces[k + 1]) in _ENDS:
            return text[pieces[a].start : p.start].rstrip()
    return st.obj


def _after_noun(pieces: list[Piece], k: int, a: int, text: str) -> bool:
    """Whether pieces[k] follows a noun of the object, or a closing quote after one."""
    j = k - 1
    if j > a and _word(text, pieces[j]) in _CLOSING:
        j -= 1
    prev = pieces[j]
    return not prev.role and prev.pos.startswith(NOUN_POS)


def _opens_clause(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the figure opens its clause: the sentence start, a clause mark or a noun before
    it (no verb whose object the count would be)."""
    i = st.pieces[0]
    if i == 0 or _word(text, pieces[i - 1]).strip(" ") in _OPENS:
        return True
    prev = pieces[i - 1]
    return not prev.role and prev.pos.startswith(NOUN_POS)  # 全省|N亩: a scope noun, no verb


# --- writing the list from the tagged corpus --------------------------------------------------

_HEADER = """\
# Four-character set phrases that open with a verb (展翅高飞, 生长发育, 各具特色): words jieba's
# dictionary tags l, i or nr whose first two characters the hand-tagged People's Daily corpus
# (PKU/ICL, January 1998; ../shared/corpora/pd1998_01) tags mostly v, vn, vd or Vg, or whose first
# character it tags only r and second mostly as a verb. After a noun of a count's object and at
# its clause end (or before 的) such a phrase is the predicate and ends the object
# (pipeline.quantities.phrase_tails). Kind verb-noun: the second half is mostly a noun or a verbal
# noun (vn) in the corpus, or jieba's dictionary tags it n, vn, nz or ng where the corpus lacks it
# (结合实际, but also compounds: 救灾物资, 违法活动, 打印函数), read as a predicate only after a figure that
# opens its clause; kind predicate: any other.
# Written by `python -m pipeline.quantities.phrase_tails`; do not edit by hand (rerun it).
# Columns: word, kind.
"""


def _verbal(counts: Counter[str] | None) -> bool:
    if not counts:
        return False
    verb = sum(n for tag, n in counts.items() if tag in _CORPUS_VERB)
    return verb > sum(counts.values()) - verb


def _nominal(counts: Counter[str] | None, jieba_tag: str) -> bool:
    """Whether the corpus tags a half mostly as a noun or verbal noun (jieba's dictionary where
    the corpus lacks it: 函数/n)."""
    if not counts:
        return jieba_tag in _JIEBA_NOMINAL
    noun = sum(n for tag, n in counts.items() if tag[0] in "nN" or tag == "vn")
    return noun > sum(counts.values()) - noun


def build(corpus: Path) -> list[tuple[str, str]]:
    """(phrase, kind) of the list (see its header), in word order."""
    tags = _corpus_tags(corpus)
    out = []
    jieba = word_tags()
    for w, tag in jieba.items():
        if len(w) != 4 or tag not in _JIEBA_PHRASE:
            continue
        first = tags.get(w[0])
        pronoun = bool(first) and set(first or ()) <= _CORPUS_PRONOUN and _verbal(tags.get(w[1]))
        if pronoun or _verbal(tags.get(w[:2])):
            noun = not pronoun and _nominal(tags.get(w[2:]), jieba.get(w[2:], ""))
            out.append((w, _VERB_NOUN if noun else "predicate"))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    return corpus_list_main(argv, "stats_predicate_phrases.tsv", _HEADER, build)


if __name__ == "__main__":
    raise SystemExit(main())
