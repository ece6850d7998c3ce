"""Steps 2 and 3 of finding statistics: measure words, markers and the shapes of a statistic.

After each numeral the measure word and approximation markers are cut off by lexicon (余, 个,
名, 小时, 以上 …: stats_units, numerals_approx_markers), before it the prefix markers (近, 不到,
约 …); the rest of the sentence keeps its jieba words. The pieces become a spaCy Doc whose
tokens carry a quantity role, and spaCy Matcher patterns (MEASURE, RANGE, PERCENT, FRACTION;
`pipeline.nlp.number_patterns`) pick the statistics. Exclusions that need the whole match
(the article 一, slogans, named counts such as 二十条措施: `exclusions`) come last; then each
match gets its value, bounds, approximation, unit and kind.
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken
from spacy.util import filter_spans
from spacy.vocab import Vocab

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.nlp.components.resources import jieba_dict
from pipeline.numbers import approx_bounds, parse_quantity
from pipeline.quantities.candidates import Numeral, TokenIndex, blocked, candidates
from pipeline.quantities.doublings import RATIO_UNIT, doubled, is_doubling
from pipeline.quantities.exclusions import valid_measure
from pipeline.quantities.magnitudes import is_magnitude
from pipeline.quantities.mixed_units import join_mixed_units
from pipeline.quantities.pieces import Found, Piece, match_prefix
from pipeline.quantities.rate_units import rate_tail, rate_unit
from pipeline.quantities.shared_units import share_units
from pipeline.records import Token

_NUM_ROLES = (P.ROLE_NUM, P.ROLE_PCT, P.ROLE_FRAC, P.ROLE_SCALED)
_PLAIN_NOUN_POS = ("n", "nz", "ng")  # nouns that a bare scaled number counts (3万多|群众)
# 6大品类, 十大产业: a small number of categories; 十八大, 二十大 (in Chinese, over ten) are
# the Party congresses
_MAX_CATEGORIES, _MAX_CATEGORIES_CHINESE = 99, 10
_CLAUSE_PUNCT = "，,。；;、！？!?）)"
_SCALE_CHARS = "十百千万亿"  # a bare scale (万, 亿) is a number only after a marker (上万, 超亿)
_MARKER_ROLES = (P.ROLE_PRE, P.ROLE_SUF, P.ROLE_POST)
# jieba glues the aspect particle or a conjunction onto a marker after it (增加|了近/v|150斤,
# 约30个基点|和约/n|3个基点): the marker is the number's all the same; a conjunction only where it
# joins two figures (签订|和约/n|3年后: the treaty)
_GLUED_PARTICLES = ("了",)
_GLUED_CONJUNCTIONS = ("和", "与", "及", "或")
_FUNCTION_POS = ("d", "p")  # a one-character head that is no word's start (已|近, 共|约, 至|约)
_WORD_HEAD = 2  # 全长|约: a head of two characters or more that is a word (节约, 公约: one)
_FIGURE_REACH = 8  # characters before a glued conjunction where the figure it joins stands
_UNIT_KINDS = frozenset(P.UNIT_KIND.values())
_UNITS_INSIDE_WORDS = tuple(u for u in P.UNITS_LONGEST_FIRST if u not in P.WORD_FINAL_UNITS)
_PLACEHOLDER = "w"  # the word of every token of a sentence's Doc (sentence_statistics)


@cache
def _matcher() -> tuple[Vocab, Matcher]:
    vocab = Vocab()
    if not SpacyToken.has_extension("q"):
        SpacyToken.set_extension("q", default="")
    matcher = Matcher(vocab)
    for name, patterns in P.PATTERNS.items():
        matcher.add(name, patterns, greedy="LONGEST")
    return vocab, matcher


def _matched_spans(roles: list[str]) -> list[tuple[int, int]]:
    """The (start, end) piece ranges of the statistics the patterns pick among the pieces'
    roles, in order. Every pattern token asks for a role, so a match lies inside one run of
    pieces with roles; runs never touch, so the Matcher's longest-first choices and
    ``filter_spans`` are made run by run, and a run's roles (NUM UNIT, PRE NUM SUF UNIT …)
    repeat across sentences: each distinct run is matched once per process."""
    found: list[tuple[int, int]] = []
    n = len(roles)
    i = 0
    while i < n:
        if not roles[i]:
            i += 1
            continue
        j = i + 1
        while j < n and roles[j]:
            j += 1
        found.extend((i + s, i + e) for s, e in _run_matches(tuple(roles[i:j])))
        i = j
    return found


@lru_cache(maxsize=4096)
def _run_matches(roles: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The Matcher's non-overlapping spans over one run of roles (``_matched_spans``)."""
    vocab, matcher = _matcher()
    # the patterns read only the pieces' roles (``_.q``), never a word: each piece is the same
    # placeholder word, where the pieces' texts would each add a lexeme to the vocab for good
    # (about 460 bytes each, 24,000 after 3 MB of news, and more with every batch a worker runs)
    doc = Doc(vocab, words=[_PLACEHOLDER] * len(roles), spaces=[False] * len(roles))
    for tok, role in zip(doc, roles, strict=True):
        tok._.q = role
    spans = filter_spans([Span(doc, s, e, label=lab) for lab, s, e in matcher(doc, as_spans=False)])
    return tuple((span.start, span.end) for span in spans)


