"""Figures paired in order with a list by an adverb of distribution (分别, 依次:
stats_respective_words), or by a list of figures right after a predicate verb with no such
adverb, which says 'respectively' by itself (货物贸易、服务贸易|增长|N1和N2: `_implied_at`).
The object readers give every figure after the adverb one object (the
whole list, its last item, or nothing); the adverb says the k-th figure measures the k-th item.

(a) A、B(和C)|分别|(同比)增长|N1、N2(和N3): the items are the noun phrases of the list right
before the adverb, in its clause; they are paired only where there are as many items as figures
and each item is a whole metric (its last word a metric noun, a metric ending or the last item's
own last word: 营业收入、利润总额, 教育支出、卫生健康支出) or an item that shares the last item's
head, which it then takes (装备制造业、高技术制造业增加值 -> 装备制造业增加值, 高技术制造业增加值:
`_shared_head`). A base between the list and the adverb is passed over (营业额、利润|比上年|分别).
Places with no metric after them (北京、上海分别…) and lists holding a figure are left;
places or organisations the NER found before a shared metric (对|东盟、欧盟|进出口) are the
figures' scope, and each figure takes the metric alone (`_named_items`). Items in quotation or
title marks keep them (“小巨人”企业…, 《A》票房).
(b) X达N1，Y达N2，|分别|比上年增长|P1和P2: where the adverb's clause has no noun before it, the
k-th figure after it measures what the k-th of the last figures before the clause measures.

The figures after the adverb must be a list (only 、 和 及 与 between them) that ends its clause
or is followed by no noun (分别有|12个和8个|村 counts 村: the object read after the measure
stays). Used by `rows` after every other object rule."""

from __future__ import annotations

from itertools import pairwise

from pipeline import lexicons
from pipeline.nlp.components.resources import jieba_dict
from pipeline.quantities.object_words import (
    _METRIC,
    _METRIC_ENDINGS,
    _PREDICATE_WORDS,
    _SCOPES,
    NOUN_POS,
    _word,
)
from pipeline.quantities.pieces import Found, Piece

_RESPECTIVE = lexicons.words("stats_respective_words")
_METRIC_WORDS = tuple(_METRIC)
_GOVERNING = frozenset((*_PREDICATE_WORDS, *lexicons.words("stats_light_verbs")))  # 实现|营业收入、…
_NOT_SUBJECTS = _PREDICATE_WORDS + _SCOPES  # 同比, 占|全国|的: no noun of the figures
_LIST_MARK = "、"
_MARKS = {"“": "”", "《": "》"}  # “小巨人”、专精特新企业…, 《A》和《B》票房: an item in marks
_BRACKETS = ("（", "）", "(", ")")
_TITLE, _TITLE_END = "《", "》"  # a title names a work, whatever its words: a noun phrase
_JOINERS = ("和", "及", "与", "以及")  # a list's last joint (stats_conjunctions less 、)
_CLAUSE_MARKS = ("，", ",", "；", ";", "：", ":", "。", "！", "？", "!", "?")
_SKIP_POS = ("d", "p", "m", "t", "f", "mq", "ul")  # 同比|2024年|分别, 分别|比|2013年|增长|了
_LEAD_POS = ("t", "m", "mq", "r", "p", "f", "d", "c", "x", "ns", "nr", "nt", "nrt")  # 2024年，我国|…
_UNCOUNTED = ("duration", "age")  # a time or an age is no metric to pair with
_COMPARE = ("比", "较")  # A、B|比|去年同期|分别增长: a base between the list and the adverb
_MAX_BASE = 8  # words from the comparison word to the adverb
_SHARED_MODIFIERS = frozenset(lexicons.words("stats_shared_metric_modifiers"))  # 网络|零售额
_BOUND_POS = ("zg", "ng", "g")  # 进口|物/zg|流量: a character bound to the metric after it
_PLAIN_NOUN_POS = ("n", "nz")
_ACTIVITY_POS = ("v", "vn")  # 机器人|制造/v, 进出口/vn: an activity a list's items share
_INDEX_HEADS = lexicons.words("stats_index_heads")  # 采购经理|指数


