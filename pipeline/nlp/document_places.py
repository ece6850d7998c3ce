"""Places a document names in full, found again where it writes them short or where the model
took them for a person (issue 11, round 8: a review of 50 unannotated x-like 新闻联播 stories
found a county named in full once, then by its short form untagged or tagged PERSON, 6 times
in 3 stories; a village tagged LOC four times and PERSON once).

- ``short_forms``: a county or city the document tags LOC by its full name (某某县, 某某市) is
  a LOC where its short form (某某, from the administrative divisions' short forms) recurs
  untagged, or tagged PERSON, in the same document: news name a county in full first, then
  short (玛多县 … 走进玛多). The short form must be a whole word there (jieba's words start and
  end at its edges) and no common word of jieba's dictionary (振兴 of 振兴村; township and
  village stems are left alone: they are common words more often than not).
- ``child_forms``: a county or city named by its short form alone, in a sentence that tags
  LOC its province or city (广东 … 某名“某某走廊”, 某市某县-stem, 在某县-stem): news write a
  county's short form after its province or city, and the model misses it where jieba does
  not know it as a name (issue 11, round 9: 3 such misses in 3 of 26 unannotated local
  stories, plus 1 in round 8). Counties, county-level cities and cities only (district stems
  are common words: 和平, 长安); the short form must be a whole word there, and a name to
  jieba or a rare word of its dictionary (not 新兴 of 新兴产业, 合作 of a 合作市).
- ``place_over_person``: a surface the document tags both LOC and PERSON that ends in a
  division suffix (某村, 某镇) is a LOC at every occurrence.
- ``by_majority``: any other surface the document tags both LOC and PERSON (and never ORG)
  takes the label it has more often there (a leader's name tagged LOC once before 总统, a
  capital tagged PERSON once before 市长; a tie is left as it is). The review counted a name
  with two labels 5 times in 3 stories of rounds 7-8; a read of 1,000 random stories found
  10 minority labels, all wrong.

Document level only (run before ``document.propagate``, which then spreads the LOC). Written
by hand: a pass over the spans of one document; no library does this on our span records.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

from pipeline.nlp.components import resources as res
from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer
from pipeline.nlp.ner import Span

SOURCE = "rule:document"
_LEVELS = ("city", "county")  # divisions whose short forms a document writes alone
_MIN_LEN = 2
# jieba's tags of names: a short form jieba knows with another tag is a common word
_NAME_TAGS = frozenset({"ns", "nr", "nrt", "nrfg", "nz", "j"})
_PLACE_ENDS = tuple(res.words("ner_admin_ends"))
_SWAPPED = ("LOC", "PERSON")  # the labels a document's evidence may swap


@cache
def _divisions() -> Gazetteer:
    return load_gazetteer()


def place_forms(texts: Sequence[str], found: Sequence[list[Span]]) -> list[list[Span]]:
    """``found`` (spans per text of one document) with the short forms of its counties and
    cities tagged LOC, its places tagged PERSON somewhere relabelled, and its other names of
    two labels given the label they have more often."""
    forms = short_forms(texts, found)
    found = child_forms(texts, found)
    relabel = {**by_majority(texts, found),
               **dict.fromkeys(place_over_person(texts, found) | set(forms), "LOC")}
    out = []
    for text, spans in zip(texts, found, strict=True):
        spans = [_relabelled(s, relabel.get(text[s.start : s.end])) for s in spans]
        new = [Span(a, b, "LOC", SOURCE) for a, b in _occurrences(text, forms)
               if not any(s.start < b and a < s.end for s in spans)]
        out.append(sorted([*spans, *new], key=lambda s: (s.start, s.end)) if new else spans)
    return out


def _relabelled(s: Span, label: str | None) -> Span:
    if label is None or s.label not in _SWAPPED or s.label == label:
        return s
    return Span(s.start, s.end, label, s.source, s.score)


def short_forms(texts: Sequence[str], found: Sequence[list[Span]]) -> list[str]:
    """Short forms of the counties and cities the document tags LOC by their full names."""
    gaz = _divisions()
    tags = res.jieba_dict()
    full = {text[s.start : s.end] for text, spans in zip(texts, found, strict=True)
            for s in spans if s.label == "LOC"}
    forms = {form for name in full for d in gaz.lookup(name)
             if d.level in _LEVELS and d.name == name for form in d.aliases
             if len(form) >= _MIN_LEN and not form.endswith(_PLACE_ENDS)
             and tags.get(form, "ns") in _NAME_TAGS}
    return sorted(forms, key=len, reverse=True)


# a short form jieba knows with another tag is a common word unless the dictionary counts it
# this rarely (a county jieba lists as an adjective or noun: a few dozen uses in its corpus);
# one it tags as a name is a common word too where it counts it very often (和平, 共和)
_RARE = 100
_RARE_NAME = 1000
_CHILD_ENDS = ("区",)  # districts: their stems are common words and city quarters


@cache
def _children() -> dict[str, frozenset[str]]:
    """Code of a province or city -> the short forms of the counties and cities under it."""
    gaz = _divisions()
    out: dict[str, set[str]] = {}
    for d in gaz.divisions.values():
        if d.level not in _LEVELS or d.name.endswith(_CHILD_ENDS):
            continue
        forms = {f for f in d.aliases if len(f) >= _MIN_LEN and not f.endswith(_PLACE_ENDS)}
        for up in gaz.ancestors(d.code)[1:]:
            out.setdefault(up.code, set()).update(forms)
    return {code: frozenset(forms) for code, forms in out.items()}


def _named(form: str) -> bool:
    """A word jieba's dictionary knows only rarely, or a name to it it knows not very often."""
    n = res.jieba_freq().get(form, 0)
    return n < _RARE or (res.jieba_dict().get(form, "ns") in _NAME_TAGS and n < _RARE_NAME)


