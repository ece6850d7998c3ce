"""Titles: the head nouns a title ends in, and a title written right before a name
(社区党支部书记张春凤, 一级警长赵静清, 队长——武艳)."""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.records import Mention, Token
from pipeline.roles.facts import Facts, Kind, affiliation_split
from pipeline.roles.view import DocumentView

TITLE_HEADS = frozenset(lexicons.words("roles_title_heads"))
_HEADS_LONGEST_FIRST = lexicons.longest_first(TITLE_HEADS)
DEPUTY = "副"  # 副书记: the deputy prefix stays in role_norm
MAX_TITLE = 14

# jieba tags that may be part of a title; anything else ends it
TITLE_POS = tuple(lexicons.words("roles_title_pos"))
# 一级警长: a rank numeral is part of the title (jieba tags it m)
_TITLE_NUMERAL = re.compile(r"^[一二三四五六七八九十]级$")
# words that end a title whatever jieba tags them
_NEVER_IN_TITLE = ("的", "是")
# a personal name right before the title owns it (not nrt: jieba tags 二十大 in 二十大代表 so)
_NAME_POS = ("nr", "nrfg")
_STOP_CHARS = frozenset(lexicons.words("roles_title_stops")) | {" ", "\u3000"}
# 队长——武艳: a dash or colon between title and name
_DASH_CHARS = "—－-：: "
_DASH_GAP = re.compile(r"^(?:——|—|－|-|：|:)?\s*$")


def role_head(title: str) -> str | None:
    """书记 for 社区党支部书记, 副书记 for 副书记, 警长 for 一级警长; None if no known head."""
    for head in _HEADS_LONGEST_FIRST:
        if title.endswith(head):
            before = title[: -len(head)]
            return DEPUTY + head if before.endswith(DEPUTY) else head
    return None


def may_be_in_title(tok: Token) -> bool:
    return tok.pos.startswith(TITLE_POS) or bool(_TITLE_NUMERAL.match(tok.text))


def all_title_words(view: DocumentView, sentence_id: str | None, start: int, end: int) -> bool:
    """Whether every token inside [start, end) may be part of a title (True when the sentence
    has no tokens to judge by)."""
    return all(may_be_in_title(t) for t in view.tokens_within(sentence_id, start, end))


def _title_end(view: DocumentView, end: int, lo: int) -> int:
    """Where a title before a name at `end` ends: at the name, or before a dash (队长——武艳)."""
    k = end
    while k > lo and view.text[k - 1] in _DASH_CHARS:
        k -= 1
    return k if k == end or _DASH_GAP.match(view.text[k:end]) else end


def _start_by_tokens(toks: list[Token], k: int) -> int | None:
    """The start of the run of title words ending at k; None when a personal name owns it (in
    习近平主席郑重提出 the NER missed 习近平 and took 郑重 for a name)."""
    start = k
    for tok in reversed(toks):
        if tok.pos in _NAME_POS:
            return None
        if not may_be_in_title(tok) or tok.text in _NEVER_IN_TITLE or k - tok.start > MAX_TITLE:
            break
        start = tok.start
    return start


def _start_by_chars(text: str, k: int, stop: int) -> int:
    """No tokens for this sentence: the title runs back to the first stop character."""
    start = k
    while start > stop and text[start - 1] not in _STOP_CHARS:
        if k - (start - 1) > MAX_TITLE:
            break
        start -= 1
    return start


def title_before(view: DocumentView, m: Mention, lo: int) -> tuple[int, str] | None:
    """(start, title) of a title written right before the mention, bounded by the sentence
    start, the previous mention, and the first word that cannot be in a title."""
    k = _title_end(view, m.start, lo)
    # the last mention ending before the title (m itself ends after k)
    stop = max(lo, view.last_mention_end(k) or lo)
    toks = view.tokens_within(m.sentence_id, stop, k)
    if toks and toks[-1].end == k:
        start = _start_by_tokens(toks, k)
        if start is None:
            return None
    else:
        start = _start_by_chars(view.text, k, stop)
    title = view.text[start:k]
    if not title or role_head(title) is None:
        return None
    return start, title


def title_facts(view: DocumentView, m: Mention, lo: int) -> Facts | None:
    """The title before the name, with the organization or place right before the title."""
    found = title_before(view, m, lo)
    if found is None:
        return None
    start, title = found
    org, place = affiliation_split(view.mention_before(start, lo))
    return Facts(Kind.TITLE, role=title, org=org, place=place, start=start)
