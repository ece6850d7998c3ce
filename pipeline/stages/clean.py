"""Clean: repair OCR text while keeping a map from every cleaned character to the raw text.

Hand-written because no library repairs line layout: OCR pages break lines mid-sentence and
mid-word (often across a blank line), scatter spaces between characters, and mix widths and
scripts. Traditional forms go through OpenCC; the rest are small, offset-preserving steps.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain

import opencc

from pipeline import lexicons
from pipeline.jieba_dict import word_tags
from pipeline.nlp import number_patterns as P
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
WRAP_SHARE = 0.85  # a line at least this share of the page's median body line fills its column
MIN_BODY_LINES = 5  # fewer lines of running text tell no column width
_CONTINUING_MARKS = set("，、。；：！？）」』》”’,;!?)")  # marks no paragraph opens with
_NUMBER_JOINERS = ".．—-～~"  # a decimal point or a range dash inside a figure
_FIGURE_CLOSERS = "%％‰"  # a percent sign ends the figure its digits open (…增长58|%)
_DATE_UNITS = ("年", "月", "日", "号", "时", "点", "分")  # what a date's or a clock's digits go on to


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    # raw_offsets[i] = index in the raw text of cleaned char i; an int32 array (4 bytes a
    # character) rather than a list of ints (36), so a long page costs little to map back
    raw_offsets: array[int]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw span covering cleaned text[start:end] (end exclusive)."""
        if start >= end:
            pos = self.raw_offsets[start] if start < len(self.raw_offsets) else len(self.raw_offsets)
            return pos, pos
        return self.raw_offsets[start], self.raw_offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Chars:
    """A piece of text with the raw index of each of its characters. Held as a string and an
    int32 array, not as (char, index) tuples: those cost ~300 bytes a character at the stage's
    peak (~25 now), over half a gigabyte for a 5 MB one-line file."""

    text: str
    offsets: array[int]

    def __len__(self) -> int:
        return len(self.text)

    def slice(self, start: int, end: int) -> Chars:
        return Chars(self.text[start:end], self.offsets[start:end])

    def keep(self, spans: list[tuple[int, int]]) -> Chars:
        """Only the characters of the given ascending, disjoint (start, end) spans."""
        offsets = _offsets()
        for start, end in spans:
            offsets.extend(self.offsets[start:end])
        return Chars("".join(self.text[start:end] for start, end in spans), offsets)


def _offsets(values: Iterable[int] = ()) -> array[int]:
    return array("i", values)


def _is_cjk_or_digit(ch: str) -> bool:
    return is_cjk(ch) or ch.isdigit()


def _between_cjk_and_digits(before: str, after: str) -> bool:
    """A space between CJK characters and digits, a CJK character on at least one side."""
    return (
        bool(before and after)
        and _is_cjk_or_digit(before)
        and _is_cjk_or_digit(after)
        and (is_cjk(before) or is_cjk(after))
    )


_WIDE_MARKS = "，。、；：？！“”‘’（）《》【】「」『』"  # the page's full-width punctuation


def _by_wide_mark(before: str, after: str) -> bool:
    """A space between a full-width mark and a CJK character or digit (（ 中亚）, 学校 ”), or
    between two such marks: full-width punctuation takes no space beside it in running text."""
    if not before or not after:
        return False
    marks = (before in _WIDE_MARKS) + (after in _WIDE_MARKS)
    return marks == 2 or (marks == 1 and (_is_cjk_or_digit(before) or _is_cjk_or_digit(after)))


def _inside_date(text: str, i: int, j: int) -> bool:
    """A space after a date's year, month or day and before the next part's digits (11月 24日,
    24日 9时): OCR's, even in a line that reads like a heading."""
    return i >= 2 and text[i - 1] in "年月日" and text[i - 2].isdigit() and text[j : j + 1].isdigit()


def _inside_decimal(text: str, i: int, j: int) -> bool:
    """A space beside a decimal point between digits (1. 16亿元, 10 .4%): OCR's, never the page's."""
    before, after = text[i - 1 : i], text[j : j + 1]
    if before == "." and after.isdigit():
        return text[i - 2 : i - 1].isdigit()
    return before.isdigit() and after == "." and text[j + 1 : j + 2].isdigit()


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


