"""The NER pipeline run on plain strings and span lists (``build.run_steps``): the same spans as
spaCy's ``nlp.pipe`` on docs of one token per character, which it replaced for speed (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

from pipeline.nlp.components import build_rules
from pipeline.nlp.components.build import BACKEND, NerPipeline, default_config, make_doc
from pipeline.nlp.components.spans import RuleComponent, read_spans, stored, write_spans
from pipeline.nlp.ner import Span, load_ner

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
needs_model = pytest.mark.skipif(not (MODEL_DIR / "model.onnx").is_file(),
                                 reason="models/ner not built (make train-ner)")


def _on_docs(m: NerPipeline, texts: list[str]) -> list[list[Span]]:
    """The pipeline as spaCy runs it: a doc per text, every component's ``__call__``/``pipe``."""
    docs = m.nlp.pipe((make_doc(m.nlp, t) for t in texts), batch_size=256)
    return [read_spans(d) for d in docs]


@needs_model
def test_spans_on_strings_are_those_on_docs(sample_texts: dict[str, str]) -> None:
    m = load_ner("model")
    texts = [line for text in sample_texts.values() for line in text.splitlines() if line.strip()]
    assert len(texts) > 50
    on_docs = _on_docs(m, texts)
    assert m.predict(texts) == on_docs
    assert sum(map(len, on_docs)) > 100  # the pages hold names: the comparison means something


@needs_model
def test_disabled_components_are_skipped_on_strings(sample_texts: dict[str, str]) -> None:
    m = load_ner("model")
    texts = [line for line in next(iter(sample_texts.values())).splitlines() if line.strip()]
    rules = [n for n in m.nlp.pipe_names if n != BACKEND]
    with m.nlp.select_pipes(disable=rules):
        backend_only = _on_docs(m, texts)
    assert m.predict(texts, disable=rules) == backend_only
    with pytest.raises(ValueError, match="cnnews_nothing"):
        m.predict(texts, disable=["cnnews_nothing"])


def test_a_rule_returning_overlapping_spans_is_named() -> None:
    text = "太原市小店区"
    good = [Span(3, 6, "LOC", "a"), Span(0, 3, "LOC", "b")]
    assert stored(good, text, "x") == [good[1], good[0]]  # sorted by start, as on a doc
    with pytest.raises(ValueError, match=r"cnnews_bad.*overlapping"):
        stored([Span(0, 3, "LOC", "a"), Span(2, 6, "LOC", "b")], text, "cnnews_bad")
    with pytest.raises(ValueError, match=r"cnnews_bad.*outside the text"):
        stored([Span(4, 9, "LOC", "a")], text, "cnnews_bad")


class _Tokens:
    """A spaCy component of another kind (no ``RuleComponent``): it reads the doc's tokens
    with spaCy's Matcher and adds a LOC for 黄河 where no span is."""

    def __init__(self, nlp: Language) -> None:
        self.matcher = Matcher(nlp.vocab)
        self.matcher.add("river", [[{"ORTH": "黄"}, {"ORTH": "河"}]])

    def __call__(self, doc: Doc) -> Doc:
        spans = read_spans(doc)
        for _, a, b in self.matcher(doc):
            if not any(s.start < b and a < s.end for s in spans):
                spans.append(Span(a, b, "LOC", "test:matcher"))
        write_spans(doc, spans)
        return doc


@Language.factory("test_river_matcher")
def _make_tokens(nlp: Language, name: str) -> _Tokens:
    return _Tokens(nlp)


def test_a_component_reading_tokens_gets_a_doc() -> None:
    config = default_config()
    config["nlp"]["pipeline"] = [*config["nlp"]["pipeline"], "test_river_matcher"]
    config["components"]["test_river_matcher"] = {"factory": "test_river_matcher"}
    rules = build_rules(config=config)
    assert not isinstance(rules.nlp.get_pipe("test_river_matcher"), RuleComponent)
    t = "记者 李杰华 在黄河边采访"
    got = [(t[s.start : s.end], s.label, s.source) for s in rules.apply(t, [])]
    assert got == [("李杰华", "PERSON", "rule:byline"), ("黄河", "LOC", "test:matcher")]
