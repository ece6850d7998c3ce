"""The NER pipeline, built from a spaCy config: the backend first, then one component per rule.

``DEFAULT_CONFIG`` is the order of the components and their options, as data; a variant is a
config with other options or another ``pipeline`` list (``build(spec, config=...)``), and
``nlp.select_pipes(disable=[...])`` switches components off (the ablation in the model card).
Every backend gets the same rules: the spec only fills in the first component.

spaCy serves as the component registry and the config; ``NerPipeline.predict`` runs the
components on plain strings and span lists (``run_steps``), since the rules read characters:
a Doc of one token per character per sentence, built and read back by every component, cost
more than the rules (3.1 of 6.5 CPU s of the mentions' NER and rules on 2 MB of news, the
tagging aside). ``nlp(text)`` still runs them on a Doc.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import load_config_from_str, load_model_from_config
from thinc.api import Config

# importing the modules registers their factories
from pipeline.nlp.components import backend as backend_component  # noqa: F401
from pipeline.nlp.components import (  # noqa: F401
    conventions,
    county_forms,
    loc_chains,
    loc_extents,
    loc_kinds,
    loc_suffix,
    msra_extents,
    name_lists,
    org_checks,
    org_descriptions,
    org_edges,
    org_forms,
    org_places,
    org_suffix,
    org_units,
    periodicals,
    persons,
    places,
    precision,
    regions,
)
from pipeline.nlp.components.backend import BackendComponent
from pipeline.nlp.components.hygiene import clean_model_spans
from pipeline.nlp.components.spans import TEXT, RuleComponent, read_spans, rule_text, stored, write_spans
from pipeline.nlp.ner import DEFAULT_NER, NerBackend, Span, load_backend

BACKEND = "cnnews_model"
PREFIX = "cnnews_"
BATCH = 256  # texts per backend call
Step = tuple[str, Callable[[Doc], Doc]]

# Pipeline order: the gazetteer first (it also repairs backend edges that cross a division
# name), then address lists, then filters and splits of backend spans, then the proposers.
# ${paths.lexicons}: the folder with gazetteer.txt and person_surnames.txt ("" = the shipped
# model's; a model backend brings its own).
# [annotation] convention: "project" (the gold guidelines) or "msra" (MSRA's, where they
# differ: for scoring on MSRA; see conventions.py), passed to the components it changes.
DEFAULT_CONFIG = """
[paths]
lexicons = ""

[annotation]
convention = "project"

[nlp]
lang = "zh"
pipeline = ["cnnews_model", "cnnews_gazetteer", "cnnews_address", "cnnews_name_lists",
    "cnnews_person_filter", "cnnews_split_chains", "cnnews_person_title", "cnnews_org_suffix",
    "cnnews_loc_suffix", "cnnews_org_forms", "cnnews_org_descriptions", "cnnews_org_edges",
    "cnnews_org_places", "cnnews_regions",
    "cnnews_abbreviations", "cnnews_loc_extents", "cnnews_county_forms", "cnnews_loc_chains",
    "cnnews_precision", "cnnews_org_checks", "cnnews_loc_kinds", "cnnews_periodicals",
    "cnnews_interpunct_names", "cnnews_org_units", "cnnews_loc_parts", "cnnews_org_parts"]

[components]

[components.cnnews_model]
factory = "cnnews_ner_backend"
spec = "model"
convention = ${annotation.convention}

[components.cnnews_gazetteer]
factory = "cnnews_gazetteer"
lexicons = ${paths.lexicons}

[components.cnnews_address]
factory = "cnnews_address"
lexicons = ${paths.lexicons}

[components.cnnews_name_lists]
factory = "cnnews_name_lists"
lexicons = ${paths.lexicons}

[components.cnnews_person_filter]
factory = "cnnews_person_filter"
lexicons = ${paths.lexicons}
convention = ${annotation.convention}

[components.cnnews_split_chains]
factory = "cnnews_split_chains"
lexicons = ${paths.lexicons}

[components.cnnews_person_title]
factory = "cnnews_person_title"
lexicons = ${paths.lexicons}
titles = "ner_person_titles"
byline_roles = "byline_roles"

[components.cnnews_org_suffix]
factory = "cnnews_org_suffix"
heads = "ner_org_heads"
convention = ${annotation.convention}

[components.cnnews_loc_suffix]
factory = "cnnews_loc_suffix"
suffixes = "ner_loc_strong_suffixes"
river_kinds = "ner_river_kinds"

