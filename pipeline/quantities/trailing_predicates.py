"""A predicate jieba tags as a noun, cut off the end of an object read after the measure.

After the counted noun the object readers go on over nouns, and jieba's dictionary lists some
predicates as nouns (运动员村|准备就绪/n, 居民|断水/n): the object then runs into the predicate.
The verbs of that kind that the hand-tagged People's Daily corpus knows are read as verbs
already (stats_verbs_tagged_nouns, word_tags.retag). This reads two shapes the corpus does not
list, by the tags jieba's dictionary gives their halves, wherever they stand right after a noun
of the object and come before no noun:
- four characters, an adverb or verb then a verb (准备|就绪, 充分|发挥, 不断|提高): a noun
  compound has a noun first (资金|积累, 技术|承包);
- two characters, a verb then a noun or measure that is its object (断|水, 免|票, 涨|水), and a
  word jieba's corpus counts rarely (under 50 uses; a common noun of that shape is a role or a
  thing: 投手, 背心, 游客). Only where it ends its clause (a comma, a full stop, 了: a place or a
  locative after it makes it a noun, 戈壁|晒场|上) and the figure is no item of a list after 、
  (河流、|33处|断崖|断路: a list of nouns).
- a verb and the durative particle 着 jieba glued onto it (环绕着/l, 凝视着/n, 扮演着/n): a word of
  three characters or more ending in 着 whose stem jieba's dictionary tags v; 着 marks a
  predicate wherever it stands.
The object is cut before the predicate.

After a share (自来水|100%|入户，, 天然气|95%|通户，) such a verb-object word (a word unknown to
jieba's corpus included) is the whole clause's predicate: the share is of the noun before it.
"""

from __future__ import annotations

from pipeline.jieba_dict import word_freqs, word_tags
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece, piece_span
from pipeline.quantities.subjects import _noun_run_before

_TAGGED_NOUN = ("n", "nz", "j", "l", "vn")  # how jieba tags the predicate in context
_FIRST_HALF = ("v", "d", "ad", "vd")  # 准备/v, 充分/ad, 不断/d
_VERB = "v"
_OBJECT_CHAR = ("n", "q")  # 水/n, 户/q
_RARE = 50  # jieba's corpus count below which a verb-object word is read as a predicate
_ENDS = ("，", ",", "。", "；", ";", "了", "！", "？")
_LIST_MARK = "、"
_DURATIVE = "着"  # 环绕|着: the durative particle, after a verb only


def _phrase(w: str) -> bool:
    """A four-character phrase of an adverb or verb and a verb (准备|就绪)."""
    tags = word_tags()
    return len(w) == 4 and tags.get(w[:2], "") in _FIRST_HALF and tags.get(w[2:], "") == _VERB


def _durative(w: str) -> bool:
    """A verb with the durative particle jieba glued onto it (环绕|着)."""
    return len(w) >= 3 and w.endswith(_DURATIVE) and word_tags().get(w[: -len(_DURATIVE)], "") == _VERB


def _verb_object(w: str) -> bool:
    """A rare two-character word of a verb and its object (断|水)."""
    tags = word_tags()
    return (
        len(w) == 2
        and tags.get(w[0], "") == _VERB
        and tags.get(w[1], "") in _OBJECT_CHAR
        and 0 < word_freqs().get(w, 0) < _RARE
    )


def _after_measure(st: Found, pieces: list[Piece], text: str) -> tuple[int, int] | None:
    """The object's first and last piece where it starts right after the statistic (or its 的)."""
    end = pieces[st.pieces[-1]].end
    at = end + 1 if text.startswith("的", end) else end
    if not st.obj or not text.startswith(st.obj, at):
        return None
    return piece_span(pieces, at, at + len(st.obj))


def _ends_clause(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether pieces[k] ends its clause: a clause mark, 了 or the end after it."""
    return k + 1 >= len(pieces) or _word(text, pieces[k + 1]) in _ENDS


def _before_no_noun(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether nothing nominal follows pieces[k]: a clause mark, 了, the end, or no noun."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    return _ends_clause(pieces, k, text) or (
        nxt is not None and not nxt.role and not nxt.pos.startswith(NOUN_POS)
    )


def _in_list(st: Found, pieces: list[Piece], text: str) -> bool:
    """Whether the figure follows a list mark (河流、|33处)."""
    i = st.pieces[0]
    return i > 0 and _word(text, pieces[i - 1]) == _LIST_MARK


def _predicate(st: Found, pieces: list[Piece], k: int, text: str) -> bool:
    w = _word(text, pieces[k])
    if _durative(w):
        return True
    if _phrase(w):
        return _before_no_noun(pieces, k, text)
    return _verb_object(w) and _ends_clause(pieces, k, text) and not _in_list(st, pieces, text)


def without_trailing_predicate(st: Found, pieces: list[Piece], text: str) -> str:
    """The object cut before a predicate jieba tags as a noun (see the module)."""
    span = _after_measure(st, pieces, text)
    if span is None:
        return st.obj
    a, b = span
    for k in range(a + 1, b + 1):
        p, prev = pieces[k], pieces[k - 1]
        if p.role or p.pos not in _TAGGED_NOUN or prev.role or not prev.pos.startswith(NOUN_POS):
            continue
        if _predicate(st, pieces, k, text):
            return text[pieces[a].start : p.start]
    return st.obj


_SHARE_KINDS = ("percent", "fraction")


def _verb_object_or_unknown(w: str) -> bool:
    """A two-character word of a verb and its object that jieba's corpus counts rarely or not
    at all (入|户, 通|户)."""
    tags = word_tags()
    return (
        len(w) == 2
        and tags.get(w[0], "") == _VERB
        and tags.get(w[1], "") in _OBJECT_CHAR
        and word_freqs().get(w, 0) < _RARE
    )


def share_of_predicate_subject(st: Found, pieces: list[Piece], text: str) -> str:
    """For a share whose object is only a verb-object word right after it that ends the clause
    (自来水|100%|入户，), the noun phrase right before the share; else the object given."""
    if st.kind not in _SHARE_KINDS or not st.pieces or not _verb_object_or_unknown(st.obj):
        return st.obj
    k = st.pieces[-1] + 1
    if k >= len(pieces) or pieces[k].role or _word(text, pieces[k]) != st.obj:
        return st.obj
    if not _ends_clause(pieces, k, text):
        return st.obj
    return _noun_run_before(pieces, st.pieces[0] - 1, text, st.kind) or st.obj
