"""Pages dense with names cost time linear (or n log n) in their length, not quadratic.

A 40k-character list of names took 16 s in span merging, in trimming spans against the
administrative names they cross, in finding an organization's anchor, in the role readers'
lookups and in place resolution: each scanned every span or mention for every other. These
tests check each rewritten lookup against the plain definition it replaced (on random
inputs), and run the whole of place resolution on a long adversarial page under a generous
bound that a quadratic version misses by minutes, in the style of test_linear_regexes.
"""

from __future__ import annotations

import random
import time
from datetime import UTC, datetime
from itertools import pairwise

import pytest

from pipeline.nlp.components.hygiene import AdminNames
from pipeline.nlp.components.org_suffix import _Anchors
from pipeline.nlp.components.spans import merge, overlaps
from pipeline.nlp.ner import Span
from pipeline.places.context import Codes
from pipeline.records import Article, Document, Mention, Sentence, Token
from pipeline.roles.view import DocumentView

BOUND_S = 30.0
LABELS = ("PERSON", "ORG", "LOC")


def _plain_merge(base: list[Span], extra: list[Span], outermost: bool = False) -> list[Span]:
    """``merge`` as it was written before: every span checked against every other."""
    spans = list(base)
    for x in sorted(extra, key=lambda s: s.start - s.end):
        hit = [s for s in spans if overlaps(s, x)]
        if not hit:
            spans.append(x)
            continue
        inside = all(x.start <= s.start and s.end <= x.end for s in hit)
        if inside and (outermost or (len(hit) == 1 and hit[0].label == x.label)):
            spans = [s for s in spans if s not in hit]
            spans.append(x)
    return sorted(spans, key=lambda s: s.start)


def _tiling(rnd: random.Random, n: int, end: int, source: str) -> list[Span]:
    """Non-overlapping spans of 2-8 characters, as a component reads them."""
    out, pos = [], 0
    while len(out) < n and pos < end:
        pos += rnd.randint(0, 4)
        length = rnd.randint(2, 8)
        out.append(Span(pos, pos + length, rnd.choice(LABELS), source))
        pos += length
    return out


def _random_spans(rnd: random.Random, n: int, end: int, source: str) -> list[Span]:
    return [Span(s, s + rnd.randint(1, 12), rnd.choice(LABELS), source)
            for s in (rnd.randrange(end) for _ in range(n))]


@pytest.mark.parametrize("seed", range(30))
def test_merge_is_the_plain_definition(seed: int) -> None:
    rnd = random.Random(seed)
    base = _tiling(rnd, 60, 400, "model")
    extra = _random_spans(rnd, 40, 400, "rule")
    for outermost in (False, True):
        assert merge(base, extra, outermost) == _plain_merge(base, extra, outermost)


def test_merge_of_thousands_of_names_is_fast() -> None:
    rnd = random.Random(0)
    base = _tiling(rnd, 40_000, 10**7, "model")
    extra = _random_spans(rnd, 40_000, base[-1].end, "rule")
    began = time.perf_counter()
    merged = merge(base, extra)
    assert time.perf_counter() - began < BOUND_S
    assert all(a.end <= b.start for a, b in pairwise(merged))


@pytest.mark.parametrize("seed", range(20))
def test_admin_names_finds_exactly_the_names_a_span_overlaps(seed: int) -> None:
    rnd = random.Random(seed)
    text = "".join(rnd.choice("市区县镇村路") for _ in range(500))
    gaz = [Span(s.start, s.end, "LOC", "gazetteer") for s in _tiling(rnd, 80, 500, "gazetteer")]
    names = AdminNames(text, gaz, ("区", "县"))
    for s in _random_spans(rnd, 50, 500, "model"):
        plain = [g for g in gaz if text[g.start : g.end].endswith(("区", "县")) and overlaps(g, s)]
        assert names.overlapping(s) == plain


