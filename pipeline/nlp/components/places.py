"""Place rules from the gazetteer: ``gazetteer``, ``split_chains`` and ``address``.

- ``cnnews_gazetteer``: administrative divisions (all of China to township level, Shanxi to
  village level) -> LOC; it first repairs backend edges that cross a division name.
- ``cnnews_address``: address lists (notices of risk areas) -> one LOC per name between house
  numbers.
- ``cnnews_split_chains``: a LOC that is a chain of places (古交市桃园街道) is split into them.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.hygiene import ADDRESS_NO, COMPOUND_NO, GENERIC_AREA, AdminNames, trim_crossing
from pipeline.nlp.components.spans import RuleComponent, keep_tiling_splits, merge, override
from pipeline.nlp.lexicons import Lexicon
from pipeline.nlp.ner import Span
from pipeline.text import alternation

ADMIN_END = res.words("ner_admin_ends")
_SEGMENT = re.compile(r"[^、,;:。()!?]+")  # a list item: the text between punctuation
_ADDR_STOP = res.word_set("ner_address_stop_chars")
_UNITS = res.table("ner_address_units")
# (?<!...): a match starts only where a run of digits starts; else a long run without a unit is
# tried from every position, quadratic in its length (the same matches, in linear time)
_HOUSE_NO = re.compile(
    r"(?<![0-9])[0-9]+(?:" + alternation([u for u, house in _UNITS if house == "yes"]) + ")"
)
_DIGIT = re.compile("[0-9]")  # every house number holds one
# a day of the month said aloud (23号下午, 5月8号): a date, not a house number
_DAYPARTS = alternation(res.words("dates_dayparts"))
_SPOKEN_DATE = re.compile(r"(?:月[0-9]+号|(?<![0-9])[0-9]+号(?=" + _DAYPARTS + "|前|后|起|晚|当天|至))")
# a flood's or typhoon's serial number (1号洪水, 第2号洪峰): an event, not a house number
_NUMBERED_EVENT = re.compile(r"(?<![0-9])[0-9]+号(?=" + alternation(res.words("ner_numbered_events")) + ")")
# jieba's tags of proper names (a piece the dictionary lacks counts as one too)
_PROPER_TAGS = {"ns", "nr", "nrt", "nrfg", "nz", "j"}
_ZONE_HEADS = res.word_set("ner_zone_heads")
# a count's measure word after a number (5000名|山区): no gazetteer name starts with it there
_COUNT_MEASURES = res.word_set("ner_count_measure_words")
_NUMERAL = frozenset("0123456789零〇一二三四五六七八九十百千万两几多余")
_ZHOU = "州"
_ONE_CHAR_SUFFIX = frozenset(e for e in ADMIN_END if len(e) == 1)
# a division suffix that starts a body's name (市委, 县政府): the government prefix with its body
_GOV_BODY = re.compile(res.pattern("gov_prefix").removesuffix("?"))
# suffixes of county level and below (凤县, 李家村): 区 and 市 also end generic zones (特别行政区)
_LOW_LEVEL_END = ("县", "镇", "乡", "村", "社区", "街道", "旗")
# a leading short form is a city's or county's name without its suffix (宝鸡 of 宝鸡市)
_SHORT_FORM_OF = ("市", "县", "区", "州", "盟")
# suffixes of county-level divisions (榆次区, 镇坪县, 二连浩特市, 准格尔旗)
_COUNTY_LEVEL_END = ("区", "县", "市", "旗")
# jieba's tags of names (and words it does not know are taken for names)
_NAME_TAGS = ("ns", "nr", "nrt", "nrfg", "nt", "nz", "j")
# jieba's tag of a common noun: no place's own name before a suffix (花园 of 长山花园社区)
_COMMON_NOUN = ("n",)
_COMPOUND_LEVEL = ("社区", "街道")  # suffixes of neighbourhoods, named like compounds
# verbs and function words: a stretch holding one is a clause, not a place name
_CLAUSE_TAGS = {"v", "p", "r", "c", "u", "d", "uj", "ul", "ad", "vd"}
_IDIOM = "i"  # jieba's tag of idioms (成语)
_COMPOUND_SURNAMES = res.word_set("ner_compound_surnames")
# last characters of places named like people (张家村, 李家巷, 王庄): no person after a number
_PLACE_END_CHARS = (res.word_set("ner_family_place_ends") | _ONE_CHAR_SUFFIX
                    | {w for w in res.words("places_roadlike_endings") if len(w) == 1})


def gazetteer_spans(gazetteer: Lexicon, text: str) -> list[Span]:
    """Longest gazetteer match at each start, left to right. A short form without its
    suffix (太原, 杂多) must not be glued into a dictionary word with its neighbours
    (复杂多变 contains 杂多): checked with jieba's dictionary at both edges. A full name whose
    one-character suffix starts a dictionary word with the next character (上海市|区, 北京市|长,
    发展乡|镇) names the place without it: its short form, where the gazetteer has one."""
    out = []
    taken = -1
    words = res.jieba_dict()
    for s, e in gazetteer.matches(text):
        if s < taken:
            continue
        name = text[s:e]
        if generic_name(gazetteer, name) or _after_count(text, s):
            continue
        left = s > 0 and text[s - 1 : s + 1] in words
        full = name.endswith(ADMIN_END)
        if not full and (left or (e < len(text) and text[e - 1 : e + 1] in words)):
            continue
        if len(name) == 2 and left:
            continue  # 示|范县, 全|凤县 ...: a one-character name with its suffix is too
            # short to hold against a word the character before starts with it
        if _common_word_before_word(text, s, e, words):
            continue
        if full and s > max(taken, 0) and _starts_inside_word(text, s, e):
            continue  # 鄂西|山区, 永丰|山乡: the name starts inside a word (not right after a
            # place: 晋祠镇|南张村)
        if full and _suffix_glued(text, e, words) and not _place_at(gazetteer, text, e):
            # 上海市|区, 北京市|长: the short form, if any (the suffix starts the next word)
            e -= 1
            name = text[s:e]
            if name not in gazetteer or name.endswith(ADMIN_END):
                continue
        out.append(Span(s, e, "LOC", "gazetteer"))
        taken = e
    return out


def _after_count(text: str, s: int) -> bool:
    """5000名|山区, 多名|…: the name starts with a count's measure word right after a number."""
    return s > 0 and text[s] in _COUNT_MEASURES and text[s - 1] in _NUMERAL


