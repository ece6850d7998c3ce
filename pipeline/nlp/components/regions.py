"""``cnnews_regions``: regions named by a province's short form and a direction, and places
glued to a transport service (issue 11: LOC errors of the raw 新闻联播 stories).

- 滇 + 中, 滇 + 东南 (tagged 滇 / 中, or 滇 alone): one region LOC (滇中, 滇东南; MSRA tags 鄂南,
  鲁西南 as one LOC as well). Only where the direction ends at a word edge (not 苏|中国, 鲁|中部)
  and no relation word follows (苏中|两国: two parties, ``ner_relation_words``). Under MSRA's
  convention nothing is joined: MSRA dev tags 豫 alone in 豫西南, 豫东 and 藏南 (train joins 鄂南,
  鲁西南: MSRA is not consistent, and its dev set decides its convention here).
- Under MSRA's convention a region tagged whole (鄂西, 浙东南) is its province's short form
  alone: MSRA train tags the short form alone 66 times (苏南 15, 陕北 14 …), the region whole
  10 times, 7 of them names of the network's place list (辽东, 辽西, 桂东; issue 11, round 8).
  Not a name of that list (台北, 辽东) nor the start of a province's name (陕西, 广西).
- 欧班列, 中欧班列 tagged LOC: the service word is cut off (``ner_transport_services``) and
  what remains is kept where it is made of place short forms, one LOC each (中 / 欧).
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.lexicons import Lexicon, read_list
from pipeline.nlp.ner import Span

SOURCE = "rule:regions"


class Regions(RuleComponent):
    def __init__(self, provinces: frozenset[str], abbreviations: frozenset[str],
                 directions: tuple[str, ...], services: tuple[str, ...],
                 relation_words: tuple[str, ...], join: bool = True,
                 places: Lexicon | frozenset[str] = frozenset(),
                 province_names: tuple[str, ...] = ()) -> None:
        self.provinces = provinces if join else frozenset()  # MSRA's convention joins none
        # MSRA's convention: a region tagged whole is its short form (鄂西 -> 鄂), where the
        # region is no place of ``places`` (台北) and starts no province's name (陕西)
        self.cut = None if join else re.compile(
            f"[{''.join(sorted(provinces))}](?:{'|'.join(sorted(directions, key=len, reverse=True))})")
        self.places = places
        self.province_names = province_names
        self.abbr = abbreviations
        self.directions = tuple(sorted(directions, key=len, reverse=True))
        self.services = services
        self.relation = relation_words
        # what a sentence must hold for this rule to do anything: a province's short form and
        # a direction, or a service word (most hold neither, and their spans are not read)
        first = sorted({d[0] for d in directions})
        alternatives = [re.escape(w) for w in services]
        if self.provinces:
            alternatives.append(f"[{''.join(sorted(self.provinces))}][{''.join(first)}]")
        if self.cut is not None:
            alternatives.append(self.cut.pattern)
        self.trigger = re.compile("|".join(alternatives)) if alternatives else None

    def wants(self, text: str) -> bool:
        return self.trigger is not None and self.trigger.search(text) is not None

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        if not any(s.label == "LOC" for s in spans):
            return spans
        out: list[Span] = []
        skip_to = -1
        for i, s in enumerate(spans):
            if s.start < skip_to:
                continue  # a direction taken into the region before it (滇|中)
            region = self.region(text, s, spans[i + 1 :])
            if region is not None:
                out.append(region)
                skip_to = region.end
                continue
            out.extend(self.without_service(text, self.short_form(text, s)))
        return out

    def short_form(self, text: str, s: Span) -> Span:
        """Under MSRA's convention: 鄂西 tagged LOC -> 鄂."""
        name = text[s.start : s.end]
        if (self.cut is None or s.label != "LOC" or not self.cut.fullmatch(name)
                or name in self.places or any(p.startswith(name) for p in self.province_names)):
            return s
        return Span(s.start, s.start + 1, "LOC", SOURCE, s.score)

    def region(self, text: str, s: Span, following: list[Span]) -> Span | None:
        """滇 (+ 中 / 东南): the region's span, or None."""
        if s.label != "LOC" or s.end - s.start != 1 or text[s.start] not in self.provinces:
            return None
        d = next((d for d in self.directions if text.startswith(d, s.end)), "")
        end = s.end + len(d)
        if not d or text.startswith(self.relation, end) or not _word_edge(text, s.start, end):
            return None
        inside = [f for f in following if f.start < end]
        if any(f.end > end or f.label != "LOC" for f in inside):
            return None  # a longer span starts in the direction (苏|中国银行)
        return Span(s.start, end, "LOC", SOURCE, s.score)

    def without_service(self, text: str, s: Span) -> list[Span]:
        """欧班列 / 中欧班列: the place short forms before the service, one LOC each."""
        name = text[s.start : s.end]
        if s.label != "LOC" or not name.endswith(self.services):
            return [s]
        service = next(w for w in self.services if name.endswith(w))
        places = name[: len(name) - len(service)]
        if not places or not all(c in self.abbr for c in places):
            return [s]
        return [Span(s.start + k, s.start + k + 1, "LOC", SOURCE, s.score)
                for k in range(len(places))]


def _word_edge(text: str, start: int, end: int) -> bool:
    """Whether a word ends at ``end`` in jieba's dictionary words (forward maximum matching)
    from ``start`` (滇东南|和, 陕北|和; not 新中国, 鲁|中部)."""
    pos = start
    for w in res.jieba_words(text[start : end + 3]):
        pos += len(w)
        if pos >= end:
            return pos == end
    return True


@Language.factory("cnnews_regions", default_config={
    "abbreviations": "ner_place_abbreviations", "directions": "ner_region_directions",
    "services": "ner_transport_services", "relation_words": "ner_relation_words",
    "convention": conventions.PROJECT, "lexicons": ""})
def make_regions(nlp: Language, name: str, abbreviations: str, directions: str,
                 services: str, relation_words: str, convention: str,
                 lexicons: str = "") -> Regions:
    """``lexicons``: the folder with the network's place list (places.txt; else the
    gazetteer), read under ``msra`` only."""
    rows = [row for row in res.table(abbreviations) if len(row) > 2 and row[2] == "province"]
    msra = conventions.check(convention) == conventions.MSRA
    return Regions(frozenset(row[0] for row in rows), res.word_set(abbreviations),
                   res.words(directions), res.words(services), res.words(relation_words),
                   not msra, _places(lexicons) if msra else frozenset(),
                   tuple(row[1] for row in rows))


def _places(lexicons: str) -> Lexicon:
    """The network's list of place names (every level, short forms included), else the
    gazetteer."""
    path = res.lexicons_dir(lexicons) / "places.txt"
    return Lexicon(read_list(path)) if path.is_file() else res.gazetteer(lexicons)
