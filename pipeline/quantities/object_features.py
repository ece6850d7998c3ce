"""What the object model (`object_choice`) chooses among, and what it sees of each choice.

The rules (`rows`) read one object per statistic. The model weighs it against the other
objects the sentence offers: every run of pieces near the figure (`CandidateSpec`: up to
`max_pieces` pieces, inside the figure's clause or the `clauses_before` clauses before it,
never across a stop mark or the figure), the empty object, and the rules' own object where it
is no such run (an object carried from a neighbour). Each candidate is described by named
features (strings): its side of the figure and distance, its length, the POS tags at and
around its edges, the words at its edges where they belong to a `stats_*` word list (by the
list's name), where its edges lie against the rules' object, and whether it is the rules' object.
Where `CandidateSpec.edge_words` is set, the words themselves at the candidate's edges and at
the edge it moves against the rules' object are features too: their weights are learned from
the judged statistics of corpus stories (`pipeline/training/objects.py`), never from the gold
pages, which are not fitted; a word no judged story held has no weight and the classes decide.

Written by hand: the features are the word classes and edges the rules already use, read from
the same pieces; no library builds candidate spans over jieba's pieces.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from pipeline import lexicons
from pipeline.quantities.pieces import Found, Piece

Spans = list[tuple[int, int]]

_LIST_PREFIX = "stats_"  # the word lists whose classes the features name
_MAX_LIST_WORD = 6  # longer list entries are phrases and patterns, not words at an edge
_DISTANCE_STEPS = (0, 1, 2, 3, 5, 8)  # buckets of pieces between a candidate and its figure
_EDGE_SHIFT = 3  # edge shifts against the rules' object are clipped to +-3 pieces


@dataclass(frozen=True)
class CandidateSpec:
    """Which runs of pieces are candidates (stored with the model, `object_choice`)."""

    stops: str = "，。；：！？,;:!?\n"  # clause marks no candidate crosses
    openers: str = "“《"  # marks a candidate may open with (other marks may not)
    closers: str = "”》"  # marks a candidate may end with (other marks may not)
    # jieba tags no object opens with (prepositions, conjunctions, particles) or ends with
    edge_tags: tuple[str, ...] = ("p", "c", "u", "uj", "ul", "uz", "ug", "uv", "ud", "y")
    inner_tags: tuple[str, ...] = ("ul", "uz", "ug", "y")  # aspect particles: a predicate's, no object's
    quotes: tuple[str, ...] = ("“”", "《》", "（）", "()")  # pairs a candidate holds both or neither of
    max_pieces: int = 7
    clauses_before: int = 2
    edge_words: bool = True  # the words at the edges as features (`_word_features`)


@dataclass(frozen=True)
class Candidate:
    """One object the model may choose: its text, and its pieces (first, last; inclusive)
    where it is a run of pieces (None: the empty object, or a carried object of the rules)."""

    text: str
    span: tuple[int, int] | None = None


@cache
def _word_classes() -> dict[str, tuple[str, ...]]:
    """Word -> the names of the `stats_*` lists that hold it (without the prefix)."""
    classes: dict[str, list[str]] = defaultdict(list)
    for name in lexicons.available():
        if name.startswith(_LIST_PREFIX):
            for word in lexicons.words(name):
                if len(word) <= _MAX_LIST_WORD:
                    classes[word].append(name.removeprefix(_LIST_PREFIX))
    return {word: tuple(sorted(set(names))) for word, names in classes.items()}


def _classes(tag: str, word: str) -> list[str]:
    return [f"{tag}@{name}" for name in _word_classes().get(word, ())]


# n -> its bucket's name, for every n below the last step (a lookup: called for every candidate)
_BUCKETS = [str(max(step for step in _DISTANCE_STEPS if n >= step)) for n in range(_DISTANCE_STEPS[-1])]


def _bucket(n: int) -> str:
    return _BUCKETS[n] if n < len(_BUCKETS) else str(_DISTANCE_STEPS[-1])


def _tag(p: Piece) -> str:
    return p.pos or p.role or "?"


def _is_stop(p: Piece, text: str, spec: CandidateSpec) -> bool:
    return p.end - p.start == 1 and text[p.start] in spec.stops


def figure_clause(pieces: list[Piece], st: Found, text: str, spec: CandidateSpec) -> tuple[int, int]:
    """The first and last piece of the clause that holds the figure (between stop marks)."""
    first, last = min(st.pieces), max(st.pieces)
    while first > 0 and not _is_stop(pieces[first - 1], text, spec):
        first -= 1
    while last + 1 < len(pieces) and not _is_stop(pieces[last + 1], text, spec):
        last += 1
    return first, last


def _window_start(pieces: list[Piece], first: int, text: str, spec: CandidateSpec) -> int:
    """The first piece of the `clauses_before` clauses before the figure's clause."""
    k = first
    for _ in range(spec.clauses_before):
        if k == 0:
            break
        k -= 1  # the stop mark
        while k > 0 and not _is_stop(pieces[k - 1], text, spec):
            k -= 1
    return k


