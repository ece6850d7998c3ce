"""Mention-replacement augmentation for NER training: local names in familiar contexts.

The annotated corpora (MSRA, People's Daily 1998, CLUENER) are national news: their places are
provinces, capitals and countries, their organizations ministries and companies. Local pages
name towns, villages, communities, compounds and local bodies (栗家庄镇, 下家庄村, 坞城路东社区,
汾阳市公安局, 栗家庄镇卫生院, 下家庄村委会), which the model has rarely seen. This module
copies a fraction of the training sentences and swaps some of their place and organization
spans for such names:

- a LOC span that ends in a division unit word (…省/市/县/区/镇/乡/街道/社区/村, the level
  suffixes of ``places_level_suffixes``) or a compound word (…小区/花园, ``training_loc_compounds``)
  becomes a county, town, street, village or community of the shipped gazetteer
  (models/gazetteer, see pipeline/nlp/gazetteer.py), or a compound built from a community's stem;
- an ORG span that ends like a local body (its last character is the last character of a
  suffix in ``training_org_bodies``: 局, 院, 会, 府, 所, 司 …) becomes a place of the right kind
  plus a body suffix (汾阳市 + 公安局), sometimes (``parent_share``) led by the place's parent
  (汾阳市栗家庄镇人民政府: one ORG span, the guidelines' outermost convention).

Spans of other shapes (中国, 美国, 新华社) keep their text, so their contexts stay realistic.
Everything is drawn from a seeded ``random.Random``: the same seed gives the same sentences.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from pipeline import lexicons
from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer
from pipeline.nlp.lexicons import normalize
from pipeline.training.ner_data import Sentence, spans_of

# kinds of place a synthetic name is drawn from, with their share of the draws
LOC_KINDS = {"town": 0.3, "street": 0.15, "village": 0.2, "community": 0.15, "county": 0.12,
             "compound": 0.08}
ORG_KINDS = {"county": 0.4, "town": 0.25, "street": 0.1, "village": 0.15, "community": 0.1}
# of the ORG names below county level, the share led by their parent place (汾阳市栗家庄镇人民政府).
# 0.3 in the first fine-tune (2026-11-30) taught the network to glue place chains onto bodies
# (…镇…村 + a business as one ORG); lower by default, an option of the trainer (--parent-share)
PARENT_SHARE = 0.1


@dataclass(frozen=True)
class LocalNames:
    """Places by kind, each with the name of its parent (county for towns and streets, town for
    villages and communities; empty for counties)."""

    places: dict[str, tuple[tuple[str, str], ...]]
    org_suffixes: dict[str, tuple[str, ...]]
    compound_suffixes: tuple[str, ...]
    parent_share: float = PARENT_SHARE

    def loc(self, rng: random.Random) -> str:
        kind = _pick(rng, LOC_KINDS)
        if kind == "compound":
            name, _ = rng.choice(self.places["community"])
            return name.removesuffix("社区") + rng.choice(self.compound_suffixes)
        return rng.choice(self.places[kind])[0]

    def org(self, rng: random.Random) -> str:
        kind = _pick(rng, ORG_KINDS)
        name, parent = rng.choice(self.places[kind])
        suffix = rng.choice(self.org_suffixes[kind])
        # 下家庄村 + 村委会 -> 下家庄村委会
        body = name[:-1] + suffix if suffix[0] == name[-1] else name + suffix
        if parent and rng.random() < self.parent_share:
            body = parent + body
        return body


def _pick(rng: random.Random, shares: dict[str, float]) -> str:
    return rng.choices(list(shares), weights=list(shares.values()))[0]


def _kind(level: str, name: str) -> str | None:
    if level == "county" and name.endswith(("县", "区", "市", "旗")):
        return "county"
    if level == "township":
        if name.endswith("街道"):
            return "street"
        if name.endswith(("镇", "乡")):
            return "town"
    if level == "village":
        if name.endswith("社区"):
            return "community"
        if name.endswith("村"):
            return "village"
    return None


def local_names(gaz: Gazetteer | None = None, parent_share: float = PARENT_SHARE) -> LocalNames:
    """Counties, towns, streets, villages and communities of the gazetteer (names of at least
    3 characters, so bare 一村 / 城区 are left out), in file order; ORG body suffixes from
    ``training_org_bodies`` (generic service descriptions such as 便民服务中心 are not in it: see
    its header)."""
    gaz = gaz or load_gazetteer()
    places: dict[str, list[tuple[str, str]]] = {k: [] for k in ORG_KINDS}
    for div in gaz.divisions.values():
        name = normalize(div.name)
        kind = _kind(div.level, name)
        if kind is None or len(name) < 3 or div.official in {"市辖区"}:
            continue
        parent = gaz.get(div.parent)
        pname = normalize(parent.name) if parent is not None and kind != "county" else ""
        if pname and _kind(parent.level, pname) is None:  # type: ignore[union-attr]
            pname = ""
        places[kind].append((name, pname))
    suffixes: dict[str, list[str]] = {k: [] for k in ORG_KINDS}
    for suffix, kind in lexicons.rows("training_org_bodies"):
        suffixes[kind].append(suffix)
    return LocalNames(
        places={k: tuple(v) for k, v in places.items()},
        org_suffixes={k: tuple(v) for k, v in suffixes.items()},
        compound_suffixes=lexicons.words("training_loc_compounds"),
        parent_share=parent_share,
    )


def replaceable(text: str, label: str) -> bool:
    """Spans shaped like a local place or body (see the module docstring)."""
    if len(text) < 2:
        return False
    if label == "LOC":
        ends = (*lexicons.words("places_level_suffixes"), *lexicons.words("training_loc_compounds"))
        return text.endswith(ends)
    if label == "ORG":
        return text[-1] in {s[-1] for s, _ in lexicons.rows("training_org_bodies")}
    return False


def replace_mentions(sents: list[Sentence], rng: random.Random, names: LocalNames,
                     fraction: float = 0.15, span_share: float = 0.6) -> list[Sentence]:
    """New sentences: of the sentences with a replaceable span, about ``fraction`` are copied
    with each replaceable span swapped (probability ``span_share``, at least one per sentence)
    for a synthetic local name of the same label. The originals are not changed."""
    out: list[Sentence] = []
    for text, tags in sents:
        spans = [(s, e, lab) for s, e, lab in spans_of(tags) if replaceable(text[s:e], lab)]
        if not spans or rng.random() >= fraction:
            continue
        chosen = [sp for sp in spans if rng.random() < span_share] or [rng.choice(spans)]
        new_text, new_tags, pos = "", [], 0
        for s, e, lab in chosen:
            name = names.loc(rng) if lab == "LOC" else names.org(rng)
            new_text += text[pos:s] + name
            new_tags += [*tags[pos:s], f"B-{lab}", *[f"I-{lab}"] * (len(name) - 1)]
            pos = e
        out.append((new_text + text[pos:], new_tags + tags[pos:]))
    return out
