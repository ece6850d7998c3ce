"""Canonical entities: every mention of a page gets the id of one entity, and the page gets
one entity row per entity (name, aliases, administrative code, level and path).

A page is resolved in passes:

1. Chains: LOC mentions written back to back (古交市桃园街道腾飞路社区) name a place and its
   parents; each chain is resolved jointly, in text order per article, and every resolved
   place becomes context for the next.
2. Containment: a name the gazetteer lacks (小区, roads, a missing village) carries the code
   of the unit the text puts it in (北旺庄街道滨河中心社区东岸国际小区), with admin_level "poi"
   and a path ending in its own name; a bare mention of it elsewhere on the page is the same
   place.
3. Relative forms (本市, 全省, 全镇; ORG 市委, 市统计局) take the governing place of their level
   from the article's places, its dateline, then the home place; an ORG that names places
   (娄烦县公安局静游镇派出所) belongs to the deepest of them.

Entity ids derive from content only, so the same entity gets the same id in every batch:
LOC resolved -> (label, admin_code); LOC contained -> (label, admin_path); ORG -> (label,
canonical name, admin_code); otherwise (label, name). Every entity field is a function of the id,
so per-document rows merge across a batch by id.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from pipeline.ids import stable_id
from pipeline.nlp.gazetteer import LEVEL_RANK, Division
from pipeline.places.context import Codes, chains, page_context
from pipeline.places.matching import LEVEL_OF_WORD, country, level_word_at, relative_org, relative_place
from pipeline.places.resolution import Evidence, Resolver
from pipeline.records import Article, Document, Entity, Mention

POI = "poi"
COUNTRY = "country"


def entity_id(label: str, *key: str | None) -> str:
    """Content-derived id: the same entity in any batch gets the same id."""
    return stable_id(f"{label.lower()}_", label, *(k or "" for k in key))


@dataclass(frozen=True)
class Resolved:
    """What one mention resolved to."""

    label: str
    name: str
    code: str | None = None
    level: str | None = None
    path: str | None = None

    @classmethod
    def of(cls, label: str, div: Division, name: str | None = None) -> Resolved:
        return cls(label, name or div.name, div.code, div.kind, div.path)

    @classmethod
    def country(cls, code: str, name: str) -> Resolved:
        """A country: one entity for every way it is written (中国, 中华人民共和国, 我国)."""
        return cls("LOC", name, code, COUNTRY, name)

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


def resolve_org(
    resolver: Resolver, surface: str, governing_codes: Iterable[str], context: Evidence
) -> Resolved:
    """Canonical name and jurisdiction of an organization.

    市委 / 市统计局 / 省人民医院 are expanded with the governing place of their level
    (太原市委, 山西省人民医院) when the context gives one; an ORG that names places
    (娄烦县公安局静游镇派出所) belongs to the deepest of them."""
    word = relative_org(surface)
    if word is not None:
        level = LEVEL_OF_WORD[word]
        div = resolver.governing(level, governing_codes, suffix=word)
        # Counties and below are read off the article only: the home place is a city or wider
        # (an inferred one a prefecture or a province), so a bare 区委 with no district in
        # sight stays as written.
        if div is not None and (LEVEL_RANK[level] < LEVEL_RANK["county"] or governing_codes):
            return Resolved.of("ORG", div, name=div.name + surface[len(word) :])  # 太原市 + 委
        return Resolved("ORG", surface)
    pieces = resolver.match.places_in(surface)
    if pieces:
        deepest = resolver.deepest(pieces, context)
        if deepest is not None:
            return Resolved.of("ORG", deepest, name=surface)
    return Resolved("ORG", surface)


def resolve_page(
    resolver: Resolver, document: Document, articles: Sequence[Article], mentions: Sequence[Mention]
) -> tuple[list[Mention], list[Entity]]:
    """Mentions (in their input order) with their canonical entity_id, and this document's
    entity rows (n_mentions counts this document only)."""
    page = _Page(resolver, document, articles, mentions)
    page.resolve_chains()
    page.place_contained()
    page.resolve_rest()
    return page.records()


class _Page:
    """One document's mentions in text order, and what each resolved to so far."""

    def __init__(
        self, resolver: Resolver, document: Document, articles: Sequence[Article], mentions: Sequence[Mention]
    ) -> None:
        self.resolver = resolver
        self.text = document.text or ""
        self.batch_id = document.batch_id or ""
        self.mentions = list(mentions)
        self.order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, mentions[i].end))
        self.ms = [mentions[i] for i in self.order]
        self.resolved: list[Resolved | None] = [None] * len(self.ms)
        self.by_article: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(self.ms):
            self.by_article[m.article_id or ""].append(i)
        self.article_starts = {aid: [self.ms[i].start for i in ids] for aid, ids in self.by_article.items()}
        self.walked: dict[str, tuple[int, dict[str, None]]] = {}  # pass 3's walk per article
        self.ctx = page_context(resolver, self.ms, articles)

    # -- pass 1: chains of names

    def resolve_chains(self) -> None:
        """LOC chains, per article, in text order; each resolution becomes context."""
        for aid, idxs in self.by_article.items():
            locs = [i for i in idxs if self.ms[i].label == "LOC" and relative_place(self.ms[i].text) is None]
            for chain in chains([self.ms[i] for i in locs]):
                self._resolve_chain(aid, [locs[k] for k in chain])

    def _resolve_chain(self, aid: str, members: list[int]) -> None:
        # A mention may itself be a whole chain (东坡区太和镇) or a chain ending in a named
        # place (太和镇幸福小区): resolve its pieces with the rest of the chain.
        pieces: list[str] = []
        owner: list[int] = []
        as_unit: list[bool] = []
        for i in members:
            parts = self.resolver.match.split_place(self.ms[i].text)
            pieces += parts
            owner += [i] * len(parts)
            # a level word right after the mention names the unit (泰山 + 区)
            as_unit += [False] * (len(parts) - 1) + [level_word_at(self.text, self.ms[i].end)]
        divs = self.resolver.resolve_chain(pieces, self.ctx.weighted(aid), as_unit)
        # a country's name is the country (巴西, 中国), unless the chain puts a unit of that
        # name inside the unit before it (若尔盖县巴西: 巴西镇)
        found = [
            None if k and d is not None and (prev := divs[k - 1]) is not None
            and self.resolver.within(d.code, prev.code) else country(p)
            for k, (p, d) in enumerate(zip(pieces, divs, strict=True))
        ]  # fmt: skip
        container: Resolved | None = None
        for k, (piece, div) in enumerate(zip(pieces, divs, strict=True)):
            if (nation := found[k]) is not None:
                r = Resolved.country(*nation)  # never context, never a container's child
            elif div is not None:
                r = Resolved.of("LOC", div)
                self.ctx.add(aid, div.code)
            elif container is not None and container.code and len(piece) > 1:
                # inside the unit the text names just before it (one character names no place
                # of its own: 浙西南山区 tagged 浙 + 西 + 南山区 has no place 西 in 浙江)
                r = Resolved("LOC", piece, container.code, POI, f"{container.path}/{piece}")
            else:
                r = Resolved("LOC", piece)
            container = r
            if k + 1 == len(pieces) or owner[k + 1] != owner[k]:
                self.resolved[owner[k]] = r

    # -- pass 2: names placed inside a unit

    def place_contained(self) -> None:
        """A bare POI name that the same document also places inside a unit is that place."""
        contained = self._containers()
        for i, r in enumerate(self.resolved):
            if r is not None and r.code is None and len(contained.get(r.name, ())) == 1:
                code, path = next(iter(contained[r.name]))
                self.resolved[i] = Resolved("LOC", r.name, code, POI, path)

    def _containers(self) -> dict[str, set[tuple[str | None, str | None]]]:
        """Name -> the (code, path) of every unit the page puts it in: as a mention in a chain,
        or as text right after a resolved place even where the NER did not mark it there
        (某某社区8号院 ... 8号院的居民, where the NER marked only the second)."""
        contained: dict[str, set[tuple[str | None, str | None]]] = defaultdict(set)
        for r in self.resolved:
            if r is not None and r.level == POI:
                contained[r.name].add((r.code, r.path))
        placed_at: dict[int, Resolved] = {}
        for i, r in enumerate(self.resolved):
            if r is not None and r.label == "LOC" and r.code and self.ms[i].label == "LOC":
                placed_at[self.ms[i].end] = r
        for r in self.resolved:
            if r is None or r.label != "LOC" or r.code or r.name in contained or len(r.name) < 2:
                continue
            at = self.text.find(r.name)
            while at >= 0:
                unit = placed_at.get(at)
                if unit is not None and unit.code:
                    contained[r.name].add((unit.code, f"{unit.path}/{r.name}"))
                at = self.text.find(r.name, at + 1)
        return contained

    # -- pass 3: relative forms, ORGs, people

    def resolve_rest(self) -> None:
        for i, m in enumerate(self.ms):
            if self.resolved[i] is not None:
                continue
            aid = m.article_id or ""
            if m.label == "LOC":
                self.resolved[i] = self._relative_place(m, aid)
            elif m.label == "ORG":
                codes = self._governing_codes(aid, m.start)
                self.resolved[i] = resolve_org(self.resolver, m.text, codes, self.ctx.weighted(aid))
            else:
                self.resolved[i] = Resolved(m.label, m.text)

    def _relative_place(self, m: Mention, aid: str) -> Resolved:
        """本市 / 全省 / 全镇: the governing place of that level, or the words as written."""
        relative = relative_place(m.text)
        if relative is not None:
            level, word = relative
            div = self.resolver.governing(level, self._governing_codes(aid, m.start), suffix=word)
            if div is not None:
                return Resolved.of("LOC", div)
        return Resolved("LOC", m.text)

    def _governing_codes(self, aid: str, before: int) -> Codes:
        """Nearest earlier resolved place in the article first, then the article's context.
        Pass 3 asks in text order, after every earlier mention is resolved for good, so the
        article's codes seen so far are kept as they come, each at its latest place: the
        codes nearest first, each once, as Codes would read them off the whole walk back."""
        k = bisect_left(self.article_starts[aid], before) if self.by_article[aid] else 0
        walked, recent = self.walked.get(aid, (0, {}))
        if k < walked:  # asked out of order: walk back from the mention
            recent, walked = {}, 0
        ids = self.by_article[aid]
        for j in range(walked, k):
            r = self.resolved[ids[j]]
            if r is not None and r.code:
                recent.pop(r.code, None)
                recent[r.code] = None
        self.walked[aid] = (k, recent)
        return self.ctx.governing_codes(aid, reversed(recent))

    # -- output

    def records(self) -> tuple[list[Mention], list[Entity]]:
        resolved = [r for r in self.resolved if r is not None]
        assert len(resolved) == len(self.ms), "every mention resolves to something"
        ids = [r.id for r in resolved]
        id_of = {self.order[k]: ids[k] for k in range(len(self.ms))}
        mentions = [replace(m, entity_id=id_of[k]) for k, m in enumerate(self.mentions)]
        counts: Counter[str] = Counter()
        aliases: dict[str, set[str]] = defaultdict(set)
        first: dict[str, Resolved] = {}
        for k, m in enumerate(self.ms):
            counts[ids[k]] += 1
            aliases[ids[k]].add(m.text)
            first.setdefault(ids[k], resolved[k])
        entities = [
            Entity(
                entity_id=eid,
                label=r.label,
                name=r.name,
                aliases=tuple(sorted(aliases[eid])),
                admin_code=r.code,
                admin_level=r.level,
                admin_path=r.path,
                n_mentions=counts[eid],
                batch_id=self.batch_id,
            )
            for eid, r in sorted(first.items())
        ]
        return mentions, entities
