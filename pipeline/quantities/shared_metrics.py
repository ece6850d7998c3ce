"""Parallel items of figures (joined by 、，；) that share part of the first item's metric, which
the later item leaves out:

(a) the head: 城镇居民人均可支配收入N1元、农村居民|N2元 — the later object (农村居民) ends like a
word of the earlier one (城镇居民), which is followed there by a metric opening with a shared or
averaging word (人均可支配收入: stats_shared_metric_modifiers, stats_average_words): the later
figure measures that metric of its own subject (农村居民人均可支配收入).
(b) the modifiers: 一般公共预算收入N1亿元，…；支出|N2亿元 — the later object is one bare metric
noun, the counterpart (stats_metric_counterparts: 收入/支出, 出口/进口) of the metric noun that
ends the earlier object: the later metric takes the earlier one's modifiers (一般公共预算支出).

Both need the later object right before its figure, opening its item (after 、，；), and the
earlier figure of the same kind and measure in the same sentence. Used by `rows` before the
context rules carry objects on (so 增长M% after the later figure takes the whole metric)."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _METRIC, _METRIC_ENDINGS, _word
from pipeline.quantities.pieces import Found, Piece, piece_before_object

_ITEM_MARKS = ("、", "，", ",", "；", ";")
_SENTENCE_ENDS = ("。", "！", "？", "!", "?")
_KINDS = ("amount", "count")
_PAIRS = lexicons.mapping("stats_metric_counterparts")
_COUNTERPARTS = {**_PAIRS, **{b: a for a, b in _PAIRS.items()}}  # either may come first
# what a shared metric opens with after the subject: a per-head or shared modifier (人均, 日均)
_SHARED_OPENINGS = (*lexicons.words("stats_shared_metric_modifiers"), *lexicons.words("stats_average_words"))
_MIN_PARALLEL = 2  # characters the later subject shares with the earlier (居民)


def _opening_object(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the figure's object stands right before it and opens its item (after 、，；)."""
    k = piece_before_object(st, pieces, text)
    return k is not None and not pieces[k].role and _word(text, pieces[k]) in _ITEM_MARKS


def _earlier(n: int, st: Found, stats: list[Found], text: str) -> Found | None:
    """The figure before, of the same kind and measure, in the same sentence."""
    prev = next((p for p in reversed(stats[:n]) if p.kind == st.kind and p.unit == st.unit), None)
    if prev is None or not prev.obj or any(c in text[prev.end : st.start] for c in _SENTENCE_ENDS):
        return None
    return prev


def _metric_end(word: str) -> bool:
    return word.endswith(_METRIC_ENDINGS) or word.endswith(tuple(_METRIC))


def _with_shared_head(obj: str, prev: str) -> str:
    """(a): the later subject plus the metric after the earlier object's word that ends alike;
    "" where there is none."""
    if _metric_end(obj) or len(obj) < _MIN_PARALLEL:
        return ""
    tail = obj[-_MIN_PARALLEL:]
    at = prev.rfind(tail)
    head = prev[at + len(tail) :] if at > 0 else ""
    shared = head.startswith(_SHARED_OPENINGS)  # 人均…收入; not 总资产 ~ 资产|总额
    return obj + head if shared and _metric_end(head) and not prev.startswith(obj) else ""


def _with_shared_modifiers(obj: str, prev: str) -> str:
    """(b): the earlier object's modifiers with the later bare metric; "" where it is no
    counterpart of the earlier object's last metric."""
    other = _COUNTERPARTS.get(obj)
    if other is None or not prev.endswith(other) or len(prev) == len(other):
        return ""
    return prev[: -len(other)] + obj


def share_parallel_metrics(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """(a) and (b) above, for figures whose object opens their item."""
    for n, st in enumerate(stats):
        if st.kind not in _KINDS or not st.pieces or not _opening_object(st, pieces, text):
            continue
        prev = _earlier(n, st, stats, text)
        if prev is None:
            continue
        st.obj = _with_shared_modifiers(st.obj, prev.obj) or _with_shared_head(st.obj, prev.obj) or st.obj
