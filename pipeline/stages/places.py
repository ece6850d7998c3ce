"""The entities stage: canonical entities for one document's mentions.

Every mention gets the id of one canonical entity (a LOC resolved to its administrative
division, an ORG expanded with its governing place, a name inside the unit the text puts it
in), and the document gets one entity row per entity. How: ``pipeline.places`` (matching,
context, resolution, canonical).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping, Sequence
from typing import Any

from pipeline.nlp.gazetteer import Division, Gazetteer, load_gazetteer
from pipeline.places import POI, Resolver, entity_id, home_division, infer_home, resolve_page
from pipeline.records import Article, Document, Entity, Mention, coerce


def resolve_entities(
    document: Document | Mapping[str, Any],
    articles: Sequence[Article | Mapping[str, Any]],
    mentions: Sequence[Mention | Mapping[str, Any]],
    home_place: str | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    infer: bool = True,
) -> tuple[list[Mention], list[Entity]]:
    """Mentions with their canonical entity_id (in input order), and this document's entity
    rows (n_mentions counts this document only).

    `home_place` is the paper's home place (a name or a division code: 郑州市, 4101), the
    fallback context for ambiguous names and relative forms when an article names nothing
    closer. The run's configuration supplies it; None (the default): the page's own home
    region, inferred from the places it names (``pipeline.places.home``), or none where they
    point nowhere in particular; `infer=False` with None: no home place at all.
    `gazetteer`: default the shipped one."""
    gaz = gazetteer or load_gazetteer()
    arts = [coerce(Article, a) for a in articles]
    ms = [coerce(Mention, m) for m in mentions]
    if home_place:
        resolver = _resolver(gaz, home_division(gaz, home_place), inferred=False)
    else:
        resolver = _resolver(gaz, infer_home(gaz, ms, arts) if infer else None, inferred=True)
    return resolve_page(resolver, coerce(Document, document), arts, ms)


_RESOLVERS: OrderedDict[tuple[int, str | None, bool], Resolver] = OrderedDict()
_MAX_RESOLVERS = 16  # a process meets few home grounds: the configured one, or those inferred


def _resolver(gaz: Gazetteer, home: Division | None, inferred: bool) -> Resolver:
    """One resolver per gazetteer and home ground in a process (the last few used): what its
    matcher and lineage remember (the readings of a name, its chain, the places inside an
    ORG name, a code's ancestors) serves every page on that ground (issue 13, speed). The
    cache holds the gazetteer, so its id stays its own while cached."""
    key = (id(gaz), home.code if home else None, inferred)
    resolver = _RESOLVERS.get(key)
    if resolver is None or resolver.gaz is not gaz:
        resolver = _RESOLVERS[key] = Resolver(gaz, home, inferred=inferred)
        while len(_RESOLVERS) > _MAX_RESOLVERS:
            _RESOLVERS.popitem(last=False)
    _RESOLVERS.move_to_end(key)
    return resolver


__all__ = ["POI", "entity_id", "resolve_entities"]
