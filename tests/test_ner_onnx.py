"""The NER network runs from model.onnx with onnxruntime, without torch, and tags exactly as the
torch network of model.pt (the packed BiLSTM and the torch CRF decoder, as before the export)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.evaluation.ner import page_sentences
from pipeline.nlp.ner import NerConfigError
from pipeline.nlp.ner_model import CharTagger, _cuts, tags_to_spans

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "models" / "ner"
SHARED = REPO.parent / "shared"
MSRA_TEST = SHARED / "corpora" / "msra" / "test.bio"

# a meta-path finder that makes `import torch` (and HanLP, transformers) fail, as on a runtime
# install without the train / hanlp extras
BLOCK = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("torch", "hanlp", "transformers"):
            raise ImportError(f"{name} blocked for this test")
sys.meta_path.insert(0, Block())
"""


def _torch_reference(tagger: CharTagger, net, texts: list[str]) -> list[list[tuple[int, int, str]]]:  # type: ignore[no-untyped-def]
    """The torch path before the export: packed BiLSTM emissions, torch Viterbi, batches of 64
    longest first, long texts cut as the tagger cuts them."""
    import torch

    from pipeline.nlp.lexicons import normalize
    from pipeline.training.ner_net import batch_tensors

    torch.set_num_threads(1)  # as the backend ran it; more threads on a busy machine crawl

    pieces = [(i, s, e) for i, t in enumerate(texts) for s, e in _cuts(t)]
    sub = [normalize(texts[i][s:e]) for i, s, e in pieces]
    order = sorted(range(len(sub)), key=lambda i: -len(sub[i]))
    tagged: list[list[tuple[int, int, str]]] = [[] for _ in sub]
    with torch.no_grad():
        for k in range(0, len(order), 64):
            idx = [i for i in order[k : k + 64] if sub[i]]
            enc = [tagger.vocab.encode(sub[i], tagger.place, tagger.surnames) for i in idx]
            chars, left, right, lex, lengths, mask = batch_tensors(enc)
            conv = torch.full((len(idx),), tagger.convention, dtype=torch.long)
            em = net.emissions(chars, left, right, lex, lengths, conv)
            for i, path in zip(idx, net.crf.decode(em, mask), strict=True):
                tagged[i] = tags_to_spans(path)
    out: list[list[tuple[int, int, str]]] = [[] for _ in texts]
    for (i, s, _), spans in zip(pieces, tagged, strict=True):
        out[i].extend((a + s, b + s, lab) for a, b, lab in spans)
    return out


def _texts() -> list[str]:
    pages = sorted((REPO / "data" / "raw" / "sample").glob("*.txt"))
    pages += sorted((SHARED / "samples").glob("*.txt"))
    texts = [s for p in pages for s in page_sentences(p.read_text(encoding="utf-8"))]
    if MSRA_TEST.is_file():
        from pipeline.training.ner_data import read_bio

        texts += [text for text, _ in read_bio(MSRA_TEST)[:400]]
    texts.append("长" * 400 + "。北京市")  # longer than a training chunk: cut and tagged piecewise
    return texts


def test_model_onnx_is_exported_from_the_shipped_model_pt() -> None:
    from pipeline.training.export_onnx import sha256

    info = json.loads((MODEL_DIR / "model.onnx.json").read_text(encoding="utf-8"))
    assert info["source_sha256"] == sha256(MODEL_DIR / "model.pt"), (
        "models/ner/model.onnx is stale: run `make export-onnx`")


@pytest.mark.parametrize("convention", ["msra", "pd1998"])
def test_onnx_tags_exactly_as_torch(convention: str) -> None:
    pytest.importorskip("torch")
    from pipeline.training.ner_net import load_net

    tagger = CharTagger(MODEL_DIR, convention)
    assert tagger.runtime == "onnxruntime"
    texts = _texts()
    assert len(texts) > (300 if (SHARED / "samples").is_dir() else 150)  # the repo's sample alone: 179
    got = tagger.tag(texts)
    # entities found, so the comparison means something (the repo's sample alone: 134-163)
    assert sum(map(len, got)) > (300 if (SHARED / "samples").is_dir() else 100)
    assert got == _torch_reference(tagger, load_net(MODEL_DIR), texts)


def test_runtime_runs_without_torch(tmp_path: Path) -> None:
    """NER with the shipped model and a whole run of the sample batch with torch, HanLP and
    transformers unimportable."""
    code = BLOCK + (
        "from pipeline.nlp.ner import load_ner\n"
        "ner = load_ner('model')\n"
        "assert ner.describe()['runtime'] == 'onnxruntime'\n"
        "t = '国务院总理李克强19日在北京会见了来访的外国客人。'\n"
        "found = {(t[s.start:s.end], s.label) for s in ner.predict([t])[0]}\n"
        "assert {('李克强', 'PERSON'), ('北京', 'LOC')} <= found, found\n"
        "from typer.main import get_command\n"
        "from pipeline.cli import app\n"
        f"get_command(app)(['run', {str(REPO / 'data/raw/sample')!r}, '--out', {str(tmp_path)!r}],"
        " standalone_mode=False)\n"
        "assert not [m for m in sys.modules if m.split('.')[0] in ('torch', 'hanlp')]\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert (tmp_path / "mentions").is_dir()


def test_model_without_onnx_runs_on_torch_or_says_how_to_export(tmp_path: Path) -> None:
    d = tmp_path / "ner"
    shutil.copytree(MODEL_DIR, d, ignore=shutil.ignore_patterns("model.onnx*"))
    code = BLOCK + (
        "from pipeline.nlp.ner_model import load\n"
        "from pipeline.nlp.ner import NerConfigError\n"
        f"try:\n    load({str(d)!r})\nexcept NerConfigError as e:\n    print(e)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert "make export-onnx" in proc.stdout, proc.stdout + proc.stderr
    pytest.importorskip("torch")
    assert CharTagger(d).runtime == "torch"
    with pytest.raises(NerConfigError, match="not found"):
        from pipeline.nlp.ner_model import load

        load(str(tmp_path / "nothing"))