# --- pieces after and before a numeral --------------------------------------------------------


def _percent_post(text: str, pos: int, limit: int, num: Numeral) -> list[Piece]:
    """The marker after a percent or a fraction: 七成以上, 三成强."""
    post = match_prefix(text[:limit], pos, P.POST_LONGEST_FIRST)
    # 多 marks over only after 成 (八成多小麦); after 70% or 一半 it starts a word
    if post and post not in P.POST_DURATION_ONLY and (post != "多" or num.text.endswith("成")):
        return [Piece(pos, pos + len(post), P.ROLE_POST, marker=P.POST_MARKERS[post])]
    return []


def _before_unit(
    seg: str, pos: int, num: Numeral, units: tuple[str, ...] = P.UNITS_LONGEST_FIRST
) -> list[Piece]:
    """What stands between the numeral and its unit: 余/多/来, a scale (10多万), 个 before a
    time unit (六七个小时, 一个多月)."""
    pieces: list[Piece] = []
    suf = match_prefix(seg, pos, tuple(P.SUF_MARKERS))
    if suf and num.quantity.value is not None:
        pieces.append(Piece(pos, pos + 1, P.ROLE_SUF, marker=P.SUF_MARKERS[suf]))
        pos += 1
        mult = match_prefix(seg, pos, P.MULT_LONGEST_FIRST)
        if mult:  # 10多万人: the scale comes after the marker
            pieces.append(Piece(pos, pos + len(mult), P.ROLE_MULT, marker=mult))
            pos += len(mult)
    if seg.startswith(P.GE, pos):
        after = pos + 1
        suf2 = match_prefix(seg, after, tuple(P.SUF_MARKERS))
        unit = match_prefix(seg, after + (1 if suf2 else 0), units)
        if unit and unit in P.GE_UNITS:
            pieces.append(Piece(pos, after, P.ROLE_GE))
            if suf2:
                pieces.append(Piece(after, after + 1, P.ROLE_SUF, marker=P.SUF_MARKERS[suf2]))
    return pieces


# one-character markers that stay markers before a word they would start: 多 (its own rules
# above) and 内 after a span (48小时内|核酸检测: 内核 is a word, yet 内 bounds the hours)
_GLUED_MARKERS = frozenset({"多", *P.POST_DURATION_ONLY})


