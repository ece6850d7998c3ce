"""Average the weights of NER models that share one network ("model soup", checkpoint
averaging): ``python -m pipeline.training.average OUT DIR... [--weights W...]``

Every DIR is a complete model dir (``model.pt``, ``vocab.json``, ``config.json``, ``lexicons/``)
of the same architecture and vocabulary: the shipped model and the epochs of warm-started
fine-tunes from it (``pipeline.training.ner --init models/ner --save-epochs``). Models trained
from one another stay in one basin of the loss, where the average of their weights is a model
as good as each, often better: their gains add up and their drifts cancel. The averaged network
is the same network (same speed, same size).

The vocabulary, the model-input lexicons, the architecture, the state dict's names and shapes
and the default annotation convention must be identical (``SoupError`` says what differs).
Weights are averaged in float64 from the stored fp16 values and stored fp16 as ``model.pt`` is
(``ner_net.save_model``); ``OUT`` gets the first DIR's ``vocab.json`` and ``lexicons/``, a
``config.json`` recording every source (dir, version, epoch, sha256 of its ``model.pt``,
weight), and ``model.onnx`` exported from the new ``model.pt`` (``export_onnx``): a complete
model dir. ``--figures FILE`` copies the ALL F1 figures that ``ner_compare --json FILE``
recorded for ``OUT`` into its config.

Written here rather than taken from a library: the averaging is one weighted sum per tensor;
the checks and the model dir's format are this project's.
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from pipeline.nlp.ner_model import TORCH_FILE
from pipeline.training.export_onnx import export, sha256

INPUT_LEXICONS = ("places.txt", "surnames.txt")  # network inputs: must be identical
KEEP = ("data", "arch", "pretrained_vectors", "default_convention")  # taken from the first DIR

State = dict[str, torch.Tensor]


class SoupError(ValueError):
    """The models cannot be averaged (different vocabulary, architecture, lexicons …)."""


@dataclass(frozen=True)
class Source:
    path: Path
    config: dict[str, Any]
    vocab: Any
    lexicons: dict[str, bytes]
    state: State


def read_source(path: Path) -> Source:
    if not (path / TORCH_FILE).is_file():
        raise SoupError(f"{path}: no {TORCH_FILE} (not a model dir)")
    config = json.loads((path / "config.json").read_text(encoding="utf-8"))
    vocab = json.loads((path / "vocab.json").read_text(encoding="utf-8"))
    lexicons = {name: (path / "lexicons" / name).read_bytes() for name in INPUT_LEXICONS
                if (path / "lexicons" / name).is_file()}
    state = torch.load(path / TORCH_FILE, map_location="cpu", weights_only=True)
    return Source(path, config, vocab, lexicons, state)


def check_compatible(sources: Sequence[Source]) -> None:
    """Raise ``SoupError`` unless every source has the first one's network and inputs."""
    first = sources[0]
    for s in sources[1:]:
        where = f"{s.path} and {first.path}"
        if s.vocab != first.vocab:
            raise SoupError(f"{where} have different vocabularies (vocab.json): "
                            "only models warm-started from one another can be averaged")
        if s.config.get("arch") != first.config.get("arch"):
            raise SoupError(f"{where} have different architectures: "
                            f"{s.config.get('arch')} against {first.config.get('arch')}")
        if s.lexicons != first.lexicons:
            raise SoupError(f"{where} have different input lexicons ({', '.join(INPUT_LEXICONS)})")
        if s.config.get("default_convention") != first.config.get("default_convention"):
            raise SoupError(f"{where} have different default conventions")
        if s.state.keys() != first.state.keys():
            raise SoupError(f"{where} have different parameters: "
                            f"{sorted(s.state.keys() ^ first.state.keys())}")
        for k, v in s.state.items():
            if v.shape != first.state[k].shape or v.dtype != first.state[k].dtype:
                raise SoupError(f"{where}: {k} is {tuple(v.shape)} {v.dtype}, "
                                f"{tuple(first.state[k].shape)} {first.state[k].dtype}")


def normalized(weights: Sequence[float] | None, n: int) -> list[float]:
    w = [1.0] * n if weights is None else [float(x) for x in weights]
    if len(w) != n:
        raise SoupError(f"{len(w)} weights for {n} models")
    if any(x < 0 for x in w) or sum(w) <= 0:
        raise SoupError(f"weights must be >= 0 with a positive sum: {w}")
    return [x / sum(w) for x in w]


