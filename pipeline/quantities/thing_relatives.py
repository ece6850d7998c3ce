"""The things a count names after a relative clause that opens right after its measure
(30个|已经|建成|的|示范基地, 200多台|安装了|监测设备|的|收割机, 12家|新|注册|的|科技企业).

`objects.object_of` reads a noun right after the measure or a 的 right after it; where the
words after the measure open a clause (a verb, an adverb, a preposition, a time word or an
idiom jieba tags i), it reads nothing or the clause itself. What is counted is the noun phrase
after the clause's 的, as for people (`people_relatives`, which covers the people measures:
this module leaves them alone). An object read inside the clause is kept where a predicate
follows it (5个|协办城市|举行了…的活动), unless a verb of having opens it (stats_having_verbs:
30个|具备生态|保护…的|公园: the reader stopped at the verb of the clause's object). A clause
opened by a noun is left alone: 4个网格的居民 counts
网格 and 5个县|不通火车|的历史 counts 县 (`objects.object_after`). Used by `rows` after
`people_after_relative`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _ACTION_UNITS, _CLAUSE_MARKS, NOUN_POS, _word
from pipeline.quantities.objects import ends_in_head_word, object_after
from pipeline.quantities.pieces import Found, Piece

_DE = "的"
_CLOSE_QUOTES = ("”", "’", "」", "』")
_MAX_CLAUSE = 10  # words between the measure and the 的
# jieba tags that open a clause: verbs, adverbs, prepositions, time words, four-character phrases
_OPENING_POS = ("v", "vd", "d", "ad", "p", "t", "i")
_MODIFIER_POS = ("a", "b", "vn")  # 新型/b|的, 分散/vn|的: a modifier with its 的 right after it
_ADVERB_POS = ("d", "ad")  # an adverb opens a clause only with a verb after it (已经|建成), not
# when it grades an adjective inside a noun phrase (近30个|最|不|发达|国家|的|企业)
_VERB_POS = ("v", "vd")
_PREDICATE_POS = ("v", "vd", "d", "ad")  # what follows an object that is a whole noun phrase
_MAIN_CLAUSE = frozenset(lexicons.words("stats_main_clause_words"))  # 两台|将|继续发挥…的作用
_QUASI = frozenset(lexicons.words("stats_quasi_measures"))  # 两省|发生的灾害: the unit is the noun
_HAVING = frozenset(lexicons.words("stats_having_verbs"))  # 具备, 兼具: a clause, never the counted noun


def _clause_de(st: Found, pieces: list[Piece], text: str) -> int | None:
    """The index of the 的 closing a clause that opens right after the measure, else None."""
    first = st.pieces[-1] + 1
    if first + 1 < len(pieces) and _modifier_de(pieces[first], pieces[first + 1], text):
        return first + 1
    if first >= len(pieces) or pieces[first].role or pieces[first].pos not in _OPENING_POS:
        return None
    if _word(text, pieces[first]) in _MAIN_CLAUSE:
        return None
    verb = pieces[first].pos not in _ADVERB_POS
    for k in range(first + 1, min(first + 1 + _MAX_CLAUSE, len(pieces) - 1)):
        p = pieces[k]
        w = _word(text, p)
        if p.role or w in _CLAUSE_MARKS or w in _MAIN_CLAUSE:
            return None  # another figure, the clause's end or a main predicate before any 的
        if w == _DE:
            return k if verb else None
        verb = verb or p.pos in _VERB_POS
    return None


def _modifier_de(p: Piece, de: Piece, text: str) -> bool:
    """N块|零散/vn|的|耕地, N个|新型/b|的|“…”: one modifier word and its 的 right after the measure."""
    return not p.role and p.pos in _MODIFIER_POS and not de.role and _word(text, de) == _DE


def _followed_by_predicate(obj: str, start: int, pieces: list[Piece], text: str) -> bool:
    """5个|协办城市|举行了…的活动: the object read is a noun phrase with its own predicate after it."""
    end = text.find(obj, start) + len(obj)
    nxt = next((p for p in pieces if p.start >= end), None)
    return nxt is not None and not nxt.role and nxt.pos in _PREDICATE_POS


def things_after_relative(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase after the 的 of a clause right after a count's measure, where the object
    given is empty or lies inside that clause; else the object given."""
    if st.kind != "count" or st.unit in _ACTION_UNITS or st.unit in _QUASI or not st.pieces:
        return st.obj
    de = _clause_de(st, pieces, text)
    if de is None:
        return st.obj
    clause_start, clause_end = pieces[st.pieces[-1] + 1].start, pieces[de].start
    if st.obj and not (clause_start <= text.find(st.obj, clause_start) < clause_end):
        return st.obj  # an object read elsewhere (before the number): keep it
    opening = _word(text, pieces[st.pieces[-1] + 1])  # 具备|生态|保护…的|公园: a clause of having
    having = opening in _HAVING and text.startswith(st.obj, clause_start)
    if st.obj and not having and _followed_by_predicate(st.obj, clause_start, pieces, text):
        return st.obj  # 协办城市|举行了…的活动
    if (
        st.obj
        and text.find(st.obj, clause_start) + len(st.obj) == clause_end
        and _ends_in_noun(st.obj, pieces, text)
    ):
        return st.obj  # 三个|相邻|村|的|项目: a noun phrase right before the 的 is counted (4个网格的居民)
    head = object_after(pieces, de + 1, text, set(), st.kind)
    after = pieces[de + 1 :]
    head = _before_verb(head, after, text)
    if not head or _verb_after_noun(head, after, text) or not _noun_at_end(head, after):
        return st.obj
    return head


def _before_verb(head: str, pieces: list[Piece], text: str) -> str:
    """“巴掌田”|整合/v|成: where the noun phrase read after the 的 runs on into the predicate
    after a closing quote, it ends at the quote (the quoted name is the noun phrase)."""
    start = pieces[0].start if pieces else 0
    inside = [p for p in pieces if start <= p.start and p.end <= start + len(head)]
    for k, p in enumerate(inside):
        if k > 0 and p.pos == "v" and _word(text, inside[k - 1]) in _CLOSE_QUOTES:
            return text[start : inside[k - 1].end]
    return head


def _noun_at_end(head: str, pieces: list[Piece]) -> bool:
    """…文化|的|演变/v: what a count counts after the 的 ends in a noun, not in a verb."""
    start = pieces[0].start if pieces else 0
    words = [p for p in pieces if p.end <= start + len(head) and p.pos != "x"]  # “钉子案”: quotes aside
    return bool(words) and words[-1].pos.startswith(NOUN_POS)


def _ends_in_noun(obj: str, pieces: list[Piece], text: str) -> bool:
    """A noun at the object's end, or a compound head (集中安置|点/m: objects.ends_in_head_word)."""
    start = text.find(obj)
    end = start + len(obj)
    last = next((p for p in pieces if p.end == end), None)
    if last is None or last.role:
        return False
    return last.pos.startswith(NOUN_POS) or ends_in_head_word(pieces, [(start, end)], text)


def _verb_after_noun(head: str, pieces: list[Piece], text: str) -> bool:
    """“巴掌田”|整合/v|成: the noun phrase read after the 的 runs on into the predicate."""
    start = pieces[0].start if pieces else 0
    inside = [p for p in pieces if start <= p.start and p.end <= start + len(head)]
    return any(p.pos == "v" and k > 0 for k, p in enumerate(inside))
