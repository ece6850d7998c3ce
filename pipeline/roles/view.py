"""Lookups over one document's tables, shared by the role readers."""

from __future__ import annotations

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

    def sentence_of(self, pos: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return None

    def sentence_bounds(self, m: Mention) -> tuple[int, int]:
        s = next((s for s in self.sentences if s.sentence_id == m.sentence_id), None)
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