def _common_word_before_word(text: str, s: int, e: int, words: dict[str, str]) -> bool:
    """发展乡|村产业: a division named like a common word (发展, tag vn) whose one-character
    suffix starts a word with the next character (乡村) is that word, not a place; 太原|市民
    keeps 太原市 (a place name before the suffix)."""
    name = text[s:e]
    return (e < len(text) and len(name) >= 3 and text[e - 1 : e + 1] in words
            and words.get(name[:-1], "ns") not in _NAME_TAGS)


def generic_name(gazetteer: Lexicon, name: str) -> bool:
    """A gazetteer entry made of common words only that names a kind of place, not one
    place: a zone (经济|开发区, 高新技术|产业|开发区: ``ner_zone_heads``) or a unit that is one
    dictionary word without a division suffix (种畜场, 农科所). A proper part (a place of the
    gazetteer, a word that jieba's dictionary lacks or tags as a name) makes it a name."""
    pieces = _common_pieces(name)
    return pieces is not None and not any(w in gazetteer for w in pieces[:-1])


@cache
def _common_pieces(name: str) -> tuple[str, ...] | None:
    """The words of a zone or one-word unit name when all are common words, else None."""
    words = res.jieba_dict()
    pieces = tuple(res.jieba_words(name))
    zone = len(pieces) > 1 and pieces[-1] in _ZONE_HEADS
    if not zone and (len(pieces) > 1 or name.endswith(ADMIN_END)):
        return None
    return pieces if all(words.get(w, "ns") not in _PROPER_TAGS for w in pieces) else None


