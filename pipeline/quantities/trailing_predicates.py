"""A predicate jieba tags as a noun, cut off the end of an object read after the measure.

After the counted noun the object readers go on over nouns, and jieba's dictionary lists some
predicates as nouns (亚运分村|准备就绪/n, 水库|断水/n): the object then runs into the predicate.
The verbs of that kind that the hand-tagged People's Daily corpus knows are read as verbs
already (stats_verbs_tagged_nouns, word_tags.retag). This reads two shapes the corpus does not
list, by the tags jieba's dictionary gives their halves, wherever they stand right after a noun
of the object and end its clause (a comma, a full stop, 了) or come before no noun:
- four characters, an adverb or verb then a verb (准备|就绪, 充分|发挥, 不断|提高): a noun
  compound has a noun first (资金|积累, 技术|承包);
- two characters, a verb then a noun or measure that is its object (断|水, 免|票, 涨|水), and a
  word jieba's corpus counts rarely (under 50 uses; a common noun of that shape is a role or a
  thing: 投手, 背心, 游客).
The object is cut before the predicate.
"""

from __future__ import annotations

from pipeline.jieba_dict import word_freqs, word_tags
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece

_TAGGED_NOUN = ("n", "nz", "j", "l", "vn")  # how jieba tags the predicate in context
_FIRST_HALF = ("v", "d", "ad", "vd")  # 准备/v, 充分/ad, 不断/d
_VERB = "v"
_OBJECT_CHAR = ("n", "q")  # 水/n, 户/q
_RARE = 50  # jieba's corpus count below which a verb-object word is read as a predicate
_ENDS = ("，", ",", "。", "；", ";", "了", "！", "？")


def _predicate(w: str) -> bool:
    tags = word_tags()
    if len(w) == 4:  # a four-character phrase of two words
        return tags.get(w[:2], "") in _FIRST_HALF and tags.get(w[2:], "") == _VERB
    if len(w) == 2:
        return (
            tags.get(w[0], "") == _VERB
            and tags.get(w[1], "") in _OBJECT_CHAR
            and 0 < word_freqs().get(w, 0) < _RARE
        )
    return False


def _after_measure(st: Found, pieces: list[Piece], text: str) -> tuple[int, int] | None:
    """The object's first and last piece where it starts right after the statistic (or its 的)."""
    end = pieces[st.pieces[-1]].end
    at = end + 1 if text.startswith("的", end) else end
    if not st.obj or not text.startswith(st.obj, at):
        return None
    a = next((k for k, p in enumerate(pieces) if p.start == at), None)
    b = next((k for k, p in enumerate(pieces) if p.end == at + len(st.obj)), None)
    return None if a is None or b is None else (a, b)


def _ends_clause(pieces: list[Piece], k: int, text: str) -> bool:
    """Whether nothing nominal follows pieces[k]: a clause mark, 了, the end, or no noun."""
    nxt = pieces[k + 1] if k + 1 < len(pieces) else None
    if nxt is None:
        return True
    return _word(text, nxt) in _ENDS or (not nxt.role and not nxt.pos.startswith(NOUN_POS))


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
        if _predicate(_word(text, p)) and _ends_clause(pieces, k, text):
            return text[pieces[a].start : p.start]
    return st.obj
