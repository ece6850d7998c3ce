"""Baseline NER backend (spec ``jieba``): jieba's POS tags nr / ns / nt as PERSON / LOC / ORG.

Kept as the yardstick the trained model is measured against (MSRA test F1 ~0.59); it needs
no model files beyond jieba's bundled dictionary.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from pipeline.nlp.ner import Span

_LABELS = {"nr": "PERSON", "ns": "LOC", "nt": "ORG"}


class JiebaBackend:
    name = "jieba"

    def __init__(self) -> None:
        import jieba  # type: ignore[import-untyped]
        import jieba.posseg  # type: ignore[import-untyped]

        jieba.setLogLevel(logging.WARNING)  # it logs the dictionary build at INFO
        jieba.initialize()
        self._posseg = jieba.posseg

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        out = []
        for text in texts:
            spans: list[Span] = []
            pos = 0
            for pair in self._posseg.cut(text, HMM=True):
                word, flag = pair.word, pair.flag
                label = _LABELS.get(flag)
                if label:
                    # jieba splits surname and given name rarely, but when it does (nr nr),
                    # merge them like the PKU convention's person names.
                    if (spans and label == "PERSON" and spans[-1].label == "PERSON"
                            and spans[-1].end == pos):
                        spans[-1] = Span(spans[-1].start, pos + len(word), label, "jieba")
                    else:
                        spans.append(Span(pos, pos + len(word), label, "jieba"))
                pos += len(word)
            out.append(spans)
        return out

    def describe(self) -> dict[str, str]:
        import jieba

        return {"backend": "jieba", "version": getattr(jieba, "__version__", "")}


def load(arg: str | None) -> JiebaBackend:
    return JiebaBackend()