def _figures_after(k: int, stats: list[Found], pieces: list[Piece], text: str) -> list[Found]:
    """The list of figures after the adverb at pieces[k], in its clause; [] where there is none
    or a noun stands before or after it."""
    after = [st for st in stats if st.pieces and st.pieces[0] > k]
    run: list[Found] = []
    for st in after:
        if run and text[run[-1].end : st.start].strip() not in (_LIST_MARK, *_JOINERS):
            break
        run.append(st)
    if len(run) < 2:
        return []
    for p in pieces[k + 1 : run[0].pieces[0]]:
        w = _word(text, p)
        if p.role or w in _CLAUSE_MARKS or (p.pos.startswith(NOUN_POS) and w not in _NOT_SUBJECTS):
            return []  # 分别|召开…: the figures are in another phrase
    last = run[-1].pieces[-1]
    if last + 1 < len(pieces):
        nxt = pieces[last + 1]
        if not nxt.role and nxt.pos.startswith(NOUN_POS) and _word(text, nxt) not in _CLAUSE_MARKS:
            return []  # 分别有|12个和8个|村: each figure has its noun
    return run


def _subject_end(k: int, pieces: list[Piece], text: str) -> int:
    """The index of the last word of the clause's subject before the adverb (back over 同比,
    比上年, adverbs); -1 where the clause has none (a clause mark or the sentence start)."""
    i = k - 1
    while (
        i >= 0
        and not pieces[i].role
        and (pieces[i].pos.startswith(_SKIP_POS) or _word(text, pieces[i]) in (*_PREDICATE_WORDS, *_BRACKETS))
    ):
        i -= 1  # 票房|今天|（9月23日）|分别: a time in brackets as well
    if i < 0 or (not pieces[i].role and _word(text, pieces[i]) in _CLAUSE_MARKS):
        return -1
    if (c := _base_start(i, k, pieces, text)) is not None:
        return _subject_end(c, pieces, text)  # A、B|比去年同期|分别增长: the list before the base
    return i


def _base_start(i: int, k: int, pieces: list[Piece], text: str) -> int | None:
    """The index of the comparison word (比, 较) opening a base that ends at pieces[i], right
    before the adverb at pieces[k] (比|去年|假期|同期|分别), within the clause and with no figure in
    it; else None."""
    c = i
    while (
        c >= 0 and k - c <= _MAX_BASE and not pieces[c].role and _word(text, pieces[c]) not in _CLAUSE_MARKS
    ):
        if _compares(_word(text, pieces[c])):
            return c if c > 0 else None
        c -= 1
    return None


def _compares(word: str) -> bool:
    """A comparison word (比, 较), alone or glued by jieba's guesser to the base's first word (比规上:
    a word of three characters or more its dictionary does not list)."""
    return word in _COMPARE or (len(word) >= 3 and word[:1] in _COMPARE and word not in jieba_dict())


def _clause_start(end: int, pieces: list[Piece], text: str) -> int:
    i = end
    while i > 0 and not (not pieces[i - 1].role and _word(text, pieces[i - 1]) in _CLAUSE_MARKS):
        i -= 1
    return i


def _split(a: int, b: int, pieces: list[Piece], text: str) -> list[tuple[int, int]]:
    """The items (first, last piece) of the list pieces[a..b], cut at 、."""
    items: list[tuple[int, int]] = []
    start = a
    for i in range(a, b + 1):
        if not pieces[i].role and _word(text, pieces[i]) == _LIST_MARK:
            items.append((start, i - 1))
            start = i + 1
    items.append((start, b))
    return items


def _split_last(items: list[tuple[int, int]], pieces: list[Piece], text: str) -> list[tuple[int, int]]:
    """The items with the one item that holds the list's only joiner cut there (A、B|和|C, and
    A|和|B、C where the joiner joins the first items); unchanged where there is none or several."""
    joints = [
        (k, i)
        for k, (a, b) in enumerate(items)
        for i in range(a + 1, b)
        if not pieces[i].role and _word(text, pieces[i]) in _JOINERS
    ]
    if len(joints) != 1:
        return items
    k, i = joints[0]
    a, b = items[k]
    return [*items[:k], (a, i - 1), (i + 1, b), *items[k + 1 :]]


def _lead_trimmed(a: int, b: int, pieces: list[Piece], text: str, names: list[tuple[int, int]]) -> int:
    """The first word of the first item: past times, pronouns, places and scope words (2024年，
    我国|…, 全国|…) and past a verb that governs the list, a predicate or light verb (实现|营业收入、
    …); other verbs are inside the item (示范|步行街客流量, 社会保障|和|就业|支出)."""
    while a <= b and (
        pieces[a].pos.startswith(_LEAD_POS)
        or _word(text, pieces[a]) in _SCOPES
        or any(s <= pieces[a].start < e for s, e in names)
    ):
        a += 1
    for i in range(a, b):
        if pieces[i].pos == "v" and _word(text, pieces[i]) in _GOVERNING:
            a = i + 1
    return a


