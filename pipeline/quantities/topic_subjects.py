"""What a figure measures when its own clause names nothing and the clause before it opens
with the subject the figure completes (X继续提高，达到N%; X迎来较快增长，目前已开行N列;
X有望再创新高，连续N年保持在N以上): the object is that subject.

The rules of `objects` and `context_objects` read a subject back from the figure's predicate
within its clause, or carry an earlier figure's object; where the earlier clause has no
figure and does not open with a metric noun of the metric list, the figure was left empty.
Annotators write the subject of the earlier clause (GUIDELINES.md: what is counted, as written
nearby; README: the subject the number completes). The reading here is narrow on purpose:

- the figure's own clause holds no noun of its own: adverbs, time words, places, scope words,
  prepositions and predicate words (达到, 保持在), and for a count one other verb (目前|上海|已经|有,
  已|开行), a duration with its adjective (连续|N年|保持在); and the figure completes a predicate
  there (a figure after a bare place, ，新安江|N公里的河段, measures what follows it);
- no figure stands earlier in the sentence (its object is carried by `carry_subject` where it
  applies); an adverbial clause opened by a preposition (按不变价格计算) between the subject
  clause and a rate is skipped, and where the clause before it holds one figure with an object,
  the rate takes that object (GDP N亿元，按不变价格计算，比上年增长N%);
- the clause before opens (after time words, places, place scopes and determiners) with a noun
  phrase followed by an adverb, a verb or a distinguishing word before a verb (稳中有|增): its
  subject; a two-character verb stays inside it only before a metric noun (经费|投入|强度), and
  a clause ending in a reporting verb (数据显示，…) names a source, not a subject;
- a sentence whose first clause is a noun phrase itself, opened by a verb or a pronoun and
  ending in 的 + noun phrase (像…这样的“口袋公园”，目前已有N座), right before the figure's clause,
  gives that phrase (not a place name);
- for a count the subject's predicate holds no noun (县里|制定了|方案 is an agent), and counts of
  people and households are left alone (the agent of the earlier clause is rarely
  what they count: 社区发出招募公告，已储备N人), as are durations, ages, frequencies and
  quasi-measures (两省).

Used by `rows` as a last resort, after the context rules. Word classes are data:
stats_predicate_words, stats_scope_words, stats_metric_nouns, stats_metric_suffixes,
stats_degree_suffixes, stats_report_verbs in `pipeline/lexicons/`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp.number_patterns import QUASI_MEASURES
from pipeline.quantities.object_words import _METRIC, _METRIC_ENDINGS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.widen import _PEOPLE_MEASURES  # 人 名 位 户: people and households

_ORIGIN = frozenset(lexicons.words("stats_origin_words"))  # 国内, 境外
_PREDICATES = frozenset(lexicons.words("stats_predicate_words"))
_DEGREE_ENDINGS = tuple(lexicons.words("stats_degree_suffixes"))  # 强|度
_REPORTING = frozenset(lexicons.words("stats_report_verbs"))  # 数据|显示，…: a source
_SCOPES = frozenset(lexicons.words("stats_scope_words"))
_RATE_NOUNS = frozenset(lexicons.words("stats_rate_nouns"))  # 增速: the rate of a subject named before
_CLAUSE_MARKS = ("，", ",", "；", ";")
_INDEX_HEADS = tuple(lexicons.words("stats_index_heads"))  # 指数, 得分: X指数为N，同比增长M%
_VALUE_VERBS = ("为", "是", "报", "达", "达到", "录得")  # X指数|为|N: the copula of an index's value
_VALUE_UNIT_POS = ("m", "q")  # 3300.5|点/m: an index's point after its bare value
_LIST_MARKS = ("、",)
_OPEN_QUOTES = ("“", "「", "‘")
_CLOSE_QUOTES = ("”", "」", "’")
_SKIP_KINDS = ("duration", "age", "frequency")
_CALENDAR = ("年", "月", "日", "号")  # 6|月: a date's calendar word
_RATE_KINDS = ("percent", "ratio")
# the figure's own clause: words that say when, where, how, but name nothing measured
_OWN_POS = ("d", "ad", "t", "ul", "uz", "p", "f", "ns", "s", "c")
# the opening of the clause before: what stands before its subject
_OPENING_POS = ("t", "r", "c", "ns", "nt", "s")
_RUN_POS = ("n", "nz", "ng", "vn", "an", "j", "l", "b")
_INDEX_RUN_POS = (*_RUN_POS, "ns", "nt", "a")  # 中国/ns, 景气/a: the body or kind an index is named for
# 生产总值|环比/j|零增长: the base of a change (jieba tags it an abbreviation) opens the predicate
_CHANGE_BASES = ("同比", "环比")
_HEAD_POS = ("n", "nz", "ng", "j", "l", "b", "vn")
_AFTER_SUBJECT_POS = ("d", "ad", "v", "vd", "i")  # X|继续|提高, X|持续/vd|向好, X|再创新高/i: its predicate


_PART_MARKS = ("；", ";")  # a semicolon closes a statement: a figure before it names no later subject


def _part_start(pieces: list[Piece], i: int, text: str) -> int:
    """The first piece after the last semicolon before pieces[i] (0 where there is none): a
    figure before it belongs to another statement (已建成数据集N个，…；总体量超…，较…增长M%)."""
    while i > 0 and _word(text, pieces[i - 1]) not in _PART_MARKS:
        i -= 1
    return i


def _clause_start(pieces: list[Piece], i: int, text: str) -> int:
    """The first piece of the clause pieces[i] is in."""
    while i > 0 and _word(text, pieces[i - 1]) not in _CLAUSE_MARKS:
        i -= 1
    return i


def _names_nothing(pieces: list[Piece], a: int, b: int, text: str, spans: set[int], most: int) -> bool:
    """Whether pieces[a:b] (the figure's clause before it) hold no noun, no other figure and
    at most `most` verbs that are no predicate words, and the figure completes a predicate
    (已|达, 建了): a figure after a bare place (，新安江|N公里的河段) measures what follows it."""
    verbs, predicate = 0, False
    for k in range(a, b):
        p, w = pieces[k], _word(text, pieces[k])
        if k in spans:
            continue  # 连续|9年|保持在: a duration says how long
        if p.role:
            return False
        if w in _PREDICATES or (k + 1 < b and w + _word(text, pieces[k + 1]) in _PREDICATES):
            predicate = True  # and 稳定/a|在/p: a predicate word jieba cut in two (稳定在)
            continue
        if w in _RATE_NOUNS:
            continue  # 同比|增速|超过: the rate of the subject named before
        if w in _SCOPES or w == "了":
            continue
        if p.pos == "v":
            verbs, predicate = verbs + 1, True
            continue
        if p.pos == "m" and not any(c.isdigit() for c in w):
            continue  # 全年: a time word jieba tags m
        if _date_part(pieces, k, text) or _period_word(p, w):
            continue  # 6|月|达N%, 较|一季度/mq|末: a date or a period says when
        if w in _COMPARE or w in _SINCE_FRAMES:
            continue  # 较/zg|上年, 自/r|2015年以来: the base or the start of a comparison, no noun
        if p.pos == "a" and k + 1 in spans:
            continue  # 连续|9年: how the duration runs
        if p.pos not in _OWN_POS:
            return False
    return predicate and verbs <= most


_COMPARE = ("比", "较")  # 较/zg|一季度末|增长: the comparison word, whatever jieba tags it
_SINCE_FRAMES = ("自", "从")  # 自/r|2015年|以来: where a period starts
_PERIOD_HEADS = ("季度", "月", "年", "周")  # 一季度/mq, 上/f|月/m: a period jieba tags a quantity


def _period_word(p: Piece, w: str) -> bool:
    """A numeral and its period word tagged mq (一季度, 三月): when, not what (no digits: 2季度
    is a figure's piece)."""
    return not p.role and p.pos == "mq" and w.endswith(_PERIOD_HEADS)


def _date_part(pieces: list[Piece], k: int, text: str) -> bool:
    """A number and its calendar word (6|月, 2024|年) that jieba tags m: a date, when."""
    p, w = pieces[k], _word(text, pieces[k])
    if p.role or p.pos != "m":
        return False
    if w.isdigit():
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        return nxt is not None and not nxt.role and _word(text, nxt) in _CALENDAR
    prev = pieces[k - 1] if k > 0 else None
    return w in _CALENDAR and prev is not None and not prev.role and _word(text, prev).isdigit()


def _is_metric(word: str) -> bool:
    return word in _METRIC or (len(word) > 1 and word.endswith((*_METRIC_ENDINGS, *_DEGREE_ENDINGS)))


def _inner_verb(pieces: list[Piece], k: int, a: int, b: int, text: str) -> bool:
    """研发|经费|投入|强度: a two-character verb between nouns, inside a metric's noun phrase."""
    return (
        pieces[k].pos == "v"
        and len(_word(text, pieces[k])) == 2
        and a < k < b - 1
        and pieces[k + 1].pos in ("n", "nz", "ng")
        and _is_metric(_word(text, pieces[k + 1]))
    )


def _predicate_word(pieces: list[Piece], k: int, a: int, b: int) -> bool:
    """面积|稳中有/b|增: a distinguishing word after a noun and before no noun opens the
    predicate (旅游/vn|专列/b is a head)."""
    return (
        pieces[k].pos == "b"
        and k > a
        and pieces[k - 1].pos in ("n", "nz", "ng")
        and not (k + 1 < b and pieces[k + 1].pos in _RUN_POS)
    )


def _past_relative(pieces: list[Piece], a: int, b: int, text: str) -> int:
    """参与回收的|二手手机占比|稳步提升: a clause opening with a verb and its 的 is a relative
    clause; the subject is the noun phrase after the 的 (where nouns follow it)."""
    if a >= b or pieces[a].pos != "v" or pieces[a].role:
        return a
    de = next((k for k in range(a + 1, b) if _word(text, pieces[k]) == "的"), None)
    if de is None or any(p.role for p in pieces[a:de]) or de + 1 >= b or pieces[de + 1].pos not in _RUN_POS:
        return a
    return de + 1


def _opening_subject(
    pieces: list[Piece], a: int, b: int, text: str, count: bool, places: frozenset[int] = frozenset()
) -> str:
    """The noun phrase opening pieces[a:b] where a predicate follows it; else ''. For a count
    the predicate holds no noun: a subject that acts on an object of its own (县里|制定了|方案)
    is the agent, not what is counted."""
    while a < b and (
        pieces[a].pos in _OPENING_POS
        or (_word(text, pieces[a]) in _SCOPES and pieces[a].pos != "m")
        or a in places
        or (_word(text, pieces[a]) in _LIST_MARKS and a > 0 and pieces[a - 1].pos in _OPENING_POS)
    ):
        a += 1  # 全国|, 今年|: where and when, not what; a scope of time tagged m opens the metric
        # (and 甲、乙|两省区: a list of places and its count in a quasi-measure)
    a = _past_relative(pieces, a, b, text)
    k = a
    if k + 1 < b and pieces[k].pos == "m" and not any(c.isdigit() for c in _word(text, pieces[k])):
        k += 1  # 全年|粮食产量: the year's total is what is measured
    if k + 2 < b and pieces[k].pos == "v" and all(p.pos in _RUN_POS for p in pieces[k + 1 : k + 3]):
        k += 1  # 入藏|旅游|专列: a verb opening a compound of two nouns or more
    while k < b and (
        (
            pieces[k].pos in _RUN_POS
            and _word(text, pieces[k]) not in _CHANGE_BASES
            and not _predicate_word(pieces, k, a, b)
            and not _cut_verb(pieces, k, a, text)
        )
        or _inner_verb(pieces, k, a, b, text)
    ):
        k += 1
    if k == a or k >= b or pieces[k - 1].pos not in _HEAD_POS:
        return ""
    end = k
    k = _past_when(pieces, k, b, text)  # 用电负荷|今年|第三次|创出新高: when, then the predicate
    if k >= b:
        return ""
    adverbial = pieces[k].pos == "a" and k + 1 < b and pieces[k + 1].pos == "v"  # X|明显|增多
    if (
        pieces[k].pos not in _AFTER_SUBJECT_POS
        and _word(text, pieces[k]) not in _CHANGE_BASES
        and not adverbial
        and not _predicate_word(pieces, k, a, b)
        and not _cut_verb(pieces, k, a, text)
    ):
        return ""
    if _word(text, pieces[k]) in ("是", "为"):
        return ""  # X是…: a copula, the clause describes X
    if count and any(p.pos in _RUN_POS and p.pos != "b" for p in pieces[k:b]):
        return ""
    if a > 0 and not pieces[a - 1].role and _word(text, pieces[a - 1]) in _ORIGIN:
        a -= 1  # 国内/s|生产总值: the word of domestic scope names the kind (origin_words)
    return text[pieces[a].start : pieces[end - 1].end]


def _cut_verb(pieces: list[Piece], k: int, a: int, text: str) -> bool:
    """发电量|创/n|历史新高: a one-character word jieba tags n right after a metric noun, before
    more words, is the verb opening the predicate (a metric noun heads its phrase)."""
    return (
        k > a
        and k + 1 < len(pieces)
        and pieces[k].pos == "n"
        and len(_word(text, pieces[k])) == 1
        and _is_metric(_word(text, pieces[k - 1]))
        and not pieces[k + 1].role
        and _word(text, pieces[k + 1]) not in _CLAUSE_MARKS
    )


_CLEFT = ("是",)  # 增长最快的|是|X: the copula of a cleft
_CLEFT_POS = (*_HEAD_POS, "nt")  # 新兴产业/nt: jieba tags some classes of industry as names


def _cleft_subject(pieces: list[Piece], a: int, b: int, text: str) -> str:
    """增长最快的|是|高技术制造业，增长了N%: a clause of a relative phrase, its 的 and a copula
    (a cleft) ends in the noun phrase it singles out; the figure of the next clause is that
    phrase's (not a place: 最多的是|广东 says where; the run's words are nouns, abbreviations and
distinguishing words, and jieba's names of bodies, which it gives some classes of industry)."""
    de = next((k for k in range(a, b - 2) if _word(text, pieces[k]) == "的"), None)
    if de is None or de == a or _word(text, pieces[de + 1]) not in _CLEFT:
        return ""
    run = pieces[de + 2 : b]
    if not run or any(p.role or p.pos not in _CLEFT_POS for p in run) or run[-1].pos not in _CLEFT_POS:
        return ""
    return text[run[0].start : run[-1].end]


_ORDINAL = "第"  # 第三次: the how-many-th time


def _past_when(pieces: list[Piece], k: int, b: int, text: str) -> int:
    """The index past time words and an ordinal of times (今年|第三次) right after a subject: they
    say when the subject's predicate happens, not what it is."""
    while k < b and not pieces[k].role and (
        pieces[k].pos == "t" or (pieces[k].pos == "m" and _word(text, pieces[k]).startswith(_ORDINAL))
    ):
        k += 1
    return k


def _topic_phrase(pieces: list[Piece], end: int, text: str, places: list[tuple[int, int]]) -> str:
    """The noun phrase after the last 的 of a sentence's first clause that is a noun phrase
    itself (像…这样的“X”，; 拥有…的X，): a topic set before the clause that counts it; else ''.
    The clause opens with a verb or a pronoun (a relative clause, 这样的), not a subject."""
    if end < 3 or pieces[0].pos not in ("v", "r"):
        return ""
    k = end - 1
    if _word(text, pieces[k]) in _CLOSE_QUOTES:
        k -= 1
    last = k
    while k >= 0 and not pieces[k].role and pieces[k].pos in (*_RUN_POS, "ns", "s"):
        k -= 1
    first = k + 1
    if k >= 0 and _word(text, pieces[k]) in _OPEN_QUOTES:
        k -= 1
    if first > last or k < 1 or _word(text, pieces[k]) != "的":
        return ""
    a, b = pieces[first].start, pieces[last].end
    if any(pa <= a and b <= pb for pa, pb in places):
        return ""  # 这样的|上海: a place is where
    return text[a:b]


def _bare_value(p: Piece, text: str) -> bool:
    """A number written in digits alone (95.2/m): a value with no measure word."""
    w = _word(text, p)
    return not p.role and p.pos == "m" and bool(w) and all(c.isdigit() or c == "." for c in w)


def _in_index_name(pieces: list[Piece], k: int, a: int) -> bool:
    """Whether pieces[k] belongs to an index's name read back from its head: a noun, a place, a
    body, an adjective (中国/ns|物流业|景气/a|指数), or a verb inside the name, with a word of the
    name before it (中国|快递/v|发展指数), not one opening the clause (发布|…指数)."""
    p = pieces[k]
    if p.role:
        return False
    if p.pos in _INDEX_RUN_POS:
        return True
    return p.pos == "v" and k > a and not pieces[k - 1].role and pieces[k - 1].pos in _INDEX_RUN_POS


def _index_value_subject(pieces: list[Piece], a: int, b: int, text: str) -> str:
    """The index of a clause pieces[a:b] that gives its value as a bare number (消费者信心指数|为|
    95.2, 综合指数|报|3300.5|点), for a rate in the next clause (，同比增长M%): the rate is that
    index's change. The noun run before the copula, places and bodies included (the index's
    name: 中国快递发展指数), ends in an index head (stats_index_heads); a scope word before it
    (全国) is left out, as for an opening subject."""
    k = b - 1
    unit = k > a and pieces[k].pos in _VALUE_UNIT_POS and len(_word(text, pieces[k])) == 1
    if unit and not _bare_value(pieces[k], text):
        k -= 1  # 3300.5|点
    if k - 2 < a or not _bare_value(pieces[k], text) or _word(text, pieces[k - 1]) not in _VALUE_VERBS:
        return ""
    end = start = k - 1
    while start > a and _in_index_name(pieces, start - 1, a):
        start -= 1  # 中国/ns|快递|发展|指数: the body or country an index is named for is in its name
    while start < end and _word(text, pieces[start]) in _SCOPES:
        start += 1  # 全国|居民消费价格指数: the scope, not the index
    if start == end or not _word(text, pieces[end - 1]).endswith(_INDEX_HEADS):
        return ""
    return text[pieces[start].start : pieces[end - 1].end]


def topic_subject(
    st: Found, stats: list[Found], pieces: list[Piece], text: str, places: list[tuple[int, int]]
) -> str:
    """The subject opening the clause before the figure's, for a figure whose clause names
    nothing, or the topic noun phrase the sentence opens with; else ''. `places`: the
    sentence's place names."""
    if st.obj or not st.pieces or st.kind in _SKIP_KINDS or st.unit in QUASI_MEASURES:
        return ""
    if st.kind == "count" and st.unit in _PEOPLE_MEASURES:
        return ""
    spans = {i for o in stats if o.kind == "duration" for i in o.pieces}
    own = _clause_start(pieces, st.pieces[0], text)
    most = 1 if st.kind == "count" else 0  # 已|开行|N列; an amount completes a predicate word (达到)
    if own < 2 or not _names_nothing(pieces, own, st.pieces[0], text, spans, most):
        return ""
    end = own - 1  # the clause mark before the figure's clause
    before = _clause_start(pieces, end - 1, text)
    aside = pieces[before].pos == "p" and before >= 2
    if aside:
        end = before - 1  # 按不变价格计算: an adverbial clause between subject and figure
        before = _clause_start(pieces, end - 1, text)
    quasi = frozenset(i for o in stats if o.unit in QUASI_MEASURES for i in o.pieces)
    part = _part_start(pieces, before, text)
    figures = [  # a count in a quasi-measure (五省区) names where, as a place does
        o
        for o in stats
        if o.pieces
        and part <= o.pieces[0] < end
        and o.kind not in _SKIP_KINDS
        and o.unit not in QUASI_MEASURES
    ]
    if aside and len(figures) == 1 and figures[0].pieces[0] >= before and figures[0].obj:
        # X N亿元，按不变价格计算，比上年增长N%: the sentence's one figure, right before the aside
        return figures[0].obj if st.kind in _RATE_KINDS else ""
    if figures:
        return ""  # a figure earlier in the sentence: its subject may be the one (carry_subject)
    if end - 1 > before and _word(text, pieces[end - 1]) in _REPORTING:
        return ""  # 平台数据显示，全国将举办N项: the source, not what is counted
    return (
        _opening_subject(pieces, before, end, text, st.kind == "count", quasi)
        or (_index_value_subject(pieces, before, end, text) if st.kind in _RATE_KINDS else "")
        or _cleft_subject(pieces, before, end, text)
        or (_topic_phrase(pieces, end, text, places) if before == 0 else "")
    )
