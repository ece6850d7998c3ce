"""Skipping is cheap (pipeline.skip): an unchanged batch is decided from its small manifest,
with no model loaded and no table read, so a run over many batch folders costs what changed.
Counted by patching the loaders and the Parquet reader, never timed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import io, skip
from pipeline import run as run_module
from pipeline.cli import app
from pipeline.config import Config
from pipeline.schema import CONTENT_TABLES

PAGE = "11月17日小店区消息，西温庄乡后所营社区组织党员干部开展志愿服务。\n记者 王丹\n"
N_BATCHES = 365
runner = CliRunner()


@pytest.fixture(scope="module")
def year(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[Path]]:
    """A year of daily batch folders, all published: one computed, the others copies of its
    output under their own batch ids (the same page, so the same fingerprint)."""
    tmp = tmp_path_factory.mktemp("year")
    raw, out = tmp / "raw", tmp / "out"
    folders = [raw / f"2022-{1 + i // 31:02d}-{1 + i % 31:02d}-{i:03d}" for i in range(N_BATCHES)]
    for folder in folders:
        folder.mkdir(parents=True)
        (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    first = folders[0].name
    report = run_module.run_batch(folders[0], out, config=Config(ner="jieba", workers=1))
    assert report.status == "ok"
    manifest = json.loads(skip.manifest_path(out, first).read_text(encoding="utf-8"))
    for folder in folders[1:]:
        for name in ("runs", *CONTENT_TABLES):
            shutil.copytree(io.partition_dir(out, name, first), io.partition_dir(out, name, folder.name))
        skip.write_manifest(out, folder.name, manifest["fingerprint"], manifest["run_id"], manifest["models"])
    return raw, out, folders


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls = {"load_ner": 0, "load_models": 0, "parquet reads": 0}

    def counting(name: str, real):  # type: ignore[no-untyped-def]
        def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
            calls[name] += 1
            return real(*args, **kwargs)
        return wrapper

    monkeypatch.setattr(run_module, "load_ner", counting("load_ner", run_module.load_ner))
    monkeypatch.setattr(run_module, "load_models", counting("load_models", run_module.load_models))
    monkeypatch.setattr(pq, "read_table", counting("parquet reads", pq.read_table))
    monkeypatch.setattr(pq, "ParquetFile", counting("parquet reads", pq.ParquetFile))
    return calls


def _run(folders: list[Path], out: Path, *extra: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["run", *map(str, folders), "--out", str(out), "--ner", "jieba",
                               "--workers", "1", *extra])


def test_a_year_of_unchanged_batches_loads_no_model_and_reads_no_table(year, counted) -> None:
    _raw, out, folders = year
    result = _run(folders, out)
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged since its last run, skipped") == N_BATCHES
    assert counted == {"load_ner": 0, "load_models": 0, "parquet reads": 0}
    runs = list(io.partition_dir(out, "runs", folders[-1].name).glob("*.parquet"))
    assert len(runs) == 2  # the copied run and the skipped one, recorded as before


def test_one_changed_batch_among_them_is_the_only_work(year, counted) -> None:
    _raw, out, folders = year
    changed = folders[100]
    (changed / "page.txt").write_text(PAGE + "太原市召开会议。\n", encoding="utf-8")
    result = _run(folders, out)
    assert result.exit_code == 0, result.output
    assert result.output.count("unchanged since its last run, skipped") == N_BATCHES - 1
    assert counted["load_ner"] >= 1 and counted["load_models"] == 1  # once, for the changed batch
    documents = pq.read_table(io.partition_dir(out, "documents", changed.name))
    assert "太原市召开会议" in documents.column("text")[0].as_py()


def test_the_manifest_goes_before_a_publish_and_by_stage(year) -> None:
    """Tables changed outside a run (``stage``) or a publish cut short leave no manifest:
    the next run recomputes instead of skipping."""
    _raw, out, folders = year
    batch = folders[5].name
    assert skip.read_manifest(out, batch) is not None
    run_module.run_stage("dates", out, batch, Config(ner="jieba"))
    assert skip.read_manifest(out, batch) is None
    report = run_module.run_batch(folders[5], out, config=Config(ner="jieba", workers=1))
    assert report.status == "ok" and skip.read_manifest(out, batch)["run_id"] == report.run_id


def test_the_models_fingerprint_follows_content_not_time(tmp_path: Path) -> None:
    models = tmp_path / "models"
    (models / "ner").mkdir(parents=True)
    weights = models / "ner" / "model.onnx"
    weights.write_bytes(b"weights-1")
    config = Config(models_dir=models)
    cache = tmp_path / "cache"
    first = skip.models_fingerprint(config, cache)
    assert json.loads((cache / skip.HASH_CACHE).read_text())  # hashes kept for the next process
    weights.touch()  # a new time, the same bytes: hashed again, the same fingerprint
    assert skip.models_fingerprint(config, cache) == first
    weights.write_bytes(b"weights-2")
    assert skip.models_fingerprint(config, cache) != first


def test_a_badly_named_folder_among_many_fails_alone(tmp_path: Path) -> None:
    good, bad = tmp_path / "b1", tmp_path / "b 2"
    for folder in (good, bad):
        folder.mkdir()
        (folder / "page.txt").write_text(PAGE, encoding="utf-8")
    result = _run([bad, good], tmp_path / "out")
    assert result.exit_code == 2 and "rename the folder" in result.output
    assert io.partition_dir(tmp_path / "out", "documents", "b1").is_dir()
    assert _run([good], tmp_path / "out", "--batch-id", "x").exit_code == 0
    assert _run([good, good], tmp_path / "out", "--batch-id", "x").exit_code == 2
