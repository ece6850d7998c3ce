"""Objects left out in a later clause (ellipsis): 建设安置房800套，已建成620套 — the second
figure counts what the first counts. Used by `rows` after the other context rules
(`context_objects`), only for figures still with no object."""

from __future__ import annotations

from pipeline.quantities.object_words import _PEOPLE_UNITS, HEADLINE_BREAK, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

# a headline's space ends a clause as a comma does (object_words.HEADLINE_BREAK):
# 批准上市N款新药| |N款已纳入医保 leaves the noun out as ，N款已纳入 does
_CLAUSE_ENDS = "，,；;" + HEADLINE_BREAK
_SENTENCE_ENDS = "。！？!?"
_KINDS = ("count", "amount")
# what a clause may hold before a figure whose object it leaves out: adverbs, verbs, aspect
# and structural particles, time words, conjunctions (已|推动|解决|667个, 其余|正在|建设)
_EXISTENTIAL = ("有", "已有", "还有", "共有")  # ，目前已有|N处: the same things, how many of them
_BARE_POS = ("d", "ad", "v", "u", "ul", "uz", "uj", "t", "c", "p", "r")


def _clause_before_is_bare(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the clause that pieces[k] (a figure's first piece) is in holds no noun and no
    other figure before it."""
    i, adverb = k - 1, False
    while i >= 0 and _word(text, pieces[i])[:1] not in _CLAUSE_ENDS:
        p = pieces[i]
        if p.role or p.pos.startswith(NOUN_POS) or not p.pos.startswith(_BARE_POS):
            return False
        adverb = adverb or p.pos in ("d", "ad") or _word(text, p) in _EXISTENTIAL
        i -= 1
    # a clause mark opens it (the figure is in a later clause), and the figure opens the clause
    # or an adverb or 有 says the clause goes on about the earlier one (已|建成, 目前|已有); a bare
    # verb names an event of its own (，死亡|N例)
    return i >= 0 and (i == k - 1 or adverb)


def _verb_before(pieces: list[Piece], k: int) -> bool:
    return k > 0 and not pieces[k - 1].role and pieces[k - 1].pos.startswith("v")


def _noun_after(pieces: list[Piece], k: int) -> bool:
    return k < len(pieces) and not pieces[k].role and pieces[k].pos.startswith(NOUN_POS)


def carry_ellipsis(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A count or amount with no object whose clause names nothing before it (，已建成620套;
    ，2万亩已经播种) counts what the nearest earlier figure of the same unit in the sentence
    counts, where that one has an object and a clause mark lies between them."""
    for n, st in enumerate(stats):
        if st.obj or st.kind not in _KINDS or not st.unit or st.unit in _PEOPLE_UNITS:
            continue  # people with no noun are named by their verb (action_of), not carried
        if st.kind == "amount" and _verb_before(pieces, st.pieces[0]):
            continue  # 新增投入|约2亿元: the verb names what the money does
        prev = next((p for p in reversed(stats[:n]) if p.unit == st.unit and p.kind == st.kind), None)
        if prev is None or not prev.obj:
            continue
        between = text[prev.end : st.start]
        if any(c in between for c in _SENTENCE_ENDS) or not any(c in between for c in _CLAUSE_ENDS):
            continue
        if _clause_before_is_bare(pieces, st.pieces[0], text) and not _noun_after(pieces, st.pieces[-1] + 1):
            st.obj = prev.obj
