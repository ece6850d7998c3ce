"""Segment: a cleaned page -> articles (headline, subheads, bylines, dateline place),
sentences and word tokens with POS.

Page layout is read from line roles. Each paragraph line of the cleaned text is classified
(heading, subtitle, place label, byline, lead such as 本报讯/新华社…电, notice heading, body);
articles start at the first line, after a closing byline, at a lead or an h1, or at a notice
heading, and take with them the header lines (headings, labels) just before their lead.
Written by hand: no library knows the layout conventions of Chinese newspaper pages.
Sentences come from HanLP's rule-based splitter, words and POS from jieba.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from hanlp.utils.rules import split_sentence

from pipeline.ids import stable_id
from pipeline.text import looks_like_heading

Record = dict[str, Any]

ROLE_WORDS = ("特约记者", "本报记者", "实习记者", "记者", "通讯员", "实习生", "摄影", "编辑", "见习记者")
_ROLE_ALT = "|".join(ROLE_WORDS)
_BYLINE_LINE = re.compile(
    rf"^(?:(?:{_ROLE_ALT})\s*[\u4e00-\u9fff·]{{2,5}}(?:[\s、，,]+[\u4e00-\u9fff·]{{2,4}})*\s*)+"
    r"(?:\s*(?:文/摄|文/图|摄影?|图/文|文|图|报道))?$"
)
_LEAD = re.compile(
    r"^(?:本报讯|央视网消息|本报[\u4e00-\u9fff]{0,6}\d{0,2}月?\d{0,2}日?讯|"
    r"(?:新华社|中新社|人民日报|央视网|中新网)[\u4e00-\u9fff]{0,8}\d{1,2}月\d{1,2}日电)"
)
# the credit in a lead names people by role: (记者 侯慧琴 通讯员 王浩青); (新闻联播) is a source
_LEAD_BYLINE = re.compile(rf"^[^(（]{{0,30}}[(（]((?:{_ROLE_ALT})[^()（）]{{2,60}}?)[)）]")
_WIRE_PLACE = re.compile(
    r"^(?:新华社|中新社|人民日报|中新网)([\u4e00-\u9fff]{2,6}?)\d{1,2}月\d{1,2}日电|^本报([\u4e00-\u9fff]{2,6}?)\d{1,2}月\d{1,2}日讯"
)
_NEWS_DATELINE = re.compile(r"\d{1,2}月\d{1,2}日([\u4e00-\u9fff]{2,10}?)消息")
_PLACE_LABEL = re.compile(r"^[\u4e00-\u9fff0-9]{1,10}(?:省|市|区|县|旗|镇|乡|村|街道|社区|小区)$")
_NOTICE_HEADING = re.compile(r"(?:通告|公告|通知|声明|启事|公示|通报|决定)$")
_NAMES = r"[\u4e00-\u9fff·]{2,4}(?:[\s、]+[\u4e00-\u9fff·]{2,4})*"
_CAPTION_CREDIT = re.compile(
    rf"(?:[(（](?:{_ROLE_ALT})?\s*{_NAMES}\s*摄[)）]|(?:{_ROLE_ALT})\s*{_NAMES}\s*摄)$"
)
_META_LINE = re.compile(r"^[(（][^()（）]{1,30}[)）]$")
_FULL_DATE = re.compile(r"(20\d\d|19\d\d)年(\d{1,2})月(\d{1,2})日")


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


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str  # without markdown heading markers
    role: Role
    level: int = 0  # markdown heading level, 0 when none
    gap_before: int = 1  # newlines before the line in the cleaned text


@dataclass(slots=True)
class ArticleDraft:
    lines: list[Line] = field(default_factory=list)
    kind: str = "article"


def _iter_lines(text: str) -> Iterator[Line]:
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
        offset = end - len(body) if level else start
        yield Line(offset, end, body, _classify(body, level), level, gap)
        gap = 1


def _classify(text: str, level: int) -> Role:
    if text.startswith(("——", "--")) and len(text) <= 40:
        return Role.SUBTITLE
    if _BYLINE_LINE.match(text):
        return Role.BYLINE
    if _LEAD.match(text):
        return Role.LEAD
    if _META_LINE.match(text):
        return Role.META
    if not level and len(text) < 200 and _CAPTION_CREDIT.search(text):
        return Role.CAPTION
    if level or looks_like_heading(text):
        if _PLACE_LABEL.match(text):
            return Role.LABEL
        if _NOTICE_HEADING.search(text) and not text.startswith("关于"):
            return Role.NOTICE
        return Role.HEADING if level or looks_like_heading(text) else Role.BODY
    return Role.BODY


_HEADER_ROLES = {Role.HEADING, Role.SUBTITLE, Role.LABEL, Role.META, Role.NOTICE}


def _split_articles(lines: list[Line]) -> list[ArticleDraft]:
    """Group classified lines into articles."""
    starts: set[int] = {0} if lines else set()
    for i, line in enumerate(lines):
        if line.role is Role.BYLINE and i + 1 < len(lines) and lines[i + 1].role is not Role.BYLINE:
            starts.add(i + 1)
        if line.role is Role.CAPTION:
            starts.update((i, i + 1))
        starts_here = line.role is Role.LEAD or line.role is Role.NOTICE or (line.level == 1)
        if starts_here and i > 0:
            j = i
            # the headings and labels just above a lead belong to its article
            while (
                j > 0
                and lines[j - 1].role in _HEADER_ROLES
                and (line.role is Role.LEAD or line.level == 1 or line.role is Role.NOTICE)
            ):
                if lines[j - 1].role is Role.NOTICE and line.role is not Role.NOTICE:
                    break
                j -= 1
                if line.role is Role.NOTICE:
                    break
            if line.role is Role.NOTICE:
                j = i
            starts.add(j)
    ordered = sorted(starts)
    drafts = []
    for k, start in enumerate(ordered):
        end = ordered[k + 1] if k + 1 < len(ordered) else len(lines)
        if start < end:
            drafts.append(ArticleDraft(lines[start:end]))
    # an article start may merge into its predecessor when it holds only header lines
    merged: list[ArticleDraft] = []
    for draft in drafts:
        if (
            merged
            and all(line.role in _HEADER_ROLES for line in merged[-1].lines)
            and not any(line.role is Role.NOTICE for line in merged[-1].lines)
        ):
            merged[-1].lines.extend(draft.lines)
        else:
            merged.append(draft)
    for draft in merged:
        if draft.lines and draft.lines[0].role is Role.NOTICE:
            draft.kind = "notice"
        elif _is_caption(draft):
            draft.kind = "caption"
    return merged


def _is_caption(draft: ArticleDraft) -> bool:
    return [line.role for line in draft.lines] == [Role.CAPTION]


def _heading_groups(lines: list[Line]) -> list[list[Line]]:
    """Runs of consecutive heading lines; a wide gap or any other line ends a run."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.role is Role.HEADING and (not current or line.gap_before <= 1):
            current.append(line)
            continue
        if current:
            groups.append(current)
        current = [line] if line.role is Role.HEADING else []
    if current:
        groups.append(current)
    return groups


