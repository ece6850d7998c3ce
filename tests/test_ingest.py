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


def test_a_decode_into_mostly_rare_or_private_use_characters_is_refused() -> None:
    from pipeline.stages.ingest import _mostly_unlikely

    trad = "小店區消息,西溫莊鄉後所營社區充分發揮黨建引領的組織優勢。記者 王丹"
    assert _mostly_unlikely(trad.encode("big5").decode("gb18030", "replace"))  # Big5 read as GB: kana
    assert _mostly_unlikely((b"\xaa\xa1" * 40).decode("gb18030"))  # GBK user-defined area
    assert not _mostly_unlikely(PAGE) and not _mostly_unlikely(trad)


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        ("小店區消息,西溫莊鄉後所營社區充分發揮黨建引領的組織優勢,組織黨員幹部開展志願服務。",
         "big5", "big5"),
        (PAGE, "utf-16-le", "utf-16-le"),
        (PAGE, "utf-16-be", "utf-16-be"),
    ],
)
def test_big5_and_utf16_without_bom_are_read(text: str, codec: str, encoding: str) -> None:
    decoded, found = decode(text.encode(codec))
    assert (decoded, found) == (text, encoding)


@pytest.mark.parametrize(
    ("text", "codec", "reason"),
    [
        ("東京都は本日、新型コロナウイルスの感染者が確認されたと発表しました。", "shift_jis", "Japanese"),
        ("서울시는 오늘 코로나바이러스 확진자가 발생했다고 밝혔습니다.", "euc_kr", "Korean"),
    ],
)
def test_japanese_and_korean_encodings_are_refused(text: str, codec: str, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        decode(text.encode(codec), name="page.txt")


def test_links_fifos_and_vanished_files_are_per_file_errors(tmp_path) -> None:
    import os

    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to("page.txt")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    names = [p.name for p in list_batch_files(tmp_path)]
    assert names == ["dangling.txt", "fifo.txt", "link.txt", "page.txt"]
    for name, reason in (("link.txt", "symbolic link, refused"), ("dangling.txt", "dangling"),
                         ("fifo.txt", "not a regular file"), ("gone.txt", "vanished")):
        with pytest.raises(IngestError, match=reason):
            read_raw_document(tmp_path / name, tmp_path)
    assert read_raw_document(tmp_path / "link.txt", tmp_path, follow_symlinks=True).text == PAGE