def child_forms(texts: Sequence[str], found: Sequence[list[Span]]) -> list[list[Span]]:
    """``found`` with the short forms of counties and cities tagged LOC where a sentence names
    them untagged after tagging their province or city LOC."""
    gaz, children = _divisions(), _children()
    out = []
    for text, spans in zip(texts, found, strict=True):
        parents = {d.code for s in spans if s.label == "LOC"
                   for d in gaz.lookup(text[s.start : s.end])
                   if d.level in ("province", "city")}
        forms = sorted({f for c in parents for f in children.get(c, ()) if f in text and _named(f)},
                       key=len, reverse=True)
        new = [Span(a, b, "LOC", SOURCE) for a, b in _occurrences(text, forms)
               if not any(s.start < b and a < s.end for s in spans)
               and any(s.label == "LOC" and s.end <= a for s in spans)]
        out.append(sorted([*spans, *new], key=lambda s: (s.start, s.end)) if new else list(spans))
    return out


def _occurrences(text: str, forms: list[str]) -> list[tuple[int, int]]:
    if not forms:
        return []
    pattern = re.compile("|".join(re.escape(f) for f in forms))
    return [(m.start(), m.end()) for m in pattern.finditer(text)
            if _word_starts_at(text, m.start()) and res.word_ends_at(text, m.start(), m.end())]


def _word_starts_at(text: str, i: int) -> bool:
    """Whether jieba's words (``resources.jieba_words``) of the text from a little before ``i``
    start one at ``i`` (not 示范|县…: a word across the position)."""
    pos = max(0, i - 4)
    for w in res.jieba_words(text[pos : i + 1]):
        if pos + len(w) > i:
            return pos == i
        pos += len(w)
    return True


def _label_counts(texts: Sequence[str], found: Sequence[list[Span]]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {}
    for text, spans in zip(texts, found, strict=True):
        for s in spans:
            counts.setdefault(text[s.start : s.end], Counter())[s.label] += 1
    return counts


def place_over_person(texts: Sequence[str], found: Sequence[list[Span]]) -> set[str]:
    """Surfaces tagged both LOC and PERSON in the document that end in a division suffix."""
    return {name for name, n in _label_counts(texts, found).items()
            if n["LOC"] and n["PERSON"] and name.endswith(_PLACE_ENDS)}


def by_majority(texts: Sequence[str], found: Sequence[list[Span]]) -> dict[str, str]:
    """Surface -> the label it has more often, of those tagged both LOC and PERSON (no ORG)."""
    return {name: max(_SWAPPED, key=lambda lab: n[lab])
            for name, n in _label_counts(texts, found).items()
            if n["LOC"] and n["PERSON"] and not n["ORG"] and n["LOC"] != n["PERSON"]}