_SPACES_TO_BLANK = str.maketrans("\u3000\u00a0\t", "   ")
# Kangxi radicals and CJK compatibility ideographs that PDF extraction and OCR write for the
# ideograph they look like (⽓ U+2F53 for 气, ⾏ for 行): Unicode's own NFKC mapping, taken only
# where it is one character for one, so offsets stay valid (NFKC on the whole text would also
# fold punctuation the page means: ，→ , and full-width brackets)
_LOOKALIKES = {
    c: ord(n)
    for c in chain(range(0x2F00, 0x2FD6), range(0xF900, 0xFB00))
    if len(n := unicodedata.normalize("NFKC", chr(c))) == 1 and n != chr(c)
}
_DROPPED = re.compile("\r(?=\n)|\ufeff")  # CR of a CRLF, byte-order marks


def _read(raw: str) -> Chars:
    """The raw text with CRLF and lone CR as LF, byte-order marks dropped, odd spaces as
    blanks, radicals and compatibility forms as the ideographs they stand for (⽓ -> 气) and
    full-width letters and digits half-width (one character for one)."""
    kept: list[tuple[int, int]] = []
    start = 0
    for match in _DROPPED.finditer(raw):
        kept.append((start, match.start()))
        start = match.end()
    kept.append((start, len(raw)))
    whole = Chars(raw, _offsets(range(len(raw))))
    chars = whole.keep(kept) if len(kept) > 1 else whole
    text = chars.text.replace("\r", "\n").translate(_SPACES_TO_BLANK).translate(_LOOKALIKES)
    text = to_halfwidth_alnum(text)
    return Chars(text, chars.offsets)


def _simplify(chars: Chars) -> Chars:
    converted = _converter().convert(chars.text)
    if len(converted) == len(chars.text):
        return Chars(converted, chars.offsets)
    # a phrase conversion changed the length: fall back to character by character
    table = {}
    for ch in set(chars.text):
        new = _converter().convert(ch)
        if len(new) == 1 and new != ch:
            table[ord(ch)] = new
    return Chars(chars.text.translate(table), chars.offsets)


_LINE_END = re.compile(r"\n[\n ]*")  # a newline with the blank lines and spaces after it


def _split_lines(chars: Chars) -> Iterator[tuple[Chars, int, int]]:
    """Lines as (chars, raw index of the newline that ends it, newlines after it)."""
    start = 0
    for match in _LINE_END.finditer(chars.text):
        yield chars.slice(start, match.start()), chars.offsets[match.start()], match.group().count("\n")
        start = match.end()
    yield chars.slice(start, len(chars)), chars.offsets[-1] + 1 if len(chars) else 0, 0


def _strip(line: Chars) -> Chars:
    start = len(line.text) - len(line.text.lstrip())
    return line.slice(start, max(start, len(line.text.rstrip())))


def _looks_like_heading_or_byline(text: str) -> bool:
    if text.startswith("#") or looks_like_heading(text):
        return True
    return len(text) <= 30 and text.startswith(BYLINE_OPENERS) and not (set(text) & SENTENCE_PUNCT)


