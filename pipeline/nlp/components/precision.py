"""Precision rules run last: ``abbreviations`` and ``precision``.

- ``cnnews_abbreviations``: a run of one-character place abbreviations (京津冀, 苏皖, 粤港澳,
  欧美) that the model tags piece by piece is one region, one LOC (the gold convention: regions
  are LOC); a run naming the parties of a relation (中美关系, 中日两国) stays split.
- ``cnnews_precision``: what no span may look like, whoever found it:
  a one-character LOC / ORG that is not a known place abbreviation (``ner_place_abbreviations``:
  the provinces' official short names and the one-character places of MSRA train), unless,
  under MSRA's convention, a LOC written against one (中|秘, a pair of countries' short names)
  or an ORG of ``ner_org_abbreviations`` (入|盟);
  an unbalanced bracket or quote inside a span (「X, 美国《纽约时报: the span is cut there);
  an ORG / LOC that ends inside a title (包叙定部|长, 马萨省|长: the title is cut off, and a
  name with a surname before it is a PERSON);
  an ORG / LOC ending in a bare number (龙里3: the number is cut off), but under MSRA's
  convention, which keeps a number inside a name (海卫1 LOC, 漳州110 ORG: MSRA train 14 times,
  cut off never; issue 11, round 8);
  a gazetteer name tagged ORG or PERSON is a LOC (美国|《纽约时报), but under MSRA's convention,
  which tags a province's team ORG (辽宁、山东 in a draw) and 中山 of 中山装 PERSON (MSRA
  train: the relabelling was wrong 44 times of 45; round 8);
  a span whose edge falls inside a word the segmenter (jieba) keeps whole (刘华|走访),
  unless the span is a known place;
  an ORG / LOC that is an idiom of jieba's dictionary (a slogan), an ORG that is a
  four-character common word of it with no organization head (众志成城);
  a storm's name (台风“杜苏芮”: ``ner_storm_words``) and an ORG that names an event
  (防汛会商会: ``ner_event_heads``);
  an ORG inside a column tag (【新时代新征程新伟业】, 【乡村行 看振兴】: DEV-SET, column tags are
  no entities), unless an organization's name of jieba's dictionary (央视 of 【央视快评】), as a
  place inside one stays a LOC (中国 of 【活力中国】).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

_OPEN = "《「『“‘([{【〔"
_CLOSE = "》」』”’)]}】〕"
_PAIR = dict(zip(_OPEN, _CLOSE, strict=True))
_BRACKET = re.compile(f"[{re.escape(_OPEN + _CLOSE)}]")
_NAME_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg", "j")
# jieba's tag of idioms (not "l", set phrases: 可口可乐公司 is one)
_PHRASE_TAGS = ("i",)
# jieba's tags of common words: a four-character ORG that is one such word of the dictionary,
# not made of two words, and ends in no organization head is an idiom-like phrase or slogan
# (众志成城, tagged n; not 经济日报, 空军一号: two words each)
_COMMON_TAGS = ("n", "v", "vn", "a", "ad", "an", "d")
SOURCE = "rule:abbreviations"
_STORM = res.words("ner_storm_words")
_EVENT_HEADS = res.words("ner_event_heads")
_TAG_OPEN, _TAG_CLOSE = "【", "】"  # a column tag: 【活力中国】


@cache
def abbreviations(ref: str = "ner_place_abbreviations") -> frozenset[str]:
    return res.word_set(ref)


class Abbreviations(RuleComponent):
    def __init__(self, abbr: frozenset[str], relation_words: tuple[str, ...],
                 join: bool = True) -> None:
        self.abbr = abbr
        self.relation = relation_words
        self.join = join  # MSRA tags the pieces (京 / 沪): nothing to do under its convention

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        if not self.join:
            return spans
        out: list[Span] = []
        run: list[Span] = []
        for s in [*spans, None]:
            if s is not None and self._piece(text, s) and (not run or run[-1].end == s.start):
                run.append(s)
                continue
            out.extend(self._join(text, run))
            run = []
            if s is not None and self._piece(text, s):
                run = [s]
            elif s is not None:
                out.append(s)
        return out

    def _piece(self, text: str, s: Span) -> bool:
        name = text[s.start : s.end]
        return s.label == "LOC" and len(name) <= 2 and all(c in self.abbr for c in name)

    def _join(self, text: str, run: list[Span]) -> list[Span]:
        start, end = (run[0].start, run[-1].end) if run else (0, 0)
        if len(run) < 2 or text.startswith(self.relation, end):
            return run
        return [Span(start, end, "LOC", SOURCE)]


class Precision(RuleComponent):
    def __init__(self, abbr: frozenset[str], titles: tuple[str, ...], surnames: frozenset[str],
                 gazetteer: Lexicon, surname_person: bool = False,
                 org_abbr: frozenset[str] = frozenset(), msra: bool = False) -> None:
        self.abbr = abbr
        self.org_abbr = org_abbr if surname_person else frozenset()  # MSRA's convention only
        self.surname_person = surname_person  # MSRA: 李 of 李老师 is a PERSON
        # MSRA keeps a number that ends a name (海卫1): no trailing digits cut under it; and
        # a gazetteer name the network tags ORG or PERSON keeps its label (a province's team,
        # 辽宁 ORG; 中山装: MSRA train 44 times of 45)
        self.msra = msra
        self.fixes = ((self.untitled, self.person_edge) if msra
                      else (self.untitled, trailing_digits, self.person_edge))
        self.titles = tuple(t for t in titles if len(t) >= 2)
        self.title_set = frozenset(self.titles)
        self.longest_title = max(map(len, self.titles), default=0)
        self.title_starts = frozenset(t[0] for t in self.titles)
        self.surnames = surnames
        self.gazetteer = gazetteer
        # place and organization heads (乡, 县, 局, 救援队, 妇联 …): a name that ends in one
        # ends there, whatever follows
        self.heads = tuple(sorted({*res.words("ner_admin_ends"), *res.words("ner_org_heads"),
                                   *res.words("ner_org_kinds")},
                                  key=len, reverse=True))
        res.jieba_dict()

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out = []
        for s in spans:
            for p in balanced(text, s):
                if (p.label != "LOC" and not self.msra
                        and text[p.start : p.end] in self.gazetteer):
                    p = Span(p.start, p.end, "LOC", p.source, p.score)  # 美国|《纽约时报
                fixed: Span | None = p
                for fix in self.fixes:
                    fixed = fix(text, fixed) if fixed is not None else None
                if fixed is not None and self.keep(text, fixed):
                    out.append(fixed)
        return out

    def keep(self, text: str, s: Span) -> bool:
        name = text[s.start : s.end]
        if len(name) == 1:
            return (s.label == "LOC" and self.short_name(text, s)) or (
                s.label == "PERSON" and self.surname_person and name in self.surnames) or (
                s.label == "ORG" and name in self.org_abbr)
        if text[max(0, s.start - 6) : s.start].rstrip(_OPEN).endswith(_STORM):
            return False  # 台风“杜苏芮”: a storm's name
        if s.label == "ORG" and (name.endswith(_EVENT_HEADS) or (
                in_column_tag(text, s) and res.jieba_dict().get(name) not in _NAME_TAGS)):
            return False  # 防汛会商会: an event, not an organization; a column's name (not
            # a body's inside it: 【央视|快评】)
        if s.label == "PERSON" or name in self.gazetteer:
            return True
        if res.jieba_dict().get(name) in _PHRASE_TAGS:
            return False  # an idiom (a slogan), no name
        if s.label == "ORG" and self.common_phrase(name):
            return False
        return not (self.inside_word(text, s.start, s.end, at_start=True)
                    or self.inside_word(text, s.start, s.end, at_start=False))

    def short_name(self, text: str, s: Span) -> bool:
        """A one-character place: a known abbreviation, or under MSRA's convention one written
        against a known one (a pair of countries' short names, 中|X两国, X|中关系: MSRA tags both
        pieces, and its list of one-character places cannot hold every country; on the news
        pages the pieces are more often words: 两|岸)."""
        if text[s.start] in self.abbr:
            return True
        return self.surname_person and (text[s.start - 1 : s.start] in self.abbr
                                        or text[s.end : s.end + 1] in self.abbr)

    def common_phrase(self, name: str) -> bool:
        """A four-character common word of jieba's dictionary (众志成城, n) whose halves are
        not both words and that ends in no organization head: a phrase, no organization's
        name."""
        words = res.jieba_dict()
        return (len(name) == 4 and words.get(name) in _COMMON_TAGS
                and not (name[:2] in words and name[2:] in words)
                and not name.endswith(self.heads))

    def person_edge(self, text: str, s: Span) -> Span | None:
        """刘华走|访: a PERSON ending inside a verb the segmenter keeps whole is cut back to
        that word's start (刘华), or dropped when less than two characters remain."""
        if s.label != "PERSON" or s.end - s.start < 3:
            return s
        cut = self.crossing_start(text, s.start, s.end)
        if cut < 0 or res.jieba_dict().get(text[cut : s.end + 1]) != "v":
            return s
        return Span(s.start, cut, s.label, s.source, s.score) if cut - s.start >= 2 else None

    def untitled(self, text: str, s: Span) -> Span | None:
        """包叙定部长 tagged 包叙定部 (ORG), 马萨省长 tagged 马萨省 (LOC): a personal name
        (a surname, 2-3 characters, no known place) and the start of a title glued to it. The
        title is cut off and the name is a PERSON. 卫生部|长, 北京市|长 stay (a body, a place)."""
        if s.label == "PERSON":
            return s
        longest = self.longest_title
        for k in range(1, longest):
            if s.end - k >= 0 and text[s.end - k] not in self.title_starts:
                continue  # no title starts there (the test below, in one lookup)
            if not any(text[s.end - k : s.end - k + n] in self.title_set
                       for n in range(k + 1, longest + 1)):
                continue
            name = text[s.start : s.end - k]
            if (2 <= len(name) <= 3 and name[0] in self.surnames and name not in self.gazetteer
                    and res.jieba_dict().get(name, "nr") in ("nr", "nrfg", "nrt")):
                return Span(s.start, s.end - k, "PERSON", s.source, s.score)
            return s
        return s

    def inside_word(self, text: str, start: int, end: int, at_start: bool) -> bool:
        """Whether the span's start (or end) falls inside a word the segmenter keeps whole
        (刘华|走访), no name and no title."""
        if at_start:
            return self.crossing_start(text, start, end, at_start=True) >= 0
        if text[start:end].endswith(self.heads):
            return False  # …乡|政府, …团委|书记, …救援队|员: a name's head ends it, whatever
            # follows (a whole head: 国际联|播 ends in no 妇联)
        return self.crossing_start(text, start, end) >= 0

    def crossing_start(self, text: str, start: int, end: int, at_start: bool = False) -> int:
        """The start of a word straddling the span's end (or start), or -1: it starts inside
        the span and ends after it, or starts before it and ends inside it; a word holding the
        whole span (法国人) does not count. Dictionary lookups first (a word that is no name or
        title crosses the edge), then jieba's segmentation of the span and four characters
        beyond that edge confirms; so the segmenter runs only on suspicious edges."""
        p = start if at_start else end
        if p <= 0 or p >= len(text):
            return -1
        words = res.jieba_dict()

        def suspicious(w: str) -> bool:
            return words.get(w, "ns") not in _NAME_TAGS and w not in self.title_set

        if at_start:
            cands = [text[p - a : p + b] for a in (1, 2) for b in (1, 2)
                     if p - a >= 0 and p + b < end]
        else:
            cands = [text[p - a : p + b] for a in (1, 2) for b in (1, 2)
                     if p - a > start and p + b <= len(text)]
        if not any(w in words and suspicious(w) for w in cands):
            return -1
        lo, hi = (max(0, start - 4), end) if at_start else (start, min(len(text), end + 4))
        pos = lo
        for w in _cut(text[lo:hi]):
            if pos < p < pos + len(w):
                inside = pos > start if not at_start else pos + len(w) < end
                return pos if inside and suspicious(w) else -1
            pos += len(w)
        return -1


