"""HanLP as a NER backend (spec ``hanlp:<path>``): a HanLP model saved on disk, never downloaded.

``hanlp.load`` treats anything that is not an existing directory as a resource identifier and
fetches it from the internet; this backend therefore checks the path itself first and refuses
anything else. HANLP_HOME is pointed at a private temp dir (if unset) so nothing is read from
or written to a shared cache, and the Hugging Face hub is forced offline.

HanLP (with torch and transformers) comes with the ``hanlp`` extra, never with the runtime.

HanLP 2.1.5's RNN tagger builds its CRF as ``CRF(n_out, crf_constraints)``, which passes None
as ``batch_first`` and decodes garbage; :func:`patch_hanlp_crf` fixes that and must run before
a model is built (fit) or loaded.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pipeline.nlp.ner import NerConfigError, Span

# HanLP and corpus tag sets -> ours
_LABELS = {
    "PER": "PERSON", "PERSON": "PERSON", "NR": "PERSON", "nr": "PERSON",
    "ORG": "ORG", "ORGANIZATION": "ORG", "NT": "ORG", "nt": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "NS": "LOC", "ns": "LOC", "GPE": "LOC",
}


def _offline_env() -> None:
    os.environ.setdefault("HANLP_HOME", str(Path(tempfile.gettempdir()) / "cnnews-hanlp-home"))
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HANLP_VERBOSE", "0")


def patch_hanlp_crf() -> None:
    """Make HanLP's RNN tagging model build a batch-first CRF (idempotent)."""
    from hanlp.components.taggers.rnn import rnntaggingmodel  # type: ignore[import-untyped]
    from hanlp.layers.crf.crf import CRF  # type: ignore[import-untyped]

    if getattr(rnntaggingmodel.CRF, "_cnnews_patched", False):
        return

    def batch_first_crf(num_tags: int, constraints: object = None) -> CRF:
        return CRF(num_tags, batch_first=True)

    batch_first_crf._cnnews_patched = True  # type: ignore[attr-defined]
    rnntaggingmodel.CRF = batch_first_crf  # type: ignore[assignment,misc]


class HanlpBackend:
    name = "hanlp"

    def __init__(self, path: Path) -> None:
        _offline_env()
        try:
            import hanlp  # type: ignore[import-untyped]
            import torch
        except ImportError as err:
            raise NerConfigError(
                f"the hanlp backend needs the hanlp extra ({err.name} is not installed): "
                "pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu "
                "&& pip install 'cnnews-pipeline[hanlp]' (see the README, Install)"
            ) from None

        torch.set_num_threads(1)  # one process per core: workers scale out, not up
        patch_hanlp_crf()
        self.path = path
        self.model = hanlp.load(str(path), devices=-1, verbose=False)

    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        idx = [i for i, t in enumerate(texts) if t]
        out: list[list[Span]] = [[] for _ in texts]
        if not idx:
            return out
        # HanLP's RNN NER takes token lists; ours are character-level models.
        results = self.model([list(texts[i]) for i in idx])
        for i, ents in zip(idx, results, strict=True):
            spans = []
            for ent in ents:
                _, tag, start, end = ent[:4]
                label = _LABELS.get(tag)
                if label:
                    spans.append(Span(int(start), int(end), label, "hanlp"))
            spans.sort(key=lambda s: s.start)
            kept: list[Span] = []
            for s in spans:  # HanLP output is already flat; this guards the contract anyway
                if not kept or s.start >= kept[-1].end:
                    kept.append(s)
            out[i] = kept
        return out

    def describe(self) -> dict[str, str]:
        import hanlp

        return {"backend": "hanlp", "path": str(self.path), "version": hanlp.__version__,
                "class": type(self.model).__name__}


def load(arg: str | None) -> HanlpBackend:
    if not arg:
        raise NerConfigError(
            "the hanlp backend needs a model directory: use the spec hanlp:<path> where <path> "
            "is a HanLP model saved with save_dir (it holds config.json); nothing is downloaded"
        )
    path = Path(arg).expanduser()
    if not (path / "config.json").is_file():
        raise NerConfigError(
            f"no HanLP model at {path} (expected a directory with config.json, as written by a "
            "HanLP component's fit(save_dir=...)). Put a saved model there; this backend never "
            "downloads. Train one offline with hanlp's RNNNamedEntityRecognizer, or use the "
            "default backend 'model' (make train-ner)."
        )
    return HanlpBackend(path)
