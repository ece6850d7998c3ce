"""Bylines: 记者 X in running text (本报讯(记者 侯慧琴 通讯员 王浩青)), and the article's byline
list with its roles, a name with its role even where the text never shows it as one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline import lexicons
from pipeline.records import Article, Mention
from pipeline.roles.facts import Facts, Kind
from pipeline.roles.rows import RoleRows, person_id
from pipeline.roles.view import DocumentView
from pipeline.text import alternation

# word as written -> reporter | correspondent | photographer | editor | intern | author
BYLINE_ROLES = lexicons.mapping("byline_roles")
BYLINE_NORMS = frozenset(BYLINE_ROLES.values())
# every byline word, credit marks too (图：张三), right before the name
_BYLINE_BEFORE = re.compile(rf"({alternation(tuple(BYLINE_ROLES))})[\s:：]*$")
_LOOKBACK = 8
# a source lead: 央视网消息（新闻联播）, 人民网消息(…): what stands in its parentheses without a
# role word is the program or outlet
_SOURCE_LEAD = re.compile(r"消息\s*[（(]\s*$")
_SOURCE_LOOKBACK = 8


def byline_before(text: str, m: Mention, lo: int) -> Facts | None:
    """记者 李杰华: the byline word right before the name."""
    by = _BYLINE_BEFORE.search(text[max(lo, m.start - _LOOKBACK) : m.start])
    if not by:
        return None
    return Facts(Kind.BYLINE, role=by.group(1), start=m.start - len(by.group(0)))


def add_byline(rows: RoleRows, m: Mention, facts: Facts, byline_names: set[str], text: str) -> None:
    """The row of a byline word before a name. The article's byline list has the full name where
    the NER cut it short (刘 for 刘璟琛): that row comes from the list, not from here."""
    assert facts.role is not None
    if not facts.inherited and any(
        len(n) > len(m.text) and text.startswith(n, m.start) for n in byline_names
    ):
        return
    rows.add(m, m.text, role=facts.role, role_norm=BYLINE_ROLES[facts.role], start=facts.start,
             end=m.end, sentence_id=m.sentence_id)  # fmt: skip


def _source_only(text: str, name: str, article: Article) -> bool:
    """Whether every occurrence of `name` in the article opens a source lead's parentheses
    or stands in title marks."""
    lo, hi = article.start, article.end
    at = text.find(name, lo, hi)
    if at < 0:
        return False
    while at >= 0:
        titled = text[at - 1 : at] == "《" and text[at + len(name) : at + len(name) + 1] == "》"
        if not (titled or _SOURCE_LEAD.search(text[max(lo, at - _SOURCE_LOOKBACK) : at])):
            return False  # a program named in 《》 elsewhere is still no person: 《新闻联播》推出
        at = text.find(name, at + 1, hi)
    return True


def _span_of(view: DocumentView, name: str, article: Article) -> tuple[int | None, int | None, str | None]:
    """(start, end, sentence_id) of a byline name no PERSON mention covers: its last occurrence
    in the article, else its first in the page."""
    at = view.text.rfind(name, article.start, article.end)
    if at < 0:
        at = view.text.find(name)
    if at < 0:
        return None, None, None
    sent = view.sentence_of(at)
    return at, at + len(name), sent.sentence_id if sent else None


def add_article_bylines(
    rows: RoleRows, view: DocumentView, article: Article, persons: Sequence[Mention]
) -> None:
    """A row per name of the article's byline list, with its role word."""
    text = view.text
    for k, name in enumerate(article.bylines):
        roles = article.byline_roles
        word = roles[k] if k < len(roles) and roles[k] else None
        norm = BYLINE_ROLES.get(word or "")
        hits = [p for p in persons if p.text == name and article.start <= p.start < article.end]
        person = hits[-1] if hits else None  # bylines close the article
        if norm is None and (not any(p.text == name for p in persons) or _source_only(text, name, article)):
            # a byline with no role word that the NER never reads as a person, or that only
            # ever stands in a source lead, is a source, not an author: 央视网消息(新闻联播)
            # parses like 本报讯(记者 X)
            continue
        pid = person.entity_id if person else person_id(name)
        if norm is None and rows.has_role_in(pid, BYLINE_NORMS):
            continue  # the text already showed the role (记者 丁洁)
        if person is None:
            start, end, sid = _span_of(view, name, article)
        else:
            start, end, sid = person.start, person.end, person.sentence_id
        rows.add(person, name, role=word, role_norm=norm, start=start, end=end, sentence_id=sid)
