"""``cnnews_org_units``: a university's department written right after it is part of the
organization (issue 11, round 6: MSRA dev errors read by class): 罗马大学|工程系 tagged 罗马大学
becomes 罗马大学工程系, one outermost ORG as the gold guidelines and MSRA (48 times in MSRA NER
train, never split) annotate it. The department is one or two dictionary nouns and its head
(``ner_academic_units``: 系), and the head starts no longer word (系列, 系统): 北京大学|建立了
密切关系 is no department.
"""

from __future__ import annotations

from spacy.language import Language

from pipeline.nlp.components import resources as res
from pipeline.nlp.components.spans import RuleComponent
from pipeline.nlp.ner import Span

SOURCE = "rule:org_units"
_FIELD = 4  # characters of the department's field (舞蹈, 政治经济), at most


class OrgUnits(RuleComponent):
    def __init__(self, units: dict[str, tuple[str, ...]]) -> None:
        self.units = units

    def wants(self, text: str) -> bool:
        return any(u in text for u in self.units)

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        starts = {s.start for s in spans}
        out: list[Span] = []
        for s in spans:
            end = self.unit_end(text, s) if s.label == "ORG" else 0
            if end and not any(s.end <= x < end for x in starts):
                out.append(Span(s.start, end, "ORG", SOURCE, s.score))
            else:
                out.append(s)
        return out

    def unit_end(self, text: str, s: Span) -> int:
        """End of the department after ``s``, or 0."""
        name = text[s.start : s.end]
        words = res.jieba_dict()
        for unit, parents in self.units.items():
            if not name.endswith(parents):
                continue
            for n in range(1, _FIELD + 1):
                j = s.end + n
                if text[j : j + len(unit)] != unit:
                    continue
                after = j + len(unit)
                if text[j : after + 1] in words:
                    return 0  # 系列, 系统: the head starts a longer word
                field = res.jieba_cut(text[s.end : j])
                if 1 <= len(field) <= 2 and all(words.get(w, "")[:1] == "n" for w in field):
                    return after
                return 0
        return 0


@Language.factory("cnnews_org_units", default_config={"units": "ner_academic_units"})
def make_org_units(nlp: Language, name: str, units: str) -> OrgUnits:
    """``units``: department heads and the heads of the bodies they follow."""
    return OrgUnits({row[0]: tuple(row[1].split("|")) for row in res.table(units)})
