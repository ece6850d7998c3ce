"""``cnnews_periodicals``: newspapers and magazines named with their place or body, under
MSRA's annotation convention (issue 11, round 6: MSRA dev errors read by class).

MSRA tags a place and the title of its periodical as one ORG, book-title marks included
(英国《金融时报》, 法国《队报》: 48 times in MSRA NER train, never as LOC + title), and a title
followed by its body word as one ORG (《科学》杂志, 《上饶日报》社, 美国《科学》杂志;
``ner_periodical_bodies``). The network tags the place as LOC and the title alone or not at all.

- place + 《title》: one ORG where the title ends like a periodical's (…报, …新闻, …周刊;
  ``ner_periodical_title_ends``) or a body word follows; the place is the LOC span (or an ORG:
  江西省文联《创作评谭》杂志社) ending right at the opening mark.
- 《title》 + body word: one ORG from the opening mark.

A book (苏联《政治经济学教科书》) has neither ending nor body word and is left alone. Under the
project's convention (the gold guidelines are silent) nothing changes.
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline.nlp.components import conventions
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.ner import Span

SOURCE = "rule:periodicals"
_TITLE = re.compile(r"《([^《》]{1,20})》")


class Periodicals(RuleComponent):
    def __init__(self, title_ends: tuple[str, ...], bodies: tuple[str, ...],
                 active: bool = True) -> None:
        self.title_ends = title_ends
        self.bodies = tuple(sorted(bodies, key=len, reverse=True))
        self.active = active  # MSRA's convention only

    def wants(self, text: str) -> bool:
        return self.active and "《" in text

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out = spans
        for m in _TITLE.finditer(text):
            span = self.periodical(text, m, out)
            if span is not None:
                out = _replace_inside(out, span)
        return out

    def periodical(self, text: str, m: re.Match[str], spans: list[Span]) -> Span | None:
        """The ORG of the periodical whose title ``m`` is, or None."""
        body = next((w for w in self.bodies if text.startswith(w, m.end())), "")
        place = next((s for s in spans if s.end == m.start() and s.label in ("LOC", "ORG")), None)
        if body:
            start = place.start if place is not None else m.start()
        elif place is not None and m.group(1).endswith(self.title_ends):
            start = place.start
        else:
            return None
        end = m.end() + len(body)
        if any(s.start < start < s.end or s.start < end < s.end for s in spans):
            return None  # a span crosses the edge: leave it
        return Span(start, end, "ORG", SOURCE, place.score if place is not None else None)


def _replace_inside(spans: list[Span], x: Span) -> list[Span]:
    """``x`` in place of the spans inside it."""
    kept = [s for s in spans if s.end <= x.start or s.start >= x.end]
    return sorted([*kept, x], key=lambda s: s.start)


@Language.factory("cnnews_periodicals", default_config={
    "title_ends": "ner_periodical_title_ends", "bodies": "ner_periodical_bodies",
    "convention": conventions.PROJECT})
def make_periodicals(nlp: Language, name: str, title_ends: str, bodies: str,
                     convention: str) -> Periodicals:
    """``convention``: the rule acts under ``msra`` only."""
    return Periodicals(res.words(title_ends), res.words(bodies),
                       conventions.check(convention) == conventions.MSRA)
