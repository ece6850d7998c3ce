"""Step 4 of finding statistics: what is counted.

The counted object is read from the word tokens and their POS after the unit
(14个临时党支部) or, failing that, before the number (下沉党员干部3500余名); a count in
parentheses after a place in a notice list (小店区(1个)) counts the noun of the list's heading.
Word classes are data: stats_object_stops, stats_conjunctions, stats_age_links,
stats_nominal_verbs in `pipeline/lexicons/`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.measure import Found, Piece
from pipeline.records import Sentence, Token

NOUN_POS = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn", "an", "j", "l", "eng", "s")
_MOD_POS = ("a", "b", "ag", "v")  # modifiers kept only right before a noun
_CLAUSE_POS = ("v", "vn", "vd", "b", "a", "an", "ad", "d")  # what a relative clause has
_NAME_POS = ("nr", "ns", "nt", "nrt", "nz")
_OPEN_Q, _CLOSE_Q = "“‘《「『", "”’》」』"
_PREDICATE_FOLLOWERS = "的，,。；;、！？!?)）"  # what may follow an object that ends in a verbal noun
_CONJ = lexicons.words("stats_conjunctions")
_AGE_LINKS = lexicons.words("stats_age_links")
_NOMINAL_VERBS = lexicons.words("stats_nominal_verbs")
_OBJECT_STOP = lexicons.words("stats_object_stops")
_PEOPLE_UNITS = ("人", "人次")  # the measure already names people: 3人有序协作 counts no 有序
# list headings of notices: 一、新增高风险区 / (二)调整为低风险区 / 3.解除封控的小区
_ENUM_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])"
)

_Span = tuple[int, int]


def _word(text: str, p: Piece) -> str:
    return text[p.start : p.end]


def _quoted(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int | None:
    """A quotation or title as one piece of the object (“送餐快递员”队伍); the index after it."""
    p = pieces[i]
    close = text.find(_CLOSE_Q[_OPEN_Q.index(text[p.start])], p.start + 1, pieces[-1].end)
    if close < 0:
        return None
    k = i
    while k < len(pieces) and pieces[k].end <= close:
        k += 1
    if k >= len(pieces):
        return None
    out.append((p.start, pieces[k].end))
    return k + 1


def _noun_like(pieces: list[Piece], i: int, w: str, out: list[_Span]) -> bool:
    p, n = pieces[i], len(pieces)
    # a stray q is a noun suffix jieba split off (管控/组, 封/控组)
    return (
        p.pos.startswith(NOUN_POS)
        or (p.pos == "q" and ((i + 1 < n and pieces[i + 1].pos.startswith(NOUN_POS)) or bool(out)))
        or (w in _NOMINAL_VERBS and bool(out))
    )


def _before_noun(pieces: list[Piece], i: int) -> bool:
    return i + 1 < len(pieces) and pieces[i + 1].pos.startswith(NOUN_POS) and not pieces[i + 1].role


def _step(pieces: list[Piece], i: int, text: str, kind: str, out: list[_Span]) -> int | None:
    """Take piece i into the object and give the next index, or None where the object ends."""
    p = pieces[i]
    w = _word(text, p)
    if p.role or w in _OBJECT_STOP or (p.pos in ("l", "i") and len(w) >= 4 and out):
        return None  # a four-character idiom after the noun is the predicate (展翅欲飞)
    if w and w[0] in _OPEN_Q:
        return _quoted(pieces, i, text, out)
    if _noun_like(pieces, i, w, out):
        out.append((p.start, p.end))
        return i + 1
    if p.pos in _MOD_POS and _before_noun(pieces, i):
        if p.pos == "v" and (out or kind == "age"):
            return None
        out.append((p.start, p.end))
        return i + 1
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if (
        w in _CONJ
        and out
        and nxt is not None
        and not nxt.role
        and (nxt.pos.startswith(NOUN_POS) or nxt.pos in ("a", "b"))
    ):
        out.append((p.start, p.end))
        return i + 1
    return None


def _drop_predicate(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> int:
    """A verbal or adjectival noun at the end, followed by more words, is the predicate
    (志愿服务队|活跃在, 党员阿姨|分工明确), not part of the object."""
    while out and i < len(pieces):
        last_piece = next(p for p in pieces if p.start == out[-1][0])
        follow = _word(text, pieces[i])
        if last_piece.pos in ("vn", "an") and follow not in _PREDICATE_FOLLOWERS and len(out) > 1:
            out.pop()
            i = pieces.index(last_piece)
        else:
            break
    return i


def object_after(pieces: list[Piece], j: int, text: str, skip: set[int], kind: str) -> str:
    """The counted noun phrase right after the measure (80余名|党员干部和群众)."""
    out: list[_Span] = []
    i, n = j, len(pieces)
    if (
        kind == "amount"
        and i + 1 < n
        and pieces[i].pos.startswith("a")
        and _word(text, pieces[i + 1]) == "的"
    ):
        i += 2  # 20公斤重的弥雾机
    while i < n:
        if i in skip:
            i += 1
            continue
        nxt = _step(pieces, i, text, kind, out)
        if nxt is None:
            break
        i = nxt
    i = _drop_predicate(pieces, i, text, out)
    while out and text[out[-1][0] : out[-1][1]] in _CONJ:
        out.pop()
    if not out:
        return ""
    out_pos = [p.pos for p in pieces if out[0][0] <= p.start < out[-1][1]]
    if (
        any(pos in _CLAUSE_POS for pos in out_pos)
        and i + 1 < n
        and _word(text, pieces[i]) == "的"
        and _before_noun(pieces, i)
    ):
        # 30个|有影响力的|工业互联网平台, 59名|生活困难的|道德模范: a phrase with a verb or
        # an adjective in it is a relative clause; what is counted is the noun after its 的
        # (a plain noun keeps the count: 4个网格的居民 counts 网格)
        head = object_after(pieces, i + 1, text, skip, kind)
        if head:
            return head
    return text[out[0][0] : out[-1][1]]


def object_before(pieces: list[Piece], j: int, text: str, kind: str) -> str:
    """The noun phrase right before the number (新增高风险区|8个)."""
    i = j - 1
    if kind == "age":
        while i >= 0 and _word(text, pieces[i]) in _AGE_LINKS:
            i -= 1
    end = i
    if end < 0 or pieces[end].pos in ("vn", "an", "l"):
        return ""  # 已储备|40余人: the word before is the verb, not what is counted
    while (
        i >= 0
        and not pieces[i].role
        and (pieces[i].pos.startswith(NOUN_POS) and pieces[i].pos not in ("nr", "ns", "nt", "s"))
    ):
        i -= 1
    if i >= 0 and pieces[i].role == P.ROLE_UNIT:
        return ""  # 4个网格|960余户: that noun is already the object of the count before
    while i < end and pieces[i + 1].pos in ("vn", "an"):
        i += 1  # 排查|车辆120辆: a leading verbal noun is the action, not the object
    if i == end:
        return ""
    if i >= 0 and pieces[i].role == P.ROLE_UNIT:
        return ""  # 4个网格|960余户: that noun is already the object of the count before
    if (
        i >= 0
        and pieces[i].pos in _NAME_POS
        and not pieces[i].role
        and pieces[end].end - pieces[i + 1].start == 1
    ):
        # 代尔祖尔省|两处: the tail of a name is no object; but a whole noun after a word
        # jieba mistakes for a name is (惠及/ns 居民|5000余户)
        return ""
    if i >= 0 and pieces[i].pos in ("a", "b") and not pieces[i].role:
        i -= 1  # 低风险区
    return text[pieces[i + 1].start : pieces[end].end]


def notice_object(heading_tokens: list[Token], text: str) -> str:
    """For a count in parentheses after a place in a notice list (小店区(1个)), the object is
    the noun the list is headed by (一、新增高风险区): the nouns ending the heading."""
    run: list[Token] = []
    for t in reversed(sorted(heading_tokens, key=lambda t: t.start)):
        if t.pos.startswith(NOUN_POS) and t.pos not in ("ns",):
            run.insert(0, t)
        elif run:
            if t.pos in ("a", "b"):
                run.insert(0, t)  # 低风险区
            break
    if not run:
        return ""
    return text[run[0].start : run[-1].end]


def heading_of(article_sents: list[Sentence], sent: Sentence) -> Sentence | None:
    """The last list heading (一、新增高风险区) at or before the sentence."""
    heading = None
    for s in article_sents:
        if s.start > sent.start:
            break
        if _ENUM_HEADING.match(s.text):
            heading = s
    return heading


def object_of(
    st: Found, pieces: list[Piece], text: str, age_pieces: set[int], notice: Callable[[], str]
) -> str:
    """What a statistic counts, by its kind: nothing for a duration, a noun right after a
    percent or fraction, the people before 人, else the noun after the measure, else (in a
    notice list: `notice`) the heading's noun, else the noun before the number."""
    last = st.pieces[-1] + 1
    if st.kind == "duration":
        return ""
    if st.kind in ("percent", "fraction"):
        # only a noun right after: 一多半居民 (70%的居民 leaves it open)
        ok = last < len(pieces) and pieces[last].pos.startswith(NOUN_POS)
        return object_after(pieces, last, text, set(), st.kind) if ok else ""
    if st.unit in _PEOPLE_UNITS:
        return object_before(pieces, st.pieces[0], text, st.kind)
    nxt_text = _word(text, pieces[last]) if last < len(pieces) else ""
    if st.kind == "age" and nxt_text == "的":
        obj = ""
    else:
        obj = object_after(pieces, last, text, age_pieces - set(st.pieces), st.kind)
    if obj:
        return obj
    before = text[st.start - 1] if st.start > 0 else ""
    after = text[st.end] if st.end < len(text) else ""
    if before == "(" and after == ")":
        return notice()  # 小店区(1个): the noun of the notice list's heading
    if st.kind in ("count", "amount", "age"):
        return object_before(pieces, st.pieces[0], text, st.kind)
    return ""
