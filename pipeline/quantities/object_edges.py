"""Edges of a counted noun phrase (issue 12, rounds 7-8): word classes that move where the object
read back from a number starts or ends. Joining steps on the pieces, for objects only: a compound
head jieba cut off its noun (热力|站), a two-character adjective or metric noun jieba cut in two
(老|旧, 占|比达), a rank prefix that counts nothing (一、二类), an adverb tag inside a name before a
quote (专精|特新/d|“…”). Steps on a finished object: the whole of a share frame left out of its
share (占|全省工业|比重), a noun phrase after a verb of making run on to the clause end, the end of
a date jieba glued onto it cut off (1—3|月销量). Used by `objects` and `rows`; the word classes are
data (stats_conjunctions, stats_compound_heads, stats_share_words, stats_creation_verbs in
`pipeline/lexicons/`)."""

from __future__ import annotations

from dataclasses import replace

from pipeline import lexicons
from pipeline.jieba_dict import word_freqs
from pipeline.nlp import number_patterns as P
from pipeline.nlp.components import resources as res
from pipeline.quantities.designations import HOLIDAYS_LONGEST_FIRST
from pipeline.quantities.object_words import _CONJ, _METRIC, _METRIC_ENDINGS, _PERIODS, _word, ends_in_head
from pipeline.quantities.pieces import Found, Piece, join_runs, split_pieces
from pipeline.quantities.word_tags import _joined

PLACE_POS = ("s", "ns", "nr", "nrt", "nt")  # a place word or a name: the subject before a verb
_LIST_POS = ("n", "nz", "ng", "j")  # plain nouns a conjunction joins into one counted list


def joins_nouns(pieces: list[Piece], i: int, end: int, text: str) -> bool:
    """A conjunction (和, 、) between two plain nouns inside the run read back from the number
    at pieces[end]: the figure counts the whole list (消防员和志愿者|3000余人)."""
    before = pieces[i - 1] if i > 0 else None
    return (
        i < end
        and _word(text, pieces[i]) in _CONJ
        and not pieces[i + 1].role
        and pieces[i + 1].pos in _LIST_POS
        and before is not None
        and not before.role
        and before.pos in _LIST_POS
    )


def opens_predicate(pieces: list[Piece], k: int) -> bool:
    """Whether pieces[k] is a verb that opens the clause's predicate: after an adverb, a mark,
    a pronoun or the sentence start, not after a noun or a time word (its subject or its
    time). The verb between it and a compound head is then inside the compound (已|创造|就业|
    岗位, 紧急|转移|避险|人员), where after a noun two verbs may both be the predicate
    (公司|投入|抢修…, 今年|统筹|整合…)."""
    if k < 0 or pieces[k].role or pieces[k].pos != "v":
        return False
    before = pieces[k - 1] if k > 0 else None
    return before is None or (not before.role and before.pos in ("d", "x", "r", "c", "p"))


_ADVERB_POS = ("d",)  # 共, 已, 已经: an adverb modifies a predicate, never a noun


def after_adverb(pieces: list[Piece], k: int) -> bool:
    """Whether pieces[k] follows an adverb right before it (共|实现|营收, 已|落户|项目): an adverb
    modifies the predicate, so the word after it is the clause's verb, not the first word of
    the counted noun phrase (小麦|种植|面积 after a noun is one). Not a one-character verb: after a
    status adverb it is a bound status word of the metric (小麦|已|收|面积: bound_prefixes)."""
    before = pieces[k - 1] if k > 0 else None
    one_char = pieces[k].end - pieces[k].start == 1
    return before is not None and not before.role and before.pos in _ADVERB_POS and not one_char


_ONE_CHAR_HEADS = frozenset(h for h in lexicons.words("stats_compound_heads") if len(h) == 1)  # 站, 点
_NOUN_BEFORE_HEAD = ("n", "nz", "ng", "j")
_AFTER_HEAD = ("x", "d", "c", "uj", "f")  # what may follow a noun's head: a mark, an adverb, 和, 的