def _metric(word: str) -> bool:
    """A metric noun, a word ending in one (业务收入 in 收入) or in a metric ending (增加值)."""
    return word.endswith(_METRIC_ENDINGS) or word.endswith(_METRIC_WORDS)


def _whole(item: tuple[int, int], last_word: str, pieces: list[Piece], text: str) -> bool:
    """Whether an item names what its figure measures by itself: a metric, the last item's own
    last word, or a word of the last item's class where that is no metric (餐饮业、旅游业: the
    same final character, a suffix class, so no head is shared)."""
    w = _word(text, pieces[item[1]])
    return _metric(w) or w == last_word or (w[-1:] == last_word[-1:] and not _metric(last_word))


def _metric_head(word: str, pos: str) -> bool:
    """Whether a list's last word can be a head the items share: a metric noun or ending
    (增加值, 零售额, 投资), an index (采购经理指数: stats_index_heads) or an activity noun
    (进出口/vn)."""
    return _metric(word) or word.endswith(_INDEX_HEADS) or pos == "vn"


def _shared_head(item: tuple[int, int], last: tuple[int, int], pieces: list[Piece], text: str) -> int:
    """Where the head starts (a text offset) that an item which is no metric shares with the
    list's last item (A、B + head: 装备制造业、高技术制造业|增加值): the words of the last item after
    its word that ends like the item's last word (制造业 ~ 高技术制造业, 企业 ~ 国有企业), or else
    its closing run of metric words and the modifiers all items share (`_past_shared_modifiers`)
    where what stands before that run is no longer than the item or one noun (住宿和餐饮业 ~
    交通运输类|增加值, 家电 ~ 通讯器材|销售额; not 城镇 ~ 农村人口|收入); -1 where there is none."""
    a, b = item
    la, lb = last
    if any(p.pos == "uj" for p in pieces[la:lb]):
        return -1  # not 重点村和重点镇|的|数量: the metric of a 的 phrase is the whole list's
    end_char = _word(text, pieces[b])[-1:]
    parallel = [i for i in range(la, lb) if _word(text, pieces[i]).endswith(end_char)]
    if parallel and _shared_run(parallel[-1] + 1, lb, pieces, text):
        return pieces[parallel[-1] + 1].start
    if not _metric_head(_word(text, pieces[lb]), pieces[lb].pos):
        return -1
    h = lb
    while h > la and _metric_head(_word(text, pieces[h - 1]), pieces[h - 1].pos):
        h -= 1
    h = _past_shared_modifiers(h, la, pieces, text)
    if h == la:
        return -1
    glued = _glued_modifier(pieces[h - 1], text)
    if glued and glued - pieces[la].start < pieces[b].end - pieces[a].start:
        return _metric_start(la, lb, pieces, text)
    longer = pieces[h].start - pieces[la].start > pieces[b].end - pieces[a].start + 1
    if longer and not _activity_run(h, lb, pieces) and not _one_noun(la, h, pieces):
        return -1
    return _glued_modifier(pieces[h - 1], text) or pieces[h].start


def _metric_start(la: int, lb: int, pieces: list[Piece], text: str) -> int:
    """Where the run of metric words closing the last item starts (a text offset), for an item
    longer than what stands before the last item's glued shared modifier (第二产业 ~ 城乡|居民|生活|
    用电量): the item names a whole of its own, of which neither the modifier nor the words
    after it (居民生活) are said, only the metric (第二产业用电量); -1 where there is none."""
    m = lb + 1
    while m > la + 1 and _metric(_word(text, pieces[m - 1])):
        m -= 1
    return pieces[m].start if m <= lb else -1


def _shared_run(h: int, lb: int, pieces: list[Piece], text: str) -> bool:
    """Whether the words pieces[h..lb] after the last item's word parallel to an item can be the
    head the items share: a metric head closes them, or they are all verbs, an activity the
    items name the branch of (工业机器人、特殊作业机器人|制造: 工业机器人制造)."""
    return _metric_head(_word(text, pieces[lb]), pieces[lb].pos) or all(
        p.pos in _ACTIVITY_POS for p in pieces[h : lb + 1]
    )


def _activity_end(a: int, b: int, pieces: list[Piece]) -> bool:
    """Whether an item ends in a verb of two characters or more right after a noun (机器人|制造/v):
    a branch named by what it makes or does, a noun phrase however jieba tags its last word."""
    p = pieces[b]
    return b > a and p.pos == "v" and p.end - p.start > 1 and pieces[b - 1].pos.startswith(_PLAIN_NOUN_POS)


