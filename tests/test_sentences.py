"""The project's sentence splitter (pipeline.layout.sentences): HanLP's rules without HanLP.

Where HanLP is installed (the ``hanlp`` extra) it is the reference: the same sentences, at the
same offsets, on every line of the dev pages and the sample batch, and the same sentence texts
on generated strings of the characters the rules look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.layout.sentences import sentence_spans

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT.parent / "shared" / "samples").glob("*.txt")) + sorted(
    (ROOT / "data" / "raw" / "sample").glob("*.txt"))


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_quotes_stay_with_their_sentence() -> None:
    line = ("82岁的高大娘看到检测结果是阴性后，高兴地说：“你们来帮我检测，结果没问题，我就放心了。"
            "太谢谢了！”临行，武晓燕还叮嘱大娘有需要及时联系。")
    assert sentences(line) == [
        "82岁的高大娘看到检测结果是阴性后，高兴地说：“你们来帮我检测，结果没问题，我就放心了。",
        "太谢谢了！”",
        "临行，武晓燕还叮嘱大娘有需要及时联系。",
    ]
    # a terminator and its quote followed by a comma: one sentence goes on
    assert sentences("他问：“为什么？”，我说：“不知道！”他笑了。") == [
        "他问：“为什么？”，我说：“不知道！”", "他笑了。"]


def test_questions_ellipses_and_western_text() -> None:
    assert sentences("如何更上一层楼？这段时间，茗新村结合二十大精神，谋划下一步的发展。") == [
        "如何更上一层楼？", "这段时间，茗新村结合二十大精神，谋划下一步的发展。"]
    assert sentences("等等......然后……再见") == ["等等......", "然后……", "再见"]
    assert sentences("Mr. Smith met U.S. Army officers. They left.") == [
        "Mr. Smith met U.S. Army officers.", "They left."]


def test_offsets_skip_surrounding_whitespace() -> None:
    text = "  第一句。\u3000 第二句！  "
    assert [(a, b, text[a:b]) for a, b in sentence_spans(text)] == [
        (2, 6, "第一句。"), (8, 12, "第二句！")]
    assert sentence_spans("") == [] and sentence_spans(" \u3000 ") == []


def test_kept_rules_of_hanlp() -> None:
    # as in HanLP: the second of two terminators in a row starts the next piece
    assert sentences("什么？！他来了。") == ["什么？", "！他来了。"]


def _hanlp_spans(text: str) -> list[tuple[int, int]]:
    """What the pipeline did before: HanLP's pieces found again in the text."""
    from hanlp.utils.rules import split_sentence

    spans, pos = [], 0
    for piece in split_sentence(text):
        piece = piece.strip()
        if not piece:
            continue
        found = text.find(piece, pos)
        if found < 0:
            return [*spans, (pos, len(text))]
        spans.append((found, found + len(piece)))
        pos = found + len(piece)
    return spans


@pytest.mark.skipif(not PAGES, reason="no pages")
def test_same_sentences_as_hanlp_on_every_page() -> None:
    pytest.importorskip("hanlp.utils.rules")
    lines = [line for p in PAGES for line in p.read_text(encoding="utf-8").split("\n")]
    assert len(lines) > (500 if (ROOT.parent / "shared" / "samples").is_dir() else 150)  # sample alone: 199
    assert [sentence_spans(line) for line in lines] == [_hanlp_spans(line) for line in lines]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="。！？?”’，.…! aAMrUSb中国\t\u3000\n", max_size=30))
def test_same_sentence_texts_as_hanlp(text: str) -> None:
    rules = pytest.importorskip("hanlp.utils.rules")

    def ws(s: str) -> str:  # HanLP turns the space after "Mr." into " "; we keep the text
        return re.sub(r"\s", " ", s)

    expected = [ws(p.strip()) for p in rules.split_sentence(text) if p.strip()]
    assert [ws(s) for s in sentences(text)] == expected
