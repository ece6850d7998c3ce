"""The gazetteer's name index (name key -> division codes), prebuilt next to the gazetteer.

Building the index at load (every name, official name, short and committee form of 66k
divisions through ``name_key``) took 0.8 of the 1.1 CPU seconds of loading the gazetteer,
in every process that loads it; read from ``admin_divisions.index.tsv.gz`` it takes 0.2.

The file is never stale: its first line holds the key it was built for, a hash of the
gazetteer file and of everything the index is computed by (pipeline/nlp/gazetteer.py,
pipeline/text.py, the ``places_*`` word lists). A file whose key differs, or none, and the
index is computed at load as before (same index, the old cost). Rebuilt by ``make
gazetteer-index`` (``python -m pipeline.nlp.gazetteer index``; ``make gazetteer`` too), and a
test fails while the shipped file is not current. Written here rather than as Arrow/Parquet:
a TSV of two columns reads in a third of the time of pyarrow's ``to_pylist`` into a dict.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Mapping
from pathlib import Path

import pipeline
from pipeline import lexicons

INDEX_FILE = "admin_divisions.index.tsv.gz"
_HEADER = "# gazetteer index, key "
_PACKAGE = Path(pipeline.__file__).resolve().parent


def index_path(gazetteer_file: Path) -> Path:
    return gazetteer_file.with_name(INDEX_FILE)


def index_key(gazetteer_file: Path) -> str:
    """What the index of ``gazetteer_file`` is computed from, hashed."""
    digest = hashlib.sha256(gazetteer_file.read_bytes())
    code = [_PACKAGE / "nlp" / "gazetteer.py", _PACKAGE / "text.py"]
    lists = sorted(Path(lexicons.__file__).resolve().parent.glob("places_*.tsv"))
    for path in [*code, *lists]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def write_index(index: Mapping[str, tuple[str, ...]], gazetteer_file: Path) -> Path:
    """The index as ``key TAB code|code...`` lines, keys sorted, byte-identical when rebuilt."""
    lines = [_HEADER + index_key(gazetteer_file)]
    lines += [f"{key}\t{'|'.join(codes)}" for key, codes in sorted(index.items())]
    target = index_path(gazetteer_file)
    with open(target, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return target


def read_index(gazetteer_file: Path, codes: Mapping[str, str]) -> dict[str, tuple[str, ...]] | None:
    """The prebuilt index of ``gazetteer_file`` when it is current, else None. ``codes``: each
    division code to itself, so the index holds the divisions' own code strings."""
    path = index_path(gazetteer_file)
    try:
        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError):
        return None
    header, _, body = text.partition("\n")
    if header != _HEADER + index_key(gazetteer_file):
        return None
    index: dict[str, tuple[str, ...]] = {}
    for line in body.splitlines():
        key, _, value = line.partition("\t")
        index[key] = tuple(map(codes.__getitem__, value.split("|")))
    return index