def _glued_modifier(p: Piece, text: str) -> int:
    """The start of a shared modifier that ends the word before the shared head (农村居民/nr|
    人均…: 居民 goes with the head, 城镇 -> 城镇居民人均可支配收入); 0 where there is none."""
    w = _word(text, p)
    end = next((m for m in _SHARED_MODIFIERS if w.endswith(m) and len(w) > len(m)), "")
    return p.end - len(end) if end and not p.role else 0


def _past_shared_modifiers(h: int, la: int, pieces: list[Piece], text: str) -> int:
    """The first word of the shared head pieces[h..] with the words before it that every item
    shares (stats_shared_metric_modifiers: 农产品|网络|零售额, 农村|居民|人均|可支配|收入), a
    character bound to the metric (进口|物/zg|流量) and the activity nouns before those."""
    while h > la + 1 and not pieces[h - 1].role:  # the last item keeps a word of its own
        p, w = pieces[h - 1], _word(text, pieces[h - 1])
        if w in _SHARED_MODIFIERS or p.pos == "vn" or (len(w) == 1 and p.pos in _BOUND_POS):
            h -= 1
        else:
            break
    return h


def _one_noun(la: int, h: int, pieces: list[Piece]) -> bool:
    """Whether the last item before its shared head is one plain noun (通讯器材|销售额): it then
    parallels the shorter items whatever its length (家电、家具、通讯器材|销售额)."""
    return h == la + 1 and pieces[la].pos in _PLAIN_NOUN_POS


def _activity_run(h: int, lb: int, pieces: list[Piece]) -> bool:
    """Whether the head run pieces[h..lb] is all activity nouns (出口, 消费: vn): an activity
    the items share whatever their length (汽车及零配件、船舶、电工器材|出口), where a metric noun
    may close a longer shared phrase (城镇、农村居民人均可支配|收入: not 城镇收入)."""
    return all(p.pos == "vn" for p in pieces[h : lb + 1])


def _list_items(end: int, n: int, pieces: list[Piece], text: str, names: list[tuple[int, int]]) -> list[str]:
    """The n items of the list ending at pieces[end], each a whole metric or an item that takes
    the head it shares with the last item (_shared_head); [] where there is no such list."""
    items = _split(_clause_start(end, pieces, text), end, pieces, text)
    if len(items) == n - 1:
        items = _split_last(items, pieces, text)
    if len(items) != n:
        return []
    lo = pieces[items[0][0]].start
    # a name inside a title is the work's (《南京…》), no place of the list
    names = [(s, e) for s, e in names if text.rfind(_TITLE, lo, s) <= text.rfind(_TITLE_END, lo, s)]
    if named := _named_items(items, pieces, text, names):
        return named
    items[0] = (_lead_trimmed(*items[0], pieces, text, names), items[0][1])
    last_word = _word(text, pieces[items[-1][1]])
    out: list[str] = []
    for k, item in enumerate(items):
        edges = (item[0], item[1] + 1)
        if k < n - 1:
            item, edges = _unquoted(*item, pieces, text)
        a, b = item
        span = pieces[a : b + 1]
        titled = _word(text, pieces[edges[0]]) == _TITLE
        if (
            a > b
            or any(p.role for p in span)
            or not (pieces[b].pos.startswith(NOUN_POS) or _activity_end(a, b, pieces) or titled)
            or any(s < pieces[b].end and pieces[a].start < e for s, e in names)
        ):
            return []
        shared = k < n - 1 and (titled or not _whole((a, b), last_word, pieces, text))
        if titled:
            h = _head_after_marks(items[-1], pieces, text) if shared else -1
        else:
            h = _shared_head((a, b), items[-1], pieces, text) if shared else -1
        if shared and h < 0:
            return []
        head = text[h : pieces[items[-1][1]].end] if h >= 0 else ""
        out.append(text[pieces[edges[0]].start : pieces[edges[1] - 1].end] + head)
    return out


