"""``cnnews_org_edges``: where an organization's or a person's name ends and the next word
begins, as classes (issue 11, round 5: the ORG and PERSON errors of the raw-tune2 stories, a
tuning group chosen for organizations and people). Patterns in ``ner_org_edge_patterns``.

- A former member's title after a body's name (…公司原党委|委员, …局原党组|书记): 原 and the
  party organ are the title's, the name ends before 原; a party organ alone (党组,
  ``ner_party_organs``) is no name.
- A numbered congress and 精神 before a body (二十大精神|中央宣讲团): what it studies; the name
  starts after 精神. A party's numbered congress itself (十七大, …第九次党代会; the project's
  convention only): an event, no ORG; the body before it is one.
- Two national bodies written together (中央纪委国家监委; ``ner_national_bodies``): two ORG.
- A document's title tagged ORG (中国共产党纪律处分条例, 《…法》; ``ner_document_heads``): the
  organization or place its title starts with (a jieba organization or place name, or a name
  ending in an organization head) is the entity, the rest no name.
- A body and its numbered session (全国政协|十四届一次会议主席团): the body.
- A member's title at or across an ORG's end (中央政治局|常委, 第二十届中央|候补委员;
  ``ner_member_titles``): the name ends at the body's head, and what is left without one
  (第二十届) is no name.
- An ORG ending inside a longer head (…第99集团|军战士): it ends with that head where a word
  starts after it (战士, not 集团军|品).
- An ORG running past its last organization head into a word that goes on after it
  (…广电体育厅二级巡|视员): it ends at the head.
- Two ORG spans joined by a noun and 和 / 与 (全国人大|宪法和|法律委员会): one name, where the
  second is a committee named by its fields.
- A three-character PERSON ending in a word that follows names (刘奇作|的, 李东案;
  ``ner_person_tail_chars``): the two-character name.
- A military formation's unit written as 某 + the unit after it (陆军第78集团军|某旅) and the
  theatre command before it (北部战区|陆军…): one ORG with it (DEV-SET x2).
- A LOC ending in a head that ends organizations only (…学院, …医院; ``ner_org_strong_heads``):
  an ORG.
- A military district tagged LOC (某省军区, 某市卫戍区|某部; the project's convention only): an
  ORG, with a place tagged right before its bare head (某省|军区), the army tagged right before
  it and its unit after it.
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline import lexicons
from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent, overlaps, override
from pipeline.nlp.ner import Span

SOURCE = "rule:org_edges"
_PATTERNS = lexicons.mapping("ner_org_edge_patterns")
_FORMER = re.compile(_PATTERNS["former"])
_SESSION = re.compile(_PATTERNS["session"])
_COORDINATION = re.compile(_PATTERNS["coordination"])
_STUDIED = re.compile(_PATTERNS["studied"])
_COMMITTEE = re.compile(_PATTERNS["committee"])
_FORMATION = re.compile(_PATTERNS["formation"])
_UNIT = re.compile(_PATTERNS["unit"])
_THEATRE = re.compile(_PATTERNS["theatre"])
_DISTRICT = re.compile(_PATTERNS["district"])
_CONGRESS = re.compile(_PATTERNS["congress"])
_CONGRESS_BODY = re.compile(_PATTERNS["congress_body"])
_BODY_TAGS = ("nt", "j")  # jieba's organization names and abbreviations (中国共产党, 中共)
_TITLE_OPEN = "《"
_NOUN_TAGS = ("n", "vn")
_NAME_TAGS = {"nt": "ORG", "ns": "LOC"}  # jieba's organization and place names
_BODY_CONTINUES = "会"  # 政治局常委|会: the standing committee, a body, not a title


class OrgEdges(RuleComponent):
    def __init__(self, heads: tuple[str, ...], bodies: frozenset[str], organs: frozenset[str],
                 documents: tuple[str, ...], titles: tuple[str, ...], tails: frozenset[str],
                 strong: tuple[str, ...], surnames: frozenset[str],
                 person_titles: tuple[str, ...] = (),
                 final_words: tuple[str, ...] = (), units: bool = True) -> None:
        self.heads = tuple(sorted(heads, key=len, reverse=True))
        self.final_words = final_words
        # the starts of the heads of three or more characters (集团 of 集团军): start -> heads
        self.head_starts: dict[str, list[str]] = {}
        for h in self.heads:
            for j in range(1, len(h) - 1 if len(h) > 2 else 0):
                self.head_starts.setdefault(h[: j + 1], []).append(h)
        self.longest_start = max(map(len, self.head_starts), default=0)
        self.body_starts = frozenset(b[:2] for b in bodies)
        self.bodies = bodies
        self.organs = organs
        self.documents = tuple(d for d in documents if len(d) > 1)
        self.short_documents = tuple(d for d in documents if len(d) == 1)
        self.titles = tuple(sorted(titles, key=len, reverse=True))
        self.longest_title = max(map(len, self.titles), default=0)
        self.title_words = frozenset((*titles, *person_titles))
        self.tails = tails
        self.strong = tuple(strong)
        self.surnames = surnames
        # 陆军第78集团军|某旅: one ORG in the gold convention; MSRA train leaves 某部 out (13:6)
        self.units = units

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        grown: list[Span] = []
        for s in spans:
            if s.label == "PERSON":
                out.append(self.person(text, s))
            elif s.label == "LOC" and self.units and _DISTRICT.search(text, s.start, s.end):
                grown.append(self.district(text, s, out))
            elif s.label == "LOC":
                out.append(self.relabel(text, s))
            else:
                for t in self.org(text, s):
                    (grown if t.start < s.start or t.end > s.end else out).append(t)
        return self.coordinated(text, override(out, _outermost(grown)))

    def org(self, text: str, s: Span) -> list[Span]:
        """The ORG classes, in order; each returns the spans it leaves."""
        name = text[s.start : s.end]
        if name in self.organs:
            return []  # 原党组|副书记: a party organ without its body
        if len(name) > 2 and (m := _FORMER.search(name)) is not None and m.start() >= 2:
            s = Span(s.start, s.start + m.start(), s.label, SOURCE, s.score)
        if (m := _STUDIED.match(name)) is not None and len(name) - m.end() >= 3:
            s = Span(s.start + m.end(), s.end, s.label, SOURCE, s.score)
        if self.units and (m := _CONGRESS.search(text, s.start, s.end)) is not None:
            body = text[s.start : m.start()]
            if res.jieba_dict().get(body) in _NAME_TAGS:
                label = _NAME_TAGS[res.jieba_dict()[body]]  # 某省|第十四次党代会: the place
                return [Span(s.start, m.start(), label, SOURCE, s.score)]
            if not self.names_body(body):
                return []  # 十七大, 中国妇女|第十三次全国代表大会: the event
            s = Span(s.start, m.start(), s.label, SOURCE, s.score)  # 红四军|第九次党代会
        paired = self.paired(text, s)
        if paired:
            return paired
        doc = self.document(text, s)
        if doc is not None:
            return doc
        m = _SESSION.search(text, s.start + 2, s.end)
        if m is not None:
            s = Span(s.start, m.start(), s.label, SOURCE, s.score)
        titled = self.titled(text, s)
        if titled is None:
            return []
        return [military(text, self.completed(text, self.overrun(text, titled)), self.units)]

    def names_body(self, name: str) -> bool:
        """Whether the words before a congress name its body (中国共产党, 红四军, …委员会)."""
        return len(name) >= 2 and (name.endswith(self.heads) or _CONGRESS_BODY.search(name) is not None
                                   or res.jieba_dict().get(name) in _BODY_TAGS)

    def paired(self, text: str, s: Span) -> list[Span]:
        """中央纪委国家监委: two national bodies' names, one ORG each."""
        name = text[s.start : s.end]
        if name[:2] not in self.body_starts:
            return []
        for k in range(2, len(name) - 1):
            if name[:k] in self.bodies and name[k:] in self.bodies:
                return [Span(s.start, s.start + k, s.label, SOURCE, s.score),
                        Span(s.start + k, s.end, s.label, SOURCE, s.score)]
        return []

    def document(self, text: str, s: Span) -> list[Span] | None:
        """中国共产党纪律处分条例 tagged ORG: the organization or place the title starts with, or
        nothing; None where the span is no document's title."""
        name = text[s.start : s.end]
        head = next((d for d in self.documents if name.endswith(d)), "") if name.endswith(
            self.documents) else ""
        if not head and name.endswith(self.short_documents) and text[s.start - 1 : s.start] == _TITLE_OPEN:
            head = name[-1]
        if not head and text[s.start - 1 : s.start] == _TITLE_OPEN:
            # 《中国共产党纪律处分|条例》: the title's head right after the span
            head = next((d for d in self.documents if text.startswith(d, s.end)), "")
            name += head
        if not head:
            return None
        words = res.jieba_dict()
        for k in range(len(name) - len(head), 1, -1):  # …管理|办法: not …管理办, an office
            lead = name[:k]
            label = _NAME_TAGS.get(words.get(lead, ""))
            if label is None and (lead.endswith(self.final_words) or (
                    lead.endswith(self.heads) and name[k - 1 : k + 1] not in words)):
                label = "ORG"  # 国际航标组织|公约, not …组|织公约: the head's character starts a word
            if label is not None:
                return [Span(s.start, s.start + k, label, SOURCE, s.score)]
        return []

    def titled(self, text: str, s: Span) -> Span | None:
        """中央政治局常委 / 第二十届中央(候补委员): a member's title at or across the ORG's end is
        cut off; the rest is the name where it ends in a head, else no name."""
        near = text[max(s.start, s.end - self.longest_title) : s.end + self.longest_title]
        for title in self.titles:
            if title not in near:
                continue
            for k in range(1, len(title) + 1):
                start = s.end - k
                if start <= s.start or not text.startswith(title, start):
                    continue
                if text.startswith(_BODY_CONTINUES, start + len(title)):
                    continue  # 政治局常委会
                rest = text[s.start : start]
                if rest.endswith(self.heads) or rest in self.bodies:
                    return Span(s.start, start, s.label, SOURCE, s.score)
                if k < len(title):
                    return None  # 第二十届|中央候补委员: the span is cut inside the title
        return s

    def overrun(self, text: str, s: Span) -> Span:
        """…体育厅二级巡|视员 tagged ORG: a span that runs past its last organization head into a
        word going on after its end ends at that head (``precision`` would drop it whole); at
        least two characters past the head, and not where the head's last character and the
        next make a word."""
        name = text[s.start : s.end]
        if name.endswith(self.heads):
            return s
        for k in range(len(name) - 2, 3, -1):
            if name[:k].endswith(self.heads):
                end = s.start + k
                if text[end - 1 : end + 1] in res.jieba_dict():
                    return s  # 亚太经合组|织: the head's character starts a word with the next
                for w in res.jieba_words(text[end : s.end + 4]):
                    end += len(w)
                    if end >= s.end:
                        break
                return Span(s.start, s.start + k, s.label, SOURCE, s.score) if end > s.end else s
        return s

    def completed(self, text: str, s: Span) -> Span:
        """…第99集团|军战士: an ORG ending inside a longer head (集团军) ends with it where the
        text after the head starts a word of its own (战士; not 集团军|品销售: 集团|军品)."""
        for j in range(min(self.longest_start, s.end - s.start), 1, -1):
            for head in self.head_starts.get(text[s.end - j : s.end], ()):
                if not text.startswith(head[j:], s.end):
                    continue
                end = s.end + len(head) - j
                after = res.jieba_cut(text[end : end + 6])
                if not after or not res.is_cjk(after[0][0]) or len(after[0]) > 1:
                    return Span(s.start, end, s.label, SOURCE, s.score)
                return s
        return s

    def coordinated(self, text: str, spans: list[Span]) -> list[Span]:
        """全国人大 + 宪法和 + 法律委员会: one ORG where a noun and 和/与 join two ORG spans, the
        second starts with a noun as well (two fields of one body: 宪法 / 法律) and is a
        committee (not …常委会|会议和|中央政治局). Not after a title (…委员会主席和|特委会…)
        nor before a name (…决议和|西姆拉协议, …甲方与|泰和友联公司: jieba's nz, a proper noun,
        starts no field).
        """
        out: list[Span] = []
        for s in spans:
            prev = out[-1] if out else None
            if (prev is not None and prev.label == "ORG" and s.label == "ORG"
                    and _COMMITTEE.search(text, s.start, s.end)):
                m = _COORDINATION.match(text[prev.end : s.start])
                if m is not None and self.fields(m.group("noun"), text[s.start : s.end]):
                    out[-1] = Span(prev.start, s.end, "ORG", SOURCE, s.score)
                    continue
            out.append(s)
        return out

    def fields(self, noun: str, second: str) -> bool:
        known = res.jieba_dict()
        first = res.jieba_words(second)[0]
        return (noun not in self.title_words and known.get(noun) in _NOUN_TAGS
                and len(first) > 1 and known.get(first) in _NOUN_TAGS)

    def person(self, text: str, s: Span) -> Span:
        """刘奇作|的, 李东案: a word that follows names, glued to a two-character name."""
        if (s.end - s.start == 3 and text[s.end - 1] in self.tails
                and text[s.start] in self.surnames):
            return Span(s.start, s.end - 1, s.label, SOURCE, s.score)
        return s

    def district(self, text: str, s: Span, before: list[Span]) -> Span:
        """某省军区, 某市卫戍区某部 tagged LOC (the gold convention; not MSRA's): an ORG, with a
        place tagged right before a district's bare head (某省|军区), the army tagged right
        before it (某军|某某军区: the army's district) and the unit after it."""
        start = s.start
        prev = before[-1] if before and before[-1].end == s.start else None
        if prev is not None and (prev.label == "ORG" or (
                prev.label == "LOC" and _DISTRICT.fullmatch(text, s.start, s.end))):
            start = before.pop().start
        unit = _UNIT.match(text, s.end)
        return Span(start, unit.end() if unit is not None else s.end, "ORG", SOURCE, s.score)

    def relabel(self, text: str, s: Span) -> Span:
        """…社区干部学院 tagged LOC: a head that ends organizations only makes it an ORG."""
        if not text.endswith(self.strong, s.start, s.end):
            return s
        head = next(h for h in self.strong if text.endswith(h, s.start, s.end))
        if text[s.end - len(head) : s.end + 1] not in res.jieba_dict():
            return Span(s.start, s.end, "ORG", SOURCE, s.score)
        return s  # …号医院|船: a hospital ship, a craft


