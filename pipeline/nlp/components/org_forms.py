"""``cnnews_org_forms``: the written forms of organization names the network gets wrong, as
classes (issue 11: the ORG errors of the tuning pages and the raw 新闻联播 stories).

- An organization's full name with its short form in brackets (巴勒斯坦伊斯兰抵抗运动（哈马斯）):
  two ORG, the full name and the short one (taking a character from the full name, and no
  common word of jieba's dictionary: 乡镇). The network tags the pair as one span, often
  without the closing bracket, which ``precision`` then drops as unbalanced; a short form in
  brackets right after an ORG found alone is an ORG too.
- Names coordinated with 、 inside one span (央视频、央视网) are split when the part before
  the 、 is a whole name: it ends in an organization head or kind (``ner_org_heads``,
  ``ner_org_kinds``), or the parts share their first two characters (北京大学、北京师范大学).
  Names that share a head across the 、 stay one span, as MSRA tags them (市、区妇联,
  墨西哥环境、自然资源和渔业部, 中国、斯洛伐克联合登山队).
- An ORG holding a serial designation (a number + 号: 神舟十九号航天员乘组) names a craft or its
  crew, not an organization (``ner_craft_designations``).
- An ORG ending in a concept's head (人类命运共同体; ``ner_concept_heads``) is no entity.
- A party congress or plenary session named by its number (二十大, 二十届四中全会) is an event
  under the project convention; the party's name in it stays an ORG (中共|二十届四中全会); under
  MSRA's, which tags congresses, only a span cut inside a plenum's name goes (二十届四中|全会).
- An army named by its country (俄军) is the country's LOC; a number and a measure word inside
  an ORG (…一家化工厂, 首个…局, 三座…厂) or right before it (两支|…救援队) make an indefinite
  description, no name; a person or place and
  同 ("with") before a name are no part of it (韩正同|清华大学…).
- A one-character place before a national body no place owns (在京|中共中央政治局委员) is a LOC
  of its own (``ner_org_form_patterns``).
- Under the project convention an ORG ending in a venue head (故宫博物院; ``ner_venue_heads``)
  is a LOC: the guidelines make museums and exhibition centres places.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language

from pipeline import lexicons
from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.ner import Span

SOURCE = "rule:org_forms"
_OPEN, _CLOSE = "(", ")"
_COORD = "、"
# the short form in brackets: 2-8 characters of a name (CJK, then CJK, Latin letters, digits)
_SHORT = re.compile(r"\(([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,7})\)")
# jieba's tags of names and abbreviations: a short form is no common word (乡镇, 下同)
_NAME_TAGS = ("nr", "ns", "nt", "nz", "nrt", "nrfg", "j")
_NUMBER = "0-9零〇一二三四五六七八九十百千"
_PATTERNS = lexicons.mapping("ner_org_form_patterns")
_CONGRESS = re.compile(_PATTERNS["congress"])
_NATIONAL_LEAD = re.compile(_PATTERNS["national_lead"])
_PLENUM = "全会"
_ARMY = re.compile(_PATTERNS["army"])
_DESCRIPTION = re.compile(_PATTERNS["description"])
_COUNTED = re.compile(_PATTERNS["counted"])
_PREPOSITION = _PATTERNS["preposition"]
_LEADS = {"nr": "PERSON", "ns": "LOC"}  # jieba's tags of who or where comes before 同


class OrgForms(RuleComponent):
    def __init__(self, heads: tuple[str, ...], designations: tuple[str, ...],
                 venues: tuple[str, ...], concepts: tuple[str, ...],
                 abbreviations: frozenset[str], project: bool = True) -> None:
        self.heads = tuple(sorted(heads, key=len, reverse=True))
        # a run of numerals from its start only (linear on long runs)
        self.craft = re.compile(f"(?<![{_NUMBER}])[{_NUMBER}]+"
                                f"(?:{'|'.join(map(re.escape, designations))})")
        self.venues = tuple(sorted(venues, key=len, reverse=True))
        self.concepts = tuple(concepts)
        self.abbr = abbreviations
        self.project = project  # the project convention; MSRA's keeps venues and congresses

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        if all(s.label != "ORG" for s in spans):
            return spans  # every class here starts from an ORG span
        out: list[Span] = []
        for s in spans:
            if s.label != "ORG":
                out.append(s)
                continue
            for p in self.bracketed(text, s):
                for q in self.coordinated(text, p):
                    out.extend(d for r in self.national(text, q)
                               for d in self.described(text, r))
        out = [self.relabel(text, s) for s in out if not self.no_org(text, s)]
        out = [t for t in (self.congress(text, s) for s in out) if t is not None]
        return self.short_forms(text, out) if _OPEN in text else out

    def bracketed(self, text: str, s: Span) -> list[Span]:
        """X(Y or X(Y) tagged as one span, the bracket closing at or right after its end: the
        name X and its short form Y, each a span of the label."""
        if s.label != "ORG":
            return [s]
        k = text.find(_OPEN, s.start, s.end)
        m = _SHORT.match(text, k) if k > s.start + 1 else None
        if (m is None or m.end() not in (s.end, s.end + 1)
                or not _short_form(m.group(1), text[s.start : k])):
            return [s]
        return [Span(s.start, k, s.label, s.source, s.score),
                Span(m.start(1), m.end(1), s.label, SOURCE, s.score)]

    def coordinated(self, text: str, s: Span) -> list[Span]:
        """央视频、央视网 as one ORG: the names it coordinates, where each is whole."""
        if s.label != "ORG" or _COORD not in text[s.start : s.end]:
            return [s]
        parts: list[tuple[int, int]] = []
        start = s.start
        for k in range(s.start, s.end + 1):
            if k == s.end or text[k] == _COORD:
                parts.append((start, k))
                start = k + 1
        names = [text[a:b] for a, b in parts]
        if any(len(n) < 2 for n in names) or not all(
                self.whole(first, nxt) for first, nxt in pairwise(names)):
            return [s]
        return [Span(a, b, s.label, SOURCE, s.score) for a, b in parts]

    def whole(self, name: str, following: str) -> bool:
        return name.endswith(self.heads) or name[:2] == following[:2]

    def no_org(self, text: str, s: Span) -> bool:
        """A craft (神舟十九号航天员乘组) or a concept (人类命运共同体) tagged ORG."""
        return s.label == "ORG" and (self.craft.search(text, s.start, s.end) is not None
                                     or text[s.start : s.end].endswith(self.concepts))

    def national(self, text: str, s: Span) -> list[Span]:
        """在京|中共中央政治局委员: the place before a national body is a LOC of its own."""
        if (s.label != "ORG" or text[s.start] not in self.abbr or s.end - s.start < 4
                or not _NATIONAL_LEAD.match(text, s.start + 1)):
            return [s]
        return [Span(s.start, s.start + 1, "LOC", SOURCE, s.score),
                Span(s.start + 1, s.end, s.label, SOURCE, s.score)]

    def described(self, text: str, s: Span) -> list[Span]:
        """An army named by its country (俄军: 俄 LOC), an indefinite description (…州科尼尔斯
        一家化工厂: the place before it, where jieba knows it) and a name after 同 (韩正同|清华
        大学…委员会: a whole organization's name, ending in a head, after a person or place)."""
        if s.label != "ORG" or s.end - s.start < 2:
            return [s]
        army = _ARMY.match(text, s.start)
        if army is not None and army.group("abbr") in self.abbr:
            return [Span(s.start, s.start + 1, "LOC", SOURCE, s.score)]
        if _COUNTED.search(text[max(0, s.start - 6) : s.start]) is not None:
            return []  # 两支|国家紧急医学救援队: a kind of team, counted
        m = _DESCRIPTION.search(text, s.start, s.end)
        if m is not None:
            place = text[s.start : m.start()]
            known = res.jieba_dict().get(place) == "ns"
            return [Span(s.start, m.start(), "LOC", SOURCE, s.score)] if known else []
        for k in (2, 3):
            tag = res.jieba_dict().get(text[s.start : s.start + k])
            rest = s.start + k + len(_PREPOSITION)
            if (text.startswith(_PREPOSITION, s.start + k) and tag in _LEADS
                    and text[rest : s.end].endswith(self.heads) and s.end - rest >= 4
                    and text[rest - 1 : rest + 1] not in res.jieba_dict()):  # 同|创置业
                return [Span(s.start, s.start + k, _LEADS[tag], SOURCE, s.score),
                        Span(rest, s.end, s.label, SOURCE, s.score)]
        return [s]

    def congress(self, text: str, s: Span) -> Span | None:
        """二十大, 二十届四中(全会): an event (project convention; under MSRA's only a span cut
        inside 全会); the party's name it starts with stays (中共|二十届四中全会)."""
        m = _CONGRESS.match(text[s.start : s.end]) if s.label == "ORG" else None
        if m is None or not (self.project or text.startswith(_PLENUM, s.end)
                             or text.startswith(_PLENUM[1:], s.end)):
            return s
        party = m.group("party")
        if party and len(party) < s.end - s.start:
            return Span(s.start, s.start + len(party), s.label, SOURCE, s.score)
        return None if not party else s

    def relabel(self, text: str, s: Span) -> Span:
        if (self.project and s.label == "ORG"
                and text[s.start : s.end].endswith(self.venues)):
            return Span(s.start, s.end, "LOC", s.source, s.score)
        return s

    def short_forms(self, text: str, spans: list[Span]) -> list[Span]:
        """A short form in brackets right after a name (…运动(哈马斯)) with no span of its own
        is a name of the same label."""
        out = list(spans)
        for i, s in enumerate(spans):
            m = _SHORT.match(text, s.end) if s.label == "ORG" else None
            if (m is None or not _short_form(m.group(1), text[s.start : s.end])
                    or (i + 1 < len(spans) and spans[i + 1].start < m.end())):
                continue
            out.append(Span(m.start(1), m.end(1), s.label, SOURCE, s.score))
        return sorted(out, key=lambda x: (x.start, x.end))


def _short_form(name: str, full: str) -> bool:
    """A name in brackets is the short form of the name before it when it takes a character
    from it (东盟 of 东南亚国家联盟, 哈马斯 of …伊斯兰抵抗运动; not SOHO of 太阳观测卫星) and
    jieba does not know it as a common word."""
    return bool(set(name) & set(full)) and res.jieba_dict().get(name, "nt") in _NAME_TAGS


@Language.factory("cnnews_org_forms", default_config={
    "heads": "ner_org_heads", "kinds": "ner_org_kinds",
    "designations": "ner_craft_designations", "venues": "ner_venue_heads",
    "concepts": "ner_concept_heads", "abbreviations": "ner_place_abbreviations",
    "convention": conventions.PROJECT})
def make_org_forms(nlp: Language, name: str, heads: str, kinds: str, designations: str,
                   venues: str, concepts: str, abbreviations: str, convention: str) -> OrgForms:
    """``convention``: under ``msra`` venues keep the network's label (MSRA: 故宫博物院 ORG)
    and numbered congresses stay ORG (十五大)."""
    return OrgForms((*res.words(heads), *res.words(kinds)), res.words(designations),
                    res.words(venues), res.words(concepts), res.word_set(abbreviations),
                    conventions.check(convention) != conventions.MSRA)
