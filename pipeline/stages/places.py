"""Places and canonical entities: resolve LOC mentions to administrative divisions, give every
mention the id of one canonical entity, and produce this document's entity rows.

Resolution works per document, in passes:

1. Chains: LOC mentions written back to back (古交市桃园街道腾飞路社区) name a place and its
   parents; the chain is resolved jointly so each link lies inside the previous one.
2. Context: an ambiguous name is scored against the places already resolved in its article
   (strongest), the article's dateline, the rest of the page, and the paper's home place, by
   how deep their common ancestor is. So 腾飞路社区 goes to 古交市 in a 太原 paper, and to 大同
   when the article talks about 云冈区.
3. Relative forms (本市, 全省, 全镇; ORG 市委, 市统计局) take the governing place of that level
   from the article's places, its dateline, then the home place.

Non-administrative places (小区, roads, a village missing from the gazetteer) get no code of
their own; when the text puts them inside an administrative unit (北旺庄街道滨河中心社区东岸国际
小区) they carry that unit's code with admin_level "poi" and a path ending in their own name.

Entity ids derive from content only, so the same entity gets the same id in every batch:
LOC resolved -> (label, admin_code); LOC contained -> (label, admin_path); ORG -> (label,
canonical name, admin_code); otherwise (label, name). Every entity field is a function of the id,
so per-document rows merge across a batch by id.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from pipeline.nlp.gazetteer import LEVEL_RANK, Division, Gazetteer, load_gazetteer, name_key
from pipeline.schema import SCHEMAS

# The paper's home place: the fallback context for ambiguous names and relative forms when an
# article names nothing closer. A parameter of resolve_entities; the default is for the
# Taiyuan pages this pipeline was built on and can be set per deployment by environment.
HOME_PLACE: str = os.environ.get("CNNEWS_HOME_PLACE", "太原市")

ENTITY_COLUMNS = tuple(f.name for f in SCHEMAS["entities"])
POI = "poi"

# Weights of context evidence (multiplied by the rank of the common ancestor: province 1 ..
# village 5). Article places outweigh the page, which outweighs the configured home place.
W_ARTICLE, W_DATELINE, W_PAGE, W_HOME = 3.0, 3.0, 1.0, 1.0
# A chain link inside its predecessor beats any amount of ordinary context.
W_CHAIN = 100.0

# 本市 / 全省 / 我区 ...: a LOC mention that is only a pointer to the governing place.
_RELATIVE_LOC_RE = re.compile(r"^(?:本|全|我|该|此)(省|市|区|县|镇|乡|街道|村|社区)$")
# 市委, 市统计局, 区党工委, 省人民医院: an ORG named by the level of its governing place.
# The lookahead keeps out words that merely start with the character (市场监管局, 区域...).
_RELATIVE_ORG_RE = re.compile(r"^(省|市|区|县|镇|乡)(?!场|域|长|民|级|属)(?=.)")
_LEVEL_OF_WORD = {
    "省": "province",
    "市": "city",
    "区": "county",
    "县": "county",
    "镇": "township",
    "乡": "township",
    "街道": "township",
    "村": "village",
    "社区": "village",
}
# Tails that name no place of their own after a place name (杏花岭区街道, 小店区辖区).
_GENERIC_TAILS = frozenset(
    [
        "街道",
        "社区",
        "辖区",
        "城区",
        "地区",
        "境内",
        "全境",
        "一带",
        "周边",
        "管控区",
        "封控区",
        "防范区",
        "以东",
        "以西",
        "以南",
        "以北",
    ]
)
# Township names that are only a designation (天津's 综合保税区, the 15 经济开发区): written
# alone they name whichever such zone the article is about.
_GENERIC_UNIT_RE = re.compile(
    r"(?:县|市)?(?:经济技术|经济|高新技术产业|高新技术|新技术产业|高新|综合|高铁)?"
    r"(?:开发区|保税区|工业园区|园区|新区)|(?:国营)?林场"
)
# The longest place name tried when splitting a mention or an ORG name into places.
_PREFIX_FORMS_MAX = 16


def entity_id(label: str, *key: str | None) -> str:
    """Content-derived id: the same entity in any batch gets the same id."""
    text = "\x1f".join([label, *(k or "" for k in key)])
    return f"{label.lower()}_{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"


@dataclass
class _Resolved:
    """What one mention resolved to."""

    label: str
    name: str
    code: str | None = None
    level: str | None = None
    path: str | None = None

    @property
    def id(self) -> str:
        if self.label == "LOC":
            if self.code and self.level != POI:
                return entity_id("LOC", "code", self.code)
            if self.path:
                return entity_id("LOC", "path", self.path)
            return entity_id("LOC", "name", self.name)
        if self.label == "ORG":
            return entity_id("ORG", self.name, self.code)
        return entity_id(self.label, self.name)


@dataclass
class _Context:
    """Resolved places that can disambiguate others: (code, weight)."""

    article: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    dateline: dict[str, str] = field(default_factory=dict)
    page: list[str] = field(default_factory=list)
    home: list[str] = field(default_factory=list)

    def weighted(self, article_id: str | None) -> list[tuple[str, float]]:
        """Each context code once, with the summed weight of everywhere it was seen (a place
        named five times in the article counts five times)."""
        out: dict[str, float] = defaultdict(float)
        for c in self.article.get(article_id or "", []):
            out[c] += W_ARTICLE
        if article_id in self.dateline:
            out[self.dateline[article_id]] += W_DATELINE
        for c in self.page:
            out[c] += W_PAGE
        for c in self.home:
            out[c] += W_HOME
        return sorted(out.items())


class PlaceResolver:
    """Resolution of place names against the gazetteer, with context."""

    def __init__(self, gazetteer: Gazetteer, home_place: str | None = HOME_PLACE) -> None:
        self.gaz = gazetteer
        self.home = self._resolve_home(home_place)
        self._lineage: dict[str, frozenset[str]] = {}
        self._home_codes: list[str] | None = None

    def _resolve_home(self, home_place: str | None) -> Division | None:
        if not home_place:
            return None
        div = self.gaz.get(home_place)  # a code works too
        if div is not None:
            return div
        cands = self.gaz.lookup(home_place)
        if not cands:
            raise ValueError(f"home place {home_place!r} is not in the gazetteer")
        return min(cands, key=lambda d: (d.rank, d.code))

    def home_codes(self) -> list[str]:
        if self._home_codes is None:
            self._home_codes = [d.code for d in self.gaz.ancestors(self.home.code)] if self.home else []
        return self._home_codes

    # -- relations between codes

    def lineage(self, code: str) -> frozenset[str]:
        if code not in self._lineage:
            self._lineage[code] = frozenset(d.code for d in self.gaz.ancestors(code))
        return self._lineage[code]

    def common_rank(self, a: str, b: str) -> int:
        """Rank of the deepest common real ancestor (0: none, 1: same province ...)."""
        common = self.lineage(a) & self.lineage(b)
        return max((self.gaz.divisions[c].rank for c in common), default=0)

    def within(self, code: str, container: str) -> bool:
        return code != container and container in self.lineage(code)

    # -- scoring

    def _held_by_chain(self, picked: Sequence[Division | None], i: int) -> bool:
        """Whether picked[i] sits inside the unit before it or contains the unit after it."""
        d = picked[i]
        assert d is not None
        parent = picked[i - 1] if i else None
        if parent is not None and self.within(d.code, parent.code):
            return True
        child = picked[i + 1] if i + 1 < len(picked) else None
        return child is not None and self.within(child.code, d.code)

    def candidates(self, text: str) -> list[Division]:
        cands = self.gaz.lookup(text)
        if len(text) == 1:
            # A one-character 简称 is a place only on its home ground (晋 and 并 in a Taiyuan
            # paper); elsewhere 青 or 京 in running text are far likelier an NER slip.
            home = set(self.home_codes())
            cands = [d for d in cands if d.code in home]
        # A short form shared by a province or prefecture and by small units (河南 / 河南村,
        # 北京 / 北京街道, 吉林 / 吉林街道) is the province or prefecture: nobody writes a
        # township or village without its suffix where the name is also a province's.
        if any(self.short_only(d, text) and d.rank <= LEVEL_RANK["city"] for d in cands):
            cands = [d for d in cands if not self.weak(d, text)]
        # a province's short form outranks a district's as well (河北 next to 天津 is not
        # 天津's 河北区)
        if any(self.short_only(d, text) and d.rank == LEVEL_RANK["province"] for d in cands):
            cands = [d for d in cands if not (self.short_only(d, text) and d.rank == LEVEL_RANK["county"])]
        return cands

    @staticmethod
    def short_only(div: Division, text: str) -> bool:
        """Whether `text` names `div` only by a short form (河南 for 河南省), not in full."""
        key = name_key(text)
        return key not in (name_key(div.name), name_key(div.official))

    def weak(self, div: Division, text: str) -> bool:
        """A township or village written without its suffix (巴西 for 巴西镇, 太阳 for
        太阳乡), or one whose whole name is a generic designation (综合保税区, 工业园区): in
        running text far more often a country, a word, any such zone or an NER slip than the
        place, so it needs nearby context to count."""
        return div.rank >= LEVEL_RANK["township"] and (
            self.short_only(div, text) or bool(_GENERIC_UNIT_RE.fullmatch(text))
        )

    def needs_context(self, div: Division, text: str) -> bool:
        """A weak name, or a county written by its short form (南海, 天山)."""
        return self.weak(div, text) or (div.rank == LEVEL_RANK["county"] and self.short_only(div, text))

    def supported(self, div: Division, context: Iterable[tuple[str, float]], alone: bool = True) -> bool:
        """Whether some context place lies in the same county (for a village) or prefecture
        (for a township), or, for a township that is the only place of its name (`alone`),
        the home place in the same province (北旺庄 in a 山西 paper; but 长江 is no 长江街道
        of 石家庄 because the article names some other 河北 place, nor the 长江社区 of the
        home city)."""
        if div.rank == LEVEL_RANK["county"]:
            return any(self.common_rank(div.code, c) >= LEVEL_RANK["province"] for c, _ in context)
        need = LEVEL_RANK["county"] if div.rank > LEVEL_RANK["township"] else LEVEL_RANK["city"]
        if any(self.common_rank(div.code, c) >= need for c, _ in context):
            return True
        home = self.home.code if self.home is not None else None
        return (
            div.rank == LEVEL_RANK["township"]
            and alone  # 北旺庄 names one place; 东南 or 长城 name many and are words too
            and home is not None
            and self.common_rank(div.code, home) >= LEVEL_RANK["province"]
        )

    def score(self, div: Division, text: str, context: Iterable[tuple[str, float]]) -> float:
        s = 0.0
        for code, weight in context:
            s += weight * self.common_rank(div.code, code)
        # A full name (太原市, 小店区) beats a short form that happens to equal another
        # division's short name; a larger unit is a likelier reading of a bare name.
        key = name_key(text)
        if key in (name_key(div.name), name_key(div.official)):
            s += 0.5
        s -= 0.01 * div.rank
        return s

    def best(self, cands: Sequence[Division], text: str, context: list[tuple[str, float]]) -> Division | None:
        """The best candidate, or None when the top two tie and are equally specific
        (two 南张村 with nothing to tell them apart: better no code than a coin toss)."""
        if not cands:
            return None
        if len(cands) == 1:
            return cands[0]
        scored = sorted(
            ((self.score(d, text, context), d.code, d) for d in cands), key=lambda t: (-t[0], t[1])
        )
        (s1, _, d1), (s2, _, d2) = scored[0], scored[1]
        if abs(s1 - s2) < 1e-9 and d1.level == d2.level:
            return None
        return d1

    def resolve_chain(self, texts: Sequence[str], context: list[tuple[str, float]]) -> list[Division | None]:
        """Jointly resolve names written back to back (parent first): a Viterbi pass where a
        link inside its predecessor earns W_CHAIN. A link with no candidate inside a resolved
        parent stays unresolved unless its best candidate shares the parent's city (codes move
        between districts across releases: 西温庄乡后所营社区)."""
        options: list[list[Division | None]] = []
        for text in texts:
            cands: list[Division | None] = list(self.candidates(text))
            options.append(cands or [None])
        # best[i][j] = (score, back-pointer) for option j of link i
        best: list[list[tuple[float, int]]] = []
        for i, opts in enumerate(options):
            row = []
            for d in opts:
                own = self.score(d, texts[i], context) if d is not None else 0.0
                if i == 0:
                    row.append((own, -1))
                    continue
                choices = []
                for k, prev in enumerate(options[i - 1]):
                    link = 0.0
                    if d is not None and prev is not None:
                        if self.within(d.code, prev.code):
                            link = W_CHAIN
                        else:
                            link = W_CHAIN / 10 * self.common_rank(d.code, prev.code)
                    choices.append((best[i - 1][k][0] + own + link, k))
                row.append(max(choices))
            best.append(row)
        j = max(range(len(best[-1])), key=lambda k: best[-1][k][0])
        picked: list[Division | None] = [None] * len(options)
        for i in range(len(options) - 1, -1, -1):
            picked[i] = options[i][j]
            j = best[i][j][1]
        # Break remaining ties like `best` does for single names.
        for i, d in enumerate(picked):
            if d is None or len(options[i]) == 1:
                continue
            if self._held_by_chain(picked, i):
                continue
            picked[i] = self.best([o for o in options[i] if o is not None], texts[i], context)
        # A township or village by its short form alone (巴西 -> 巴西镇) stands only inside
        # its resolved parent or near places of its own prefecture.
        # A county's short form needs a place of its province nearby (the home place
        # counts): 南海 with nothing of 广东 around is the sea, not 佛山's 南海区.
        for i, d in enumerate(picked):
            if d is None or not self.needs_context(d, texts[i]):
                continue
            if self._held_by_chain(picked, i):
                continue
            alone = sum(o is not None and o.rank == d.rank for o in options[i]) == 1
            if not self.supported(d, context, alone=alone):
                picked[i] = None
        # A smaller unit outside its resolved parent: keep it only if it shares the parent's
        # city; otherwise the text places something the gazetteer lacks inside the parent
        # (晋祠镇南张村, while the 9 南张村 it knows are elsewhere). Units of the same or a
        # higher level side by side are a list (太原晋中两地), not a chain.
        for i in range(1, len(picked)):
            d, parent = picked[i], picked[i - 1]
            if d is None or parent is None or self.within(d.code, parent.code):
                continue
            if d.rank <= parent.rank:
                continue
            if parent.rank < LEVEL_RANK["county"] or self.common_rank(d.code, parent.code) < 2:
                picked[i] = None
        return picked

    def governing(self, level: str, codes: Sequence[str], suffix: str | None = None) -> Division | None:
        """The place of `level` that governs the given context codes (nearest first). With
        a suffix (区, 县) only a place named so counts: 县委 in a district is not the 区委."""
        home = [self.home.code] if self.home is not None else []
        for code in [*codes, *home]:
            div = self.gaz.ancestor_at(code, level)
            if div is not None and (
                suffix in (None, "省", "市") or level != "county" or div.name.endswith(suffix)
            ):
                return div
        return None

    def split_place(self, text: str) -> list[str]:
        """A LOC mention as the chain of names it is written as: 尖草坪区向阳镇 -> [尖草坪区,
        向阳镇]; 向阳镇山水文苑小区 -> [向阳镇, 山水文苑小区]; 杏花岭区街道 -> [杏花岭区] (a
        generic tail names nothing); 山西太原 -> [山西, 太原]. A name the gazetteer knows whole
        stays whole. Before a named remainder only full names of three or more characters
        split, so 西华门街口 is not 西华门 + 街口 and 大同小区 is not 大同 + 小区."""
        if self.gaz.lookup(text):
            return [text]
        shorts, rest = self._split(text, short_forms=True)
        if shorts and not rest:
            return shorts
        pieces, rest = self._split(text, short_forms=False)
        if not pieces:
            return [text]
        if len(rest) >= 2 and rest not in _GENERIC_TAILS:
            pieces.append(rest)
        return pieces

    def _split(self, text: str, short_forms: bool) -> tuple[list[str], str]:
        """Greedy longest gazetteer names from the left; the unmatched remainder."""
        pieces: list[str] = []
        i = 0
        while i < len(text):
            hit = None
            for j in range(min(len(text), i + _PREFIX_FORMS_MAX), i + 1, -1):
                piece = text[i:j]
                divs = self.gaz.lookup(piece)
                key = name_key(piece)
                full = any(key in (name_key(d.name), name_key(d.official)) for d in divs)
                if (full and len(piece) >= 3) or (
                    short_forms and any(d.rank <= LEVEL_RANK["city"] for d in divs)
                ):
                    hit = piece
                    break
            if hit is None:
                break
            pieces.append(hit)
            i += len(hit)
        return pieces, text[i:]

    def places_in(self, name: str) -> list[str]:
        """Place names inside an ORG name, left to right: a prefix may be a short form of a
        province, city or county (山西尔湾妇产医院, 太原第一热电厂); further in, only full names
        of three or more characters count (娄烦县公安局静游镇派出所, 国网古交市供电公司)."""
        found: list[str] = []
        i = 0
        while i < len(name):
            hit = None
            for j in range(min(len(name), i + _PREFIX_FORMS_MAX), i + 1, -1):
                piece = name[i:j]
                divs = self.gaz.lookup(piece)
                if not divs:
                    continue
                key = name_key(piece)
                full = any(key in (name_key(d.name), name_key(d.official)) for d in divs)
                if full and len(piece) >= 3:
                    hit = piece
                    break
                if i == 0 and any(d.rank <= LEVEL_RANK["county"] for d in divs) and (full or len(piece) >= 2):
                    hit = piece
                    break
            if hit is None:
                i += 1
                continue
            found.append(hit)
            i += len(hit)
        return found


def _chains(mentions: Sequence[dict], text: str) -> list[list[int]]:
    """Indices of LOC mentions written back to back (no character between them)."""
    chains: list[list[int]] = []
    prev_end = None
    for i, m in enumerate(mentions):
        if chains and prev_end is not None and m["start"] == prev_end:
            chains[-1].append(i)
        else:
            chains.append([i])
        prev_end = m["end"]
    return chains


def _relative_level(text: str) -> str | None:
    m = _RELATIVE_LOC_RE.match(text)
    return _LEVEL_OF_WORD[m.group(1)] if m else None


def resolve_entities(
    document: dict,
    articles: list[dict],
    mentions: list[dict],
    home_place: str | None = HOME_PLACE,
    gazetteer: Gazetteer | None = None,
) -> tuple[list[dict], list[dict]]:
    """Mentions with their canonical entity_id, and this document's entity rows (columns of
    SCHEMAS["entities"]; n_mentions counts this document only)."""
    resolver = PlaceResolver(gazetteer or load_gazetteer(), home_place)
    text = document.get("text") or ""
    batch_id = document.get("batch_id") or ""
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i]["start"], mentions[i]["end"]))
    ms = [mentions[i] for i in order]
    resolved: list[_Resolved | None] = [None] * len(ms)

    ctx = _Context(home=resolver.home_codes())
    by_article: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(ms):
        by_article[m.get("article_id") or ""].append(i)

    def unambiguous_pass() -> None:
        for m in ms:
            if m["label"] == "LOC":
                cands = resolver.candidates(m["text"])
                if len(cands) == 1 and not resolver.weak(cands[0], m["text"]):
                    ctx.article[m.get("article_id") or ""].append(cands[0].code)
                    ctx.page.append(cands[0].code)
            elif m["label"] == "ORG":
                for piece in resolver.places_in(m["text"]):
                    cands = resolver.candidates(piece)
                    if len(cands) == 1:
                        ctx.article[m.get("article_id") or ""].append(cands[0].code)

    unambiguous_pass()
    for art in articles:
        place = art.get("dateline_place")
        if place:
            aid = art.get("article_id") or ""
            # a dateline may be a chain too (尖草坪区向阳镇): its smallest resolved unit
            divs = resolver.resolve_chain(resolver.split_place(place), ctx.weighted(aid))
            div = next((d for d in reversed(divs) if d is not None), None)
            if div is not None:
                ctx.dateline[aid] = div.code

    # Pass 1: LOC chains, per article, in text order; each resolution becomes context.
    for aid, idxs in by_article.items():
        locs = [i for i in idxs if ms[i]["label"] == "LOC" and _relative_level(ms[i]["text"]) is None]
        for chain in _chains([ms[i] for i in locs], text):
            members = [locs[k] for k in chain]
            # A mention may itself be a whole chain (尖草坪区向阳镇) or a chain ending in a
            # named place (向阳镇山水文苑小区): resolve its pieces with the rest of the chain.
            pieces: list[str] = []
            owner: list[int] = []
            for i in members:
                parts = resolver.split_place(ms[i]["text"])
                pieces += parts
                owner += [i] * len(parts)
            divs = resolver.resolve_chain(pieces, ctx.weighted(aid))
            container: _Resolved | None = None
            for k, (piece, div) in enumerate(zip(pieces, divs, strict=True)):
                if div is not None:
                    r = _Resolved("LOC", div.name, div.code, div.kind, div.path)
                    ctx.article[aid].append(div.code)
                    ctx.page.append(div.code)
                elif container is not None and container.code:
                    # inside the unit the text names just before it
                    path = f"{container.path}/{piece}"
                    r = _Resolved("LOC", piece, container.code, POI, path)
                else:
                    r = _Resolved("LOC", piece)
                container = r
                if k + 1 == len(pieces) or owner[k + 1] != owner[k]:
                    resolved[owner[k]] = r

    # A bare POI name that the same document also places inside a unit is that place: as a
    # mention in a chain, or as text right after a resolved place even where the NER did not
    # mark it there (青年路三社区58号院 ... 58号院就放心交给我们).
    contained: dict[str, set[tuple[str | None, str | None]]] = defaultdict(set)
    for r in resolved:
        if r is not None and r.level == POI:
            contained[r.name].add((r.code, r.path))
    placed_at: dict[int, _Resolved] = {}
    for i, r in enumerate(resolved):
        if r is not None and r.label == "LOC" and r.code and ms[i]["label"] == "LOC":
            placed_at[ms[i]["end"]] = r
    for r in resolved:
        if r is None or r.label != "LOC" or r.code or r.name in contained or len(r.name) < 2:
            continue
        at = text.find(r.name)
        while at >= 0:
            unit = placed_at.get(at)
            if unit is not None and unit.code:
                path = f"{unit.path}/{r.name}"
                contained[r.name].add((unit.code, path))
            at = text.find(r.name, at + 1)
    for i, r in enumerate(resolved):
        if r is not None and r.code is None and len(contained.get(r.name, ())) == 1:
            code, path = next(iter(contained[r.name]))
            resolved[i] = _Resolved("LOC", r.name, code, POI, path)

    def article_codes(aid: str, before: int) -> list[str]:
        """Context codes for governing-place lookups: nearest earlier place in the article
        first, then the dateline, then the rest of the article and the page."""
        earlier = [
            resolved[i].code
            for i in reversed(by_article[aid])
            if ms[i]["start"] < before and resolved[i] is not None and resolved[i].code
        ]
        rest = list(ctx.article.get(aid, []))
        dl = [ctx.dateline[aid]] if aid in ctx.dateline else []
        return [c for c in earlier + dl + rest if c]

    # Pass 2: relative LOC forms, ORGs, people.
    for i, m in enumerate(ms):
        if resolved[i] is not None:
            continue
        aid = m.get("article_id") or ""
        label, surface = m["label"], m["text"]
        if label == "LOC":
            level = _relative_level(surface)
            word = surface[1:]
            codes = article_codes(aid, m["start"])
            div = resolver.governing(level, codes, suffix=word) if level else None
            if div is not None:
                resolved[i] = _Resolved("LOC", div.name, div.code, div.kind, div.path)
            else:
                resolved[i] = _Resolved("LOC", surface)
        elif label == "ORG":
            codes = article_codes(aid, m["start"])
            resolved[i] = _resolve_org(resolver, surface, codes, ctx.weighted(aid))
        else:
            resolved[i] = _Resolved(label, surface)

    # Output: mentions in their input order, and one row per entity.
    out_mentions: list[dict] = []
    ids: list[str] = []
    for r in resolved:
        assert r is not None
        ids.append(r.id)
    id_of = {order[k]: ids[k] for k in range(len(ms))}
    for k, m in enumerate(mentions):
        out_mentions.append({**m, "entity_id": id_of[k]})

    counts: Counter[str] = Counter()
    aliases: dict[str, set[str]] = defaultdict(set)
    first: dict[str, _Resolved] = {}
    for k, m in enumerate(ms):
        eid = ids[k]
        counts[eid] += 1
        aliases[eid].add(m["text"])
        first.setdefault(eid, resolved[k])  # type: ignore[arg-type]
    entities = []
    for eid in sorted(first):
        r = first[eid]
        entities.append(
            {
                "entity_id": eid,
                "label": r.label,
                "name": r.name,
                "aliases": sorted(aliases[eid]),
                "admin_code": r.code,
                "admin_level": r.level,
                "admin_path": r.path,
                "n_mentions": counts[eid],
                "batch_id": batch_id,
            }
        )
    return out_mentions, entities


def _resolve_org(
    resolver: PlaceResolver,
    surface: str,
    governing_codes: list[str],
    context: list[tuple[str, float]],
) -> _Resolved:
    """Canonical name and jurisdiction of an organization.

    市委 / 市统计局 / 省人民医院 are expanded with the governing place of their level
    (太原市委, 山西省人民医院) when the context gives one; an ORG that names places
    (娄烦县公安局静游镇派出所) belongs to the deepest of them."""
    m = _RELATIVE_ORG_RE.match(surface)
    if m:
        level = _LEVEL_OF_WORD[m.group(1)]
        div = resolver.governing(level, governing_codes, suffix=m.group(1))
        # 区 and 县 are read off the article only: the home place is a city, so a bare 区委
        # with no district in sight stays as written.
        if div is not None and (level in ("province", "city") or governing_codes):
            name = _expand(div, surface[1:])
            return _Resolved("ORG", name, div.code, div.kind, div.path)
        return _Resolved("ORG", surface)
    pieces = resolver.places_in(surface)
    if pieces:
        divs = resolver.resolve_chain(pieces, context)
        deepest = next((d for d in reversed(divs) if d is not None), None)
        if deepest is not None:
            return _Resolved("ORG", surface, deepest.code, deepest.kind, deepest.path)
    return _Resolved("ORG", surface)


def _expand(div: Division, tail: str) -> str:
    """太原市 + 委 -> 太原市委; 山西省 + 人民医院 -> 山西省人民医院."""
    return div.name + tail


__all__ = ["ENTITY_COLUMNS", "HOME_PLACE", "PlaceResolver", "entity_id", "resolve_entities"]
