"""Objects too long by a fragment of a place, a name or an occasion their reader took in (the
guidelines: an object names what is counted or measured, without the place or the scope it is
counted over):

- a port of entry after a place (某市|口岸|出入境人员, 经|某港|口岸|进出口总值; stats_port_words):
  the port is where the flow is counted, the object is what comes after it;
- the rest of an organisation's name the object opens inside of (某某|油田|油气资源量, where jieba
  cut the NER's ORG 某某油田 and the reader stopped inside it): the words after the name;
- a scope word alone read after a count (N所|全国|急救教育试点学校; stats_scope_words): the noun
  phrase the scope word opens, past it;
- a place read after an amount's 的 where a measure of places stands right before the figure
  (平均海拔|N米|的|某县某村; stats_place_measures): the measure;
- a region's name at the object's start (某某地区双城经济圈|重大项目完成投资, whole or cut;
  stats_region_name_ends): what comes after it;
- a place read after an amount's 的 that opens a route-named thing (全长N米的|某地|至|某地|铁路
  某隧道): the whole name, not its first place;
- an occasion's name before a metric (某博会|意向成交额, 本届|某运会|总规模; stats_occasion_ends):
  the metric, both where the reader took the name and the metric and where it stopped at the
  name (a count stops before a metric noun, and an occasion is no thing counted).

Used by `rows` last, after the readers and the carried objects."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _SCOPES, _word
from pipeline.quantities.pieces import Found, Piece

_PORTS = tuple(sorted(lexicons.words("stats_port_words"), key=len, reverse=True))
_OCCASION_ENDS = tuple(lexicons.words("stats_occasion_ends"))
_METRIC_WORDS = {*lexicons.words("stats_metric_nouns"), *lexicons.words("stats_size_metrics")}
_METRICS = tuple(sorted(_METRIC_WORDS, key=len, reverse=True))  # 总规模 before 规模
_METRIC_ENDINGS = tuple(lexicons.words("stats_metric_suffixes"))  # 率, 量, 额
_REGION_ENDS = tuple(lexicons.words("stats_region_name_ends"))  # 经济圈, 城市群
_ROUTE_JOINS = ("至", "到")  # 某地|至|某地|高速铁路
_PLACE_MEASURES = tuple(lexicons.words("stats_place_measures"))  # 海拔, 面积
_NAME_HEADS = tuple({*lexicons.words("stats_site_heads"), *lexicons.words("ner_org_heads")})  # 油田, 公司
_MIN_REST = 2  # characters an object keeps after the cut (a one-character rest is no noun)
_MAX_GAP = 3  # characters of predicate words between a metric and its figure (已|超, 达到)
_PLACE_POS = ("ns",)
_CLAUSE_MARKS = "，。；：、！？ "
Spans = list[tuple[int, int]]


def _located(st: Found, text: str, s0: int) -> int:
    """Where the object was read, before the figure in its sentence; -1 where it was not."""
    obj = st.obj
    at = text.rfind(obj, s0, st.start) if obj else -1
    return at if at >= 0 and at + len(obj) <= st.start else -1


def without_port_scope(st: Found, text: str, s0: int, places: Spans, pieces: list[Piece]) -> str:
    """The object without a port of entry written right after a place (the NER's place span or
    a word jieba tagged ns) or a scope word (全国|口岸), nor what comes before the port: the metric
    after it."""
    at = _located(st, text, s0)
    if at < 0:
        return st.obj
    end = at + len(st.obj)
    place_ends = {b for _, b in places} | {p.end for p in pieces if _place_or_scope(p, text)}
    for i in range(end - 1, at - 1, -1):
        port = next((w for w in _PORTS if text.startswith(w, i)), None)
        if port is not None and i in place_ends and end - (i + len(port)) >= _MIN_REST:
            return text[i + len(port) : end]
    return st.obj


def without_name_rest(st: Found, text: str, s0: int, orgs: Spans, pieces: list[Piece]) -> str:
    """The object without the rest of an organisation's name it opens inside of, where the name
    ends at a word boundary inside the object: the words after the name."""
    at = _located(st, text, s0)
    if at < 0:
        return st.obj
    end = at + len(st.obj)
    starts = {p.start for p in pieces}
    for a, b in orgs:
        if a < at < b <= end - _MIN_REST and at in starts and b in starts and _cut_name(text, a, at, b):
            return text[b:end]
    return st.obj


def occasion_metric(st: Found, pieces: list[Piece], text: str, s0: int) -> str:
    """The metric of an object that opens with an occasion's name (某运会|总规模), or of an object
    that is that name where a metric follows it before the figure (某运会|总规模|超|N人)."""
    at = _located(st, text, s0)
    if at < 0:
        return st.obj
    end = at + len(st.obj)
    for p in pieces:
        if at < p.end <= end - _MIN_REST and text[at : p.end].endswith(_OCCASION_ENDS):
            rest = text[p.end : end]
            return rest if _is_metric(rest) else st.obj
    if st.obj.endswith(_OCCASION_ENDS):
        metric = next((w for w in _METRICS if text.startswith(w, end)), None)
        gap = text[end + len(metric) : st.start] if metric is not None else "，"
        if len(gap) <= _MAX_GAP and not any(c in _CLAUSE_MARKS for c in gap):
            return metric or st.obj
    return st.obj


def _is_metric(words: str) -> bool:
    return words.endswith(_METRICS) or words.endswith(_METRIC_ENDINGS)


def past_scope_word(st: Found, pieces: list[Piece], text: str) -> str:
    """The object of a count read as the scope word right after it (N所|全国|急救|教育|试点|学校):
    the words after the scope word, which only says over what the things are counted, up to the
    last noun of their run of nouns and verbs."""
    k = st.pieces[-1] + 1 if st.pieces else len(pieces)
    if st.kind != "count" or k >= len(pieces) or st.obj != _word(text, pieces[k]) or st.obj not in _SCOPES:
        return st.obj
    last, i = None, k + 1
    while i < len(pieces) and not pieces[i].role and pieces[i].pos[:1] in ("n", "v"):
        if pieces[i].pos.startswith("n"):
            last = i  # the phrase ends in a noun (急救/v|教育/vn|示范/v|学校/n)
        i += 1
    return text[pieces[k + 1].start : pieces[last].end] if last is not None else st.obj


def metric_before_place(st: Found, pieces: list[Piece], text: str, places: Spans) -> str:
    """The measure before an amount whose object is the place after its 的 (平均海拔|N米|的|某县
    某村): the place is where, the measure is what; else the object."""
    at = text.find(st.obj, st.end) if st.obj else -1
    k = st.pieces[0] - 1 if st.pieces else -1
    if at < 0 or text[st.end : at] != "的" or k < 0 or pieces[k].role or not pieces[k].pos.startswith("n"):
        return st.obj
    measure = _word(text, pieces[k])
    covered = all(any(a <= i < b for a, b in places) for i in range(at, at + len(st.obj)))
    return measure if covered and measure.endswith(_PLACE_MEASURES) else st.obj


def without_region_name(st: Found, pieces: list[Piece], text: str, s0: int) -> str:
    """The object read before the figure without the region name it opens with (…双城经济圈|
    重大项目完成投资): the words after the name."""
    at = _located(st, text, s0)
    if at < 0:
        return st.obj
    end = at + len(st.obj)
    for p in pieces:
        if at < p.end <= end - _MIN_REST and text[at : p.end].endswith(_REGION_ENDS):
            return text[p.end : end]
    return st.obj


def route_name(st: Found, pieces: list[Piece], text: str, places: Spans) -> str:
    """The name of a thing named by its route (某地|至|某地|高速铁路|某隧道) where the object read
    after the figure's 的 is that name's first place alone: the name, up to its last noun."""
    at = text.find(st.obj, st.end) if st.obj else -1
    end = at + len(st.obj)
    if at < 0 or text[st.end : at] != "的" or not any(a == at and b == end for a, b in places):
        return st.obj
    k = next((i for i, p in enumerate(pieces) if p.start == end), None)
    if k is None or _word(text, pieces[k]) not in _ROUTE_JOINS:
        return st.obj
    last = k
    while last + 1 < len(pieces) and _name_word(pieces[last + 1], places):
        last += 1
    return text[at : pieces[last].end] if last > k + 1 else st.obj


def _name_word(p: Piece, places: Spans) -> bool:
    """A noun, or a word inside a place name whatever its tag (某地|至|合作/vn|铁路)."""
    return not p.role and (p.pos.startswith("n") or any(a <= p.start and p.end <= b for a, b in places))


def _cut_name(text: str, a: int, at: int, b: int) -> bool:
    """Whether the ORG span a..b is a name cut at `at`: it ends in the head of a name (stats_site_heads,
    ner_org_heads: 某某|油田) and does not open with a scope word the NER took in (全国|民航)."""
    return text[a:b].endswith(_NAME_HEADS) and text[a:at] not in _SCOPES


def _place_or_scope(p: Piece, text: str) -> bool:
    return not p.role and (p.pos in _PLACE_POS or _word(text, p) in _SCOPES)
