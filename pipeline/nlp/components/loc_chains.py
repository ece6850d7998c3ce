"""``cnnews_loc_chains``: a LOC that is a division followed by a named site (a river, lake,
mountain, island …, or a square) is split into the two (issue 11, round 8: the review of 50
unannotated x-like stories found place chains kept whole 7 times in 5 stories; the guidelines
split chains, and a place with its own name is a LOC of its own).

The division is a province, city or county of the administrative divisions (full name or
short form) at the start of the span; the rest ends in a site word (``places_natural_features``,
``ner_chain_site_ends``) and has a name of its own before it: at least two characters, one
word of them a proper name or a word jieba's dictionary lacks (or no word of two characters: a
transcribed name), and no verb of two characters
or more (…发射中心…广场: a description). A site named by common words
(某市|儿童公园, 某地|民族团结广场) keeps the place with it: the whole may be its name. So does a
span the gazetteer or jieba's dictionary knows whole. The longest division is taken, and the
rest is split again (某省|某县|某某湖).

The other way round, a LOC followed right away by a LOC that is only a venue's head word
(``ner_venue_heads``: 某省|博物馆, as the chain rule splits it or the model tags it) is one LOC:
the venue is named by its place (as DEV-SET's x1 decisions keep a city's airport whole); the head alone names
no place (round 8: 4 in 2 stories of 1,220 read).

A route written by its ends with 至 between them (某甲至某乙高铁) names two places, and the
route word after the second is no part of it: a LOC 某乙高铁 right after 至 and a LOC before it
is 某乙 (as the tuning stories annotate such a route; round 8: 10 in 8 of 1,220 unannotated
stories read).

A place followed by 段 (a section of a river, road or railway named by the place it runs
through: 某省段, 某甲至某乙段) is one LOC with it, as the tuning stories annotate a road's section
(and DEV-SET x1 a section with a name of its own), where no span covers 段, 段 starts no
word with the next character (段落, 段长) and no place named by a family (某镇|段村, 段家庄).

Written by hand: no library splits or joins place chains on our span records.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

_LEVELS = ("province", "city", "county")  # divisions that lead a chain
_MIN_REST = 3  # a site's name and its site word
_MIN_STEM = 2
# jieba's tags of proper names (a piece the dictionary lacks counts as one too)
_PROPER_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "nt", "j"})
_VERB_TAGS = frozenset({"v", "vn", "vd"})
_TO = "至"  # between a route's two ends
_SECTION = "段"  # a section of a river, road or railway
# last characters of places named by a family (段村, 段家庄): 段 starts their name
_PLACE_END_CHARS = res.word_set("ner_family_place_ends") | {"家", "镇", "乡"}
_ROUTE = "route"  # the kind of a route word in ner_place_tails


class LocChains(RuleComponent):
    def __init__(self, divisions: Gazetteer, places: Lexicon, ends: tuple[str, ...],
                 venues: frozenset[str] = frozenset(), routes: tuple[str, ...] = ()) -> None:
        self.divisions = divisions
        self.venues = venues
        self.routes = tuple(sorted(routes, key=len, reverse=True))
        self.places = places
        self.ends = tuple(sorted(ends, key=len, reverse=True))

    def wants(self, text: str) -> bool:
        return _TO in text or _SECTION in text or any(e in text for e in (*self.ends, *self.venues))

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        spans = self.join_venues(text, [p for s in spans for p in self.split(text, s)])
        spans = [self.route_end(text, s, spans) for s in spans]
        return [_with_section(text, s, spans) for s in spans]

    def route_end(self, text: str, s: Span, spans: list[Span]) -> Span:
        """某甲至|某乙高铁 -> 某乙: the place at a route's far end, without the route word."""
        at = s.start - len(_TO)
        if (s.label != "LOC" or not text.startswith(_TO, at)
                or not any(o.label == "LOC" and o.end == at for o in spans)):
            return s
        name = text[s.start : s.end]
        tail = next((t for t in self.routes if name.endswith(t)), "")
        place = name[: len(name) - len(tail)]
        if tail and len(place) >= _MIN_STEM and (place in self.places or self.divisions.lookup(place)):
            return Span(s.start, s.start + len(place), s.label, s.source, s.score)
        return s

    def join_venues(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if (prev is not None and s.label == prev.label == "LOC" and s.start == prev.end
                    and text[s.start : s.end] in self.venues):
                out[-1] = Span(prev.start, s.end, "LOC", prev.source, prev.score)
            else:
                out.append(s)
        return out

    def split(self, text: str, s: Span) -> list[Span]:
        name = text[s.start : s.end]
        if (s.label != "LOC" or len(name) < _MIN_STEM + _MIN_REST or not name.endswith(self.ends)
                or name in self.places or name in res.jieba_dict()):
            return [s]
        for j in range(len(name) - _MIN_REST, _MIN_STEM - 1, -1):  # the longest division first
            if self.leads(name[:j]) and self.named_site(name[j:]):
                rest = Span(s.start + j, s.end, "LOC", s.source, s.score)
                return [Span(s.start, s.start + j, "LOC", s.source, s.score), *self.split(text, rest)]
        return [s]

    def leads(self, head: str) -> bool:
        return any(d.level in _LEVELS for d in self.divisions.lookup(head))

    def named_site(self, rest: str) -> bool:
        """A site word after a name of its own (布达拉宫|广场 yes, 儿童|公园 no)."""
        end = next(e for e in self.ends if rest.endswith(e))
        stem = rest[: len(rest) - len(end)]
        if len(stem) < _MIN_STEM or not all(res.is_cjk(c) for c in stem):
            return False
        tags = res.jieba_dict()
        words = res.jieba_words(stem)
        if any(len(w) > 1 and tags.get(w) in _VERB_TAGS for w in words):
            return False  # a verb of two characters: a description (…发射中心…广场), no name
        # a proper name among its words, or no word of two characters (克|松: a transcription)
        return all(len(w) == 1 for w in words) or any(tags.get(w, "ns") in _PROPER_TAGS for w in words)


def _with_section(text: str, s: Span, spans: list[Span]) -> Span:
    """某省|段 -> 某省段: a place and the section word after it."""
    if (s.label != "LOC" or not text.startswith(_SECTION, s.end)
            or text[s.end : s.end + 2] in res.jieba_dict()
            or text[s.end + 1 : s.end + 2] in _PLACE_END_CHARS
            or any(o.start <= s.end < o.end for o in spans)):
        return s
    return Span(s.start, s.end + len(_SECTION), s.label, s.source, s.score)


@Language.factory("cnnews_loc_chains", default_config={
    "lexicons": "", "features": "places_natural_features", "sites": "ner_chain_site_ends",
    "venues": "ner_venue_heads", "tails": "ner_place_tails"})
def make_loc_chains(nlp: Language, name: str, lexicons: str, features: str, sites: str,
                    venues: str, tails: str) -> LocChains:
    """``lexicons``: folder with gazetteer.txt (default: the shipped NER model's); ``features``
    and ``sites``: the words that end a natural feature's and a named site's name; ``venues``:
    venues' head words; ``tails``: the words after a place, routes' among them."""
    return LocChains(load_gazetteer(), res.gazetteer(lexicons),
                     (*res.words(features), *res.words(sites)), res.word_set(venues),
                     tuple(row[0] for row in res.table(tails) if len(row) > 1 and row[1] == _ROUTE))
