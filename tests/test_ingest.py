from __future__ import annotations

import codecs

import pytest

from pipeline.stages.ingest import (
    IngestError,
    decode,
    doc_id_for,
    list_batch_files,
    read_raw_document,
)

PAGE = "11月17日小店区消息,西温庄乡后所营社区充分发挥党建引领的组织优势。\n记者 王丹\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("gbk"), "gb18030"),
        (PAGE.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        ("Page 1 of the English supplement.\n".encode("utf-16-le"), "utf-16-le"),
    ],
)
def test_decodes_the_encodings_pages_come_in(data: bytes, encoding: str) -> None:
    text, found = decode(data)
    assert found == encoding
    assert text.lstrip("\ufeff").startswith(("11月17日", "Page 1"))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\n \t", "empty"),
        (bytes(range(256)) * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 500, "binary"),
        (b"\xff\xfe\xfd\x80\x81" * 10 + "中文".encode() + b"\x80", "cannot be decoded"),
    ],
)
def test_bad_input_is_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason) as err:
        decode(data, name="page.txt")
    assert "page.txt" in str(err.value)


def test_oversized_file_is_refused_before_reading(tmp_path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(IngestError, match="over the 1,024-byte limit"):
        read_raw_document(big, tmp_path, max_bytes=1024)


def test_doc_id_depends_on_content_only(tmp_path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(PAGE, encoding="utf-8")
    first = read_raw_document(tmp_path / "a" / "one.txt", tmp_path)
    second = read_raw_document(tmp_path / "two.txt", tmp_path)
    assert first.doc_id == second.doc_id == doc_id_for(PAGE)
    (tmp_path / "gbk.txt").write_bytes(PAGE.encode("gbk"))
    assert read_raw_document(tmp_path / "gbk.txt", tmp_path).doc_id == first.doc_id
    assert first.source_path == "a/one.txt"


def test_batch_listing_skips_hidden_files_and_readme(tmp_path) -> None:
    for name in ("b.txt", "a.txt", ".hidden.txt", "README.md"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    assert [p.name for p in list_batch_files(tmp_path)] == ["a.txt", "b.txt"]
