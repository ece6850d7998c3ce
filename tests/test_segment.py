from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.stages.clean import clean_text
from pipeline.stages.segment import publication_date_from_text, segment_document


def _segment(raw: str):
    document = {"doc_id": "d1", "batch_id": "b", "text": clean_text(raw).text}
    return document, *segment_document(document)


@pytest.mark.parametrize("stem", ["003_0073031193020e22", "004_8a9192cc8e369542"])
def test_pages_split_into_the_gold_articles(
    stem: str, shared_dir: Path, sample_texts: dict[str, str]
) -> None:
    gold = json.loads((shared_dir / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    _, articles, _, _ = _segment(sample_texts[stem])
    found = [(a["headline"], a["bylines"], a["dateline_place"]) for a in articles]
    expected = [(g["headline"], g["bylines"], g["dateline_place"]) for g in gold["articles"]]
    assert found == expected


def test_byline_roles_subheads_and_kinds(sample_texts: dict[str, str]) -> None:
    _, articles, _, _ = _segment(sample_texts["003_0073031193020e22"])
    assert articles[0]["subheads"] == ["主动报到", "召之即来", "来之能战"]
    assert articles[1]["byline_roles"] == ["记者", "通讯员", "通讯员"]
    _, articles, _, _ = _segment(sample_texts["004_8a9192cc8e369542"])
    assert [a["kind"] for a in articles] == ["article"] * 4 + ["notice"]


def test_wire_dateline_and_lead_byline() -> None:
    raw = (
        "晋祠博物馆迎来客流高峰\n\n新华社太原4月13日电(记者 孙亮全 马晓媛)清明假期以来,"
        "晋祠博物馆接待游客3万余人次,同比增长两成。\n"
    )
    _, articles, _, _ = _segment(raw)
    assert articles[0]["headline"] == "晋祠博物馆迎来客流高峰"
    assert articles[0]["bylines"] == ["孙亮全", "马晓媛"]
    assert articles[0]["dateline_place"] == "太原"


def test_a_source_in_brackets_is_no_byline() -> None:
    raw = "保障粮食生产\n\n央视网消息（新闻联播）：今年以来，各地加快推进春耕生产。\n"
    _, articles, _, _ = _segment(raw)
    assert articles[0]["headline"] == "保障粮食生产"
    assert articles[0]["bylines"] == []


def test_credited_photo_caption_is_an_article_without_headline() -> None:
    raw = (
        "城区解封首日，市民在迎泽公园晨练，享受久违的春光。(记者 李杰华 摄)\n\n"
        "春苑社区党支部书记张春凤带领志愿者为居民配送物资，社区累计配送蔬菜2000余斤。\n"
        "记者 丁洁\n"
    )
    _, articles, _, _ = _segment(raw)
    assert articles[0]["kind"] == "caption"
    assert articles[0]["headline"] is None
    assert articles[0]["bylines"] == ["李杰华"]


def test_offsets_sentences_and_tokens_cover_the_text(sample_texts: dict[str, str]) -> None:
    for raw in sample_texts.values():
        document, articles, sentences, tokens = _segment(raw)
        text = document["text"]
        for row in sentences + tokens:
            assert text[row["start"] : row["end"]] == row["text"]
        article_ids = {a["article_id"] for a in articles}
        assert {s["article_id"] for s in sentences} == article_ids
        assert len({s["sentence_id"] for s in sentences}) == len(sentences)
        assert all(t["pos"] for t in tokens)
        assert any(s["text"] == "记者 丁洁" or s["text"].startswith("本报讯") for s in sentences)


def test_publication_date_from_a_signature_date(sample_texts: dict[str, str]) -> None:
    document, *_ = _segment(sample_texts["004_8a9192cc8e369542"])
    assert publication_date_from_text(document["text"]).isoformat() == "2022-11-17"
    document, *_ = _segment(sample_texts["003_0073031193020e22"])
    assert publication_date_from_text(document["text"]) is None
