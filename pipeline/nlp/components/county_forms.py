"""``cnnews_county_forms``: a county or city written by its short form right after its
province (江西|高安, 湖北|秭归: the suffix 市 / 县 / 区 left out, as news
do), where nothing was tagged: a LOC (issue 11, round 7: the review of 50 unannotated x-like
stories missed 6 in 5 stories; the guidelines: counties are LOC, and chains are split).

The administrative divisions (``pipeline.nlp.gazetteer``: codes and parents) tell whether the
short form names a county or city inside the place before it; a township or village short form
is left alone (湖南|和平: 和平镇 is a township, 和平 a common word). The short form must end a
word of jieba's (not 浙江|长兴业…). Written by hand: no library reads a county's short form
against its province.

A LOC that is such a pair written together (某省简称 + 县名, tagged as one span by the model) is
split into the two (issue 11, round 8: 3 such spans in 3 stories of two reviews; the
guidelines split place chains). So is a city + one of its counties (某市简称 + 县名, full or
short: round 8 entG review, 3 in 3 stories with the locrev one); a short form after a city
only where no township shares its stem (丽江|古城 stays whole: 古城 names townships too).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent, overlaps
from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer
from pipeline.nlp.ner import Span

SOURCE = "rule:county_forms"
# the places a county or city is written after: provinces only (after a city, the short form
# of a district is often a common word: 丽江|古城, a city's old town, not its 古城区)
_CONTAINERS = ("province",)
_INSIDE = ("city", "county")  # the levels written by a short form after them
_LENGTHS = (3, 2)  # a short form's characters, longest first


@cache
def divisions() -> Gazetteer:
    return load_gazetteer()


class CountyForms(RuleComponent):
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        spans = [p for s in spans for p in self.split_after_province(text, s)]
        out = list(spans)
        for s in spans:
            if s.label == "LOC":
                new = self.short_form_after(text, s)
                if new is not None and not any(overlaps(new, o) for o in out):
                    out.append(new)
        return sorted(out, key=lambda s: s.start)

    def short_form_after(self, text: str, s: Span) -> Span | None:
        containers = [d.code for d in self.gazetteer.lookup(text[s.start : s.end])
                      if d.level in _CONTAINERS]
        if not containers:
            return None
        for n in _LENGTHS:
            form = text[s.end : s.end + n]
            if len(form) < n or not all(res.is_cjk(c) for c in form):
                continue
            if form.endswith(_SUFFIXES) or not res.word_ends_at(text, s.end, s.end + n):
                continue
            if any(d.level in _INSIDE and d.name != form and any(
                    self.gazetteer.is_within(d.code, c) for c in containers)
                   for d in self.gazetteer.lookup(form)):
                return Span(s.end, s.end + n, "LOC", SOURCE)
        return None

    def split_after_province(self, text: str, s: Span) -> list[Span]:
        """A LOC made of a province and the name of one of its counties or cities (or of a
        city and one of its counties) -> the two."""
        name = text[s.start : s.end]
        if s.label != "LOC" or len(name) < 4:
            return [s]
        for j in range(2, len(name) - 1):
            head, rest = name[:j], name[j:]
            if self.inside(rest, self.provinces(head)) or self.county_of_city(head, rest):
                return [Span(s.start, s.start + j, "LOC", s.source, s.score),
                        Span(s.start + j, s.end, "LOC", s.source, s.score)]
        return [s]

    def county_of_city(self, head: str, rest: str) -> bool:
        """Whether ``rest`` names a county of the city ``head``: its full name, or a short
        form no township shares (丽江|古城: 古城镇 elsewhere, a city's old town)."""
        cities = [d.code for d in self.gazetteer.lookup(head) if d.level == "city"]
        if not cities or not all(res.is_cjk(c) for c in rest):
            return False
        found = self.gazetteer.lookup(rest)
        if not rest.endswith(_SUFFIXES) and any(d.level == "township" for d in found):
            return False
        return any(d.level == "county" and any(self.gazetteer.is_within(d.code, c) for c in cities)
                   for d in found)

    def provinces(self, name: str) -> list[str]:
        return [d.code for d in self.gazetteer.lookup(name) if d.level in _CONTAINERS]

    def inside(self, form: str, containers: list[str]) -> bool:
        """Whether ``form`` names a county or city inside one of the containers."""
        return bool(containers) and all(res.is_cjk(c) for c in form) and any(
            d.level in _INSIDE and any(self.gazetteer.is_within(d.code, c) for c in containers)
            for d in self.gazetteer.lookup(form))


_SUFFIXES = ("市", "县", "区", "旗")  # a full name: the gazetteer rule's, not a short form


@Language.factory("cnnews_county_forms", default_config={})
def make_county_forms(nlp: Language, name: str) -> CountyForms:
    return CountyForms(divisions())
