"""``cnnews_org_checks``: organizations that are no organization's name, whoever found them
(issue 11, round 8: a frequency review of the ORG spans of 50 unannotated x-like stories,
pooled with the reviews of rounds 6 and 7; a class is fixed where it recurred):

- a sub-unit named by common words only (党员|抢险|突击|小队, 应急|救援队|潜水|分队): a
  team's sub-unit (``ner_org_subunit_heads``) after nothing but common words of jieba's
  dictionary (no place, name, number or national prefix) is a unit without a name of its
  own (gold guidelines: generic units are not annotated), dropped;
- a whole piece of a headline (强基础惠民生 | 各地…, …青春 | 钢铁报国 | 某某…) with no
  organization head and no name of jieba's dictionary: a slogan, dropped;
- a central body after its numbered term (十七届|中央政治局): the term is part of its name;
- places in a row at an ORG's start, the last by a short form (福建|沙县|…中心, 临夏州|积石山县
  人民医院): the places before the last are LOC (org_places does this for full names; the
  project's convention only);
- an organization ending inside a name of another kind (《新闻联|播》: a programme's name,
  which jieba keeps whole and tags nz): the span is cut inside a word that is no body's
  name, so it names no body, dropped (the precision rule leaves words tagged as names alone,
  for places and people inside longer names);

Written by hand: the rules read jieba's dictionary and the gazetteer, which no library joins.
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.gazetteer import Division, Gazetteer, load_gazetteer
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

SOURCE = "rule:org_checks"
# jieba's tags of names (places, people, organizations, other proper names, abbreviations)
_NAME_TAGS = frozenset({"nr", "ns", "nt", "nz", "j", "nrt", "nrfg"})
# jieba's tags of common words that may describe a sub-unit (a task, a member, a kind)
_COMMON_TAGS = frozenset({"n", "vn", "v", "a", "an", "b"})
_PROGRAMME_TAGS = frozenset({"nz"})  # a name that is no body's, place's or person's
# a numbered term (第十四届, 二十届) and the central bodies it is written before
_TERM = re.compile("第?[一二三四五六七八九十]{1,3}届$")
_ONE_TERM = "一届"  # without 第: 新一届, 下一届 (the next term), no ordinal
_TERM_BODIES = ("中共", "中央", "全国", "中国共产党")
# a chain of places at an ORG's start: the levels of its first place and of those inside it
_TOP_LEVELS = ("province", "city", "county")
_INNER_LEVELS = ("city", "county")
_LONGEST_PLACE = 8  # characters of a place's name or short form in a chain
_VILLAGE_ENDS = tuple(res.words("ner_chain_village_ends"))
_VILLAGE_AFTER = ("city", "county")  # the places a village may follow in a chain
# a headline's pieces: what may stand before and after one (besides spaces and its ends)
_PIECE_BEFORE, _PIECE_AFTER = "】:：", "【"
_SLOGAN_MIN = 4  # characters: shorter names without a head are abbreviations (世行, 总台)
_BODY_ENDS = ("组织", "武装")  # names of bodies ending in no head (世卫组织, 胡塞武装)


class OrgChecks(RuleComponent):
    def __init__(self, subunits: tuple[str, ...], national: tuple[str, ...],
                 heads: tuple[str, ...], gazetteer: Lexicon, divisions: Gazetteer,
                 chains: bool = True) -> None:
        self.subunits = subunits
        self.national = national
        self.heads = heads  # organization heads: a span ending in one ends a name
        self.gazetteer = gazetteer
        self.divisions = divisions  # the administrative divisions: codes, parents, short forms
        self.chains = chains  # split chains of places (the project's convention; MSRA's
        # chains are org_places' own: two places at most, any gazetteer name)

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            if s.label != "ORG":
                out.append(s)
                continue
            name = text[s.start : s.end]
            if (self.generic_subunit(name) or self.cut_in_name(text, s)
                    or self.headline_slogan(text, s)):
                continue
            out.extend(self.without_chain(text, self.with_term(text, s, out)))
        return out

    def without_chain(self, text: str, s: Span) -> list[Span]:
        """福建|沙县…中心, 浙江|德清: places in a row at an ORG's start, each inside the one
        before it, the last written by a short form (which org_places, reading full names,
        leaves): the places before the last are LOC, and the ORG starts at the last one
        (or, with nothing after it, is a LOC too)."""
        chain = self.places_at(text, s) if self.chains else []
        if len(chain) < 2:
            return [s]
        out = [Span(a, b, "LOC", SOURCE, s.score) for a, b in chain[:-1]]
        last = chain[-1][0]
        label = "LOC" if chain[-1][1] == s.end else s.label
        return [*out, Span(last, s.end, label, SOURCE, s.score)]

    def places_at(self, text: str, s: Span) -> list[tuple[int, int]]:
        """The places in a row at the span's start: a province, city or county (full name or
        short form), then places inside the one before, each ending a word of jieba's; a
        village (…村) may close the chain after a county."""
        chain: list[tuple[int, int]] = []
        codes: tuple[str, ...] = ()
        pos = s.start
        while pos < s.end - 1:
            found = self.place_inside(text, pos, s.end, codes)
            if found is None:
                break
            end, codes = found
            chain.append((pos, end))
            pos = end
            if not codes:
                break  # a village the divisions lack: nothing lies inside it
        return chain

    def fits(self, d: Division, outer: tuple[str, ...]) -> bool:
        """A first place (no ``outer``) is a province, city or county; a later one a city or
        county inside one of ``outer``."""
        if not outer:
            return d.level in _TOP_LEVELS
        return d.level in _INNER_LEVELS and any(self.divisions.is_within(d.code, c) for c in outer)

    def village_after(self, form: str, outer: tuple[str, ...]) -> bool:
        """…村 right after a city or county: a village (the divisions lack most villages' names)."""
        stem = next((form[: -len(e)] for e in _VILLAGE_ENDS if form.endswith(e)), "")
        return (len(stem) >= 2 and all(res.is_cjk(c) for c in form)  # not 门|社区
                and res.jieba_dict().get(form) not in _COMMON_TAGS  # 农村, 新村: no name
                and any(d.level in _VILLAGE_AFTER for c in outer
                        if (d := self.divisions.get(c)) is not None))

    def place_inside(self, text: str, pos: int, end: int,
                     outer: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
        """The longest place at ``pos`` (before ``end``) inside one of the divisions
        ``outer`` (the first place: a province, city or county), with its codes."""
        for n in range(min(_LONGEST_PLACE, end - pos), 1, -1):
            form = text[pos : pos + n]
            # a word ends there, or a head starts there (村|党委: jieba has 村党委)
            if not (res.word_ends_at(text, pos, pos + n)
                    or (outer and text.startswith(self.heads, pos + n))):
                continue
            if outer and self.village_after(form, outer):
                return pos + n, ()
            codes = tuple(d.code for d in self.divisions.lookup(form) if self.fits(d, outer))
            if codes:
                return pos + n, codes
        return None

    def with_term(self, text: str, s: Span, before: list[Span]) -> Span:
        """十七届|中央政治局: a central body's numbered term written right before it is part
        of its name (二十届中央纪委, 九届全国人大: MSRA's and the tuning annotations' convention;
        a term inside the span already stays)."""
        if not text.startswith(_TERM_BODIES, s.start):
            return s
        lo = max(0, s.start - 6)
        m = _TERM.search(text[lo : s.start])
        if m is None or m.group() == _ONE_TERM or any(o.end > lo + m.start() for o in before):
            return s  # 新一届, 上一届: "the new term", no ordinal
        return Span(lo + m.start(), s.end, s.label, SOURCE, s.score)

    def generic_subunit(self, name: str) -> bool:
        """党员抢险突击小队: a sub-unit head after common words only."""
        head = next((h for h in self.subunits if name.endswith(h) and len(name) > len(h)), "")
        stem = name[: len(name) - len(head)]
        if not head or stem.startswith(self.national) or not all(res.is_cjk(c) for c in stem):
            return False
        words = res.jieba_dict()
        if words.get(name) in _NAME_TAGS:
            return False
        for w in res.jieba_cut(stem):
            if len(w) == 1:
                if w in "第某":
                    return False  # 第一小队, 某分队: a numbered or hidden unit
                continue  # single characters: jieba's tags of them say little (舟 ns)
            if words.get(w) not in _COMMON_TAGS or w in self.gazetteer:
                return False
        return True

    def headline_slogan(self, text: str, s: Span) -> bool:
        """强基础惠民生 | 各地…: a whole piece of a headline (between its start or end, a
        space, a column tag or a colon) with no organization head at its end and no name of
        jieba's dictionary is a slogan; an organization filling a piece of a headline is
        named (中共中央 | 国务院印发…: jieba's nt) or ends in its head (…总台)."""
        name = text[s.start : s.end]
        if len(name) < _SLOGAN_MIN or name.endswith(self.heads) or name.endswith(_BODY_ENDS):
            return False
        if s.start > 0 and text[s.start - 1] not in _PIECE_BEFORE and not text[s.start - 1].isspace():
            return False
        if s.end < len(text) and text[s.end] not in _PIECE_AFTER and not text[s.end].isspace():
            return False
        return res.jieba_dict().get(name) not in _NAME_TAGS

    def cut_in_name(self, text: str, s: Span) -> bool:
        """《新闻联|播》: the span ends inside a word of jieba's that names no body (nz)."""
        if s.end >= len(text) or not res.is_cjk(text[s.end]):
            return False
        name = text[s.start : s.end]
        if name.endswith(self.heads):
            return False
        pos = s.start
        for w in res.jieba_cut(text[s.start : s.end + 4]):
            if pos < s.end < pos + len(w):
                return pos >= s.start and res.jieba_dict().get(w) in _PROGRAMME_TAGS
            pos += len(w)
            if pos >= s.end:
                return False
        return False


@Language.factory("cnnews_org_checks", default_config={
    "lexicons": "", "subunits": "ner_org_subunit_heads",
    "national": "ner_national_prefixes", "convention": conventions.PROJECT})
def make_org_checks(nlp: Language, name: str, lexicons: str, subunits: str,
                    national: str, convention: str) -> OrgChecks:
    """``subunits``: the heads of a team's sub-units; ``national``: the prefixes of the
    national bodies (中央, 国家: their units are no generic ones); ``convention``: chains of
    places are split under the project's only (MSRA's are org_places' own)."""
    heads = tuple(sorted({*res.words("ner_org_heads"), *res.words("ner_org_kinds")},
                         key=len, reverse=True))
    return OrgChecks(res.words(subunits), res.words(national), heads, res.gazetteer(lexicons),
                     load_gazetteer(), conventions.check(convention) != conventions.MSRA)