def spans(pieces: list[Piece], st: Found, text: str, spec: CandidateSpec) -> list[tuple[int, int]]:
    """Every run of pieces the model may choose, nearest clause first, in piece order."""
    f0, f1 = min(st.pieces), max(st.pieces)
    first, last = figure_clause(pieces, st, text, spec)
    out = []
    for a in range(_window_start(pieces, first, text, spec), last + 1):
        if f0 <= a <= f1 or _is_stop(pieces[a], text, spec):
            continue
        if not _may_open(pieces[a], text, spec) or _belongs_to_other(pieces, a, st):
            continue
        for b in range(a, min(last, a + spec.max_pieces - 1) + 1):
            if f0 <= b <= f1 or _is_stop(pieces[b], text, spec) or not _may_hold(pieces[b], spec):
                break
            if _may_close(pieces[b], text, spec) and _balanced(text[pieces[a].start : pieces[b].end], spec):
                out.append((a, b))
    return out


def _belongs_to_other(pieces: list[Piece], a: int, st: Found) -> bool:
    """A run that another statistic's figure counts: one that opens right after that figure
    before this one (N个|网格|M户), or one after this figure past another (M户、|K名|居民)."""
    f0, f1 = min(st.pieces), max(st.pieces)
    if a < f0:
        return a > 0 and bool(pieces[a - 1].role) and a - 1 not in st.pieces
    return any(pieces[k].role for k in range(f1 + 1, a))


def _may_hold(p: Piece, spec: CandidateSpec) -> bool:
    """No figure of another statistic (a quantity piece) and no aspect particle inside."""
    return not p.role and p.pos not in spec.inner_tags


def _balanced(w: str, spec: CandidateSpec) -> bool:
    return all(w.count(pair[0]) == w.count(pair[1]) for pair in spec.quotes)


def _may_open(p: Piece, text: str, spec: CandidateSpec) -> bool:
    first = text[p.start]
    return p.pos not in spec.edge_tags and (first.isalnum() or first in spec.openers)


def _may_close(p: Piece, text: str, spec: CandidateSpec) -> bool:
    last = text[p.end - 1]
    return p.pos not in spec.edge_tags and (last.isalnum() or last in spec.closers)


def _distance(span: tuple[int, int], st: Found) -> int:
    a, b = span
    return min(st.pieces) - b - 1 if b < min(st.pieces) else a - max(st.pieces) - 1


def candidates(pieces: list[Piece], st: Found, text: str, spec: CandidateSpec) -> list[Candidate]:
    """The empty object, each distinct text of a run (at its run nearest the figure), and the
    rules' object (`st.obj`) where no run reads as it."""
    nearest: dict[str, tuple[int, int]] = {}
    for span in spans(pieces, st, text, spec):
        w = text[pieces[span[0]].start : pieces[span[1]].end]
        if w not in nearest or _distance(span, st) < _distance(nearest[w], st):
            nearest[w] = span
    out = [Candidate("")] + [Candidate(w, span) for w, span in nearest.items()]
    if st.obj and st.obj not in nearest:
        out.append(Candidate(st.obj))
    return out


