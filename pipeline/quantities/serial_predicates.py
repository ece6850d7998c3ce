"""A predicate verb jieba tags as a noun, cut off the end of an object read after the measure.

After the counted noun the object readers go on over nouns, and jieba's dictionary lists many
verbs of motion, taking part or access as nouns (N支|球队|参赛/n|，, N艘|渔船|进港/n|避风,
N座以下|客车|通行/j|全省…): the object then runs into the clause's predicate. Three classes
of such words, read where they follow a noun of the object:
- verbs by the hand-tagged People's Daily corpus (../shared/corpora/pd1998_01): words it tags as
  verbs (v, vd) in more than half of their occurrences and never as plain nouns, that jieba's
  dictionary tags n, nz, j, ns, l or s (参赛, 通行, 上岗; stats_serial_verbs, written by
  `python -m pipeline.quantities.serial_predicates`). The words it tags only as verbs are read
  by verbal_tails already; these also have verbal-noun uses (参赛/vn), so they end the object
  only where the predicate reading is sure: before a clause mark, 了 or the end, before a verb
  (a serial verb: 进港|避风, 现场|签约) or before a place or a name (its object or goal:
  通行|收费公路 is read as the verb's object only past a name; a common noun after the word may
  be the head it modifies: 供水|管网, and stays);
- rare verb-object words jieba's dictionary tags as nouns or places (进港/n, 回港/ns, 登顶/n:
  a verb character first, under 100 uses in jieba's corpus), only right before a verb or a
  place (进港|避风, 登顶|华山): at a clause end such a word may be a rare noun (trailing_predicates
  reads the verb-object words there).
- place words the corpus tags mostly s that jieba's dictionary tags as nouns (现场, 田间, 村口):
  right before a verb they are its adverbial of place (N家|外贸企业|现场|签约), and the predicate
  starts there.
A word before the predicate that the corpus tags mostly as a verb or an adverb (免费/vn|通行)
is its adverbial and goes with it. Only counts and amounts of things are read: a sum of money, a
frequency, or a count of events or cases (场, 次, 例) may count a verb's noun (N元|行政|罚款,
N次|降雪, N例|心脏|手术). Used by `rows` on every object.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pipeline import lexicons
from pipeline.jieba_dict import word_freqs, word_tags
from pipeline.quantities.object_words import NOUN_POS, _word, measure_heads
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.trailing_predicates import _after_measure
from pipeline.quantities.verbal_tails import verbal_nouns
from pipeline.quantities.word_tags import _corpus_tags, corpus_list_main

_TAGGED_NOUN = ("n", "nz", "j", "ns", "l", "s", "vn")  # how jieba tags the predicate in context
_ENDS = ("，", ",", "。", "；", ";", "、", "！", "？", "了", "：", ":")  # a clause mark after it
_NAME_POS = ("ns", "nr", "nt", "nrt", "nrfg")  # a place or a name: the verb's object or goal
_VERB_POS = ("v",)  # a verb after it: the two are serial predicates
_RARE = 100  # jieba's corpus count under which a verb-object word is read as a predicate
_VERB_CHAR = "v"
_PASSIVE = "被"  # 被|淹: the passive marker before a verb character
_THING_KINDS = ("count", "amount")  # things counted or measured (N支|球队, N亩|农田)
_MONEY = ("元", *lexicons.words("stats_currencies"))  # N元|行政|罚款: a sum may pay for a verb's noun
_EVENTS = (*lexicons.words("stats_event_measures"), "例")  # N场|比赛, N例|心脏|手术: events, cases
_NOT_THINGS = frozenset((*_MONEY, *_EVENTS))
_QUOTES = (("“", "”"), ("《", "》"), ("‘", "’"), ("「", "」"))
_VERBAL = "verb"  # the list's kind of a word the corpus tags mostly as a verb
_ADVERBIAL = "adverbial"  # the list's kind of a word the corpus tags mostly as a verb or adverb
_PLACE = "place"  # the list's kind of a place word (现场): an adverbial before a verb


@cache
def _scopes() -> frozenset[str]:
    return frozenset(lexicons.words("stats_scope_words"))  # 全国, 全省: a place, as a name is


@cache
def _serial() -> dict[str, str]:
    return lexicons.mapping("stats_serial_verbs")


def _verb_object(w: str, pos: str) -> bool:
    """A rare two-character word of a verb character and its object jieba tags nominal (进港),
    or a passive verb of 被 and a verb character (被淹)."""
    tags = word_tags()
    first = tags.get(w[:1], "") == _VERB_CHAR or (w[:1] == _PASSIVE and tags.get(w[1:], "") == _VERB_CHAR)
    known = 0 < word_freqs().get(w, 0) < _RARE  # a word of jieba's dictionary (乘组, unknown, may be a noun)
    return len(w) == 2 and pos in ("n", "ns", "j", "nz", "a") and first and known


def _after(pieces: list[Piece], k: int, text: str) -> str:
    """What follows pieces[k]: "end" (a clause mark, 了, the end), "verb", "name" or ""."""
    if k + 1 >= len(pieces):
        return "end"
    nxt = pieces[k + 1]
    if nxt.role:
        return ""
    if _word(text, nxt) in _ENDS:
        return "end"
    if nxt.pos in _VERB_POS or _word(text, nxt) in verbal_nouns():
        return "verb"  # 进村|入户/n: a verb jieba lists as a noun (stats_verbal_nouns) is a verb
    place = nxt.pos in _NAME_POS or _word(text, nxt) in _scopes()
    return "name" if place else ""  # 通行|全国…: its place; a common noun may be the head it modifies


def _predicate(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k], after a noun of the object, is the clause's predicate (see the module)."""
    p = pieces[k]
    w = _word(text, p)
    after = _after(pieces, k, text)
    if not after or p.pos not in _TAGGED_NOUN:
        return False
    kind = _serial().get(w)
    if kind == _VERBAL and p.pos != "vn":
        return True
    if kind == _PLACE:
        return after == "verb"
    if _verb_object(w, p.pos) and w[:1] == _PASSIVE:
        return True  # 农田|被淹|，: a passive verb is a predicate wherever it stands
    return after in ("verb", "name") and _verb_object(w, p.pos)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether a quote opened between start and end is still open at end (“数智赋能”: a name)."""
    span = text[start:end]
    return any(span.count(o) > span.count(c) for o, c in _QUOTES)


def without_serial_predicate(st: Found, pieces: list[Piece], text: str) -> str:
    """The object cut before a predicate verb jieba tags as a noun (see the module)."""
    span = _after_measure(st, pieces, text)
    if span is None or st.kind not in _THING_KINDS or st.unit in _NOT_THINGS:
        return st.obj
    a, b = span
    counted = measure_heads(_word(text, pieces[st.pieces[-1]]))
    for k in range(a + 1, b + 1):
        p = pieces[k]
        if p.role or _quoted(text, pieces[a].start, p.start) or not _predicate(pieces, k, text):
            continue
        if _word(text, p).endswith(counted):
            continue  # N艘|客|渡船|停航: a head the measure counts (艘|船) is the noun counted
        j = k
        while j - 1 > a and not pieces[j - 1].role and _word(text, pieces[j - 1]) in _serial():
            j -= 1  # 客车|免费|通行: the predicate's adverbial goes with it
        prev = pieces[j - 1]
        if prev.role or not prev.pos.startswith(NOUN_POS):
            continue
        return text[pieces[a].start : pieces[j].start]
    return st.obj


# --- writing the list from the tagged corpus --------------------------------------------------

_HEADER = """\
# Verbs jieba's dictionary lists as nouns, names or abbreviations (参赛/n, 通行/j, 上岗/ns) that
# also have verbal-noun uses: words of two or more characters the hand-tagged People's Daily
# corpus (PKU/ICL, January 1998; ../shared/corpora/pd1998_01) tags v or vd in more than half of
# their occurrences, and which are not tagged only as verbs (those are in stats_verbal_nouns).
# Kind verb: jieba's dictionary tags the word n, nz, j, ns, l or s and the corpus never tags it n
# (记录 is a noun too: 物种|记录); after the counted noun and before a clause mark, a verb or a
# name it is the predicate (pipeline.quantities.serial_predicates).
# Kind adverbial: jieba's dictionary tags it vn, or the corpus tags it mostly as a verb or an
# adverb (免费: v, vd, vn); right before such a predicate it is its adverbial and goes with it.
# Kind place: the corpus tags the word s in more than half of its occurrences and jieba's
# dictionary tags it n, nz, j or l (现场, 田间); before a verb it is the verb's adverbial of place.
# Written by `python -m pipeline.quantities.serial_predicates`; do not edit by hand (rerun it).
# Columns: word, kind.
"""

_NOMINAL = frozenset(("n", "nz", "j", "ns", "l", "s"))
_CORPUS_VERB = frozenset(("v", "vd"))
_CORPUS_ADVERB = frozenset(("v", "vd", "d", "ad"))
_CORPUS_PLACE = "s"
_CORPUS_NOUN = "n"
_PLACE_TAGS = frozenset(("n", "nz", "j", "l"))


def build(corpus: Path) -> list[tuple[str, str]]:
    """(word, kind) of the list (see its header), in word order."""
    tags = word_tags()
    out = []
    for w, counts in _corpus_tags(corpus).items():
        n = sum(counts.values())
        verb = sum(c for t, c in counts.items() if t in _CORPUS_VERB)
        if len(w) > 1 and 2 * counts.get(_CORPUS_PLACE, 0) > n and tags.get(w, "") in _PLACE_TAGS:
            out.append((w, _PLACE))
            continue
        if len(w) < 2 or set(counts) <= _CORPUS_ADVERB or 2 * verb <= n:
            continue  # a word tagged only as a verb or an adverb: stats_verbal_nouns
        tag = tags.get(w, "")
        if tag in _NOMINAL and _CORPUS_NOUN not in counts:  # 记录/n in the corpus: 物种|记录, a noun
            out.append((w, _VERBAL))
        elif tag == "vn":
            out.append((w, _ADVERBIAL))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    return corpus_list_main(argv, "stats_serial_verbs.tsv", _HEADER, build)


if __name__ == "__main__":
    raise SystemExit(main())
