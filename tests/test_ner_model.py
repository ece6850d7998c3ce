"""The shipped NER model backend (spec ``model``): loading, contract, behaviour on real text."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from pipeline.nlp.ner import LABELS, NerConfigError, load_ner

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "ner"
needs_model = pytest.mark.skipif(not (MODEL_DIR / "model.pt").is_file(),
                                 reason="models/ner not built (make train-ner)")


@pytest.fixture(scope="module")
def ner():  # type: ignore[no-untyped-def]
    return load_ner("model")


def found(ner, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(text[s.start : s.end], s.label) for s in ner.predict([text])[0]]


@needs_model
def test_loaded_once_per_process(ner) -> None:  # type: ignore[no-untyped-def]
    assert load_ner("model") is ner
    d = ner.describe()
    assert d["backend"] == "model" and d["rules"] == "on"


@needs_model
def test_contract_on_sentences(ner) -> None:  # type: ignore[no-untyped-def]
    texts = [
        "本报讯(记者 侯慧琴 通讯员 王浩青)身穿红马甲、手持小喇叭,严守大门查看扫码。",
        "",
        "11月17日小店区消息,西温庄乡后所营社区充分发挥党建引领的组织优势。",
        "国务院总理李克强19日致电科威特首相。",
    ]
    out = ner.predict(texts)
    assert len(out) == len(texts) and out[1] == []
    for text, spans in zip(texts, out, strict=True):
        for a, b in pairwise(spans):
            assert a.end <= b.start
        for s in spans:
            assert s.label in LABELS and 0 <= s.start < s.end <= len(text)
            assert text[s.start : s.end] == text[s.start : s.end].strip()


@needs_model
def test_bylines_and_news_text(ner) -> None:  # type: ignore[no-untyped-def]
    assert found(ner, "记者 李杰华") == [("李杰华", "PERSON")]
    got = found(ner, "本报讯(记者 侯慧琴 通讯员 王浩青)身穿红马甲")
    assert ("侯慧琴", "PERSON") in got and ("王浩青", "PERSON") in got
    got = found(ner, "通讯员 刘璟琛 段斌 文/摄")
    assert ("刘璟琛", "PERSON") in got and ("段斌", "PERSON") in got
    got = found(ner, "国务院总理李克强19日在北京会见了来访的外国客人。")
    assert ("李克强", "PERSON") in got and ("北京", "LOC") in got


@needs_model
def test_local_places_and_organizations(ner) -> None:  # type: ignore[no-untyped-def]
    got = found(ner, "4月5日夜,小店区平阳路街道6904社区接到紧急通告。")
    assert ("小店区", "LOC") in got and ("平阳路街道", "LOC") in got
    got = found(ner, "市统计局机关党支部组织党员下沉社区。")
    assert ("市统计局机关党支部", "ORG") in got


def test_missing_model_dir_says_how_to_build(tmp_path: Path) -> None:
    from pipeline.nlp.ner_model import load

    with pytest.raises(NerConfigError, match="make train-ner"):
        load(str(tmp_path / "ner"))


def test_models_dir_comes_from_the_config_not_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.config import Config, shipped_models_dir
    from pipeline.nlp.ner_model import default_model_dir

    monkeypatch.setenv("CNNEWS_MODELS_DIR", str(tmp_path))
    assert default_model_dir() == shipped_models_dir() / "ner"  # no environment read here
    config = Config.from_env()
    assert config.models_root == tmp_path
    assert config.ner_spec == f"model:{tmp_path / 'ner'}"
    msra = Config.from_env(ner="model:convention=msra")
    assert msra.ner_spec == f"model:{tmp_path / 'ner'},convention=msra"
    assert Config.from_env(ner="model:/elsewhere").ner_spec == "model:/elsewhere"
    assert Config.from_env(ner="jieba").ner_spec == "jieba"
    assert Config().ner_spec == "model"


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "samples").is_dir(), reason="../shared not present")
def test_gold_page_cleaning_rejoins_broken_lines() -> None:
    from pipeline.evaluation.ner import page_sentences

    text = (SHARED / "samples" / "004_8a9192cc8e369542.txt").read_text(encoding="utf-8")
    sents = page_sentences(text)
    assert "记者 王丹 通讯员 郭瑶斐" in sents  # a byline line stands alone
    assert any("社区网格员席婵和同事们" in s for s in sents)  # …社区网格 / 员席婵… rejoined
    assert any(s.startswith("11月16日,晨光微亮,顶着寒风,樊阿姨等3人") for s in sents)
    assert not any(s.startswith("#") for s in sents)


@needs_model
def test_shipped_model_follows_a_chosen_convention() -> None:
    from pipeline.nlp.ner_model import CharTagger

    tagger = CharTagger(MODEL_DIR)
    assert tagger.convention_name == tagger.config["default_convention"]
    assert set(tagger.conventions) == {"msra", "pd1998", "cluener"}
    text = "中美两国领导人出席了第九届全国人民代表大会。"
    msra = CharTagger(MODEL_DIR, "msra").tag([text])[0]
    pd = CharTagger(MODEL_DIR, "pd1998").tag([text])[0]
    # MSRA tags one-character country abbreviations; People's Daily 1998 does not
    assert (0, 1, "LOC") in msra and (0, 1, "LOC") not in pd
    backend = load_ner("model:convention=pd1998")
    assert backend.describe()["convention"] == "pd1998"
    with pytest.raises(NerConfigError, match="no convention 'ctb'"):
        load_ner("model:convention=ctb")
