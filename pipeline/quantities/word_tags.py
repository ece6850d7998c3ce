"""Word classes for reading objects: jieba's POS, corrected where it is known to be wrong.

jieba's posseg gives a dictionary word the one tag its dictionary lists, whatever the
context, and guesses a name tag (nr, ns) for many words it does not know. Its dictionary
tags a good share of common nouns as names or verbs (收入/v, 玉米/nr, 洪水/nr, 养老/nr,
预算/v), which cuts the object of a statistic short (洪水2.69亿立方米 read as no object).

Two corrections, both from sources other than the development pages:
- `stats_word_tags` (pipeline/lexicons): the majority tag of a word in the hand-tagged
  People's Daily corpus (PKU, January 1998), listed where it differs from jieba's dictionary
  tag; written by `python -m pipeline.quantities.word_tags` from ../shared/corpora;
- the NER: a word jieba tags as a person's name (nr) that no PERSON/LOC/ORG mention covers
  is read as a common noun (jieba guesses nr for many words it does not know: 夏玉米/nr);
  inside a mention jieba's tag stands (a place tag ns stays: jieba gives it to verbs too,
  惠及/ns, which must not join an object);
- a metric ending jieba split off its noun (机收|率/v) is a noun.

The corrected tags are used for objects only; finding the statistics keeps jieba's tags.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path

from pipeline import lexicons
from pipeline.jieba_dict import word_tags as jieba_word_tags
from pipeline.nlp.number_patterns import UNIT_KIND
from pipeline.quantities.pieces import Found, Piece
from pipeline.records import Mention, Token

_NAME_TAGS = ("nr", "ns", "nt", "nrt", "nrfg")
_PERSON_TAGS = ("nr", "nrt", "nrfg")  # jieba's guess for words it does not know (夏玉米/nr)
_LABELS = ("LOC", "ORG", "PERSON")
# the PKU tags that carry over to jieba's set (jieba writes PKU's Ng as ng, w as x, u as uj ...)
_CONTENT_TAGS = (
    "n",
    "v",
    "vn",
    "a",
    "an",
    "ad",
    "b",
    "d",
    "f",
    "s",
    "t",
    "q",
    "nz",
    "j",
    "l",
    "i",
    "r",
    "vd",
)
_ENDINGS = lexicons.words("stats_metric_suffixes")  # 率, 量, 额, 值
_METRIC_NOUNS = frozenset(lexicons.words("stats_metric_nouns"))  # 产能, 投资: metric nouns
_MIN_COUNT = 3
_MIN_SHARE = 0.6


@cache
def _table() -> dict[str, str]:
    return lexicons.mapping("stats_word_tags")


def retag(pieces: list[Piece], text: str, mentions: list[Mention]) -> list[Piece]:
    """The pieces with each word's tag corrected (quantity pieces are kept as they are)."""
    spans = [(m.start, m.end) for m in mentions if m.label in _LABELS]
    table = _table()
    out = []
    for k, p in enumerate(pieces):
        if p.role:
            out.append(p)
            continue
        word = text[p.start : p.end]
        if word in table:
            pos = table[word]
        elif any(a <= p.start and p.end <= b for a, b in spans):
            pos = p.pos  # inside a name the NER found: jieba's guess stands
        elif p.pos in _PERSON_TAGS and _predicate_guess(out, pieces, k, text):
            pos = "v"  # 海棠|迎春/nr|绽放: a guess between a noun and a verb is the predicate's
        elif p.pos in _PERSON_TAGS:
            pos = "n"  # a person-name guess of jieba's that the NER does not confirm
        elif word in _ENDINGS and out and out[-1].pos.startswith(("n", "v")) and not out[-1].role:
            pos = "n"  # 机收|率/v, 收割|率: a metric ending jieba split off its noun or verb
        elif p.pos == "v" and word in _METRIC_NOUNS and _ends_noun_phrase(out, pieces, k, text):
            pos = "n"  # 粗钢|产能/v|完成: a metric noun jieba tags a verb (v; its vn is a noun already: a
            # list of items sharing 投资/vn is read as such), after a noun and before the
            # predicate, names what is measured
        elif len(word) == 1 and p.pos in ("zg", "ng") and _by_noun(out, pieces, k):
            pos = "n"  # 建制|村/zg, 扫地|刷/zg: a one-character noun jieba could not place
        elif len(word) == 1 and p.pos in ("zg", "ng") and _opens_noun(out, pieces, k):
            pos = "n"  # 去年|村/zg|集体经济收入: a one-character noun opening a compound
        elif p.pos == "v" and word in _attributive_verbs() and _before_head_noun(pieces, k, spans, text):
            pos = "b"  # 留守|儿童, 受益|群众: an intransitive verb before a noun describes it
        elif p.pos == "v" and word in _work_verbs() and _between_verb_and_head(pieces, k, text):
            pos = "b"  # 投入|抢修|人员: the crew's task names the people counted
        elif (
            word in verbs_tagged_nouns()
            and (_by_noun(out, pieces, k) or _adverbial_after_noun(out))
            and not _before_noun(pieces, k, spans)
        ):
            pos = "v"  # 澳资企业|落户/n|横琴, 研发经费|投向/n|创新: a verb jieba lists as a noun; after
            # an adjective after the noun too (展品|精彩/a|亮相/n: the adjective is its adverbial)
        elif word in verbs_tagged_nouns() and _by_adverb(out):
            pos = "v"  # 今年|已|落户/n|项目: after an adverb such a word is the predicate
        elif p.pos == "n" and _after_total(out, text) and _before_noun(pieces, k, spans):
            pos = "v"  # 全省|共|部署/n|重点项目: after 共 the word before the counted noun is the verb
        elif p.pos == "n" and _glued_total(word) and _before_noun(pieces, k, spans):
            pos = "v"  # 目录|共收录/n|药品: 共 glued to the verb it sums
        else:
            pos = p.pos
        out.append(p if pos == p.pos else replace(p, pos=pos))
    return out