[components.cnnews_org_forms]
factory = "cnnews_org_forms"
convention = ${annotation.convention}

[components.cnnews_org_descriptions]
factory = "cnnews_org_descriptions"

[components.cnnews_org_edges]
factory = "cnnews_org_edges"
lexicons = ${paths.lexicons}
convention = ${annotation.convention}

[components.cnnews_org_places]
factory = "cnnews_org_places"
lexicons = ${paths.lexicons}
convention = ${annotation.convention}

[components.cnnews_regions]
factory = "cnnews_regions"
lexicons = ${paths.lexicons}
convention = ${annotation.convention}

[components.cnnews_abbreviations]
factory = "cnnews_abbreviations"
abbreviations = "ner_place_abbreviations"
relation_words = "ner_relation_words"
convention = ${annotation.convention}

[components.cnnews_loc_extents]
factory = "cnnews_loc_extents"
lexicons = ${paths.lexicons}
convention = ${annotation.convention}

[components.cnnews_county_forms]
factory = "cnnews_county_forms"

[components.cnnews_loc_chains]
factory = "cnnews_loc_chains"
lexicons = ${paths.lexicons}

[components.cnnews_precision]
factory = "cnnews_precision"
lexicons = ${paths.lexicons}
abbreviations = "ner_place_abbreviations"
titles = "ner_person_titles"
convention = ${annotation.convention}

[components.cnnews_org_checks]
factory = "cnnews_org_checks"
lexicons = ${paths.lexicons}
convention = ${annotation.convention}

[components.cnnews_loc_kinds]
factory = "cnnews_loc_kinds"
lexicons = ${paths.lexicons}
convention = ${annotation.convention}

[components.cnnews_periodicals]
factory = "cnnews_periodicals"
convention = ${annotation.convention}

[components.cnnews_interpunct_names]
factory = "cnnews_interpunct_names"

[components.cnnews_org_units]
factory = "cnnews_org_units"

[components.cnnews_loc_parts]
factory = "cnnews_loc_parts"
convention = ${annotation.convention}

