"""An object read before the number, widened to the left edge of its noun phrase; and an
approximation word cut off the object's end.

The readers of `objects` and `subjects` read a noun phrase back from its head and stop at
the first word of a class they do not take into a compound: a numeral word jieba tags m
(千亿|产业), a place-like noun (境外|游客人次), a measure (非金融|类|投资), a locative
(规模|以上|工业增加值). Where the words before such a stop are all modifiers of those classes
(nouns, numeral words with no count in them, measures, adjectives, locatives; never a verb, a
predicate word or a count such as 一把, except a numeral word of 一 between a noun and a noun or
verbal word of the phrase, an ordinal (primary): 天然气|一次|管输能力) and run back to the
phrase's own left edge within three words — a clause mark, 的, 等, a pronoun, a preposition, a
conjunction, a time word, a name or a scope word (全省) — they belong to the phrase, and the
object is the whole phrase (全省|规模以上工业增加值|5.1%). Where the run meets anything else the
object is left as it was, but for a class word (类, tagged q) right before it and the noun it
closes (沿线|国家|非金融|类|直接投资: 非金融类直接投资), a kind that modifies the object. A
locative or a measure never opens the widened phrase (最后|招聘人数), nor does the rest of a
scope word jieba cut in two (全|社会|…).

Word classes are data: stats_predicate_words, stats_object_stops, stats_scope_words,
stats_metric_nouns, stats_locatives, numerals_approx_markers in `pipeline/lexicons/`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import (
    _CONJ,
    _LOCATIVES,
    _METRIC,
    _OBJECT_STOP,
    _PREDICATE_WORDS,
    _SCOPES,
    ends_in_head,
)
from pipeline.quantities.pieces import Found, Piece, piece_span

_CLAUSE_MARKS = "，,。；;：:！？!?、（）()“”《》"
# tags of words that may stand inside a noun phrase before its head
_INSIDE_POS = ("n", "nz", "ng", "vn", "an", "s", "m", "q", "b", "a", "j", "l", "f")
_HEAD_POS = ("n", "nz", "ng", "j", "l", "an")  # the object's last word: a noun
_COUNT_START = "一两几多数"  # 一把|刷子, 多支|力量: a count before the phrase, not a modifier
_NOUNS_BEFORE_COUNT = ("n", "nz")  # 天然气|一次|…: a noun before an ordinal numeral word inside
_ORDINAL_START = "一"  # 一次|管输: first, primary (of an action), inside a compound
_ACTION_POS = ("v", "vn", "n")  # what an ordinal numeral word modifies (一次|管输, 一次|加工能力)
# tags of the word that opens the stretch before a noun phrase
_EDGE_POS = ("r", "p", "c", "t", "u", "uj", "ns", "nr", "nt", "nrt", "x")
_MOST = 3  # words a phrase is widened by
_CLASS_WORDS = ("类",)  # 非金融|类|投资: the kind the word before it names
_CLAUSE_ENDS = ("，", ",", "；", ";", "：", ":")  # marks that end the clause before a predicate
# measures of people and households: before a count of them, a verbal noun that opens the
# clause and a noun phrase of two words or more is the predicate and its object (，服务|社区|
# 居民|近1亿人, ，培训|干部|人才|N人次), where before one noun it names them (，救援|人员|N人)
_PEOPLE_MEASURES = ("人", "人次", "名", "位", "户")
_WHOLE = "全"  # 全疆, 全区: a scope word of 全 and one character (as subjects._scope)
_LIST_MARKS = ("、",)  # 休闲公园、城市森林: items of one list
_JOINERS = ("和", "与", "及", "以及")  # 销售和意向订单: a conjunction inside a noun phrase
# approximation words written before a number (numerals_approx_markers), longest first; not
# those that are also locatives (上)
_MARKERS_BEFORE = tuple(
    sorted(
        {m for m, _, at in lexicons.rows("numerals_approx_markers") if at == "before"} - set(_LOCATIVES),
        key=len,
        reverse=True,
    )
)


def _word(text: str, p: Piece) -> str:
    return text[p.start : p.end]


def _scope_len(p: Piece, text: str) -> int:
    """The length of the scope word that starts at the piece, whole or cut by jieba (全|社会); 0: none."""
    if p.end - p.start == 2 and text[p.start] == _WHOLE and p.pos == "n":
        return 2  # 全疆, 全区: 全 and one character
    return max((len(s) for s in _SCOPES if text.startswith(s, p.start)), default=0)


def _scope_at(p: Piece, text: str) -> bool:
    return _scope_len(p, text) > 0


def _inside(p: Piece, text: str) -> bool:
    w = _word(text, p)
    return (
        not p.role
        and not _scope_at(p, text)
        and p.pos in _INSIDE_POS
        and w not in _PREDICATE_WORDS
        and w not in _OBJECT_STOP
        and w[:1] not in _CLAUSE_MARKS
        and not any(c.isdigit() for c in w)
        and not (p.pos == "m" and w[:1] in _COUNT_START)
    )


def _inner_count(pieces: list[Piece], k: int, text: str) -> bool:
    """A numeral word of two characters opening with 一 between a noun of the phrase and a noun or
    verbal word of it: an ordinal (first, primary: 天然气|一次|管输能力), inside the compound; a
    vague count (消防|多支|救援力量) or a count opening the phrase (一把|刷子) stays out."""
    p, w = pieces[k], _word(text, pieces[k])
    if p.role or p.pos != "m" or len(w) != 2 or w[:1] != _ORDINAL_START or k < 1 or k + 1 >= len(pieces):
        return False
    nxt = pieces[k + 1]
    return not nxt.role and nxt.pos in _ACTION_POS and pieces[k - 1].pos in _NOUNS_BEFORE_COUNT and _inside(
        pieces[k - 1], text
    )


def _edge(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] (k = -1: the sentence start) opens the stretch before a phrase."""
    if k < 0:
        return True
    p = pieces[k]
    w = _word(text, p)
    # 全国|规模以上…: a scope word says where, and opens the phrase after it
    return not p.role and (p.pos in _EDGE_POS or w[:1] in _CLAUSE_MARKS or _scope_at(p, text))


