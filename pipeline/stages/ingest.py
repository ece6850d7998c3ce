"""Ingest: raw bytes of one file -> a decoded source text, or a clear reason why not.

Every way a file can be wrong is a per-file error (an IngestError naming the file and the
reason), never the batch's failure: a symbolic link (refused unless --follow-symlinks, and then
only inside the batch folder), a dangling link, a FIFO or device, a file that cannot be read or
vanishes after the listing, one over the size limit (refused before reading; reads are bounded
by the limit even if the file grows), an empty, binary or undecodable one. A long text is no
error: the analysis reads it in windows (pipeline.windows).

Decoding: a BOM decides; then strict UTF-8 (exact when it succeeds); UTF-16 without a BOM by
its NUL pattern. Where those rules are unsure (legacy double-byte encodings all accept most
byte pairs, so GB18030 "succeeds" on Big5 or Shift-JIS bytes as mojibake) charset-normalizer,
a maintained detector, names the family: Big5 is decoded as Big5, UTF-16 without BOM as UTF-16,
Japanese and Korean encodings are refused, everything else is tried as GB18030 strictly as
before. A decode that yields mostly private-use, unassigned, kana/hangul or rare CJK
characters is refused as a wrong guess rather than passed on as a document.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.config import DEFAULT_MAX_BYTES

TEXT_SUFFIXES = (".txt", ".md", ".text")
_CHUNK = 1 << 20


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
    """Every entry under the batch folder that could be a page, sorted by relative path:
    regular files, symbolic links (dangling or not), FIFOs and devices, and sub-folders that
    cannot be listed; reading them decides, so each odd entry becomes a per-file error instead
    of vanishing without a word. Hidden names and README.md are skipped; links to folders are
    never walked into."""
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"batch folder not found: {raw_dir}")
    found: list[Path] = []

    def unlistable(err: OSError) -> None:
        if err.filename is None or Path(err.filename) == raw_dir:
            raise err
        found.append(Path(err.filename))

    for dirpath, dirnames, filenames in os.walk(raw_dir, onerror=unlistable):
        folder = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(folder / d for d in dirnames if (folder / d).is_symlink())
        found.extend(
            folder / f for f in filenames if not f.startswith(".") and f.lower() != "readme.md"
        )
    return sorted(found, key=lambda p: p.relative_to(raw_dir).as_posix())


def display_path(path: Path, raw_root: Path) -> str:
    """The path relative to the batch folder, POSIX separators; bytes that are not UTF-8 in a
    file name are shown as escapes so the name can be stored and printed."""
    rel = path.relative_to(raw_root).as_posix()
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _target(path: Path, raw_root: Path, rel: str, follow_symlinks: bool) -> Path:
    """What to open for ``path``: itself, or the target of a link that may be followed."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError as err:
        raise IngestError(f"{rel}: vanished after the batch folder was listed") from err
    if not stat.S_ISLNK(mode):
        return path
    if not path.exists():
        raise IngestError(f"{rel}: dangling symbolic link (to {os.readlink(path)})")
    if not follow_symlinks:
        raise IngestError(
            f"{rel}: symbolic link, refused (--follow-symlinks reads links that stay inside the batch folder)"
        )
    real = path.resolve(strict=True)
    if raw_root.resolve() not in real.parents:
        raise IngestError(f"{rel}: symbolic link to {real}, outside the batch folder, refused")
    if real.is_dir():
        raise IngestError(f"{rel}: symbolic link to a folder, not followed")
    return real


def _open_error(rel: str, err: OSError) -> IngestError:
    if isinstance(err, FileNotFoundError):
        return IngestError(f"{rel}: vanished after the batch folder was listed")
    if isinstance(err, PermissionError):
        return IngestError(f"{rel}: cannot be read: permission denied")
    return IngestError(f"{rel}: cannot be read: {err.strerror or err}")


def _too_large(rel: str, size: int, max_bytes: int) -> IngestError:
    return IngestError(
        f"{rel}: file is {size:,} bytes, over the {max_bytes:,}-byte limit for one page "
        "(raise it with --max-bytes if this is intended)"
    )


