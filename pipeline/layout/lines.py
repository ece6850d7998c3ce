"""The lines of a cleaned page and the role each plays in the layout."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from pipeline import lexicons
from pipeline.layout.bylines import byline_line, caption_credit, lead_credit, name_list
from pipeline.text import alternation, looks_like_heading


def _sources(*forms: str) -> str:
    return alternation([word for word, form, *_ in lexicons.rows("segment_lead_sources") if form in forms])


# 本报讯, 央视网消息, 本报太原4月13日讯, 新华社太原4月13日电
LEAD = re.compile(
    rf"^(?:{_sources('lead')}|本报[\u4e00-\u9fff]{{0,6}}\d{{0,2}}月?\d{{0,2}}日?讯|"
    rf"(?:{_sources('wire', 'wire_noplace')})[\u4e00-\u9fff]{{0,8}}\d{{1,2}}月\d{{1,2}}日电)"
)
# the place in a wire or own-paper dateline: 新华社太原4月13日电, 本报太原4月13日讯
WIRE_PLACE = re.compile(
    rf"^(?:{_sources('wire')})([\u4e00-\u9fff]{{2,6}}?)\d{{1,2}}月\d{{1,2}}日电"
    r"|^本报([\u4e00-\u9fff]{2,6}?)\d{1,2}月\d{1,2}日讯"
)
# 4月13日央视网消息: a news lead with its place before 消息
NEWS_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日([\u4e00-\u9fff]{2,10}?)消息")
_PLACE_LABEL = re.compile(
    rf"^[\u4e00-\u9fff0-9]{{1,10}}(?:{alternation(lexicons.words('segment_label_suffixes'))})$"
)
_NOTICE_HEADING = re.compile(rf"(?:{alternation(lexicons.words('segment_notice_heads'))})$")
_ABOUT = "关于"  # 关于…的通知 is a heading about a notice, not a notice
_META_LINE = re.compile(r"^[(（][^()（）]{1,30}[)）]$")
_SUBTITLE_MARKS = ("——", "--")
_SUBTITLE_MAX = 40
_CAPTION_MAX = 200


class Role(Enum):
    HEADING = "heading"
    SUBTITLE = "subtitle"
    LABEL = "label"  # a place name standing alone: 青年路三社区, 向阳镇
    BYLINE = "byline"
    LEAD = "lead"  # 本报讯(记者 …) / 新华社太原4月13日电(记者 …)
    NOTICE = "notice"  # heading of an official notice: …通告
    META = "meta"  # (2022年第165号)
    CAPTION = "caption"  # a photo caption ending with its credit: …(记者 李杰华 摄)
    BODY = "body"


HEADER_ROLES = frozenset({Role.HEADING, Role.SUBTITLE, Role.LABEL, Role.META, Role.NOTICE})
TEXT_ROLES = (Role.BODY, Role.LEAD)


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str  # without markdown heading markers
    role: Role
    level: int = 0  # markdown heading level, 0 when none
    gap_before: int = 1  # newlines before the line in the cleaned text


def line_spans(text: str) -> Iterator[tuple[int, int, int, str, int]]:
    """(start, end, level, text, gap before) of each non-blank line; a markdown heading's
    start and text leave out its markers."""
    pos = 0
    gap = 1
    for raw_line in text.split("\n"):
        start, end = pos, pos + len(raw_line)
        pos = end + 1
        if not raw_line.strip():
            gap += 1
            continue
        level = len(raw_line) - len(raw_line.lstrip("#"))
        body = raw_line[level:].lstrip() if level else raw_line
        yield (end - len(body) if level else start), end, level, body, gap
        gap = 1


def iter_lines(text: str) -> Iterator[Line]:
    lines = [Line(start, end, body, classify(body, level), level, gap)
             for start, end, level, body, gap in line_spans(text)]  # fmt: skip
    for i in range(len(lines) - 2, -1, -1):
        # a line of names alone right above a byline is part of it: 李国华 吴秀英 / 本报记者 袁静
        if lines[i + 1].role is Role.BYLINE and not lines[i].level and name_list(lines[i].text):
            lines[i].role = Role.BYLINE
    yield from lines


def classify(text: str, level: int) -> Role:
    if text.startswith(_SUBTITLE_MARKS) and len(text) <= _SUBTITLE_MAX:
        return Role.SUBTITLE
    if byline_line(text) is not None:
        return Role.BYLINE
    if LEAD.match(text) or lead_credit(text) is not None:
        return Role.LEAD
    if _META_LINE.match(text):
        return Role.META
    if not level and len(text) < _CAPTION_MAX and caption_credit(text) is not None:
        return Role.CAPTION
    if level or looks_like_heading(text):
        if _PLACE_LABEL.match(text):
            return Role.LABEL
        if _NOTICE_HEADING.search(text) and not text.startswith(_ABOUT):
            return Role.NOTICE
        return Role.HEADING
    return Role.BODY
