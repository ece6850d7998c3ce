"""Byline names and their role words: 记者 李杰华, 通讯员 刘璟琛 段斌 文/摄, (记者 侯慧琴 通讯员 王浩青)
in a lead, (记者 李杰华 摄) closing a photo caption."""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.text import alternation, byline_words

# role words written before the names they introduce (记者 王强)
ROLE_WORDS = tuple(byline_words("before", "both"))
ROLE_ALT = alternation(ROLE_WORDS)
# marks that may close a byline line after the names (李杰华 摄, 张明 文/图, 报道)
CLOSERS = (*byline_words("after", "both"), *lexicons.words("segment_byline_closers"))
NO_ROLE = "作者"  # the role of a name a byline gives without a role word (author)
PHOTO_MARK = "摄"  # (记者 李杰华 摄): a photo credit

_CJK_NAME = r"[\u4e00-\u9fff·]"
BYLINE_LINE = re.compile(
    rf"^(?:(?:{ROLE_ALT})\s*{_CJK_NAME}{{2,5}}(?:[\s、，,]+{_CJK_NAME}{{2,4}})*\s*)+"
    rf"(?:\s*(?:{alternation(CLOSERS)}))?$"
)
# the credit in a lead names people by role: (记者 侯慧琴 通讯员 王浩青); (新闻联播) is a source
_LEAD_BYLINE = re.compile(rf"^[^(（]{{0,30}}[(（]((?:{ROLE_ALT})[^()（）]{{2,60}}?)[)）]")
_NAMES = rf"{_CJK_NAME}{{2,4}}(?:[\s、]+{_CJK_NAME}{{2,4}})*"
CAPTION_CREDIT = re.compile(
    rf"(?:[(（](?:{ROLE_ALT})?\s*{_NAMES}\s*{PHOTO_MARK}[)）]|(?:{ROLE_ALT})\s*{_NAMES}\s*{PHOTO_MARK})$"
)
# closing marks of two or more characters are cut before the names are read; a one-character
# mark (摄, 文) falls out as too short for a name
_TRAILING_MARK = re.compile(rf"(?:{alternation([c for c in CLOSERS if len(c) > 1])})$")
_ROLE_SPLIT = re.compile(rf"({ROLE_ALT})")
_NAME_SPLIT = re.compile(r"[\s、，,]+")
_NAME = re.compile(rf"{_CJK_NAME}+")


def names(text: str) -> list[tuple[str, str]]:
    """(name, role) pairs from a byline such as '记者 李杰华 通讯员 刘璟琛 段斌 文/摄'."""
    text = _TRAILING_MARK.sub("", text.strip()).strip()
    pairs: list[tuple[str, str]] = []
    role = ""
    for piece in _ROLE_SPLIT.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if piece in ROLE_WORDS:
            role = piece
            continue
        for name in _NAME_SPLIT.split(piece):
            if 2 <= len(name) <= 5 and _NAME.fullmatch(name):
                pairs.append((name, role or NO_ROLE))
    return pairs


def lead_credit(text: str) -> str | None:
    """The credit in a lead's brackets: 记者 侯慧琴 通讯员 王浩青 in 本报讯(记者 侯慧琴 通讯员 王浩青)."""
    match = _LEAD_BYLINE.match(text)
    return match.group(1) if match else None


def caption_credit(text: str) -> str | None:
    """The credit closing a photo caption, without its brackets: 记者 李杰华 摄."""
    credit = CAPTION_CREDIT.search(text)
    return credit.group(0).strip("()（）") if credit else None