def _read_bounded(target: Path, rel: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` bytes of a regular file, read in chunks; anything else refused."""
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        fd = os.open(target, flags)
    except OSError as err:
        raise _open_error(rel, err) from err
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IngestError(f"{rel}: a folder that cannot be listed")
        if not stat.S_ISREG(info.st_mode):
            raise IngestError(f"{rel}: not a regular file (a FIFO, socket or device), refused")
        if info.st_size > max_bytes:  # refuse before reading a huge file into memory
            raise _too_large(rel, info.st_size, max_bytes)
        chunks, size = [], 0
        try:
            while size <= max_bytes and (chunk := handle.read(min(_CHUNK, max_bytes + 1 - size))):
                chunks.append(chunk)
                size += len(chunk)
        except OSError as err:
            raise _open_error(rel, err) from err
    if size > max_bytes:  # it grew after the check
        raise _too_large(rel, size, max_bytes)
    return b"".join(chunks)


def file_digest(path: Path, raw_root: Path, *, max_bytes: int, follow_symlinks: bool = False) -> bytes:
    """What the batch fingerprint takes from one file: the SHA-256 of its bytes, hashed in
    chunks (never the whole file in memory, at most ``max_bytes`` + 1 bytes read), or the
    reason it cannot be read. Never raises: an odd file is the reader's per-file error."""
    rel = display_path(path, raw_root)
    digest = hashlib.sha256()
    try:
        target = _target(path, raw_root, rel, follow_symlinks)
        fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)  # FIFO: no wait
        with os.fdopen(fd, "rb", buffering=0) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise IngestError("not a regular file")
            digest.update(str(info.st_size).encode() + b"\x00")
            left = max_bytes + 1
            while left > 0 and (chunk := handle.read(min(_CHUNK, left))):
                digest.update(chunk)
                left -= len(chunk)
    except (IngestError, OSError) as err:
        return b"unreadable:" + type(err).__name__.encode() + b":" + str(err).encode("utf-8", "replace")
    return digest.digest()


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
        raise _too_large(name, len(data), max_bytes)
    if not data.strip():
        raise IngestError(f"{name}: file is empty")
    for encoding in _candidates(data, name):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text):
            raise IngestError(f"{name}: file is empty (only white space or invisible marks)")
        if "\x00" in text or _control_ratio(text) > 0.01:
            raise IngestError(f"{name}: binary content decoded as {encoding}, not a text page")
        if encoding in _GUESSED and _mostly_unlikely(text):
            raise IngestError(
                f"{name}: decoding as {encoding} gives mostly private-use, unassigned or rare "
                "characters (a wrong or unknown encoding), refused"
            )
        return text, encoding
    raise IngestError(f"{name}: cannot be decoded (tried {', '.join(_candidates(data, name))})")


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GUESSED = ("gb18030", "big5", "utf-16-le", "utf-16-be")  # no BOM, not UTF-8: checked for mojibake
_REFUSED_FAMILIES = {"cp932": "Japanese", "shift_jis": "Japanese", "shift_jis_2004": "Japanese",
                     "shift_jisx0213": "Japanese", "euc_jp": "Japanese", "euc_jis_2004": "Japanese",
                     "iso2022_jp": "Japanese", "cp949": "Korean", "euc_kr": "Korean", "johab": "Korean"}


def _candidates(data: bytes, name: str) -> list[str]:
    """The encodings to try strictly, in order (one, except UTF-8 then the detector's pick)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return [encoding]
    guess = _utf16_without_bom(data)
    if guess:
        return [guess]
    if _looks_binary(data):
        detected = _detect(data)
        if detected in ("utf-16-le", "utf-16-be"):
            return [detected]
        raise IngestError(f"{name}: binary content (control bytes), not a text page")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return ["utf-8"]
    detected = _detect(data)
    if detected in _REFUSED_FAMILIES:
        raise IngestError(
            f"{name}: {_REFUSED_FAMILIES[detected]} text ({detected}), not a Chinese encoding; refused"
        )
    return [detected] if detected in ("big5", "utf-16-le", "utf-16-be") else ["gb18030"]


def _detect(data: bytes) -> str | None:
    """charset-normalizer's best guess, as a codec family name this module knows."""
    best = from_bytes(data[: 256 * 1024]).best()
    if best is None:
        return None
    found = best.encoding.lower().replace("-", "_")
    if found in ("big5", "big5hkscs", "cp950"):
        return "big5"
    if found in ("utf_16_le", "utf_16_be"):
        return found.replace("_", "-")
    return found


def _unlikely(ch: str) -> bool:
    code = ord(ch)
    return (
        unicodedata.category(ch) in ("Co", "Cn")  # private use, unassigned
        or 0x3040 <= code <= 0x30FF  # kana: GB18030 mojibake of Big5 is full of it
        or 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F  # hangul
        or 0x3400 <= code <= 0x4DBF or code >= 0x20000  # rare CJK extensions
        or code == 0xFFFD
    )


def _mostly_unlikely(text: str) -> bool:
    sample = [ch for ch in text[:65536] if ord(ch) >= 0x80 and not ch.isspace()]
    if len(sample) < 8:
        return False
    return sum(map(_unlikely, sample)) / len(sample) > 0.25


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return controls / max(1, len(sample))


def read_raw_document(
    path: Path,
    raw_root: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_symlinks: bool = False,
) -> RawDocument:
    """Read and decode one file; the edge where bytes enter the pipeline."""
    rel = display_path(path, raw_root)
    data = _read_bounded(_target(path, raw_root, rel, follow_symlinks), rel, max_bytes)
    text, encoding = decode(data, name=rel, max_bytes=max_bytes)
    return RawDocument(
        source_path=rel,
        source_sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        text=text,
    )
