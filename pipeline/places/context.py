"""Context: what the page says about where it is, as evidence for ambiguous names.

Four sources, strongest first: the places already resolved in the same article, the
article's dateline, the rest of the page, and the paper's home place (a parameter of the
run, never read from the environment; where none is configured, the page's home region that
``home`` infers, or none). Each is a list of division codes; ``Context.weighted`` turns them
into (code, weight) evidence for ``resolution``. So a community name that two cities share goes
to the home city's one, and to the other's when the article names a district of it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import chain

from pipeline.nlp.gazetteer import Division, Gazetteer
from pipeline.places.matching import weak
from pipeline.places.resolution import Resolver
from pipeline.records import Article, Mention

# Weights of context evidence (multiplied by the rank of the common ancestor: province 1 ..
# village 5). Article places outweigh the page, which outweighs the configured home place.
W_ARTICLE, W_DATELINE, W_PAGE, W_HOME = 3.0, 3.0, 1.0, 1.0


def home_division(gazetteer: Gazetteer, home_place: str | None) -> Division | None:
    """The paper's home place as a division (a name or a code), or None when not set."""
    if not home_place:
        return None
    div = gazetteer.get(home_place)  # a code works too
    if div is not None:
        return div
    cands = gazetteer.lookup(home_place)
    if not cands:
        raise ValueError(f"home place {home_place!r} is not in the gazetteer")
    return min(cands, key=lambda d: (d.rank, d.code))


@dataclass
class Context:
    """Resolved places that can disambiguate others, by where they were seen."""

    article: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    dateline: dict[str, str] = field(default_factory=dict)
    page: list[str] = field(default_factory=list)
    home: list[str] = field(default_factory=list)
    # how often each code is in ``article`` and ``page``, kept as they grow: ``weighted`` then
    # costs the number of distinct places, not of mentions (quadratic on pages dense with names)
    _article_counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    _page_counts: Counter[str] = field(default_factory=Counter)
    _article_first: dict[str, dict[str, None]] = field(default_factory=lambda: defaultdict(dict))

    def weighted(self, article_id: str | None) -> list[tuple[str, float]]:
        """Each context code once, with the summed weight of everywhere it was seen (a place
        named five times in the article counts five times)."""
        out: dict[str, float] = defaultdict(float)
        for c, n in self._article_counts.get(article_id or "", Counter()).items():
            out[c] += W_ARTICLE * n  # whole-number weights: the same sum as n additions
        if article_id in self.dateline:
            out[self.dateline[article_id]] += W_DATELINE
        for c, n in self._page_counts.items():
            out[c] += W_PAGE * n
        for c in self.home:
            out[c] += W_HOME
        return sorted(out.items())

    def add(self, article_id: str, code: str) -> None:
        """A place resolved in an article: evidence for its article and the page."""
        self.add_to_article(article_id, code)
        self.page.append(code)
        self._page_counts[code] += 1

    def add_to_article(self, article_id: str, code: str) -> None:
        """Evidence for the article only (a place inside an ORG name)."""
        self.article[article_id].append(code)
        self._article_counts[article_id][code] += 1
        self._article_first[article_id].setdefault(code)

    def governing_codes(self, article_id: str, earlier: Iterable[str]) -> Codes:
        """Codes for governing-place lookups: the article's places before the mention (nearest
        first), then the dateline, then the rest of the article and the page."""
        dl = [self.dateline[article_id]] if article_id in self.dateline else []
        # the article's codes each once, in the order first seen: what Codes makes of the list
        return Codes(chain(earlier, dl, self._article_first.get(article_id, {})))


class Codes:
    """Context codes in order, each once, read only as far as a lookup goes: the first code
    that governs a place decides (``Resolver.governing``), so repeats change nothing, and
    most lookups stop at the nearest place instead of listing the whole article for every
    mention (quadratic on pages dense with names)."""

    def __init__(self, codes: Iterable[str]) -> None:
        self._source: Iterator[str] = iter(codes)
        self._read: list[str] = []
        self._seen: set[str] = set()

    def __iter__(self) -> Iterator[str]:
        yield from self._read
        while (code := self._next()) is not None:
            yield code

    def __bool__(self) -> bool:
        return bool(self._read) or self._next() is not None

    def _next(self) -> str | None:
        for code in self._source:
            if code and code not in self._seen:
                self._seen.add(code)
                self._read.append(code)
                return code
        return None


def page_context(resolver: Resolver, mentions: Sequence[Mention], articles: Sequence[Article]) -> Context:
    """The context a page gives before any ambiguous name is resolved: its unambiguous places
    (and the places inside its ORG names, for their article), then each article's dateline."""
    ctx = Context(home=list(resolver.home_codes))
    for m in mentions:
        aid = m.article_id or ""
        if m.label == "LOC":
            cands = resolver.match.candidates(m.text)
            if len(cands) == 1 and not weak(cands[0], m.text):
                ctx.add(aid, cands[0].code)
        elif m.label == "ORG":
            for piece in resolver.match.places_in(m.text):
                cands = resolver.match.candidates(piece)
                if len(cands) == 1:
                    ctx.add_to_article(aid, cands[0].code)
    for art in articles:
        if art.dateline_place:
            aid = art.article_id or ""
            # a dateline may be a chain too (东坡区太和镇): its smallest resolved unit
            texts = resolver.match.split_place(art.dateline_place)
            div = resolver.deepest(texts, ctx.weighted(aid))
            if div is not None:
                ctx.dateline[aid] = div.code
    return ctx


def chains(mentions: Sequence[Mention]) -> list[list[int]]:
    """Indices of mentions written back to back (no character between them)."""
    out: list[list[int]] = []
    prev_end = None
    for i, m in enumerate(mentions):
        if out and prev_end is not None and m.start == prev_end:
            out[-1].append(i)
        else:
            out.append([i])
        prev_end = m.end
    return out
