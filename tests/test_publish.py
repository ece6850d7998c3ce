"""A run's rows streamed to staging as the executor returns them, published all or nothing
(issue 13): small row groups give the same tables, and a run stopped midway publishes
nothing, whatever it had already written to staging."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from pipeline import assembly, executors, io, skip
from pipeline import run as run_module
from pipeline.config import Config
from pipeline.run import FileOutcome, run_batch
from pipeline.schema import CONTENT_TABLES

CONFIG = Config(ner="jieba", workers=1)


def _read(out: Path, name: str) -> pd.DataFrame:
    table = ds.dataset(out / name, format="parquet", partitioning="hive").to_table()
    return table.drop_columns([c for c in ("ingested_at",) if c in table.column_names]).to_pandas()


def _snapshot(out: Path) -> dict[str, bytes]:
    """The bytes of every content table's files."""
    return {str(p.relative_to(out)): p.read_bytes() for name in CONTENT_TABLES
            for p in sorted(out.glob(f"{name}/batch_id=*/*.parquet"))}


def test_a_run_written_in_many_small_row_groups_gives_the_same_tables(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = run_batch(sample_dir, tmp_path / "whole", config=CONFIG)
    monkeypatch.setattr(assembly, "GROUP_BYTES", 1)  # every page's rows a row group
    streamed = run_batch(sample_dir, tmp_path / "streamed", config=CONFIG)
    assert streamed.row_counts == whole.row_counts and list(streamed.row_counts) == list(CONTENT_TABLES)
    for name in CONTENT_TABLES:
        pd.testing.assert_frame_equal(_read(tmp_path / "streamed", name), _read(tmp_path / "whole", name))
    tokens = io.partition_dir(tmp_path / "streamed", "tokens", "sample") / io.PART
    assert pq.ParquetFile(tokens).num_row_groups == 2  # one per page
    assert all(o.tables == {} for o in streamed.outcomes)  # written, then let go


def test_a_run_stopped_midway_publishes_nothing(
    sample_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The executor dies after the first page's rows were written to staging: the batch stays
    as it was, staging is gone, a failed run is recorded and the manifest still skips."""
    out = tmp_path / "out"
    first = run_batch(sample_dir, out, config=CONFIG)
    before = _snapshot(out)
    monkeypatch.setattr(assembly, "GROUP_BYTES", 1)
    written: list[str] = []
    real_write, real_analyze = io.StagedPartitions.write, run_module.analyze_batch

    def counted(self: io.StagedPartitions, name: str, table: object) -> None:
        written.append(name)
        real_write(self, name, table)  # type: ignore[arg-type]

    def dying(ingested: list[FileOutcome], config: Config, compact: bool = False) -> Iterator[FileOutcome]:
        outcomes = real_analyze(ingested, config, compact)
        yield next(outcomes)
        raise executors.ExecutorError("a local worker process died: killed")

    monkeypatch.setattr(io.StagedPartitions, "write", counted)
    monkeypatch.setattr(run_module, "analyze_batch", dying)
    with pytest.raises(executors.ExecutorError):
        run_batch(sample_dir, out, config=CONFIG, force=True)
    assert "tokens" in written  # the first page's rows had gone to staging
    assert _snapshot(out) == before
    assert not (out / io.STAGING).exists() or not any((out / io.STAGING).iterdir())
    runs = io.read_table(out, "runs").to_pylist()
    assert [r["status"] for r in sorted(runs, key=lambda r: r["started_at"])] == ["ok", "failed"]
    assert skip.read_manifest(out, "sample")["run_id"] == first.run_id
