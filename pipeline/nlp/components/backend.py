"""``cnnews_ner_backend``: the NER backend (model, jieba, hanlp: ...) as the pipeline's first
component. It tags the docs in batches, passes every span through the hygiene (rules on or
off) and stores them for the rule components."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.components.conventions import MSRA, check
from pipeline.nlp.components.hygiene import clean_model_spans
from pipeline.nlp.components.spans import doc_text, stored, write_spans
from pipeline.nlp.ner import DEFAULT_NER, NerBackend, Span, load_backend


class BackendComponent:
    def __init__(self, backend: NerBackend, convention: str = "project") -> None:
        self.backend = backend
        self.surname_person = check(convention) == MSRA

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = 256) -> Iterator[Doc]:
        buf: list[Doc] = []
        for doc in docs:
            buf.append(doc)
            if len(buf) >= batch_size:
                yield from self._run(buf)
                buf = []
        if buf:
            yield from self._run(buf)

    def _run(self, docs: list[Doc]) -> Iterator[Doc]:
        texts = [doc_text(d) for d in docs]
        for doc, text, spans in zip(docs, texts, self.tag(texts), strict=True):
            write_spans(doc, spans, text)
            yield doc

    def tag(self, texts: Sequence[str], name: str = "cnnews_model") -> list[list[Span]]:
        """The backend's spans of ``texts`` (``rule_text``) after the hygiene, as ``pipe``
        stores them on docs (``spans.stored``); ``name``: the component's, for errors."""
        return [stored(clean_model_spans(text, spans, self.surname_person), text, name)
                for text, spans in zip(texts, self.backend.predict(texts), strict=True)]


@Language.factory("cnnews_ner_backend",
                  default_config={"spec": DEFAULT_NER, "convention": "project"})
def make_backend(nlp: Language, name: str, spec: str, convention: str) -> BackendComponent:
    """``spec``: the backend, as for ``--ner`` (``model``, ``model:<dir>``, ``jieba``,
    ``hanlp:<dir>``); loaded once per process. ``convention``: the annotation convention of
    the output (``[annotation]`` of the config, see ``build.py``)."""
    return BackendComponent(load_backend(spec), convention)
