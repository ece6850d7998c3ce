"""Articles from classified lines: where each starts, and its headline, subheads, bylines and
dateline place."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.layout.bylines import byline_line, caption_credit, lead_credit, names, trailing_credit
from pipeline.layout.lines import HEADER_ROLES, NEWS_DATELINE, TEXT_ROLES, WIRE_PLACE, Line, Role


@dataclass(slots=True)
class ArticleDraft:
    lines: list[Line] = field(default_factory=list)
    kind: str = "article"


def _opens_article(line: Line) -> bool:
    return line.role is Role.LEAD or line.role is Role.NOTICE or line.level == 1


def _header_start(lines: list[Line], i: int) -> int:
    """Where the article opening at line i starts: the headings and labels just above a lead
    or an h1 belong to it; a notice starts at its own heading."""
    line = lines[i]
    if line.role is Role.NOTICE:
        return i
    j = i
    while j > 0 and lines[j - 1].role in HEADER_ROLES and lines[j - 1].role is not Role.NOTICE:
        j -= 1
    return j


def _closes(lines: list[Line], i: int) -> bool:
    """Whether line i ends its article with a credit: a byline line after the text (not one
    under the headline: 张明 李华 本报记者 王强 opens its article), or a paragraph whose credit
    closes it (…河水明显变清。（记者 马文涛）)."""
    line = lines[i]
    if line.role is Role.BODY:
        return trailing_credit(line.text) is not None
    if line.role is not Role.BYLINE:
        return False
    j = i
    while j > 0 and lines[j - 1].role is Role.BYLINE:
        j -= 1
    return j == 0 or lines[j - 1].role not in HEADER_ROLES


def _article_starts(lines: list[Line]) -> list[int]:
    starts: set[int] = {0} if lines else set()
    for i, line in enumerate(lines):
        if _closes(lines, i) and i + 1 < len(lines) and lines[i + 1].role is not Role.BYLINE:
            starts.add(i + 1)
        if line.role is Role.CAPTION:
            starts.update((i, i + 1))
        if _opens_article(line) and i > 0:
            starts.add(_header_start(lines, i))
        elif line.role is Role.BYLINE and i > 0 and lines[i - 1].role in HEADER_ROLES:
            starts.add(_header_start(lines, i))  # a headline with its byline under it
    return sorted(starts)


def split_articles(lines: list[Line]) -> list[ArticleDraft]:
    """Group classified lines into articles."""
    ordered = _article_starts(lines)
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
            and all(line.role in HEADER_ROLES for line in merged[-1].lines)
            and not any(line.role is Role.NOTICE for line in merged[-1].lines)
        ):
            merged[-1].lines.extend(draft.lines)
        else:
            merged.append(draft)
    for draft in merged:
        if draft.lines and draft.lines[0].role is Role.NOTICE:
            draft.kind = "notice"
        elif [line.role for line in draft.lines] == [Role.CAPTION]:
            draft.kind = "caption"
    return merged


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


def _first_text(lines: list[Line]) -> int:
    """The index of the first body or lead line (len(lines) when none)."""
    return next((i for i, line in enumerate(lines) if line.role in TEXT_ROLES), len(lines))


def headline(draft: ArticleDraft) -> tuple[str | None, list[Line]]:
    """The headline text and the heading lines used for it."""
    lines = draft.lines
    if draft.kind == "notice":
        return lines[0].text, [lines[0]]
    if draft.kind == "caption":
        return None, []
    first_text = _first_text(lines)
    groups = _heading_groups(lines[:first_text])
    if first_text < len(lines) and lines[first_text].role is Role.LEAD:
        # OCR reading order sometimes puts the headline after the lead paragraph
        following = lines[first_text + 1 : first_text + 3]
        if len(following) == 2 and following[0].role is Role.HEADING and following[1].role is Role.BODY:
            groups.append([following[0]])
    if not groups:
        return None, []
    chosen = groups[-1]
    return " ".join(line.text for line in chosen), chosen


def subheads(draft: ArticleDraft, headline_lines: list[Line]) -> list[str]:
    """Headings inside the article that introduce text (not signatures or banners)."""
    after = headline_lines[-1].start if headline_lines else -1
    lines = draft.lines
    return [
        line.text
        for i, line in enumerate(lines)
        if line.role is Role.HEADING
        and line.start > after
        and i + 1 < len(lines)
        and lines[i + 1].role in TEXT_ROLES
    ]


def bylines(draft: ArticleDraft) -> list[tuple[str, str]]:
    """(name, role word) of each byline name of the article, first occurrence only."""
    pairs: list[tuple[str, str]] = []
    for line in draft.lines:
        pairs.extend(_line_credit(line))
    seen: set[str] = set()
    unique = []
    for name, role in pairs:
        if name not in seen:
            seen.add(name)
            unique.append((name, role))
    return unique


def _line_credit(line: Line) -> list[tuple[str, str]]:
    """(name, role word) of the credit a line is or holds."""
    credit: str | None = None
    if line.role is Role.BYLINE:
        return byline_line(line.text) or names(line.text)
    if line.role is Role.LEAD:
        credit = lead_credit(line.text)
    elif line.role is Role.CAPTION:
        credit = caption_credit(line.text)
    elif line.role is Role.BODY:
        credit = trailing_credit(line.text)
    return names(credit) if credit is not None else []


def dateline_place(draft: ArticleDraft) -> str | None:
    """The place a wire or news lead names, else the place label just above the lead or the
    last one above the text."""
    lines = draft.lines
    first = next((line for line in lines if line.role in (Role.LEAD, Role.BODY, Role.CAPTION)), None)
    if first is not None:
        wire = WIRE_PLACE.match(first.text)
        if wire:
            return wire.group(1) or wire.group(2)
        news = NEWS_DATELINE.search(first.text)
        if news:
            return news.group(1)
    if draft.kind == "notice":
        return None
    lead_index = next((i for i, line in enumerate(lines) if line.role is Role.LEAD), None)
    if lead_index is not None and lead_index > 0 and lines[lead_index - 1].role is Role.LABEL:
        return lines[lead_index - 1].text
    labels = [line.text for line in lines[: _first_text(lines)] if line.role is Role.LABEL]
    return labels[-1] if labels else None
