"""``cnnews_loc_extents``: where a place's name ends in the gold convention, where MSRA's
differs (issue 11, round 6: LOC errors of the x-type raw-tune3 stories and of x1).

- A region of China tagged in pieces (黄 / 淮海, 粤港 / 澳大湾区; ``ner_macro_regions``): one
  LOC, where every piece is a LOC inside the name; with 地区 after it one LOC with 地区 (西南地区,
  京津冀地区), also where nothing was tagged.
- A place followed by a word that ends such names (黄河|中下游, 大清河|流域, 漳河|灌区;
  ``ner_place_tails``), a route's name and 高速 (济广|高速): one LOC; a route's name is two
  characters jieba lacks or two or three place short forms (``ner_place_abbreviations``), tagged
  whole or in touching pieces (京沪|高速, 京港澳|高速, 拉 / 日|高速; as DEV-SET x1); a railway or
  road so named where nothing was tagged (青藏铁路, 京哈|高铁, 川|藏|铁路: jieba's names of
  routes, or two place short forms) is one LOC too; so is one named by its two ends' first
  characters (和田 + 若羌 -> 和|若|铁路: two characters that are no word of jieba's and each
  start the name of a county or larger place; round 8: 18 in 14 of 1,220 unannotated stories
  read, 17 right, one still cut).
- A city of province rank before its station (上海 + 虹桥站): one LOC, as DEV-SET x1 annotates a
  Beijing station (and MSRA train keeps a station with its city: 北京西站).
- A base area (``ner_base_areas``: a place, 抗日 or 革命, 民主 or 游击, 根据地): one LOC from the
  place on, as MSRA train has it (晋察冀抗日根据地); without a place before it, a description
  (大片抗日根据地) that keeps only the place inside its cause (日 of 抗日).

Under MSRA's convention only railways and roads are joined (MSRA train: 京沪高速铁路 one LOC 12
times in 12, 京九铁路 5 of 5, 京沪铁路 2 of 2; issue 11, round 8), not after 高速 alone (京沪|高速
客运专线: MSRA leaves it out, 6 of 6); MSRA leaves 地区, 中下游, 流域 … out of the LOC.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent, overlaps, override
from pipeline.nlp.gazetteer import load_gazetteer
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span
from pipeline.text import alternation

SOURCE = "rule:loc_extents"
_AREA = "地区"
_STATION = "站"
_CITY = "市"
_PROVINCE_ENDS = ("省", "自治区")
_PART = "部"
_ROUTE = "route"
_DOCUMENTS = tuple(w for w in res.words("ner_document_heads") if len(w) > 1)  # 条例, 办法
_ROUTE_PART = "route part"  # 青藏铁路|复线: a second track, part of the route's name
_ROUTE_MAX = 3  # 京港澳: a route's name of three ends at most
# jieba's tags of a route's name (京哈 nz, 京沪 j; 青藏铁路 nz); ns is a place's own
# name (中国|高铁), not a route's
_ROUTE_TAGS = ("nz", "j")
_PLACE_TAG = "ns"
# route words MSRA leaves out of a route's LOC (京沪|高速; ner_place_tails' counts)
_MSRA_UNJOINED_ROUTES = frozenset({"高速"})


class LocExtents(RuleComponent):
    def __init__(self, regions: tuple[tuple[str, ...], ...],
                 tails: tuple[tuple[str, ...], ...], cities: frozenset[str] = frozenset(),
                 active: bool = True, abbreviations: frozenset[str] = frozenset(),
                 base_areas: tuple[tuple[str, ...], ...] = (),
                 places: Lexicon | frozenset[str] = frozenset()) -> None:
        self.cities = cities
        self.places = places  # the gazetteer: a place's own railways (金华|铁路) name no route
        self.abbreviations = abbreviations  # one-character place short forms (京, 沪, 拉, 日)
        self.area_regions = frozenset(r[0] for r in regions if len(r) > 1 and r[1] == "yes")
        self.regions = re.compile(alternation([r[0] for r in regions]))
        self.route_parts = tuple(t[0] for t in tails if len(t) > 1 and t[1] == _ROUTE_PART)
        tails = tuple(t for t in tails if len(t) < 2 or t[1] != _ROUTE_PART)
        self.tails = re.compile(alternation([t[0] for t in tails]))
        self.route_tails = frozenset(t[0] for t in tails if len(t) > 1 and t[1] == _ROUTE)
        self.active = active
        if not active:  # MSRA's convention: railways and roads named by their ends only
            self.route_tails -= _MSRA_UNJOINED_ROUTES
        self.base_area_places = {r[0]: r[2] for r in base_areas if len(r) > 2 and r[2]}
        roles = {role: alternation([r[0] for r in base_areas if r[1] == role])
                 for role in ("cause", "qualifier", "head")}
        self.base_areas = (re.compile(f"({roles['cause']})(?:{roles['qualifier']})?(?:{roles['head']})")
                           if all(roles.values()) else None)
        self.trigger = re.compile(alternation([*(r[0] for r in regions), *(t[0] for t in tails),
                                               _STATION, *(r[0] for r in base_areas if r[1] == "head")]))

    def wants(self, text: str) -> bool:
        if not self.active:
            return any(h in text for h in self.route_tails)
        return self.trigger.search(text) is not None

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        if not self.active:  # MSRA's convention: routes only
            spans = override(spans, self.tailed(text, spans, routes_only=True))
            return override(spans, self.named_routes(text, spans))
        spans = override(spans, self.region_spans(text, spans))
        spans = override(spans, self.tailed(text, spans))
        spans = override(spans, self.named_routes(text, spans))
        spans = override(spans, self.stations(text, spans))
        return self.base_area_spans(text, spans)

    def base_area_spans(self, text: str, spans: list[Span]) -> list[Span]:
        """A place right before a base area's name (太行山 + 抗日游击根据地): one LOC; a name
        without a place before it: only the place inside its cause (抗|日|根据地)."""
        if self.base_areas is None:
            return spans
        for m in self.base_areas.finditer(text):
            a, b = m.span()
            inside = [s for s in spans if s.start < b and a < s.end]
            if not inside or any(s.label != "LOC" or s.start < a or s.end > b for s in inside):
                continue  # nothing tagged in it, another kind of entity, or a span across its edge
            before = [s for s in spans if s.label == "LOC" and s.end == a]
            rest = [s for s in spans if s not in inside and s not in before]
            if before:
                new = [Span(before[0].start, b, "LOC", SOURCE, before[0].score)]
            else:
                place = self.base_area_places.get(m.group(1), "")
                at = a + m.group(1).find(place) if place else -1
                new = [Span(at, at + len(place), "LOC", SOURCE, inside[0].score)] if place else []
            spans = sorted([*rest, *new], key=lambda s: (s.start, s.end))
        return spans

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

    def tailed(self, text: str, spans: list[Span], routes_only: bool = False) -> list[Span]:
        """A place (two characters or more) and the word after it that ends its name; a
        route's name (济广, 京港澳, 拉 / 日: its ends' short forms, tagged whole or in pieces);
        ``routes_only``: route words only."""
        out: list[Span] = []
        for i, s in enumerate(spans):
            m = self.tails.match(text, s.end)
            if s.label != "LOC" or m is None or (routes_only and m.group() not in self.route_tails):
                continue
            start: int | None = s.start
            if m.group() in self.route_tails:
                start = self.route_start(spans, i, text)
            if start is None or s.end - start < 2:
                continue  # 中国|高速发展: an adverb after a place's own name
            if not res.word_ends_at(text, m.start(), m.end()):
                continue  # the word goes on (高速|公路, 高速铁路)
            if any(o.label != "LOC" and o.start < m.end() and s.end < o.end for o in spans):
                continue  # the tail starts an organization's name (…自然保护区管理局)
            if text.startswith(_DOCUMENTS, m.end()):
                continue  # a document's title (某国|自然保护区条例): the place alone is the LOC
            out.append(Span(start, m.end(), "LOC", SOURCE, s.score))
        return out

    def named_routes(self, text: str, spans: list[Span]) -> list[Span]:
        """A railway or road named by its ends' short forms where no span or only LOC pieces lie
        (青藏铁路 a name of jieba's; 京哈|高铁: a name of jieba's before the route word; 川|藏|铁路:
        two one-character place short forms): one LOC."""
        if not any(h in text for h in self.route_tails):
            return []
        out: list[Span] = []
        words, at = [], 0
        for w in res.jieba_words(text):
            words.append((at, w))
            at += len(w)
        for i, (a, w) in enumerate(words):
            start = self.named_route_start(words, i, spans)
            end = a + len(w)
            end += next((len(p) for p in self.route_parts if text.startswith(p, end)), 0)
            new = Span(start, end, "LOC", SOURCE) if start is not None else None
            if new is not None and not any(
                    overlaps(new, s) and (s.label != "LOC" or s.start < new.start or s.end > new.end)
                    for s in spans):
                out.append(new)
        return out

    def named_route_start(self, words: list[tuple[int, str]], i: int,
                          spans: list[Span]) -> int | None:
        """Where the route's name ending with ``words[i]`` starts, or None: no route's name, or
        a place tagged before the route word (金华|铁路枢纽: the city's railways)."""
        a, w = words[i]
        tags = res.jieba_dict()
        head = "" if w in self.route_tails else max(
            (h for h in self.route_tails if w.endswith(h)), key=len, default="")
        if head:  # 青藏铁路: a name of jieba's with its route word (not 高速铁路, a route word)
            name = w[: -len(head)]
            return a if 2 <= len(name) <= _ROUTE_MAX and tags.get(w) in _ROUTE_TAGS else None
        if w not in self.route_tails or i == 0:
            return None
        b, prev = words[i - 1]
        tagged = any(x.label == "LOC" and (x.start, x.end) == (b, b + len(prev)) for x in spans)
        if len(prev) == 2 and tags.get(prev) in _ROUTE_TAGS and not (tagged or self.known(prev)):
            return b  # 京哈|高铁 (not 全自动|高速: a name of two ends has two characters)
        if i > 1 and len(prev) == 1 == len(words[i - 2][1]) and {prev, words[i - 2][1]} <= self.abbreviations:
            return words[i - 2][0]  # 川|藏|铁路
        if self.active and i > 1 and self.ends_pair(words[i - 2][1] + prev) and not any(
                x.start < b + 1 and words[i - 2][0] < x.end and x.label != "LOC" for x in spans):
            return words[i - 2][0]  # 依|若|高速: two ends' first characters, no word (not
            # under MSRA's convention: 广|深准高速铁路, MSRA dev)
        return None

    def ends_pair(self, pair: str) -> bool:
        """Two characters that are no word of jieba's and each start the name of a county or
        larger place (和田, 若羌 -> 和|若): a route named by its two ends' first characters."""
        return (len(pair) == 2 and all(res.is_cjk(c) for c in pair)
                and pair not in res.jieba_dict() and all(c in _place_initials() for c in pair))

    def known(self, name: str) -> bool:
        """A place's own name (中国|高铁: the country's railways, no route's name)."""
        return (name in self.cities or name in self.places
                or res.jieba_dict().get(name) == _PLACE_TAG)

    def route_start(self, spans: list[Span], i: int, text: str) -> int | None:
        """Where the route's name ending with ``spans[i]`` starts (touching LOC pieces of at
        most three characters in all), or None where it is no route's name (中国|高速发展)."""
        start = spans[i].start
        j = i
        while (j > 0 and spans[j - 1].label == "LOC" and spans[j - 1].end == start
               and spans[i].end - spans[j - 1].start <= _ROUTE_MAX):
            j -= 1
            start = spans[j].start
        name = text[start : spans[i].end]
        if self.known(name):
            return None  # 西藏|铁路: a place's own railways (its characters are short forms too)
        if _route_name(name) or (len(name) >= 2 and all(c in self.abbreviations for c in name)):
            return start
        return None

    def stations(self, text: str, spans: list[Span]) -> list[Span]:
        """A city of province rank right before a station's LOC (上海 + 虹桥站): one LOC, the
        station's name; a province before a city's station is a chain (安徽 / 池州站)."""
        out: list[Span] = []
        for a, b in pairwise(spans):
            if (a.label == b.label == "LOC" and a.end == b.start and b.end - b.start >= 3
                    and text[b.end - 1] == _STATION and text[a.start : a.end] in self.cities):
                out.append(Span(a.start, b.end, "LOC", SOURCE, a.score))
        return out


@cache
def _place_initials() -> frozenset[str]:
    """First characters of the names of China's counties, cities and provinces."""
    return frozenset(d.name[0] for d in load_gazetteer().divisions.values()
                     if d.level in ("province", "city", "county"))


def _route_name(name: str) -> bool:
    """A route's name: two characters that are no word of jieba's dictionary (沈海, 济广: the
    short forms of its two ends; not 德国, 内蒙古)."""
    return len(name) == 2 and name not in res.jieba_dict()


@Language.factory("cnnews_loc_extents", default_config={
    "regions": "ner_macro_regions", "tails": "ner_place_tails",
    "abbreviations": "ner_place_abbreviations", "base_areas": "ner_base_areas",
    "convention": conventions.PROJECT, "lexicons": ""})
def make_loc_extents(nlp: Language, name: str, regions: str, tails: str, abbreviations: str,
                     convention: str, base_areas: str = "ner_base_areas",
                     lexicons: str = "") -> LocExtents:
    """``lexicons``: folder with gazetteer.txt (default: the shipped NER model's)."""
    return LocExtents(res.table(regions), res.table(tails), _province_cities(abbreviations),
                      conventions.check(convention) != conventions.MSRA,
                      frozenset(row[0] for row in res.table(abbreviations)), res.table(base_areas),
                      res.gazetteer(lexicons))


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
