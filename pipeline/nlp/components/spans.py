"""Spans, on plain strings or on a spaCy Doc, and how rule spans combine with the spans
already there.

Inside a component, spans are the backend's ``Span`` records with character offsets: the
rules work on characters, never on tokens. The pipeline passes each component the text and
the spans found so far and keeps what it returns (``RuleComponent.run``, sorted and checked
by ``stored``). On a Doc (``RuleComponent.__call__``), a component reads the spans from
``doc.spans[KEY]`` and writes its result back there (and to ``doc.ents``); which component
found a span and the model's score travel with the group, as ``attrs["sources"]`` and
``attrs["scores"]`` (one entry per span, the way spaCy's spancat stores its scores).

Overlaps: an ORG from ``org_suffix`` that contains other spans replaces them (outermost
span); otherwise spans already there win over rule spans they overlap, except that rule spans
strictly containing a span of the same label replace it (they complete a truncated name).
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import pairwise

from spacy.tokens import Doc, SpanGroup
from spacy.tokens import Span as SpacySpan

from pipeline import lexicons
from pipeline.nlp.ner import Span
from pipeline.text import to_halfwidth

KEY = "cnnews_ner"
# the text the rules read, kept on the doc: Doc.text joins the tokens anew on every call,
# which with one token per character cost more than all the rules together
TEXT = "cnnews_text"
if not Doc.has_extension(TEXT):
    Doc.set_extension(TEXT, default=None)


def _radical_table() -> dict[int, str]:
    """Radicals standing for whole characters (OCR): Kangxi radicals by NFKC, the CJK
    Radicals Supplement by ``ner_radical_variants.tsv``; one character each."""
    table = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0x2F00, 0x2FE0)}
    table.update((ord(a), b) for a, b in lexicons.rows("ner_radical_variants"))
    return {c: v for c, v in table.items() if len(v) == 1 and v != chr(c)}


_RADICALS = _radical_table()


def rule_text(text: str) -> str:
    """The text the backend and the rules read: full-width ASCII to half-width, radicals to
    the characters they stand for (陕⻄ -> 陕西). Length-preserving: offsets hold, and spans
    are read back from the page's own text."""
    return to_halfwidth(text).translate(_RADICALS)


def doc_text(doc: Doc) -> str:
    """The text the rules read (``rule_text``, length-preserving, offsets hold)."""
    text: str | None = getattr(doc._, TEXT)
    if text is None:
        text = rule_text(doc.text)
        setattr(doc._, TEXT, text)
    return text


def read_spans(doc: Doc, text: str | None = None) -> list[Span]:
    """The entity spans found so far (none before the backend ran); ``text``: doc_text(doc)."""
    if KEY not in doc.spans:
        return []
    group = doc.spans[KEY]
    sources = group.attrs.get("sources", [])
    scores = group.attrs.get("scores", [])
    # one token per character (docs made by the pipeline): token offsets are character
    # offsets, and spans are made without an alignment lookup
    if len(doc) == len(text if text is not None else doc_text(doc)):
        bounds = [(s.start, s.end, s.label_) for s in group]
    else:
        bounds = [(s.start_char, s.end_char, s.label_) for s in group]
    return [Span(a, b, label, src, score)
            for (a, b, label), src, score in zip(bounds, sources, scores, strict=True)]


def _doc_span(doc: Doc, s: Span, char_tokens: bool) -> SpacySpan:
    if char_tokens:
        return SpacySpan(doc, s.start, s.end, label=s.label)
    span = doc.char_span(s.start, s.end, label=s.label)
    if span is None:  # not on token boundaries (a doc from another tokenizer)
        span = doc.char_span(s.start, s.end, label=s.label, alignment_mode="expand")
    if span is None:
        raise ValueError(f"span {s} is outside the doc ({len(doc.text)} characters)")
    return span


def write_spans(doc: Doc, spans: Iterable[Span], text: str | None = None) -> None:
    """Store spans (sorted, non-overlapping) as the doc's span group and its entities."""
    ordered = sorted(spans, key=lambda s: s.start)
    char_tokens = len(doc) == len(text if text is not None else doc_text(doc))
    found = [_doc_span(doc, s, char_tokens) for s in ordered]
    attrs = {"sources": [s.source for s in ordered], "scores": [s.score for s in ordered]}
    doc.spans[KEY] = SpanGroup(doc, name=KEY, attrs=attrs, spans=found)
    doc.set_ents(found, default="outside")


def overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def merge(base: Iterable[Span], extra: Iterable[Span], outermost: bool = False) -> list[Span]:
    """Add rule spans to ``base``: a rule span overlapping nothing is added; one strictly
    containing the spans it overlaps replaces them when ``outermost`` (ORG heads) or when it
    contains a single base span of the same label (it completes a truncated name)."""
    if not extra:
        return sorted(base, key=lambda s: s.start)
    spans = _Sorted(base)
    for x in sorted(extra, key=lambda s: s.start - s.end):
        hit = spans.overlapping(x)
        if not hit:
            spans.add(x)
            continue
        inside = all(x.start <= s.start and s.end <= x.end for s in hit)
        if inside and (outermost or (len(hit) == 1 and hit[0].label == x.label)):
            spans.remove(hit)
            spans.add(x)
    return spans.items


