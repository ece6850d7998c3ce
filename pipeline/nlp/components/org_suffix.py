"""``cnnews_org_suffix``: organizations by their head (…委员会, …局, …党支部, …医院, …中学, short
forms like 十三中) -> ORG, one span including any places inside (the gold convention).

A head (``ner_org_heads.tsv``) counts only when its name is anchored on the left by a place or
organization already found, a government prefix at a boundary (市, 省委 …) or a number
(6904厂): generic units (社区党支部, 消杀工作队) are not annotated. The span runs from the
anchor's start and replaces what it contains (outermost span).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import pairwise

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.org_heads import direct_heads, org_head_regex
from pipeline.nlp.components.spans import RuleComponent, merge
from pipeline.nlp.ner import Span
from pipeline.text import alternation

_STOP = res.word_set("ner_name_stop_chars")
_GAP_STOP = res.word_set("ner_gap_stop_chars")
# jieba POS tags that cannot be inside an organization's name
_GAP_BAD = {"v", "p", "r", "c", "u", "d", "uj", "ul", "ad", "vd", "q", "f", "t"}
_GAP_VERB = {"v", "p", "r", "c", "d", "ad", "vd"}
_GAP_ONE_VERB = {"v", "p"}
_NAME_TAGS = {"nt", "ns", "nz", "nr", "nrt", "nrfg", "j"}
# jieba's tags of the words that describe a kind of body (汽车, 私人, 大, 独资): nouns,
# adjectives, distinguishing words, verbal nouns (not a verb: 江西|开放大学 is a name)
_KIND_TAGS = {"n", "a", "an", "b", "vn"}
_GOV_PREFIX = re.compile(res.pattern("gov_prefix"))
_GOV_SHORT = re.compile(res.pattern("gov_short"))
_SCHOOL_SHORT = re.compile(res.pattern("school_short"))
_MEDIA_SITE = re.compile(res.pattern("media_site"))
_SERVICES = re.compile(alternation(res.words("ner_service_bodies")))
_BODIES = re.compile("(?:" + alternation(res.words("ner_national_bodies")) + ")"
                     + res.pattern("org_head_end"))
_ENTERPRISES = re.compile("(?:" + alternation(res.words("ner_state_enterprises")
                                                + res.words("ner_foreign_movements")) + ")"
                          + res.pattern("org_head_end"))
# 委: a committee; a government prefix ending in it (市委) anchors any head, and may share
# its last character with a head that starts with it (市委|员会 is read 市|委员会)
_COMMITTEE = "委"
_GOVERNMENT = "政府"
SOURCE = "rule:org_suffix"


def org_gap(gap: str, direct: bool) -> bool:
    """The name between an anchor and an ORG head: empty only for heads that attach
    directly; no stop characters, verbs, pronouns (…据新华社, …经营着一家…公司)."""
    if not gap:
        return direct
    if len(gap) > 8 or not all(res.is_cjk(c) and c not in _STOP and c not in _GAP_STOP
                               for c in gap):
        return False
    words = res.jieba_dict()
    pieces = res.jieba_words(gap)
    if any(len(w) > 1 and words.get(w) in _GAP_BAD for w in pieces):
        return False
    # a one-character verb after a word: 江西老区|建|学校 (not 县|发改委: 发 改 abbreviate)
    if any(len(a) > 1 and words.get(b) in _GAP_ONE_VERB for a, b in pairwise(pieces)):
        return False
    # a verb inside a longer dictionary word that is no name (积极探索: 探索; not 统计局,
    # an organization's name with 统计 in it)
    return not any(words.get(w[i : i + 2]) in _GAP_VERB for w in pieces
                   if len(w) > 2 and words.get(w) not in _NAME_TAGS
                   for i in range(len(w) - 1))


def _gov_prefix_start(text: str, hs: int, head: str, direct: bool) -> int:
    """Start of a government prefix at a boundary before the head at ``hs`` (市工信局,
    省人民医院, 区党工委), or -1."""
    for i in range(max(0, hs - 8), hs + 1):
        if i > 0 and text[i - 1] not in _STOP and res.is_cjk(text[i - 1]):
            continue
        g = _GOV_PREFIX.match(text, i)
        if g and _starts_a_word(text, g):
            continue
        if (g and g.end() <= hs + (1 if head[0] in _COMMITTEE else 0)
                and org_gap(text[g.end() : hs], direct or _COMMITTEE in g.group())):
            return i
    return -1


def _starts_a_word(text: str, g: re.Match[str]) -> bool:
    """A one-character prefix that starts a common word with the next character is that
    word (区|域养老服务中心 is 区域…, 市|民服务中心 is 市民…), not a government's level."""
    word = text[g.start() : g.start() + 2]
    return (len(g.group()) == 1 and len(word) == 2
            and res.jieba_dict().get(word, "ns") not in _NAME_TAGS)