[components.cnnews_org_parts]
factory = "cnnews_org_parts"
convention = ${annotation.convention}
"""


def default_config(convention: str = conventions.PROJECT) -> Config:
    """The default config; ``convention``: the annotation convention of the output."""
    config = load_config_from_str(DEFAULT_CONFIG, interpolate=False)
    config["annotation"]["convention"] = conventions.check(convention)
    return config


def make_doc(nlp: Language, text: str) -> Doc:
    """A Doc for the components on docs (``nlp(text)``, a component reading tokens in
    ``run_steps``). One token per character: the rules work on characters, and every
    character offset is a token boundary, so any span the rules find can be a spaCy span.
    The rules read ``rule_text`` (full-width ASCII and radicals folded)."""
    doc = Doc(nlp.vocab, words=list(text), spaces=[False] * len(text))
    setattr(doc._, TEXT, rule_text(text))
    return doc


def run_steps(nlp: Language, steps: Sequence[Step], texts: Sequence[str],
              found: list[list[Span]]) -> list[list[Span]]:
    """The components ``steps`` of ``nlp``, in order, on ``texts`` (as given) and the spans
    found so far in each, on plain strings and span lists: the backend tags a batch, each
    rule reads and returns spans (``RuleComponent.run``). Same spans as ``nlp.pipe`` on docs
    of ``make_doc``, without a Doc per text: the rules work on characters, and building and
    reading docs of one token per character cost more than the rules. A component of
    another kind (a spaCy component reading tokens: a Matcher's) gets a doc, made for it."""
    rule_texts = [rule_text(t) for t in texts]
    for name, proc in steps:
        if isinstance(proc, BackendComponent):
            found = proc.tag(rule_texts, name)
        elif isinstance(proc, RuleComponent):
            found = [proc.run(t, spans, name) for t, spans in zip(rule_texts, found, strict=True)]
        else:
            found = [_on_doc(nlp, proc, t, spans) for t, spans in zip(texts, found, strict=True)]
    return found


def _on_doc(nlp: Language, proc: Callable[[Doc], Doc], text: str, spans: list[Span]) -> list[Span]:
    """A component that reads a Doc, on ``text`` and the spans found so far."""
    doc = make_doc(nlp, text)
    write_spans(doc, spans)
    return read_spans(proc(doc))


def make_nlp(config: Config, lexicons: str = "", spec: str | None = None) -> Language:
    config = config.copy()
    config["paths"]["lexicons"] = lexicons
    if spec is not None:
        config["components"][BACKEND]["spec"] = spec
    else:  # the rules alone
        config["nlp"]["pipeline"] = [n for n in config["nlp"]["pipeline"] if n != BACKEND]
        config["components"].pop(BACKEND, None)
    return load_model_from_config(config.interpolate(), auto_fill=True, validate=True)


class Rules:
    """The rule components of a pipeline, run on spans given (tests, 'rules only')."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def component_names(self) -> tuple[str, ...]:
        return tuple(n.removeprefix(PREFIX) for n in self.nlp.pipe_names if n != BACKEND)

    def apply(self, text: str, spans: Sequence[Span]) -> list[Span]:
        """The rules after ``spans`` (which go through the hygiene first, as a backend's)."""
        surname_person = self.nlp.config["annotation"]["convention"] == conventions.MSRA
        clean = stored(clean_model_spans(rule_text(text), spans, surname_person),
                       rule_text(text), "the hygiene")
        steps = [(name, proc) for name, proc in self.nlp.pipeline if name != BACKEND]
        return run_steps(self.nlp, steps, [text], [clean])[0]


class NerPipeline:
    """A NER backend and the rule components as one spaCy pipeline (``nlp``)."""

    def __init__(self, nlp: Language, backend: NerBackend) -> None:
        self.nlp = nlp
        self.backend = backend
        self.name = backend.name
        self.rules = Rules(nlp)

    def predict(self, texts: Sequence[str], disable: Sequence[str] = ()) -> list[list[Span]]:
        """Spans per text; ``disable`` names pipeline components to skip (ablation)."""
        steps = self.nlp.pipeline
        if disable:
            with self.nlp.select_pipes(disable=list(disable)):
                steps = self.nlp.pipeline
        out: list[list[Span]] = []
        for i in range(0, len(texts), BATCH):
            batch = texts[i : i + BATCH]
            out.extend(run_steps(self.nlp, steps, batch, [[] for _ in batch]))
        return out

    def prime(self, texts: Sequence[str]) -> None:
        """Let the backend tag ``texts`` ahead, all at once, for the ``predict`` calls that
        follow (the sentences of many documents: ``ModelBackend.prime``); a backend that
        cannot batch ahead (jieba, hanlp) ignores it. The backend sees the texts as
        ``predict`` gives them to it (``rule_text``)."""
        prime = getattr(self.backend, "prime", None)
        if prime is not None:
            prime([rule_text(t) for t in texts])

    def describe(self) -> dict[str, str]:
        """What was loaded (for the run manifest): the backend, the rules, the pipeline."""
        return {**self.backend.describe(),
                "rules": "on" if self.rules.component_names() else "off",
                "pipeline": ",".join(self.nlp.pipe_names)}

    def __getattr__(self, name: str) -> Any:
        """The backend's own attributes (the model's ``tagger`` and ``model_dir``)."""
        if name == "backend":
            raise AttributeError(name)
        return getattr(self.backend, name)


def _lexicons_for(backend: NerBackend) -> str:
    """A model backend brings its own gazetteer and surnames (a retrained model, its own);
    other backends use the shipped model's."""
    model_dir = getattr(backend, "model_dir", None)
    return str(Path(model_dir) / "lexicons") if model_dir is not None else ""


def build(spec: str = DEFAULT_NER, config: Config | None = None) -> NerPipeline:
    """The pipeline for a backend spec (``model``, ``jieba``, ``hanlp:<dir>`` ...)."""
    backend = load_backend(spec)
    nlp = make_nlp(config or default_config(), _lexicons_for(backend), spec)
    return NerPipeline(nlp, backend)


def build_rules(lexicons: str = "", config: Config | None = None) -> Rules:
    """The rule components alone, reading the gazetteer and surnames from ``lexicons``."""
    return Rules(make_nlp(config or default_config(), lexicons))


def load_model(arg: str | None = None, annotation: str = conventions.PROJECT) -> NerPipeline:
    """The shipped model (or ``arg``: ``[PATH][,convention=NAME]``, the network's convention)
    and the rules, following the annotation convention ``annotation`` (conventions.py)."""
    return build(f"model:{arg}" if arg else "model", default_config(annotation))


def model_pipeline(model_dir: Path, convention: str | None = None) -> NerPipeline:
    """The model in ``model_dir`` following ``convention``, and the rules."""
    return load_model(f"{model_dir},convention={convention}" if convention else str(model_dir))
