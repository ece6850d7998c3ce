"""A predicate that the object read after a count's measure ran into (issue 12, round 15).

After the counted noun the object readers go on over nouns and some verbs, so two shapes of a
clause's predicate end up in the object:
- an attribute noun with an adjective as its predicate (N家|城市书房|特色|鲜明。, N个|项目|进展|顺利):
  a noun after a noun of the object, then an adjective of two characters or more (an adverb of
  degree may come between: 特色|十分|鲜明, and after it a word jieba tags v is stative too:
  效益|更加|突出) that ends the clause. The attribute and the adjective
  say what the counted things are like (topic and comment), as a state noun does
  (stats_state_nouns: N亩|小麦|长势|良好); the attribute is no part of what is counted. A
  one-character adjective after an adverb of time says the state of the head itself
  (的|儿科|病床|已|满), and is left;
- a verb right after a noun naming a body that acts (stats_agent_heads: 机构, 企业, 单位) and right
  before the next figure (N家|组展机构|组织|约M家|中小企业): the verb is what the body does to the
  things the next figure counts; jieba's nominal verbs (组织, stats_nominal_verbs) are read into the
  object as nouns there, as in 社会|组织.
The object is cut before the predicate. And one shape read back from the figure:
- a verb jieba tags as a noun (stats_serial_verbs, kind verb: the hand-tagged corpus tags it a verb
  and never a noun: 部署/n, 办理/n; or stats_verbal_nouns, only a verb there: 核准/n) inside the
  object, after its subject, setting or another verb and before a noun phrase of two words or
  more that reaches the figure (重点|区域|部署|救援|力量|近N人, 推动|办理|民生|实事|N件): the verb
  is the clause's predicate and the noun phrase its object, which the figure counts. A single
  noun after it may be the head the verb modifies (城市|供水|管网) and is left. Counts only: a
  length or an area may measure a metric the verb names (公路|通车|总里程).
And a predicate opened by a modal verb (stats_modal_verbs: 每年可|节约/n|标准煤|N万吨, 能够|节约|
燃油|N吨), the modal in the object or right before it (not one jieba joined to its verb: 可封存/b,
as 可支配/b): the word after the modal is the verb,
the noun phrase after the verb what an amount measures (`without_modal_predicate`; amounts only,
the noun phrase right before the figure, and only a verb by its tag or by the corpus lists:
可|再生能源/l and 能|繁|母猪 are names, 可|利用|资源|达|N吨 a subject).
And a verb that posts a result inside the object (stats_posting_verbs: 某行业|实现|营收|同比增长N%):
the words before it are the agent, the noun phrase after it the metric (`without_posting_verb`).
Used by `rows` on every object.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.serial_predicates import _serial
from pipeline.quantities.trailing_predicates import _after_measure

_ATTRIBUTE_POS = ("n",)  # a plain noun: 特色, 进展, 规模
_OBJECT_POS = ("n", "nz", "j", "l")  # the noun of the object before it
_ADJECTIVE_POS = ("a",)  # 鲜明/a, 顺利/a
# adverbs of degree (the grammars' 程度副词); not of time (已, 正): 病床|已|满 is the head's state
_DEGREE = ("很", "十分", "非常", "较", "较为", "更", "更加", "尤为", "特别", "比较", "相当", "极为", "格外")
_ENDS = ("，", ",", "。", "；", ";", "！", "？", "、")  # a clause mark after the adjective
_AGENT_HEADS = tuple(lexicons.words("stats_agent_heads"))  # 机构, 企业: bodies that act
_VERB_POS = ("v",)


def _clause_end(pieces: list[Piece], k: int, text: str) -> bool:
    return k >= len(pieces) or (not pieces[k].role and _word(text, pieces[k]) in _ENDS)


def _adjective_predicate(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether an adjective (after an adverb of degree or not) follows pieces[k] and ends the
    clause (特色|十分|鲜明|。)."""
    j = k + 1
    degree = j < len(pieces) and not pieces[j].role and _word(text, pieces[j]) in _DEGREE
    j += int(degree)
    # after an adverb of degree a word jieba tags v is stative (更加|突出, 非常|可靠)
    tags = (*_ADJECTIVE_POS, *_VERB_POS) if degree else _ADJECTIVE_POS
    if j >= len(pieces) or pieces[j].role or pieces[j].pos not in tags:
        return False
    if len(_word(text, pieces[j])) < 2:
        return False
    return _clause_end(pieces, j + 1, text)


def _attribute(pieces: list[Piece], a: int, b: int, text: str) -> bool:
    """Whether the object's last piece is an attribute noun whose adjective predicate follows."""
    last, before = pieces[b], pieces[b - 1]
    return (
        b > a
        and not last.role
        and last.pos in _ATTRIBUTE_POS
        and not before.role
        and before.pos in _OBJECT_POS
        and _adjective_predicate(pieces, b, text)
    )