def _post_after_unit(seg: str, pos: int, unit: str, pieces: list[Piece]) -> str | None:
    post = match_prefix(seg, pos, P.POST_LONGEST_FIRST)
    kind = P.UNIT_KIND[unit]
    if post in P.POST_DURATION_ONLY and kind not in ("duration", "amount"):
        return None
    if post in P.POST_PERCENT_ONLY:
        return None
    if post == "多" and any(p.role == P.ROLE_SUF for p in pieces):
        return None
    if post == "多" and kind == "count":
        return None  # 3年多, 5公斤多; but 一批多光谱无人机 is 一批 + 多光谱
    if post and post not in _GLUED_MARKERS and len(post) == 1 and seg[pos : pos + 2] in jieba_dict():
        return None  # 两天|许昌, 三年|许多: a one-character marker that opens a word
    return post


def _half_after(seg: str, pos: int, unit: str) -> bool:
    """Whether 半 right after a time or age unit (stats_half_units) adds half a unit to the
    figure (3岁半, 一年半, 两天半), not starting a word of its own (一年半载) or a span of its own
    (3天半小时 is no figure here: 半小时 is read on its own)."""
    if unit not in P.HALF_UNITS or not seg.startswith(P.HALF, pos):
        return False
    if any(seg.startswith(w, pos) for w in P.HALF_IDIOMS):
        return False
    return match_prefix(seg, pos + len(P.HALF), P.UNITS_LONGEST_FIRST) is None


def scan_after(
    text: str, pos: int, limit: int, num: Numeral, units: tuple[str, ...] = P.UNITS_LONGEST_FIRST
) -> list[Piece]:
    """Approximation markers and the measure word after a numeral, by lexicon (`units`: the
    measure words it may take, longest first)."""
    if num.role in (P.ROLE_PCT, P.ROLE_FRAC):
        return _percent_post(text, pos, limit, num)
    seg = text[:limit]
    pieces = _before_unit(seg, pos, num, units)
    pos = pieces[-1].end if pieces else pos
    unit = match_prefix(seg, pos, units)
    if unit is None:
        return []
    ge = any(p.role == P.ROLE_GE for p in pieces)
    if unit in P.GE_ONLY_UNITS and not ge:
        return []
    if unit in P.GE_OR_DECIMAL_UNITS and not ge and P.DECIMAL_POINT not in num.text:
        return []  # 3点 is a clock time; 2个点, 108.3点 are points
    per = rate_tail(seg, pos + len(unit), unit)  # 4.2元/斤, 5600立方米每秒: a rate's unit
    pieces.append(Piece(pos, pos + len(unit) + per, P.ROLE_UNIT))
    pos += len(unit) + per
    if _half_after(seg, pos, unit):  # 3岁半, 一年半: the half is the figure's (finish adds it)
        pieces.append(Piece(pos, pos + len(P.HALF), P.ROLE_HALF))
        pos += len(P.HALF)
    post = _post_after_unit(seg, pos, unit, pieces)
    if post:
        pieces.append(Piece(pos, pos + len(post), P.ROLE_POST, marker=P.POST_MARKERS[post]))
    elif unit in P.DAY_UNITS and text.startswith(num.text + P.NIGHT, pos):
        # 两天两夜: one duration, the nights repeat the days
        pieces.append(Piece(pos, pos + len(num.text) + len(P.NIGHT), P.ROLE_POST))
    else:
        num.gap_approx = num.gap_approx or gap_after(seg, pos, limit)
    return pieces


def gap_before(text: str, start: int, lower: int) -> str:
    """The approximation of a marker separated from the number by 了 or a predicate word
    (超过了100毫米, 至少增长15%), or ""."""
    pos = start
    if text.endswith(P.GAP_PARTICLE, lower, pos):
        pos -= len(P.GAP_PARTICLE)
    for _ in range(2):  # 超过了|100毫米: the marker itself; 至少|增长|15%: a word between
        marker = next((w for w in P.GAP_BEFORE_LONGEST_FIRST if text.endswith(w, lower, pos)), None)
        if marker and pos < start:
            return P.GAP_BEFORE[marker]
        verb = next((v for v in P.PREDICATE_WORDS if text.endswith(v, lower, pos)), "")
        if not verb:
            return ""
        pos -= len(verb)
    return ""


