"""Verbs jieba lists as nouns that end the people counted by a people measure (600名|选手|参赛/n。).

After a measure that counts people only (名, 位) the object is the people, and a verb after
them is their predicate (objects._people_predicate). jieba's dictionary lists some verbs as
nouns (参赛/n, 领衔/n), which the readers take into the object. The words of that kind are
those the hand-tagged People's Daily corpus (../shared/corpora/pd1998_01) tags only as verbs
or verbal nouns (v, vn, vd) in every occurrence, while jieba's dictionary gives them a
nominal tag: after the people counted and before the clause's end or a 的 (42位|冠军|领衔|的
队伍) such a word is the predicate and ends the object. A verbal noun is a noun elsewhere
(志愿|服务|队), so the list is read only after people. `python -m
pipeline.quantities.people_predicates` writes the list.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.quantities.word_tags import corpus_list_main, words_tagged_only

_CORPUS_VERBAL = frozenset(("v", "vn", "vd"))  # the corpus's verb tags, verbal nouns included
_JIEBA_NOMINAL = frozenset(("n", "nz", "ng", "l", "j"))  # jieba's tags the readers take

_HEADER = """\
# Verbs jieba's dictionary lists as nouns (参赛/n, 领衔/n): words of two or more characters
# jieba's dictionary tags n, nz, ng, l or j that the hand-tagged People's Daily corpus (PKU/ICL,
# January 1998; ../shared/corpora/pd1998_01) tags only v, vn or vd, in every occurrence (two
# or more). After the people a people measure counts (名, 位) and before the clause's end or
# 的 such a word is their predicate and ends the object (pipeline.quantities.objects).
# Written by `python -m pipeline.quantities.people_predicates`; do not edit by hand (rerun it).
# Columns: word, occurrences in the corpus.
"""


def build(corpus: Path) -> list[tuple[str, int]]:
    """(word, occurrences) of the words the corpus tags only as verbs and jieba's dictionary
    lists with a nominal tag, in word order."""
    return words_tagged_only(corpus, _CORPUS_VERBAL, _JIEBA_NOMINAL, min_count=2)


def main(argv: list[str] | None = None) -> int:
    return corpus_list_main(argv, "stats_people_verbs.tsv", _HEADER, build)


if __name__ == "__main__":
    raise SystemExit(main())
