"""The name, then a copula and the title: 郭虹宇是[ORG 省人民医院]的一名护士, 刘华还兼任封控区五组组长."""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.records import Mention
from pipeline.roles.facts import Facts, Kind
from pipeline.roles.titles import MAX_TITLE, role_head
from pipeline.roles.view import DocumentView
from pipeline.text import alternation

DE = "的"  # the attributive particle: 省人民医院的一名护士


def _copulas(kind: str) -> str:
    return alternation([word for word, what, *_ in lexicons.rows("roles_copulas") if what == kind])


_COPULA = re.compile(rf"^(?:{_copulas('adverb')})?(?:{_copulas('verb')})")
_FILLER = re.compile(rf"^(?:{DE})?(?:{alternation(lexicons.words('roles_title_fillers'))})?")
# a title runs to the next punctuation mark
TITLE_RUN = re.compile(r"[^，,。；;！!？?、：:“”（）()]*")


def org_then_pos(view: DocumentView, pos: int) -> tuple[Mention | None, int]:
    """An ORG mention starting at pos and the position after it (pos itself when none)."""
    org = view.org_at(pos)
    return (org, org.end) if org is not None else (None, pos)


def copula_title(view: DocumentView, m: Mention, hi: int) -> Facts | None:
    """The title after 是/任/担任 ... following the name, with the ORG right after the verb."""
    text = view.text
    cop = _COPULA.match(text[m.end : hi])
    if not cop:
        return None
    org, pos = org_then_pos(view, m.end + cop.end())
    filler = _FILLER.match(text[pos:hi])
    pos += filler.end() if filler else 0
    tail = TITLE_RUN.match(text[pos:hi])
    title = tail.group(0) if tail else ""
    if DE in title:  # 省人民医院的一名护士 when the NER missed the hospital
        whole = len(title)
        title = title.rsplit(DE, 1)[1]
        filler = _FILLER.match(title)
        title = title[filler.end() :] if filler else title
        pos += whole - len(title)
    if title and len(title) <= MAX_TITLE and role_head(title):
        return Facts(Kind.TITLE, role=title, org=org, end=pos + len(title))
    return None