def _headline(draft: ArticleDraft) -> tuple[str | None, list[Line]]:
    """The headline text and the heading lines used for it."""
    lines = draft.lines
    if draft.kind == "notice":
        return lines[0].text, [lines[0]]
    if draft.kind == "caption":
        return None, []
    first_text = next((i for i, line in enumerate(lines) if line.role in (Role.BODY, Role.LEAD)), len(lines))
    header = lines[:first_text]
    groups = _heading_groups(header)
    if first_text < len(lines) and lines[first_text].role is Role.LEAD:
        # OCR reading order sometimes puts the headline after the lead paragraph
        following = lines[first_text + 1 : first_text + 3]
        if len(following) == 2 and following[0].role is Role.HEADING and following[1].role is Role.BODY:
            groups.append([following[0]])
    if not groups:
        return None, []
    chosen = groups[-1]
    return " ".join(line.text for line in chosen), chosen


def _subheads(draft: ArticleDraft, headline_lines: list[Line]) -> list[str]:
    """Headings inside the article that introduce text (not signatures or banners)."""
    after = headline_lines[-1].start if headline_lines else -1
    lines = draft.lines
    return [
        line.text
        for i, line in enumerate(lines)
        if line.role is Role.HEADING
        and line.start > after
        and i + 1 < len(lines)
        and lines[i + 1].role in (Role.BODY, Role.LEAD)
    ]


def _names(text: str) -> list[tuple[str, str]]:
    """(name, role) pairs from a byline such as '记者 李杰华 通讯员 刘璟琛 段斌 文/摄'."""
    text = re.sub(r"(?:文/摄|文/图|图/文|摄影|报道)$", "", text.strip()).strip()
    text = re.sub(r"\s摄$", "", text)
    pairs: list[tuple[str, str]] = []
    role = ""
    for piece in re.split(rf"({_ROLE_ALT})", text):
        piece = piece.strip()
        if not piece:
            continue
        if piece in ROLE_WORDS:
            role = piece
            continue
        for name in re.split(r"[\s、，,]+", piece):
            if 2 <= len(name) <= 5 and re.fullmatch(r"[\u4e00-\u9fff·]+", name):
                pairs.append((name, role or "作者"))
    return pairs


