"""``cnnews_org_places``: the places before an organization whose own name starts with a
lower place (issue 11, round 6: the ORG errors of the x-type raw-tune3 stories).

An organization named after its county or town keeps that place (麻城市人民医院, 资源县人民
检察院, 白渡镇中心小学); the province, city or county written before it is a place of its
own, as in a place chain (the gold convention: 某县 / 某镇 / 某社区党支部; 湖北省 / 黄冈 /
麻城市人民医院). So an ORG that starts with two or more places in a row, then the rest of a
name, is cut before the last of those places; the places before it are LOC, one each. An ORG
with one leading place (青海省委组织部, 娄烦县公安局静游镇派出所) is left whole.

A place here is a full division name of the gazetteer with its suffix (省, 市, 县, 镇 …;
``ner_admin_ends``) or, before such a name, a short form (黄冈 of 黄冈市, 广西); the last place
may also be a village or community the gazetteer lacks (two to four characters of a name and
村 / 社区: 石桥社区), and the first a town or township it lacks (two or three characters of a
name and 镇 / 乡) where a known place follows (…镇|大营村党支部). Under MSRA's convention this
component does nothing: MSRA starts the organization after the first of the places more often
than not (155 to 53 in MSRA train), and ``cnnews_chain_orgs`` (msra_extents.py) cuts there; the
two are one class under two conventions.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span

SOURCE = "rule:org_places"
_ADMIN_END = res.words("ner_admin_ends")
# the suffixes a leading short form is a division's name without (黄冈 of 黄冈市)
_SHORT_FORM_OF = ("市", "县", "区", "州", "盟", "省")
_VILLAGE_ENDS = ("社区", "村")
_TOWN_ENDS = ("镇", "乡")
# jieba's tags of common words: no village's own name (花园社区, 新村 are no names here)
_COMMON_TAGS = {"n", "v", "vn", "a", "d", "m", "q", "f", "t"}


class OrgPlaces(RuleComponent):
    def __init__(self, gazetteer: Lexicon, active: bool = True) -> None:
        self.gazetteer = gazetteer
        self.active = active

    def wants(self, text: str) -> bool:
        return self.active

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            out.extend(self.split(text, s) if s.label == "ORG" else [s])
        return out

    def split(self, text: str, s: Span) -> list[Span]:
        """An ORG cut before the last of two or more leading places, else as it is."""
        cuts = self.leading_places(text, s.start, s.end)
        if len(cuts) < 2:
            return [s]
        last = cuts[-2]  # where the last place (the organization's own) starts
        places = [Span(a, b, "LOC", SOURCE, s.score)
                  for a, b in zip([s.start, *cuts[:-2]], cuts[:-1], strict=True)]
        return [*places, Span(last, s.end, "ORG", SOURCE, s.score)]

    def leading_places(self, text: str, start: int, end: int) -> list[int]:
        """The ends of the places an ORG span starts with, in a row, while a name is left
        after them (市委 of 潍坊市委 is one)."""
        ends: list[int] = []
        i = start
        while i < end:
            j = self.full_name(text, i, end) or self.short_form(text, i, end)
            if not j and ends:
                j = _village(text, i, end)
            elif not j:
                j = self.town(text, i, end)
            if not j:
                break
            ends.append(j)
            i = j
        return ends

    def full_name(self, text: str, i: int, end: int) -> int:
        """The end of the longest gazetteer name with its suffix at ``i`` that leaves a name
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
            known = name in self.gazetteer or any(name + e in self.gazetteer for e in _SHORT_FORM_OF)
            if known and self.full_name(text, j, end):
                return j
        return 0

    def town(self, text: str, i: int, end: int) -> int:
        """The end of a town the gazetteer lacks, named by two or three characters at ``i``
        (no common word), where a gazetteer place or a village follows, or 0."""
        for n in (2, 3):
            j = i + n + 1
            if (text[i + n : j] in _TOWN_ENDS and _proper_stem(text[i : i + n])
                    and (self.full_name(text, j, end) or _village(text, j, end))):
                return j
        return 0


def _proper_stem(stem: str) -> bool:
    """Characters of a place's own name: CJK, no common word of jieba's dictionary, whole or in
    its words."""
    words = res.jieba_dict()
    return (all(res.is_cjk(c) for c in stem) and words.get(stem) not in _COMMON_TAGS
            and not any(len(w) > 1 and words.get(w) in _COMMON_TAGS for w in res.jieba_words(stem)))


def _village(text: str, i: int, end: int) -> int:
    """The end of a village or community named by two to four characters at ``i`` (石桥社区),
    with a name left after it, or 0: no common word in the name, and its suffix no part of a
    word with the name's last character (农业农村厅 holds no village)."""
    words = res.jieba_dict()
    for suffix in _VILLAGE_ENDS:
        for n in range(2, 5):
            j = i + n + len(suffix)
            stem = text[i : i + n]
            if (j < end and text.startswith(suffix, i + n) and all(res.is_cjk(c) for c in stem)
                    and words.get(stem) not in _COMMON_TAGS
                    and text[i + n - 1 : i + n + 1] not in words  # 农|村 of 农业农村厅
                    and not any(len(w) > 1 and words.get(w) in _COMMON_TAGS
                                for w in res.jieba_words(stem))):
                return j
    return 0


@Language.factory("cnnews_org_places", default_config={
    "lexicons": "", "convention": conventions.PROJECT})
def make_org_places(nlp: Language, name: str, lexicons: str, convention: str) -> OrgPlaces:
    return OrgPlaces(res.gazetteer(lexicons), conventions.check(convention) != conventions.MSRA)
