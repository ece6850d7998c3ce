from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pipeline import lexicons
from pipeline.records import Article, Document, Sentence, Token
from pipeline.stages.clean import clean_text
from pipeline.stages.segment import segment_document
from pipeline.stages.segment import sentences as segment_sentences
from pipeline.stages.segment import tokens as segment_tokens


def _document(raw: str) -> Document:
    cleaned = clean_text(raw)
    return Document("d1", "b", "page.txt", "", "utf-8", len(cleaned.text), cleaned.text,
                    datetime(2022, 4, 13, tzinfo=UTC), tuple(cleaned.raw_offsets), None, None)  # fmt: skip


def _segment(raw: str) -> tuple[Document, list[Article], list[Sentence], list[Token]]:
    document = _document(raw)
    return document, *segment_document(document)


@pytest.mark.parametrize("stem", ["003_0073031193020e22", "004_8a9192cc8e369542"])
def test_pages_split_into_the_gold_articles(
    stem: str, shared_dir: Path, sample_texts: dict[str, str]
) -> None:
    gold = json.loads((shared_dir / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
    _, articles, _, _ = _segment(sample_texts[stem])
    found = [(a.headline, list(a.bylines), a.dateline_place) for a in articles]
    expected = [(g["headline"], g["bylines"], g["dateline_place"]) for g in gold["articles"]]
    assert found == expected


def test_byline_roles_subheads_and_kinds(sample_texts: dict[str, str]) -> None:
    _, articles, _, _ = _segment(sample_texts["003_0073031193020e22"])
    assert articles[0].subheads == ("主动报到", "召之即来", "来之能战")
    assert articles[1].byline_roles == ("记者", "通讯员", "通讯员")
    _, articles, _, _ = _segment(sample_texts["004_8a9192cc8e369542"])
    assert [a.kind for a in articles] == ["article"] * 4 + ["notice"]


def test_wire_dateline_and_lead_byline() -> None:
    raw = (
        "晋祠博物馆迎来客流高峰\n\n新华社太原4月13日电(记者 孙亮全 马晓媛)清明假期以来,"
        "晋祠博物馆接待游客3万余人次,同比增长两成。\n"
    )
    _, articles, _, _ = _segment(raw)
    assert articles[0].headline == "晋祠博物馆迎来客流高峰"
    assert articles[0].bylines == ("孙亮全", "马晓媛")
    assert articles[0].dateline_place == "太原"


def test_a_source_in_brackets_is_no_byline() -> None:
    raw = "保障粮食生产\n\n央视网消息（新闻联播）：今年以来，各地加快推进春耕生产。\n"
    _, articles, _, _ = _segment(raw)
    assert articles[0].headline == "保障粮食生产"
    assert articles[0].bylines == ()


def test_credited_photo_caption_is_an_article_without_headline() -> None:
    raw = (
        "城区解封首日，市民在迎泽公园晨练，享受久违的春光。(记者 李杰华 摄)\n\n"
        "春苑社区党支部书记张春凤带领志愿者为居民配送物资，社区累计配送蔬菜2000余斤。\n"
        "记者 丁洁\n"
    )
    _, articles, _, _ = _segment(raw)
    assert articles[0].kind == "caption"
    assert articles[0].headline is None
    assert articles[0].bylines == ("李杰华",)


def test_offsets_sentences_and_tokens_cover_the_text(sample_texts: dict[str, str]) -> None:
    for raw in sample_texts.values():
        document, articles, sentences, tokens = _segment(raw)
        text = document.text
        for row in sentences + tokens:
            assert text[row.start : row.end] == row.text
        article_ids = {a.article_id for a in articles}
        assert {s.article_id for s in sentences} == article_ids
        assert len({s.sentence_id for s in sentences}) == len(sentences)
        assert all(t.pos for t in tokens)
        assert any(s.text == "记者 丁洁" or s.text.startswith("本报讯") for s in sentences)


def test_byline_roles_come_from_the_one_list() -> None:
    # 实习记者 and 摄影记者 are role words of their own (byline_roles.tsv), not 记者 with a prefix
    raw = "社区志愿者挨家挨户登记，居民们都说放心。\n实习记者 王小明 摄影记者 李华\n"
    _, articles, _, _ = _segment(raw)
    assert articles[0].bylines == ("王小明", "李华")
    assert articles[0].byline_roles == ("实习记者", "摄影记者")
    raw = "社区志愿者挨家挨户登记，居民们都说放心。\n文/图 张明\n"
    _, articles, _, _ = _segment(raw)
    assert (articles[0].bylines, articles[0].byline_roles) == (("张明",), ("文/图",))


def test_layout_words_are_lexicon_entries() -> None:
    from pipeline.layout import bylines

    assert set(bylines.ROLE_WORDS) <= set(lexicons.words("byline_roles"))
    # a credit mark after the names is no role word before them: 图书 opens no byline
    assert "图" not in bylines.ROLE_WORDS and "图" in bylines.CLOSERS


def test_sentences_and_tokens_are_read_from_the_articles(sample_texts: dict[str, str]) -> None:
    document, articles, sentences, tokens = _segment(sample_texts["003_0073031193020e22"])
    assert sentences == segment_sentences(document, [asdict(a) for a in articles])
    assert tokens == segment_tokens(sentences)
    assert [s.seq for s in sentences] == list(range(len(sentences)))


def test_remembered_unknown_runs_cut_and_tag_as_jieba_does() -> None:
    # the HMM reading of runs jieba's dictionary left single is memoized per process (issue
    # 13, speed): every page's words and tags are those of jieba itself, twice over
    from pipeline.stages.segment import _posseg

    posseg = _posseg()
    cls = posseg.POSTokenizer
    memoized = cls._POSTokenizer__cut_detail
    assert getattr(memoized, "memoized", False)
    repo = Path(__file__).resolve().parents[1]
    pages = sorted((repo / "data" / "raw" / "sample").glob("*.txt"))
    pages += sorted((repo.parent / "shared" / "samples").glob("*.txt"))
    lines = [ln for p in pages for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    assert len(lines) > (100 if (repo.parent / "shared" / "samples").is_dir() else 50)  # sample alone: 100
    cut = [[(w.word, w.flag) for w in posseg.cut(ln)] for ln in lines]
    again = [[(w.word, w.flag) for w in posseg.cut(ln)] for ln in lines]  # from the memo
    try:
        cls._POSTokenizer__cut_detail = memoized.original
        plain = [[(w.word, w.flag) for w in posseg.cut(ln)] for ln in lines]
    finally:
        cls._POSTokenizer__cut_detail = memoized
    assert cut == plain and again == plain