def _suffix_glued(text: str, e: int, words: dict[str, str]) -> bool:
    """Whether a name's one-character division suffix (市, 县, 乡 …) before ``e`` forms a
    common word of the dictionary with the next character (市区, 市长, 县城, 乡镇), unless that
    starts a body's name (市委, 市政府, 县人大: ``gov_prefix``)."""
    glued = text[e - 1 : e + 1]
    if len(glued) < 2 or glued[0] not in _ONE_CHAR_SUFFIX or words.get(glued, "ns") in _PROPER_TAGS:
        return False  # no word, or a name (晋祠镇|南张村: 镇南 is a place)
    body = _GOV_BODY.match(text, e - 1)
    return body is None


def _starts_inside_word(text: str, s: int, e: int) -> bool:
    """Whether the words of the text from a little before ``s`` (longest dictionary match,
    left to right) put a word across ``s``: 鄂西|山区, 示范|县, 永丰|山乡; not 前往|西安市."""
    if text[s - 1 : s + 1] not in res.jieba_dict():
        return False
    pos = max(0, s - 4)
    for w in res.jieba_words(text[pos:e]):
        if pos < s < pos + len(w):
            return True
        pos += len(w)
    return False


def _place_at(gazetteer: Lexicon, text: str, i: int) -> bool:
    """Whether a full division name starts at ``i`` (西安市|长安区: 市长 is no word here)."""
    return any(text[i:j].endswith(ADMIN_END) and text[i:j] in gazetteer
               for j in range(i + 2, min(len(text), i + gazetteer.max_len) + 1))


def _suffixed(name: str) -> bool:
    """A division name with its suffix (古交市, 恩施州); 苏州, 杭州 are city names whose last
    character only looks like the suffix 州 (苏州|园林 is no chain)."""
    return name.endswith(ADMIN_END) and not (len(name) == 2 and name.endswith(_ZHOU))


def split_chain(gazetteer: Lexicon, text: str, s: Span) -> list[Span]:
    """古交市桃园街道腾飞路社区 -> 古交市 / 桃园街道 / 腾飞路社区: split a LOC after each
    leading full administrative name (with its suffix) from the gazetteer, as long as
    a name of at least two characters remains."""
    if s.label != "LOC":
        return [s]
    parts = []
    i = s.start
    while i < s.end:
        cut = -1
        for j in range(min(s.end - 2, i + gazetteer.max_len), i + 1, -1):
            piece = text[i:j]
            if piece in gazetteer and _suffixed(piece):
                cut = j
                break
        if cut < 0:
            break
        parts.append(Span(i, cut, "LOC", s.source, s.score))
        i = cut
    if not parts:
        return _split_short_form(gazetteer, text, s)
    parts.append(Span(i, s.end, "LOC", s.source, s.score))
    return parts


def _split_short_form(gazetteer: Lexicon, text: str, s: Span) -> list[Span]:
    """六安李家村 -> 六安 / 李家村, 宝鸡凤县 -> 宝鸡 / 凤县, 涿州码头镇 -> 涿州 / 码头镇 (a city's
    two-character name ending in 州 is a name, not a suffixed division): a leading short form (from the
    gazetteer, a place name of jieba's dictionary, or a gazetteer name without its suffix:
    宝鸡 of 宝鸡市) and a rest that is a place
    of its own (at least two characters, ending in a county-or-lower suffix, not starting
    with a division suffix: 长治|市郊区 stays)."""
    name = text[s.start : s.end]
    if name in gazetteer:
        return [s]
    for j in range(min(len(name) - 2, 4), 1, -1):
        head, rest = name[:j], name[j:]
        known = (head in gazetteer or res.jieba_dict().get(head) == "ns"
                 or any(head + end in gazetteer for end in _SHORT_FORM_OF))
        suffix = next((e for e in _LOW_LEVEL_END if rest.endswith(e)), "")
        # the rest is a known place (凤县) or has a name of two characters before its suffix
        # (李家村; not 香港|特区, 太平|店村); a community or street named by a common noun
        # (长山|花园社区: a compound named 长山花园, whose stem 花园 names no place alone, even
        # where a community of the gazetteer is called 花园社区) is no place of its own; a
        # county is (三明|清流县, 桂林|资源县: jieba's nouns 清流, 资源)
        stem = rest[: len(rest) - len(suffix)]
        own_name = (rest in gazetteer or len(stem) >= 2) and not (
            suffix in _COMPOUND_LEVEL and res.jieba_dict().get(stem) in _COMMON_NOUN)
        if (known and not _suffixed(head) and all(res.is_cjk(c) for c in rest)
                and ((suffix and own_name and not rest.startswith(ADMIN_END))
                     or _division_rest(gazetteer, rest))):
            return [Span(s.start, s.start + j, "LOC", s.source, s.score),
                    Span(s.start + j, s.end, "LOC", s.source, s.score)]
    return [s]


