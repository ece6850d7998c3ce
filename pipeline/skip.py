"""Whether a batch is unchanged since its last completed run, decided from one small file:
no table is read and no model is loaded.

The batch manifest ``<out>/.batches/<batch_id>.json`` holds the input fingerprint of the run
that last published the batch, its run id and the models description that run recorded. It is
written after each publish of the batch and removed before a publish begins (and by ``stage``,
which changes tables outside a run), so a kill in between costs one recompute, never a wrong
skip. A batch is skipped when its fingerprint equals the manifest's and every content
partition is there.

The fingerprint's parts that do not depend on the batch are cheap: the code is hashed once per
process (``run.code_fingerprint``), the models by content, each file's hash kept in
``<out>/.batches/.file-hashes.json`` under its size, modification time and inode, so an
unchanged model file is never read again (``models_fingerprint``).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pipeline import io
from pipeline.config import Config
from pipeline.schema import CONTENT_TABLES

MANIFESTS = ".batches"
HASH_CACHE = ".file-hashes.json"
_CHUNK = 1 << 20
_hashes: dict[str, str] = {}  # this process's file hashes, by stat key


def manifest_path(out_dir: Path, batch_id: str) -> Path:
    return io.inside(out_dir, Path(out_dir) / MANIFESTS / f"{io.validate_batch_id(batch_id)}.json")


def read_manifest(out_dir: Path, batch_id: str) -> dict[str, Any] | None:
    try:
        data = json.loads(manifest_path(out_dir, batch_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def unchanged(out_dir: Path, batch_id: str, fingerprint: str) -> dict[str, Any] | None:
    """The batch's manifest when its fingerprint is ``fingerprint`` and every content
    partition of the batch exists; else None (the batch must be computed)."""
    manifest = read_manifest(out_dir, batch_id)
    if manifest is None or manifest.get("fingerprint") != fingerprint:
        return None
    if not all(io.partition_dir(out_dir, name, batch_id).is_dir() for name in CONTENT_TABLES):
        return None
    return manifest


def _write_json(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def write_manifest(out_dir: Path, batch_id: str, fingerprint: str, run_id: str, models: str) -> None:
    """Record a completed publish of the batch (after it, never before)."""
    _write_json(manifest_path(out_dir, batch_id), {
        "batch_id": batch_id, "fingerprint": fingerprint, "run_id": run_id, "models": models,
        "written_at": f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}",
    })


def forget(out_dir: Path, batch_id: str) -> None:
    """Remove the batch's manifest: its tables are about to change (or just did, outside a run)."""
    manifest_path(out_dir, batch_id).unlink(missing_ok=True)


# ------------------------------------------------------------------ the models, by content


def _stat_key(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{path.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0{st.st_ino}"


def _content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _model_files(config: Config) -> list[tuple[Path, Path]]:
    """(root, file) for every file under the models folder and the folder a NER spec names."""
    roots = [config.models_root]
    spec_arg = config.ner_spec.partition(":")[2].split(",")[0]
    if spec_arg and "=" not in spec_arg and Path(spec_arg).is_dir():
        roots.append(Path(spec_arg))
    found: list[tuple[Path, Path]] = []
    for root in roots:
        if root.is_dir():
            found.extend((root, p) for p in sorted(root.rglob("*"))
                         if p.is_file() and "__pycache__" not in p.parts)
    return found


def models_fingerprint(config: Config, cache_dir: Path | None = None) -> str:
    """The models a run of ``config`` would load, by content (every file under the models
    folder and a NER spec's folder) and by the runtime that would run the network; a file
    whose size, time and inode are as when it was last hashed is not read again."""
    cache_file = cache_dir / HASH_CACHE if cache_dir is not None else None
    stored: dict[str, str] = {}
    if cache_file is not None:
        with contextlib.suppress(OSError, ValueError):
            stored = dict(json.loads(cache_file.read_text(encoding="utf-8")))
    digest = hashlib.sha256()
    used: dict[str, str] = {}
    for root, path in _model_files(config):
        key = _stat_key(path)
        value = "unreadable"
        if key is not None:
            value = _hashes.get(key) or stored.get(key) or ""
            if not value:
                with contextlib.suppress(OSError):
                    value = _content_hash(path)
            if value:
                _hashes[key] = used[key] = value
        digest.update(f"{root.name}/{path.relative_to(root).as_posix()}\0{value}\0".encode())
    runtime = "onnxruntime" if importlib.util.find_spec("onnxruntime") else "none"
    digest.update(f"{config.ner_spec}\0{runtime}".encode())
    if cache_file is not None and used != stored:
        with contextlib.suppress(OSError):
            _write_json(cache_file, used)
    return digest.hexdigest()[:32]