def gap_after(text: str, pos: int, limit: int) -> str:
    """The approximation of a marker after a bracketed note (8亿斤(原粮)左右), or ""."""
    if pos >= limit or text[pos] not in "(（":
        return ""
    close = next((i for i in range(pos + 1, min(limit, pos + 12)) if text[i] in ")）"), -1)
    if close < 0:
        return ""
    marker = match_prefix(text[:limit], close + 1, P.GAP_AFTER_LONGEST_FIRST)
    return P.GAP_AFTER[marker] if marker else ""


def _glued_head(text: str, start: int, a: int, end: int) -> bool:
    """Whether text[start:a], the head of the token a marker was cut from, is a particle, a
    conjunction after a figure (了|近, 30个基点|和|约) or a word of its own (全长|约, 耗资|近)
    rather than a word's own start (附|近, 节|约)."""
    head = text[start:a]
    if head in _GLUED_PARTICLES or head in P.PREDICATE_WORDS:
        return True  # 了|近; 翻|近 (翻近一番), 增|近: a predicate word of the figure's before the marker
    if len(head) < _WORD_HEAD and jieba_dict().get(head, "") in _FUNCTION_POS:
        return True  # 已近/v, 共约/d: an adverb or a preposition before the marker (a conjunction
        # only between figures, below: 和约 is a treaty)
    if len(head) >= _WORD_HEAD and head in jieba_dict():
        # 全长约/n, 耗资近/n: jieba's dictionary glues the marker onto a word of its own; but not
        # where the word runs into the marker (加拿大|约: 大约 is no marker there)
        return not any(text[start:k] in jieba_dict() for k in range(a + 1, end))
    before = text[max(0, start - _FIGURE_REACH) : start]
    return head in _GLUED_CONJUNCTIONS and any(c.isdigit() for c in before)


_BARE_SCALES = "百千万亿"  # a numeral opening with a scale word: 上千, 过万, 过亿


def scan_before(text: str, start: int, lower: int, num: Numeral, tokens: TokenIndex) -> Piece | None:
    """The approximation marker right before a numeral (近百名, 不到3岁)."""
    for w in P.PRE_LONGEST_FIRST:
        a = start - len(w)
        if a >= lower and text[a:start] == w:
            bare_scale = num.text[:1] in _BARE_SCALES
            if w == "上" and not bare_scale:
                continue  # 上 means "over" only in 上百, 上千, 上万, 上亿
            tok = tokens.at(a)
            percent_only = w in P.PRE_PERCENT_ONLY and num.role not in (P.ROLE_PCT, P.ROLE_FRAC)
            if percent_only and not (bare_scale and tok is not None and tok.start == a):
                continue  # 过三成, 过|千亿件, but 再过|N个月, 经过|百年
            if tok is not None and tok.start < a and not _glued_head(text, tok.start, a, start):
                continue  # 附近两个县: the 近 of 附近 is no approximation (but 增加|了近/v: 了 + 近)
            return Piece(a, start, P.ROLE_PRE, marker=P.FINDER_PRE_MARKERS[w])
    return None


# --- the sentence as pieces -------------------------------------------------------------------


def _percent_range(
    text: str, group: list[Piece], after: list[Piece], n: Numeral, nxt: Numeral, lim2: int
) -> bool:
    """Whether a percent (or a bare number) and the percent after it make one range: a dash
    between them (10%—20%, 30—40%) or 至/到 (10%至15%) where no predicate word stands right
    before the first (下降0.7%至46.5% is a fall to a level) unless 之间/不等 closes the pair."""
    if nxt.role != P.ROLE_PCT or n.role not in (P.ROLE_PCT, P.ROLE_NUM) or after:
        return False
    sep = text[group[-1].end : nxt.start]
    if sep in P.PERCENT_RANGE_DASHES:
        return True
    if sep not in P.PERCENT_RANGE_WORDS:
        return False
    if text.startswith(P.PERCENT_RANGE_ENDS, nxt.end, lim2 + 2):
        return True
    before = text[max(0, group[0].start - 6) : group[0].start].removesuffix(P.GAP_PARTICLE)
    return not before.endswith(P.PREDICATE_WORDS)