def _division_rest(gazetteer: Lexicon, rest: str) -> bool:
    """The rest of a chain after a leading short form is a county-level division of the
    gazetteer by its full name of three characters or more (晋中|榆次区: 区 alone ends generic
    zones too, so only a name the gazetteer holds and no zone of common words; 安康|镇坪县: a
    name that starts with a suffix character). Neighbourhoods (长山|花园社区) and villages are
    named like compounds and stay whole; so does a zone named by a common word of jieba's
    dictionary, though some town-level unit of the gazetteer bears it (龙湾|工业园区)."""
    return (len(rest) >= 3 and rest.endswith(_COUNTY_LEVEL_END) and not rest.endswith(_COMPOUND_LEVEL)
            and rest in gazetteer and res.jieba_dict().get(rest, "ns") in _NAME_TAGS
            and not generic_name(gazetteer, rest))


class Gazetteer(RuleComponent):
    def __init__(self, gazetteer: Lexicon) -> None:
        self.gazetteer = gazetteer
        res.jieba_dict()  # load now (at pipeline build) rather than on the first sentence

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        gaz = gazetteer_spans(self.gazetteer, text)
        # a span crossing a full division name has a wrong edge: trim it first
        names = AdminNames(text, gaz, ADMIN_END)
        spans = [t for s in spans for t in trim_crossing(text, s, names)]
        return merge(spans, gaz)


class SplitChains(RuleComponent):
    def __init__(self, gazetteer: Lexicon) -> None:
        self.gazetteer = gazetteer

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        return [p for s in spans for p in split_chain(self.gazetteer, text, s)
                if not (p.label == "LOC" and text.startswith(GENERIC_AREA, p.start))]


class Address(RuleComponent):
    def __init__(self, gazetteer: Lexicon, surnames: frozenset[str] = frozenset()) -> None:
        self.gazetteer = gazetteer
        self.surnames = surnames

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        if _DIGIT.search(text) is None:
            return spans  # no house number, no address (``_is_address``, in one search)
        spans = override(spans, keep_tiling_splits(self.address(text), spans))
        return _businesses_as_places(text, spans)

    def address(self, text: str) -> list[Span]:
        """In a list item with house numbers, each stretch of name between numbers is a
        place, and leading divisions are split off: 义井街20号太化公司小区3号楼 -> 义井街 /
        太化公司小区. The model, trained on prose, gets these edges wrong."""
        out: list[Span] = []
        for seg in _SEGMENT.finditer(text):
            a, b = seg.span()
            if not _is_address(text, a, b) or self.numbered_person(text[a:b]):
                continue  # prose around a number (58号院就放心交给我们…) is not an address
            k = a
            for m in [*ADDRESS_NO.finditer(text, a, b), None]:
                end = m.start() if m is not None else b
                piece = text[k:end]
                if len(piece) >= 2 and all(res.is_cjk(c) for c in piece) and not _clause(piece):
                    whole = Span(k, end, "LOC", "rule:address")
                    out.extend(split_chain(self.gazetteer, text, whole))
                if m is None:
                    break
                if m.group().endswith(COMPOUND_NO):
                    out.append(Span(m.start(), m.end(), "LOC", "rule:address"))
                k = m.end()
        return out

    def numbered_person(self, item: str) -> bool:
        """A list item that ends with a number and a person's name (队员4号张某、5号李某: shirt
        or contestant numbers) is no address: one number, no place name before it (an address
        names its street first), and after it a surname and one or two characters, no place."""
        numbers = list(ADDRESS_NO.finditer(item))
        if len(numbers) != 1:
            return False
        lead, name = item[: numbers[0].start()].strip(), item[numbers[0].end():].strip()
        if not (2 <= len(name) <= 3 and name not in self.gazetteer and name[-1] not in _PLACE_END_CHARS):
            return False
        surname = name[0] in self.surnames or name[:2] in _COMPOUND_SURNAMES
        return surname and (lead == "" or _common_words(lead))