def in_column_tag(text: str, s: Span) -> bool:
    """Whether the span lies inside one 【…】 (brackets included or not)."""
    a = text.rfind(_TAG_OPEN, 0, s.start + 1)
    if a < 0 or _TAG_CLOSE in text[a : max(a, s.end - 1)]:
        return False
    b = text.find(_TAG_CLOSE, max(a, s.end - 1))
    return b >= 0 and _TAG_OPEN not in text[a + 1 : b]


def trailing_digits(text: str, s: Span) -> Span | None:
    """龙里3: a place or organization never ends in a bare number (the next number's start)."""
    if s.label == "PERSON" or not text[s.end - 1].isdigit():
        return s
    k = s.end
    while k > s.start and text[k - 1].isdigit():
        k -= 1
    return Span(s.start, k, s.label, s.source, s.score) if k - s.start >= 2 else None


def balanced(text: str, s: Span) -> list[Span]:
    """A span with unbalanced brackets or quotes: a stray one at an edge is trimmed
    (《经济日报 -> 经济日报); one inside cuts the span, and only a known place before it stays
    (美国《纽约时报 -> 美国; 的里雅斯特”号 -> nothing). A balanced pair (《人民日报》社) stays."""
    if _BRACKET.search(text, s.start, s.end) is None:
        return [s]
    cuts = _unbalanced(text, s.start, s.end)
    if not cuts:
        return [s]
    start, end = s.start, s.end
    while cuts and cuts[0] == start:
        start, cuts = start + 1, cuts[1:]
    while cuts and cuts[-1] == end - 1:
        end, cuts = end - 1, cuts[:-1]
    if end - start < 1:
        return []
    if not cuts:
        return [Span(start, end, s.label, s.source, s.score)] if end - start >= 2 else []
    head = text[start : cuts[0]]
    if len(head) >= 2 and res.jieba_dict().get(head) == "ns":
        return [Span(start, cuts[0], "LOC", s.source, s.score)]
    return []


