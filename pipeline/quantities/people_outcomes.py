"""What befell or what did the people a bare people count names, when adverbs stand between
the count and its verb (当地|约N人|已|被|疏散|至…, N人|全都|提前|安全|转移。, 有|数千人|紧急|疏散，).

A count of people with no noun after its measure takes the verb of the people as its object
(组织N人|撤离, 因灾死亡N人: `subjects.action_of`), but that reader takes only a verb right after
the figure that ends the clause. In disaster, relief and resettlement reports the verb comes
after adverbs of time, manner and degree and after the passive 被 (已被疏散, 全都提前安全转移,
紧急疏散), and it may end in a complement of destination (疏散|至…, 安置|在…). Here the figure is
followed only by such words and verbs, then by the clause's end or a preposition of
destination; the last verb of two characters or more (a verb of one character is left alone:
死|于…), with the verbs right before it (就业|增收) but no pivot verb (被|要求|撤离) and with a
verbal noun after it (参与|救援), is the object. A count whose object is only an existential or
pivot verb before it (还有|N人|安置在…, stats_pivot_verbs) takes that verb too: the verb before
frames the people, the one after says what they are counted for. A count of people or
households followed by 是 and a noun phrase that ends the clause (其中N户|是|独居老人) counts
that noun. A people count followed by a state noun (stats_state_nouns: 伤势, 病情) and an
adjective that ends the clause (其中N人|伤势|严重) takes that phrase: it says how the people
are. A count in 人 before 的 and a noun that names no people (载有N人的|客机, 容纳N人的|庇护所)
has no object: the noun holds the people. Used by `rows` as a last resort, for counts of people
(人, 名, 位; 户 before 是) with no object after the context rules.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.nlp import number_patterns as P
from pipeline.quantities.object_words import _CLAUSE_END_MARKS, _PREDICATE_WORDS, _word, is_state_noun
from pipeline.quantities.objects import object_after
from pipeline.quantities.pieces import Found, Piece

_PEOPLE_MEASURES = ("人", "名", "位")
_COPULA_MEASURES = (*_PEOPLE_MEASURES, "户")  # 其中N户|是|独居老人
_COPULA = "是"
_PIVOTS = frozenset(lexicons.words("stats_pivot_verbs"))  # 还有|N人, 组织|N人: a frame, not a thing
_TOTALITY = frozenset(lexicons.words("stats_totality_words"))  # N人|全部|遇难: all of them, no noun
_LOCATIVES = tuple(lexicons.words("stats_locatives"))  # 机上|N人, 车内|N人: where, not who
_PLACE_POS = ("s", "f", "n")  # 车内/s, 机上/n: a place word with its locative
_ADVERBIAL_POS = frozenset(("d", "ad", "a", "an", "vd"))  # 已, 紧急/a, 安全/an before the verb
_PASSIVES = ("被",)
_AGENT_POS = ("n", "nr", "nt", "ns", "nz", "s", "r", "j")  # 被|当地|警方|逮捕: the agent of the passive
_CAUSE_OPENERS = ("因", "由于")  # N人|因|…|而|死亡: a clause of cause before the outcome
_CAUSE_CLOSERS = ("而",)
_UNDERGOING = ("受", "遭")  # 受|重伤, 遭|枪击: a verb of undergoing with the harm after it
_LIST_CLOSERS = ("等",)  # 某某加等|N人: jieba glues the list's closer to a name's last character
_CAUSATIVE_ENDS = ("致", "使")  # 已致|N人|遇难, 迫使|N人|撤离: verbs of causing end in one
_CAUSATIVE_POS = ("v", "d")  # jieba glues 已致 into an adverb
_DESTINATIONS = ("至", "到", "在")  # 疏散|至|安全区域, 安置|在|190个安置点
_VERB_POS = ("v",)
_TRAILING_NOUN_VERB_POS = ("vn",)  # 参与|救援/vn: the verbal noun goes with the verb


def _ends(pieces: list[Piece], i: int, text: str) -> bool:
    """The clause ends at pieces[i] (punctuation, a line break, the sentence's end)."""
    if i >= len(pieces):
        return True
    w = _word(text, pieces[i])
    return not pieces[i].role and (w in _CLAUSE_END_MARKS or w in "。！？!?：:" or not w.strip())


def _verbal_noun_after(pieces: list[Piece], i: int, last_verb: int) -> bool:
    """A verbal noun right after the verb (参与|救援/vn): the verb's object, part of the predicate."""
    return last_verb == i - 1 and pieces[i].pos in _TRAILING_NOUN_VERB_POS


def _verb_run_end(pieces: list[Piece], i: int, text: str) -> tuple[int, int] | None:
    """From pieces[i] on, past adverbial words, words of totality (全部, 全体), 被 with its agent
    (被|警方), the (first, last) pieces of the final verb with its verbal nouns, when the clause
    ends after them or a preposition of destination follows; else None. A verb of undergoing
    with the word after it (受|重伤) and a passive word (被困/a) are verbs."""
    last_verb, first_verb, agent, n = -1, -1, False, len(pieces)
    while i < n and not pieces[i].role:
        p, w = pieces[i], _word(text, pieces[i])
        if _ends(pieces, i, text) or (last_verb >= 0 and p.pos == "p" and w in _DESTINATIONS):
            break
        if (past := _past_cause(pieces, i, text)) is not None:
            i = past  # N人|因|无法|得到|救治|而|死亡: the cause is no part of what befell them
            continue
        if _undergoing(pieces, i, text):
            first_verb, last_verb, agent, i = i, i + 1, False, i + 2  # 受|重伤: one predicate
            continue
        if _verb_word(p, w):
            first_verb, last_verb, agent = i, i, False
        elif w in _PASSIVES:
            agent = True  # 被|警方|逮捕: the agent may come before the verb
        elif not (
            p.pos in _ADVERBIAL_POS
            or w in _TOTALITY
            or (agent and p.pos in _AGENT_POS)
            or _verbal_noun_after(pieces, i, last_verb)
        ):
            return None
        i += 1
    if last_verb < 0 or (i < n and pieces[i].role):
        return None
    first, end = first_verb, last_verb
    while end + 1 < i and pieces[end + 1].pos in _TRAILING_NOUN_VERB_POS:
        end += 1
    while first > 0 and _joined_verb(pieces, first - 1, text):
        first -= 1  # 就业|增收: a run of verbs is one predicate
    return first, end


def _past_cause(pieces: list[Piece], i: int, text: str) -> int | None:
    """The index past a clause of cause opened at pieces[i] by 因 or 由于 and closed by 而 in the
    same clause (因|无法|得到|救治|而|死亡): the verb after 而 says what befell the people; else
    None (a short cause with no 而, 因灾|死亡, is left to the other readers)."""
    if pieces[i].pos not in ("p", "c") or _word(text, pieces[i]) not in _CAUSE_OPENERS:
        return None
    k = i + 1
    while k < len(pieces) and not pieces[k].role and not _ends(pieces, k, text):
        if _word(text, pieces[k]) in _CAUSE_CLOSERS:
            return k + 1
        k += 1
    return None


def _verb_word(p: Piece, w: str) -> bool:
    """A verb of two characters or more that is no predicate word of figures (增长, 达到), or a
    passive word jieba tags as an adjective (被困/a, 被捕/v)."""
    if len(w) < 2 or w in _PREDICATE_WORDS:
        return False
    return p.pos in _VERB_POS or (w.startswith(_PASSIVES) and p.pos in ("a", "v"))


def _undergoing(pieces: list[Piece], i: int, text: str) -> bool:
    """A one-character verb of undergoing (受, 遭) with a word after it in the clause (受|重伤/n,
    受|轻伤/a): together they say what befell the people."""
    if pieces[i].pos != "v" or _word(text, pieces[i]) not in _UNDERGOING:
        return False
    return i + 1 < len(pieces) and not pieces[i + 1].role and not _ends(pieces, i + 1, text)


def _joined_verb(pieces: list[Piece], k: int, text: str) -> bool:
    """A verb of two characters or more right before the predicate's verb that is no pivot
    verb (被|要求|撤离: the people are told to leave, and leaving is what they are counted for)."""
    w = _word(text, pieces[k])
    return not pieces[k].role and pieces[k].pos in _VERB_POS and len(w) > 1 and w not in _PIVOTS


def _copula_noun(st: Found, pieces: list[Piece], text: str) -> str:
    """The noun phrase after 是 that ends the clause (其中N户|是|独居老人。, N人|是|党员，): the
    count says how many of a whole are such people, so that noun is what is counted."""
    k = st.pieces[-1] + 1
    if st.unit not in _COPULA_MEASURES or k >= len(pieces) or pieces[k].role:
        return ""
    if _word(text, pieces[k]) != _COPULA:
        return ""
    obj = object_after(pieces, k + 1, text, set(), st.kind)
    if not obj or not text.startswith(obj, pieces[k].end):
        return ""
    end = next((i for i, p in enumerate(pieces) if p.end == pieces[k].end + len(obj)), None)
    return obj if end is not None and _ends(pieces, end + 1, text) else ""


def _after_causative(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether a verb of causing (one ending in 致 or 使: 导致, 迫使, jieba's 已致/d) stands right
    before the figure: what the object before it names is the cause (地震|已致|N人|遇难), the
    people's outcome after the count is what they are counted for."""
    k = st.pieces[0] - 1
    while k >= 0 and pieces[k].role == P.ROLE_PRE:
        k -= 1  # 已致|约|N人
    if k < 0 or pieces[k].role or pieces[k].pos not in _CAUSATIVE_POS:
        return False
    return _word(text, pieces[k]).endswith(_CAUSATIVE_ENDS)


def _place_before(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the object given is a place word ending in a locative right before a people count
    (机上|N人, 车内/s|N人, 工地|上|N名): it says where the people are, not who they are."""
    k = st.pieces[0] - 1
    while k >= 0 and pieces[k].role == P.ROLE_PRE:
        k -= 1  # 机上|约|N人
    if st.unit not in _PEOPLE_MEASURES or k < 0 or pieces[k].role or pieces[k].pos not in _PLACE_POS:
        return False
    w = _word(text, pieces[k])
    return bool(st.obj) and w.endswith(_LOCATIVES) and text[: pieces[k].end].endswith(st.obj)


_STATE_PREDICATE_POS = ("a", "ad", "d", "v")  # 伤势|较/d|重/a, 病情|稳定, 病情|恶化/v


def _state_predicate(st: Found, pieces: list[Piece], text: str) -> str:
    """A state noun right after a people measure with an adjective or verb predicate that ends the clause
    (其中N人|伤势|严重, N名|伤员 aside): the noun is no one counted, the phrase says how the people
    are (伤势严重); else ""."""
    k = st.pieces[-1] + 1
    if st.unit not in _PEOPLE_MEASURES or k >= len(pieces) or pieces[k].role:
        return ""
    if not is_state_noun(_word(text, pieces[k])) or not text.startswith(st.obj, pieces[k].start):
        return ""
    j = k + 1
    while j < len(pieces) and not pieces[j].role and pieces[j].pos in _STATE_PREDICATE_POS:
        j += 1
    if j == k + 1 or not _ends(pieces, j, text) or all(p.pos == "d" for p in pieces[k + 1 : j]):
        return ""
    return text[pieces[k].start : pieces[j - 1].end]


_HOLDERS_OF_PEOPLE = (*lexicons.words("stats_people_heads"), *lexicons.words("stats_group_nouns"), "人口")
_PERSONS = "人"  # N人|的|客机: a measure of persons only, never a noun's own measure (N名|的 is rare)
_DE = "的"


def _holder_after(st: Found, text: str) -> bool:
    """Whether a count in 人 is followed by 的 and the object read after it names no people or
    group of people (载有|N人|的|客机, 能容纳|N人|的|庇护所): the thing that holds them, not them."""
    if st.unit != _PERSONS or not st.obj or not text.startswith(_DE, st.end):
        return False
    return text.startswith(st.obj, st.end + 1) and not st.obj.endswith(_HOLDERS_OF_PEOPLE)


def people_outcome(st: Found, pieces: list[Piece], text: str) -> str:
    """The verb the people of a bare people count did or underwent after adverbs (N人|已被|疏散),
    for a count with no object or only a pivot verb before it; else the object it has. An object
    ending in the list closer 等 is a name's last character jieba glued to it (…加等|N人): the
    people are the names listed, so the count has no noun, and takes their verb or none."""
    if st.kind != "count" or st.unit not in _COPULA_MEASURES or not st.pieces:
        return st.obj
    if st.obj.endswith(_LIST_CLOSERS):
        st.obj = ""  # 某某加等|N人|被|打死: the end of a list of names, no noun of the people
    if st.unit in _PEOPLE_MEASURES and _after_causative(st, pieces, text):
        found = _verb_run_end(pieces, st.pieces[-1] + 1, text)
        if found is not None:
            return text[pieces[found[0]].start : pieces[found[1]].end]  # 地震|已致|N人|遇难
    if _place_before(st, pieces, text):
        found = _verb_run_end(pieces, st.pieces[-1] + 1, text)  # 机上|N人|全部|遇难
        return "" if found is None else text[pieces[found[0]].start : pieces[found[1]].end]
    if _holder_after(st, text):
        return ""  # 载有|N人|的|客机: the plane holds the people, no noun of theirs
    if st.obj and (state := _state_predicate(st, pieces, text)):
        return state  # 其中N人|伤势|严重: how they are, no noun of theirs
    if st.obj and st.obj not in _PIVOTS:
        return st.obj
    if (not st.obj or st.obj.startswith(_COPULA)) and (noun := _copula_noun(st, pieces, text)):
        return noun
    if st.unit not in _PEOPLE_MEASURES:
        return st.obj
    found = _verb_run_end(pieces, st.pieces[-1] + 1, text)
    if found is None:
        return st.obj
    first, last = found
    return text[pieces[first].start : pieces[last].end]
