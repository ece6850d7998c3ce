"""Shape tests on lines of Chinese page text, shared by the clean and segment stages."""

from __future__ import annotations

import re

from pipeline import lexicons

HEADING_MAX = 64


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0xF900 <= code <= 0xFAFF


def looks_like_heading(text: str) -> bool:
    """A headline-shaped line: no sentence end inside, at most one comma, not ending as prose
    continues. Long lines with a comma are prose."""
    if not text or len(text) > HEADING_MAX or "。" in text or ";" in text or "；" in text:
        return False
    if len(text) > HEADING_MAX // 2 and ("，" in text or "," in text):
        return False
    if text[-1] in "，,、：:":
        return False
    inner = text[:-1]
    return not any(p in inner for p in "!?！？") and text.count("，") + text.count(",") <= 1


def byline_words(*where: str) -> list[str]:
    """The byline role words (``byline_roles.tsv``) a byline line writes ``where`` (before the
    names, after them, or both), longest first, for alternations and prefix tests."""
    words = [row[0] for row in lexicons.rows("byline_roles") if row[2] in where]
    return lexicons.longest_first(words)


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of the words, longest first, each escaped."""
    return "|".join(re.escape(w) for w in lexicons.longest_first(tuple(words)))


# Full-width ASCII (MSRA and PD1998 write digits and Latin letters full-width, some pages too)
# -> half-width, and the ideographic space -> a space. The one copy of this mapping.
_HALFWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_HALFWIDTH[0x3000] = 0x20


def to_halfwidth(text: str) -> str:
    """Map full-width ASCII to half-width; length-preserving so offsets stay valid."""
    return text.translate(_HALFWIDTH)


# The narrower fold for page text: digits, Latin letters and % only, because Chinese
# full-width punctuation (，：；？（）) carries meaning on a page and stays as written.
_ALNUM_RANGES = (range(0xFF10, 0xFF1A), range(0xFF21, 0xFF3B), range(0xFF41, 0xFF5B))
_HALFWIDTH_ALNUM = {c: _HALFWIDTH[c] for r in _ALNUM_RANGES for c in r} | {0xFF05: 0x25}


# a full-width point or colon between digits is a decimal point or a clock's (１９．８％, ８：３０),
# written full-width with the digits around it; elsewhere it is the page's punctuation
_WIDE_DIGIT_MARK = re.compile(r"(?<=[0-9])(\n*)([．：])(?=\n*[0-9])")  # a line may break around it
_NARROW_MARK = {"．": ".", "：": ":"}


def to_halfwidth_alnum(text: str) -> str:
    """Full-width digits, Latin letters and ％ to ASCII, and a full-width point or colon between
    digits; everything else as written (one character for one)."""
    text = text.translate(_HALFWIDTH_ALNUM)
    return _WIDE_DIGIT_MARK.sub(lambda m: m[1] + _NARROW_MARK[m[2]], text)
