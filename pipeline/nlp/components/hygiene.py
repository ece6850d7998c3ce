"""Span hygiene: what every backend's spans go through before the rules (rules on or off).

Backend spans never contain spaces (MSRA has none, bylines do) nor house numbers; a span that
starts inside a dictionary word has a wrong edge; kinds of area and generic units are no
names; a PERSON led by a relation or role word (妻子郭兰, 党员孔令卿) keeps only the name.
A one-character PERSON (李 of 李老师) is dropped: the gold guidelines annotate no title or
kinship forms; under MSRA's convention (``surname_person``), which tags the surname, it stays.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.org_heads import org_head_regex
from pipeline.nlp.ner import Span
from pipeline.text import alternation

# a number + 号院 is itself a compound's name (58号院): never cut off
COMPOUND_NO = "号院"
_UNITS = res.table("ner_address_units")
# address numbers are not part of a name: 义井街|20号|太化公司小区|3号楼
# (?<!...): start only where a run of digits/letters starts (same matches, linear time)
ADDRESS_NO = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]+(?:" + alternation([u for u, *_ in _UNITS]) + ")")
GENERIC_AREA = res.words("ner_generic_areas")
_SPACE = re.compile(r"\s")  # the characters str.isspace takes (re tests the same property)
_GENERIC_ORG = res.word_set("ner_generic_orgs")
_GENERIC_UNIT = res.words("ner_generic_unit_prefixes")
_LOC_END = res.words("ner_loc_ends")
_ONE_CHAR_LOC_END = frozenset(e for e in _LOC_END if len(e) == 1)
_RELATION_PREFIX = res.words("ner_relation_prefixes")
_COMPOUND_AFTER_NAME = res.words("ner_compound_after_name")
_ORG_HEAD = org_head_regex("ner_org_heads")
# where an organization's name may end (…局, …委员会, 国家防总) and the words that start a
# clause after it (verbs, adverbs, adjectives, prepositions, conjunctions)
_NAME_ENDS = tuple(sorted(res.words("ner_org_heads"), key=len, reverse=True))
_UNIT_ENDS = (*_NAME_ENDS, *res.words("ner_org_kinds"))  # …飞行部, …乘务二分部
_BODIES = res.word_set("ner_national_bodies")
_CLAUSE_TAGS = {"v", "a", "ad", "d", "p", "c", "vd"}
_ORG_HEAD_WORDS = frozenset(row[0] for row in res.table("ner_org_heads"))
_TASK_HEADS = res.words("ner_task_unit_heads")
_SENT_TEAMS = res.words("ner_sent_team_heads")
_NATIONAL = res.words("ner_national_prefixes")
# jieba's tags of names (places, people, organizations, other proper names, abbreviations)
_NAME_TAGS = {"nr", "ns", "nt", "nz", "j", "nrt", "nrfg"}
_TASK_TAGS = {"n", "vn"}  # jieba's tags of a task or a kind before a unit head (防汛, 帐篷)
_POST = "岗"  # …岗 (a duty post: 党员先锋岗) is no organization
_MEMBER = "员"  # 共青团|员, 共产党|员: a member, not the organization
_MEMBER_OF = ("团", "党")


def clean_model_spans(text: str, spans: Sequence[Span],
                      surname_person: bool = False) -> list[Span]:
    """Hygiene for every span of a backend's output; ``surname_person``: keep one-character
    PERSON spans (MSRA's convention: 李 of 李老师, 郭 of 郭某)."""
    return [t for s in spans for t in hygiene(text, s, surname_person)]


def hygiene(text: str, s: Span, surname_person: bool = False) -> list[Span]:
    """One backend span: split at spaces and house numbers, then check each piece."""
    out = []
    pieces = _split_at_spaces(text, s, 1 if surname_person else 2)
    for piece in _cut_at_numbers(text, pieces):
        fixed = _check(text, piece)
        if fixed is not None:
            out.append(fixed)
    return out


def _split_at_spaces(text: str, s: Span, min_person: int = 2) -> list[Span]:
    if _SPACE.search(text, s.start, s.end) is None:  # the loop below, in one search
        return [s] if s.end - s.start >= (min_person if s.label == "PERSON" else 1) else []
    out = []
    start = s.start
    for k in range(s.start, s.end + 1):
        if k == s.end or text[k].isspace():
            if k - start >= (min_person if s.label == "PERSON" else 1):
                out.append(Span(start, k, s.label, s.source, s.score))
            start = k + 1
    return out


def _cut_at_numbers(text: str, spans: list[Span]) -> list[Span]:
    """Places and organizations are cut at address numbers (keeping 58号院)."""
    pieces = []
    for p in spans:
        if p.label == "PERSON" or not any(
            not m.group().endswith(COMPOUND_NO) for m in ADDRESS_NO.finditer(text, p.start, p.end)
        ):
            pieces.append(p)  # nothing to cut (and 日, 京: one-character places stay)
            continue
        k = p.start
        for m in ADDRESS_NO.finditer(text, p.start, p.end):
            if m.group().endswith(COMPOUND_NO):
                continue
            if m.start() - k >= 2:
                pieces.append(Span(k, m.start(), p.label, p.source, p.score))
            k = m.end()
        if p.end - k >= 2:
            pieces.append(Span(k, p.end, p.label, p.source, p.score))
    return pieces


def _starts_inside_word(text: str, p: Span) -> bool:
    """A span that starts inside a dictionary word (众|志成城) has a wrong edge."""
    words = res.jieba_dict()
    return p.end - p.start >= 2 and any(
        words.get(text[p.start - k : p.end], "ns")[:1] not in ("n", "")
        or words.get(text[p.start - k : p.end]) in ("n", "i", "l")
        for k in (1, 2) if p.start - k >= 0
    )


def _check(text: str, p: Span) -> Span | None:
    """The piece, corrected, or None when it is no entity."""
    if _starts_inside_word(text, p):
        return None
    if p.label == "ORG":
        p = _complete_org_name(text, _cut_org_clause(text, _cut_org_overrun(text, p)))
    name = text[p.start : p.end]
    if p.label in ("LOC", "ORG") and name.startswith(GENERIC_AREA):
        return None  # 管控区, 封控区中心: kinds of area, not named places; 封控区五组: a
        # unit named by its kind of area, not an organization
    if p.label == "ORG" and (name in _GENERIC_ORG or name.startswith(_GENERIC_UNIT)
                             or name.endswith(_POST) or _bare_head(name)
                             or _named_by_task(name)):
        return None  # 党支部, 社区妇联, 小区党支部: units without a name of their own
    if p.label == "ORG" and name.endswith(_MEMBER_OF) and text[p.end : p.end + 1] == _MEMBER:
        return None
    if p.label != "LOC" and (len(name) >= 4 or (len(name) == 3 and name[-1] in _ONE_CHAR_LOC_END)) and (
        name.endswith(_LOC_END) or re.search(r"\d" + COMPOUND_NO + "$", name)
    ):
        # a street's community (…街社区) is a place; so is a village of three characters (416 LOC and 5
        # PERSON of three characters ending in 村, 镇 or 乡 in MSRA train)
        p = Span(p.start, p.end, "LOC", p.source, p.score)
    if p.label == "PERSON" and text[p.end : p.end + 2] in _COMPOUND_AFTER_NAME:
        # 惠泽苑|小区: a compound's name, not a person's
        return Span(p.start, p.end + 2, "LOC", p.source, p.score)
    if p.label == "PERSON":
        for pre in _RELATION_PREFIX:
            if name.startswith(pre) and len(name) - len(pre) >= 2:
                return Span(p.start + len(pre), p.end, p.label, p.source, p.score)
    return p


def _cut_org_clause(text: str, p: Span) -> Span:
    """国铁北京局|紧急组织, 湖南省委|巡回督导力量, 国家防总|派出工作组: an ORG running on after
    an organization's name into a verb, adverb or adjective of jieba's dictionary (the longest
    word starting there) is cut back to that name. The name ends in a head, and then the
    span must not end in one (a unit's name may hold a verb: …飞行总队, …协调委员会), or it is
    a known national body (ner_national_bodies), and then a one-character verb or adverb
    counts too (生态环境部|再派工作组); a name ending in a head or a kind (…部) is cut where the
    verb sends a team (自然资源部|派出指导组: ``_sent_team``)."""
    words = res.jieba_dict()
    headed = text[p.start : p.end].endswith(_UNIT_ENDS)
    for k in range(p.start + 2, p.end - 1):
        name = text[p.start : k]
        body = name in _BODIES
        if not (body or name.endswith(_UNIT_ENDS)):
            continue
        w = next((text[k : k + n] for n in (4, 3, 2, 1)
                  if text[k : k + n] in words and (n > 1 or body)), "")
        if not w or k + len(w) > p.end or words[w] not in _CLAUSE_TAGS:
            continue
        # the verb sends a team (…健康委|派出工作组 though 委派 is a word too), or the name
        # ends where no word crosses its end
        if _sent_team(text[k + len(w) : p.end], words[w]) or (
                text[k - 1 : k + 1] not in words
                and (body or (name.endswith(_NAME_ENDS) and not headed))):
            return Span(p.start, k, p.label, p.source, p.score)
    return p


def _sent_team(rest: str, verb_tag: str) -> bool:
    """派出|工作组: after a verb, one common noun ending in a team's head is the team a body
    sent, no part of its name (ner_sent_team_heads)."""
    return verb_tag == "v" and rest.endswith(_SENT_TEAMS) and res.jieba_dict().get(rest) == "n"


def _complete_org_name(text: str, p: Span) -> Span:
    """共青|团员: an ORG one or two characters short of an organization's name in jieba's
    dictionary (tag nt: 共青团) is that name (and then may be a member: 共青团|员)."""
    for k in (1, 2):
        if res.jieba_dict().get(text[p.start : p.end + k]) == "nt" and p.end + k <= len(text):
            return Span(p.start, p.end + k, p.label, p.source, p.score)
    return p


def _bare_head(name: str) -> bool:
    """An organization head alone that is a common noun (公司, 委员会, 中学): no name."""
    return name in _ORG_HEAD_WORDS and res.jieba_dict().get(name) == "n"


def _named_by_task(name: str) -> bool:
    """防汛指挥部, 帐篷学校: a unit head of ``ner_task_unit_heads`` after one common noun of
    jieba's dictionary (a task or a kind; no national prefix), the whole no name of the
    dictionary: a unit without a name of its own. A longer stem may name one body (特别军事
    行动联合部队|指挥部), and an army's (以军|指挥部) is left to org_forms."""
    head = next((h for h in _TASK_HEADS if name.endswith(h) and len(name) > len(h)), "")
    stem = name[: len(name) - len(head)]
    if not head or stem.startswith(_NATIONAL):
        return False
    words = res.jieba_dict()
    return words.get(name) not in _NAME_TAGS and words.get(stem) in _TASK_TAGS


def _cut_org_overrun(text: str, p: Span) -> Span:
    """…办公室|通告: an ORG running one character into the next word is cut back to its last
    organization head."""
    heads = [m.end() for m in _ORG_HEAD.finditer(text, p.start, p.end)]
    if heads and p.end - heads[-1] == 1 and text[heads[-1] : heads[-1] + 2] in res.jieba_dict():
        return Span(p.start, heads[-1], p.label, p.source, p.score)
    return p


class AdminNames:
    """The full administrative names (ending in ``admin_end``) among gazetteer spans, which
    come sorted and non-overlapping (``gazetteer_spans``), so their ends are sorted too and
    the names a span crosses are found by bisection instead of a scan of every name (a page
    dense with names made that scan quadratic)."""

    def __init__(self, text: str, gaz: Sequence[Span], admin_end: tuple[str, ...]) -> None:
        self.names = [g for g in gaz if text[g.start : g.end].endswith(admin_end)]
        self.ends = [g.end for g in self.names]

    def overlapping(self, s: Span) -> list[Span]:
        """The names overlapping ``s``, in text order."""
        i = bisect_right(self.ends, s.start)
        found = []
        while i < len(self.names) and self.names[i].start < s.end:
            found.append(self.names[i])
            i += 1
        return found


def trim_crossing(text: str, s: Span, names: AdminNames) -> list[Span]:
    """A backend span that crosses a full administrative name (泽区迎泽街道… against 迎泽区)
    has a wrong edge: cut the overlap off and re-check what remains."""
    for g in names.overlapping(s):  # a name that does not overlap s crosses nothing
        if g.start < s.start < g.end < s.end:
            return hygiene(text, Span(g.end, s.end, s.label, s.source, s.score))
        if s.start < g.start < s.end < g.end:
            return hygiene(text, Span(s.start, g.start, s.label, s.source, s.score))
    return [s]
