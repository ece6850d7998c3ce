"""Where names end under MSRA's annotation convention (issue 11, round 6: MSRA dev errors read
by class). Where an organization starts after a chain of places is ``cnnews_org_places``
(org_places.py), under both conventions.

``cnnews_loc_parts``: a LOC ending in a word for a part or the surroundings of the place
(开罗西郊, 美国东部; ``ner_place_part_words``) is the place alone under MSRA's convention (never
inside a LOC of MSRA train). What remains must be two characters or more. A LOC right before a
word that makes it a time zone (X时间, ``ner_time_zone_words``) is no LOC under that convention
(MSRA leaves the place of a local time untagged in most cases). A LOC ending in a word MSRA
leaves out (``ner_msra_loc_tails``: 北京|社区, or the 市 of 巴黎市|中心 where 市中心 follows) is
the place without it, where that is a name of jieba's dictionary; a LOC that is a word for a
kind of place MSRA never tags alone (``ner_msra_kind_places``: 高新区, 旅游度假区) is none
(round 8).

``cnnews_org_parts``: an ORG written with a word MSRA leaves out of the name (联合国|大会, 联|大,
武警|部队; ``ner_msra_org_cuts``) is the organization alone under MSRA's convention, where what
remains is an organization's name or short form in jieba's dictionary (nt, j: 联合国, 武警) or
a one-character ORG MSRA tags (联; ``ner_org_abbreviations``): not 俱乐|部队, 长谷川部队 (issue
11, round 8).
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline import lexicons
from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.ner import Span

SOURCE = "rule:msra_extents"
_ORG_TAGS = ("nt", "j")  # jieba's tags of an organization's name and of a short form
_NAME_TAGS = ("ns", "nz", "nr", "nt", "j")  # jieba's tags of names (犹太 nz, 巴黎 ns)


class LocParts(RuleComponent):
    def __init__(self, words: tuple[str, ...], active: bool = True,
                 zones: tuple[str, ...] = (), tails: dict[str, str] | None = None,
                 kinds: frozenset[str] = frozenset()) -> None:
        self.words = words
        self.kinds = kinds  # words for kinds of place, no LOC alone
        self.zones = zones
        self.active = active  # MSRA's convention only
        # a word MSRA leaves out and how many of its characters the LOC holds at its end
        self.tails = tuple((w, int(k)) for w, k in (tails or {}).items())

    def wants(self, text: str) -> bool:
        return self.active and any(w in text for w in (*self.words, *self.zones, *self.kinds,
                                                       *(t for t, _ in self.tails)))

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            if s.label == "LOC" and (text.startswith(self.zones, s.end)
                                     or text[s.start : s.end] in self.kinds):
                continue  # 巴黎|时间: a time zone, no place; 高新区: a kind of place
            word = next((w for w in self.words if text.endswith(w, s.start, s.end)), "")
            cut = len(word) or self.tail(text, s)
            if cut and not word and res.jieba_dict().get(text[s.start : s.end - cut]) not in _NAME_TAGS:
                cut = 0  # 区级|社区, 建设|社区: no place before the tail, leave the span
            if s.label == "LOC" and cut and s.end - s.start - cut >= 2:
                s = Span(s.start, s.end - cut, "LOC", SOURCE, s.score)
            out.append(s)
        return out

    def tail(self, text: str, s: Span) -> int:
        """How many characters at the LOC's end belong to a word MSRA leaves out (北京|社区: 2;
        巴黎|市 + 中心: 1), or 0."""
        return next((k for w, k in self.tails
                     if text.endswith(w[:k], s.start, s.end) and text.startswith(w[k:], s.end)), 0)


@Language.factory("cnnews_loc_parts", default_config={
    "words": "ner_place_part_words", "zones": "ner_time_zone_words",
    "tails": "ner_msra_loc_tails", "kinds": "ner_msra_kind_places",
    "convention": conventions.PROJECT})
def make_loc_parts(nlp: Language, name: str, words: str, zones: str, convention: str,
                   tails: str = "ner_msra_loc_tails",
                   kinds: str = "ner_msra_kind_places") -> LocParts:
    """``words``: words for parts of a place; ``zones``: words after a place that make it a time
    zone; ``tails``: words MSRA leaves out of a LOC; ``kinds``: words for kinds of place MSRA
    never tags alone; the rule acts under ``msra`` only."""
    return LocParts(res.words(words), conventions.check(convention) == conventions.MSRA,
                    res.words(zones), lexicons.mapping(tails), res.word_set(kinds))



class OrgParts(RuleComponent):
    def __init__(self, cuts: dict[str, str], abbreviations: frozenset[str],
                 active: bool = True) -> None:
        self.cuts = tuple(re.compile(p) for p in cuts.values())
        self.abbreviations = abbreviations
        self.active = active  # MSRA's convention only

    def wants(self, text: str) -> bool:
        return self.active

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        return [self.cut(text, s) if s.label == "ORG" else s for s in spans]

    def cut(self, text: str, s: Span) -> Span:
        """联合国大会 -> 联合国, 武警部队 -> 武警 (the pattern's group that matched)."""
        m = next((m for p in self.cuts if (m := p.fullmatch(text, s.start, s.end))), None)
        if m is None:
            return s
        start, end = next(m.span(g) for g in range(1, len(m.groups()) + 1) if m.group(g))
        body = text[start:end]
        if body not in self.abbreviations and res.jieba_dict().get(body) not in _ORG_TAGS:
            return s
        return Span(start, end, "ORG", SOURCE, s.score)


@Language.factory("cnnews_org_parts", default_config={
    "cuts": "ner_msra_org_cuts", "abbreviations": "ner_org_abbreviations",
    "convention": conventions.PROJECT})
def make_org_parts(nlp: Language, name: str, cuts: str, abbreviations: str,
                   convention: str) -> OrgParts:
    """``cuts``: patterns of an ORG and the part MSRA tags; ``abbreviations``: one-character
    ORG MSRA tags; the rule acts under ``msra`` only."""
    return OrgParts(lexicons.mapping(cuts), res.word_set(abbreviations),
                    conventions.check(convention) == conventions.MSRA)