def _remove_stray_spaces(line: Chars, wrapped: bool = False) -> Chars:
    """Drop spaces between CJK characters and digits; keep them where they separate the
    phrases of a heading or the names of a byline. A `wrapped` line (`_wraps_on`) is running
    text whatever it looks like: OCR cuts a sentence into lines with no sentence mark in them,
    which read like headings."""
    text = line.text
    pieces = text.split()
    # "坚守防控一线 展现网格力量" separates phrases; "疫 情 防 控" is OCR scatter
    scattered = len(pieces) >= 3 and sum(len(p) == 1 for p in pieces) * 2 > len(pieces)
    keep_all = _looks_like_heading_or_byline(text) and not scattered and not wrapped
    protected: list[tuple[int, int]] = []  # ascending, disjoint
    if not keep_all:
        protected = [match.span() for match in _BYLINE_IN_BRACKETS.finditer(text)]
    kept: list[tuple[int, int]] = []
    start = 0
    for run in _SPACE_RUN.finditer(text):
        i, j = run.span()
        before = text[i - 1] if i else ""
        after = text[j] if j < len(text) else ""
        in_number = _inside_figure(text, i, j) or _inside_decimal(text, i, j) or _inside_date(text, i, j)
        free = not keep_all and not _inside(protected, i)  # running text, outside a bracketed byline
        loose = _between_cjk_and_digits(before, after) or _by_wide_mark(before, after)
        stray = in_number or (free and loose)
        kept.append((start, i if stray else i + 1))  # collapse a run of spaces to one
        start = j
    if not kept:
        return line
    kept.append((start, len(text)))
    return line.keep(kept)


_SPACE_RUN = re.compile(" +")


def _inside_figure(text: str, i: int, j: int) -> bool:
    """Whether the spaces text[i:j] stand inside a figure: after Arabic digits and before an
    approximation marker or a scale word (30 多万人, 3 万余名), or before a measure word that
    opens no longer word (1000 架无人机, 50 个; not 2021 天津). OCR leaves such a space in a
    wrapped line that reads like a heading, where spaces between phrases are kept; no phrase
    ends on bare digits before their own measure word, so the space goes there too."""
    if i == 0 or not (text[i - 1].isascii() and text[i - 1].isdigit()):
        return False
    if text.startswith(P.INSIDE_LONGEST_FIRST, j):
        return True
    unit = next((w for w in P.MEASURES_LONGEST_FIRST if text.startswith(w, j)), None)
    return unit is not None and not _opens_longer_word(text, j, unit)


def _opens_longer_word(text: str, j: int, unit: str) -> bool:
    """Whether the measure word at text[j] opens a longer dictionary word (2021 天津, 3 年级):
    then the space separates a number from a word, as a heading writes it."""
    words = word_tags()
    return any(text[j : j + n] in words for n in range(len(unit) + 1, len(unit) + 4))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    at = bisect_right(spans, (pos, sys.maxsize)) - 1  # the last span starting at or before pos
    return at >= 0 and spans[at][0] <= pos < spans[at][1]


def _continues(previous: str, following: str, single: bool = False, full: bool = False) -> bool:
    """Whether a line break between two lines is an OCR artefact inside a paragraph. ``single``:
    one newline, no blank line; ``full``: the line before is as wide as the page's body lines."""
    if not previous or not following:
        return False
    if single and following[0] in _CONTINUING_MARKS and not previous.startswith("#"):
        return True  # no paragraph opens with a comma or a closing mark (…举行|，标志着, 名称|”)
    if single and (_splits_number(previous, following) or _ends_in_count(previous)):
        return True
    if previous[-1] in PARAGRAPH_FINAL or len(previous) < MIN_BODY_LINE or previous.startswith("#"):
        return False
    if not (set(previous) & SENTENCE_PUNCT) and not (single and full):  # a heading or label
        return False
    if following.startswith((*_NEW_PARAGRAPH_MARKS, *BYLINE_OPENERS, *PARAGRAPH_OPENERS)):
        return False
    return _is_cjk_or_digit(following[0]) or following[0] in _QUOTES_OPENING


def _wraps_on(before: tuple[Chars, int, int], line: str, column: float) -> bool:
    """Whether `line` goes on a paragraph OCR wrapped: the line right before it (one newline
    between) fills the page's column (`column`, `_body_width` of the lines without spaces) and
    ends in no paragraph's final mark, as `_continues` joins them."""
    previous, _, newlines = before
    text = previous.text.replace(" ", "")
    return (
        newlines == 1
        and len(text) >= column
        and text[-1] not in PARAGRAPH_FINAL
        and not line.startswith(BYLINE_OPENERS)
    )