def _range_group(
    text: str, group: list[Piece], after: list[Piece], nums: list[Numeral], i: int, s1: int
) -> tuple[list[Piece], Numeral | None]:
    """Extend a numeral's pieces to a range: NUM SEP NUM UNIT (3至5天), or NUM UNIT SEP NUM
    UNIT with the unit written on both ends (6℃—10℃)."""
    if i + 1 >= len(nums):
        return group, None
    nxt = nums[i + 1]
    lim2 = nums[i + 2].start if i + 2 < len(nums) else s1
    if _percent_range(text, group, after, nums[i], nxt, lim2):  # 10%—20%, 30—40%
        after2 = scan_after(text, nxt.end, lim2, nxt)
        sep = Piece(group[-1].end, nxt.start, P.ROLE_SEP)
        return [*group, sep, Piece(nxt.start, nxt.end, nxt.role), *after2], nxt
    if not after and text[group[-1].end : nxt.start] in P.RANGE_SEPARATORS:
        after2 = scan_after(text, nxt.end, lim2, nxt)
        if after2:
            sep = Piece(group[-1].end, nxt.start, P.ROLE_SEP)
            return [*group, sep, Piece(nxt.start, nxt.end, nxt.role), *after2], nxt
    if after and text[group[-1].end : nxt.start] in P.RANGE_SEPARATORS:
        after2 = scan_after(text, nxt.end, lim2, nxt)
        units = [[text[p.start : p.end] for p in ps if p.role == P.ROLE_UNIT] for ps in (after, after2)]
        plain = all(p.role in (P.ROLE_UNIT, P.ROLE_GE) for p in after)
        if plain and units[0] and units[0] == units[1]:
            sep = Piece(group[-1].end, nxt.start, P.ROLE_SEP)
            return [*group, sep, Piece(nxt.start, nxt.end, nxt.role), *after2], nxt
    return group, None


def _noun_at(tokens: TokenIndex, pos: int, text: str = "") -> bool:
    """Whether a plain noun token starts at pos, or (given the text) a noun token jieba glued
    to the scale before pos (1.4万|援疆/n read as 1.4|万援疆/n: the scale is the numeral's)."""
    tok = tokens.at(pos)
    if tok is None or not tok.pos.startswith(_PLAIN_NOUN_POS):
        return False
    return tok.start == pos or (bool(text) and all(c in P.WRITTEN_SCALES for c in text[tok.start : pos]))


def _verb_noun_at(tokens: TokenIndex, pos: int, text: str) -> bool:
    """Whether a verb of two characters or more starts at pos with a plain noun right after it
    that ends the clause (1.4万|援藏/v|干部/n，): the verb classifies the noun, which the scaled
    number counts, as it counts a noun right after it."""
    tok = tokens.at(pos)
    if tok is None or tok.start != pos or tok.pos != "v" or tok.end - tok.start < 2:
        return False
    if not _noun_at(tokens, tok.end):
        return False
    noun = tokens.at(tok.end)
    return noun is not None and (noun.end >= len(text) or text[noun.end] in _CLAUSE_PUNCT)


