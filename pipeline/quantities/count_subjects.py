"""A count that ends its clause after its predicate, with the thing counted as the clause's
subject (民宿|也|开了|70多家, 班列|累计|开行|3万列, 安置点|共有|233个): what is counted is the
noun phrase before the predicate. `subjects.subject_before` reads such a subject for amounts and
shares only (高标准茶园|已|建成|5万亩), since before a count of people the noun is the agent
(已|转移|300人 names no subject); here the measure must name things, an adverb (or 累计, 共) must
make the verb the predicate, or the verb must be one of being (有, 共有). Used by `rows` for
counts still with no object after the context rules (an earlier figure of the same unit is
what a later clause counts: 40处受损桥梁已修复32处). A verb alone between an adverb (or 累计)
and a verb of reaching, with no noun before it (累计|死亡|达|N例), names the event counted."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import (
    _ACTION_UNITS,
    _CLAUSE_END_MARKS,
    _PREDICATE_WORDS,
    HEADLINE_BREAK,
    _word,
)
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.quoted_terms import quote_back
from pipeline.quantities.subjects import _noun_run_before

_NOT_EVENTS = frozenset(
    (*_PREDICATE_WORDS, *lexicons.words("stats_light_verbs"), *lexicons.words("stats_creation_verbs"))
)
_EXISTENTIAL = ("有", "共有", "已有", "就有", "还有")  # X共有N个: X is counted
_ASPECT = "了"
_BETWEEN_POS = ("d", "ad", "vn")  # 也, 已经; 免费/vn before 发放
_MAX_BETWEEN = 2
# verbs of reaching a figure (stats_predicate_words of that class) and resultative complements
_REACHING = frozenset(
    w for w in _PREDICATE_WORDS if w.startswith(("达", "超", "突破")) or w.endswith(("到", "至"))
)
_COMPLEMENTS = ("到", "至")
_LOCATING = ("在",)
_PLACE_POS = ("ns", "s")
_LIST_ENDS = ("等",)
_NOT_SUBJECT_POS = ("ns", "nt", "nr", "nrt", "s", "r", "t")  # a place, a name, a pronoun: no thing counted


def _reaching(pieces: list[Piece], k: int, text: str) -> bool:
    """达到|了, 超过, 恢复|到, 增加到: a predicate of reaching an amount; its subject is what the
    count measures, as with 有 (an agent acts on an object, a figure is reached by the thing)."""
    w = _word(text, pieces[k])
    return w in _REACHING or (
        w in _COMPLEMENTS and k > 0 and not pieces[k - 1].role and pieces[k - 1].pos == "v"
    )


def _between(pieces: list[Piece], k: int, text: str, existential: bool) -> bool:
    """An adverb, a verbal noun or a predicate word between subject and verb; before 有 or a
    verb of reaching also a time word (X|目前|有N台; 工厂|今年|已经|造了N台 names an agent)."""
    p = pieces[k]
    return not p.role and (
        p.pos in _BETWEEN_POS or (existential and p.pos == "t") or _word(text, p) in _PREDICATE_WORDS
    )


def _ends_clause(pieces: list[Piece], last: int, text: str) -> bool:
    """The clause ends at pieces[last]: a mark, the sentence's end or a headline's space."""
    if last >= len(pieces):
        return True
    w = _word(text, pieces[last])
    return not pieces[last].role and (w in _CLAUSE_END_MARKS or w[:1] == HEADLINE_BREAK)


def count_subject(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase before the predicate a count of things completes at the end of its
    clause (民宿|也|开了|70多家), or ""."""
    if st.kind != "count" or not st.unit or st.unit in _ACTION_UNITS:
        return ""
    if not _ends_clause(pieces, st.pieces[-1] + 1, text):
        return ""  # 12个|乡镇…: a noun or a clause after the count
    k = st.pieces[0] - 1
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) == _ASPECT:
        k -= 1
    if k < 1 or pieces[k].role or pieces[k].pos != "v":
        return ""
    existential = _word(text, pieces[k]) in _EXISTENTIAL or _reaching(pieces, k, text)
    if _word(text, pieces[k]) in _COMPLEMENTS and not pieces[k - 1].role and pieces[k - 1].pos == "v":
        k -= 1  # 恢复|到: the verb and its complement are one predicate
    k -= 1
    n = 0
    while k >= 0 and n < _MAX_BETWEEN and _between(pieces, k, text, existential):
        k, n = k - 1, n + 1
    if k >= 1 and existential and pieces[k].pos in _PLACE_POS and _word(text, pieces[k - 1]) in _LOCATING:
        k -= 2  # X|在|某地|有N台: where the things are, between them and 有
        while k >= 0 and n < _MAX_BETWEEN and _between(pieces, k, text, existential):
            k, n = k - 1, n + 1
    if existential and k >= 1 and _word(text, pieces[k]) in _LIST_ENDS:
        k -= 1  # A、B|等|达到了N家: the list before 等 is counted
    if k < 0 or (n == 0 and not existential) or pieces[k].role or pieces[k].pos in _NOT_SUBJECT_POS:
        return ""
    if existential and (q := quote_back(pieces, k, text)) is not None:
        return _quoted_subject(pieces, q, k, text, st.kind)  # 行业|“灯塔工厂”|达到|N家
    run = _noun_run_before(pieces, k, text, st.kind)
    if not run and n == 0 and _reaching_event(pieces, k, text):
        return _word(text, pieces[k])  # 累计|死亡|达|N例: the event that reaches the figure
    first = next((i for i in range(k, -1, -1) if pieces[i].start == pieces[k].end - len(run)), k)
    if first > 0 and not pieces[first - 1].role and pieces[first - 1].pos == "r":
        return ""  # 该|公司|已开设|20家: a particular body is the agent, not what is counted
    if run and _cut_name(pieces, first, text):
        return text[pieces[first - 1].start : pieces[first].start] + run
    return run


def _quoted_subject(pieces: list[Piece], q: int, close: int, text: str, kind: str) -> str:
    """A quoted term before a verb of being or reaching (“灯塔工厂”|达到|N家) and the noun phrase
    before its opening mark (轻工行业|“灯塔工厂”): the quotation names the things counted, as
    before the number (quoted_terms)."""
    run = _noun_run_before(pieces, q, text, kind)
    return run + text[pieces[q + 1].start : pieces[close].end]


_EVENT_OPENING_POS = ("d", "ad")


def _reaching_event(pieces: list[Piece], k: int, text: str) -> bool:
    """累计|死亡|达|N例, 已|确诊|超过|N例: a verb alone (no predicate, making or light verb) right
    before a verb of reaching, after an adverb or 累计 and no noun, names the event counted."""
    if k < 1 or pieces[k].role or pieces[k].pos != "v" or _word(text, pieces[k]) in _NOT_EVENTS:
        return False
    before = pieces[k - 1]
    return not before.role and (before.pos in _EVENT_OPENING_POS or _word(text, before) in _PREDICATE_WORDS)


def _cut_name(pieces: list[Piece], first: int, text: str) -> bool:
    """华南/ns|虎: a one-character noun right after a place-tagged word is the name's tail (the
    run dropped the place as where); the two are one noun."""
    return (
        first > 0
        and len(_word(text, pieces[first])) == 1
        and not pieces[first - 1].role
        and pieces[first - 1].pos == "ns"
        and pieces[first - 1].end == pieces[first].start
    )
