"""A verb of growth cut off the end of an object read before 到/至 and the figure (部队|发展|到|
N人, 蔬菜大棚|发展|到|N个, 合作社|扩大|至|N家).

Before a figure the object readers go back over nouns, and jieba tags verbs of growth as
verbal nouns (发展/vn, 扩大/vn), so the object takes the verb that 到 or 至 completes: the
figure is what the subject grew to, and the verb is the predicate, no part of what is counted.
The verb is cut where it is the last word of the object, right before the 到/至 that comes right
before the figure, and a noun of the object stands before it. A metric noun jieba tags a verb
(产量, 投资) keeps its place: it names the measure (stats_metric_nouns). Likewise a predicate
word jieba tags as a noun or verbal noun at the object's end (粮食产量|预计|将首次突破N斤) is cut,
with the adverbs before it (without_predicate_tail).
"""

from __future__ import annotations

from pipeline.quantities.object_words import _METRIC, _PREDICATE_WORDS, _word
from pipeline.quantities.pieces import Found, Piece

_REACH = ("到", "至")
_VERB_POS = ("v", "vn")


def without_reaching_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the growth verb that ends it right before 到/至 and the figure."""
    if not st.obj or not st.pieces:
        return st.obj
    k = st.pieces[0] - 1
    if k < 1 or pieces[k].role or _word(text, pieces[k]) not in _REACH:
        return st.obj
    verb = pieces[k - 1]
    w = _word(text, verb)
    if verb.role or verb.pos not in _VERB_POS or w in _METRIC or len(st.obj) <= len(w):
        return st.obj
    start = verb.end - len(st.obj)
    if start < 0 or text[start : verb.end] != st.obj:
        return st.obj
    return st.obj[: -len(w)]


_PREDICATES = frozenset(_PREDICATE_WORDS)  # 预计, 保持, 共: words between a subject and its figure
_ADVERB_POS = ("d",)  # 长期: an adverb before the predicate word


def _object_span(st: Found, pieces: list[Piece], text: str) -> tuple[int, int] | None:
    """The first and last piece of the object where it stands right before the figure or after
    it in the same sentence (the nearest occurrence)."""
    first, last = pieces[0].start, pieces[-1].end
    at = text.rfind(st.obj, first, st.start)
    if at < 0:
        at = text.find(st.obj, st.end, last)
    if at < 0:
        return None
    a = next((k for k, p in enumerate(pieces) if p.start == at), None)
    b = next((k for k, p in enumerate(pieces) if p.end == at + len(st.obj)), None)
    return None if a is None or b is None or b <= a else (a, b)


def without_predicate_tail(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without a predicate word (stats_predicate_words: 预计, 保持, 共) and the
    adverbs before it at its end (粮食产量|预计/vn|将首次突破…, 贷款比例|长期|保持|在N%): jieba tags
    some predicate words as verbal nouns, so the reader takes them into the subject; they say
    how the figure is reached, not what it measures. The object keeps at least one word."""
    if not st.obj or not st.pieces:
        return st.obj
    span = _object_span(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    end = b
    if pieces[end].role or _word(text, pieces[end]) not in _PREDICATES:
        return st.obj
    end -= 1
    while end > a and not pieces[end].role and pieces[end].pos in _ADVERB_POS:
        end -= 1
    if end < a or pieces[end].role:
        return st.obj
    return text[pieces[a].start : pieces[end].end]