def _businesses_as_places(text: str, spans: list[Span]) -> list[Span]:
    """An ORG that ends an item of a list of addresses (at least two items hold house
    numbers: …299号龙城快捷酒店、晋祠镇南张村大众饭店、…) is named as a place: LOC (the gold
    convention: businesses mentioned only as locations are LOC)."""
    if not any(s.label == "ORG" for s in spans):
        return spans
    items = [m.span() for m in _SEGMENT.finditer(text)]
    if sum(_is_address(text, a, b) for a, b in items) < 2:
        return spans
    listed = {b for a, b in items if text[b : b + 1] == "、" or text[a - 1 : a] == "、"}
    return [Span(s.start, s.end, "LOC", s.source, s.score)
            if s.label == "ORG" and s.end in listed else s for s in spans]


def _is_address(text: str, a: int, b: int) -> bool:
    """A list item with a house number that is no spoken date or event's number (1号洪水), and
    no prose stop character."""
    dates = [m.span() for rx in (_SPOKEN_DATE, _NUMBERED_EVENT) for m in rx.finditer(text, a, b)]
    tags = res.jieba_dict()
    # …7号下调…: a number followed by a verb is a day, not a house
    numbers = [m for m in _HOUSE_NO.finditer(text, a, b)
               if not any(x <= m.start() < y or x < m.end() <= y for x, y in dates)
               and tags.get(text[m.end() : m.end() + 2]) not in _CLAUSE_TAGS]
    return bool(numbers) and not any(c in _ADDR_STOP for c in text[a:b])


def _common_words(piece: str) -> bool:
    """Every jieba word of the stretch is a word of its dictionary and none a name (队员, 首发是)."""
    tags = res.jieba_dict()
    return all(tags.get(w, "x") not in _PROPER_TAGS | {"x"} for w in res.jieba_words(piece))


def _clause(piece: str) -> bool:
    """A stretch between numbers that holds a verb or function word is prose, not a name; so
    is one holding a four-character idiom (…教室内|座无虚席; 攀枝花, tagged an idiom too, has
    three characters)."""
    tags = res.jieba_dict()
    return any(len(w) > 1 and (tags.get(w) in _CLAUSE_TAGS
                               or (len(w) == 4 and tags.get(w) == _IDIOM))
               for w in res.jieba_words(piece))


@Language.factory("cnnews_gazetteer", default_config={"lexicons": ""})
def make_gazetteer(nlp: Language, name: str, lexicons: str) -> Gazetteer:
    """``lexicons``: folder with gazetteer.txt (default: the shipped NER model's)."""
    return Gazetteer(res.gazetteer(lexicons))


@Language.factory("cnnews_split_chains", default_config={"lexicons": ""})
def make_split_chains(nlp: Language, name: str, lexicons: str) -> SplitChains:
    return SplitChains(res.gazetteer(lexicons))


@Language.factory("cnnews_address", default_config={"lexicons": ""})
def make_address(nlp: Language, name: str, lexicons: str) -> Address:
    return Address(res.gazetteer(lexicons), res.surnames(lexicons))
