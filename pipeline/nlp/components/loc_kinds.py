"""``cnnews_loc_kinds``: a LOC that names a kind of place, not a place (issue 11, round 6:
LOC errors counted by class on unannotated x-type 新闻联播 stories).

- A LOC that is a word for a kind of place (``ner_place_kind_heads``: 蓄滞洪区), or one common
  word of jieba's dictionary (a noun, verb …: no place, person or other proper name) before
  one: 控制性|水库, 农业|产业园, 农产品|加工园. A longer stem or a proper name makes a name
  (共渠西|蓄滞洪区, 宿鸭湖|水库); so does a name jieba knows whole (官厅水库) or a stem that is
  a gazetteer place's short form (官厅: 官厅镇). Villages and towns are left alone: they are often named by
  common words (草滩村, 平安镇).
- A LOC starting with a number in digits and a measure word (8个|镇街): a count of places.

Written by hand: no library tells a kind of place from a place's name; jieba's tags are the
evidence used (its dictionary tags places, persons and other proper names apart).
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

# jieba tags of proper names and of words it lacks: a name made with one is kept
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j", "x", "eng"})
_COUNT = re.compile(r"\d+[个座条处]")  # not 三家村, 五里铺: names with a number word
_LEADING_MARKS = "—-–·、，,"
_DIVISIONS = ("市", "县", "区", "镇", "乡", "村")


class LocKinds(RuleComponent):
    def __init__(self, heads: tuple[str, ...], places: Lexicon) -> None:
        self.places = places
        self.heads = tuple(sorted(heads, key=len, reverse=True))
        self.trigger = re.compile("|".join([_COUNT.pattern, *(re.escape(h) for h in self.heads)]))

    def wants(self, text: str) -> bool:
        return self.trigger.search(text) is not None

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        return [s for s in spans if s.label != "LOC" or not self.kind(text, s)]

    def kind(self, text: str, s: Span) -> bool:
        """Whether the LOC ``s`` names a kind of place (or a count of places)."""
        name = text[s.start : s.end].lstrip(_LEADING_MARKS)
        if _COUNT.match(name):
            return True
        head = next((h for h in self.heads if name.endswith(h)), "")
        if not head:
            return False
        stem = name[: len(name) - len(head)]
        tags = res.jieba_dict()
        if tags.get(name, "n") in _PROPER_TAGS or any(stem + e in self.places for e in _DIVISIONS):
            return False  # a name jieba knows (官厅水库), a place's short form before the head
        return not stem or tags.get(stem, "x") not in _PROPER_TAGS


@Language.factory("cnnews_loc_kinds", default_config={
    "heads": "ner_place_kind_heads", "lexicons": ""})
def make_loc_kinds(nlp: Language, name: str, heads: str, lexicons: str) -> LocKinds:
    """``heads``: the words for kinds of place; ``lexicons``: folder with gazetteer.txt (default:
    the shipped NER model's)."""
    return LocKinds(res.words(heads), res.gazetteer(lexicons))