def _unitless(text: str, n: Numeral, limit: int, tokens: TokenIndex) -> list[Piece]:
    """A numeral with no measure word: before 大 and a category (6大品类, 三大|产业), or
    scaled (万/亿) before an ordinary noun (3万多|群众, 2.34万|老年人): GUIDELINES decisions."""
    num = Piece(n.start, n.end, n.role)
    value = n.quantity.value
    limit_big = _MAX_CATEGORIES if n.text.isdigit() else _MAX_CATEGORIES_CHINESE
    if text.startswith(P.BIG, n.end) and value is not None and value <= limit_big:
        pos = n.end + len(P.BIG)
        unit = match_prefix(text[:limit], pos, tuple(lexicons.longest_first(tuple(P.QUASI_MEASURES))))
        if unit:
            return [num, Piece(n.end, pos, P.ROLE_BIG), Piece(pos, pos + len(unit), P.ROLE_UNIT)]
        return [num, Piece(n.end, pos, P.ROLE_BIG)] if _noun_at(tokens, pos) else [num]
    pieces = _before_unit(text[:limit], n.end, n)
    scaled = any(p.role == P.ROLE_MULT for p in pieces) or (
        n.text[:1] not in _SCALE_CHARS and n.text.rstrip().endswith(P.WRITTEN_SCALES)
    )
    end = pieces[-1].end if pieces else n.end
    alone = end >= limit or text[end] in _CLAUSE_PUNCT  # 投资80亿，: a scale with no measure word
    noun = _noun_at(tokens, end, text) or _verb_noun_at(tokens, end, text)
    if scaled and not any(p.role == P.ROLE_GE for p in pieces) and (noun or alone):
        return [Piece(n.start, n.end, P.ROLE_SCALED), *pieces]
    return [num]


def _unit_starts_word(text: str, after: list[Piece], tokens: TokenIndex) -> bool:
    """Whether the measure word read after a numeral is one that measures only as a word of its
    own (P.WORD_FINAL_UNITS: 2个点, but 30多个|点位) and jieba's word there runs on past it."""
    unit = next((p for p in after if p.role == P.ROLE_UNIT), None)
    if unit is None or text[unit.start : unit.end] not in P.WORD_FINAL_UNITS:
        return False
    tok = tokens.at(unit.end - 1)
    return tok is not None and tok.end > unit.end


def _quantity_pieces(
    text: str, s0: int, s1: int, nums: list[Numeral], tokens: TokenIndex
) -> tuple[list[Piece], dict[int, Numeral]]:
    pieces: list[Piece] = []
    num_at: dict[int, Numeral] = {}
    taken_until = s0
    for i, n in enumerate(nums):
        if n.start < taken_until:
            continue
        limit = nums[i + 1].start if i + 1 < len(nums) else s1
        pre = scan_before(text, n.start, taken_until, n, tokens)
        if pre is None:
            n.gap_approx = gap_before(text, n.start, taken_until)
        after = scan_after(text, n.end, limit, n)
        if _unit_starts_word(text, after, tokens):  # 30多个|点位: 点 is no unit there
            after = scan_after(text, n.end, limit, n, _UNITS_INSIDE_WORDS)
        group = ([pre] if pre else []) + [Piece(n.start, n.end, n.role)] + after
        if not after and n.role == P.ROLE_NUM:
            group = ([pre] if pre else []) + _unitless(text, n, limit, tokens)
        group, second = _range_group(text, group, after, nums, i, s1)
        if second is not None:
            num_at[second.start] = second
        pieces.extend(group)
        num_at[n.start] = n
        taken_until = group[-1].end
    return pieces, num_at


def _with_words(qpieces: list[Piece], s0: int, s1: int, tokens: TokenIndex) -> list[Piece]:
    """The quantity pieces with the word tokens between them, clipped to the gaps."""
    pieces: list[Piece] = []
    qi = ti = 0
    pos = s0
    toks = tokens.tokens
    while pos < s1:
        if qi < len(qpieces) and qpieces[qi].start == pos:
            pieces.append(qpieces[qi])
            pos = qpieces[qi].end
            qi += 1
            continue
        nxt_q = qpieces[qi].start if qi < len(qpieces) else s1
        while ti < len(toks) and toks[ti].end <= pos:
            ti += 1
        if ti < len(toks) and toks[ti].start <= pos:
            end = min(toks[ti].end, nxt_q)
            # the rest of a word a measure word was cut from (28支|共) has no POS of its own
            # (114种|药 is a noun): its POS as a word of its own
            clipped = toks[ti].start < pos and pos - toks[ti].start <= 2 and end - pos == 1
            # so has the head of a word a marker was cut from (增加|了近/v: 了, the particle)
            clipped = clipped or (toks[ti].start == pos and end < toks[ti].end and end - pos == 1)
            rest = toks[ti].text[pos - toks[ti].start : end - toks[ti].start]
            tag = jieba_dict().get(rest, "x") if clipped else toks[ti].pos
            pieces.append(Piece(pos, end, "", pos=tag))
        else:
            end = min(toks[ti].start if ti < len(toks) else s1, nxt_q)
            pieces.append(Piece(pos, end, "", pos="x"))
        pos = end
    return pieces


