"""Verbs at the edges of an object, for `objects`: a verb inside a compound with its head a
few words on (快递|转运|中心), a verbal noun that opens the predicate after the counted noun
(蜜瓜|销往|国内), modifiers and verbs that end in a one-character head jieba cut off (临时|安置|
点/m), and a time phrase at an object's end (灾|后).
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_parts import _Span
from pipeline.quantities.object_words import (
    _ACTOR_HEADS,
    _CLAUSE_END_MARKS,
    _COMPOSING,
    _DIRECTIONS,
    _HEADS,
    _METRIC,
    _PREDICATE_WORDS,
    _VERB_COMPOUND_POS,
    NOUN_POS,
    _word,
    ends_in_head,
)
from pipeline.quantities.pieces import Piece

_NUMERAL_CHARS = frozenset("".join(row[0] for row in lexicons.rows("numerals_characters")) + "几多数半")
_ONE_CHAR_HEAD_POS = ("n", "m", "q", "ng", "zg")  # 安置|点/m: jieba's tags for a cut-off head
_TIME_LOCATIVES = ("后", "前")  # 灾|后, 节|前: a one-character noun before one names a time
_PLAIN_NOUN_POS = ("n", "nz", "ng")  # a noun a word before it may modify
_REPORTING = frozenset(lexicons.words("stats_report_verbs"))  # 表示, 认为: a verb that takes a clause
_PIVOTS = frozenset(lexicons.words("stats_pivot_verbs"))  # 让, 使: a verb that takes an object and a verb
_ORDINALS = frozenset(lexicons.words("stats_ordinal_words"))  # 获|第|N届: an ordinal's prefix is no head
_YIELDING = frozenset(lexicons.words("stats_yield_verbs"))  # 提供, 获得: a verb that takes an object


def _verb_compound(
    pieces: list[Piece], i: int, text: str, after_noun: bool = False, loose: bool = False
) -> bool:
    """Whether the verb at pieces[i] modifies a compound head a few words on (快递|转运|中心,
    救助|补助|资金), rather than being the predicate (区县|出现|暴雨); `after_noun`: the verb
    follows a noun of the object, and only a head right after it makes a compound (水稻|提供|
    灌溉服务 and 农机|接手|各项任务 are predicates), unless the head a few words on, past nouns
    only (or past any compound word after a measure's 的, `loose`), is followed by an adverb
    or a verb: then the compound is the subject of that predicate (占地300亩的|汽车|创新|示范|
    产业园|已经开工, N处|农村|集中|供水|工程|全部恢复). A verb of saying or
    thinking (stats_report_verbs) takes a clause, so it modifies no head (N%的|受访者|认为|…|政策)."""
    if _word(text, pieces[i]) in (*_PREDICATE_WORDS, *_COMPOSING):
        return False  # 26个省份|实现|省级平台…, N个村|组成|片区: a predicate word is no part of a compound
    if len(_word(text, pieces[i])) > 1 and _word(text, pieces[i]).endswith(_DIRECTIONS):
        return False  # N条街|回到|管控区: a verb of motion with its direction takes the place it goes to
    if after_noun and i > 0 and not pieces[i - 1].role and _word(text, pieces[i - 1]).endswith(_ACTOR_HEADS):
        return False  # N位…的|博士|组建|团队, N家|供应商|入驻|平台: after a noun naming people or
        # a body that acts (stats_people_heads, stats_agent_heads) a verb is what they do
    if after_noun and _word(text, pieces[i]) in _YIELDING:
        return False  # N个|国家和地区|提供|机械装备: after a noun a verb of giving or gaining
        # (stats_yield_verbs) takes the head as its object; it names no kind of it
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if (
        nxt is not None
        and not nxt.role
        and nxt.pos in _ONE_CHAR_HEAD_POS
        and nxt.end - nxt.start == 1
        and _word(text, nxt) not in _NUMERAL_CHARS  # 村民|无|一|伤亡: a numeral is no head
        and _word(text, nxt) not in _ORDINALS  # 作品|获|第|N届…: nor an ordinal's prefix
        and _word(text, pieces[i]) not in _PIVOTS  # 铭文|让|墓|主…: a pivot verb takes an object and a verb
    ):
        return True  # 脱贫|县, 受灾|户: a verb and a one-character noun make one word
    if _word(text, pieces[i]) in _REPORTING:
        return False  # N%的|居民|认为|本地|政策…: a verb of saying or thinking takes a clause, no head
    for k in range(i + 1, min(i + 4, len(pieces))):
        p = pieces[k]
        if p.role or not p.pos.startswith(_VERB_COMPOUND_POS) or (k == i + 1 and p.pos in ("a", "b")):
            return False  # 方面|部署|重大任务: a modifier right after the verb opens its object
        if after_noun and not loose and k > i + 1 and not p.pos.startswith(("n", "vn", "j")):
            return False  # 农机|接手|各项|任务: after a noun only nouns lead on to the head
        if ends_in_head(_word(text, p)) and not _modifies_noun(pieces, k, text):
            return k == i + 1 or not after_noun or _before_predicate(pieces, k + 1)
    return False


def _modifies_noun(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the word at pieces[k], which ends like a compound head without being one (重点,
    联系点 end in 点), modifies a plain noun right after it that is no head itself (深入|重点|区域,
    征求|联系点|意见): then it is no head of a compound with the verb before it (养老|服务|中心
    and 攻坚|任务|清单 still are)."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return (
        _word(text, pieces[k]) not in _HEADS
        and nxt is not None
        and not nxt.role
        and nxt.pos in _PLAIN_NOUN_POS
        and not ends_in_head(_word(text, nxt))
    )


def _before_predicate(pieces: list[Piece], k: int) -> bool:
    """An adverb, a time word or a verb at pieces[k]: the predicate of the noun phrase before it."""
    return k < len(pieces) and not pieces[k].role and pieces[k].pos in ("d", "v", "vn", "ad", "vd", "t")


def _opens_predicate(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> bool:
    """蜜瓜|销往|国内: a verbal noun right after a plain noun of the object, neither a metric nor
    a compound head nor before one, and followed by a place word or another word that is no
    noun, is the predicate; before a clause end it stays (核酸|检测。), and so do 社区|养老|
    服务中心 and 中央|应急|抢险|救灾物资."""
    w = _word(text, pieces[i])
    if not out or w in _METRIC or ends_in_head(w) or _verb_compound(pieces, i, text):
        return False
    if not any(p.start == out[-1][0] and p.pos in ("n", "nz") for p in pieces):
        return False
    nxt = pieces[i + 1] if i + 1 < len(pieces) else None
    if nxt is None or nxt.role or _word(text, nxt) in _CLAUSE_END_MARKS or nxt.pos == "x":
        return False
    return not nxt.pos.startswith(NOUN_POS) or nxt.pos in ("ns", "s")


def _drop_time_tail(pieces: list[Piece], i: int, text: str, out: list[_Span]) -> None:
    """行政村|进行|灾|后…, 河道|启动|灾|后…: a one-character noun at the object's end with 后 or 前
    after it opens a time phrase (灾后); it and the verbs before it are the predicate."""
    if len(out) < 2 or i >= len(pieces) or pieces[i].role or _word(text, pieces[i]) not in _TIME_LOCATIVES:
        return
    if out[-1][1] - out[-1][0] != 1:
        return
    out.pop()
    by_start = {p.start: p for p in pieces}
    while len(out) > 1 and (p := by_start.get(out[-1][0])) is not None and p.pos in ("v", "vn"):
        if ends_in_head(_word(text, p)):
            break
        out.pop()


def _verb_head_run(pieces: list[Piece], i: int, text: str) -> int | None:
    """临时|集中|安置|点/m, 集中|安置|点: modifiers and verbs right after the measure that end in a
    one-character head jieba cut off (tagged m, q, ng …) make one noun; the index after the
    head, else None."""
    k = i
    while k < min(i + 4, len(pieces)) and not pieces[k].role and pieces[k].pos in ("a", "b", "v"):
        k += 1
    if k == i or k >= len(pieces) or not any(p.pos == "v" for p in pieces[i:k]):
        return None
    head = pieces[k]
    if head.role or head.end - head.start != 1 or head.pos not in _ONE_CHAR_HEAD_POS:
        return None
    return k + 1 if pieces[k - 1].pos == "v" and _word(text, pieces[k - 1]) not in _PREDICATE_WORDS else None