class _Sorted:
    """Spans sorted by start (ties in the order they came), found by bisection: a span
    overlapping [a, b) starts after a minus the longest span's length and before b, so each
    lookup reads a few neighbours instead of every span (dense name lists made ``merge``
    quadratic). Written here: the standard library has no sorted container, and a few list
    inserts (memmove) cost less than a dependency."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self.items = sorted(spans, key=lambda s: s.start)
        self.starts = [s.start for s in self.items]
        self.longest = max((s.end - s.start for s in self.items), default=0)

    def overlapping(self, x: Span) -> list[Span]:
        lo = bisect_right(self.starts, x.start - self.longest)
        hi = bisect_left(self.starts, x.end)
        return [s for s in self.items[lo:hi] if overlaps(s, x)]

    def add(self, x: Span) -> None:
        i = bisect_right(self.starts, x.start)
        self.items.insert(i, x)
        self.starts.insert(i, x.start)
        self.longest = max(self.longest, x.end - x.start)

    def remove(self, spans: list[Span]) -> None:
        """Remove every span equal to one of ``spans`` (as a filter by equality would)."""
        for s in spans:
            i = bisect_left(self.starts, s.start)
            while i < len(self.items) and self.starts[i] == s.start:
                if self.items[i] == s:
                    del self.items[i], self.starts[i]
                else:
                    i += 1


def override(base: list[Span], strong: list[Span]) -> list[Span]:
    """Strong spans replace every base span they overlap."""
    if not strong:
        return base
    kept = [s for s in base if not any(overlaps(s, x) for x in strong)]
    return sorted([*kept, *strong], key=lambda s: s.start)


def keep_tiling_splits(strong: list[Span], base: list[Span]) -> list[Span]:
    """A strong LOC that the base already splits into two or more adjacent LOCs covering it
    exactly (传化公路港 / 万水机电城) is replaced by that split: the rule knows where a list
    item's name begins and ends, the model knows where one name ends and the next begins."""
    out: list[Span] = []
    for x in strong:
        inner = sorted((s for s in base if x.start <= s.start and s.end <= x.end),
                       key=lambda s: s.start)
        tiles = (len(inner) >= 2 and all(s.label == x.label == "LOC" for s in inner)
                 and inner[0].start == x.start and inner[-1].end == x.end
                 and all(a.end == b.start for a, b in pairwise(inner)))
        out.extend(inner if tiles else [x])
    return out


def stored(spans: list[Span], text: str, component: str) -> list[Span]:
    """``spans`` as ``write_spans`` stores them and ``read_spans`` gives them back (sorted by
    start, ties in the order they came), checked as spaCy checks a doc's entities: within the
    text and non-overlapping (an empty span covers nothing). For the pipeline run on plain
    strings (``build.NerPipeline``), where no Doc checks them."""
    ordered = sorted(spans, key=lambda s: s.start)
    end = 0
    for s in ordered:
        if not 0 <= s.start <= s.end <= len(text):
            raise ValueError(f"{component} returned {s}, outside the text ({len(text)} "
                             "characters): a rule's spans must lie within the text it read")
        if s.start < s.end:
            if s.start < end:
                raise ValueError(f"{component} returned {s}, overlapping another span: a "
                                 "rule must resolve overlaps (spans.merge, spans.override)")
            end = s.end
    return ordered


class RuleComponent:
    """A rule as a spaCy component: spans in, spans out (sorted, non-overlapping both ways).
    Subclasses implement ``apply`` on the text and the spans found so far.

    The pipeline calls ``run`` on plain strings and span lists (``build.NerPipeline``): the
    rules work on characters, and a Doc of one token per character per sentence cost more
    than the rules themselves. ``__call__`` is the same rule on a spaCy Doc (``nlp(text)``,
    a pipeline with components of other kinds)."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not self.wants(text):
            return doc
        spans = read_spans(doc, text)
        found = self.apply(text, spans)
        if found != spans:  # most rules change nothing in most sentences
            write_spans(doc, found, text)
        return doc

    def run(self, text: str, spans: list[Span], name: str) -> list[Span]:
        """The rule on ``text`` (``rule_text``) and the spans found so far, stored as
        ``__call__`` stores them (``stored``); ``name``: the component's, for errors."""
        if not self.wants(text):
            return spans
        found = self.apply(text, spans)
        return spans if found == spans else stored(found, text, name)

    def wants(self, text: str) -> bool:
        """Whether the rule may change anything in ``text``: a cheap test that lets most
        sentences pass without ``apply`` (default: every text)."""
        return True

    def apply(self, text: str, spans: list[Span]) -> list[Span]:
        raise NotImplementedError
