"""Affiliations without a title before the name ([ORG 市统计局]的张鹏, [ORG 市统计局]张鹏) and
appositive titles after it (张春凤（社区党支部书记）, 张春凤，社区党支部书记，...)."""

from __future__ import annotations

import re

from pipeline.records import Mention
from pipeline.roles.copulas import DE, TITLE_RUN, org_then_pos
from pipeline.roles.facts import Facts, Kind
from pipeline.roles.titles import all_title_words, role_head
from pipeline.roles.view import DocumentView

_APPOSITIVE = re.compile(r"^[（(，,]")
_OPEN_BRACKETS = "（("
_CLOSE_BRACKETS = "）)"
_CLAUSE_ENDS = "，,。；;"
MAX_APPOSITIVE = 10


def affiliation_before(view: DocumentView, m: Mention, lo: int) -> Facts | None:
    """The ORG right before the name, or before 的 and the name."""
    before = view.mention_before(m.start, lo)
    if before is None:
        org = view.mention_before(m.start - 1, lo)
        if org is None or view.text[m.start - 1] != DE or org.label != "ORG":
            return None
        before = org
    elif before.label != "ORG":
        return None
    return Facts(Kind.AFFILIATION, org=before, start=before.start)


def appositive_title(view: DocumentView, m: Mention, hi: int) -> Facts | None:
    """A title in brackets or between commas after the name, only when every word of it can be
    part of a title (not 张春凤，带领志愿者...)."""
    text = view.text
    app = _APPOSITIVE.match(text[m.end : hi])
    if not app:
        return None
    org, pos = org_then_pos(view, m.end + app.end())
    seg = TITLE_RUN.match(text[pos:hi])
    title = seg.group(0) if seg else ""
    closer = text[pos + len(title) : pos + len(title) + 1]
    closed = closer in _CLOSE_BRACKETS if app.group(0) in _OPEN_BRACKETS else closer in _CLAUSE_ENDS
    if (
        closed
        and title
        and len(title) <= MAX_APPOSITIVE
        and role_head(title)
        and all_title_words(view, m.sentence_id, pos, pos + len(title))
    ):
        return Facts(Kind.TITLE, role=title, org=org, end=pos + len(title))
    return None
