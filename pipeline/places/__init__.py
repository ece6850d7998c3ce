"""Places and canonical entities, as a library: resolve LOC mentions to administrative
divisions, give every mention the id of one canonical entity, and build a document's entity
rows. The entities stage (``pipeline.stages.places``) is a thin call of ``resolve_page``.

One module per step:

- ``matching``: a name as written -> the divisions of the gazetteer it may name (full names,
  short forms, committee forms), chains of names inside one mention, places inside ORG names,
  relative forms (本市, 市委);
- ``context``: what the page says about where it is (places already resolved in the article,
  the dateline, the rest of the page, the paper's home place), as weighted evidence;
- ``resolution``: choosing the division a name means given that evidence, names written back to
  back resolved jointly, the governing place of a level;
- ``home``: the page's home region where the run configures no home place, inferred from the
  places the page names unambiguously (a page of national news gets none);
- ``canonical``: the passes over a page, canonical names and content-derived entity ids,
  aliases, entity rows.

The words the steps use are data: ``pipeline/lexicons/places_*.tsv``. The home place is a
parameter (the run's configuration supplies it, else ``home`` infers it per page); nothing
here reads the environment.
"""

from pipeline.places.canonical import POI, Resolved, entity_id, resolve_org, resolve_page
from pipeline.places.context import Context, chains, home_division, page_context
from pipeline.places.home import infer_home, page_places
from pipeline.places.matching import Matcher
from pipeline.places.resolution import Resolver

__all__ = [
    "POI",
    "Context",
    "Matcher",
    "Resolved",
    "Resolver",
    "chains",
    "entity_id",
    "home_division",
    "infer_home",
    "page_context",
    "page_places",
    "resolve_org",
    "resolve_page",
]