def _unbalanced(text: str, start: int, end: int) -> list[int]:
    """Positions of the brackets and quotes in text[start:end] that have no partner there."""
    cuts: list[int] = []
    stack: list[int] = []
    for i in range(start, end):
        c = text[i]
        if c in _PAIR:
            stack.append(i)
        elif c in _CLOSE:
            if stack and _PAIR[text[stack[-1]]] == c:
                stack.pop()
            else:
                cuts.append(i)
    return sorted([*cuts, *stack])


_cut = res.jieba_cut


@Language.factory("cnnews_abbreviations", default_config={
    "abbreviations": "ner_place_abbreviations", "relation_words": "ner_relation_words",
    "convention": conventions.PROJECT})
def make_abbreviations(nlp: Language, name: str, abbreviations: str,
                       relation_words: str, convention: str) -> Abbreviations:
    """Runs of provinces' short names only (京津冀, 苏皖): MSRA tags runs of countries' short
    names piece by piece (中美, 欧美, 港澳), and that costs 1.3 points of MSRA test F1. Under
    the ``msra`` convention no run is joined (MSRA tags 京 / 沪, 青 / 藏 as well)."""
    provinces = frozenset(row[0] for row in res.table(abbreviations)
                          if len(row) > 2 and row[2] == "province")
    join = conventions.check(convention) != conventions.MSRA
    return Abbreviations(provinces, res.words(relation_words), join)


@Language.factory("cnnews_precision", default_config={
    "lexicons": "", "abbreviations": "ner_place_abbreviations", "titles": "ner_person_titles",
    "org_abbreviations": "ner_org_abbreviations", "convention": conventions.PROJECT})
def make_precision(nlp: Language, name: str, lexicons: str, abbreviations: str,
                   titles: str, org_abbreviations: str, convention: str) -> Precision:
    """``convention``: under ``msra`` a surname alone is a PERSON (李 of 李老师), a
    one-character ORG of ``org_abbreviations`` (联 of 联大) stays, and so does a number that
    ends a name (海卫1)."""
    msra = conventions.check(convention) == conventions.MSRA
    return Precision(res.word_set(abbreviations), res.words(titles), res.surnames(lexicons),
                     res.gazetteer(lexicons), msra, res.word_set(org_abbreviations), msra)