def free_numbers_as_words(pieces: list[Piece], stats: list[Found], tokens: list[Token]) -> list[Piece]:
    """The pieces with each run of quantity pieces that no statistic took (一|次|性奖补, 一|线,
    “五一”) given back as the word tokens over it, so that the object finders read a word
    (一次性, 一线) where the numeral finder saw a number; the statistics' piece indices are
    moved to the new list."""
    used = {i for st in stats for i in st.pieces}
    out: list[Piece] = []
    moved: dict[int, int] = {}
    i = 0
    while i < len(pieces):
        if not pieces[i].role or i in used:
            moved[i] = len(out)
            out.append(pieces[i])
            i += 1
            continue
        j = i
        while j < len(pieces) and pieces[j].role and j not in used:
            j += 1
        words = _words_over(pieces, i, j, used, tokens)
        if words is None:  # a word over the run reaches into a statistic: kept as it is
            for k in range(i, j):
                moved[k] = len(out)
                out.append(pieces[k])
        else:
            while out and out[-1].start >= words[0].start:
                out.pop()  # a word piece the token starts before (…|次|性 -> 一次性)
            out.extend(words)
            while j < len(pieces) and pieces[j].end <= words[-1].end and not pieces[j].role:
                j += 1  # word pieces the last token covers
        i = j
    for st in stats:
        st.pieces = [moved[k] for k in st.pieces]
    return out