def _list_before(pieces: list[Piece], mark: int, text: str) -> str:
    """The noun phrases joined by list marks before pieces[mark] (科研技术贷款|、), each made of
    words inside a noun phrase and ending in a noun, back to a left edge; with the marks, or
    "" where the words before the mark are no such list."""
    k, start = mark - 1, mark
    while k >= 0:
        j = k
        while j >= 0 and k - j < _MOST + 1 and _inside(pieces[j], text):
            j -= 1
        if j == k or pieces[k].pos not in _HEAD_POS:
            return ""
        start = j + 1
        if j >= 0 and _word(text, pieces[j]) in _LIST_MARKS:
            k = j - 1
            continue
        return text[pieces[start].start : pieces[mark].end] if _edge(pieces, j, text) else ""
    return ""


def _opens_clause(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] (k = -1: the sentence start) ends the clause before: a comma, a
    semicolon or a colon."""
    return k < 0 or (not pieces[k].role and _word(text, pieces[k]) in _CLAUSE_ENDS)


def widened(st: Found, pieces: list[Piece], text: str) -> str:
    """The statistic's object widened to the left edge of its noun phrase, where the object
    lies before the number in the same clause; else the object as it is."""
    obj = st.obj
    first = pieces[st.pieces[0]].start
    at = text.rfind(obj, pieces[0].start, first) if obj else -1
    if at < 0 or any(c in text[at + len(obj) : first] for c in _CLAUSE_MARKS):
        return obj
    span = piece_span(pieces, at, at + len(obj))
    if span is None or not (pieces[span[1]].pos in _HEAD_POS or _word(text, pieces[span[1]]) in _METRIC):
        return obj
    a, b = span
    k = a - 1
    while k >= 0 and a - k <= _MOST and (_inside(pieces[k], text) or _inner_count(pieces, k, text)):
        k -= 1
    if k == a - 1 and k > 0 and _word(text, pieces[k]) in _LIST_MARKS:
        return _list_before(pieces, k, text) + obj  # 科研技术贷款、|制造业中长期贷款
    if (conjunct := _conjunct_before(pieces, k, text)) is not None:
        return text[conjunct : at + len(obj)]  # 销售|和|意向订单: 销售和意向订单
    if k == a - 1 or not _edge(pieces, k, text):
        return _with_class_word(pieces, a, text) + obj
    start = k + 1
    if start < a and _word(text, pieces[k]) in _LIST_MARKS:
        return _list_before(pieces, k, text) + text[pieces[start].start : at + len(obj)]
    people = st.unit in _PEOPLE_MEASURES
    if _opens_clause(pieces, k, text) and people and _takes_predicate(pieces, a, b, text):
        while start < a and pieces[start].pos == "vn":
            start += 1  # ，|服务|社区|居民|N人: a verbal noun opening a clause is its predicate
    scope_end = pieces[k].start + _scope_len(pieces[k], text) if k >= 0 else 0
    while start < a and (pieces[start].pos in ("f", "q") or pieces[start].start < scope_end):
        start += 1  # 最后|招聘人数: a locative or a measure opens no noun phrase (inside one it stays);
        # nor does the rest of a scope word jieba cut (全|社会|…)
    return text[pieces[start].start : at + len(obj)]


def _conjunct_before(pieces: list[Piece], k: int, text: str) -> int | None:
    """The start of the noun phrase joined by the conjunction at pieces[k] (和, 与, 及) to the
    phrase that ends in the object: the two share the object's head or are one list of what is
    measured (销售|和|意向订单, 卫星导航|与|位置服务产业产值, 华人华侨|及|社会各界代表). The
    conjunct is one to three words inside a noun phrase closing with a noun, or a noun and a
    verb of two characters (卫星|导航/v: a branch), after an edge, a verb that governs the phrase
    or the sentence start; a list mark before it makes it the last of a list (_list_before).
    None where there is no such conjunct."""
    if k < 1 or pieces[k].role or _word(text, pieces[k]) not in _JOINERS:
        return None
    end = k - 1
    head = pieces[end]
    before = pieces[end - 1].pos if end > 0 else ""
    verb_end = head.pos == "v" and len(_word(text, head)) > 1 and before in _NOUNS_BEFORE_COUNT
    if head.role or not (verb_end or (head.pos in (*_HEAD_POS, "vn") and _inside(head, text))):
        return None
    # a branch is the noun and its verb alone (卫星|导航): no word before them is its own
    # (落实/a|草原|禁牧|和: jieba tags the governing verb an adjective)
    j = end - 2 if verb_end else end
    while not verb_end and j >= 0 and end - j < _MOST and _inside(pieces[j], text):
        j -= 1
    if j >= 0 and _word(text, pieces[j]) in _LIST_MARKS:
        items = _list_before(pieces, j, text)
        return pieces[j].end - len(items) if items else None
    if j >= 0 and not (_edge(pieces, j, text) or pieces[j].pos == "v"):
        return None
    return pieces[j + 1].start


def _with_class_word(pieces: list[Piece], a: int, text: str) -> str:
    """Where no left edge is found: a class word jieba tags q right before the object and the
    noun it closes (非金融|类|直接投资: a kind, X类, which modifies the object whatever stands
    before it), else ""."""
    mark = pieces[a - 1] if a >= 2 else None
    if mark is None or mark.role or mark.pos != "q" or _word(text, mark) not in _CLASS_WORDS:
        return ""
    noun = pieces[a - 2]
    if not _inside(noun, text) or not noun.pos.startswith("n") or noun.end != pieces[a - 1].start:
        return ""
    return text[noun.start : pieces[a - 1].end]


def _takes_predicate(pieces: list[Piece], a: int, b: int, text: str) -> bool:
    """Whether a verbal noun opening the clause before the people counted (pieces[a..b]) is
    their predicate: before a noun phrase of two words or more (，服务|社区|居民), or before one
    noun that is no compound head (，服务|居民: the residents served); before a head such as 人员
    or 力量 (stats_compound_heads) it names them (，救援|人员|N人)."""
    return b > a or not ends_in_head(_word(text, pieces[b]))


def without_marker_tail(st: Found, text: str) -> str:
    """An object right before the number without the approximation word that ends it: jieba
    glued the word to the noun (…总额近|3000万亿元, …托费约|3000元); the word is the number's.
    Without such a word, a verb of reaching jieba glued to the noun's last character (淡化|水可达/nr|
    5万吨, 火山灰|柱高达/nz|约9500米) is cut off too: 达 and 为 link the metric to its figure, as
    they do written apart (产值|达|N亿元), and are no part of what is measured."""
    obj = st.obj
    if not obj or not text[: st.start].rstrip().endswith(obj):
        return obj
    marker = next((m for m in _MARKERS_BEFORE if obj.endswith(m) and len(obj) > len(m)), None)
    if marker:
        return _without_glued_predicate(obj[: -len(marker)])
    return _without_glued_predicate(obj, _REACHING)


_GLUED_PREDICATES = tuple(w for w in lexicons.words("stats_predicate_words") if len(w) > 1)
# the predicate words of reaching among them (可达, 高达, 达到, 增至): a verb ending in 达, 到, 至 or 为
_REACHING = tuple(w for w in _GLUED_PREDICATES if w.endswith(("达", "到", "至", "为")))


def _without_glued_predicate(obj: str, words: tuple[str, ...] = _GLUED_PREDICATES) -> str:
    """The object without a predicate word (stats_predicate_words, or those of ``words``) that
    jieba glued to the marker with it (河道|已有近/v|N公里 leaves 河道已有): the verb is the
    clause's, not the noun's."""
    word = next((w for w in words if obj.endswith(w) and len(obj) > len(w)), None)
    return obj[: -len(word)] if word else obj


def without_glued_conjunction(st: Found) -> str:
    """约N个基点|和约|M个基点: jieba glues the conjunction joining two figures to the
    approximation word of the second (和约/n, a treaty in its dictionary); an object that is
    only a conjunction (stats_conjunctions), with or without such a word after it, names nothing."""
    obj = st.obj
    marker = next((m for m in _MARKERS_BEFORE if obj.endswith(m) and len(obj) > len(m)), "")
    return "" if obj in _CONJ or (marker and obj[: -len(marker)] in _CONJ) else obj
