"""A verb of sending, handing out, servicing or carrying out left at the head of a count's
object read before the number (调集|医疗人员|1200多人, ，|安排|文旅|消费|促进|活动|超过200场,
组织|检修|农机具|N万台): the verb is the clause's predicate and the noun phrase after it is
what is counted, as the annotations drop 转移, 出动 and 发送 (转移|群众|N人).

The readers before the number take a verbal noun at a clause's start, or after 等 or another
verb, into the noun phrase (，|救援|人员|N人 keeps 救援, rightly); the verbs of
stats_handling_verbs are rarely the first half of a compound, so where one opens the object
and a noun phrase follows it up to the number, it is dropped; not after 的, which a noun
phrase's first word follows (出台的|实施|意见). Verbs of producing, carrying and making
(stats_output_verbs, stats_creation_verbs) are dropped only after no noun (日均|运输|旅客,
每天|生产|月饼; not 食品|生产|企业) and before more than one compound head (，生产|企业
stays). Where the verb follows a subject inside the object (水路|日均|运输|旅客), the words after
it are what is counted. Counts and frequencies only; used by `rows` last, on the finished object.
Before a sum of money a metric noun jieba tags a verbal noun is a noun after the verb (安排|投资|
N亿元 measures 投资). For sums of money, `without_allocating_verb` leaves out such a verb right
before the figure and the agent before it (商务部|预拨|N亿元: who allocates, not what the money is).
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import _HEADS, _METRIC, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_HANDLING = frozenset(lexicons.words("stats_handling_verbs"))
# verbs that also open compounds (生产企业): dropped only after no noun and before more than a head
_OUTPUT = frozenset((*lexicons.words("stats_output_verbs"), *lexicons.words("stats_creation_verbs")))
_NAME_HEADS = (*lexicons.words("stats_institution_heads"), *_HEADS)
_KINDS = ("count", "frequency", "amount")  # amounts of goods too: 调集|储备猪肉|N吨
_DE = "的"
_VERB_POS = ("v", "vn")
_PHRASE_POS = (*NOUN_POS, "a", "b", "v")  # what the noun phrase after the verb is made of
# (a verb inside it: 消费|促进|活动), ending in a noun


def _handling(p: Piece, text: str) -> bool:
    return not p.role and p.pos in _VERB_POS and _word(text, p) in (_HANDLING | _OUTPUT)


def without_handling_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without a handling verb that opens it (see the module); else the object."""
    if st.kind not in _KINDS or not st.obj:
        return st.obj
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    first, b = span
    a = next((k for k in range(first, b) if _handling(pieces[k], text)), None)
    if a is None:
        return st.obj
    verb = pieces[a]
    if a > 0 and _word(text, pieces[a - 1]) == _DE:
        return st.obj  # 出台的|实施|意见: after 的 the verb opens the noun phrase
    rest = pieces[a + 1 : b + 1]
    if not all(not p.role and p.pos.startswith(_PHRASE_POS) for p in rest):
        return st.obj
    if not _metric_after(st, rest, text) and (
        not rest[-1].pos.startswith(NOUN_POS) or all(p.pos in _VERB_POS for p in rest)
    ):
        return st.obj  # 实施|改造: no noun after the verb
    if (a > first or _word(text, verb) not in _HANDLING) and not _output_predicate(pieces, a, b, text):
        return st.obj  # inside the object (项目|实施|单位) or a verb that opens compounds
    return text[rest[0].start : pieces[b].end]


def _metric_after(st: Found, rest: list[Piece], text: str) -> bool:
    """安排|投资/vn|N亿元: before a sum of money a metric noun jieba tags a verbal noun
    (stats_metric_nouns) after the verb is what the sum measures, a noun for this purpose."""
    return st.kind == "amount" and len(rest) == 1 and _word(text, rest[0]) in _METRIC


def _output_predicate(pieces: list[Piece], a: int, b: int, text: str) -> bool:
    """每天|生产|月饼, ，|建设|区域…服务中心, 水路|日均|运输|旅客: no noun right before the verb
    (食品|生产|企业), and after it more than a single compound head (，|生产|企业 is a compound)."""
    before = pieces[a - 1] if a > 0 else None
    if before is not None and not before.role and before.pos.startswith(NOUN_POS) and before.pos != "j":
        return False
    return b > a + 1 or not _word(text, pieces[b]).endswith(_NAME_HEADS)


_MONEY_KINDS = ("amount",)
_AGENT_POS = ("nt", "ns", "nr", "nrt", "j")  # 商务部, 某省, 发改委/j: who hands out the money
_NUMERAL_POS = ("m",)  # 两|部门: a counted body, the agent
_ADVERB_POS = ("d", "ad", "a")  # 再次, 紧急/a before the verb


_NUMERAL_CHARS = "一二两三四五六七八九十"
_BODY_ENDS = ("部", "委", "门", "局", "厅", "署", "办")  # 两部委/n, 三部门/n: bodies counted in one word


def _agent(pieces: list[Piece], k: int, a: int, text: str) -> bool:
    """Whether pieces[k], the object's last word before the verb, names the agent: an
    organisation, a place or a name, a noun right after a numeral (两|部门), or one word that
    counts government bodies (两部委/n)."""
    p = pieces[k]
    if p.pos.startswith(_AGENT_POS) or (k == a and k > 0 and pieces[k - 1].pos in _NUMERAL_POS):
        return True
    w = _word(text, p)
    return k == a and len(w) > 2 and w[0] in _NUMERAL_CHARS and w.endswith(_BODY_ENDS)


def _ends_at(obj: str, end: int, text: str) -> bool:
    return end >= len(obj) and text[end - len(obj) : end] == obj


def without_allocating_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """A sum of money right after a verb of sending or allocating (stats_handling_verbs:
    商务部|预拨|N亿元, 两|部门|再次|预拨|N亿元) whose object read before it is the words before
    that verb (and its adverbs), the verb included or not: the verb is the predicate, and those
    words are its agent (an organisation, a place, a body counted by a numeral; then no object
    is left) or the fund's name (救灾资金|下拨|N万元, which stays)."""
    if st.kind not in _MONEY_KINDS or not st.obj or not st.pieces:
        return st.obj
    v = st.pieces[0] - 1
    if v < 1 or pieces[v].role or pieces[v].pos not in _VERB_POS or _word(text, pieces[v]) not in _HANDLING:
        return st.obj
    k = v - 1
    while k > 0 and not pieces[k].role and pieces[k].pos in _ADVERB_POS:
        k -= 1
    if _ends_at(st.obj, pieces[v].end, text):
        start = pieces[v].end - len(st.obj)
    elif _ends_at(st.obj, pieces[k].end, text):
        start = pieces[k].end - len(st.obj)
    else:
        return st.obj
    a = next((i for i in range(k + 1) if pieces[i].start == start and not pieces[i].role), None)
    if a is None or pieces[k].role:
        return st.obj
    return "" if _agent(pieces, k, a, text) else text[pieces[a].start : pieces[k].end]
