"""A share right after 其中 (stats_whole_pronouns: 总面积N万亩，其中|40%为…): the share is of
the whole the clause before counted, so it takes the object of the figure of that clause. So does
a count of the whole's measure after 其中 that names no noun of its own (9处…，其中|4处|安装了;
a verb phrase read as its object, 其中|N台|参与|跨区作业, and the written copula 为 name none), but
no count of people, whom their verb names.
Used by `rows` after the other context rules, for figures still with no object."""

from __future__ import annotations

from pipeline import lexicons
from pipeline.quantities.object_words import _PEOPLE_UNITS, _word
from pipeline.quantities.pieces import Found, Piece

_WHOLE_PRONOUNS = frozenset(lexicons.words("stats_whole_pronouns"))
_SHARE_KINDS = ("percent", "fraction")
_CLAUSE_MARKS = ("，", ",", "；", ";")
_SENTENCE_ENDS = ("。", "！", "？", "\n")
_ASPECTS = ("了", "过", "着")


_COPULAS = frozenset(w for w, role in lexicons.rows("roles_copulas") if role == "verb" and len(w) == 1)
_HEAD_CHARS = 2  # the head of the whole's noun (中外|企业)
_WRITTEN_COPULA = "为"  # 其中|N处|为|…状态: the written copula, which jieba tags p
_EXISTENTIAL = "有"  # 其中|就|有|六张, 其中|已有|4处: those of the whole that exist


def _past_existential(pieces: list[Piece], k: int, text: str) -> int:
    """The index before an existential verb (有, or 有 with one character before it: 已有, 就有)
    and the adverbs before it, ending at pieces[k]; else `k` itself."""
    w = _word(text, pieces[k]) if k >= 0 and not pieces[k].role else ""
    if not (w == _EXISTENTIAL or (len(w) == 2 and w.endswith(_EXISTENTIAL) and pieces[k].pos == "v")):
        return k
    k -= 1
    while k >= 0 and not pieces[k].role and pieces[k].pos == "d":
        k -= 1
    return k


def _after_whole_pronoun(pieces: list[Piece], first: int, text: str, mark: bool = True) -> bool:
    """Whether 其中 (after a clause mark, where `mark`) stands right before the figure's first
    piece; a count (not `mark`) may have an existential verb between (其中|就有|六张)."""
    k = first - 1 if mark else _past_existential(pieces, first - 1, text)
    return (
        k >= 1
        and not pieces[k].role
        and _word(text, pieces[k]) in _WHOLE_PRONOUNS
        and (not mark or _word(text, pieces[k - 1]) in _CLAUSE_MARKS)
    )


_PLACE_POS = ("ns",)


def _ends_in_place(pieces: list[Piece], obj: str, nxt: int, text: str) -> bool:
    """Whether the object read right after the count (from pieces[nxt]) ends in a place name:
    no counted thing is a place after another word (其中有六张|流向中国: the goal of a motion verb
    jieba tags as a noun)."""
    start = pieces[nxt].start
    if not text.startswith(obj, start):
        return False
    end = next((k for k in range(nxt, len(pieces)) if pieces[k].end == start + len(obj)), None)
    return end is not None and end > nxt and not pieces[end].role and pieces[end].pos in _PLACE_POS


def _bare_part(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether a count after 其中 names no noun of its own: nothing after its measure but a verb
    or the clause's end (其中|4处|安装了…, 修复了其中|五艘|，), so no object or a verb read as one."""
    nxt = st.pieces[-1] + 1
    while nxt < len(pieces) and not pieces[nxt].role and pieces[nxt].pos == "d":
        nxt += 1  # 其中|8个|已|完成
    if nxt >= len(pieces) or _word(text, pieces[nxt]) in (*_CLAUSE_MARKS, *_SENTENCE_ENDS):
        return True
    if st.obj and _ends_in_place(pieces, st.obj, nxt, text):
        return True  # 六张|流向/n|中国: a noun phrase ending in a place is a motion verb's goal
    verb = _word(text, pieces[nxt])
    if verb in _COPULAS and not pieces[nxt].role and st.obj.startswith(verb):
        return True  # 其中|12个|是|民营企业投资: the clause says what the part is, names no noun
    if verb == _WRITTEN_COPULA and not pieces[nxt].role and not st.obj:
        return True  # 其中|N处|为|“失控”状态: no noun read after the count
    aspect = nxt + 1 < len(pieces) and _word(text, pieces[nxt + 1]) in _ASPECTS  # any tag before 了: a verb
    # a verb phrase read as the object (其中|N台|参与|跨区作业) names what the part does, no noun
    verbal = pieces[nxt].pos == "v" or aspect
    return not pieces[nxt].role and verbal and (not st.obj or st.obj.startswith(verb))


def counts_of_whole(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A count right after 其中 that names no noun of its own (`_bare_part`) counts what the last
    count of its measure before it in the sentence counts (9处污水处理站，其中|4处|…)."""
    for n, st in enumerate(stats):
        if st.kind != "count" or st.unit in _PEOPLE_UNITS:
            continue  # people with no noun are named by their verb (as the ellipsis leaves them)
        if not _after_whole_pronoun(pieces, st.pieces[0], text, mark=False):
            continue
        if not _bare_part(st, pieces, text):
            continue
        whole = next((p for p in reversed(stats[:n]) if p.kind == "count" and p.unit == st.unit), None)
        if whole is None or not whole.obj or any(c in text[whole.end : st.start] for c in _SENTENCE_ENDS):
            continue
        if st.obj and whole.obj[-_HEAD_CHARS:] in st.obj:
            continue  # 其中|N家|知名/v|科技企业|亮相: a phrase with the whole's head names its own noun
        st.obj = whole.obj


def share_of_whole(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A share with no object right after ，其中 takes the object of the last figure before it in
    the same sentence (the whole), not a share or a duration itself."""
    for n, st in enumerate(stats):
        if st.obj or st.kind not in _SHARE_KINDS or not _after_whole_pronoun(pieces, st.pieces[0], text):
            continue
        whole = next((p for p in reversed(stats[:n]) if p.kind not in ("duration", "age")), None)
        if whole is None or not whole.obj or whole.kind in _SHARE_KINDS:
            continue
        if any(c in text[whole.end : st.start] for c in _SENTENCE_ENDS):
            continue
        st.obj = whole.obj
