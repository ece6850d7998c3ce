"""``cnnews_org_places``: where an organization's name starts after a chain of places (issue
11, round 6: the ORG errors of the x-type raw-tune3 stories, and MSRA dev's errors read by
class). One class of names, cut the same way under both annotation conventions: an ORG that
starts with two or more places in a row, then the rest of a name, starts at the last of those
places, and the places before it are LOC, one each. The conventions differ in what makes the
chain (``CHAINS``, chosen by the ``convention`` option).

``project`` (the gold convention: 某县 / 某镇 / 某社区党支部; 湖北省 / 黄冈 / 麻城市人民医院): an
organization named after its county or town keeps that place (麻城市人民医院, 资源县人民检察院,
白渡镇中心小学); the province, city or county written before it is a place of its own. A place
here is a full division name of the gazetteer with its ending (省, 市, 县, 镇 …;
``ner_admin_ends``) or, before such a name, a short form (黄冈 of 黄冈市, 广西;
``ner_chain_short_form_suffixes``); the last place may also be a village or community the
gazetteer lacks (two to four characters of a name and 村 / 社区, ``ner_chain_village_ends``:
石桥社区), and the first a town or township it lacks (two or three characters of a name and 镇 /
乡, ``ner_chain_town_ends``) where a known place follows (…镇|大营村党支部). An ORG with one
leading place (青海省委组织部, 娄烦县公安局静游镇派出所) is left whole.

``msra``: MSRA starts an organization at the second of two places written before it and tags
the first as a place (长沙市|芙蓉区人民法院, 河南|洛阳…有限公司: LOC + ORG 155 times in MSRA NER
train, one ORG over both places 53 times). A place is any gazetteer name, the longest, and the
chain is two places at most; a country's name as the second place (上海中国福利会: the body's
own name) keeps the span.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

SOURCE = "rule:org_places"
_ADMIN_END = res.words("ner_admin_ends")
# jieba's tags of common words: no village's or town's own name (花园社区, 新村 are no names here)
_COMMON_TAGS = {"n", "v", "vn", "a", "d", "m", "q", "f", "t"}


@dataclass(frozen=True)
class Chain:
    """What makes the chain of places before an organization, under one convention."""

    divisions: bool  # full division names, short forms, villages, towns; else any gazetteer name
    most: int  # the most places in a chain (0: no limit)
    own_countries: bool  # a country as the last place is the body's own name: the span stays


CHAINS = {conventions.PROJECT: Chain(divisions=True, most=0, own_countries=False),
          conventions.MSRA: Chain(divisions=False, most=2, own_countries=True)}


@dataclass(frozen=True)
class PlaceWords:
    """The word lists of a chain of divisions (``ner_*`` lists, see the module's docstring)."""

    short_form_of: tuple[str, ...]  # the endings a leading short form is a name without
    village_ends: tuple[str, ...]
    town_ends: tuple[str, ...]


class OrgPlaces(RuleComponent):
    def __init__(self, gazetteer: Lexicon, chain: Chain, words: PlaceWords,
                 countries: frozenset[str] = frozenset()) -> None:
        self.gazetteer = gazetteer
        self.chain = chain
        self.words = words
        self.countries = countries if chain.own_countries else frozenset()

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        if not any(s.label == "ORG" for s in spans):
            return spans
        out: list[Span] = []
        for s in spans:
            out.extend(self.split(text, s) if s.label == "ORG" else [s])
        return out

    def split(self, text: str, s: Span) -> list[Span]:
        """An ORG cut before the last of two or more leading places where a name is left after
        that place and it is no country kept as the body's own (``own_countries``), else as it is."""
        cuts = self.leading_places(text, s.start, s.end)
        if len(cuts) < 2 or cuts[-1] >= s.end or text[cuts[-2] : cuts[-1]] in self.countries:
            return [s]
        last = cuts[-2]  # where the last place (the organization's own) starts
        places = [Span(a, b, "LOC", SOURCE, s.score)
                  for a, b in zip([s.start, *cuts[:-2]], cuts[:-1], strict=True)]
        return [*places, Span(last, s.end, "ORG", SOURCE, s.score)]

    def leading_places(self, text: str, start: int, end: int) -> list[int]:
        """The ends of the places an ORG span starts with, in a row (``most`` at the most)."""
        ends: list[int] = []
        i = start
        while i < end and (not self.chain.most or len(ends) < self.chain.most):
            j = self.division(text, i, end, bool(ends)) if self.chain.divisions else self.place(text, i, end)
            if not j:
                break
            ends.append(j)
            i = j
        return ends

    def place(self, text: str, i: int, end: int) -> int:
        """The end of the longest gazetteer place at ``i`` ending by ``end``, or 0."""
        lengths = self.gazetteer.by_prefix.get(text[i : i + 2], ())
        return next((i + n for n in lengths if i + n <= end and text[i : i + n] in self.gazetteer), 0)

    def division(self, text: str, i: int, end: int, after_place: bool) -> int:
        """The end of a division at ``i`` that leaves a name before ``end`` (市委 of 潍坊市委 is
        one), or 0: a full name or a short form; a village after a place, a town first."""
        j = self.full_name(text, i, end) or self.short_form(text, i, end)
        if j:
            return j
        return self.village(text, i, end) if after_place else self.town(text, i, end)

    def full_name(self, text: str, i: int, end: int) -> int:
        """The end of the longest gazetteer name with its ending at ``i`` that leaves a name
        before ``end``, or 0."""
        for j in range(min(end - 1, i + self.gazetteer.max_len), i + 1, -1):
            name = text[i:j]
            if name.endswith(_ADMIN_END) and name in self.gazetteer:
                return j
        return 0

    def short_form(self, text: str, i: int, end: int) -> int:
        """The end of a division's short form at ``i`` that a full name follows (黄冈|麻城市,
        广西|桂林…), or 0."""
        for j in range(min(end - 3, i + 4), i + 1, -1):
            name = text[i:j]
            known = name in self.gazetteer or any(name + e in self.gazetteer
                                                  for e in self.words.short_form_of)
            if known and self.full_name(text, j, end):
                return j
        return 0

    def town(self, text: str, i: int, end: int) -> int:
        """The end of a town the gazetteer lacks, named by two or three characters at ``i``
        (no common word), where a gazetteer place or a village follows, or 0."""
        for n in (2, 3):
            j = i + n + 1
            if (text[i + n : j] in self.words.town_ends and _proper_stem(text[i : i + n])
                    and (self.full_name(text, j, end) or self.village(text, j, end))):
                return j
        return 0

    def village(self, text: str, i: int, end: int) -> int:
        """The end of a village or community named by two to four characters at ``i`` (石桥社区),
        with a name left after it, or 0: no common word in the name, and its ending no part of
        a word with the name's last character (农业农村厅 holds no village)."""
        words = res.jieba_dict()
        for suffix in self.words.village_ends:
            for n in range(2, 5):
                j = i + n + len(suffix)
                if (j < end and text.startswith(suffix, i + n) and _proper_stem(text[i : i + n])
                        and text[i + n - 1 : i + n + 1] not in words):  # 农|村 of 农业农村厅
                    return j
        return 0


def _proper_stem(stem: str) -> bool:
    """Characters of a place's own name: CJK, no common word of jieba's dictionary, whole or in
    its words."""
    words = res.jieba_dict()
    return (all(res.is_cjk(c) for c in stem) and words.get(stem) not in _COMMON_TAGS
            and not any(len(w) > 1 and words.get(w) in _COMMON_TAGS for w in res.jieba_words(stem)))


def country_names(ref: str) -> frozenset[str]:
    """The countries' Chinese names in a country list (columns 2-3, ``|``-separated)."""
    return frozenset(n for row in res.table(ref) for cell in row[1:3] for n in cell.split("|") if n)


@Language.factory("cnnews_org_places", default_config={
    "lexicons": "", "countries": "places_countries",
    "short_form_of": "ner_chain_short_form_suffixes", "village_ends": "ner_chain_village_ends",
    "town_ends": "ner_chain_town_ends", "convention": conventions.PROJECT})
def make_org_places(nlp: Language, name: str, lexicons: str, countries: str, short_form_of: str,
                    village_ends: str, town_ends: str, convention: str) -> OrgPlaces:
    """``lexicons``: folder with gazetteer.txt (default: the shipped NER model's); ``countries``:
    the country list; the other lists: the endings of a chain of divisions; ``convention``:
    what makes a chain of places (``CHAINS``)."""
    chain = CHAINS[conventions.check(convention)]
    words = PlaceWords(res.words(short_form_of), res.words(village_ends), res.words(town_ends))
    return OrgPlaces(res.gazetteer(lexicons), chain, words, country_names(countries))
