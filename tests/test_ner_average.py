"""Weight averaging of NER models (pipeline.training.average): the soup of a model with itself is
that model (same weights, same tags), weights are a weighted mean, and models that do not share
one network are refused with a message that says why."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("torch")
import torch

from pipeline.evaluation.ner import page_sentences
from pipeline.nlp.ner_model import CharTagger
from pipeline.training.average import (
    SoupError,
    average_states,
    build,
    main,
    normalized,
)
from pipeline.training.export_onnx import sha256

REPO = Path(__file__).resolve().parents[1]
MODEL_DIR = REPO / "models" / "ner"


def _copy(tmp_path: Path, name: str) -> Path:
    d = tmp_path / name
    shutil.copytree(MODEL_DIR, d, ignore=shutil.ignore_patterns("model.onnx*", "README.md"))
    return d


@pytest.fixture(scope="module")
def self_soup(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("soup") / "ner"
    return build(out, [MODEL_DIR, MODEL_DIR], [2, 1])


def test_a_model_averaged_with_itself_is_the_same_model(self_soup: Path) -> None:
    a = torch.load(MODEL_DIR / "model.pt", weights_only=True)
    b = torch.load(self_soup / "model.pt", weights_only=True)
    assert a.keys() == b.keys()
    assert all(a[k].dtype == b[k].dtype and torch.equal(a[k], b[k]) for k in a)  # fp16 kept
    texts = [s for p in sorted((REPO / "data" / "raw" / "sample").glob("*.txt"))
             for s in page_sentences(p.read_text(encoding="utf-8"))]
    shipped, soup = CharTagger(MODEL_DIR), CharTagger(self_soup)
    assert soup.runtime == "onnxruntime"  # the soup dir is complete: model.onnx exported
    got = soup.tag(texts)
    assert sum(map(len, got)) > 50
    assert got == shipped.tag(texts)


def test_the_soup_records_its_sources(self_soup: Path) -> None:
    config = json.loads((self_soup / "config.json").read_text(encoding="utf-8"))
    shipped = json.loads((MODEL_DIR / "config.json").read_text(encoding="utf-8"))
    assert config["arch"] == shipped["arch"]
    assert config["default_convention"] == shipped["default_convention"]
    sources = config["soup"]["sources"]
    assert [s["weight"] for s in sources] == pytest.approx([2 / 3, 1 / 3])
    assert {s["model_sha256"] for s in sources} == {sha256(MODEL_DIR / "model.pt")}
    assert (self_soup / "vocab.json").read_bytes() == (MODEL_DIR / "vocab.json").read_bytes()
    assert (self_soup / "lexicons" / "places.txt").is_file()
    info = json.loads((self_soup / "model.onnx.json").read_text(encoding="utf-8"))
    assert info["source_sha256"] == sha256(self_soup / "model.pt")


def test_weights_give_a_weighted_mean_in_the_stored_precision() -> None:
    a = {"w": torch.tensor([1.0, 2.0], dtype=torch.float16), "n": torch.tensor([3])}
    b = {"w": torch.tensor([4.0, -1.0], dtype=torch.float16), "n": torch.tensor([3])}
    out = average_states([a, b], normalized([2, 1], 2))
    assert out["w"].dtype == torch.float16
    assert out["w"].tolist() == [2.0, 1.0]
    assert torch.equal(out["n"], a["n"])
    with pytest.raises(SoupError, match="integer tensors differ"):
        average_states([a, {**b, "n": torch.tensor([4])}], [0.5, 0.5])
    with pytest.raises(SoupError, match="3 weights for 2 models"):
        normalized([1, 1, 1], 2)


def test_different_vocabularies_are_refused(tmp_path: Path) -> None:
    other = _copy(tmp_path, "other")
    vocab = json.loads((other / "vocab.json").read_text(encoding="utf-8"))
    vocab["bigrams"] = vocab["bigrams"][:-1]
    (other / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SoupError, match="different vocabularies"):
        build(tmp_path / "soup", [MODEL_DIR, other])
    assert not (tmp_path / "soup").exists()  # nothing written


def test_different_architectures_and_bad_outputs_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = _copy(tmp_path, "other")
    config = json.loads((other / "config.json").read_text(encoding="utf-8"))
    config["arch"]["hidden"] = 150
    (other / "config.json").write_text(json.dumps(config), encoding="utf-8")
    with pytest.raises(SoupError, match="different architectures"):
        build(tmp_path / "soup", [MODEL_DIR, other])
    with pytest.raises(SystemExit, match="is one of the sources"):
        main([str(other), str(MODEL_DIR), str(other)])
    with pytest.raises(SystemExit, match="not a model dir"):
        main([str(tmp_path / "soup"), str(MODEL_DIR), str(tmp_path)])


def test_figures_of_ner_compare_are_recorded(self_soup: Path, tmp_path: Path) -> None:
    scores = {"PERSON": [1, 1, 1.0], "ORG": [1, 1, 1.0], "LOC": [1, 1, 1.0]}
    lines = [{"model": str(self_soup), "msra dev": {**scores, "ALL": [0.9, 0.9, 0.91234]}},
             {"model": f"{self_soup} (no rules)", "msra dev": {**scores, "ALL": [0, 0, 0.5]}}]
    jsonl = tmp_path / "compare.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    main([str(self_soup), "--figures", str(jsonl)])
    config = json.loads((self_soup / "config.json").read_text(encoding="utf-8"))
    assert config["figures"]["msra dev"] == 0.9123
    assert config["soup"]["sources"]  # the rest of the config is kept
    with pytest.raises(SystemExit, match="no figures for"):
        main([str(tmp_path), "--figures", str(jsonl)])