def _agent_verb(pieces: list[Piece], a: int, b: int, text: str) -> bool:
    """Whether the object's last piece is a verb after a noun naming a body that acts, right
    before the next figure (组展机构|组织|约1500家)."""
    last, before = pieces[b], pieces[b - 1]
    nxt = pieces[b + 1] if b + 1 < len(pieces) else None
    return (
        b > a
        and not last.role
        and last.pos in _VERB_POS
        and not before.role
        and _word(text, before).endswith(_AGENT_HEADS)
        and nxt is not None
        and bool(nxt.role)
    )


def without_clause_predicate(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read after the measure cut before a predicate it ran into (see the module)."""
    span = _after_measure(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if _attribute(pieces, a, b, text) or _agent_verb(pieces, a, b, text):
        return text[pieces[a].start : pieces[b].start]
    return st.obj


_VERBAL = "verb"  # stats_serial_verbs' kind of a word the corpus tags only as a verb
_NOMINAL_TAGS = ("n", "nz", "j", "l", "s", "ns")  # how jieba tags such a verb in context
_PHRASE_POS = (*NOUN_POS, "b", "a")  # what the noun phrase after the verb is made of
_MODALS = frozenset(lexicons.words("stats_modal_verbs"))  # 可, 能够
_POSTING = frozenset(lexicons.words("stats_posting_verbs"))  # 实现, 录得
_VERBAL_NOUNS = frozenset(lexicons.words("stats_verbal_nouns"))  # 节约/n: a verb jieba calls a noun
_MODAL_KINDS = ("amount",)  # 可|节约|标准煤|N万吨; counts keep terms such as 可穿戴设备


def _serial_verb(p: Piece, text: str) -> bool:
    """A verb jieba tags as a noun: stats_serial_verbs' kind verb, or a word of
    stats_verbal_nouns (核准/n, 落户/n: the corpus tags it only as a verb)."""
    w = _word(text, p)
    return not p.role and p.pos in _NOMINAL_TAGS and (_serial().get(w) == _VERBAL or w in _VERBAL_NOUNS)


def _after_verb(pieces: list[Piece], k: int) -> bool:
    """Whether a verb of two characters or more stands right before pieces[k] (推动|办理): the two
    are serial predicates (a one-character word before may be cut from the noun: 适|老化)."""
    p = pieces[k - 1] if k > 0 else None
    return p is not None and not p.role and p.pos == "v" and p.end - p.start > 1


def without_verb_before(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read back from the figure without a predicate verb jieba tags as a noun and
    the words before it (see the module); else the object."""
    if not st.obj or not st.pieces or st.kind != "count":
        return st.obj  # a length or an area may be a metric the verb names (公路|通车/n|总里程)
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    k = next((k for k in range(b - 1, a - 1, -1) if _serial_verb(pieces[k], text)), None)
    if k == a and not _after_verb(pieces, a):
        return st.obj  # the object's first word: after no verb it may open a compound
    if k is None or b - k < 2:
        return st.obj  # 城市|供水|管网: one noun after it is the head it modifies
    rest = pieces[k + 1 : b + 1]
    if any(p.role or not p.pos.startswith(_PHRASE_POS) for p in rest):
        return st.obj
    if not rest[-1].pos.startswith(NOUN_POS):
        return st.obj
    return text[rest[0].start : pieces[b].end]


def _verb_after_modal(p: Piece, text: str) -> bool:
    """A verb of two characters or more: jieba's v or vn, or a word the corpus lists tag only or
    mostly as a verb (节约/n)."""
    w = _word(text, p)
    return not p.role and len(w) > 1 and (p.pos in ("v", "vn") or _serial_verb(p, text))


def without_modal_predicate(st: Found, pieces: list[Piece], text: str) -> str:
    """An amount's object read back from the figure without a modal verb and the verb after it
    (see the module): the noun phrase after the verb, up to the figure; else the object."""
    if not st.obj or not st.pieces or st.kind not in _MODAL_KINDS:
        return st.obj
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if b + 1 != st.pieces[0]:
        return st.obj  # 可|利用|资源|达|N万吨: a subject before its own predicate, the modal its modifier
    if _word(text, pieces[a]) in _MODALS and not pieces[a].role:
        a += 1  # 可|封存|二氧化碳: the modal read into the object
    elif a == 0 or pieces[a - 1].role or _word(text, pieces[a - 1]) not in _MODALS:
        return st.obj
    if a >= b or not _verb_after_modal(pieces[a], text):
        return st.obj
    rest = pieces[a + 1 : b + 1]
    if any(p.role or not p.pos.startswith(_PHRASE_POS) for p in rest):
        return st.obj
    return text[rest[0].start : pieces[b].end] if rest[-1].pos.startswith(NOUN_POS) else st.obj


def without_posting_verb(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read back from the figure without a posting verb and the agent before it (see
    the module): the noun phrase after the verb, ending in a noun; else the object."""
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    k = next(
        (k for k in range(b - 1, a - 1, -1) if pieces[k].pos == "v" and _word(text, pieces[k]) in _POSTING),
        None,
    )
    if k is None:
        return st.obj
    rest = pieces[k + 1 : b + 1]
    if any(p.role or not p.pos.startswith(_PHRASE_POS) for p in rest):
        return st.obj
    return text[rest[0].start : pieces[b].end] if rest[-1].pos.startswith(NOUN_POS) else st.obj