# --- value, bounds, approximation, unit and kind ---------------------------------------------


_Bounds = tuple[float | None, float | None, float | None]


def _scaled(value: float | None, low: float | None, high: float | None, factor: int, divide: bool) -> _Bounds:
    """Value and bounds multiplied (10多万人) or divided by a scale."""

    def scale(v: float | None) -> float | None:
        if v is None:
            return None
        return v / factor if divide else v * factor

    return scale(value), scale(low), scale(high)


def _written_scale(num: Numeral, roles: dict[str, Piece], text: str) -> str:
    """The scale word written with the measure (30万元 -> 万, 10多万人 -> 万), or ""."""
    if P.ROLE_MULT in roles:
        return roles[P.ROLE_MULT].marker
    written = num.text.replace("萬", "万").replace("億", "亿").rstrip()
    return next((w for w in P.WRITTEN_SCALES if written.endswith(w)), "")


def _approx(q_approx: str, roles: dict[str, Piece], gap: str) -> str:
    """The numeral's own approximation, else the markers' (an over or under marker wins over
    about: 约1400多人 is over), else a marker apart from the number (超过了100毫米)."""
    if q_approx not in ("exact", "about"):
        return q_approx
    markers = [roles[r].marker for r in _MARKER_ROLES if r in roles and roles[r].marker] + [gap] * bool(gap)
    bounded = [m for m in markers if m in ("over", "under")]
    if bounded:
        return bounded[0]
    return markers[0] if markers else q_approx


def _unit_and_kind(stat: Found, num: Numeral, roles: dict[str, Piece], text: str) -> None:
    """unit (folded: 万元 -> 元; normalized: 块钱 -> 块), unit_written and kind."""
    unit_p = roles.get(P.ROLE_UNIT)
    written = text[unit_p.start : unit_p.end] if unit_p else None
    if num.role == P.ROLE_PCT:  # 70%, 四成 (percent 40), 八五折 (percent 85)
        stat.unit, stat.kind = "%", "percent"
        stat.unit_written = num.text[-1] if num.text[-1] in P.PERCENT_WORDS else "%"
        return
    if num.role == P.ROLE_FRAC:
        stat.unit, stat.unit_written, stat.kind = None, None, "fraction"
        return
    stat.unit = P.UNIT_NORMAL.get(written or "", written)
    stat.kind = P.UNIT_KIND.get(written or "", "count")
    rate = rate_unit(written or "")
    if rate:  # 立方米每秒 -> 立方米/秒, an amount
        stat.unit, stat.kind = rate, "amount"
    ge = text[roles[P.ROLE_GE].start : roles[P.ROLE_GE].end] if P.ROLE_GE in roles else ""
    scale = _written_scale(num, roles, text)
    stat.unit_written = f"{scale}{ge}{written or ''}" or None
    if stat.unit in P.COUNT_OR_MONEY and _counts_no_noun(text, unit_p):
        stat.kind = "amount"  # 卖10万块 (money) but 3块屏幕 (a count)
    if unit_p is not None and is_magnitude(text, num.start, unit_p.end):
        stat.kind = "amount"  # 6.8级地震: a magnitude measured, not tiers counted


def _counts_no_noun(text: str, unit_p: Piece | None) -> bool:
    """Whether nothing nominal follows the measure word (卖10万块，): then 块 measures money."""
    nxt = text[unit_p.end : unit_p.end + 1] if unit_p else ""
    return nxt == "" or not ("\u4e00" <= nxt <= "\u9fff")


