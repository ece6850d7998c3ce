"""Long texts analysed in windows, so that what one analysis step holds, and how long any
single call in it runs (a regex, the NER network), stay bounded whatever a page's length (a
300k-character paragraph, a book pasted into one file). The rows of the whole document are
still kept until its chunk of pages is written (about 0.5 kB per character of news text): the
byte limit (--max-bytes) is what bounds the memory one file takes.

A text longer than ``Config.window_chars`` is cut into windows of at most that many characters.
Each cut is made in the window's second half, at the strongest boundary found there, the last
one of that strength: a run of two or more blank lines, then a blank line, then a line end,
then a sentence end; only a window with none of them is cut at the bound itself. Each window
is analysed as a document of its own (``part``); ``Windows.add`` then moves its rows to the
whole document: offsets shifted into the whole text, sequence numbers continued, and the ids
built from offsets computed again from the shifted offsets with the stages' formulas (a test
checks that they are the stages' formulas), so a row's id is what the stages would give it at
that place in the whole text. Person-role ids, which hash a mention's offset among other
things, are derived from the window's id and the window's start. Windows never see each
other: context (a place named in an earlier window, a role seen twice) stays inside a window.

Written here because the cut has to follow this pipeline's own notion of paragraphs and
sentences (pipeline.layout); no text-chunking library keeps offsets and ids.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from pipeline.ids import stable_id
from pipeline.records import Document

# boundaries, strongest first; a cut goes right after the match
_BOUNDARIES = (
    re.compile(r"\n(?:[ \t]*\n){2,}"),  # two or more blank lines
    re.compile(r"\n[ \t]*\n"),  # a blank line
    re.compile(r"\n"),  # a line end
    re.compile(r"[。！？!?；;…][”’」』）)\"']*"),  # a sentence end with its closing marks
)


def spans(text: str, size: int) -> list[tuple[int, int]]:
    """(start, end) of each window of ``text``: consecutive, covering it, each at most
    ``size`` characters long (the whole text when it is no longer)."""
    size = max(size, 2)
    found, start, n = [], 0, len(text)
    while n - start > size:
        end = _cut(text, start + size // 2, start + size)
        found.append((start, end))
        start = end
    found.append((start, n))
    return found


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a window that must end in (lo, hi]: after the last of the strongest
    boundaries that end in that range, else at hi."""
    for boundary in _BOUNDARIES:
        last = -1
        for match in boundary.finditer(text, lo, hi):
            last = match.end()
        if last > lo:
            return last
    return hi


def part(document: Document, start: int, end: int) -> Document:
    """The window [start, end) of a document, as a document of its own (same id and dates)."""
    return replace(document, text=document.text[start:end], n_chars=end - start,
                   raw_offsets=document.raw_offsets[start:end])


# table -> (id field, id prefix, the fields hashed after doc_id and the offsets); as the stages
# build them: segment (a, s), entities (m), quantities.rows (q), dates.mentions (t)
_OFFSET_IDS = {
    "articles": ("article_id", "a", ()),
    "sentences": ("sentence_id", "s", ()),
    "mentions": ("mention_id", "m", ("label",)),
    "statistics": ("stat_id", "q", ()),
    "dates": ("date_id", "t", ()),
}
_REFERENCES = ("article_id", "sentence_id")  # ids of rows of the same window


class Windows:
    """The rows of a document's windows, moved into the whole document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.rows: dict[str, list[Any]] = {}

    def add(self, tables: dict[str, list[Any]], offset: int) -> None:
        """One window's tables (as the stages return them for ``part``), starting at ``offset``."""
        moved: dict[str, str] = {}  # the window's ids -> the whole document's
        for name in ("articles", "sentences", *(t for t in tables if t not in ("articles", "sentences"))):
            if name == "documents" or name not in tables:
                continue
            seq = len(self.rows.get(name, [])) if name in ("articles", "sentences") else 0
            out = self.rows.setdefault(name, [])
            out.extend(self._move(name, row, offset, seq, moved) for row in tables[name])

    def _move(self, name: str, row: Any, offset: int, seq: int, moved: dict[str, str]) -> Any:
        changes: dict[str, Any] = {}
        if getattr(row, "start", None) is not None:
            changes.update(start=row.start + offset, end=row.end + offset)
        if seq:
            changes["seq"] = row.seq + seq
        for field in _REFERENCES:
            value = getattr(row, field, None)
            if value is not None and field != _id_field(name):
                changes[field] = moved.get(value, value)
        if name in _OFFSET_IDS:
            field, prefix, extra = _OFFSET_IDS[name]
            new = stable_id(prefix, self.document.doc_id, changes.get("start", row.start),
                            changes.get("end", row.end), *(getattr(row, f) for f in extra))
            moved[getattr(row, field)] = changes[field] = new
        elif name == "person_roles" and offset:
            changes["role_id"] = stable_id("role_", self.document.doc_id, row.role_id, offset)
        return replace(row, **changes) if changes else row

    def tables(self, merge_entities: Callable[[list[Any]], list[Any]]) -> dict[str, list[Any]]:
        """Every table of the whole document; the windows' entity rows merged by id."""
        tables = {"documents": [self.document], **self.rows}
        tables["entities"] = merge_entities(self.rows.get("entities", []))
        return tables


def _id_field(name: str) -> str | None:
    return _OFFSET_IDS[name][0] if name in _OFFSET_IDS else None
