"""Sentence splitting of one line of text, as offsets.

The rules are those of HanLP's rule-based splitter (``hanlp.utils.rules.split_sentence``, which
the pipeline used before; Apache-2.0), written here so that the core run path needs no HanLP and
no torch, and so that it gives offsets instead of rewritten strings that had to be found again
in the text:

- a break after 。！？? unless a closing quote ”’ follows; after six dots ``......`` and after
  ``……``, likewise; after such a terminator with its closing quote, unless a comma or another
  terminator follows. As in HanLP each rule consumes the character after its break, so the
  second of two terminators in a row (``。。``, ``？！``) gets no break of its own;
- inside each piece (stripped), Western sentences: a break after . ! ? followed by whitespace,
  except after an abbreviation such as ``Mr.`` or ``U.S.``; a trailing single character after
  such a break is dropped, as HanLP does.

No sentence library fits: spaCy's sentencizer and pysbd split on different characters (pysbd
also rewrites text), and the output must stay the same sentences as before (tests compare
with HanLP where it is installed).
"""

from __future__ import annotations

import re
from itertools import pairwise

# (pattern, group whose start is the break): the four substitutions of HanLP's splitter
_BREAKS = (
    re.compile(r"([。！？?])([^”’])"),
    re.compile(r"(\.{6})([^”’])"),
    re.compile(r"(…{2})([^”’])"),
    re.compile(r"([。！？?][”’])([^，。！？?])"),
)
_WESTERN = re.compile(r"(\S.+?[.!?])(?=\s+|$)|(\S.+?)(?=[\n]|$)")
# whitespace that does not end a sentence: after a title (Mr. Dr.) or an acronym (U.S.)
_KEEP_SPACE = (re.compile(r"([A-Z][a-z]{1,2}\.)(\s)(\w)"), re.compile(r"(\.[a-zA-Z]\.)(\s)(\w)"))


def _breaks(text: str) -> list[int]:
    """Offsets where a new piece starts (each rule scans the text left to right on its own:
    the breaks one rule adds never change what another rule matches)."""
    found = {m.start(2) for rule in _BREAKS for m in rule.finditer(text)}
    found.update(i + 1 for i, c in enumerate(text) if c == "\n")
    return sorted(found)


def _western(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    masked = chunk
    for rule in _KEEP_SPACE:
        # the kept whitespace becomes a non-space placeholder of the same length
        masked = rule.sub(lambda m: m.group(1) + "@" + m.group(3), masked)
    found = [(start + m.start(), start + m.end()) for m in _WESTERN.finditer(masked)]
    return found or [(start, end)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, in order, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    bounds = [0, *_breaks(text), len(text)]
    for a, b in pairwise(bounds):
        piece = text[a:b]
        stripped = piece.strip()
        if not stripped:
            continue
        start = a + piece.index(stripped[0])
        spans.extend(_western(text, start, start + len(stripped)))
    return spans