def _empty_features(pieces: list[Piece], st: Found, text: str) -> list[str]:
    f0, f1 = min(st.pieces), max(st.pieces)
    before = pieces[f0 - 1] if f0 > 0 else None
    after = pieces[f1 + 1] if f1 + 1 < len(pieces) else None
    out = ["E", f"E&k={st.kind}", f"E&ruleE={not st.obj}"]
    out.append(f"E&pb={_tag(before) if before else 'BOS'}")
    out.append(f"E&pa={_tag(after) if after else 'EOS'}")
    if before is not None:
        out += _classes("E&wb", text[before.start : before.end])
    if after is not None:
        out += _classes("E&wa", text[after.start : after.end])
    return out


def _edge_features(pieces: list[Piece], span: tuple[int, int], text: str) -> list[str]:
    """The POS tags and word classes at the span's edges and beside them."""
    a, b = span
    pf, pl = _tag(pieces[a]), _tag(pieces[b])
    pb = _tag(pieces[a - 1]) if a > 0 else "BOS"
    pa = _tag(pieces[b + 1]) if b + 1 < len(pieces) else "EOS"
    wb = text[pieces[a - 1].start : pieces[a - 1].end] if a > 0 else "BOS"
    wa = text[pieces[b + 1].start : pieces[b + 1].end] if b + 1 < len(pieces) else "EOS"
    out = [f"pf={pf}", f"pl={pl}", f"pb={pb}", f"pa={pa}", f"pf={pf}&pb={pb}", f"pl={pl}&pa={pa}"]
    out += _classes("wb", wb) + _classes("wa", wa)
    out += _classes("wl", text[pieces[b].start : pieces[b].end])
    out += _classes("wf", text[pieces[a].start : pieces[a].end])
    return out


def _side_features(pieces: list[Piece], span: tuple[int, int], st: Found, first: int) -> list[str]:
    """Where the span lies against the figure: side, distance, the tags between."""
    a, b = span
    side = "L" if b < min(st.pieces) else "R"
    d = _bucket(_distance(span, st))
    pf, pl = _tag(pieces[a]), _tag(pieces[b])
    pb = _tag(pieces[a - 1]) if a > 0 else "BOS"
    pa = _tag(pieces[b + 1]) if b + 1 < len(pieces) else "EOS"
    n = b - a + 1
    out = [f"s={side}", f"s={side}&d={d}", f"s={side}&d={d}&k={st.kind}", f"n={n}", f"s={side}&n={n}"]
    out += [f"s={side}&pl={pl}", f"s={side}&pf={pf}", f"s={side}&pb={pb}", f"s={side}&pa={pa}"]
    out.append(f"inclause={a >= first}")
    if side == "L":
        f0 = min(st.pieces)
        last_tags = [_tag(pieces[k]) for k in range(max(b + 1, f0 - 3), f0)]  # the gap's last three
        out += ["gap=" + "|".join(last_tags), "gapn=" + _bucket(f0 - b - 1)]
    return out


def _name_features(pieces: list[Piece], span: tuple[int, int], names: Spans) -> list[str]:
    """Whether the span opens with, holds or cuts into a place or organisation the NER found."""
    start, end = pieces[span[0]].start, pieces[span[1]].end
    out = []
    for a, b in names:
        if a == start and b <= end:
            out.append("name@start")
        elif start < a and b <= end:
            out.append("name@inside")
        elif a < start < b or a < end < b:
            out.append("name@cut")
    return sorted(set(out))