def _ends_in_count(previous: str) -> bool:
    """A line of running text that ends in a figure's measure word (…救出3名|记者、…): the noun
    it counts follows on the next line, even one that opens like a byline (记者) or a paragraph;
    a paragraph's last sentence ends in a mark, not in a measure word."""
    if len(previous) < MIN_BODY_LINE or not (set(previous) & SENTENCE_PUNCT):
        return False
    unit = next((w for w in P.MEASURES_LONGEST_FIRST if previous.endswith(w)), None)
    before = previous[-len(unit) - 1 : -len(unit)] if unit else ""
    return bool(before) and (before.isdigit() or before in _NUMERAL_ENDS)


_NUMERAL_ENDS = "一二两三四五六七八九十百千万亿余多"  # what a figure's numeral ends in before its measure


def _splits_number(previous: str, following: str) -> bool:
    """A figure or a date broken over two lines of running text (…增长到2|00多个, 17|.5亿亩,
    3|—5摄氏度, 29日—|31日, 7月27|日, 300|多万人, 58|%)."""
    if len(previous) < MIN_BODY_LINE:
        return False
    before_joiner = previous[-2:-1]
    if previous[-1] in _NUMBER_JOINERS and (before_joiner.isdigit() or before_joiner in _DATE_UNITS):
        return following[0].isdigit()  # 3—|5, 29日—|31日: a range's second end
    if previous[-1] in _DATE_UNITS and before_joiner.isdigit():
        return following[0] in _NUMBER_JOINERS and following[1:2].isdigit()  # 29日|—31日
    return previous[-1].isdigit() and (
        following[0].isdigit()
        or (following[0] in _NUMBER_JOINERS and following[1:2].isdigit())
        or following[0] in _FIGURE_CLOSERS
        or following.startswith(_DATE_UNITS)
        or following.startswith(P.INSIDE_LONGEST_FIRST)
        or following.startswith(P.MEASURES_LONGEST_FIRST)
    )


def clean_text(raw: str) -> CleanText:
    """Repair one page: join broken lines, drop stray spaces, half-width digits, simplified
    characters; paragraphs are separated by one newline, a wider gap on the page (two or
    more blank lines, a section break) by two."""
    pieces: list[str] = []
    offsets = _offsets()
    paragraph = ""  # the paragraph being built, after joins
    gap_before: tuple[int, int] | None = None  # (raw newline index, newlines) before this line
    stripped = [(_strip(line), i, n) for line, i, n in _split_lines(_simplify(_read(raw)))]
    column = _body_width([line.text.replace(" ", "") for line, _, _ in stripped])
    lines = [
        (_remove_stray_spaces(line, k > 0 and _wraps_on(stripped[k - 1], line.text, column)), i, n)
        for k, (line, i, n) in enumerate(stripped)
    ]
    width = _body_width([line.text for line, _, _ in lines])
    last = 0.0  # the width of the line before (0 where it holds a space: a heading or byline)
    for line, newline_idx, newlines in lines:
        if not line:
            continue
        if gap_before is not None and pieces:
            if _continues(paragraph, line.text, single=gap_before[1] == 1, full=last >= width):
                paragraph += line.text
            else:
                raw_idx, gap = gap_before
                breaks = 2 if gap >= 3 else 1
                pieces.append("\n" * breaks)
                offsets.extend((raw_idx,) * breaks)
                paragraph = line.text
        else:
            paragraph = line.text
        pieces.append(line.text)
        offsets.extend(line.offsets)
        gap_before = (newline_idx, newlines)
        last = 0 if " " in line.text else len(line.text)
    return CleanText("".join(pieces), offsets)


def _body_width(lines: list[str]) -> float:
    """How wide a line filled to the page's column is: WRAP_SHARE of the median length of the
    lines of running text (long enough, with a sentence mark); a page of one paragraph per line
    gives a width no heading reaches, a page of fewer than MIN_BODY_LINES such lines none."""
    body = sorted(len(line) for line in lines if len(line) >= MIN_BODY_LINE and set(line) & SENTENCE_PUNCT)
    return WRAP_SHARE * body[len(body) // 2] if len(body) >= MIN_BODY_LINES else float("inf")
