"""Walk a document's PERSON mentions and ask each role reader in turn."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline import lexicons
from pipeline.records import Article, Mention, PersonRole
from pipeline.roles.affiliations import affiliation_before, appositive_title
from pipeline.roles.ages import age_around
from pipeline.roles.bylines import add_article_bylines, add_byline, byline_before
from pipeline.roles.copulas import copula_title
from pipeline.roles.facts import Facts, Kind
from pipeline.roles.rows import RoleRows
from pipeline.roles.titles import role_head, title_facts
from pipeline.roles.view import DocumentView
from pipeline.text import alternation

# names in a list share the title before the first (退役军人董贵平、陈小园); a comma does not
# make a list (书记张三，李四说 ...)
_LIST_GAP = re.compile(rf"^(?:\s|{alternation(lexicons.words('roles_list_joiners'))})*$")


def _listed_after(
    view: DocumentView, m: Mention, lo: int, previous: Mention | None, previous_facts: Facts | None
) -> Facts | None:
    """The previous name's facts when this name follows it in a list."""
    if previous is None or previous_facts is None:
        return None
    if previous.end >= lo and _LIST_GAP.match(view.text[previous.end : m.start]):
        return replace(previous_facts, start=m.start, inherited=True)
    return None


def _after_name(view: DocumentView, m: Mention, hi: int) -> Facts | None:
    """A title after the name: 郭虹宇是护士, then 张春凤（社区党支部书记）."""
    return copula_title(view, m, hi) or appositive_title(view, m, hi)


def _add_described(
    rows: RoleRows, view: DocumentView, m: Mention, facts: Facts | None, bounds: tuple[int, int]
) -> None:
    """The row of a name described by a title, affiliation or age before or after it."""
    lo, hi = bounds
    # a title after the name only counts when none stands before it
    post = _after_name(view, m, hi) if facts is None else None
    anchor = facts.start if facts is not None and facts.start is not None else m.start
    age = age_around(view.text, anchor, m.end, lo, hi)
    if facts is None and post is None and age.value is None:
        return
    src = post or facts
    role = src.role if src else None
    start = min(p for p in (facts.start if facts else None, age.start, m.start) if p is not None)
    end = max(p for p in (post.end if post else None, age.end, m.end) if p is not None)
    if role or (src and (src.org or src.place)) or age.value is not None:
        rows.add(m, m.text, role=role, role_norm=role_head(role) if role else None,
                 org=src.org if src else None, place=src.place if src else None,
                 age=age.value, start=start, end=end, sentence_id=m.sentence_id)  # fmt: skip


def read_person_roles(
    doc_id: str, batch_id: str, view: DocumentView, articles: Sequence[Article]
) -> list[PersonRole]:
    """The person_roles rows of one document."""
    rows = RoleRows(doc_id, batch_id)
    persons = [m for m in view.mentions if m.label == "PERSON"]
    byline_names = {n for art in articles for n in art.bylines if n}
    previous: Mention | None = None  # the previous person and what they got, for lists
    previous_facts: Facts | None = None
    for m in persons:
        lo, hi = view.sentence_bounds(m)
        facts = (
            byline_before(view.text, m, lo)
            or title_facts(view, m, lo)
            or affiliation_before(view, m, lo)
            or _listed_after(view, m, lo, previous, previous_facts)
        )
        if facts is not None and facts.kind is Kind.BYLINE:
            add_byline(rows, m, facts, byline_names, view.text)
        else:
            _add_described(rows, view, m, facts, (lo, hi))
        previous = m
        previous_facts = replace(facts, start=None, inherited=False) if facts else None
    for art in articles:
        add_article_bylines(rows, view, art, persons)
    return rows.records()
