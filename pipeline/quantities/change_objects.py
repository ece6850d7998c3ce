"""An object that is only a word of change or comparison (比上年末|净增|N万户, 与…的|N只|相比):
the word says how the figure relates to another, not what it counts.

The action readers name a count of households or people by the verb after or before it
(恢复供电|N万户, N人|报名), and a count in a comparison frame gets its verb the same way
(比上年末|净增|1936万户, 与2012年的|1000只|相比). A verb of change (stats_predicate_words, or one
of them after 净: 净增, 净减少) or of comparison (stats_comparison_verbs) names no thing: the figure
counts what the figure of its measure before it in the sentence counts (用户总数达N亿户，比上年末
净增|M万户; 种群数量达N只，与…的|M只|相比). With no such figure the object is left as it was.
Used by `rows` after the context rules, before each figure's last edge rules.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.pieces import Found

_CHANGE = frozenset((*lexicons.words("stats_predicate_words"), *lexicons.words("stats_comparison_verbs")))
_NET = "净"  # 净增, 净减少: the net change
_SENTENCE_ENDS = ("。", "！", "？", "\n")


def _change_word(obj: str) -> bool:
    return obj in _CHANGE or (obj.startswith(_NET) and (obj[1:] in _CHANGE or obj[1:] + "加" in _CHANGE))


def carry_past_change_words(stats: list[Found], text: str) -> None:
    """Each figure whose object is a word of change or comparison (`_change_word`) takes the
    object of the last figure before it in the sentence with the same measure and kind."""
    for n, st in enumerate(stats):
        if not _change_word(st.obj):
            continue
        prev = next((p for p in reversed(stats[:n]) if p.unit == st.unit and p.kind == st.kind), None)
        if prev is None or not prev.obj or _change_word(prev.obj):
            continue
        if any(c in text[prev.end : st.start] for c in _SENTENCE_ENDS):
            continue
        st.obj = prev.obj