def average_states(states: Sequence[State], weights: Sequence[float]) -> State:
    """The weighted mean of every floating tensor (float64 sum, stored in its own dtype);
    other tensors must be equal in all states."""
    out: State = {}
    for k, v in states[0].items():
        if not v.is_floating_point():
            if any(not torch.equal(s[k], v) for s in states[1:]):
                raise SoupError(f"{k}: integer tensors differ between the models")
            out[k] = v.clone()
            continue
        acc = torch.zeros(v.shape, dtype=torch.float64)
        for s, w in zip(states, weights, strict=True):
            acc += w * s[k].double()
        out[k] = acc.to(v.dtype)
    return out


def soup_config(sources: Sequence[Source], weights: Sequence[float]) -> dict[str, Any]:
    now = time.gmtime()
    config = {k: sources[0].config[k] for k in KEEP if k in sources[0].config}
    config = {"version": time.strftime("%Y%m%d-%H%M", now),
              "trained_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", now), **config}
    config["soup"] = {
        "method": "weighted mean of the sources' model.pt (fp16 values, float64 sum, stored fp16)",
        "command": "python -m pipeline.training.average OUT "
                   + " ".join(str(s.path) for s in sources)
                   + " --weights " + " ".join(f"{w:.6g}" for w in weights),
        "sources": [{"dir": str(s.path), "version": s.config.get("version"),
                     "init_version": s.config.get("init_version"),
                     "epoch": s.config.get("epoch", s.config.get("best_epoch")),
                     "model_sha256": sha256(s.path / TORCH_FILE), "weight": round(w, 6)}
                    for s, w in zip(sources, weights, strict=True)],
    }
    return config


def build(out: Path, dirs: Sequence[Path], weights: Sequence[float] | None = None) -> Path:
    """Write the averaged model dir ``out`` (model.pt, model.onnx, vocab, lexicons, config)."""
    if not dirs:
        raise SoupError("no model dirs to average")
    if any(out.resolve() == d.resolve() for d in dirs):
        raise SoupError(f"{out} is one of the sources: write the soup elsewhere, then copy it")
    w = normalized(weights, len(dirs))
    sources = [read_source(d) for d in dirs]
    check_compatible(sources)
    state = average_states([s.state for s in sources], w)
    out.mkdir(parents=True, exist_ok=True)
    torch.save(state, out / TORCH_FILE)
    shutil.copyfile(dirs[0] / "vocab.json", out / "vocab.json")
    shutil.copytree(dirs[0] / "lexicons", out / "lexicons", dirs_exist_ok=True)
    config = soup_config(sources, w)
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    export(out)
    return out


def record_figures(out: Path, jsonl: Path) -> dict[str, float]:
    """Copy the ALL F1 of the last ``ner_compare --json`` line for ``out`` into its config."""
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines() if line]
    mine = [r for r in lines if Path(r["model"]).resolve() == out.resolve()]
    if not mine:
        raise SoupError(f"{jsonl} has no figures for {out}")
    figures = {k: round(v["ALL"][2], 4) for k, v in mine[-1].items()
               if isinstance(v, dict) and "ALL" in v}
    config = json.loads((out / "config.json").read_text(encoding="utf-8"))
    config["figures"] = {"measure": "F1 ALL, model + rules (python -m pipeline.training."
                                    "ner_compare); msra columns under the msra convention",
                         **figures}
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    return figures


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="the model dir to write")
    ap.add_argument("dirs", type=Path, nargs="*", help="model dirs to average")
    ap.add_argument("--weights", type=float, nargs="+", default=None,
                    help="one weight per DIR (normalized to sum 1; default: uniform)")
    ap.add_argument("--figures", type=Path, default=None,
                    help="ner_compare --json output: record its figures for OUT in config.json")
    args = ap.parse_args(argv)
    try:
        if args.dirs:
            build(args.out, args.dirs, args.weights)
            print(f"wrote {args.out} from {len(args.dirs)} models", flush=True)
        if args.figures:
            print(f"figures recorded: {record_figures(args.out, args.figures)}")
    except SoupError as e:
        raise SystemExit(f"average: {e}") from e


if __name__ == "__main__":
    main()
