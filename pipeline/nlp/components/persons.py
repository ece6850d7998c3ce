"""Person rules: ``person_filter`` and ``person_title``.

- ``cnnews_person_filter``: lists of names printed without separators are split; surname +
  kinship / nickname forms (樊阿姨, 刘哥, 小王) and 2-3 character "names" that start with no
  surname are dropped as PERSON; a family's place (徐家窑, 郭家庄) is a LOC; a person's name
  of jieba's dictionary tagged LOC before 大叔, 阿姨 … is a PERSON.
- ``cnnews_person_title``: names in bylines (记者 王强: the roles ``byline_roles.tsv`` writes
  before names) and after titles (书记, 主任, 党员 …, ``ner_person_titles.tsv``) -> PERSON.
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent, merge
from pipeline.nlp.ner import Span
from pipeline.text import alternation

_COMPOUND_SURNAMES = res.word_set("ner_compound_surnames")
_NAME_STOP = res.word_set("ner_person_name_stop_chars")
_ITEM_STARTS = res.words("ner_byline_item_starts")
_KINSHIP_NEXT = res.word_set("ner_kinship_after_name")
_KINSHIP = res.words("ner_kinship_endings")
_NICKNAME = res.word_set("ner_nickname_prefixes")
_TROPHY = res.words("ner_trophy_words")
_TRANSLIT = res.word_set("ner_transliteration_chars")
_FAMILY_PLACE_ENDS = res.word_set("ner_family_place_ends")
_FAMILY = "家"  # 徐家窑, 郭家庄: a place named after a family
_NAME_TAGS = ("nr", "nrfg", "nrt")  # jieba's tags of personal names
_GIVEN_NAME = 2  # characters of the given name a cut three-character name leaves
_PET_NAME_TAGS = ("n", "nz")  # jieba's tags of reduplicated pet names it knows (苗苗 n, 华华 nz)
_BEFORE_NAME = " :　"  # between a title and the name
_BETWEEN_NAMES = " 、　"  # between the names of one byline
# credit marks a byline name may have glued after it (刘宇摄, 何加正报道): the roles byline_roles.tsv
# writes after the names and the closers of segment_byline_closers.tsv, of two or more
# characters, and 摄 (a lone 文 or 图 ends many names: 王文, 王宏图)
_AFTER_NAMES = {row[0] for row in res.table("byline_roles") if len(row) > 2 and row[2] != "before"}
_CREDIT_MARKS = tuple(sorted((m for m in _AFTER_NAMES | set(res.words("segment_byline_closers"))
                              if len(m) > 1 or m == "摄"), key=len, reverse=True))  # fmt: skip


class PersonFilter(RuleComponent):
    def __init__(self, surnames: frozenset[str], surname_person: bool = False,
                 titles: tuple[str, ...] = ()) -> None:
        self.surnames = surnames
        self.surname_person = surname_person  # MSRA: 李 of 李老师 is a PERSON
        # titles of two or more characters right before a name vouch for it (主任委员|娄勤俭:
        # 娄 starts no person span of MSRA or People's Daily, the source of the surnames)
        self.titles = tuple(t for t in titles if len(t) > 1)

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        spans = [p for s in spans for p in self.split_name_list(text, s)]
        spans = [self.whole_name(text, s, spans) for s in spans]
        spans = [_addressed_person(text, _family_place(text, s)) for s in spans]
        return [s for s in spans if not (s.label == "PERSON" and self.not_a_name(text, s))]

    def split_name_list(self, text: str, s: Span) -> list[Span]:
        """Lists of names printed without separators (丁文昌丁石孙丁衡…) come out of the
        model as one long PERSON: split them into 2-3 character names that each start with
        a surname, preferring three characters (the common length). Left alone when no such
        segmentation exists (transliterated names, 阿木冬·尼牙孜)."""
        n = s.end - s.start
        name = text[s.start : s.end]
        if s.label != "PERSON" or n < 6 or not all(res.is_cjk(c) for c in name):
            return [s]
        if res.one_foreign_name(name, _TRANSLIT, res.SPAN_TRANSLIT_SHARE):
            return [s]  # one transliterated name (克瓦西涅夫斯基), not a list of Chinese names
        # best[i]: (number of 3-character names, -pieces) for the first i characters
        best: list[tuple[int, int] | None] = [None] * (n + 1)
        back = [0] * (n + 1)
        best[0] = (0, 0)
        for i in range(n):
            here = best[i]
            if here is None or text[s.start + i] not in self.surnames:
                continue
            for ln in (2, 3):
                j = i + ln
                if j > n:
                    continue
                cand = (here[0] + (ln == 3), here[1] - 1)
                there = best[j]
                if there is None or cand > there:
                    best[j], back[j] = cand, i
        if best[n] is None:
            return [s]
        cuts = []
        j = n
        while j > 0:
            cuts.append((back[j], j))
            j = back[j]
        return [Span(s.start + a, s.start + b, "PERSON", s.source, s.score)
                for a, b in reversed(cuts)]

    def whole_name(self, text: str, s: Span, spans: list[Span]) -> Span:
        """A PERSON the model starts one character late, after a verb ending in that name's
        surname (a verb such as 学习 whose last character starts the name: the model reads that
        character with the verb and tags the given name alone): with the character before
        it, a name of jieba's dictionary that starts with a surname; the span a two-character
        given name that is no word of jieba's (not 向|普京: a name of its own). Issue 11, round
        9: 2 in a story of the round's stories read whole, 58 in 32 of 1,000 unannotated
        stories; round 8 counted 3 cuts of another name in 1 story."""
        i, words = s.start - 1, res.jieba_dict()
        if s.label != "PERSON" or s.end - s.start != _GIVEN_NAME or i < 0 \
                or text[i] not in self.surnames or text[s.start : s.end] in words \
                or words.get(text[i : s.end]) not in _NAME_TAGS \
                or any(o.start <= i < o.end for o in spans):
            return s
        return Span(i, s.end, "PERSON", s.source, s.score)

    def not_a_name(self, text: str, s: Span) -> bool:
        """樊阿姨, 刘哥, 小王, 老李: kinship and nickname forms are not PERSON (gold rules);
        nor is a 2-3 character 'name' whose first character is no surname (太谢谢, 家里):
        +0.3 PER F1 on MSRA dev, at the cost of some 2-3 character foreign names; unless a
        title stands right before a three-character one whose first two characters are no
        word (主任委员娄勤俭; not 党员先锋岗). A name right before a trophy word (…杯,
        ``ner_trophy_words``) is the cup's namesake and stays (MSRA: a name ending in 伯 there is
        no kinship form)."""
        name = text[s.start : s.end]
        if len(name) >= 2 and text.startswith(_TROPHY, s.end):
            return False
        if len(name) == 2 and name[0] == name[1]:
            # 谢谢, 耿耿, 哈哈: a reduplicated word, not a name (华华, 苗苗 are names); under
            # MSRA's convention one that jieba's dictionary knows as a noun (a child's pet name,
            # tagged n / nz) after a surname stays a name (MSRA train tags them PERSON)
            tag = res.jieba_dict().get(name)
            if self.surname_person and tag in _PET_NAME_TAGS and name[0] in self.surnames:
                return False
            return tag is not None or name[0] not in self.surnames
        if 2 <= len(name) <= 3 and name[0] not in self.surnames and name[:2] not in \
                _COMPOUND_SURNAMES and all(res.is_cjk(c) for c in name):
            return not (len(name) == 3 and text.endswith(self.titles, 0, s.start)
                        and name[:2] not in res.jieba_dict())
        if len(name) <= 4 and name.endswith(_KINSHIP) and name[0] in self.surnames:
            return True
        if len(name) == 1:
            return not self.surname_person
        if len(name) == 2 and name[0] in _NICKNAME:
            return True
        return len(name) <= 2 and text[s.end : s.end + 2] in _KINSHIP_NEXT


def _family_place(text: str, s: Span) -> Span:
    """徐家窑, 郭家庄 tagged PERSON: surname + 家 + a place's ending (``ner_family_place_ends``)
    names a place after a family, so the span is a LOC."""
    name = text[s.start : s.end]
    if (s.label == "PERSON" and len(name) == 3 and name[1] == _FAMILY
            and name[2] in _FAMILY_PLACE_ENDS):
        return Span(s.start, s.end, "LOC", s.source, s.score)
    return s


def _addressed_person(text: str, s: Span) -> Span:
    """库尔班大叔 with 库尔班 tagged LOC: a name that jieba's dictionary knows as a person's
    (nr, nrt, nrfg), right before a kinship or address form (大叔, 阿姨; ``ner_kinship_after_name``),
    is a PERSON (MSRA tags the name so; a country there stays a place: 日本|大叔 is ns)."""
    if (s.label == "LOC" and s.end - s.start >= 2 and text[s.end : s.end + 2] in _KINSHIP_NEXT
            and res.jieba_dict().get(text[s.start : s.end]) in _NAME_TAGS):
        return Span(s.start, s.end, "PERSON", s.source, s.score)
    return s


def _title_goes_on(text: str, start: int, end: int) -> bool:
    """副委员|长布赫: the title is the start of a longer dictionary word (委员长), so the name
    does not start right after it."""
    words = res.jieba_dict()
    return any(text[j : end + 1] in words for j in range(start, end - 1)) and end < len(text)


def _after_number(text: str, start: int) -> bool:
    """1794部|长片: right after a number the title's first character is a measure word (部, 名,
    位) and the title no title. Arabic digits only: 第一书记 is a title."""
    return start > 0 and text[start - 1].isascii() and text[start - 1].isdigit()


class PersonTitle(RuleComponent):
    def __init__(self, surnames: frozenset[str], titles: tuple[str, ...],
                 byline_roles: tuple[str, ...]) -> None:
        self.surnames = surnames
        self.byline_roles = frozenset(byline_roles)
        self.title_re = re.compile(alternation(sorted({*titles, *byline_roles})))
        res.jieba_dict()

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        return merge(spans, self.find(text, spans))

    def find(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        model_at = {s.start: s for s in spans if s.label == "PERSON"}
        # a title right after a name is that name's (李明同志|光辉的一生): it introduces no name
        name_ends = {s.end for s in spans if s.label == "PERSON"}
        for m in self.title_re.finditer(text):
            byline = m.group() in self.byline_roles
            if (_title_goes_on(text, m.start(), m.end()) or _after_number(text, m.start())
                    or (not byline and m.start() in name_ends)):
                continue
            i = m.end()
            while i < len(text) and text[i] in _BEFORE_NAME:
                i += 1
            while True:
                end = self.name_end(text, i, byline)
                model = model_at.get(i)
                if end < 0 and model is not None:
                    end = model.end
                if end < 0:
                    break
                out.append(Span(i, end, "PERSON", "rule:byline" if byline else "rule:title"))
                if not byline:
                    break
                i = end
                while i < len(text) and text[i] in _BETWEEN_NAMES:
                    i += 1
                if text.startswith(_ITEM_STARTS, i):
                    break
        return out

    def name_end(self, text: str, i: int, delimited: bool) -> int:
        """End of a personal name starting at i, or -1. In bylines names are delimited
        (spaces, 、, brackets), so the whole 2-4 character run is the name."""
        if i >= len(text):
            return -1
        compound = text[i : i + 2] in _COMPOUND_SURNAMES
        if not compound and text[i] not in self.surnames:
            return -1
        # a name has at most 4 characters: looking 5 ahead decides the same as scanning the
        # whole run of CJK characters, which was quadratic on a long run without punctuation
        j, limit = i, min(len(text), i + 5)
        while j < limit and res.is_cjk(text[j]) and text[j] not in _NAME_STOP:
            j += 1
        if delimited:  # a credit mark glued after the name ends it: 刘宇摄), 何加正报道：
            mark = next((m for m in _CREDIT_MARKS if text.endswith(m, i, j) and j - len(m) - i >= 2), "")
            j -= len(mark)
        n = j - i
        words = res.jieba_dict()
        if delimited:
            # 记者今天…, 记者提问: no name when the "surname" starts a dictionary word
            if words.get(text[i : i + 2], "nr") not in _NAME_TAGS:
                return -1
            if 2 <= n <= (4 if compound else 3) and not text[i:j].startswith(_ITEM_STARTS):
                return j
            return -1
        if 2 <= n <= 3 and (j >= len(text) or not res.is_cjk(text[j]) or text[j] in _NAME_STOP):
            # the surname must not start a dictionary word (宣传, 广泛) and the name must not
            # end inside one (刘华|走访); known names (tag nr) are fine
            if words.get(text[i : i + 2], "nr") != "nr":
                return -1
            if j < len(text) and words.get(text[j - 1 : j + 1], "nr") != "nr":
                return -1
            return j
        return -1


@Language.factory("cnnews_person_filter", default_config={
    "lexicons": "", "convention": conventions.PROJECT, "titles": "ner_person_titles"})
def make_person_filter(nlp: Language, name: str, lexicons: str,
                       convention: str, titles: str) -> PersonFilter:
    """``lexicons``: folder with person_surnames.txt (default: the shipped NER model's);
    ``convention``: under ``msra`` a surname alone is a PERSON; ``titles``: a three-character
    name right after one is kept whatever its first character."""
    return PersonFilter(res.surnames(lexicons), conventions.check(convention) == conventions.MSRA,
                        res.words(titles))


@Language.factory("cnnews_person_title", default_config={
    "lexicons": "", "titles": "ner_person_titles", "byline_roles": "byline_roles"})
def make_person_title(nlp: Language, name: str, lexicons: str, titles: str,
                      byline_roles: str) -> PersonTitle:
    """``titles``, ``byline_roles``: word lists (names or .tsv paths). Of the byline roles,
    those written before the names (column 3: before / both; not the credit marks 摄, 图
    that follow them)."""
    roles = tuple(row[0] for row in res.table(byline_roles) if len(row) < 3 or row[2] != "after")
    return PersonTitle(res.surnames(lexicons), res.words(titles), roles)
