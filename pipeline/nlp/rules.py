"""Rule components that run after the NER model, and the overlap resolution between them.

Each component proposes spans on the (normalized) sentence; ``RuleSet.apply`` merges them with
the model's spans. Rules are stronger than a model trained on 1998 national news where the
local paper's vocabulary is closed or formulaic:

- ``gazetteer``: administrative divisions (all of China to township level, Shanxi to village
  level) -> LOC.
- ``loc_suffix``: named roads, streets, communities, compounds (…路, …街, …社区, …小区, …村)
  -> LOC, the name's left edge found by stop characters and neighbouring entities.
- ``org_suffix``: organization heads (…委员会, …局, …党支部, …医院, …中学, short forms like
  十三中) -> ORG, one span including any places inside (the gold convention).
- ``person_title``: names in bylines and after titles (记者, 通讯员, 书记, 主任, 党员 …) -> PERSON.
- ``split_chains``: a model LOC that is a chain of places (古交市桃园街道) is split into its
  places; ``person_filter``: surname + kinship / nickname forms (樊阿姨, 刘哥) and 2-3
  character "names" that start with no surname are dropped as PERSON.

Overlaps: an ORG from ``org_suffix`` that contains other spans replaces them (outermost span);
otherwise model spans win over rule spans they overlap, except that rule spans strictly
containing a model span of the same label replace it (they complete a truncated name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

from pipeline.nlp.lexicons import Lexicon, read_list
from pipeline.nlp.ner import Span

# Pipeline order: the gazetteer first (it also repairs model edges that cross a division
# name), then address lists, then filters and splits of model spans, then the proposers.
COMPONENTS = ("gazetteer", "address", "person_filter", "split_chains", "person_title", "org_suffix",
              "loc_suffix")

# Characters that cannot be inside a place or organization name: function words, verbs and
# measure words that typically stand right before one (家住|惠泽苑小区, 来到|光华街社区).
_STOP = set(
    "的在了和与及到是对为把被从向给住于将等由至、,。;:!?“”\"'()《》 　在是有这那其各每该本全"
    "又也都还就而或但并即其共同以及由往赴来去进出入回前往位于地处内"
)
_GENERIC_LOC_HEAD = {
    "居民", "老旧", "封控", "辖区", "各个", "整个", "这个", "那个", "所在", "周边", "附近",
    "管控", "城中", "农村", "城市", "全市", "全区", "全省", "全县", "本市", "该", "涉疫",
    "高风险", "中风险", "低风险", "风险", "隔离", "重点", "一个", "多个", "各", "全", "新",
}
_ADMIN_END = ("省", "市", "区", "县", "镇", "乡", "街道", "村", "社区", "旗", "州")
# address numbers are not part of a name: 义井街|20号|太化公司小区|3号楼
_ADDRESS_NO = re.compile(r"[0-9A-Za-z]+(?:号楼|号院|号|单元|栋|幢|层|室|区|期)")
_GENERIC_AREA = ("管控区", "封控区", "防范区", "高风险", "中风险", "低风险", "隔离区", "辖区",
                 "居民区", "城区", "郊区", "小区", "社区")
_GENERIC_UNIT = ("社区", "小区", "街道", "我们", "本单位", "该", "各")
_GENERIC_ORG = {"党支部", "党委", "党总支", "小分队", "工作队", "志愿队", "服务队", "居委会",
                "村委会", "办公室", "指挥部", "领导小组", "支部", "党组织"}
_SEGMENT = re.compile(r"[^、,;:。()!?]+")
_ADDR_STOP = set("的了是在就给把被对向我你他她们这那有也都还说要会能将")
_HOUSE_NO = re.compile(r"[0-9]+(?:号楼|号|单元|栋|幢)")
_LOC_END = ("社区", "小区", "街道", "村", "镇", "乡")
_LOC_EXT = re.compile(r"(?:小区|社区|街道|大街|街|路|苑|村|镇|乡|区|县|市)")
_LIST_STREET = re.compile(
    r"(?:^|(?<=[、,;:(与和及至到在往住于]))((?:(?![的了是在和与及等])[\u4e00-\u9fff0-9]){1,5}"
    r"(路|街|巷|大道|小区|宿舍|社区))"
    r"(?=$|[、,;。)与和及]|等|一带|沿线|以[东南西北]|交叉口|路口)")
# the same item directly after a place: 杏花岭区|三墙路以东
_STREET_AT = re.compile(
    r"((?:(?![的了是在和与及等])[\u4e00-\u9fff0-9]){1,5}(路|街|巷|大道|小区|宿舍|社区))"
    r"(?=$|[、,;。)与和及]|等|一带|沿线|以[东南西北]|交叉口|路口)")
_GAP_STOP = set("据着上下里内外向对从给把被将以两几各某该此")
_GAP_BAD = {"v", "p", "r", "c", "u", "d", "uj", "ul", "ad", "vd", "q", "f", "t"}
# words ending in 路 / 街 that are no road names (铁路, 思路 …); not 一路 (五一路)
_COMMON_ROADS = {"铁路", "公路", "道路", "线路", "马路", "思路", "出路", "销路", "门路", "网路",
                 "水路", "陆路", "航路", "电路", "回路", "老路", "新路", "弯路", "近路", "退路",
                 "活路", "生路", "后路", "套路", "走路", "上路", "上街", "逛街"}
_LEAD_VERBS = {"前往", "来到", "赶到", "走进", "深入", "进入", "位于", "家住", "住在", "回到",
               "到达", "赶赴", "奔赴", "包括", "涉及", "途经"}
_LIST_JOIN = {"、", "与", "和", "及", "至"}
_LIST_AFTER = ("、", "与", "和", "及", "等", "以东", "以西", "以南", "以北", "交叉口", "路口", "一带",
               "沿线")
_LIST_BAD = {"v", "p", "r", "c", "u", "d", "uj", "ul", "ad", "vd"}
_LOC_STRONG = re.compile(r"(?:小区|社区|街道|大街|新村|家园|花园)")
_BAD_TAGS = {"v", "vn", "p", "r", "d", "c", "u", "b", "ad", "vd", "f", "t", "q", "y", "e", "o",
             "zg", "ul", "uj", "uz", "ug", "uv", "a"}
_CN_NUM = set("一二三四五六七八九十两几百千万")
_GOV_SHORT = re.compile(r"(?<![社城地辖小街园景郊矿都超门夜股全本该各])"
                        r"(?:中共中央|党中央|国务院|(?:省|市|区|县)(?:委|政府|人大|政协|纪委|卫健委))"
                        r"(?![\u4e00-\u9fff]{0,0}[会员])")
_LOC_SUFFIX = re.compile(r"(?:小区|社区|街道|家园|花园|新村|大街|大道|路|街|巷|村|院|苑|公寓)")
_LOC_MAXNAME = {"小区": 7, "社区": 6, "街道": 5, "村": 4, "路": 5, "街": 5, "大街": 4,
                "大道": 4, "巷": 4, "院": 5, "苑": 5, "家园": 5, "花园": 5, "新村": 4, "公寓": 5}
# Suffixes that need a name before them to be a LOC and that alone are common words:
# 院 and 苑 only after a number/号 or a name that the gazetteer or model already knows.
_WEAK_LOC = {"院", "苑", "路", "街", "村", "巷"}

_ORG_SUFFIX = re.compile(
    r"(?:机关党支部|青年党支部|临时党支部|党支部|党总支|党委|党工委|工委|委员会|居委会|村委会|"
    r"领导小组办公室|领导小组|办公室|指挥部|联防联控机制|"
    r"公安局|派出所|分局|(?<!当)局|厅|医院|卫生院|中学|小学|学校|大学|学院|幼儿园|"
    r"公司|集团|银行|电厂|热电厂|工厂|厂|研究院|研究所|(?<![市城])中心|救援队|志愿队|工作队|服务队|"
    r"协会|商会|妇联|团委|法院|检察院|人大|政协|报社|电视台)"
    # not the head when it starts another word: 局长, 局势, 厂商, 院长, 中心区
    r"(?![长势面限商士区])"
)
# heads that may follow their anchor directly (西华门社区|党支部, 娄烦县|公安局, 6904|厂);
# others need a name between (太原|第一热电|厂, not 中国|公司)
_DIRECT_HEADS = ("党支部", "党总支", "党委", "党工委", "工委", "委员会", "居委会", "村委会",
                 "公安局", "派出所", "分局", "厂", "热电厂", "妇联", "团委", "法院", "检察院",
                 "人大", "政协", "联防联控机制", "领导小组办公室", "领导小组", "办公室", "指挥部")
# Government prefixes that begin a body's name (市委组织部, 区卫健委, 省人民医院).
_GOV_PREFIX = re.compile(r"(?:中共)?(?:省|市|区|县|镇|乡)(?:委|政府|人大|政协)?")
# 十三中, 古交一中: a numbered secondary school; one numeral only after a place (统一中国 …)
_SCHOOL_SHORT = re.compile(
    r"(?<![一二三四五六七八九十第])([一二三四五六七八九十]{1,3})中(?![学心间国央全文期])")

_TITLES = (
    "记者", "通讯员", "实习生", "摄影", "书记", "副书记", "主任", "副主任", "党员", "局长",
    "副局长", "主席", "委员", "社长", "站长", "所长", "院长", "校长", "队长", "组长", "村长",
    "镇长", "区长", "市长", "县长", "省长", "部长", "厅长", "经理", "董事长", "总经理", "医生",
    "护士", "老师", "教师", "民警", "网格员", "志愿者", "居民", "同志", "负责人", "干部",
    "工作人员", "楼长", "主持人", "代表",
)
_BYLINE_ROLES = {"记者", "通讯员", "实习生", "摄影", "见习记者", "特约记者", "文/图", "文/摄",
                 "图/文", "摄影记者", "本报记者"}
_ROLES_AHEAD = ("记者", "通讯员", "实习生", "摄影", "见习", "特约", "文/", "图/", "摄", "报道")
_TITLE_RE = re.compile("|".join(sorted({*_TITLES, *_BYLINE_ROLES}, key=len, reverse=True)))
_COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "令狐", "皇甫", "司徒", "东方", "慕容", "尉迟"}
# characters that end a name when scanning right (function words, verbs common after names)
_NAME_STOP = set("的在了和与及是说等带来到把被对向给也都还就又同为从将走讲看想拿告问笑哭站坐跟冒顶穿戴")
_RELATION_PREFIX = ("妻子", "丈夫", "儿子", "女儿", "母亲", "父亲", "爱人", "老伴", "同事",
                    "队员", "网格员", "志愿者", "居民", "党员", "书记", "主任")
_KINSHIP_NEXT = {"阿姨", "大娘", "大爷", "大妈", "大姐", "大哥", "奶奶", "爷爷", "师傅", "叔叔",
                 "姐姐", "哥哥", "阿婆", "婶婶", "大叔", "大嫂"}
_KINSHIP = ("阿姨", "大娘", "大爷", "大妈", "大姐", "大哥", "奶奶", "爷爷", "姥姥", "姥爷",
            "叔叔", "阿婆", "婆婆", "师傅", "老师", "哥", "姐", "叔", "婶", "嫂", "伯", "姨")


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


@dataclass
class RuleSet:
    gazetteer: Lexicon
    surnames: frozenset[str]
    disabled: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, model_dir: Path) -> RuleSet:
        d = model_dir / "lexicons"
        gaz = d / "gazetteer.txt"
        names = read_list(gaz if gaz.is_file() else d / "places.txt")
        sur = d / "person_surnames.txt"
        surnames = read_list(sur if sur.is_file() else d / "surnames.txt")
        return cls(Lexicon(names, max_len=12), frozenset(surnames))

    def component_names(self) -> tuple[str, ...]:
        return COMPONENTS

    def warm_up(self) -> None:
        """Load jieba's dictionary now (at backend load) rather than on the first sentence."""
        _jieba_dict()
        _jieba_words("太原市")

    def on(self, name: str) -> bool:
        return name not in self.disabled

    # -----------------------------------------------------------------------------------------

    def apply(self, text: str, model: list[Span]) -> list[Span]:
        """All enabled components in pipeline order (what the spaCy pipeline runs too)."""
        spans = clean_model_spans(text, model)
        for name in COMPONENTS:
            if self.on(name):
                spans = self.step(name, text, spans)
        return spans

    def step(self, name: str, text: str, spans: list[Span]) -> list[Span]:
        """One component: spans in, spans out (sorted, non-overlapping both ways)."""
        if name == "gazetteer":
            gaz = self.gazetteer_spans(text)
            # a model span crossing a full division name has a wrong edge: trim it first
            spans = [t for s in spans for t in _trim_crossing(text, s, gaz)]
            spans = _merge(spans, gaz)
        elif name == "address":
            spans = _override(spans, _keep_tiling_splits(self.address(text), spans))
        elif name == "person_filter":
            spans = [p for s in spans for p in self._split_name_list(text, s)]
            spans = [s for s in spans if not (s.label == "PERSON" and self._not_a_name(text, s))]
        elif name == "split_chains":
            spans = [p for s in spans for p in self._split_chain(text, s)
                     if not (p.label == "LOC" and text.startswith(_GENERIC_AREA, p.start))]
        elif name == "person_title":
            spans = _merge(spans, self.person_title(text, spans))
        elif name == "org_suffix":
            spans = _merge(spans, self.org_suffix(text, spans), outermost=True)
        elif name == "loc_suffix":
            found = [x for x in self.loc_suffix(text, spans)
                     if not text.startswith(_GENERIC_AREA, x.start)]
            spans = _merge(spans, found)
        else:
            raise ValueError(f"unknown rule component {name!r}")
        return sorted(spans, key=lambda s: s.start)

    # --- person ---------------------------------------------------------------------------------

    def _split_name_list(self, text: str, s: Span) -> list[Span]:
        """Lists of names printed without separators (丁文昌丁石孙丁衡…) come out of the
        model as one long PERSON: split them into 2-3 character names that each start with
        a surname, preferring three characters (the common length). Left alone when no such
        segmentation exists (transliterated names, 阿木冬·尼牙孜)."""
        n = s.end - s.start
        if s.label != "PERSON" or n < 6 or not all(_is_cjk(c) for c in text[s.start : s.end]):
            return [s]
        # best[i]: (number of 3-character names, -pieces) for the first i characters
        best: list[tuple[int, int] | None] = [None] * (n + 1)
        back = [0] * (n + 1)
        best[0] = (0, 0)
        for i in range(n):
            if best[i] is None or text[s.start + i] not in self.surnames:
                continue
            for ln in (2, 3):
                j = i + ln
                if j > n:
                    continue
                cand = (best[i][0] + (ln == 3), best[i][1] - 1)  # type: ignore[index]
                if best[j] is None or cand > best[j]:  # type: ignore[operator]
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

    def _not_a_name(self, text: str, s: Span) -> bool:
        """樊阿姨, 刘哥, 小王, 老李: kinship and nickname forms are not PERSON (gold rules);
        nor is a 2-3 character 'name' whose first character is no surname (太谢谢, 家里):
        +0.3 PER F1 on MSRA dev, at the cost of some 2-3 character foreign names."""
        name = text[s.start : s.end]
        if len(name) == 2 and name[0] == name[1]:
            return True  # 谢谢, 汪汪, 哈哈: reduplication, not a two-character name
        if 2 <= len(name) <= 3 and name[0] not in self.surnames and name[:2] not in \
                _COMPOUND_SURNAMES and all(_is_cjk(c) for c in name):
            return True
        if len(name) <= 4 and name.endswith(_KINSHIP) and name[0] in self.surnames:
            return True
        if len(name) == 1 or (len(name) == 2 and name[0] in "小老阿"):
            return True
        return len(name) <= 2 and text[s.end : s.end + 2] in _KINSHIP_NEXT

    def _name_end(self, text: str, i: int, delimited: bool) -> int:
        """End of a personal name starting at i, or -1. In bylines names are delimited
        (spaces, 、, brackets), so the whole 2-4 character run is the name."""
        if i >= len(text):
            return -1
        compound = text[i : i + 2] in _COMPOUND_SURNAMES
        if not compound and text[i] not in self.surnames:
            return -1
        j = i
        while j < len(text) and _is_cjk(text[j]) and text[j] not in _NAME_STOP:
            j += 1
        n = j - i
        if delimited:
            # 记者今天…, 记者提问: no name when the "surname" starts a dictionary word
            if _jieba_dict().get(text[i : i + 2], "nr") not in ("nr", "nrfg", "nrt"):
                return -1
            if 2 <= n <= (4 if compound else 3) and not text[i:j].startswith(_ROLES_AHEAD):
                return j
            return -1
        if 2 <= n <= 3 and (j >= len(text) or not _is_cjk(text[j]) or text[j] in _NAME_STOP):
            # the surname must not start a dictionary word (宣传, 广泛) and the name must not
            # end inside one (刘华|走访); known names (tag nr) are fine
            words = _jieba_dict()
            if words.get(text[i : i + 2], "nr") != "nr":
                return -1
            if j < len(text) and words.get(text[j - 1 : j + 1], "nr") != "nr":
                return -1
            return j
        return -1

    def person_title(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        model_at = {s.start: s for s in spans if s.label == "PERSON"}
        for m in _TITLE_RE.finditer(text):
            byline = m.group() in _BYLINE_ROLES
            i = m.end()
            while i < len(text) and text[i] in " :　":
                i += 1
            while True:
                end = self._name_end(text, i, byline)
                model = model_at.get(i)
                if end < 0 and model is not None:
                    end = model.end
                if end < 0:
                    break
                out.append(Span(i, end, "PERSON", "rule:byline" if byline else "rule:title"))
                if not byline:
                    break
                i = end
                while i < len(text) and text[i] in " 、　":
                    i += 1
                if text.startswith(_ROLES_AHEAD, i):
                    break
        return out

    # --- places -----------------------------------------------------------------------------

    def gazetteer_spans(self, text: str) -> list[Span]:
        """Longest gazetteer match at each start, left to right. A short form without its
        suffix (太原, 杂多) must not be glued into a dictionary word with its neighbours
        (复杂多变 contains 杂多): checked with jieba's dictionary at both edges."""
        out = []
        taken = -1
        words = _jieba_dict()
        for s, e in self.gazetteer.matches(text):
            if s < taken:
                continue
            name = text[s:e]
            if not name.endswith(_ADMIN_END) and (
                (s > 0 and text[s - 1 : s + 1] in words)
                or (e < len(text) and text[e - 1 : e + 1] in words)
            ):
                continue
            out.append(Span(s, e, "LOC", "gazetteer"))
            taken = e
        return out

    def _split_chain(self, text: str, s: Span) -> list[Span]:
        """古交市桃园街道腾飞路社区 -> 古交市 / 桃园街道 / 腾飞路社区: split a LOC after each
        leading full administrative name (with its suffix) from the gazetteer, as long as
        a name of at least two characters remains."""
        if s.label != "LOC":
            return [s]
        parts = []
        i = s.start
        while i < s.end:
            cut = -1
            for j in range(min(s.end - 2, i + self.gazetteer.max_len), i + 1, -1):
                piece = text[i:j]
                if piece in self.gazetteer and piece.endswith(_ADMIN_END):
                    cut = j
                    break
            if cut < 0:
                break
            parts.append(Span(i, cut, "LOC", s.source, s.score))
            i = cut
        if not parts:
            return [s]
        parts.append(Span(i, s.end, "LOC", s.source, s.score))
        return parts

    def loc_suffix(self, text: str, spans: list[Span]) -> list[Span]:
        """Named streets, communities and compounds. Two cases: a LOC the model or gazetteer
        found stops right before a place suffix (万家寨|小区, 西华门|街) -> extend it; or a
        bare name before a strong suffix (惠泽苑小区) whose left edge is a clear boundary and
        which contains no verb, pronoun or function word by jieba's dictionary."""
        out: list[Span] = []
        for s in spans:
            if s.label == "ORG" and text.startswith("小区", s.end):
                # a compound named by an organization: 太化公司小区 is one LOC
                out.append(Span(s.start, s.end + 2, "LOC", "rule:loc_suffix"))
                continue
            if s.label != "LOC":
                continue
            e = s.end
            for _ in range(2):
                m = _LOC_EXT.match(text, e)
                if not m or (m.end() < len(text) and text[m.end()] in "长委会员书主办党组队"):
                    break
                if len(m.group()) == 1 and text[m.start() : m.end() + 1] in _jieba_dict():
                    break  # 中国|市场, 小金县|乡村: the suffix starts another word
                e = m.end()
            if e > s.end:
                out.append(Span(s.start, e, "LOC", "rule:loc_suffix"))
        ends = {s.end for s in spans}
        for m in _LOC_STRONG.finditer(text):
            e = m.end()
            if e < len(text) and text[e] in "长委会员书主办党组队":
                continue  # 村长, 社区居委会, 街道办, 社区党支部 are not the place itself
            i = m.start()
            limit = _LOC_MAXNAME.get(m.group(), 5)
            while i > 0 and m.start() - i < limit:
                c = text[i - 1]
                if c in _STOP or i in ends or not (_is_cjk(c) or c.isdigit()):
                    break
                i -= 1
            name = text[i : m.start()]
            if len(name) < 2 or not self._name_like(name):
                continue
            out.append(Span(i, e, "LOC", "rule:loc_suffix"))
        # roads and streets in lists: 三墙路、新民中街、五一路 -- bounded by punctuation
        loc_ends = [x.end for x in spans if x.label == "LOC"]
        matches = [*_LIST_STREET.finditer(text)]
        matches += [m for e in loc_ends if (m := _STREET_AT.match(text, e))]
        for m in matches:
            start, head = m.start(1), m.group(2)
            words = _jieba_words(text[start : m.end(1) - len(head)])
            # a leading verb or preposition is context, not name: 前往|金兴小区
            while words and len(words[0]) > 1 and (
                _jieba_dict().get(words[0]) in _LIST_BAD or words[0] in _LEAD_VERBS
            ):
                start += len(words[0])
                words = words[1:]
            name = "".join(words)
            if len(name) < 2 or any(len(w) > 1 and _jieba_dict().get(w) in _LIST_BAD
                                    for w in words):
                continue
            if name in _GENERIC_LOC_HEAD or text[m.end(1) - 2 : m.end(1)] in _COMMON_ROADS:
                continue
            # only in a real list or before a direction: X路以东、Y街与Z路交叉口
            before = text[start - 1 : start] if start else ""
            after = text[m.end(1) : m.end(1) + 3]
            if before not in _LIST_JOIN and not after.startswith(_LIST_AFTER):
                continue
            out.append(Span(start, m.end(1), "LOC", "rule:loc_suffix"))
        return out

    def _name_like(self, name: str, numerals_ok: bool = False) -> bool:
        if name in _GENERIC_LOC_HEAD or any(
            name.startswith(g) for g in _GENERIC_LOC_HEAD if len(g) >= 2
        ):
            return False
        if name.isdigit():
            return len(name) >= 3  # 6904社区; not 3社区
        for w in _jieba_words(name):
            if numerals_ok and len(w) == 1:
                continue  # bounded list items: single characters (精营中横街) are name parts
            tag = _jieba_dict().get(w)
            # single directional / numeral characters are normal in names (新民中街, 五一路)
            if tag in _BAD_TAGS and not (len(w) == 1 and tag in ("m", "f")):
                return False
            if tag == "m" and not numerals_ok and any(c in _CN_NUM for c in w):
                return False
        return True

    def address(self, text: str) -> list[Span]:
        """Address lists (notices of risk areas): in a list item with house numbers, each
        stretch of name between numbers is a place, and leading divisions are split off:
        义井街20号太化公司小区3号楼 -> 义井街 / 太化公司小区; 姚村镇盛世田园小区3号楼 ->
        姚村镇 / 盛世田园小区. The model, trained on prose, gets these edges wrong."""
        out: list[Span] = []
        for seg in _SEGMENT.finditer(text):
            a, b = seg.span()
            if not _HOUSE_NO.search(text, a, b) or any(c in _ADDR_STOP for c in text[a:b]):
                continue  # prose around a number (58号院就放心交给我们…) is not an address
            k = a
            cuts = [*_ADDRESS_NO.finditer(text, a, b), None]
            for m in cuts:
                end = m.start() if m is not None else b
                piece = text[k:end]
                if len(piece) >= 2 and all(_is_cjk(c) for c in piece):
                    whole = Span(k, end, "LOC", "rule:address")
                    out.extend(self._split_chain(text, whole))
                if m is not None and m.group().endswith("号院"):
                    out.append(Span(m.start(), m.end(), "LOC", "rule:address"))
                if m is None:
                    break
                k = m.end()
        return out

    # --- organizations ----------------------------------------------------------------------

    def _org_gap(self, gap: str, direct: bool) -> bool:
        """The name between an anchor and an ORG head: empty only for heads that attach
        directly; no stop characters, verbs, pronouns (…据新华社, …经营着一家…公司)."""
        if not gap:
            return direct
        if len(gap) > 8 or not all(_is_cjk(c) and c not in _STOP and c not in _GAP_STOP
                                   for c in gap):
            return False
        return not any(len(w) > 1 and _jieba_dict().get(w) in _GAP_BAD
                       for w in _jieba_words(gap))

    def org_suffix(self, text: str, spans: list[Span]) -> list[Span]:
        """An organization head (…局, …党支部, …医院) counts only when its name is anchored on
        the left by a place or organization (from the model or gazetteer), a government
        prefix at a boundary (市, 省委 …), or a number (6904厂): generic units (社区党支部,
        消杀工作队) are not annotated. The span runs from the anchor's start."""
        out: list[Span] = []
        anchors = [s for s in spans if s.label in ("LOC", "ORG")]
        for m in _ORG_SUFFIX.finditer(text):
            # an ORG found here anchors the next head: 6904厂|党委, 市统计局|机关党支部
            anchors = [*anchors, *out[-1:]]
            hs = m.start()
            start = -1
            direct = m.group().endswith(_DIRECT_HEADS)
            # nearest anchor to the left whose end is connected to the head by name chars
            for a in sorted(anchors, key=lambda x: -x.start):
                if a.start >= hs or a.end > hs:
                    continue
                if self._org_gap(text[a.end : hs], direct):
                    start = a.start
                break
            if start < 0:
                # a government prefix at a boundary: 市工信局, 省人民医院, 区党工委
                for i in range(max(0, hs - 8), hs + 1):
                    if i > 0 and text[i - 1] not in _STOP and _is_cjk(text[i - 1]):
                        continue
                    g = _GOV_PREFIX.match(text, i)
                    if (g and g.end() <= hs + (1 if m.group()[0] in "委" else 0)
                            and self._org_gap(text[g.end() : hs], direct or "委" in g.group())):
                        start = i
                        break
            if start < 0 and direct:
                d = re.search(r"\d{3,}$", text[max(0, hs - 8) : hs])
                if d:
                    start = hs - len(d.group())
            if start < 0:
                continue
            out.append(Span(start, m.end(), "ORG", "rule:org_suffix"))
        for m in _GOV_SHORT.finditer(text):
            out.append(Span(m.start(), m.end(), "ORG", "rule:org_suffix"))
        for m in _SCHOOL_SHORT.finditer(text):
            anchor = next((a for a in anchors if a.end == m.start() and a.label == "LOC"), None)
            if anchor is not None:
                out.append(Span(anchor.start, m.end(), "ORG", "rule:org_suffix"))
            elif len(m.group(1)) >= 2:
                out.append(Span(m.start(), m.end(), "ORG", "rule:org_suffix"))
        # overlapping or adjacent ORG pieces are one name: 市统计局 + 机关党支部
        merged: list[Span] = []
        for s in sorted(out, key=lambda x: (x.start, -x.end)):
            if merged and s.start <= merged[-1].end:
                if s.end > merged[-1].end:
                    merged[-1] = Span(merged[-1].start, s.end, "ORG", s.source)
                continue
            merged.append(s)
        return merged


@cache
def _jieba_dict() -> dict[str, str]:
    import jieba

    out = {}
    path = Path(jieba.__file__).parent / "dict.txt"
    for ln in path.read_text(encoding="utf-8").splitlines():
        parts = ln.split()
        if len(parts) == 3:
            out[parts[0]] = parts[2]
    return out


def _jieba_words(s: str) -> list[str]:
    """Forward maximum matching over jieba's dictionary: enough to see the words in a short
    name candidate, and it avoids initializing jieba's segmenter (1-2 s of load time)."""
    words = _jieba_dict()
    out = []
    i = 0
    while i < len(s):
        for ln in range(min(4, len(s) - i), 0, -1):
            if ln == 1 or s[i : i + ln] in words:
                out.append(s[i : i + ln])
                i += ln
                break
    return out


def clean_model_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """Span hygiene applied to every model output, rules on or off (see _hygiene)."""
    return [t for s in spans for t in _hygiene(text, s)]


def _hygiene(text: str, s: Span) -> list[Span]:
    """Model spans never contain spaces (MSRA has none, bylines do): split at spaces and trim;
    a PERSON led by a relation or role word (妻子郭兰, 党员孔令卿) keeps only the name."""
    out = []
    start = s.start
    for k in range(s.start, s.end + 1):
        if k == s.end or text[k].isspace():
            if k - start >= 2 or (k - start >= 1 and s.label != "PERSON"):
                out.append(Span(start, k, s.label, s.source, s.score))
            start = k + 1
    pieces = []
    for p in out:
        if p.label == "PERSON":
            pieces.append(p)
            continue
        if not any(not m.group().endswith("号院")
                   for m in _ADDRESS_NO.finditer(text, p.start, p.end)):
            pieces.append(p)  # nothing to cut (and 日, 京: one-character places stay)
            continue
        # cut at address numbers, keep 58号院 (a number + 号院 is itself a compound's name)
        k = p.start
        for m in _ADDRESS_NO.finditer(text, p.start, p.end):
            if m.group().endswith("号院"):
                continue
            if m.start() - k >= 2:
                pieces.append(Span(k, m.start(), p.label, p.source, p.score))
            k = m.end()
        if p.end - k >= 2:
            pieces.append(Span(k, p.end, p.label, p.source, p.score))
    res = []
    words = _jieba_dict()
    for p in pieces:
        name = text[p.start : p.end]
        # a span that starts inside a dictionary word (众|志成城) has a wrong edge: drop it
        if len(name) >= 2 and any(
            words.get(text[p.start - k : p.end], "ns")[:1] not in ("n", "")
            or words.get(text[p.start - k : p.end]) in ("n", "i", "l")
            for k in (1, 2) if p.start - k >= 0
        ):
            continue
        if p.label == "ORG":
            # …办公室|通告: an ORG running one character into the next word is cut
            # back to its last organization head
            heads = [m.end() for m in _ORG_SUFFIX.finditer(text, p.start, p.end)]
            if heads and p.end - heads[-1] == 1 and text[heads[-1] : heads[-1] + 2] in words:
                p = Span(p.start, heads[-1], p.label, p.source, p.score)
                name = text[p.start : p.end]
        if p.label == "LOC" and name.startswith(_GENERIC_AREA):
            continue  # 管控区, 封控区中心: kinds of area, not named places
        if p.label == "ORG" and (name in _GENERIC_ORG or name.startswith(_GENERIC_UNIT)
                                 or name.endswith("岗")):
            continue  # 党支部, 社区妇联, 小区党支部: units without a name of their own
        if p.label == "ORG" and name.endswith(("团", "党")) and text[p.end : p.end + 1] == "员":
            continue  # 共青团员, 共产党员: a member, not the organization
        if p.label != "LOC" and len(name) >= 4 and (
            name.endswith(_LOC_END) or re.search(r"\d号院$", name)
        ):
            p = Span(p.start, p.end, "LOC", p.source, p.score)  # 光华街社区 is a place
        if p.label == "PERSON" and text[p.end : p.end + 2] in ("小区", "社区", "街道", "花园", "家园"):
            # 惠泽苑|小区: a compound's name, not a person's
            res.append(Span(p.start, p.end + 2, "LOC", p.source, p.score))
            continue
        if p.label == "PERSON":
            for pre in _RELATION_PREFIX:
                if name.startswith(pre) and len(name) - len(pre) >= 2:
                    p = Span(p.start + len(pre), p.end, p.label, p.source, p.score)
                    break
        res.append(p)
    return res


def _trim_crossing(text: str, s: Span, gaz: list[Span]) -> list[Span]:
    """A model span that crosses a full administrative name (泽区迎泽街道… against 迎泽区)
    has a wrong edge: cut the overlap off and re-check what remains."""
    for g in gaz:
        if not text[g.start : g.end].endswith(_ADMIN_END):
            continue
        if g.start < s.start < g.end < s.end:
            return _hygiene(text, Span(g.end, s.end, s.label, s.source, s.score))
        if s.start < g.start < s.end < g.end:
            return _hygiene(text, Span(s.start, g.start, s.label, s.source, s.score))
    return [s]


def _override(base: list[Span], strong: list[Span]) -> list[Span]:
    """Strong spans replace every base span they overlap."""
    if not strong:
        return base
    kept = [s for s in base if not any(_overlaps(s, x) for x in strong)]
    return sorted([*kept, *strong], key=lambda s: s.start)


def _keep_tiling_splits(strong: list[Span], base: list[Span]) -> list[Span]:
    """A strong LOC that the base already splits into two or more adjacent LOCs covering it
    exactly (传化公路港 / 万水机电城) is replaced by that split: the rule knows where a list
    item's name begins and ends, the model knows where one name ends and the next begins."""
    out: list[Span] = []
    for x in strong:
        inner = sorted((s for s in base if x.start <= s.start and s.end <= x.end),
                       key=lambda s: s.start)
        tiles = (len(inner) >= 2 and all(s.label == x.label == "LOC" for s in inner)
                 and inner[0].start == x.start and inner[-1].end == x.end
                 and all(a.end == b.start for a, b in pairwise(inner)))
        out.extend(inner if tiles else [x])
    return out


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _merge(base: Iterable[Span], extra: Iterable[Span], outermost: bool = False) -> list[Span]:
    """Add rule spans to ``base``: a rule span overlapping nothing is added; one strictly
    containing the spans it overlaps replaces them when ``outermost`` (ORG heads) or when it
    contains a single base span of the same label (it completes a truncated name)."""
    spans = list(base)
    for x in sorted(extra, key=lambda s: s.start - s.end):
        hit = [s for s in spans if _overlaps(s, x)]
        if not hit:
            spans.append(x)
            continue
        inside = all(x.start <= s.start and s.end <= x.end for s in hit)
        if inside and (outermost or (len(hit) == 1 and hit[0].label == x.label)):
            spans = [s for s in spans if s not in hit]
            spans.append(x)
    return sorted(spans, key=lambda s: s.start)


# ---------------------------------------------------------------------------------------------
# spaCy pipeline: the model and each rule as a spaCy component, in COMPONENTS order, so that
# they can be inspected, reordered or switched off with spaCy's own tools
# (nlp.select_pipes(disable=[...]) is how the ablation in the model card is run).
# Spans travel in doc.user_data["cnnews_spans"] (character offsets; our Span type), because
# doc.ents would force a token alignment that none of the components needs.

SPACY_PREFIX = "cnnews_"


def build_spacy_pipeline(tagger: object, rules: RuleSet | None) -> object:
    """blank("zh") (char segmentation) + cnnews_model + one component per rule."""
    import spacy
    from spacy.language import Language

    nlp = spacy.blank("zh")

    class ModelComponent:
        def __init__(self) -> None:
            self.tagger = tagger

        def __call__(self, doc):  # type: ignore[no-untyped-def]
            return next(iter(self.pipe([doc])))

        def pipe(self, docs, batch_size: int = 256):  # type: ignore[no-untyped-def]
            buf = []
            for doc in docs:
                buf.append(doc)
                if len(buf) >= batch_size:
                    yield from self._run(buf)
                    buf = []
            if buf:
                yield from self._run(buf)

        def _run(self, docs):  # type: ignore[no-untyped-def]
            from pipeline.nlp.lexicons import normalize

            texts = [normalize(d.text) for d in docs]
            for doc, text, spans in zip(docs, texts, self.tagger.tag(texts),  # type: ignore[attr-defined]
                                        strict=True):
                model = [Span(s, e, _LABEL[lab], "model") for s, e, lab in spans]
                doc.user_data["cnnews_text"] = text
                doc.user_data["cnnews_spans"] = clean_model_spans(text, model)
                yield doc

    name = f"{SPACY_PREFIX}model"
    if not Language.has_factory(name):
        Language.factory(name, func=lambda nlp, name: ModelComponent())
    nlp.add_pipe(name)
    comp = nlp.get_pipe(name)
    comp.tagger = tagger  # type: ignore[attr-defined]
    if rules is not None:
        for rule in COMPONENTS:
            cname = f"{SPACY_PREFIX}{rule}"
            if not Language.has_factory(cname):
                Language.factory(cname, func=_rule_factory(rule))
            nlp.add_pipe(cname)
            nlp.get_pipe(cname).rules = rules  # type: ignore[attr-defined]
    return nlp


_LABEL = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}


def _rule_factory(rule: str):  # type: ignore[no-untyped-def]
    class RuleComponent:
        rules: RuleSet

        def __call__(self, doc):  # type: ignore[no-untyped-def]
            text = doc.user_data["cnnews_text"]
            doc.user_data["cnnews_spans"] = self.rules.step(rule, text,
                                                            doc.user_data["cnnews_spans"])
            return doc

    return lambda nlp, name: RuleComponent()