def join_cut_verbs(pieces: list[Piece], stats: list[Found]) -> list[Piece]:
    """The pieces with a one-character morpheme jieba could not place (zg) and the
    one-character verb after it joined into one verb (失/zg|联/v -> 失联/v: a word newer than
    jieba's dictionary), so that the object finders read the verb whole (12人|失联, 3名|失联人员);
    the statistics' piece indices are moved to the new list."""

    def cut_verb(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        if (not p.role and not prev.role and p.pos == "v" and prev.pos == "zg"
                and p.end - p.start == 1 and prev.end - prev.start == 1 and prev.end == p.start):
            return "v"
        return ""

    return _joined(pieces, stats, cut_verb)


_DIFFERENCE_WORDS = ("多", "少")  # 多|增: more (less) than the base
_CHANGE_CHARACTERS = ("增", "减")  # the one-character verbs of change a difference joins


def join_difference_verbs(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a difference word jieba cut off the one-character verb of change after it,
    right before a figure, joined into one verb (同比|多/m|增/v|N亿元 -> 多增/v: the difference of
    this change against its base's, a predicate word), so that the figure completes a verb of
    change as 增加 does; the statistics' piece indices are moved to the new list."""

    def cut_difference(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        if prev.role or p.role or nxt is None or not nxt.role or prev.end != p.start:
            return ""
        if text[prev.start : prev.end] in _DIFFERENCE_WORDS and text[p.start : p.end] in _CHANGE_CHARACTERS:
            return "v"
        return ""

    return _joined(pieces, stats, cut_difference)


def join_attributive_verbs(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces (tags corrected by `retag`) with a modal prefix jieba cut off as a verb
    (`stats_attributive_prefixes`) and the verb after it, before a noun, joined into one
    attributive word (可|支配|收入 -> 可支配/b|收入: 人均可支配收入, not 支配收入; 可|穿戴|设备);
    the statistics' piece indices are moved to the new list."""
    return _joined(pieces, stats,
                   lambda prev, p, nxt: "b" if _attributive_verb(prev, p, nxt, text) else "")


def _joined(pieces: list[Piece], stats: list[Found],
            join: Callable[[Piece, Piece, Piece | None], str]) -> list[Piece]:
    """The pieces with each piece joined to the one before it where ``join(prev, piece, next)``
    gives the joined word's tag ("": not joined); the statistics' piece indices moved along."""
    out: list[Piece] = []
    moved: dict[int, int] = {}
    for k, p in enumerate(pieces):
        prev = out[-1] if out else None
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        pos = join(prev, p, nxt) if prev is not None else ""
        if prev is not None and pos:
            out[-1] = replace(prev, end=p.end, pos=pos)
        else:
            out.append(p)
        moved[k] = len(out) - 1
    if len(out) < len(pieces):
        for st in stats:
            st.pieces = [moved[k] for k in st.pieces]
    return out


def joined_attributive(p: Piece, text: str) -> bool:
    """Whether p is a word `join_attributive_verbs` made (可支配/b) or an intransitive verb
    `retag` read as an attribute (留守/b|儿童): inside a noun phrase like a noun."""
    if p.pos != "b" or p.role or p.end - p.start < 2:
        return False
    word = text[p.start : p.end]
    return word[:1] in _prefixes() or word in _attributive_verbs()


def _before_head_noun(pieces: list[Piece], k: int, names: list[tuple[int, int]], text: str) -> bool:
    """Whether a common noun follows pieces[k] that is not itself a modifier with 的 after it
    (受灾|群众; not 受灾|比较严重/n|的|村, a predicate jieba tags n)."""
    after = pieces[k + 2] if k + 2 < len(pieces) else None
    modifier = after is not None and text[after.start : after.end] == "的"
    return _before_noun(pieces, k, names) and not modifier


@cache
def _attributive_verbs() -> frozenset[str]:
    lists = ("stats_attributive_verbs", "stats_supply_verbs", "stats_mode_verbs", "stats_verb_object_verbs")
    return frozenset(w for name in lists for w in lexicons.words(name))


@cache
def _work_verbs() -> frozenset[str]:
    return frozenset(lexicons.words("stats_work_verbs"))


@cache
def _compound_heads() -> frozenset[str]:
    return frozenset(lexicons.words("stats_compound_heads"))


def _after_verb(pieces: list[Piece], k: int) -> bool:
    """Whether a verb (the predicate: 投入, 出动) stands right before pieces[k]; after a noun or
    a verbal noun (通信|应急|抢修|人员) the object is read over the verb already."""
    prev = pieces[k - 1] if k > 0 else None
    return prev is not None and not prev.role and prev.pos == "v"


def _between_verb_and_head(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether a verb stands before pieces[k] and a compound head word (人员, 力量, 车辆) after it."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    head = nxt is not None and not nxt.role and text[nxt.start : nxt.end] in _compound_heads()
    return head and _after_verb(pieces, k)


@cache
def _prefixes() -> frozenset[str]:
    return frozenset(lexicons.words("stats_attributive_prefixes"))


def _attributive_verb(prev: Piece, p: Piece, nxt: Piece | None, text: str) -> bool:
    """Whether prev is a modal prefix cut off as a verb and p the verb after it, with a noun or
    another verb-noun run after them (可|支配|收入, 可|穿戴|智能设备)."""
    return (
        not p.role
        and not prev.role
        and prev.pos == "v"
        and text[prev.start : prev.end] in _prefixes()
        and prev.end == p.start
        and p.pos in ("v", "vn")
        and text[p.start : p.end] not in _change_verbs()  # 可|减少|排放量: a modal and its predicate
        and nxt is not None
        and not nxt.role
        and nxt.pos.startswith("n")
    )


@cache
def _change_verbs() -> frozenset[str]:
    """Predicate words (stats_predicate_words: 增加, 减少, 提升): after a modal they stay its
    predicate, no attribute of the noun after them."""
    return frozenset(lexicons.words("stats_predicate_words"))


def _words_over(
    pieces: list[Piece], i: int, j: int, used: set[int], tokens: list[Token]
) -> list[Piece] | None:
    """The tokens over pieces[i:j] as word pieces, or None where they reach a used piece or a
    piece they do not cover whole."""
    a, b = pieces[i].start, pieces[j - 1].end
    over = [t for t in tokens if t.end > a and t.start < b]
    if not over:
        return None
    a, b = min(a, over[0].start), max(b, over[-1].end)
    for k, p in enumerate(pieces):
        if p.end > a and p.start < b and (k in used or p.start < a or p.end > b):
            return None
    return [Piece(t.start, t.end, pos=t.pos) for t in over]


@cache
def verbs_tagged_nouns() -> frozenset[str]:
    """Frequent verbs jieba lists as nouns (stats_verbs_tagged_nouns: 落户, 造林)."""
    return frozenset(lexicons.words("stats_verbs_tagged_nouns"))


def _before_noun(pieces: list[Piece], k: int, names: list[tuple[int, int]]) -> bool:
    """Whether a common noun follows pieces[k] (落户|企业: the verb modifies it), not a name
    (jieba's name tags or a mention of the NER: 落户|横琴)."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return (
        nxt is not None
        and not nxt.role
        and nxt.pos.startswith("n")
        and nxt.pos not in _NAME_TAGS
        and not any(a <= nxt.start < b for a, b in names)
    )


def _opens_noun(done: list[Piece], pieces: list[Piece], k: int) -> bool:
    """Whether pieces[k] stands before a noun with no verb or adjective before it (去年|村|集体
    经济; after a verb it may be the verb's, 脱贫|县|农民, so is left)."""
    before = done[-1] if done else None
    after = pieces[k + 1] if k + 1 < len(pieces) else None
    return (
        (before is None or (before.role == "" and before.pos in ("t", "x", "p", "c", "r", "f", "m")))
        and after is not None
        and not after.role
        and after.pos.startswith("n")
    )


@cache
def _totals() -> frozenset[str]:
    """The totalling adverbs (共, 共计): the joiners of stats_run_joiners that are predicate words."""
    predicates = set(lexicons.words("stats_predicate_words"))
    return frozenset(w for w in lexicons.words("stats_run_joiners") if w in predicates)


def _after_total(done: list[Piece], text: str) -> bool:
    """Whether the word before (as corrected) is a totalling adverb (共|部署/n|项目): it sums what
    a verb after it did, so a noun jieba tags right after it, before the counted noun, is that
    verb (a noun phrase after 共 would stand with no verb)."""
    before = done[-1] if done else None
    return before is not None and not before.role and text[before.start : before.end] in _totals()


def _glued_total(word: str) -> bool:
    """Whether a word is a totalling adverb (共, 累计) glued to a verb of jieba's dictionary (共收录,
    jieba's noun): the adverb and its predicate, as 共|部署 written apart."""
    tags = _jieba_tags()
    return any(
        word.startswith(t) and len(word) > len(t) and tags.get(word[len(t) :], "").startswith("v")
        for t in _totals()
    )


def _by_adverb(done: list[Piece]) -> bool:
    """Whether the word before (as corrected) is an adverb: an adverb modifies a predicate, so a
    verb jieba lists as a noun is a verb there even before a noun (已|落户|项目)."""
    before = done[-1] if done else None
    return before is not None and not before.role and before.pos == "d"


def _predicate_guess(done: list[Piece], pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k], a two-character word jieba guesses is a name (and the NER does not
    confirm), stands between a noun and a verb: a verb or its object jieba does not know
    (海棠|迎春|绽放: in a verb phrase it opens, not a name after a noun); not after a scope
    word (stats_scope_words: 全省|秋收|达, where it is the subject)."""
    p = pieces[k]
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return (
        p.end - p.start == 2
        and _by_noun(done, pieces, k)
        and text[done[-1].start : done[-1].end] not in _scope_words()
        and nxt is not None
        and not nxt.role
        and nxt.pos == "v"
    )


@cache
def _scope_words() -> frozenset[str]:
    return frozenset(lexicons.words("stats_scope_words"))


def _ends_noun_phrase(done: list[Piece], pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] follows a noun and is the last word of its noun phrase: a verb, an
    adverb, a quantity or a mark follows (钢|产能|完成, 钢|产能|3亿吨), not a noun it would be
    a verb on (企业|投资|项目); not after a noun a count counts, whose metric it is (N个|省份|增速)."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    last = nxt is None or bool(nxt.role) or not nxt.pos.startswith(("n", "a", "b"))
    unit = pieces[k - 2] if k >= 2 else None  # N个|省份|增速/v|超过: a metric of what is counted
    counted = unit is not None and bool(unit.role) and UNIT_KIND.get(text[unit.start : unit.end]) == "count"
    return last and not counted and not _after_figure(done, k, text) and _by_noun(done, pieces, k)


def _after_figure(done: list[Piece], k: int, text: str) -> bool:
    """Whether the nouns before pieces[k] follow a figure's 的 (近六成|的|产品|增速/v|回升,
    N公里以上|的|客流|占比/v|由): the metric word is then the clause's, no part of what the figure
    counts, and keeps jieba's verb tag (N亿吨|钢铁|产能/v|完成, with no 的, is the amount's). `done`:
    the pieces before pieces[k], as corrected (出行/v -> b)."""
    j = k - 1
    while j >= 0 and not done[j].role and done[j].pos.startswith(("n", "b")):
        j -= 1
    de = j >= 1 and text[done[j].start : done[j].end] == "的"
    return de and bool(done[j - 1].role)


def _adverbial_after_noun(done: list[Piece]) -> bool:
    """Whether the words before (as corrected) are a noun and an adjective (展品|精彩): the
    adjective before a verb is its adverbial, so the verb is the noun's predicate."""
    if len(done) < 2 or done[-1].role or done[-2].role:
        return False
    return done[-1].pos in ("a", "ad") and done[-2].pos.startswith("n")


def _by_noun(done: list[Piece], pieces: list[Piece], k: int) -> bool:
    """Whether the word before pieces[k] (as corrected) is a noun (a character after a noun
    ends it: 建制|村; one before a noun may be a verb's, 脱贫|县|农民, so is left)."""
    before = done[-1] if done else None
    return before is not None and not before.role and before.pos.startswith("n")


# --- writing the list from the tagged corpus --------------------------------------------------


def _corpus_tags(path: Path) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for line in path.read_text(encoding="utf-8").splitlines():
        _, _, tokens = line.partition("\t")
        for tok in tokens.split(" "):
            tok = re.sub(r"\][a-z]+$", "", tok.lstrip("["))
            word, sep, tag = tok.rpartition("/")
            if sep and word:
                counts[word][tag] += 1
    return counts


def _wrong_for_objects(jieba_tag: str, tag: str) -> bool:
    """The errors that move an object's edge: a common word jieba tags as a name (玉米/nr,
    新建/ns), a noun it tags as a verb, an adjective, an adverb or a time (收入/v, 青年/t),
    an adverb it tags as a noun, numeral, adjective or verb (全力/n, 首次/m), a noun it tags as a
    state word (湿地/z), a noun it tags as a numeral with its measure (零部件/mq: not a plain
    numeral, m, which would take 月, 百分点) and an abbreviation it tags as a locative (中外/f; a
    noun it tags f, 周边, is left: 水库|周边|的 is a place phrase). (Verbs jieba
    lists as nouns, 部署/n, are left: correcting them cost more objects than it gained.)"""
    if jieba_tag in (*_NAME_TAGS, "nz"):
        return tag not in (*_NAME_TAGS, "nz")
    if tag in ("d", "ad"):
        return jieba_tag in ("n", "m", "a", "v")  # 全力/n, 首次/m, 基本/n: adverbs end an object
    if tag == "a" and jieba_tag == "n":
        return True  # 有序/n: an adjective before the predicate ends the object (群众|有序撤离)
    if tag in ("a", "b") and jieba_tag == "d":
        return True  # 最新/d, 全新/d: an adverb ends a noun phrase read back, an attribute does not
    if (tag, jieba_tag) in (("n", "z"), ("j", "f")):
        return True  # 湿地/z, 中外/f: a noun no reader of a noun phrase takes under that tag
    return tag == "n" and jieba_tag in ("v", "vn", "a", "ad", "an", "d", "vd", "b", "t", "mq")


def _majority_tags(corpus: Path) -> Iterator[tuple[str, str, int, int]]:
    """(word, majority tag, its count, the word's count) for the corpus's words whose majority
    tag holds at least 60% of at least 3 occurrences."""
    for word, tags in _corpus_tags(corpus).items():
        total = sum(tags.values())
        tag, k = tags.most_common(1)[0]
        if total >= _MIN_COUNT and k / total >= _MIN_SHARE:
            yield word, tag, k, total


def _jieba_tags() -> dict[str, str]:
    """jieba's dictionary: word -> its part-of-speech tag."""
    import jieba
    import jieba.posseg

    jieba.initialize()
    return jieba.posseg.dt.word_tag_tab


def build(corpus: Path) -> list[tuple[str, str, int, int]]:
    """(word, majority tag, its count, the word's count) where the corpus's majority tag, a
    content tag held by at least 60% of at least 3 occurrences, corrects jieba's in a way that
    moves an object's edge (`_wrong_for_objects`)."""
    dictionary = _jieba_tags()
    return sorted(
        (word, tag, k, total)
        for word, tag, k, total in _majority_tags(corpus)
        if tag in _CONTENT_TAGS and word in dictionary and _wrong_for_objects(dictionary[word], tag)
    )


def build_verbs(corpus: Path) -> list[tuple[str, int, int]]:
    """(word, its count as a verb, its count) for the words jieba's dictionary lists as nouns
    (n) that the corpus tags as verbs (v) in at least 60% of at least 3 occurrences."""
    dictionary = _jieba_tags()
    return sorted(
        (word, k, total)
        for word, tag, k, total in _majority_tags(corpus)
        if tag == "v" and dictionary.get(word) == "n"
    )


_VERBS_HEADER = """\
# Verbs jieba's dictionary lists as nouns (落户/n, 投向/n, 外流/n): words jieba tags n that the
# hand-tagged People's Daily corpus (PKU/ICL, January 1998; ../shared/corpora/pd1998_01) tags
# v in at least 60% of at least 3 occurrences. Read as a verb only after a noun and not before
# another common noun (澳资企业|落户|横琴: the predicate ends the object; 落户|企业 stays a
# compound) by pipeline.quantities.word_tags.retag, for objects only.
# Written by `python -m pipeline.quantities.word_tags`; do not edit by hand (rerun it).
# Columns: word, occurrences tagged v, occurrences.
"""


_HEADER = """\
# Words whose part of speech jieba's dictionary gives wrongly for reading objects of
# statistics (收入/v, 玉米/nr, 洪水/nr): the majority tag of the word in the hand-tagged
# People's Daily corpus (PKU/ICL, January 1998; ../shared/corpora/pd1998_01), where that
# tag is a content tag held by at least 60% of at least 3 occurrences and corrects jieba's
# dictionary tag where that moves an object's edge: a common word jieba tags as a name
# (nr, ns, nt, nz), a noun it tags as a verb, adjective, adverb, time or status word or as a
# numeral with its measure (零部件/mq), an adverb it tags as a noun, numeral, adjective or verb.
# Written by `python -m pipeline.quantities.word_tags`; do not edit by hand (rerun it).
# Used by pipeline.quantities.word_tags.retag, for objects only.
# Columns: word, tag (PKU, as jieba writes it), occurrences with that tag, occurrences.
"""


PD_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "pd1998_01" / "199801.sentences.txt"
LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"


def words_tagged_only(
    corpus: Path, corpus_tags: frozenset[str], jieba_tags: frozenset[str], min_count: int = 1
) -> list[tuple[str, int]]:
    """(word, occurrences) of the words of two or more characters that the tagged corpus tags
    only with `corpus_tags` (in `min_count` occurrences or more) and jieba's dictionary lists
    with one of `jieba_tags`, in word order: the shared build of the derived lists
    (verbal_tails, people_predicates)."""
    tags = jieba_word_tags()
    out = []
    for w, counts in _corpus_tags(corpus).items():
        n = sum(counts.values())
        if len(w) > 1 and n >= min_count and set(counts) <= corpus_tags and tags.get(w) in jieba_tags:
            out.append((w, n))
    return sorted(out)


def write_list(path: Path, header: str, rows: Sequence[tuple[object, ...]]) -> None:
    """A derived word list: its header, then a TAB-separated line a row."""
    path.write_text(header + "".join("\t".join(map(str, row)) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} words -> {path}")


def corpus_list_main(
    argv: list[str] | None, name: str, header: str, build: Callable[[Path], Sequence[tuple[object, ...]]]
) -> int:
    """The command line of a module that writes one list from the tagged corpus (--corpus, --out)."""
    ap = argparse.ArgumentParser(description=f"write pipeline/lexicons/{name}")
    ap.add_argument("--corpus", type=Path, default=PD_CORPUS)
    ap.add_argument("--out", type=Path, default=LEXICONS / name)
    args = ap.parse_args(argv)
    write_list(args.out, header, build(args.corpus))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        description="write pipeline/lexicons/stats_word_tags.tsv and stats_verbs_tagged_nouns.tsv"
    )
    ap.add_argument("--corpus", type=Path, default=PD_CORPUS)
    ap.add_argument("--out", type=Path, default=LEXICONS / "stats_word_tags.tsv")
    args = ap.parse_args(argv)
    write_list(args.out, _HEADER, build(args.corpus))
    write_list(args.out.with_name("stats_verbs_tagged_nouns.tsv"), _VERBS_HEADER, build_verbs(args.corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