def _outermost(spans: list[Span]) -> list[Span]:
    """Spans a rule widened (a formation with its unit, a completed head): each covers what it
    now overlaps (红军 inside 某红军旅); of two widened spans that overlap, the longer stays."""
    kept: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start - s.end, s.start)):
        if not any(overlaps(s, k) for k in kept):
            kept.append(s)
    return kept


def military(text: str, s: Span, units: bool = True) -> Span:
    """陆军第78集团军|某旅, 北部战区|陆军第78集团军: a formation's unit named by 某 after it
    (where ``units``) and the theatre command before it are part of the one ORG."""
    if _FORMATION.search(text, s.start, s.end) is None:
        return s
    unit = _UNIT.match(text, s.end) if units else None
    theatre = _THEATRE.search(text[max(0, s.start - 4) : s.start])
    if unit is None and theatre is None:
        return s
    start = s.start - len(theatre.group()) if theatre is not None else s.start
    return Span(start, unit.end() if unit is not None else s.end, s.label, SOURCE, s.score)


@Language.factory("cnnews_org_edges", default_config={
    "lexicons": "", "heads": "ner_org_heads", "kinds": "ner_org_kinds",
    "bodies": "ner_national_bodies", "organs": "ner_party_organs",
    "documents": "ner_document_heads", "titles": "ner_member_titles",
    "tails": "ner_person_tail_chars", "strong": "ner_org_strong_heads",
    "person_titles": "ner_person_titles", "final_words": "ner_org_final_words",
    "convention": conventions.PROJECT})
def make_org_edges(nlp: Language, name: str, lexicons: str, heads: str, kinds: str,
                   bodies: str, organs: str, documents: str, titles: str, tails: str,
                   strong: str, person_titles: str, final_words: str,
                   convention: str) -> OrgEdges:
    """``convention``: under ``msra`` a formation's unit after it (解放军|某部) stays out."""
    return OrgEdges((*res.words(heads), *res.words(kinds)), res.word_set(bodies),
                    res.word_set(organs), res.words(documents), res.words(titles),
                    res.word_set(tails), res.words(strong), res.surnames(lexicons),
                    res.words(person_titles), res.words(final_words),
                    conventions.check(convention) != conventions.MSRA)