def join_cut_heads(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a one-character compound head (stats_compound_heads: 站, 点) that jieba
    cut off a noun and tagged v joined to that noun (热力|站/v -> 热力站/n, 水泵|站/v), where a
    mark, an adverb, a conjunction, 的 or a number follows it (not a verb's complement: 群众|站|在);
    tagged m it is joined wherever it stands but before a number, where objects._head_start reads
    it (监测站|点/m|构建…, 风险|点/m; 隐患|点/m|30多处);
    the statistics' piece indices are moved to the new list."""

    def cut_head(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        after_ok = nxt is None or bool(nxt.role) or (nxt.pos in _AFTER_HEAD and nxt.start == p.end)
        if (
            not p.role
            and not prev.role
            and ((p.pos == "v" and after_ok) or (p.pos == "m" and not (nxt and nxt.role)))  # 风险|点/m
            and prev.pos in _NOUN_BEFORE_HEAD
            and prev.end == p.start
            and _word(text, p) in _ONE_CHAR_HEADS
        ):
            return "n"
        return ""

    return _joined(pieces, stats, cut_head)


def _one_char_pair(prev: Piece, p: Piece, nxt: Piece | None) -> bool:
    """Whether prev and p are two one-character words side by side, no figure's part, with a word
    right after them that is none either: the shape of a word jieba may have cut in two, which
    join_cut_adjectives, join_cut_nouns and join_cut_locatives each test for their tags."""
    return (
        not p.role
        and not prev.role
        and prev.end - prev.start == 1
        and p.end - p.start == 1
        and prev.end == p.start
        and nxt is not None
        and not nxt.role
        and nxt.start == p.end
    )


def join_cut_adjectives(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with two one-character adjectives in a row before a noun joined into one
    adjective: a two-character adjective jieba cut in two (老|旧|小区 -> 老旧/a|小区), which the
    readers of a noun phrase would otherwise take one character of (旧小区); likewise a
    one-character adjective and a one-character measure word with no numeral before them (制造业|
    大|类|行业 -> 大类/n): a measure word counts only after a numeral, so the two are a noun of
    the compound (a category), which the readers would otherwise stop at; the statistics'
    piece indices are moved to the new list."""

    def cut_adjective(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        if (
            _one_char_pair(prev, p, nxt)
            and prev.pos == "a"
            and p.pos in ("a", "q")
            and nxt is not None
            and nxt.pos.startswith("n")
        ):
            return "a" if p.pos == "a" else "n"
        return ""

    return _joined(pieces, stats, cut_adjective)


def _code_name(prev: Piece, p: Piece, nxt: Piece | None, text: str) -> str:
    """nz where prev is a run of Arabic digits and p the Latin letters glued to it (5|G, 4|K), with
    a noun right after them: one name of a generation or a standard (5G基站), no count."""
    digits, letters = _word(text, prev), _word(text, p)
    return (
        "nz"
        if (
            not p.role
            and not prev.role
            and prev.pos == "m"
            and p.pos == "eng"
            and prev.end == p.start
            and digits.isascii()
            and digits.isdigit()
            and letters.isascii()
            and letters.isalpha()
            and nxt is not None
            and not nxt.role
            and nxt.start == p.end
            and nxt.pos.startswith("n")
        )
        else ""
    )


_HYPHEN = "-"
_MODEL_HEAD_CHARS = 2  # Chinese characters before a model's hyphen (歼-10, 米格-29)


def _model_code(prev: Piece, p: Piece, nxt: Piece | None, text: str) -> str:
    """nz where a model designation is joined piece by piece, with a noun right after it: Latin
    letters or one or two Chinese characters and a hyphen (F|-, 歼|-, 米格|-), then the Arabic
    digits after that (F-|35|战机): one name of a model (F-35战机, 歼-10表演机), no count."""
    if prev.role or p.role or nxt is None or nxt.role or prev.end != p.start or p.end != nxt.start:
        return ""
    head, w, after = _word(text, prev), _word(text, p), _word(text, nxt)
    if w == _HYPHEN:
        letters = head.isascii() and head.isalpha()
        short = len(head) <= _MODEL_HEAD_CHARS and not any(c.isascii() for c in head)
        return "nz" if (letters or short) and after.isascii() and after.isdigit() else ""
    coded = head.endswith(_HYPHEN) and len(head) > 1 and prev.pos == "nz"
    # the digits after a joined head and its hyphen are the model's number whatever follows
    # (运-|20|与…, 歼-|10|飞抵: a conjunction or the predicate; S-200|防空/vn|导弹)
    return "nz" if coded and w.isascii() and w.isdigit() else ""


_RANKING = "强"  # 世界500强: the top N of a ranking


def _ranking_name(prev: Piece, p: Piece, nxt: Piece | None, text: str) -> str:
    """nz where a ranking's name is joined piece by piece: a noun and the Arabic digits glued to
    it before 强 (世界|500|强), then 强 (世界500|强|企业): one name of a ranking list
    (世界500强企业, 进入全国500强), whose number counts nothing."""
    if prev.role or p.role or nxt is None or nxt.role or prev.end != p.start or p.end != nxt.start:
        return ""
    head, w, after = _word(text, prev), _word(text, p), _word(text, nxt)
    if w.isascii() and w.isdigit() and after == _RANKING and prev.pos in ("n", "ns", "nt", "nz"):
        return "nz" if not head.isascii() else ""
    ranked = prev.pos == "nz" and head[-1:].isdigit() and not head[:1].isascii()
    return "nz" if ranked and w == _RANKING else ""


def join_code_names(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with Arabic digits and the Latin letters glued to them before a noun joined
    into one name (5/m|G/eng|基站 -> 5G/nz|基站), so that the noun phrase after a measure is
    read through it (N个|5G基站), not cut at the digits and read back from the number over the
    clause's verb instead; a model designation likewise (F|-|35|战机 -> F-35/nz|战机), and a
    ranking's name (世界|500|强|企业 -> 世界500强/nz|企业); the
    statistics' piece indices are moved to the new list."""
    joined = _joined(
        pieces,
        stats,
        lambda prev, p, nxt: (
            _code_name(prev, p, nxt, text)
            or _model_code(prev, p, nxt, text)
            or _ranking_name(prev, p, nxt, text)
        ),
    )
    return _code_modifiers_as_nouns(joined, text)


def _code_modifiers_as_nouns(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with a verbal noun right between a joined code name and a noun retagged n
    (S-300/nz|防空/vn|导弹 -> 防空/n): after a model's name a verbal noun before a noun names the
    model's kind, no predicate, so the noun phrase runs through it."""
    out = list(pieces)
    for k in range(1, len(pieces) - 1):
        p, prev, nxt = pieces[k], pieces[k - 1], pieces[k + 1]
        if p.role or prev.role or nxt.role or p.pos != "vn" or prev.pos != "nz":
            continue
        code = _word(text, prev)
        if (
            prev.end == p.start
            and p.end == nxt.start
            and nxt.pos == "n"
            and code.isascii()
            and any(c.isdigit() for c in code)
        ):
            out[k] = replace(p, pos="n")
    return out


_CUT_NOUN_POS = ("n", "ng")
_CUT_VERB_POS = ("v", "vn")
_NOUN_AFTER_CUT = ("n", "nz", "vn")


def _cut_pair(prev: Piece, p: Piece, nxt: Piece | None, ends: set[int], second_pos: tuple[str, ...]) -> bool:
    """Whether prev and p are two one-character words side by side right after a statistic's
    measure (prev starts where a statistic ends), prev a noun and p of `second_pos`, with a noun
    or verbal noun right after them: a word jieba may have cut in two (join_cut_nouns,
    join_cut_locatives)."""
    return (
        _one_char_pair(prev, p, nxt)
        and prev.start in ends
        and prev.pos in _CUT_NOUN_POS
        and p.pos in second_pos
        and nxt is not None
        and nxt.pos in _NOUN_AFTER_CUT
    )


_CUT_PREPOSITION_POS = ("p",)


def _cut_preposition(prev: Piece, p: Piece, nxt: Piece, ends: set[int], text: str) -> bool:
    """Whether prev is a one-character preposition and p a one-character verb right after a
    measure, before a noun, that begin a word of jieba's dictionary together (N项|自/p|贸/vn|
    试验区 -> 自贸, a prefix of 自贸区): jieba cut an abbreviation in two and read its first
    character as a preposition, which ends the noun phrase for every reader after the measure."""
    return (
        _one_char_pair(prev, p, nxt)
        and prev.start in ends
        and prev.pos in _CUT_PREPOSITION_POS
        and p.pos in _CUT_VERB_POS
        and nxt.pos in _NOUN_AFTER_CUT
        and text[prev.start : p.end] in word_freqs()
    )


_DE = "的"
_LOCATED_AT = "在"
_PLACE_ABBREVIATION_POS = ("ns", "j")  # 华/ns, 京/j: a place written with one character


def _located_modifier(prev: Piece, p: Piece, nxt: Piece, starts: set[int], text: str) -> bool:
    """Whether prev is 在 and p a one-character place right after a measure (or its 的), before
    a noun (N%的|在|华|日资企业): 在华 names where the things counted are, a modifier inside
    their noun phrase, not a preposition opening the predicate after it."""
    return (
        _one_char_pair(prev, p, nxt)
        and prev.start in starts
        and _word(text, prev) == _LOCATED_AT
        and p.pos in _PLACE_ABBREVIATION_POS
        and nxt.pos in _NOUN_AFTER_CUT
    )


def join_cut_nouns(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a one-character noun and a one-character verb right after a statistic's
    measure joined into one abbreviation (j), where a noun or verbal noun of two characters or
    more follows (or a one-character preposition and verb that begin a dictionary word, see
    `_cut_preposition`; 在 and a one-character place join as a modifier, `_located_modifier`):
    a two-character word jieba cut in two (N首|文|旅/vn|推介歌曲 -> 文旅/j), which
    the reader of the noun after the measure would otherwise stop inside, keeping one
    character; as an abbreviation it reads on into the compound it opens. The statistics'
    piece indices are moved to the new list."""
    ends = {st.end for st in stats}
    after_de = {st.end + 1 for st in stats if text[st.end : st.end + 1] == _DE}

    def cut_noun(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        if nxt is None or nxt.end - nxt.start < 2:
            return ""
        if _cut_pair(prev, p, nxt, ends, _CUT_VERB_POS) or _cut_preposition(prev, p, nxt, ends, text):
            return "j"  # an abbreviation (文旅 of 文化旅游): inside a compound before its head
        if _located_modifier(prev, p, nxt, ends | after_de, text):
            return "b"  # 在华: a modifier of where the things are, inside the noun phrase
        return ""

    return _joined(pieces, stats, cut_noun)


_LOCATIVE_POS = ("f",)


def join_cut_locatives(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a one-character noun and a one-character locative right after a
    statistic's measure joined into one noun where jieba's dictionary knows the two as one word
    and a noun or verbal noun follows (N项|冰|上/f|体验项目 -> 冰上/n: a place modifier of the
    kind 水上, 冰上), which the reader of the noun after the measure would otherwise stop at,
    keeping one character; the statistics' piece indices are moved to the new list."""
    ends = {st.end for st in stats}
    known = res.jieba_dict()

    def cut_locative(prev: Piece, p: Piece, nxt: Piece | None) -> str:
        if _cut_pair(prev, p, nxt, ends, _LOCATIVE_POS) and text[prev.start : p.end] in known:
            return "n"
        return ""

    return _joined(pieces, stats, cut_locative)


_FUNCTION_TAGS = ("d", "p", "c")  # an adverb, a preposition or a conjunction: a clause's word
_GUESSED_NOUN_TAGS = ("n", "j")  # a noun, or an abbreviation (重点|村共/j|接待): jieba's guesses


def split_function_tails(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a two-character word jieba made up (no word of its dictionary), right
    after a noun or a measure, whose second character is an adverb, a preposition or a
    conjunction in the dictionary, split in two (掘进|机将/n|在 -> 机/n|将/d, 重点|村共/j|接待 ->
    村/n|共/d): jieba's guesser
    joined the end of the noun to the first word of the predicate, and the reader of the noun
    would take that word into the object; the statistics' piece indices are moved."""
    known = res.jieba_dict()

    def parts(k: int, p: Piece) -> tuple[Piece, ...] | None:
        word = text[p.start : p.end]
        before = pieces[k - 1] if k > 0 else None
        tail_tag = known.get(word[-1:], "")
        if (
            not p.role
            and len(word) == 2
            and p.pos.startswith(_GUESSED_NOUN_TAGS)
            and word not in known
            and word not in _PERIODS  # 亩均/j, 人均: a per-unit word, whole
            and tail_tag in _FUNCTION_TAGS
            and before is not None
            and (before.role == P.ROLE_UNIT or (not before.role and before.pos.startswith("n")))
            and before.end == p.start
        ):
            return replace(p, end=p.end - 1, pos="n"), replace(p, start=p.end - 1, pos=tail_tag)
        return None

    return split_pieces(pieces, stats, parts)


_GLUED_VERBS = ("有", "是")  # the existential and the copula jieba's guesser glues onto a word


def split_glued_verbs(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a word of three characters or more that jieba made up (no word of its
    dictionary) opening with 有 or 是, split after that verb (全县|有规上/l|工业企业 -> 有/v|
    规上/n): jieba's guesser joined the predicate to an abbreviation it does not know, and the
    reader of a count's noun phrase would take the verb into the object. Before a figure only
    (the words between the piece and the next statistic are nouns or none)."""
    known = res.jieba_dict()
    starts = sorted({st.pieces[0] for st in stats if st.pieces})

    def parts(k: int, p: Piece) -> tuple[Piece, ...] | None:
        word = text[p.start : p.end]
        nxt = next((i for i in starts if i > k), None)
        if (
            not p.role
            and len(word) >= 3
            and word[:1] in _GLUED_VERBS
            and word not in known
            and word[1:] not in known
            and nxt is not None
            and all(not q.role and q.pos.startswith("n") for q in pieces[k + 1 : nxt])
        ):
            return replace(p, end=p.start + 1, pos="v"), replace(p, start=p.start + 1, pos="n")
        return None

    return split_pieces(pieces, stats, parts)


_MOST = 12  # characters the whole between a share verb and its share noun may run to
_WHOLE_POS = ("n", "f", "s", "j", "b", "a")  # words that name the whole after a share verb
_CLAUSE_ENDS = "，,。；;：:！？!?"
_SHARE_ROWS = lexicons.rows("stats_share_words")
_SHARE_VERBS = tuple(sorted((w for w, role in _SHARE_ROWS if role == "verb"), key=len, reverse=True))
_SHARE_NOUNS = tuple(w for w, role in _SHARE_ROWS if role == "noun")


def _names_whole(p: Piece) -> bool:
    return not p.role and p.pos.startswith(_WHOLE_POS)


def share_noun_only(st: Found, pieces: list[Piece], text: str) -> str:
    """The object without the whole of a share frame: an object ending in a share noun, read
    after a share verb and the words that name the whole (占|全省|工业比重|约六成, 占|全部|
    电源装机比重|达到N%), is the share noun alone (比重), as where the whole is a scope word
    (占全国比重) or has its own 的 (占…总值的比重)."""
    obj = st.obj
    noun = next((n for n in _SHARE_NOUNS if obj.endswith(n) and len(obj) > len(n)), None)
    if noun is None:
        return obj
    at = text.rfind(obj, 0, st.start)
    if at < 0 or any(c in _CLAUSE_ENDS for c in text[at + len(obj) : st.start]):
        return obj  # the object is not the subject of this number's clause
    k = next((k for k, p in enumerate(pieces) if p.start == at), None)
    if k is None:
        return obj
    k -= 1
    while k >= 0 and _names_whole(pieces[k]) and at - pieces[k].start < _MOST:
        k -= 1  # the words of the whole: nouns, places, locatives (规模|以上), a few characters
    return noun if k >= 0 and not pieces[k].role and _word(text, pieces[k]) in _SHARE_VERBS else obj


_TWO_CHAR_METRICS = frozenset(m for m in _METRIC if len(m) == 2)  # 占比, 增速
_REACHING = ("达", "为", "到")  # one-character verbs jieba glues onto a metric's second half (比达)
_THAN = "比"  # 增长|面比|一季度: the comparison jieba glues onto a metric's last character


_GLUED_TAGS = ("v", "d", "a", "p")  # 额|超, 量|达, 额|约, 量|近: the predicate's first word


def _cut_metric_ending(a: Piece, w: str, text: str) -> bool:
    """Whether a verb of two characters or more and a metric ending opening the next word make
    one metric noun (签约|额超 -> 签约额|超): the next word is one jieba made up (none of its
    dictionary) of the ending and a one-character verb, adverb, adjective or preposition (超,
    达, 约, 近). Left cut, the glued word is read as the object, its tail dropped as a marker, and
    the verb as a predicate before it. (An ending jieba leaves alone, 累计|调用|量, is read by
    `metric_verbs`.)"""
    if a.pos not in ("v", "vn") or a.end - a.start < 2 or w[:1] not in _METRIC_ENDINGS:
        return False
    known = res.jieba_dict()
    return len(w) == 2 and w not in known and known.get(w[1:], "") in _GLUED_TAGS


def _cut_metric(a: Piece, b: Piece, text: str) -> bool:
    """Whether jieba cut a two-character metric noun between a and b (占/v|比/p, 占/v|比达/n):
    a's word and the first character of b's make the metric, the rest of b is a verb of
    reaching or nothing; or a's word of two characters or more and b's first make a longer metric
    noun (stats_metric_nouns), the rest of b a verb of reaching, 比 or nothing (增长|面达, 增长|面)."""
    if a.role or b.role or a.end != b.start:
        return False
    w = _word(text, b)
    if _cut_metric_ending(a, w, text):
        return True
    if a.end - a.start > 1:  # 增长|面达: a longer metric, its last character glued to a verb or 比
        return _word(text, a) + w[:1] in _METRIC and (len(w) == 1 or w[1:] in (*_REACHING, _THAN))
    return _word(text, a) + w[:1] in _TWO_CHAR_METRICS and (len(w) == 1 or w[1:] in _REACHING)


def join_cut_metrics(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a two-character metric noun jieba cut in two put back together (占|比|87%
    -> 占比/n|87%; 占|比达|87% -> 占比/n|达/v|87%), so that the noun phrase before it is read as
    the metric's subject (一二类苗占比) where the cut left the figure with no object or with the
    bare half; the statistics' piece indices are moved to the new list."""
    out: list[Piece] = []
    moved: dict[int, int] = {}
    k = 0
    while k < len(pieces):
        if k + 1 < len(pieces) and _cut_metric(pieces[k], pieces[k + 1], text):
            a, b = pieces[k], pieces[k + 1]
            out.append(replace(a, end=b.start + 1, pos="n"))
            moved[k] = len(out) - 1
            if b.end > b.start + 1:
                rest = text[b.start + 1 : b.end]
                out.append(replace(b, start=b.start + 1, pos="p" if rest == _THAN else "v"))
            moved[k + 1] = len(out) - 1
            k += 2
            continue
        moved[k] = len(out)
        out.append(pieces[k])
        k += 1
    if len(out) != len(pieces) or moved != {k: k for k in range(len(pieces))}:
        for st in stats:
            st.pieces = [moved[m] for m in st.pieces]
    return out


_RANK_WORDS = ("类", "级", "档")  # 一二类苗, 一、二级公路: a numeral and one of these name a rank
_RANK_NUMERALS = frozenset("一二三四五六七八九十两")
_RANK_RUN = 4  # pieces of a rank prefix: 一|、|二|类


def _rank_end(pieces: list[Piece], k: int, text: str) -> int | None:
    """The index after a rank prefix starting at pieces[k] (一|、|二类, 一|二类, 三|类) that a noun
    follows; else None."""
    j = k
    while j < len(pieces) and j - k < _RANK_RUN and not pieces[j].role:
        w = _word(text, pieces[j])
        if w == "、" and j > k:
            j += 1
            continue
        body = w[:-1] if w.endswith(_RANK_WORDS) else w
        if not body and j > k:
            return _noun_after(pieces, j + 1)  # 三|类|苗
        if not body or any(c not in _RANK_NUMERALS for c in body) or pieces[j].pos not in ("m", "q", "mq"):
            return None
        if body != w:
            return _noun_after(pieces, j + 1)  # 一|二类|苗
        j += 1
    return None


def _noun_after(pieces: list[Piece], j: int) -> int | None:
    return j if j < len(pieces) and not pieces[j].role and pieces[j].pos.startswith("n") else None


def join_rank_prefixes(pieces: list[Piece], stats: list[Found], text: str) -> list[Piece]:
    """The pieces with a rank prefix that is no statistic (一|、|二类|苗, 一|二类|壮苗) joined into
    one distinguishing word (tag b) before its noun, so that the noun phrase read back from a
    figure runs through it (一二类苗占比, not 苗占比); the statistics' piece indices are moved to
    the new list. The prefix names a class of the noun, it counts nothing."""
    runs = {k: end - 1 for k in range(len(pieces))
            if (k == 0 or not pieces[k - 1].role) and (end := _rank_end(pieces, k, text)) is not None}
    return join_runs(pieces, stats, runs)


_CREATION_VERBS = frozenset(lexicons.words("stats_creation_verbs"))  # 建成, 打造
_RUN_POS = ("n", "nz", "ng", "vn", "v", "b", "j")  # words of a compound noun phrase run
_RUN_MOST = 4  # words a compound's head may lie past the object read after the measure
_RUN_ENDS = ("，", "。", "；", "、", "！", "？")


def _open_end(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether the run stops at the end of a line that has no closing mark (a headline: 将建设|
    N家|X|临床|治愈|门诊⏎): the line's end closes the clause as 。 does."""
    return k >= len(pieces) and text[pieces[-1].end : pieces[-1].end + 1] in ("", "\n")


def object_to_clause_end(st: Found, pieces: list[Piece], text: str) -> str:
    """The object read after the measure, run on to its compound's head at the clause end where
    a verb of making (stats_creation_verbs) before the number makes the figure what is made
    (建成|110个|社区|阅读|空间。, 累计建设|N个|村级|寄递|物流|综合|服务站。): the clause has its
    predicate and what is made does nothing else in it, so verbs after the measure are inside
    the counted noun phrase (60个行政村|加工…, 组织|N名|农技员|开展…: left as they were)."""
    obj, first, u = st.obj, st.pieces[0], st.pieces[-1]
    verb = pieces[first - 1] if first > 0 else None
    if not obj or verb is None or verb.role or _word(text, verb) not in _CREATION_VERBS:
        return obj
    if ends_in_head(obj):
        return obj  # 设立|N万元|产业发展基金|帮助…: after a complete compound a verb is the predicate
    end = u + 1  # the object's last piece: it must start right after the measure
    while end < len(pieces) and not pieces[end].role and pieces[end].end < pieces[u].end + len(obj):
        end += 1
    if end >= len(pieces) or text[pieces[u].end : pieces[end].end] != obj:
        return obj
    k = end + 1
    while k < len(pieces) and k - end <= _RUN_MOST and not pieces[k].role and pieces[k].pos in _RUN_POS:
        k += 1
    if k == end + 1 or not (_open_end(pieces, k, text) or _word(text, pieces[k]) in _RUN_ENDS):
        return obj
    run = pieces[end + 1 : k]
    if not run[-1].pos.startswith(("n", "j")) or not any(p.pos in ("v", "vn") for p in run):
        return obj
    return text[pieces[u].end : pieces[k - 1].end]


_MONTH_TAIL = "份"  # 1月|份: the rest of a month word jieba glued onto the noun after it


def without_date_head(st: Found, text: str, dates: list[tuple[int, int]]) -> str:
    """The object without the end of a date jieba glued onto its first word (1—3|月销量 ->
    销量, 1|月份全国蔬菜产量 -> 全国蔬菜产量): where a date mention covers the object's first
    characters, the object starts after it (and after 份 of 月份); a date alone is no object."""
    obj = st.obj
    if not obj:
        return obj
    at = text.rfind(obj, 0, st.start)
    if at < 0:
        at = text.find(obj, st.end)
    end = max((b for a, b in dates if a <= at < b), default=-1)
    if end < 0:
        return obj
    end = _season_name_start(text, end)
    if end <= at:
        return obj
    rest = obj[end - at :]
    return rest[len(_MONTH_TAIL) :] if rest.startswith(_MONTH_TAIL) else rest


_SEASON_WORDS = tuple(lexicons.words("stats_holiday_seasons"))


def _season_name_start(text: str, end: int) -> int:
    """Where the object starts after a date ending at text[end]: at the holiday name that ends
    the date where a season word follows it (2025年国庆|档 -> 国庆档, the window is the
    metric's modifier), else right after the date."""
    if not text.startswith(_SEASON_WORDS, end):
        return end
    name = next((h for h in HOLIDAYS_LONGEST_FIRST if text.endswith(h, 0, end)), "")
    return end - len(name)


_OPEN_QUOTES = ("“", "《", "‘")


def nouns_for_inner_adverbs(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces with a two-character word jieba tags as an adverb, right between a noun and an
    opening quote, retagged n (专精|特新/d|“小巨人”企业): an adverb modifies no quoted name, so
    there it is a noun word jieba could not place, and the noun phrase runs through it (before
    a plain noun the adverb may open the predicate: 葡萄|陆续|上市/n, unless jieba's guesser made
    the word up, no adverb of its dictionary: 专精|特新/d|企业)."""
    out = list(pieces)
    for k in range(1, len(pieces) - 1):
        p, prev, nxt = pieces[k], pieces[k - 1], pieces[k + 1]
        if p.role or prev.role or nxt.role or p.pos != "d" or p.end - p.start != 2:
            continue
        if prev.end != p.start or p.end != nxt.start or not prev.pos.startswith("n"):
            continue
        if _word(text, nxt)[:1] in _OPEN_QUOTES or (_made_up(p, text) and nxt.pos.startswith("n")):
            out[k] = replace(p, pos="n")
    return out


_CLAUSE_OPENER_TAGS = ("p", "c")  # 能耗|比同/d|吨位: a preposition opens the made-up word


def _made_up(p: Piece, text: str) -> bool:
    """A word jieba's guesser made up (no word of its dictionary: 特新/d), not opening with a
    preposition or a conjunction (比同/d: 比 + 同, a comparison): no adverb it knows."""
    known, w = res.jieba_dict(), _word(text, p)
    return w not in known and known.get(w[:1], "") not in _CLAUSE_OPENER_TAGS
