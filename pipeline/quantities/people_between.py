"""A body of people named between two counts belongs to the second (issue 12, round 12).

Local reports of evacuation and relief count places or institutions and then the people of
them, each with its own figure: 转移|N所|学校|师生|M人, 撤离|N个|村|村民|M人. The reader after
the first measure takes the whole noun run (学校师生) and the people count, whose figure has
no noun after it, is left empty. Where the run after a count ends in a noun naming people
(stats_people_heads endings: 师生, 村民, 群众, 员工), right before a count of people (人, 名, 位)
with no object of its own, and a noun comes before that people noun in the run, the people
noun is what the second figure counts and the run before it what the first counts.
"""

from __future__ import annotations

from itertools import pairwise

from pipeline import lexicons
from pipeline.quantities.object_words import NOUN_POS, _word
from pipeline.quantities.pieces import Found, Piece
from pipeline.quantities.trailing_predicates import _after_measure

_PEOPLE_ENDINGS = tuple(lexicons.words("stats_people_heads"))  # 民, 众, 生, 员, 工
_PERSON_UNITS = ("人", "名", "位")
_KINDS = ("count",)


def _people_noun(p: Piece, text: str) -> bool:
    if p.role or not p.pos.startswith(NOUN_POS) or p.pos == "vn":
        return False
    return _word(text, p).endswith(_PEOPLE_ENDINGS)


def _split(first: Found, second: Found, pieces: list[Piece], text: str) -> tuple[str, str] | None:
    """The two objects where `first`'s run ends in a people noun right before `second`."""
    if first.kind not in _KINDS or second.kind not in _KINDS or second.obj or not second.pieces:
        return None
    if (second.unit_written or second.unit) not in _PERSON_UNITS:
        return None
    span = _after_measure(first, pieces, text)
    if span is None:
        return None
    a, b = span
    if b <= a or b + 1 != second.pieces[0] or not _people_noun(pieces[b], text):
        return None
    before = pieces[b - 1]
    if before.role or not before.pos.startswith(NOUN_POS) or _people_noun(before, text):
        return None  # 志愿者|工作人员: one people noun, or no noun before it
    return text[pieces[a].start : before.end], _word(text, pieces[b])


def people_between_counts(stats: list[Found], pieces: list[Piece], text: str) -> None:
    """Give the people noun between two counts to the second (see the module); in place."""
    for first, second in pairwise(stats):
        split = _split(first, second, pieces, text)
        if split is not None:
            first.obj, second.obj = split
