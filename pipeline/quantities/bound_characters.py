"""One-character nouns and measure words jieba cut off the compound they end (issue 12, round
12): 暑期|档|票房, 供|汽|能力, 充电|桩|总量, 机械设备|类|金额. A noun phrase read back from a
number stops at such a character and keeps the head alone (档票房, 汽能力, 金额); joined to the
word before it, the compound is one noun and the phrase reads through it.

Which characters: any one-character noun or measure word (by jieba's tag in the sentence)
except those the hand-tagged People's Daily corpus (PKU/ICL, January 1998; ../shared/corpora/
pd1998_01) uses mostly as another part of speech when they stand alone (创/v, 较/d, 全/a, 占/v:
`stats_free_characters`, derived by `python -m pipeline.quantities.bound_characters`). A
measure word counts only after a numeral, so one right after a word, not a numeral, is no
measure. A bound morpheme (zg) after a place name closes the name the same way (汕头/ns|湾/zg|
海底隧道, round 16: the place the NER finds as 汕头湾 no longer ends the noun phrase a length
measures). Used by `rows`, for objects only."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.word_tags import _attributive_verbs, _corpus_tags, _joined, corpus_list_main

_BOUND_POS = ("n", "ng", "q", "zg")  # a one-character noun, measure word or bound morpheme: 档, 桩, 湾
_HOST_POS = ("n", "nz", "t", "b", "j", "ns")  # a noun-like word it may close (暑期|档, 汕头|湾)
_NEXT_POS = ("n", "nz", "vn")  # the head noun the compound runs into (票房, 能力)
_NOMINAL_TAGS = frozenset(("n", "Ng", "q", "k", "j", "nr", "ns", "nt", "nz"))
_MIN_COUNT = 3
_MIN_SHARE = 0.5


@cache
def _free_characters() -> frozenset[str]:
    return frozenset(lexicons.words("stats_free_characters"))


@cache
def _scopes() -> frozenset[str]:
    """Scope words (全市) and the words naming a year (去年): they stand apart from the noun."""
    return frozenset((*lexicons.words("stats_scope_words"), *lexicons.words("dates_year_words")))


@cache
def _level_suffixes() -> frozenset[str]:
    """Place level suffixes (村, 镇, 县): after a word they open a noun of their own (去年|村|集体经济)."""
    return frozenset(lexicons.words("places_level_suffixes"))


def _host(prev: Piece, text: str) -> bool:
    """Whether prev may take a one-character noun after it as the end of one word: a noun-like
    word, or a verb that describes a noun (stats_attributive_verbs and its kin: 充电|桩), or a
    one-character verb (供|汽); no scope or year word (全市|村|干部, 今年|期|末: they stay apart)."""
    word = _word(text, prev)
    if prev.role or word in _scopes():
        return False
    if prev.pos == "v":
        return len(word) == 1 or word in _attributive_verbs()
    return prev.pos in _HOST_POS


def _bound(prev: Piece, p: Piece, nxt: Piece | None, text: str) -> str:
    """n where p is a bound one-character noun or measure word (see the module) glued to a host
    word before it (`_host`) and to a noun of two characters or more after it."""
    if (
        p.role
        or p.pos not in _BOUND_POS
        or p.end - p.start != 1
        or prev.end != p.start
        or nxt is None
        or nxt.role
        or nxt.start != p.end
        or nxt.pos not in _NEXT_POS
        or nxt.end - nxt.start < 2
        or _word(text, p) in _free_characters()
        or _word(text, p) in _level_suffixes()
    ):
        return ""
    return "n" if _host(prev, text) else ""


def join_bound_characters(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with each bound one-character noun or measure word joined to the word before
    it (暑期|档|票房 -> 暑期档/n|票房); the statistics' piece indices are moved to the new list."""
    return _joined(pieces, stats, lambda prev, p, nxt: _bound(prev, p, nxt, text))


_HEADER = """\
# One-character words the hand-tagged People's Daily corpus (PKU/ICL, January 1998;
# ../shared/corpora/pd1998_01) tags as something other than a noun, a measure word or a name
# (a verb, an adverb, an adjective, a preposition...) in at least half of at least 3
# occurrences as a word of their own (创/v, 较/d, 全/a, 占/v): such a character after a word is
# a word of the clause, not the end of a compound jieba cut off, whatever jieba tags it there.
# Written by `python -m pipeline.quantities.bound_characters`; do not edit by hand (rerun it).
# Read by pipeline.quantities.bound_characters, for objects only.
# Columns: word, occurrences with other tags, occurrences.
"""


def build(corpus: Path) -> list[tuple[str, int, int]]:
    """(character, its occurrences with a non-nominal tag, its occurrences) for the one-character
    words tagged non-nominal in at least half of at least 3 occurrences, in character order."""
    out = []
    for word, tags in _corpus_tags(corpus).items():
        total = sum(tags.values())
        other = sum(k for tag, k in tags.items() if tag not in _NOMINAL_TAGS)
        if len(word) == 1 and word.isalpha() and total >= _MIN_COUNT and other / total >= _MIN_SHARE:
            out.append((word, other, total))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    return corpus_list_main(argv, "stats_free_characters.tsv", _HEADER, build)


if __name__ == "__main__":
    raise SystemExit(main())
