"""Lookups over one document's tables, shared by the role readers."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from pipeline.records import Mention, Sentence, Token


class DocumentView:
    """A document's text, sentences, tokens and mentions, indexed for the role readers."""

    def __init__(
        self, text: str, sentences: Sequence[Sentence], tokens: Sequence[Token], mentions: Sequence[Mention]
    ) -> None:
        self.text = text
        self.sentences = sorted(sentences, key=lambda s: s.start)
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.tokens_by_sentence: dict[str, list[Token]] = {}
        for tok in sorted(tokens, key=lambda t: t.start):
            self.tokens_by_sentence.setdefault(tok.sentence_id, []).append(tok)
        self.ends_at = {m.end: m for m in self.mentions}
        self.starts_at = {m.start: m for m in self.mentions}
        # sorted positions for bisection: every lookup below costs log n, not a scan of the
        # page (a page dense with names made the scans quadratic)
        self._sentence_starts = [s.start for s in self.sentences]
        self._sentence_by_id: dict[str, Sentence] = {}
        for sentence in self.sentences:
            self._sentence_by_id.setdefault(sentence.sentence_id, sentence)
        self._mention_ends = sorted(m.end for m in self.mentions)
        # a sentence's tokens do not overlap: sorted by start, their ends are sorted too
        self._token_edges = {sid: ([t.start for t in toks], [t.end for t in toks])
                             for sid, toks in self.tokens_by_sentence.items()}

    def sentence_of(self, pos: int) -> Sentence | None:
        """The sentence holding ``pos`` (sentences do not overlap)."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return self.sentences[i]
        return None

    def sentence_bounds(self, m: Mention) -> tuple[int, int]:
        s = self._sentence_by_id.get(m.sentence_id) if m.sentence_id is not None else None
        s = s or self.sentence_of(m.start)
        if s is None:
            return 0, len(self.text)
        return s.start, s.end

    def mention_before(self, pos: int, lo: int) -> Mention | None:
        """The mention ending exactly at pos, if it starts inside the sentence."""
        m = self.ends_at.get(pos)
        return m if m is not None and m.start >= lo else None

    def org_at(self, pos: int) -> Mention | None:
        """The ORG mention starting exactly at pos."""
        m = self.starts_at.get(pos)
        return m if m is not None and m.label == "ORG" else None

    def tokens(self, sentence_id: str | None) -> list[Token]:
        return self.tokens_by_sentence.get(sentence_id or "", [])

    def tokens_within(self, sentence_id: str | None, start: int, end: int) -> list[Token]:
        """The sentence's tokens that lie within [start, end), in order."""
        toks = self.tokens(sentence_id)
        if not toks:
            return []
        starts, ends = self._token_edges[sentence_id or ""]
        return toks[bisect_left(starts, start) : bisect_right(ends, end)]

    def last_mention_end(self, pos: int) -> int | None:
        """The largest end of a mention that ends at or before ``pos``."""
        i = bisect_right(self._mention_ends, pos)
        return self._mention_ends[i - 1] if i else None