def _inner_features(pieces: list[Piece], span: tuple[int, int], w: str) -> list[str]:
    a, b = span
    out = ["c=" + _bucket(len(w))]
    if any(_tag(pieces[k]).startswith("v") for k in range(a, b + 1)):
        out += ["hasv", f"hasv&pl={_tag(pieces[b])}"]
    out += ["hasde"] if "的" in w else []
    out += ["hasconj"] if any(ch in w for ch in "、和与及") else []
    return out


def _shift_features(pieces: list[Piece], span: tuple[int, int], rule: tuple[int, int] | None) -> list[str]:
    """How the span's edges lie against the rules' object's, and the tags where they differ."""
    if rule is None:
        return ["norulespan"]
    (a, b), (ra, rb) = span, rule
    da = max(-_EDGE_SHIFT, min(_EDGE_SHIFT, a - ra))
    db = max(-_EDGE_SHIFT, min(_EDGE_SHIFT, b - rb))
    out = [f"da={da}", f"db={db}", f"da={da}&db={db}"]
    if da:
        pb = _tag(pieces[a - 1]) if a > 0 else "BOS"
        edge = _tag(pieces[min(a, ra)])
        out += [f"da={da}&pf={_tag(pieces[a])}", f"da={da}&pb={pb}", f"da={da}&edgepos={edge}"]
    if db:
        pa = _tag(pieces[b + 1]) if b + 1 < len(pieces) else "EOS"
        out += [f"db={db}&pl={_tag(pieces[b])}", f"db={db}&pa={pa}"]
    return out


@dataclass(frozen=True)
class Setting:
    """What every candidate of one statistic is described against."""

    rule: tuple[int, int] | None  # the run of the rules' object
    first: int  # the first piece of the figure's clause
    names: Spans  # places and organisations the NER found in the sentence (document offsets)
    edge_words: bool = True  # `CandidateSpec.edge_words`


def features(pieces: list[Piece], st: Found, text: str, cand: Candidate, setting: Setting) -> list[str]:
    """The named features of one candidate."""
    out = ["bias"]
    if cand.text == st.obj:
        out += ["rule", f"rule&k={st.kind}", f"rule&empty={not cand.text}"]
    if not cand.text:
        return out + _empty_features(pieces, st, text)
    if cand.span is None:
        return [*out, "nospan"]
    out += _side_features(pieces, cand.span, st, setting.first)
    out += _edge_features(pieces, cand.span, text)
    out += _inner_features(pieces, cand.span, cand.text)
    out += _name_features(pieces, cand.span, setting.names)
    if setting.edge_words:
        out += _word_features(pieces, cand.span, setting.rule, text)
    return out + _shift_features(pieces, cand.span, setting.rule)


def _word_features(
    pieces: list[Piece], span: tuple[int, int], rule: tuple[int, int] | None, text: str
) -> list[str]:
    """The first and last word of the span, and where it differs from the rules' object, the
    word it adds on the left (全社会|用电量), the rules' first word it cuts off, or its last word."""
    a, b = span
    first, last = text[pieces[a].start : pieces[a].end], text[pieces[b].start : pieces[b].end]
    out = [f"w1={first}", f"w2={last}"]
    if rule is not None:
        ra, rb = rule
        if a < ra:
            out.append(f"wadd={first}")
        elif a > ra:
            out.append(f"wcut={text[pieces[ra].start : pieces[ra].end]}")
        if b != rb:
            out.append(f"wend={last}")
    return out


def described(
    pieces: list[Piece], st: Found, text: str, names: Spans, spec: CandidateSpec
) -> list[tuple[Candidate, list[str]]]:
    """Every candidate of the statistic with its features: what the model scores."""
    cands = candidates(pieces, st, text, spec)
    rule = next((c.span for c in cands if c.text == st.obj and c.span is not None), None)
    setting = Setting(rule, figure_clause(pieces, st, text, spec)[0], names, spec.edge_words)
    return [(c, features(pieces, st, text, c, setting)) for c in cands]
