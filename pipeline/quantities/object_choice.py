"""The object model: the last word on a statistic's object, after the rules (`rows`).

A conditional log-linear model (`models/objects/object_choice.json`, trained by `make
train-objects`, `pipeline.training.objects`) scores every candidate object of the statistic
(`object_features`: the runs of pieces near the figure, the empty object, the rules' object)
by the sum of its features' weights. The rules' object stands unless the model's best candidate
is more probable than it by more than the model's `margin`: the rules carry what the model
learned least (rare constructions), the model mends where the rules' edges generalize badly.

Written by hand: a dot product over a few dozen named features per candidate, which needs no
library at run time (the weights are plain JSON, a few hundred kilobytes).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from pipeline.config import shipped_models_dir
from pipeline.quantities.object_features import Candidate, CandidateSpec, Spans, described
from pipeline.quantities.object_words import _TIER, _tiers_before
from pipeline.quantities.pieces import Found, Piece

MODEL_FILE = Path("objects") / "object_choice.json"
FORMAT = "object_choice/2"  # the feature set the weights were trained on (object_features)
RETRAIN = "make train-objects"


class ObjectModelError(ValueError):
    """The object model file is missing or was written for other features; names the fix."""


@dataclass(frozen=True)
class ObjectModel:
    """Feature weights, the margin the model's choice must win by, and the candidate spec."""

    weights: Mapping[str, float]
    margin: float = 0.4
    spec: CandidateSpec = field(default_factory=CandidateSpec)

    def probabilities(self, options: list[tuple[Candidate, list[str]]]) -> list[float]:
        """Each candidate's probability (a softmax over the candidates' scores)."""
        weight = self.weights.get
        scores = [sum([weight(f, 0.0) for f in feats]) for _, feats in options]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, pieces: list[Piece], st: Found, text: str, names: Spans) -> str:
        """The object: the model's best candidate where it beats the rules' by the margin."""
        options = described(pieces, st, text, names, self.spec)
        probs = self.probabilities(options)
        best = max(range(len(options)), key=probs.__getitem__)
        rules = next(k for k, (c, _) in enumerate(options) if c.text == st.obj)
        return options[best][0].text if probs[best] - probs[rules] > self.margin else st.obj


def read_model(path: Path) -> ObjectModel:
    """The model stored at `path`; an error that names the file and the fix."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ObjectModelError(f"no object model at {path}: run `{RETRAIN}` (needs ../shared)") from None
    except (OSError, ValueError) as err:
        raise ObjectModelError(f"{path}: unreadable object model ({err}); run `{RETRAIN}`") from None
    if data.get("format") != FORMAT:
        raise ObjectModelError(
            f"{path}: object model format {data.get('format')!r}, this code reads {FORMAT!r}; run `{RETRAIN}`"
        )
    spec: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data["candidates"].items()}
    return ObjectModel(weights=data["weights"], margin=float(data["margin"]), spec=CandidateSpec(**spec))


def write_model(model: ObjectModel, path: Path, card: Mapping[str, Any]) -> None:
    """The model as JSON (weights rounded, near-zero ones left out), with its training card."""
    weights = {f: round(w, 4) for f, w in sorted(model.weights.items()) if abs(w) >= 5e-4}
    data = {"format": FORMAT, "margin": model.margin, "candidates": asdict(model.spec), "card": dict(card)}
    data["weights"] = weights
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    tmp.replace(path)


@cache
def shipped_model() -> ObjectModel:
    """The model shipped beside the code (read once per process)."""
    return read_model(shipped_models_dir() / MODEL_FILE)


@dataclass(frozen=True)
class Seen:
    """A statistic as the model would see it, with the rules' object (for training)."""

    pieces: list[Piece]
    found: Found
    text: str
    names: Spans


_RECORDER: ContextVar[list[Seen] | None] = ContextVar("object_choice_recorder", default=None)


@contextmanager
def recording() -> Iterator[list[Seen]]:
    """Within the block, `chosen_object` records each statistic and keeps the rules' object:
    what the trainer learns from (run the pipeline in this process, one worker)."""
    seen: list[Seen] = []
    token = _RECORDER.set(seen)
    try:
        yield seen
    finally:
        _RECORDER.reset(token)


def decided_by_rules(st: Found, pieces: list[Piece], text: str) -> bool:
    """Figures whose object the rules read from a structure the model does not see: a 分别 list's
    item (respective_lists: the model sees one figure only), and a count of tiers that the tier
    nouns before it name (区、镇、村|三级: a model weighing the people noun after it takes that)."""
    if st.paired:
        return True
    return st.unit == _TIER and bool(st.obj) and st.obj == _tiers_before(pieces, st.pieces[0], text)


def chosen_object(st: Found, pieces: list[Piece], text: str, names: Spans) -> str:
    """The statistic's object after the model (the last step of `rows`)."""
    if decided_by_rules(st, pieces, text):  # neither asked nor recorded for training
        return st.obj
    seen = _RECORDER.get()
    if seen is not None:
        seen.append(Seen(list(pieces), replace(st, pieces=list(st.pieces)), text, list(names)))
        return st.obj
    return shipped_model().choose(pieces, st, text, names)
