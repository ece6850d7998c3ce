"""Ingest: raw bytes of one file -> a decoded source text, or a clear reason why not.

Encoding detection is written here rather than delegated to charset-normalizer because the
inputs are narrow and known (UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM or with
the tell-tale NUL pattern) and a wrong guess silently corrupts every downstream table; strict
decoding in a fixed order either succeeds exactly or fails with a reason we can report.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import DEFAULT_MAX_BYTES

TEXT_SUFFIXES = (".txt", ".md", ".text")


class IngestError(ValueError):
    """A file cannot be read as a page; the message names the reason."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    source_path: str  # relative to the raw root, POSIX separators
    source_sha256: str
    encoding: str
    text: str  # decoded, before cleaning

    @property
    def doc_id(self) -> str:
        return doc_id_for(self.text)


def doc_id_for(text: str) -> str:
    """Stable id from the decoded content alone: the same page gets the same id in any batch,
    under any file name and in any encoding."""
    return "d" + hashlib.sha256(text.lstrip("\ufeff").encode("utf-8")).hexdigest()[:16]


def list_batch_files(raw_dir: Path) -> list[Path]:
    """Every regular file under the batch folder, sorted, skipping hidden files and README."""
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"batch folder not found: {raw_dir}")
    files = [
        p
        for p in raw_dir.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
        and p.name.lower() != "readme.md"
    ]
    return sorted(files, key=lambda p: p.relative_to(raw_dir).as_posix())


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / (len(sample) / 2)
    odd_nuls = sample[1::2].count(0) / (len(sample) / 2)
    # CJK text in UTF-16 has few NULs; ASCII-heavy UTF-16 has them in every other byte.
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, *, name: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode page bytes; return (text, encoding) or raise IngestError naming the reason."""
    if len(data) > max_bytes:
        raise IngestError(
            f"{name}: file is {len(data):,} bytes, over the {max_bytes:,}-byte limit for one "
            "page (raise it with --max-bytes if this is intended)"
        )
    if not data.strip():
        raise IngestError(f"{name}: file is empty")
    boms = (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    candidates: list[str] = [enc for bom, enc in boms if data.startswith(bom)][:1]
    if not candidates:
        guess = _utf16_without_bom(data)
        if guess:
            candidates = [guess]
        elif _looks_binary(data):
            raise IngestError(f"{name}: binary content (control bytes), not a text page")
        else:
            candidates = ["utf-8", "gb18030"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not text.strip():
            raise IngestError(f"{name}: file is empty")
        if "\x00" in text or _control_ratio(text) > 0.01:
            raise IngestError(f"{name}: binary content decoded as {encoding}, not a text page")
        return text, encoding
    tried = ", ".join(candidates)
    raise IngestError(f"{name}: cannot be decoded (tried {tried})")


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / max(1, len(sample))


def read_raw_document(path: Path, raw_root: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
    """Read and decode one file; the edge where bytes enter the pipeline."""
    rel = path.relative_to(raw_root).as_posix()
    size = path.stat().st_size
    if size > max_bytes:  # refuse before reading a huge file into memory
        raise IngestError(
            f"{rel}: file is {size:,} bytes, over the {max_bytes:,}-byte limit for one page "
            "(raise it with --max-bytes if this is intended)"
        )
    data = path.read_bytes()
    text, encoding = decode(data, name=rel, max_bytes=max_bytes)
    return RawDocument(
        source_path=rel,
        source_sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
    )