def _unquoted(a: int, b: int, pieces: list[Piece], text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    """An item that closes with a quotation or a title in marks (“小巨人”|、|专精特新企业|…,
    抗战题材影片|《A》|和|《B》|票房): the words inside the marks, which the checks read, and the
    pieces the item's text runs over, the marks with them (an opening quotation mark may have
    been trimmed as a lead: a is then right after it; words before a title describe it). An
    item in no marks is both."""
    closing = _word(text, pieces[b])
    marks = (i for i in range(b - 1, a - 2, -1) if i >= 0 and _MARKS.get(_word(text, pieces[i])) == closing)
    opening = next(marks, None)
    if opening is None or b - 1 <= opening:
        return (a, b), (a, b + 1)
    return (opening + 1, b - 1), (opening, b + 1)


def _head_after_marks(last: tuple[int, int], pieces: list[Piece], text: str) -> int:
    """Where the head starts (a text offset) that the last item has after its own closing mark
    (《B》|票房: what the works share, a noun), where it opens with a mark; -1 where it has none."""
    la, lb = last
    closing = _MARKS.get(_word(text, pieces[la]))
    c = next((i for i in range(la + 1, lb) if _word(text, pieces[i]) == closing), None)
    if c is None or not all(p.pos.startswith(NOUN_POS) for p in pieces[c + 1 : lb + 1]):
        return -1
    return pieces[c + 1].start


def _named_items(
    items: list[tuple[int, int]], pieces: list[Piece], text: str, names: list[tuple[int, int]]
) -> list[str]:
    """The head the items share, once for each, where the items are names of places or
    organisations and the last one closes with a metric or an activity (对|东盟、欧盟、中亚|
    进出口): the names are the scope of the figures and the head is what each measures; []
    where the items are no such names."""
    *firsts, (la, lb) = items
    a0, b0 = firsts[0]
    while a0 <= b0 and not _named(pieces[a0], names) and pieces[a0].pos.startswith(_LEAD_POS):
        a0 += 1  # 我国|对|东盟
    firsts[0] = (a0, b0)
    if not all(a <= b and all(_named(p, names) for p in pieces[a : b + 1]) for a, b in firsts):
        return []
    h = la
    while h <= lb and _named(pieces[h], names):
        h += 1
    span = pieces[h : lb + 1]
    if h == la or not span or any(p.role or _named(p, names) for p in span):
        return []
    if not _metric_head(_word(text, pieces[lb]), pieces[lb].pos):
        return []
    return [text[pieces[h].start : pieces[lb].end]] * len(items)


def _named(p: Piece, names: list[tuple[int, int]]) -> bool:
    return any(s <= p.start and p.end <= e for s, e in names)


def _earlier_objects(k: int, n: int, stats: list[Found], pieces: list[Piece], text: str) -> list[str]:
    """The objects of the last n figures before the adverb's clause, each in its own clause or
    list item (分别增长N1和N2，较上月分别提高M1和M2); [] where they are fewer, lack an object or are
    times."""
    before = [st for st in stats if st.end <= pieces[k].start][-n:]
    if len(before) < n or any(not st.obj or st.kind in _UNCOUNTED for st in before):
        return []
    for prev, st in pairwise(before):
        if not any(c in text[prev.end : st.start] for c in (_LIST_MARK, *_JOINERS, *_CLAUSE_MARKS)):
            return []
    return [st.obj for st in before]


def _implied_at(k: int, stats: list[Found], pieces: list[Piece], text: str) -> bool:
    """Whether pieces[k] is a predicate verb right before a list of figures with no adverb of
    distribution in its clause (货物贸易、服务贸易|年均增长|N1和N2): a list of as many figures as
    the items before says 'respectively' by itself."""
    p = pieces[k]
    if p.role or p.pos != "v" or _word(text, p) not in _PREDICATE_WORDS or k + 1 >= len(pieces):
        return False
    if not any(st.pieces and st.pieces[0] == k + 1 for st in stats):
        return False
    start = _clause_start(k, pieces, text)
    return not any(not q.role and _word(text, q) in _RESPECTIVE for q in pieces[start:k])


def paired_in_order(
    stats: list[Found], own: list[str], pieces: list[Piece], text: str, names: list[tuple[int, int]]
) -> list[str]:
    """Each figure of a list after 分别 takes the item it is paired with (a, b above). Returns
    `own` (the objects the figures had before the context rules) with a figure paired with an
    item set to its new object: the item is a whole noun phrase already, which `rows` must not
    widen again (its edges would reach back over the list marks to the whole list). A figure
    paired with an earlier figure (b) is left to `rows` to finish as that figure was finished
    (中欧|班列: the places that name the service). Every paired figure is marked `paired`: the
    order of the list decides its object, which the object model (blind to the other figures)
    does not overrule."""
    own = list(own)
    for k, p in enumerate(pieces):
        if p.role or not (_word(text, p) in _RESPECTIVE or _implied_at(k, stats, pieces, text)):
            continue
        run = _figures_after(k, stats, pieces, text)
        if not run:
            continue
        end = _subject_end(k, pieces, text)
        if end < 0:  # (b): an earlier figure's object, which `rows` finishes as that figure's
            for st, obj in zip(run, _earlier_objects(k, len(run), stats, pieces, text), strict=False):
                st.obj, st.paired = obj, True
            continue
        for st, obj in zip(run, _list_items(end, len(run), pieces, text, names), strict=False):
            st.obj = own[stats.index(st)] = obj
            st.paired = True
    return own