def _range_bounds(nums: list[Numeral], text: str) -> tuple[float | None, float | None]:
    """The ends of a range. One ending in a percent (10%—20%, 30—40%, 二至五成) is read by
    `pipeline.numbers` as written, so a percent word written once, at the end, holds for both
    ends (二至五成 = 20 to 50 %); the others are their numerals' values."""
    first, last = nums
    if last.role == P.ROLE_PCT:
        q = parse_quantity(text[first.start : last.end])
        if q is not None and q.approx == "range":
            return q.low, q.high
    return first.quantity.value, last.quantity.value


def finish(stat: Found, pieces: list[Piece], num: Numeral, nums: list[Numeral], text: str) -> None:
    """Value (folded to the base unit: 30万元 -> 300000 元), bounds, approximation, unit and kind."""
    q = num.quantity
    roles = {p.role: p for p in (pieces[i] for i in stat.pieces)}
    # 30—40%: the range's unit is its percent's, written once at the end
    _unit_and_kind(stat, next((m for m in nums if m.role == P.ROLE_PCT), num), roles, text)
    value, low, high = q.value, q.low, q.high
    if len(nums) == 2:  # NUM SEP NUM
        lo, hi = _range_bounds(nums, text)
        if lo is not None and hi is not None and lo < hi:
            value, low, high = (lo + hi) / 2, lo, hi
    approx = (
        "range"
        if len(nums) == 2 and low is not None and high is not None
        else _approx(q.approx, roles, num.gap_approx)
    )
    if P.ROLE_MULT in roles and value is not None:  # 10多万人
        value, low, high = _scaled(value, low, high, P.MULTIPLIERS[roles[P.ROLE_MULT].marker], False)
    if P.ROLE_HALF in roles and value is not None and len(nums) == 1:  # 3岁半 = 3.5岁
        value += 0.5
    if stat.unit == "旬" and value is not None:  # 七旬: in one's seventies
        value, approx = value * 10, "over"
    if approx != "range":  # 零下十多度: over ten below, high -10 (a range keeps its ends)
        low, high = approx_bounds(value, approx)
    if value is not None and is_doubling(text, num.start, stat.unit):  # 翻两番: four times the base
        value, low, high = doubled(value), *(None if b is None else doubled(b) for b in (low, high))
        stat.unit, stat.kind = RATIO_UNIT, "ratio"
    stat.value, stat.low, stat.high, stat.approx = value, low, high, approx


# --- one sentence -----------------------------------------------------------------------------


def sentence_statistics(
    text: str,
    s0: int,
    s1: int,
    tokens: list[Token],
    spans: list[tuple[int, int]],
    names: list[tuple[int, int]] | None = None,
) -> tuple[list[Found], list[Piece]]:
    """The statistics of the sentence text[s0:s1] and the pieces it was cut into; numerals
    inside `spans` (dates) or after the first character of `names` (entities) are skipped."""
    index = TokenIndex(tokens)
    nums = [n for n in candidates(text, s0, s1) if not blocked(n, text, spans, index, names)]
    qpieces, num_at = _quantity_pieces(text, s0, s1, nums, index)
    pieces = _with_words(qpieces, s0, s1, index)
    if not num_at:  # a statistic needs a numeral (span_nums below): no Doc, no matcher
        return [], pieces
    stats: list[Found] = []
    for start, end in _matched_spans([p.role for p in pieces]):
        idx = list(range(start, end))
        sp = [pieces[i] for i in idx]
        span_nums = [num_at[p.start] for p in sp if p.role in _NUM_ROLES and p.start in num_at]
        if not span_nums or not valid_measure(sp, span_nums[0], text, index):
            continue
        stat = Found(sp[0].start, sp[-1].end, idx)
        finish(stat, pieces, span_nums[-1] if len(span_nums) == 1 else span_nums[0], span_nums, text)
        stats.append(stat)
    share_units(stats, text)
    return join_mixed_units(stats, pieces, text, s0), pieces  # 3岁6个月: one age
