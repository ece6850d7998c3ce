"""A count of a part of a whole named just before it with 中 (在N个X中，M个…; N个X中有M个…):
the part counts what the whole counts, X, not a noun that says what the part did or measured.

Reports of regions, firms and routes count a whole and then the part of it for which a
predicate holds: 31个省（区、市）中有26个|粮食|增产, 在25个…省份中，20个|播种面积|增加,
在15家工厂中，有6家|来自…, 19条航线中已有9条|停航, 在50种商品中，价格上涨的有14种. The
object finders read the noun or verb after the part's measure (粮食, 来自…, 停航) or the clause
before it (价格上涨); the part counts X. The part is a count of the whole's measure and value
below it, after the phrase that ends in the whole's object and the locative 中
(stats_containment_locatives), a clause mark and an existential 有 (已有, 就有) or a short
relative clause ending in 的有. A part that names its own noun keeps it: one that contains the
whole's head (20个省份), or a noun phrase with no change predicate after it (有30名儿童; a noun
followed by a predicate of change, stats_predicate_words and stats_metric_verbs, is the
metric of the part: 粮食|增产, 棉花|产量|增加), or after a measure of people (名, 位) any noun
phrase, whose first word jieba may tag as a verb (近视/v|患者). A count in 人 is left alone:
people with no noun are named by their verb (…中，31人|是|党员). Used by `rows` after the other context rules.
"""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.quantities.object_words import _PEOPLE_UNITS, _PERSON_MEASURES, NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_INSIDE = tuple(lexicons.words("stats_containment_locatives"))  # 中, 里
_CHANGE = frozenset((*lexicons.words("stats_predicate_words"), *lexicons.words("stats_metric_verbs")))
_EXISTENTIAL = r"(?:[已就共还仍]?有)?"  # 中有|26个, 中已有|9条
_GAP = re.compile(rf"^[，,]?(?:{_EXISTENTIAL}|[^，,。；;！？\n]{{1,12}}的{_EXISTENTIAL})$")
_PHRASE_STOPS = ("，", ",", "。", "；", ";", "！", "？", "\n")
_HEAD_CHARS = 2  # the head of the whole's noun (智能|工厂)
_VERB_POS = ("v", "vd", "vi", "p")  # 来自/v, 停航/v: a verb right after the part names no noun
_ADVERB_POS = ("d",)


def _whole_before(stats: list[Found], n: int, text: str) -> Found | None:
    """The count before stats[n] in its sentence whose object closes a phrase with 中 right
    before stats[n] (…X中，有|M个), of the same measure and a larger value; else None."""
    st = stats[n]
    for whole in reversed(stats[:n]):
        if whole.kind != "count" or whole.unit != st.unit or not whole.obj:
            continue
        if whole.value is None or st.value is None or whole.value <= st.value:
            return None
        seg = text[whole.end : st.start]
        for loc in _INSIDE:
            at = seg.rfind(whole.obj + loc)
            if at < 0 or any(c in seg[:at] for c in _PHRASE_STOPS):
                continue
            if _GAP.match(seg[at + len(whole.obj) + len(loc) :]):
                return whole
        return None
    return None


def _first_after(st: Found, pieces: list[Piece], text: str) -> int:
    """The index of the first piece after the part's measure, past adverbs (9条|已|停航)."""
    k = st.pieces[-1] + 1
    while k < len(pieces) and not pieces[k].role and pieces[k].pos in _ADVERB_POS:
        k += 1
    return k


def _names_own_noun(st: Found, whole: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the part's object is a noun of its own: one with the whole's head, or a noun
    phrase read right after the measure that no predicate of change follows (有30名|儿童)."""
    if not st.obj:
        return False
    if whole.obj[-_HEAD_CHARS:] in st.obj:
        return True  # 20个|省份: the part names the whole's kind
    k = _first_after(st, pieces, text)
    if k >= len(pieces) or pieces[k].role:
        return False
    if pieces[k].pos in _VERB_POS and st.unit not in _PERSON_MEASURES:
        return False  # 6家|来自…, 9条|停航: the part's predicate; after 名 a modifier (近视/v|患者)
    if not text.startswith(st.obj, pieces[k].start):
        return False  # an object read from elsewhere (价格上涨的有|14种)
    j = k
    while j < len(pieces) and not pieces[j].role and pieces[j].start < pieces[k].start + len(st.obj):
        j += 1
    while j < len(pieces) and not pieces[j].role and pieces[j].pos in NOUN_POS:
        j += 1  # 棉花|产量|增加: the object stopped before the metric
    return j >= len(pieces) or bool(pieces[j].role) or _word(text, pieces[j]) not in _CHANGE


def parts_of_wholes(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """A count of a part right after the whole's noun and 中 (`_whole_before`) that names no
    noun of its own (`_names_own_noun`) takes the whole's object."""
    for n, st in enumerate(stats):
        if st.kind != "count" or st.unit in _PEOPLE_UNITS:
            continue  # people with no noun are named by their verb (40人…中，31人|是|党员)
        whole = _whole_before(stats, n, text)
        if whole is None or _names_own_noun(st, whole, pieces, text):
            continue
        st.obj = whole.obj
