"""Precision rules run last: ``abbreviations`` and ``precision``.

- ``cnnews_abbreviations``: a run of one-character place abbreviations (京津冀, 苏皖, 粤港澳,
  欧美) that the model tags piece by piece is one region, one LOC (the gold convention: regions
  are LOC); a run naming the parties of a relation (中美关系, 中日两国) stays split.
- ``cnnews_precision``: what no span may look like, whoever found it:
  a one-character LOC / ORG that is not a known place abbreviation (``ner_place_abbreviations``:
  the provinces' official short names and the one-character places of MSRA train);
  an unbalanced bracket or quote inside a span (「X, 美国《纽约时报: the span is cut there);
  an ORG / LOC that ends inside a title (包叙定部|长, 马萨省|长: the title is cut off, and a
  name with a surname before it is a PERSON);
  a span whose edge falls inside a word the segmenter (jieba) keeps whole (刘华|走访),
  unless the span is a known place.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

_OPEN = "《「『“‘([{【〔"
_CLOSE = "》」』”’)]}】〕"
_PAIR = dict(zip(_OPEN, _CLOSE, strict=True))
_NAME_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg", "j")
SOURCE = "rule:abbreviations"


@cache
def abbreviations(ref: str = "ner_place_abbreviations") -> frozenset[str]:
    return res.word_set(ref)


class Abbreviations(RuleComponent):
    def __init__(self, abbr: frozenset[str], relation_words: tuple[str, ...]) -> None:
        self.abbr = abbr
        self.relation = relation_words

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
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
                 gazetteer: Lexicon) -> None:
        self.abbr = abbr
        self.titles = tuple(t for t in titles if len(t) >= 2)
        self.surnames = surnames
        self.gazetteer = gazetteer
        res.jieba_dict()

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out = []
        for s in spans:
            for p in balanced(text, s):
                p = self.untitled(text, p)
                if p is not None and self.keep(text, p):
                    out.append(p)
        return out

    def keep(self, text: str, s: Span) -> bool:
        name = text[s.start : s.end]
        if len(name) == 1:
            return s.label == "LOC" and name in self.abbr
        if s.label == "PERSON" or name in self.gazetteer:
            return True
        return not (inside_word(text, s.start) or inside_word(text, s.end))

    def untitled(self, text: str, s: Span) -> Span | None:
        """包叙定部长 tagged 包叙定部 (ORG): the span ends inside a title; cut the title off."""
        if s.label == "PERSON":
            return s
        for t in self.titles:
            for k in range(1, len(t)):
                if text.startswith(t, s.end - k) and s.end - k - s.start >= 2:
                    name = text[s.start : s.end - k]
                    person = name[0] in self.surnames and len(name) <= 3
                    return Span(s.start, s.end - k, "PERSON" if person else s.label,
                                s.source, s.score)
        return s


def balanced(text: str, s: Span) -> list[Span]:
    """The pieces of a span between unbalanced brackets or quotes (两个 pieces of 美国《纽约时报:
    美国, 纽约时报); a balanced pair inside a span (《人民日报》社) stays."""
    cuts: list[int] = []
    stack: list[int] = []
    for i in range(s.start, s.end):
        c = text[i]
        if c in _PAIR:
            stack.append(i)
        elif c in _CLOSE:
            if stack and _PAIR[text[stack[-1]]] == c:
                stack.pop()
            else:
                cuts.append(i)
    cuts = sorted([*cuts, *stack])
    if not cuts:
        return [s]
    out = []
    k = s.start
    for i in [*cuts, s.end]:
        if i - k >= 1 and (i - k >= 2 or s.label == "LOC"):
            out.append(Span(k, i, s.label, s.source, s.score))
        k = i + 1
    return out


def inside_word(text: str, p: int) -> bool:
    """Whether position ``p`` falls inside a word the segmenter keeps whole: a dictionary
    word (not a name) crosses it, and jieba's segmentation of the text around it agrees.
    The dictionary lookups first, so jieba's segmenter runs only on suspicious edges."""
    if p <= 0 or p >= len(text):
        return False
    words = res.jieba_dict()
    crossing = any(words.get(text[p - a : p + b], "ns") not in _NAME_TAGS
                   for a in (1, 2) for b in (1, 2) if p - a >= 0 and p + b <= len(text))
    if not crossing:
        return False
    lo = max(0, p - 4)
    pos = lo
    for w in _cut(text[lo : p + 4]):
        if pos < p < pos + len(w):
            return words.get(w, "ns") not in _NAME_TAGS
        pos += len(w)
    return False


def _cut(s: str) -> list[str]:
    import jieba  # type: ignore[import-untyped]

    jieba.setLogLevel(60)
    return jieba.lcut(s, HMM=False)


@Language.factory("cnnews_abbreviations", default_config={
    "abbreviations": "ner_place_abbreviations", "relation_words": "ner_relation_words"})
def make_abbreviations(nlp: Language, name: str, abbreviations: str,
                       relation_words: str) -> Abbreviations:
    return Abbreviations(res.word_set(abbreviations), res.words(relation_words))


@Language.factory("cnnews_precision", default_config={
    "lexicons": "", "abbreviations": "ner_place_abbreviations", "titles": "ner_person_titles"})
def make_precision(nlp: Language, name: str, lexicons: str, abbreviations: str,
                   titles: str) -> Precision:
    return Precision(res.word_set(abbreviations), res.words(titles), res.surnames(lexicons),
                     res.gazetteer(lexicons))
