"""``cnnews_loc_extents``: where a place's name ends in the gold convention, where MSRA's
differs (issue 11, round 6: LOC errors of the x-type raw-tune3 stories and of x1).

- A region of China tagged in pieces (黄 / 淮海, 粤港 / 澳大湾区; ``ner_macro_regions``): one
  LOC, where every piece is a LOC inside the name; with 地区 after it one LOC with 地区 (西南地区,
  京津冀地区), also where nothing was tagged.
- A place followed by a word that ends such names (黄河|中下游, 大清河|流域, 漳河|灌区;
  ``ner_place_tails``), a route's name and 高速 (济广|高速): one LOC.
- A city of province rank before its station (上海 + 虹桥站): one LOC, as DEV-SET x1 annotates a
  Beijing station (and MSRA train keeps a station with its city: 北京西站).

Under MSRA's convention nothing changes: MSRA leaves 地区, 中下游, 流域 … out of the LOC.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent, override
from pipeline.nlp.ner import Span
from pipeline.text import alternation

SOURCE = "rule:loc_extents"
_AREA = "地区"
_STATION = "站"
_CITY = "市"
_PROVINCE_ENDS = ("省", "自治区")
_PART = "部"
_ROUTE = "route"


class LocExtents(RuleComponent):
    def __init__(self, regions: tuple[tuple[str, ...], ...],
                 tails: tuple[tuple[str, ...], ...], cities: frozenset[str] = frozenset(),
                 active: bool = True) -> None:
        self.cities = cities
        self.area_regions = frozenset(r[0] for r in regions if len(r) > 1 and r[1] == "yes")
        self.regions = re.compile(alternation([r[0] for r in regions]))
        self.tails = re.compile(alternation([t[0] for t in tails]))
        self.route_tails = frozenset(t[0] for t in tails if len(t) > 1 and t[1] == _ROUTE)
        self.active = active
        self.trigger = re.compile(alternation([*(r[0] for r in regions), *(t[0] for t in tails),
                                               _STATION]))

    def wants(self, text: str) -> bool:
        return self.active and self.trigger.search(text) is not None

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        spans = override(spans, self.region_spans(text, spans))
        spans = override(spans, self.tailed(text, spans))
        return override(spans, self.stations(text, spans))

    def region_spans(self, text: str, spans: list[Span]) -> list[Span]:
        """A listed region whose LOC pieces lie inside it, or that 地区 follows: one LOC."""
        out: list[Span] = []
        for m in self.regions.finditer(text):
            a, b = m.span()
            inside = [s for s in spans if s.start < b and a < s.end]
            if any(s.label != "LOC" or s.start < a or s.end > b for s in inside):
                continue  # a longer name (东北亚, 中部战区) or another kind of entity
            if text.startswith(_PART, b) and text[b : b + 2] not in res.jieba_dict():
                continue  # 西北|部: a part of the place before, no region (not 黄淮海|部分)
            area = m.group() in self.area_regions and text.startswith(_AREA, b)
            if area and not inside and a > 0 and text[a - 1 : a + 1] in res.jieba_dict():
                continue  # the name starts inside a word (华中|部地区)
            if area:
                out.append(Span(a, b + len(_AREA), "LOC", SOURCE))
            elif len(inside) > 1 or (inside and (inside[0].start, inside[0].end) != (a, b)):
                out.append(Span(a, b, "LOC", SOURCE))
        return out

    def tailed(self, text: str, spans: list[Span]) -> list[Span]:
        """A place (two characters or more) and the word after it that ends its name."""
        out: list[Span] = []
        for s in spans:
            m = self.tails.match(text, s.end)
            if s.label != "LOC" or s.end - s.start < 2 or m is None:
                continue
            if res.jieba_words(text[m.start() : m.end() + 3])[0] != m.group():
                continue  # the word goes on (高速|公路, 高速铁路)
            if m.group() in self.route_tails and not _route_name(text[s.start : s.end]):
                continue  # 中国|高速发展: an adverb after a place's own name
            out.append(Span(s.start, m.end(), "LOC", SOURCE, s.score))
        return out

    def stations(self, text: str, spans: list[Span]) -> list[Span]:
        """A city of province rank right before a station's LOC (上海 + 虹桥站): one LOC, the
        station's name; a province before a city's station is a chain (安徽 / 池州站)."""
        out: list[Span] = []
        for a, b in pairwise(spans):
            if (a.label == b.label == "LOC" and a.end == b.start and b.end - b.start >= 3
                    and text[b.end - 1] == _STATION and text[a.start : a.end] in self.cities):
                out.append(Span(a.start, b.end, "LOC", SOURCE, a.score))
        return out


def _route_name(name: str) -> bool:
    """A route's name: two characters that are no word of jieba's dictionary (沈海, 济广: the
    short forms of its two ends; not 德国, 内蒙古)."""
    return len(name) == 2 and name not in res.jieba_dict()


@Language.factory("cnnews_loc_extents", default_config={
    "regions": "ner_macro_regions", "tails": "ner_place_tails",
    "abbreviations": "ner_place_abbreviations", "convention": conventions.PROJECT})
def make_loc_extents(nlp: Language, name: str, regions: str, tails: str, abbreviations: str,
                     convention: str) -> LocExtents:
    return LocExtents(res.table(regions), res.table(tails), _province_cities(abbreviations),
                      conventions.check(convention) != conventions.MSRA)


def _province_cities(abbreviations: str) -> frozenset[str]:
    """The cities of province rank (北京, 北京市, 上海 …; the provinces of
    ``ner_place_abbreviations`` whose full name ends in 市) and the special administrative
    regions (香港, 澳门), with and without their suffix: a station named after one carries it."""
    out: set[str] = set()
    for row in res.table(abbreviations):
        full = row[1] if len(row) > 2 and row[2] == "province" else ""
        if full.endswith(_CITY):
            out.update((full, full.removesuffix(_CITY)))
        elif full and not full.endswith(_PROVINCE_ENDS):
            out.add(full)  # 香港, 澳门, 台湾: listed without a suffix
    return frozenset(out)