class OrgSuffix(RuleComponent):
    def __init__(self, heads: re.Pattern[str], direct: frozenset[str],
                 governments: bool = True, split_kept: tuple[str, ...] | None = None) -> None:
        self.heads = heads
        self.direct = direct
        # MSRA's convention: the network's LOC + ORG pair stays split unless the ORG ends in
        # one of these heads (enterprises; ner_msra_joined_heads); None: always joined
        self.split_kept = split_kept
        # 县政府 alone, 排龙乡|政府: ORG in the gold guidelines, untagged in MSRA (89 of 99
        # place + 政府 in MSRA train are a LOC and nothing)
        self.governments = governments
        res.jieba_dict()

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        found = self.find(text, spans)
        if self.split_kept is not None:
            # a state enterprise's name (ner_state_enterprises) is a name, never a description
            found = [f for f in found if _ENTERPRISES.match(text, f.start) or not (
                self.network_split(text, f, spans) or _described(text, f, spans))]
        return merge(spans, found, outermost=True)

    def network_split(self, text: str, found: Span, spans: list[Span]) -> bool:
        """MSRA: ``found`` covers exactly a LOC and the ORG right after it (宝鸡市 +
        蔡家坡中医眼科医院), an ORG that is no enterprise: the network's split stands."""
        inside = [s for s in spans if found.start <= s.start and s.end <= found.end]
        return (len(inside) == 2 and [s.label for s in inside] == ["LOC", "ORG"]
                and inside[0].start == found.start and inside[0].end == inside[1].start
                and inside[1].end == found.end
                and not text.endswith(self.split_kept or (), found.start, found.end))

    def find(self, text: str, spans: list[Span]) -> list[Span]:
        anchors = _Anchors(s for s in spans if s.label in ("LOC", "ORG"))
        out: list[Span] = []
        for m in self.heads.finditer(text):
            if not self.governments and m.group() == _GOVERNMENT:
                continue
            start = self._start(text, m, anchors)
            if start >= 0:
                out.append(Span(start, m.end(), "ORG", SOURCE))
                anchors.add(out[-1])  # it anchors the next head: 6904厂|党委, 市统计局|机关党支部
        if self.governments:
            out.extend(Span(m.start(), m.end(), "ORG", SOURCE) for m in _GOV_SHORT.finditer(text))
        out.extend(_schools(text, [s for s in spans if s.label == "LOC"]))
        # news websites by their dateline (央视网消息, 中新网讯): abbreviated media bodies
        out.extend(Span(m.start(1), m.end(1), "ORG", SOURCE) for m in _MEDIA_SITE.finditer(text))
        out.extend(_national_bodies(text, _BODIES))
        out.extend(_place_services(text, [s for s in spans if s.label == "LOC"]))
        # enterprises stay apart from their neighbours: 中国电信|中国联通 are two
        return _join(out) + _enterprises(text, spans)

    def _start(self, text: str, m: re.Match[str], anchors: _Anchors) -> int:
        """Where the organization whose head is ``m`` starts, or -1 (no anchor)."""
        hs = m.start()
        direct = m.group() in self.direct
        # nearest anchor to the left, if its end is connected to the head by name chars
        a = anchors.nearest_before(hs)
        if a is not None:
            gap = text[a.end : hs]
            if org_gap(gap, direct) and not (a.label == "ORG" and _starts_with_verb(gap)):
                return a.start
        start = _gov_prefix_start(text, hs, m.group(), direct)
        if start < 0 and direct:
            d = re.search(r"\d{3,}$", text[max(0, hs - 8) : hs])
            if d:
                start = hs - len(d.group())
        return start


