"""The thing a count names after a relative clause that opens with its own subject right after
the measure (1200台|体型|轻巧|的|农机, 两枚|某方|发射|的|导弹, 170组|传统与时尚|融合|的|花灯).

`objects.object_of` reads the nouns right after the measure and stops at the predicate, so the
clause's subject (体型, 某方) is taken for what is counted. Where that subject is followed only
by its predicate (verbs, adjectives, adverbs: no noun after the verb, the clause's object is the
gap the head fills) and then 的 and a noun phrase, the measure counts the noun phrase after
the 的, as it does after any relative clause (`thing_relatives`). A clause with its own object
keeps the subject (5个县|不通|火车|的历史 counts 县), and so does a head naming the situation
or the record of the subject (stats_situation_nouns: 3个村|落后|的|面貌) or a span of time.
People measures are left to `people_relatives`. Used by `rows` after `things_after_relative`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_parts import _spans_time
from pipeline.quantities.object_words import _ACTION_UNITS, _CONJ, _word
from pipeline.quantities.objects import object_after
from pipeline.quantities.pieces import Found, Piece

_DE = "的"
_SUBJECT_POS = ("n", "nz", "ng", "j", "ns", "nt", "nr", "eng")  # the clause's subject
_PREDICATE_POS = ("v", "vd", "vn", "a", "ad", "an", "z", "d")  # its predicate, with no noun after it
_CORE_POS = ("v", "vd", "vn", "a", "an", "z")  # a predicate has a verb or an adjective (优良/z)
_VERB_POS = ("v", "vd", "vn")  # a second verb is the first one's object (实现|全面|增长)
_HEAD_END_POS = ("n", "nz", "ng", "j", "eng", "nr", "ns", "nt")  # the head after 的 ends in a noun
_MAX_SUBJECT = 4  # words of the subject
_MAX_PREDICATE = 3  # words of the predicate
_QUASI = frozenset(lexicons.words("stats_quasi_measures"))  # 两省|发生的灾害: the unit is the noun
_SITUATIONS = tuple(lexicons.words("stats_situation_nouns"))  # 局面, 面貌: the subject's situation


def _subject_word(pieces: list[Piece], k: int, first: int, text: str) -> bool:
    """A noun of the subject, or a conjunction joining two (科技|与|艺术)."""
    if pieces[k].pos in _SUBJECT_POS:
        return True
    joined = k + 1 < len(pieces) and pieces[k + 1].pos in _SUBJECT_POS
    return k > first and joined and _word(text, pieces[k]) in _CONJ


def _subject_end(pieces: list[Piece], first: int, text: str) -> int | None:
    """The index after the clause's subject opening at `first` (nouns, joined by conjunctions),
    else None."""
    k = first
    while k < len(pieces) and k - first < _MAX_SUBJECT and not pieces[k].role:
        if not _subject_word(pieces, k, first, text):
            break
        k += 1
    return k if k > first else None


def _predicate_word(p: Piece) -> bool:
    return not p.role and p.pos in _PREDICATE_POS


def _gap_de(pieces: list[Piece], start: int, text: str) -> int | None:
    """The index of the 的 closing a predicate with no object that opens at `start`, else None."""
    k = start
    while k < len(pieces) and k - start < _MAX_PREDICATE and _predicate_word(pieces[k]):
        k += 1
    core = any(p.pos in _CORE_POS for p in pieces[start:k])
    if not core or k >= len(pieces) - 1 or pieces[k].role or _word(text, pieces[k]) != _DE:
        return None
    # a second verb is the first one's object (指标|实现|全面|增长|的|国家): the clause has one
    verbs = sum(p.pos in _VERB_POS for p in pieces[start:k])
    return k if verbs <= 1 else None


def _plain_head(head: str, pieces: list[Piece], de: int, text: str) -> bool:
    """Whether the noun phrase after the 的 ends in a noun naming a thing: no situation noun,
    no span of time."""
    if not head or head.endswith(_SITUATIONS) or _spans_time(head):
        return False
    end = pieces[de + 1].start + len(head)
    last = next((p for p in pieces[de + 1 :] if p.end == end), None)
    return last is not None and not last.role and last.pos in _HEAD_END_POS


def things_after_subject_clause(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase after the 的 of a clause with its own subject right after a count's
    measure, where the object given is that subject (see the module); else the object given."""
    if st.kind != "count" or st.unit in _ACTION_UNITS or st.unit in _QUASI or not st.pieces or not st.obj:
        return st.obj
    first = st.pieces[-1] + 1
    if first >= len(pieces) or not text.startswith(st.obj, pieces[first].start):
        return st.obj
    end = _subject_end(pieces, first, text)
    if end is None or pieces[first].start + len(st.obj) > pieces[end - 1].end:
        return st.obj
    de = _gap_de(pieces, end, text)
    if de is None:
        return st.obj
    head = object_after(pieces, de + 1, text, set(), st.kind)
    return head if _plain_head(head, pieces, de, text) else st.obj
