"""Where names start and end under MSRA's annotation convention (issue 11, round 6: MSRA dev
errors read by class): ``cnnews_chain_orgs`` and ``cnnews_loc_parts``.

``cnnews_chain_orgs``: where an organization's name starts after a chain of places.

MSRA starts an organization at the last of two administrative places written before it and
tags the first as a place (长沙市|芙蓉区人民法院, 河南|洛阳…有限公司: LOC + ORG 155 times in
MSRA NER train, one ORG over both places 53 times). The network and ``org_suffix`` (outermost
span, the gold guidelines' convention) make one ORG from the first place. Under MSRA's
convention an ORG that starts with a gazetteer place followed by another gazetteer place, and
goes on after it, becomes LOC (the first place) + ORG (the rest). A country's name as the
second place (上海中国福利会: the body's own name) keeps the span. Under the project's
convention nothing changes.

``cnnews_loc_parts``: a LOC ending in a word for a part or the surroundings of the place
(开罗西郊, 美国东部; ``ner_place_part_words``) is the place alone under MSRA's convention (never
inside a LOC of MSRA train). What remains must be two characters or more.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

SOURCE = "rule:msra_extents"


class ChainOrgs(RuleComponent):
    def __init__(self, gazetteer: Lexicon, countries: frozenset[str], active: bool = True) -> None:
        self.gazetteer = gazetteer
        self.countries = countries
        self.active = active  # MSRA's convention only

    def wants(self, text: str) -> bool:
        return self.active

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        if not any(s.label == "ORG" for s in spans):
            return spans
        out: list[Span] = []
        for s in spans:
            out.extend(self.split(text, s))
        return out

    def place_at(self, text: str, i: int, end: int) -> int:
        """Length of the longest gazetteer place starting at ``i`` and ending by ``end`` (0: none)."""
        lengths = self.gazetteer.by_prefix.get(text[i : i + 2], ())
        return next((n for n in lengths if i + n <= end and text[i : i + n] in self.gazetteer), 0)

    def split(self, text: str, s: Span) -> list[Span]:
        if s.label != "ORG":
            return [s]
        first = self.place_at(text, s.start, s.end)
        if not first:
            return [s]
        second = self.place_at(text, s.start + first, s.end)
        rest = s.start + first
        if not second or rest + second >= s.end or text[rest : rest + second] in self.countries:
            return [s]
        return [Span(s.start, rest, "LOC", SOURCE, s.score), Span(rest, s.end, "ORG", SOURCE, s.score)]


class LocParts(RuleComponent):
    def __init__(self, words: tuple[str, ...], active: bool = True) -> None:
        self.words = words
        self.active = active  # MSRA's convention only

    def wants(self, text: str) -> bool:
        return self.active and any(w in text for w in self.words)

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            word = next((w for w in self.words if text.endswith(w, s.start, s.end)), "")
            if s.label == "LOC" and word and s.end - s.start - len(word) >= 2:
                s = Span(s.start, s.end - len(word), "LOC", SOURCE, s.score)
            out.append(s)
        return out


@Language.factory("cnnews_loc_parts", default_config={
    "words": "ner_place_part_words", "convention": conventions.PROJECT})
def make_loc_parts(nlp: Language, name: str, words: str, convention: str) -> LocParts:
    """``words``: words for parts of a place; the rule acts under ``msra`` only."""
    return LocParts(res.words(words), conventions.check(convention) == conventions.MSRA)


@Language.factory("cnnews_chain_orgs", default_config={
    "lexicons": "", "countries": "places_countries", "convention": conventions.PROJECT})
def make_chain_orgs(nlp: Language, name: str, lexicons: str, countries: str,
                    convention: str) -> ChainOrgs:
    """``lexicons``: folder with gazetteer.txt (default: the shipped NER model's); ``countries``:
    the country list (its Chinese names, columns 2-3); the rule acts under ``msra`` only."""
    names = {n for row in res.table(countries) for cell in row[1:3] for n in cell.split("|") if n}
    return ChainOrgs(res.gazetteer(lexicons), frozenset(names),
                     conventions.check(convention) == conventions.MSRA)
