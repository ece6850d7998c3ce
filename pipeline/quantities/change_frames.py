"""What both figures of a change frame measure (X从N增长到M, X，已从三年前的N提升到现在的M,
X五年间从N增至M): the object rules read a subject back from the predicate before a figure, and
here the word before the first figure is the frame word 从 and the word before the second a
reaching verb, so both were left empty. The subject is the noun phrase before 从, read back over
adverbs (已), a time span (五年间, 十年来) and one comma after a topic. The first figure may carry
its time (从|2015年的|N); the second takes the first's object when only a change verb with 到/至
and a time stand between them, after a comma too (从2014年的N元，提高到…的M元). Used by
`rows` as a last resort, after the context rules."""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.quantities.object_words import _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.subjects import _noun_run_before
from pipeline.quantities.word_tags import verbs_tagged_nouns

_FROM = ("从", "由")
_TO_ENDS = ("到", "至")
_COMMAS = ("，", ",")
_SKIP_POS = ("d", "t", "f", "m", "mq")  # 已, 五年/t, 间/f, 十年/m, 来/f
_BOUND_POS = ("d", "ug", "t")  # 刚/d|过/ug: an approximation jieba left apart; 上世纪末/t: its time
_MAX_BOUND = 3
_AVERAGE = frozenset(lexicons.words("stats_average_words"))  # 日均, 平均: a figure's frame


def _tagged_change_verb(pieces: list[Piece], k: int, firsts: set[int], lasts: set[int], text: str) -> bool:
    """Whether pieces[k] is a verb jieba tags a noun (stats_verbs_tagged_nouns: 精简/n) between two
    figures, right after the first and before 到/至 and the second (由86种|精简/n|到|41种)."""
    p = pieces[k]
    if p.role or p.pos not in ("n", "vn") or k - 1 not in lasts or k + 2 not in firsts:
        return False
    to = pieces[k + 1]
    return not to.role and _word(text, to) in _TO_ENDS and _word(text, p) in verbs_tagged_nouns()


def change_verbs_as_verbs(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The verb of a change frame jieba tags a noun, retagged v (由86种|精简/n|到|41种 ->
    精简/v): it says how the first figure changes, no thing the first figure counts, and
    `change_subject` then reads the subject before 由 for both."""
    firsts = {st.pieces[0] for st in stats if st.pieces}
    lasts = {st.pieces[-1] for st in stats if st.pieces}
    return [
        replace(p, pos="v") if _tagged_change_verb(pieces, k, firsts, lasts, text) else p
        for k, p in enumerate(pieces)
    ]


def _past_time(pieces: list[Piece], k: int, text: str, spans: set[int]) -> int:
    """Back over a time with its 的 (从|2015年|的|N, 到|现在|的|M, 从|五年|前|的|N): the index
    before it. `spans` are the pieces of durations, which a time may hold. A word of averaging
    right before the figure is its frame (从…的|日均|N列) and is read over first."""
    if k >= 1 and not pieces[k].role and _word(text, pieces[k]) in _AVERAGE:
        k -= 1
    if k >= 1 and _word(text, pieces[k]) == "的":
        i = k - 1
        while i >= 0 and (i in spans or (not pieces[i].role and pieces[i].pos in ("m", "t", "f", "mq"))):
            i -= 1
        if i < k - 1:
            return _past_event(pieces, i, k - 1, text)
    return k


def _past_event(pieces: list[Piece], i: int, last: int, text: str) -> int:
    """Back over an event a locative time word is of (由|设立|之|初|的|N, 从|建厂|时|的|N): a
    verb and its 之 before the locative say since when, as a date does; i where none."""
    if pieces[last].pos != "f" or i < 1:
        return i
    j = i - 1 if _word(text, pieces[i]) == "之" else i
    if j >= 1 and not pieces[j].role and pieces[j].pos == "v" and _word(text, pieces[j - 1]) in _FROM:
        return j - 1
    return i


def _subject_before_from(pieces: list[Piece], k: int, text: str, kind: str, spans: set[int]) -> str:
    """The noun phrase before the frame word at pieces[k]."""
    i, comma = k - 1, False
    while i >= 0 and (not pieces[i].role or i in spans):
        w = _word(text, pieces[i])
        if i in spans or (
            pieces[i].pos in _SKIP_POS and not any(c.isdigit() for c in w if pieces[i].pos == "m")
        ):
            i -= 1
        elif w in _COMMAS and not comma:
            i, comma = i - 1, True
        else:
            break
    if i >= 1 and pieces[i].pos == "v" and len(_word(text, pieces[i])) == 2 and not pieces[i].role:
        # 研发|投入/v|从: a verbal head of the subject noun phrase before the frame word
        run = _noun_run_before(pieces, i - 1, text, kind)
        return run + _word(text, pieces[i]) if run else ""
    return _noun_run_before(pieces, i, text, kind)


def _from_index(st: Found, pieces: list[Piece], text: str, spans: set[int]) -> int | None:
    if not st.pieces:
        return None
    k = _past_time(pieces, st.pieces[0] - 1, text, spans)
    n = 0
    while k >= 1 and n < _MAX_BOUND and not pieces[k].role and pieces[k].pos in _BOUND_POS:
        k, n = k - 1, n + 1  # 由|上世纪末|刚|过|N%: the time and the approximation of the first figure
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _FROM:
        return k
    return None


def _raised_from(
    st: Found, stats: list[Found], pieces: list[Piece], text: str, spans: set[int]
) -> Found | None:
    """The figure st is raised to from (从N|增长到|M, 从N|增至|M), of its unit and kind; else None."""
    k = _past_time(pieces, st.pieces[0] - 1, text, spans)
    if k < 1 or pieces[k].role or not _word(text, pieces[k]).endswith(_TO_ENDS):
        return None
    if pieces[k].pos != "v" and not (pieces[k].pos == "p" and pieces[k - 1].pos == "v"):
        return None  # 增长/v|至/p: jieba tags 至 after a verb as a preposition
    verb = k if len(_word(text, pieces[k])) > 1 else k - 1  # 增至 | 增长|到
    if pieces[verb].role or pieces[verb].pos != "v":
        return None
    before = verb - 1
    if before >= 1 and not pieces[before].role and _word(text, pieces[before]) in _COMMAS:
        before -= 1  # 从…N元，|提高到|…M元: a comma may set off the rise
    first = next((o for o in stats if o.pieces and o.pieces[-1] == before), None)
    if first is None or first.unit != st.unit or first.kind != st.kind:
        return None
    return first


def change_subject(st: Found, stats: list[Found], pieces: list[Piece], text: str) -> str:
    """The object of a figure in a change frame with no object of its own; else ''."""
    if st.kind == "duration" or not st.pieces:
        return ""  # 从|五年|前: a time, no amount
    spans = {i for o in stats if o.kind == "duration" for i in o.pieces}
    if (first := _raised_from(st, stats, pieces, text, spans)) is not None:
        if first.obj:
            return first.obj
        st = first
    elif not any(o.pieces and _raised_from(o, stats, pieces, text, spans) is st for o in stats):
        return ""  # 从上百公里外: where from, not how much
    k = _from_index(st, pieces, text, spans)
    return _subject_before_from(pieces, k, text, st.kind, spans) if k is not None else ""
