"""Words that open an object read before the figure without being part of what it measures, cut
off (issue 12, round 12). Two classes, each a word list, one reader:

- verbs of expectation or aim (stats_expectation_words: 预计, 有望, 力争): a forecast or a target
  puts its verb before the metric (预计|冬小麦|面积|N亿亩); jieba tags 预计 a verbal noun, so the
  readers before the number take it into the noun phrase;
- deictic place words (stats_deictic_places: 当地, 本地, 县里, 村里): local reports name their place
  with a pointing word at the start of the clause (县里|投资|N万元, 当地|受益群众|超过N人); it is the
  setting or the agent of the clause, and the NER finds no place there
  (context_objects.without_leading_place cuts named places).

Where such a word is the object's first word and a noun phrase follows it up to the figure, the
object is that noun phrase. A verb of expectation further in (航空公司|预计|运输|旅客, 游客接待量|预计)
parts the subject from the predicate in the same way: the object is what follows it, past the
predicate's verb, where that ends in a noun, else what stands before it (`without_inner_word`).

A third class opens before the object: a preposition of partner, route or setting
(stats_partner_prepositions: 对|欧盟|进出口, 经|某通道|进出口, 在|某危机|中|花费). The reader
stopped inside its phrase (国家进出口, 危机中花费); the object is the verbal noun that ends
the object, or what follows the locative closing a setting (`without_partner_phrase`). Before a
verb tagged v (向|某银行|注资, 为|小微企业|减负: 为, 给 and 替 name a beneficiary) the nouns are
always the preposition's; the object is the verb. A verbal
noun before a metric noun is the metric's modifier (对|全省|经济|增长|贡献率: the rate, of the
province's growth), so the phrase is left.

A part of a region opens the object (stats_part_words before a word of stats_region_words:
部分|地区|降温幅度, 大部地区|气温): it says where the figure holds; the object is the metric after
it (`without_part_region`), unless the region word opens a metric name (地区生产总值).
"""

from __future__ import annotations

from collections.abc import Collection

from pipeline import lexicons
from pipeline.quantities.modifier_verbs import located
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

EXPECTATION_WORDS = frozenset(lexicons.words("stats_expectation_words"))
# the verbs that cut an object inside it too: not 预期, which also names a metric (预期增长目标)
PREDICTING_VERBS = frozenset(r[0] for r in lexicons.rows("stats_expectation_words") if r[1:2] != ("noun",))
DEICTIC_PLACES = frozenset(lexicons.words("stats_deictic_places"))
_PARTNER_PREPOSITIONS = {
    w: tuple(c.split()) if c != "-" else () for w, c in lexicons.rows("stats_partner_prepositions")
}
_VERBAL_POS = ("v", "vn")  # 进出口/vn, 出口/vn: the activity the partner phrase goes with
_PHRASE_WORDS = 8  # words between the preposition and the object's start, at most
_AVERAGE_WORDS = frozenset(lexicons.words("stats_average_words"))  # 平均, 日均
_PART_WORDS = tuple(lexicons.words("stats_part_words"))  # 部分, 大部, 局部
_REGION_WORDS = tuple(lexicons.words("stats_region_words"))  # 地区, 区域
_REGION_METRICS = tuple(lexicons.words("stats_region_metrics"))  # 地区生产总值


def without_opening_word(st: Found, pieces: list[Piece], text: str, words: Collection[str]) -> str:
    """The object without the word of `words` that opens it (see the module)."""
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if b <= a or pieces[a].role or _word(text, pieces[a]) not in words:
        return st.obj
    rest = pieces[a + 1 : b + 1]
    if any(p.role for p in rest) or not rest[-1].pos.startswith(NOUN_POS):
        return st.obj
    return text[rest[0].start : pieces[b].end]


