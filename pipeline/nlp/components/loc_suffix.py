"""``cnnews_loc_suffix``: named roads, streets, communities, compounds (…路, …街, …社区, …小区,
…村) -> LOC, the name's left edge found by stop characters and neighbouring entities.

Four cases: a river jieba's dictionary knows by name (a place word of three characters ending
in 河 or 江, not a kind of river: ``ner_river_kinds``) is a LOC where the model passed it over
and jieba's segmentation of its neighbourhood keeps it whole (issue 11, round 8: river names
missed, 11 in 5 stories of the round's samples read whole); a LOC already found stops right
before a place suffix (万家寨|小区, 西华门|街) -> extend it; a bare name before a strong suffix
(某某苑小区) whose left edge is a clear boundary and which contains no verb, pronoun or function word by
jieba's dictionary; streets in lists (建设路、光明中街、人民路), bounded by punctuation or a direction.
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.hygiene import GENERIC_AREA
from pipeline.nlp.components.spans import RuleComponent, merge
from pipeline.nlp.ner import Span
from pipeline.text import alternation

_STOP = res.word_set("ner_name_stop_chars")
_GENERIC_LOC_HEAD = res.word_set("ner_generic_place_words")
_LONG_GENERIC = tuple(g for g in _GENERIC_LOC_HEAD if len(g) >= 2)
_LOC_EXT = re.compile("(?:" + alternation(res.words("ner_loc_extensions")) + ")")
_NOT_PLACE_AFTER = res.word_set("ner_after_place_suffix_chars")
_LIST_STREET = re.compile(res.pattern("list_street"))
_STREET_AT = re.compile(res.pattern("street_at"))
_COMMON_ROADS = res.word_set("ner_common_road_words")
_LEAD_VERBS = res.word_set("ner_lead_verbs")
_LIST_JOIN = res.word_set("ner_list_joins")
_LIST_AFTER = res.words("ner_list_after")
_RIVER_ENDS = ("河", "江")
_RIVER_LEN = 3  # longer ns words ending so include idioms (信口开河) and pairs (长江黄河)
_PLACE_TAG = "ns"
_ORG_COMPOUND = "小区"  # 太化公司|小区: a compound named by an organization
# jieba POS tags that are no part of a name: verbs, prepositions, pronouns, adverbs, ...
_LIST_BAD = {"v", "p", "r", "c", "u", "d", "uj", "ul", "ad", "vd"}
_BAD_TAGS = {"v", "vn", "p", "r", "d", "c", "u", "b", "ad", "vd", "f", "t", "q", "y", "e", "o",
             "zg", "ul", "uj", "uz", "ug", "uv", "a"}
_CN_NUM = set("一二三四五六七八九十两几百千万")


class LocSuffix(RuleComponent):
    def __init__(self, suffixes: tuple[tuple[str, ...], ...],
                 river_kinds: frozenset[str] = frozenset()) -> None:
        """``suffixes``: rows (strong suffix, longest name before it); ``river_kinds``: words
        for kinds of river, no river's name."""
        self.max_name = {row[0]: int(row[1]) for row in suffixes}
        self.strong = re.compile("(?:" + alternation(list(self.max_name)) + ")")
        rivers = [w for w, tag in res.jieba_dict().items() if tag == _PLACE_TAG
                  and len(w) == _RIVER_LEN and w.endswith(_RIVER_ENDS) and w not in river_kinds]
        self.rivers = re.compile("(?:" + alternation(rivers) + ")") if rivers else None

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        found = [*self.extended(text, spans), *self.before_strong(text, spans),
                 *self.list_items(text, spans), *self.known_rivers(text, spans)]
        return merge(spans, [x for x in found if not text.startswith(GENERIC_AREA, x.start)])

    def extended(self, text: str, spans: list[Span]) -> list[Span]:
        """A LOC followed by up to two place suffixes; an ORG followed by 小区."""
        out: list[Span] = []
        for s in spans:
            if s.label == "ORG" and text.startswith(_ORG_COMPOUND, s.end):
                out.append(Span(s.start, s.end + len(_ORG_COMPOUND), "LOC", "rule:loc_suffix"))
                continue
            if s.label != "LOC" or s.end - s.start < 2:
                continue  # 冀|地区: a one-character abbreviation is extended by no suffix
            e = s.end
            for _ in range(2):
                m = _LOC_EXT.match(text, e)
                if not m or (m.end() < len(text) and text[m.end()] in _NOT_PLACE_AFTER):
                    break
                if len(m.group()) == 1 and (text[m.start() : m.end() + 1] in res.jieba_dict()
                                            or text[m.start() - 1 : m.end()] in res.jieba_dict()):
                    break  # 中国|市场, 小金县|乡村: the suffix starts another word; 上海市|区,
                    # 发展乡|镇: it ends one with the name's last character (市区, 乡镇)
                e = m.end()
            if e > s.end:
                out.append(Span(s.start, e, "LOC", "rule:loc_suffix"))
        return out

    def known_rivers(self, text: str, spans: list[Span]) -> list[Span]:
        """A river jieba knows by name, outside every span, a whole word of jieba's
        segmentation of its neighbourhood (not 的大|清河)."""
        if self.rivers is None:
            return []
        out: list[Span] = []
        for m in self.rivers.finditer(text):
            if any(s.start < m.end() and m.start() < s.end for s in spans):
                continue
            a = max(0, m.start() - 4)
            pos, bounds = a, set()
            for w in res.jieba_cut(text[a : m.end() + 2]):
                bounds.add((pos, pos + len(w)))
                pos += len(w)
            if (m.start(), m.end()) in bounds:
                out.append(Span(m.start(), m.end(), "LOC", "rule:loc_suffix"))
        return out

    def before_strong(self, text: str, spans: list[Span]) -> list[Span]:
        """A bare name before a strong suffix, back to a stop character or an entity's end."""
        out: list[Span] = []
        ends = {s.end for s in spans}
        for m in self.strong.finditer(text):
            e = m.end()
            if e < len(text) and text[e] in _NOT_PLACE_AFTER:
                continue  # 村长, 社区居委会, 街道办, 社区党支部 are not the place itself
            i = m.start()
            limit = self.max_name.get(m.group(), 5)
            while i > 0 and m.start() - i < limit:
                c = text[i - 1]
                if c in _STOP or i in ends or not (res.is_cjk(c) or c.isdigit()):
                    break
                i -= 1
            name = text[i : m.start()]
            if len(name) >= 2 and _name_like(name):
                out.append(Span(i, e, "LOC", "rule:loc_suffix"))
        return out

    def list_items(self, text: str, spans: list[Span]) -> list[Span]:
        """Roads and streets in lists: 建设路、光明中街、人民路 -- bounded by punctuation."""
        out: list[Span] = []
        loc_ends = [x.end for x in spans if x.label == "LOC"]
        matches = [*_LIST_STREET.finditer(text)]
        matches += [m for e in loc_ends if (m := _STREET_AT.match(text, e))]
        for m in matches:
            start = _list_item_start(text, m.start(1), m.end(1) - len(m.group(2)))
            if start is None:
                continue
            if text[m.end(1) - 2 : m.end(1)] in _COMMON_ROADS:
                continue
            # only in a real list or before a direction: X路以东、Y街与Z路交叉口
            before = text[start - 1 : start] if start else ""
            after = text[m.end(1) : m.end(1) + 3]
            if before not in _LIST_JOIN and not after.startswith(_LIST_AFTER):
                continue
            out.append(Span(start, m.end(1), "LOC", "rule:loc_suffix"))
        return out


