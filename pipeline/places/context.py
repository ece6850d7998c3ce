"""Context: what the page says about where it is, as evidence for ambiguous names.

Four sources, strongest first: the places already resolved in the same article, the
article's dateline, the rest of the page, and the paper's home place (a parameter of the
run, never read from the environment). Each is a list of division codes; ``Context.weighted``
turns them into (code, weight) evidence for ``resolution``. So 腾飞路社区 goes to 古交市 in a
太原 paper, and to 大同 when the article talks about 云冈区.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

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

    def add(self, article_id: str, code: str) -> None:
        """A place resolved in an article: evidence for its article and the page."""
        self.article[article_id].append(code)
        self.page.append(code)

    def governing_codes(self, article_id: str, earlier: list[str]) -> list[str]:
        """Codes for governing-place lookups: the article's places before the mention (nearest
        first), then the dateline, then the rest of the article and the page."""
        rest = list(self.article.get(article_id, []))
        dl = [self.dateline[article_id]] if article_id in self.dateline else []
        return [c for c in earlier + dl + rest if c]


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
                    ctx.article[aid].append(cands[0].code)
    for art in articles:
        if art.dateline_place:
            aid = art.article_id or ""
            # a dateline may be a chain too (尖草坪区向阳镇): its smallest resolved unit
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
