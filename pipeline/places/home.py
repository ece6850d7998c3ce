"""The home region of a page, inferred from the page itself where no home place is configured.

A local paper's page names the places of its region over and over (its prefecture, the
prefecture's counties, townships and communities); a page of national news names places all
over the country. The evidence is what the page says without any home place: the places its
LOC mentions, its ORG names and its datelines name (``page_places``). Each distinct place
votes once, so one name repeated makes no home. The home is

- the province of at least ``HOME_MIN_PLACES`` of those places and of at least ``HOME_SHARE``
  of them all, else none (a page of national news gets no home);
- narrowed to a prefecture when, of the places below the province level, at least
  ``HOME_MIN_PLACES`` and ``HOME_SHARE`` lie in one prefecture (本市 and 市委 then take it).

The inferred home is used exactly like a configured one (the low weight
``context.W_HOME``); a configured home place wins. Per document, not per batch: documents are
processed independently (by different workers, one file at a time, skipped when unchanged),
so a page's entities must depend on that page only, never on which other pages share its
batch; and one batch may well mix papers of several regions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from pipeline.nlp.gazetteer import Division, Gazetteer
from pipeline.places.matching import Matcher, needs_context, relative_place
from pipeline.records import Article, Mention

# The leading region needs this many distinct places of the page, and this share of them.
HOME_MIN_PLACES = 3
HOME_SHARE = 2 / 3


def page_places(gazetteer: Gazetteer, mentions: Sequence[Mention], articles: Sequence[Article]) -> set[str]:
    """The codes of the distinct places a page names, read without a home place (so the
    evidence cannot lean on one): its LOC names (each piece of a chain), the places inside its
    ORG names and its datelines. A name of several divisions counts as the smallest unit that
    holds them all (南昌 is the city or its county: 南昌市), or not at all where that is no
    unit (朝阳: in 北京 and in 辽宁). Readings that need context to stand count neither: a
    township or village by its short form (巴西), a county by its short form (南海, 泰山)."""
    match = Matcher(gazetteer)
    texts = {m.text for m in mentions if m.label == "LOC" and relative_place(m.text) is None}
    texts.update(a.dateline_place for a in articles if a.dateline_place)
    pieces = {p for t in texts for p in match.split_place(t)}
    pieces.update(p for m in mentions if m.label == "ORG" for p in match.places_in(m.text))
    codes = (_holder(gazetteer, match, piece) for piece in sorted(pieces))
    return {c for c in codes if c is not None}


def _holder(gazetteer: Gazetteer, match: Matcher, text: str) -> str | None:
    """The smallest division holding every reading of `text` that stands without context."""
    cands = [d for d in match.candidates(text) if not needs_context(d, text)]
    if not cands:
        return None
    common = set.intersection(*({a.code for a in gazetteer.ancestors(d.code)} for d in cands))
    return max(common, key=lambda c: gazetteer.divisions[c].rank, default=None)


def infer_home(
    gazetteer: Gazetteer, mentions: Sequence[Mention], articles: Sequence[Article]
) -> Division | None:
    """The page's home region (a prefecture, else a province), or None where the page's
    places do not point to one region clearly enough."""
    codes = page_places(gazetteer, mentions, articles)
    province = _leading(gazetteer, codes, "province")
    if province is None:
        return None
    inside = [c for c in codes if c != province.code and gazetteer.is_within(c, province.code)]
    return _leading(gazetteer, inside, "city") or province


def _leading(gazetteer: Gazetteer, codes: Iterable[str], level: str) -> Division | None:
    """The division of `level` that holds enough of the places (``HOME_MIN_PLACES``, and
    ``HOME_SHARE`` of those that lie in some division of that level)."""
    votes: Counter[str] = Counter()
    for code in codes:
        div = gazetteer.ancestor_at(code, level)
        if div is not None:
            votes[div.code] += 1
    if not votes:
        return None
    (top, n), total = votes.most_common(1)[0], sum(votes.values())
    if n < HOME_MIN_PLACES or n < HOME_SHARE * total:
        return None
    return gazetteer.divisions[top]