def _bylines(draft: ArticleDraft) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for line in draft.lines:
        if line.role is Role.BYLINE:
            pairs.extend(_names(line.text))
        elif line.role is Role.LEAD:
            match = _LEAD_BYLINE.match(line.text)
            if match:
                pairs.extend(_names(match.group(1)))
    if draft.kind == "caption":
        credit = _CAPTION_CREDIT.search(draft.lines[0].text)
        if credit:
            pairs.extend(_names(credit.group(0).strip("()（）")))
    seen: set[str] = set()
    return [(n, r) for n, r in pairs if not (n in seen or seen.add(n))]


def _dateline_place(draft: ArticleDraft) -> str | None:
    lines = draft.lines
    text_lines = [line for line in lines if line.role in (Role.LEAD, Role.BODY, Role.CAPTION)]
    first = text_lines[0] if text_lines else None
    if first is not None:
        wire = _WIRE_PLACE.match(first.text)
        if wire:
            return wire.group(1) or wire.group(2)
        news = _NEWS_DATELINE.search(first.text)
        if news:
            return news.group(1)
    if draft.kind == "notice":
        return None
    lead_index = next((i for i, line in enumerate(lines) if line.role is Role.LEAD), None)
    if lead_index is not None and lead_index > 0 and lines[lead_index - 1].role is Role.LABEL:
        return lines[lead_index - 1].text
    first_text = next((i for i, line in enumerate(lines) if line.role in (Role.BODY, Role.LEAD)), len(lines))
    labels = [line.text for line in lines[:first_text] if line.role is Role.LABEL]
    return labels[-1] if labels else None


def publication_date_from_text(text: str) -> date | None:
    """The latest full calendar date written on the page (a notice's signature date, a
    masthead), a fallback when the batch gives none."""
    found: list[date] = []
    for match in _FULL_DATE.finditer(text):
        try:
            found.append(date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            continue
    return max(found) if found else None


@cache
def _posseg():  # jieba builds its prefix dictionary lazily; do it once per process
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    jieba.initialize()
    return jieba.posseg


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    for piece in split_sentence(text[start:end]):
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, pos, end)
        if found < 0:  # the splitter rewrote the piece; fall back to the rest of the line
            spans.append((pos, end))
            pos = end
            break
        spans.append((found, found + len(piece)))
        pos = found + len(piece)
    return spans


def segment_document(document: Record) -> tuple[list[Record], list[Record], list[Record]]:
    """Articles, sentences and tokens of one cleaned document (offsets into its text)."""
    text: str = document["text"]
    doc_id: str = document["doc_id"]
    batch_id: str = document["batch_id"]
    lines = list(_iter_lines(text))
    posseg = _posseg()
    articles: list[Record] = []
    sentences: list[Record] = []
    tokens: list[Record] = []
    for seq, draft in enumerate(_split_articles(lines)):
        headline, headline_lines = _headline(draft)
        bylines = _bylines(draft)
        start, end = draft.lines[0].start, draft.lines[-1].end
        if draft.lines[0].level:  # include the markdown marker in the article span
            start = text.rfind("\n", 0, start) + 1
        article_id = stable_id("a", doc_id, start, end)
        subheads = _subheads(draft, headline_lines)
        articles.append(
            {
                "article_id": article_id,
                "doc_id": doc_id,
                "batch_id": batch_id,
                "seq": seq,
                "headline": headline,
                "subheads": subheads,
                "bylines": [name for name, _ in bylines],
                "byline_roles": [role for _, role in bylines],
                "dateline_place": _dateline_place(draft),
                "publication_date": document.get("publication_date"),
                "publication_year": document.get("publication_year"),
                "kind": draft.kind,
                "start": start,
                "end": end,
            }
        )
        for line in draft.lines:
            for s_start, s_end in _sentence_spans(text, line.start, line.end):
                sentence_id = stable_id("s", doc_id, s_start, s_end)
                sentence_text = text[s_start:s_end]
                sentences.append(
                    {
                        "sentence_id": sentence_id,
                        "article_id": article_id,
                        "doc_id": doc_id,
                        "batch_id": batch_id,
                        "seq": len(sentences),
                        "start": s_start,
                        "end": s_end,
                        "text": sentence_text,
                    }
                )
                pos = s_start
                for t_seq, pair in enumerate(posseg.cut(sentence_text)):
                    word, flag = pair.word, pair.flag
                    t_start = text.find(word, pos, s_end) if word.strip() else -1
                    if t_start < 0:
                        pos += len(word)
                        continue
                    pos = t_start + len(word)
                    tokens.append(
                        {
                            "doc_id": doc_id,
                            "sentence_id": sentence_id,
                            "batch_id": batch_id,
                            "seq": t_seq,
                            "text": word,
                            "pos": flag,
                            "start": t_start,
                            "end": pos,
                        }
                    )
    return articles, sentences, tokens
