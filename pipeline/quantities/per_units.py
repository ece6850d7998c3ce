"""An amount in a per-unit frame (每孩每月300元, 每人每年960元, 每亩120元): the object is the sum
paid, not a word of the frame nor the standard it sets.

The frame is 每 and the word after it, or a word jieba made of 每 and its unit (每亩, 每月, 每人
每年), one or more, right before the figure; it says what the sum is paid for and how often
(the per-part stays in the statistic's context: the figure and its unit are as written, 元).
The sum paid is a noun phrase ending in a fund head (stats_fund_heads: 补贴, 补助, 津贴, 奖金):
- after the figure, the standard it sets (stats_standard_nouns: 标准) and a verb of paying
  (按每孩每年3600元的|标准|发放|育儿补贴);
- else before the frame, past the predicate words (为) and prepositions between, with a
  standard noun after it dropped (育儿补贴|标准|为|每孩每月|300元, 耕地地力保护补贴|每亩|120元).
It replaces an object that is empty, a word of the frame (孩), a standard noun, the sum's
own last words (补贴 of 耕地地力保护补贴), or the verb that closes the clause right after the
figure (按每人每月500元|执行/v。: the predicate the rate is applied by, which leaves the object
empty where no sum is named); an object of its own (发放|300元|生活补贴) stays. Used by `rows`
after `objects`.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _CLAUSE_MARKS, _PREDICATE_WORDS, _SCOPES, _word
from pipeline.quantities.pieces import Found, Piece

_EACH = "每"
_FUND_HEADS = tuple(lexicons.words("stats_fund_heads"))  # 补贴, 补助, 资金: a sum paid
_STANDARDS = frozenset(lexicons.words("stats_standard_nouns"))  # 标准: the rate the frame sets
_DE = "的"
_PAY_POS = ("v", "p")  # 发放, 给予: the verb between the standard and the sum paid
_PAY_REACH = 4  # words after the verb read for the sum
_SUM_POS = ("n", "nz", "ng", "vn", "j", "v", "l", "uv")  # words of the sum's name (耕地|地/uv|力|保护/v|补贴)
_SUM_MOST = 5
_BEFORE_POS = ("p",)  # 为/p, 按/p: a preposition between the sum and the frame


def _frame_start(pieces: list[Piece], j: int, text: str) -> int:
    """The index of the first piece of the per-unit frame that ends right before pieces[j]
    (j where there is none)."""
    k = j
    while k > 0 and not pieces[k - 1].role:
        w = _word(text, pieces[k - 1])
        if w.startswith(_EACH) and len(w) > 1:
            k -= 1  # 每亩, 每人每年
        elif k > 1 and not pieces[k - 2].role and _word(text, pieces[k - 2]) == _EACH:
            k -= 2  # 每|孩
        else:
            break
    return k


def _sum_run(pieces: list[Piece], b: int, text: str, forward: bool) -> str:
    """The sum's name: the words of _SUM_POS from pieces[b] on (forward) or back to it, at most
    _SUM_MOST, where the last ends in a fund head; else empty."""
    k = b
    step = 1 if forward else -1
    while 0 <= k + step < len(pieces) and abs(k + step - b) < _SUM_MOST:
        p = pieces[k + step]
        w = _word(text, p)
        if p.role or p.pos not in _SUM_POS or w in _SCOPES or w in _PREDICATE_WORDS or w in _CLAUSE_MARKS:
            break
        k += step
    a, e = (b, k) if forward else (k, b)
    if not (0 <= a <= e < len(pieces)) or pieces[a].pos not in _SUM_POS:
        return ""
    name = text[pieces[a].start : pieces[e].end]
    return name if name.endswith(_FUND_HEADS) else ""


def _after(st: Found, pieces: list[Piece], text: str) -> str:
    """…元的|标准|发放|育儿补贴: the sum paid after the standard the figure sets and the verb of
    paying right after it; the first word ending in a fund head within _PAY_REACH words, read
    back to the word after the verb."""
    k = st.pieces[-1] + 1
    if k + 1 >= len(pieces) or _word(text, pieces[k]) != _DE or _word(text, pieces[k + 1]) not in _STANDARDS:
        return ""
    verb = k + 2
    if verb >= len(pieces) or pieces[verb].role or pieces[verb].pos not in _PAY_POS:
        return ""
    for e in range(verb + 1, min(verb + 1 + _PAY_REACH, len(pieces))):
        p = pieces[e]
        if p.role or p.pos not in _SUM_POS:
            return ""
        if _word(text, p).endswith(_FUND_HEADS):
            return text[pieces[verb + 1].start : p.end]
    return ""


def _before(pieces: list[Piece], f: int, text: str) -> str:
    """补贴|标准|为|每孩每月: the sum named before the frame, its standard noun dropped."""
    k = f - 1
    while k >= 0 and not pieces[k].role and (
        pieces[k].pos in _BEFORE_POS or _word(text, pieces[k]) in _PREDICATE_WORDS
    ):
        k -= 1
    if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _STANDARDS:
        k -= 1
    return _sum_run(pieces, k, text, forward=False) if k >= 0 and not pieces[k].role else ""


def per_unit_object(st: Found, pieces: list[Piece], text: str) -> str:
    """The sum paid as the object of an amount in a per-unit frame (see the module)."""
    if st.kind != "amount" or not st.pieces:
        return st.obj
    f = _frame_start(pieces, st.pieces[0], text)
    if f == st.pieces[0]:
        return st.obj
    frame = text[pieces[f].start : pieces[st.pieces[0] - 1].end]
    thing = _after(st, pieces, text) or _before(pieces, f, text)
    predicate = _predicate_after(st, pieces, text)
    if not thing:
        return "" if predicate else st.obj
    replaceable = not st.obj or st.obj in frame or st.obj in _STANDARDS or thing.endswith(st.obj) or predicate
    return thing if replaceable else st.obj


def _predicate_after(st: Found, pieces: list[Piece], text: str) -> bool:
    """按|每人每月|N元|执行/v: the object read is the verb right after the figure, the predicate
    the rate is applied by (执行, 发放, 计算), no thing paid."""
    k = st.pieces[-1] + 1
    if k >= len(pieces) or pieces[k].role or pieces[k].pos != "v" or _word(text, pieces[k]) != st.obj:
        return False
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return nxt is None or (not nxt.role and _word(text, nxt) in _CLAUSE_MARKS)