def without_inner_word(st: Found, pieces: list[Piece], text: str, words: Collection[str]) -> str:
    """The object cut at the last word of `words` inside it or at its end (see the module)."""
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    inner = [k for k in range(a + 1, b + 1) if not pieces[k].role and _word(text, pieces[k]) in words]
    if not inner:
        return st.obj
    k = inner[-1]
    after = pieces[k + 1 : b + 1]
    while len(after) > 1 and after[0].pos.startswith("v"):
        after = after[1:]  # 预计|运输|旅客: the predicate's verb after the expectation, not the noun's
    if all(_word(text, p) in _AVERAGE_WORDS for p in after):
        after = []  # 接待量|预计|日均|N: the frame of the figure, the metric is before
    for part in (after, pieces[a:k]):
        if part and not any(p.role for p in part) and part[-1].pos.startswith(NOUN_POS):
            return text[part[0].start : part[-1].end]
    return st.obj


def _partner_preposition(pieces: list[Piece], a: int, text: str) -> str | None:
    """The preposition of stats_partner_prepositions that opens the phrase the object's first
    piece pieces[a] lies in: read back over nouns, quotes and modifiers, no verb and no figure."""
    for k in range(a - 1, max(a - 1 - _PHRASE_WORDS, -1), -1):
        p = pieces[k]
        w = _word(text, p)
        if w in _PARTNER_PREPOSITIONS:
            return w
        if p.role or p.pos in _VERBAL_POS or w in _STOPS:
            return None
    return None


_STOPS = ("，", ",", "。", "；", ";", "：", ":", "、", "的", "和", "与", "及")


_PARTNER_HEADS = tuple(lexicons.words("stats_partner_heads"))
_NAME_POS = ("ns", "nt", "nr", "nrt")


def _closes_partner(p: Piece, text: str) -> bool:
    """Whether the word before the activity closes the partner phrase (对|东盟|进出口, 对|沿线|
    国家|出口), not a modifier of the metric (对…国家|非金融类|直接投资, 对|全省|经济|增长)."""
    return p.pos in _NAME_POS or _word(text, p).endswith(_PARTNER_HEADS)


def without_partner_phrase(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read back from the figure, where it opens inside a partner, route or setting
    phrase (see the module): the verbal noun it ends in (对|某国|进出口), or what follows
    the locative that closes a setting phrase of 在 (在|某危机|中|花费); else as it was. Before a
    verb jieba tags v (not a verbal noun) the noun before it always closes the phrase: the verb
    is the predicate of the clause, the nouns are the preposition's (向|某银行|注资, 为|企业|减负).
    A preposition jieba tagged a noun (经/n) may open the object itself."""
    span = located(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    if a < b and _word(text, pieces[a]) in _PARTNER_PREPOSITIONS:  # 经/n|某通道|进出口: read in
        prep: str | None = _word(text, pieces[a])
        a += 1
    else:
        prep = _partner_preposition(pieces, a, text)
    if prep is None:
        return st.obj
    closing = _PARTNER_PREPOSITIONS[prep]
    if any(p.role for p in pieces[a : b + 1]):
        return st.obj
    if closing:  # 在|某危机|中|花费: after the last locative that closes the setting
        ks = [k for k in range(a, b) if pieces[k].pos == "f" and _word(text, pieces[k]) in closing]
    else:  # 对|某国|进出口, 经|某通道/v|进出口: the verbal noun the object ends in, not its first piece
        activity = b > a and pieces[b].pos in _VERBAL_POS
        # a one-character verb after a noun is a word jieba split (奖/n|补/v: 奖补), no predicate
        plain_verb = pieces[b].pos == "v" and pieces[b].end - pieces[b].start > 1
        closed = plain_verb or _closes_partner(pieces[b - 1], text)
        ks = [b - 1] if activity and closed else []
    return text[pieces[ks[-1] + 1].start : pieces[b].end] if ks else st.obj


def without_part_region(st: Found) -> str:
    """The object after a part of a region it opens with or opens inside of (部分地区|降温幅度,
    北向南|大部地区|气温: see the module); else as it was."""
    obj = st.obj
    for w in _REGION_WORDS:
        i = obj.find(w)
        if i <= 0 or not obj[:i].endswith(_PART_WORDS) or len(obj) == i + len(w):
            continue
        if not obj.startswith(_REGION_METRICS, i):
            return obj[i + len(w) :]
    return obj