def _described(text: str, found: Span, spans: list[Span]) -> bool:
    """MSRA: the network tagged only the place at its start and common nouns, adjectives or
    distinguishing words of jieba's follow it up to the head (美国|独资公司, 中国|厂家): a
    description of a kind of body, no name (a word jieba lacks or tags as a name, or a verb,
    makes a name: 美国|宾士域公司, 江西|开放大学; MSRA train_minus_dev: +39 right, 1 lost)."""
    inside = [s for s in spans if found.start <= s.start and s.end <= found.end]
    if len(inside) != 1 or inside[0].label != "LOC" or inside[0].start != found.start:
        return False
    words = res.jieba_words(text[inside[0].end : found.end])
    tags = res.jieba_dict()
    return len(words) > 1 and all(tags.get(w) in _KIND_TAGS for w in words[:-1])


def _starts_with_verb(gap: str) -> bool:
    """国家消防救援局|启动消防救援|队: after a whole organization a (verbal) verb starts a
    clause, where a unit's name (机关党支部, 静游镇派出所) starts with a noun or a place."""
    words = res.jieba_words(gap)
    return bool(words) and len(words[0]) > 1 and res.jieba_dict().get(words[0]) in ("v", "vn")


class _Anchors:
    """LOC and ORG spans sorted by start (ties in the order they came), so the one nearest
    to the left of a head is found by bisection, not by sorting every anchor for every head
    (which made pages dense with names quadratic)."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.items = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.items]

    def add(self, span: Span) -> None:
        i = bisect_right(self.starts, span.start)
        self.items.insert(i, span)
        self.starts.insert(i, span.start)

    def nearest_before(self, pos: int) -> Span | None:
        """The anchor lying wholly before ``pos`` with the largest start (of equal starts,
        the first that came), skipping those that start before ``pos`` but run past it."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            first = bisect_left(self.starts, self.starts[i])
            for a in self.items[first : i + 1]:
                if a.end <= pos:
                    return a
            i = first - 1
        return None


def _schools(text: str, places: list[Span]) -> list[Span]:
    """十三中, 古交|一中: one numeral only after a place (统一中国 …)."""
    ending_at: dict[int, Span] = {}
    for place in places:
        ending_at.setdefault(place.end, place)
    out = []
    for m in _SCHOOL_SHORT.finditer(text):
        anchor = ending_at.get(m.start())
        if anchor is not None:
            out.append(Span(anchor.start, m.end(), "ORG", SOURCE))
        elif len(m.group(1)) >= 2:
            out.append(Span(m.start(), m.end(), "ORG", SOURCE))
    return out


def _national_bodies(text: str, names: re.Pattern[str]) -> list[Span]:
    """总台, 国家防总, 外汇局 (``ner_national_bodies``): one body wherever they stand, unless a
    word the segmenter keeps whole crosses an edge (中央视察 holds no 央视)."""
    return [Span(a, b, "ORG", SOURCE) for a, b in (m.span() for m in names.finditer(text))
            if not _edge_crossed(text, a, b)]


