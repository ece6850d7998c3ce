"""Clean: repair OCR text while keeping a map from every cleaned character to the raw text.

Hand-written because no library repairs line layout: OCR pages break lines mid-sentence and
mid-word (often across a blank line), scatter spaces between characters, and mix widths and
scripts. Traditional forms go through OpenCC; the rest are small, offset-preserving steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import opencc

from pipeline import lexicons
from pipeline.text import alternation, byline_words, is_cjk, looks_like_heading, to_halfwidth_alnum

# A line ending in one of these closes its paragraph; anything else may continue.
PARAGRAPH_FINAL = set("。！？!?…”’」』》）)】：:；;")
SENTENCE_PUNCT = set("。，,、；;！!？?")
# role words that open a byline line (记者 李杰华, 通讯员 刘璟琛): such a line is never joined
BYLINE_OPENERS = tuple(byline_words("before", "both"))
# a bracket naming people by role (本报讯(记者 侯慧琴 通讯员 王浩青)): its spaces separate names
_BYLINE_IN_BRACKETS = re.compile(
    rf"[(（][^()（）\n]{{0,60}}?(?:{alternation(BYLINE_OPENERS)})[^()（）\n]{{0,60}}?[)）]"
)
PARAGRAPH_OPENERS = tuple(lexicons.words("clean_paragraph_openers"))
_NEW_PARAGRAPH_MARKS = ("#", "——", "--")  # a markdown heading, a subtitle
_QUOTES_OPENING = '“‘"(（《'  # a continuing line may open with a quote or bracket
MIN_BODY_LINE = 12  # shorter lines are headings, labels or bylines: never joined onward


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    raw_offsets: list[int]  # raw_offsets[i] = index in the raw text of cleaned char i

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering cleaned text[start:end] (end exclusive)."""
        if start >= end:
            pos = self.raw_offsets[start] if start < len(self.raw_offsets) else len(self.raw_offsets)
            return pos, pos
        return self.raw_offsets[start], self.raw_offsets[end - 1] + 1


Chars = list[tuple[str, int]]


def _is_cjk_or_digit(ch: str) -> bool:
    return is_cjk(ch) or ch.isdigit()


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _to_halfwidth(ch: str) -> str:
    if ch in "\u3000\u00a0\t":
        return " "
    return to_halfwidth_alnum(ch)


def _simplify(chars: Chars) -> Chars:
    text = "".join(c for c, _ in chars)
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return [(new, idx) for new, (_, idx) in zip(converted, chars, strict=True)]
    # a phrase conversion changed the length: fall back to character by character
    out: Chars = []
    for ch, idx in chars:
        new = _converter().convert(ch)
        out.append((new if len(new) == 1 else ch, idx))
    return out


def _split_lines(chars: Chars) -> list[tuple[Chars, int, int]]:
    """Lines as (chars, raw index of the newline that ends it, newlines after it)."""
    lines: list[tuple[Chars, int, int]] = []
    current: Chars = []
    i = 0
    while i < len(chars):
        ch, idx = chars[i]
        if ch == "\n":
            j = i
            while j < len(chars) and chars[j][0] in "\n ":
                j += 1
            newlines = sum(1 for c, _ in chars[i:j] if c == "\n")
            lines.append((current, idx, newlines))
            current = []
            i = j
            continue
        current.append((ch, idx))
        i += 1
    lines.append((current, chars[-1][1] + 1 if chars else 0, 0))
    return lines


def _strip(line: Chars) -> Chars:
    start, end = 0, len(line)
    while start < end and line[start][0].isspace():
        start += 1
    while end > start and line[end - 1][0].isspace():
        end -= 1
    return line[start:end]


def _looks_like_heading_or_byline(text: str) -> bool:
    if text.startswith("#") or looks_like_heading(text):
        return True
    return len(text) <= 30 and text.startswith(BYLINE_OPENERS) and not (set(text) & SENTENCE_PUNCT)


def _remove_stray_spaces(line: Chars) -> Chars:
    """Drop spaces between CJK characters and digits; keep them where they separate the
    phrases of a heading or the names of a byline."""
    text = "".join(c for c, _ in line)
    pieces = text.split()
    # "坚守防控一线 展现网格力量" separates phrases; "疫 情 防 控" is OCR scatter
    scattered = len(pieces) >= 3 and sum(len(p) == 1 for p in pieces) * 2 > len(pieces)
    keep_all = _looks_like_heading_or_byline(text) and not scattered
    protected: set[int] = set()
    if not keep_all:
        for match in _BYLINE_IN_BRACKETS.finditer(text):
            protected.update(range(match.start(), match.end()))
    out: Chars = []
    i = 0
    while i < len(line):
        ch, idx = line[i]
        if ch != " ":
            out.append((ch, idx))
            i += 1
            continue
        j = i
        while j < len(line) and line[j][0] == " ":
            j += 1
        before = out[-1][0] if out else ""
        after = line[j][0] if j < len(line) else ""
        stray = (
            not keep_all
            and i not in protected
            and before
            and after
            and _is_cjk_or_digit(before)
            and _is_cjk_or_digit(after)
            and (is_cjk(before) or is_cjk(after))
        )
        if not stray:
            out.append((" ", idx))  # collapse a run of spaces to one
        i = j
    return out


def _continues(previous: str, following: str) -> bool:
    """Whether a line break between two lines is an OCR artefact inside a paragraph."""
    if not previous or not following:
        return False
    if previous[-1] in PARAGRAPH_FINAL or len(previous) < MIN_BODY_LINE or previous.startswith("#"):
        return False
    if not (set(previous) & SENTENCE_PUNCT):  # a long heading or label, not running text
        return False
    if following.startswith((*_NEW_PARAGRAPH_MARKS, *BYLINE_OPENERS, *PARAGRAPH_OPENERS)):
        return False
    return _is_cjk_or_digit(following[0]) or following[0] in _QUOTES_OPENING


def clean_text(raw: str) -> CleanText:
    """Repair one page: join broken lines, drop stray spaces, half-width digits, simplified
    characters; paragraphs are separated by one newline, a wider gap on the page (two or
    more blank lines, a section break) by two."""
    chars: Chars = []
    for idx, ch in enumerate(raw):
        if ch == "\r":
            if idx + 1 < len(raw) and raw[idx + 1] == "\n":
                continue
            ch = "\n"
        if ch == "\ufeff":
            continue
        chars.append((_to_halfwidth(ch), idx))
    chars = _simplify(chars)

    out: Chars = []
    paragraph = ""  # the paragraph being built, after joins
    gap_before: tuple[int, int] | None = None  # (raw newline index, newlines) before this line
    for line, newline_idx, newlines in _split_lines(chars):
        line = _remove_stray_spaces(_strip(line))
        if not line:
            continue
        text = "".join(c for c, _ in line)
        if gap_before is not None and out:
            if _continues(paragraph, text):
                paragraph += text
            else:
                raw_idx, gap = gap_before
                out.append(("\n", raw_idx))
                if gap >= 3:
                    out.append(("\n", raw_idx))
                paragraph = text
        else:
            paragraph = text
        out.extend(line)
        gap_before = (newline_idx, newlines)
    return CleanText("".join(c for c, _ in out), [idx for _, idx in out])
