"""Where names end under MSRA's annotation convention (issue 11, round 6: MSRA dev errors read
by class). Where an organization starts after a chain of places is ``cnnews_org_places``
(org_places.py), under both conventions.

``cnnews_loc_parts``: a LOC ending in a word for a part or the surroundings of the place
(开罗西郊, 美国东部; ``ner_place_part_words``) is the place alone under MSRA's convention (never
inside a LOC of MSRA train). What remains must be two characters or more. A LOC right before a
word that makes it a time zone (X时间, ``ner_time_zone_words``) is no LOC under that convention
(MSRA leaves the place of a local time untagged in most cases).
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.ner import Span

SOURCE = "rule:msra_extents"


class LocParts(RuleComponent):
    def __init__(self, words: tuple[str, ...], active: bool = True,
                 zones: tuple[str, ...] = ()) -> None:
        self.words = words
        self.zones = zones
        self.active = active  # MSRA's convention only

    def wants(self, text: str) -> bool:
        return self.active and any(w in text for w in (*self.words, *self.zones))

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            if s.label == "LOC" and text.startswith(self.zones, s.end):
                continue  # 巴黎|时间: a time zone, no place
            word = next((w for w in self.words if text.endswith(w, s.start, s.end)), "")
            if s.label == "LOC" and word and s.end - s.start - len(word) >= 2:
                s = Span(s.start, s.end - len(word), "LOC", SOURCE, s.score)
            out.append(s)
        return out


@Language.factory("cnnews_loc_parts", default_config={
    "words": "ner_place_part_words", "zones": "ner_time_zone_words",
    "convention": conventions.PROJECT})
def make_loc_parts(nlp: Language, name: str, words: str, zones: str, convention: str) -> LocParts:
    """``words``: words for parts of a place; ``zones``: words after a place that make it a time
    zone; the rule acts under ``msra`` only."""
    return LocParts(res.words(words), conventions.check(convention) == conventions.MSRA,
                    res.words(zones))