def _enterprises(text: str, spans: list[Span]) -> list[Span]:
    """国家电网, 中国石化, 农业银行, 中储粮 (``ner_state_enterprises``), 哈马斯, 胡塞武装
    (``ner_foreign_movements``): one body wherever they stand, also where the network tagged
    exactly it as a place or person; a name of four characters or more even where a dictionary
    word crosses an edge (记者从|中国石油, 提出|国家电网, 中国宝武|力争: the bigram test reads 从中,
    出国, 武力 there), a three-character one only at word edges. An ORG right after one, or after places right
    after one, is its subsidiary or department: one ORG with it (国家电网 + 某省 + 某市供电公司)."""
    by_start = {s.start: s for s in spans if s.label in ("LOC", "ORG")}
    return [Span(a, _subsidiary_end(b, by_start), "ORG", SOURCE)
            for a, b in (m.span() for m in _ENTERPRISES.finditer(text))
            if b - a >= 4 or not _edge_crossed(text, a, b)]


def _subsidiary_end(b: int, by_start: dict[int, Span]) -> int:
    """Where the ORG that follows at ``b``, over any places in a row, ends; else ``b``."""
    pos = b
    while pos in by_start and by_start[pos].label == "LOC":
        pos = by_start[pos].end
    nxt = by_start.get(pos)
    return nxt.end if nxt is not None and nxt.label == "ORG" else b


def _edge_crossed(text: str, a: int, b: int) -> bool:
    """A two-character word of the segmenter's dictionary crosses ``a`` or ``b``."""
    words = res.jieba_dict()
    return (a > 0 and text[a - 1 : a + 1] in words) or text[b - 1 : b + 1] in words


def _place_services(text: str, places: list[Span]) -> list[Span]:
    """陕西|消防, 济南|交警 (``ner_service_bodies``): a place's service, one ORG, unless the
    short name starts a longer word (公安局: a head's business) or a noun follows it
    (消防|队伍, 公安|工作: a description)."""
    words = res.jieba_dict()
    out = []
    for a in places:
        m = _SERVICES.match(text, a.end)
        if a.label != "LOC" or m is None or not _place_name(text, a):
            continue
        nxt = res.jieba_words(text[m.end() : m.end() + 4])[:1]
        tag = words.get(nxt[0], "") if nxt and len(nxt[0]) > 1 else ""
        if text[m.start() : m.end() + 1] in words or tag.startswith("n") or tag == "vn":
            continue
        out.append(Span(a.start, m.end(), "ORG", SOURCE))
    return out


def _place_name(text: str, a: Span) -> bool:
    """A division's name (found by the gazetteer, or a place name of jieba's dictionary),
    not a facility (首都机场|海关: MSRA tags the airport LOC and leaves the customs)."""
    return a.source == "gazetteer" or res.jieba_dict().get(text[a.start : a.end]) == "ns"


def _join(found: list[Span]) -> list[Span]:
    """Overlapping or adjacent ORG pieces are one name: 市统计局 + 机关党支部."""
    merged: list[Span] = []
    for s in sorted(found, key=lambda x: (x.start, -x.end)):
        if merged and s.start <= merged[-1].end:
            if s.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, s.end, "ORG", s.source)
            continue
        merged.append(s)
    return merged


@Language.factory("cnnews_org_suffix",
                  default_config={"heads": "ner_org_heads", "convention": conventions.PROJECT,
                                  "joined_heads": "ner_msra_joined_heads"})
def make_org_suffix(nlp: Language, name: str, heads: str, convention: str,
                    joined_heads: str = "ner_msra_joined_heads") -> OrgSuffix:
    """``heads``: the organization heads (a list name or a .tsv path, see ner_org_heads.tsv);
    ``convention``: under ``msra`` a government is no ORG, alone (县政府) or after its place
    (排龙乡政府), and a place the network tags before a body it tags stays apart unless the
    body is an enterprise (``joined_heads``)."""
    msra = conventions.check(convention) == conventions.MSRA
    return OrgSuffix(org_head_regex(heads), direct_heads(heads), not msra,
                     res.words(joined_heads) if msra else None)