def _list_item_start(text: str, start: int, head: int) -> int | None:
    """Where a list item's name starts: a leading verb or preposition is context, not name
    (前往|金兴小区); None when what remains is no name."""
    words = res.jieba_words(text[start:head])
    tags = res.jieba_dict()
    while words and len(words[0]) > 1 and (tags.get(words[0]) in _LIST_BAD
                                           or words[0] in _LEAD_VERBS):
        start += len(words[0])
        words = words[1:]
    name = "".join(words)
    if len(name) < 2 or any(len(w) > 1 and tags.get(w) in _LIST_BAD for w in words):
        return None
    if name in _GENERIC_LOC_HEAD:
        return None
    return start


def _name_like(name: str) -> bool:
    """A name before a place suffix: no generic head, no verb, pronoun or function word."""
    if name in _GENERIC_LOC_HEAD or name.startswith(_LONG_GENERIC):
        return False
    if name.isdigit():
        return len(name) >= 3  # 6904社区; not 3社区
    if any(c.isdigit() for c in name):
        return False  # a number and its measure word or a date (40余座|水库, 10月|水库)
    for w in res.jieba_words(name):
        tag = res.jieba_dict().get(w)
        # single directional / numeral characters are normal in names (光明中街, 八一路)
        if tag in _BAD_TAGS and not (len(w) == 1 and tag in ("m", "f")):
            return False
        if tag == "m" and (any(c in _CN_NUM for c in w) or len(w) > 1):
            return False  # a numeral or an ordinal word (首次|水库, 多次)
    return True


@Language.factory("cnnews_loc_suffix", default_config={"suffixes": "ner_loc_strong_suffixes",
                                                      "river_kinds": "ner_river_kinds"})
def make_loc_suffix(nlp: Language, name: str, suffixes: str, river_kinds: str) -> LocSuffix:
    """``suffixes``: the strong place suffixes; ``river_kinds``: kinds of river (list names or
    .tsv paths)."""
    return LocSuffix(res.table(suffixes), res.word_set(river_kinds))