@pytest.mark.parametrize("seed", range(20))
def test_the_nearest_anchor_is_the_plain_definition(seed: int) -> None:
    rnd = random.Random(seed)
    anchors = _random_spans(rnd, 60, 300, "model")
    index = _Anchors(anchors[:40])
    for later in anchors[40:]:
        index.add(later)
    for pos in range(0, 320, 3):
        plain = next((a for a in sorted(anchors, key=lambda x: -x.start)
                      if a.start < pos and a.end <= pos), None)
        assert index.nearest_before(pos) == plain


def test_context_codes_are_read_once_each_and_only_as_far_as_needed() -> None:
    read: list[str] = []

    def source():  # type: ignore[no-untyped-def]
        for code in ["14", "", "1401", "14", "140105", "1401"]:
            read.append(code)
            yield code

    codes = Codes(source())
    assert codes and read == ["14"]
    assert next(iter(codes)) == "14" and read == ["14"]
    assert list(codes) == ["14", "1401", "140105"]
    assert not Codes(iter(["", ""]))


def _dense_view(rnd: random.Random, n_names: int) -> DocumentView:
    text_parts, mentions, tokens, pos = [], [], [], 0
    for i in range(n_names):
        word = rnd.choice(["书记", "主任", "代表", "、"])
        name = rnd.choice("王李张刘") + rnd.choice("伟芳娜敏")
        tokens.append(Token("d", "s0", "b", len(tokens), word, "n", pos, pos + len(word)))
        pos += len(word)
        mentions.append(Mention(f"m{i}", "d", "a0", "s0", "b", name, "PERSON", pos, pos + len(name), "e",
                                "model", None))
        tokens.append(Token("d", "s0", "b", len(tokens), name, "nr", pos, pos + len(name)))
        text_parts.append(word + name)
        pos += len(name)
    text = "".join(text_parts)
    sentence = Sentence("s0", "a0", "d", "b", 0, 0, len(text), text)
    return DocumentView(text, [sentence], tokens, mentions)


def test_role_lookups_are_the_plain_definitions() -> None:
    rnd = random.Random(1)
    view = _dense_view(rnd, 300)
    toks = view.tokens("s0")
    for k in range(0, len(view.text), 7):
        stop = max(0, k - rnd.randint(0, 20))
        assert view.tokens_within("s0", stop, k) == [t for t in toks if t.end <= k and t.start >= stop]
        ends = [m.end for m in view.mentions if m.end <= k]
        assert view.last_mention_end(k) == (max(ends) if ends else None)
        assert view.sentence_of(k) is view.sentences[0]


def test_roles_of_a_page_dense_with_names_are_fast() -> None:
    from pipeline.roles.reader import read_person_roles

    view = _dense_view(random.Random(2), 20_000)
    began = time.perf_counter()
    rows = read_person_roles("d", "b", view, [])
    assert time.perf_counter() - began < BOUND_S
    assert rows  # 书记王伟: titles are read


def test_place_resolution_of_a_page_dense_with_names_is_fast() -> None:
    from pipeline.stages.places import resolve_entities

    names = ["太原市", "小店区", "市委", "区政府", "迎泽区", "县委", "晋中市", "市公安局", "平遥县", "镇政府"]
    rnd = random.Random(3)
    words = [rnd.choice(names) for _ in range(20_000)]
    text = "、".join(words)
    article = Article("a0", "d", "b", 0, None, (), (), (), None, None, None, "news", 0, len(text))
    mentions, pos = [], 0
    for i, word in enumerate(words):
        label = "ORG" if word.endswith(("委", "政府", "局")) else "LOC"
        mentions.append(Mention(f"m{i}", "d", "a0", "s0", "b", word, label, pos, pos + len(word),
                                f"e{word}", "model", None))
        pos += len(word) + 1
    document = Document("d", "b", "p.txt", "", "utf-8", len(text), text, datetime.now(UTC), (), None, None)
    began = time.perf_counter()
    resolved, entities = resolve_entities(document, [article], mentions, "太原市")
    assert time.perf_counter() - began < BOUND_S
    assert len(resolved) == len(mentions) and entities
