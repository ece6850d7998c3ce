"""``cnnews_org_descriptions``: organizations' heads inside descriptions of a kind of body or of
a state of affairs, under both conventions (issue 11, round 8: MSRA dev and train_minus_dev
errors read by class; ``ner_org_descriptions``).

- A rank or a vague quantity inside an ORG (美国|第三大汽车公司, 马来西亚|一些大公司): a
  description, no name; the place before it (a name jieba tags ns) stays a LOC. A number and a
  measure word do the same in ``org_forms`` (…一家化工厂).
- An ORG ending in 局 whose last word names a state of affairs or a game (俄罗斯|政局, 中国队|
  开局, 巴西女排|第四局; a common noun or numeral of jieba's dictionary, two characters or
  第N局): no bureau. What stands before that word stays where it is one name of jieba's: a
  place (ns) a LOC, an organization (nt) an ORG (中国队).

Written by hand: jieba's dictionary tags tell a bureau (邮政局 nt) from a situation (政局 n).
"""

from __future__ import annotations

import re

from spacy.language import Language

from pipeline import lexicons
from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.ner import Span

SOURCE = "rule:org_descriptions"
_HEAD = "局"
_PLACE_TAG = "ns"
_ORG_TAG = "nt"
_COMMON_TAGS = ("n", "m")  # jieba's common noun and numeral (政局 n, 第四局 m)


class OrgDescriptions(RuleComponent):
    def __init__(self, patterns: dict[str, str]) -> None:
        self.ranking = re.compile(patterns["ranking"])
        self.game = re.compile(patterns["game"])

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        out: list[Span] = []
        for s in spans:
            out.extend(self.fixed(text, s) if s.label == "ORG" else [s])
        return out

    def fixed(self, text: str, s: Span) -> list[Span]:
        m = self.ranking.search(text, s.start + 1, s.end)
        if m is not None:
            return _named(text, s.start, m.start(), s.score, (_PLACE_TAG,))
        if not text.endswith(_HEAD, s.start, s.end):
            return [s]
        words = res.jieba_words(text[s.start : s.end])
        last = words[-1]
        if (len(words) < 2 or not self.game.match(last)
                or res.jieba_dict().get(last, "") not in _COMMON_TAGS):
            return [s]
        return _named(text, s.start, s.end - len(last), s.score, (_PLACE_TAG, _ORG_TAG))


def _named(text: str, start: int, end: int, score: float | None,
           tags: tuple[str, ...]) -> list[Span]:
    """What stands before a description: a LOC (ns) or an ORG (nt) where it is one name of
    jieba's dictionary with one of ``tags``, else nothing."""
    tag = res.jieba_dict().get(text[start:end])
    if end - start < 2 or tag not in tags:
        return []
    return [Span(start, end, "LOC" if tag == _PLACE_TAG else "ORG", SOURCE, score)]


@Language.factory("cnnews_org_descriptions", default_config={"patterns": "ner_org_descriptions"})
def make_org_descriptions(nlp: Language, name: str, patterns: str) -> OrgDescriptions:
    return OrgDescriptions(lexicons.mapping(patterns))
