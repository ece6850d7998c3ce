"""The HanLP backend loads a model from disk only, and its CRF decodes correctly.

tests/data/ner/hanlp_tiny is a HanLP RNNNamedEntityRecognizer (crf=True, 100 KB) trained for a
few seconds on tests/data/ner/tiny_train.tsv, synthetic sentences written for this test; see
tests/data/ner/README.md for the command that rebuilds it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.nlp.ner import NerConfigError, load_ner

TINY = Path(__file__).parent / "data" / "ner" / "hanlp_tiny"


def test_tiny_model_predicts_labels_in_our_scheme() -> None:
    backend = load_ner(f"hanlp:{TINY}")
    texts = ["张伟在太原市工作。", "市统计局位于小店区。", ""]
    spans = backend.predict(texts)
    got = [[(t[s.start : s.end], s.label) for s in ss] for t, ss in zip(texts, spans, strict=True)]
    # Without the batch_first CRF patch the same model decodes near-random tags.
    assert got[0] == [("张伟", "PERSON"), ("太原市", "LOC")]
    assert got[1] == [("市统计局", "ORG"), ("小店区", "LOC")]
    assert got[2] == []
    assert backend.describe()["backend"] == "hanlp"


def test_missing_model_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(NerConfigError, match="never downloads"):
        load_ner(f"hanlp:{tmp_path / 'nothing-here'}")


def test_resource_names_are_not_downloaded() -> None:
    # hanlp.load would fetch a pretrained identifier from the internet; we refuse instead.
    with pytest.raises(NerConfigError, match="no HanLP model"):
        load_ner("hanlp:MSRA_NER_BERT_BASE_ZH")


def test_hanlp_runs_with_the_same_rule_components_as_the_model() -> None:
    from pipeline.nlp.components.build import default_config

    backend = load_ner(f"hanlp:{TINY}")
    assert backend.nlp.pipe_names == default_config()["nlp"]["pipeline"]
    assert backend.describe()["rules"] == "on"
    # hygiene and the byline rule run behind HanLP as behind the model: the tiny model tags
    # " 侯慧琴 通讯" (spaces inside); the pipeline splits it and the byline rule finds the name
    texts = ["本报讯(记者 侯慧琴 通讯员 王浩青)身穿红马甲"]
    got = {(texts[0][s.start : s.end], s.source) for s in backend.predict(texts)[0]}
    assert ("侯慧琴", "rule:byline") in got
    assert not any(" " in text for text, _ in got)


def test_without_the_hanlp_extra_says_how_to_install_it() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('hanlp', 'torch'):\n"
        "            raise ImportError(name=name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from pipeline.nlp.ner import NerConfigError, load_ner\n"
        f"try:\n    load_ner('hanlp:{TINY}')\nexcept NerConfigError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert "hanlp extra" in out and "download.pytorch.org/whl/cpu" in out, out
