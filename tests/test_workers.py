"""Local worker processes (`run --workers N`): the same tables, row for row, as one worker."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline import executors
from pipeline.cli import app
from pipeline.io import read_table
from pipeline.schema import CONTENT_TABLES

runner = CliRunner()


def _run(raw: Path, out: Path, *extra: str) -> str:
    result = runner.invoke(app, ["run", str(raw), "--out", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def test_two_workers_write_the_tables_of_one_worker(tmp_path: Path, sample_dir: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    _run(sample_dir, one, "--workers", "1")
    _run(sample_dir, two, "--workers", "2")
    for name in CONTENT_TABLES:
        a, b = read_table(one, name), read_table(two, name)
        if name == "documents":  # each output root records its own first ingest time
            a, b = a.drop_columns(["ingested_at"]), b.drop_columns(["ingested_at"])
        assert b.to_pylist() == a.to_pylist(), name
    run = read_table(one, "runs").to_pylist()[0]
    assert json.loads(run["config"])["workers"] == 1
    # where the work ran does not change output: not part of the input fingerprint
    assert "unchanged since its last run" in _run(sample_dir, one, "--workers", "2")


def test_process_map_keeps_item_order_in_chunks() -> None:
    items = list(range(23))
    assert list(executors.map_each(pow, items, 2, workers=2)) == [i * i for i in items]


def test_chunks_hold_many_items_in_order_and_shrink_toward_the_end() -> None:
    parts = executors.chunks(list(range(2000)), 2)
    assert [i for part in parts for i in part] == list(range(2000))
    sizes = [len(part) for part in parts]
    assert sizes[0] == 2000 // (2 * executors.TASKS_PER_WORKER)  # an eighth of the batch first
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-2] == executors.MIN_CHUNK and sum(sizes[-4:]) < 40  # the end in small chunks
    assert executors.chunks([], 2) == []
    assert executors.chunks(list(range(5)), 2) == [list(range(5))]


def test_dask_runs_chunks_of_many_items() -> None:
    pytest.importorskip("dask.distributed")
    items = list(range(23))
    got = list(executors.map_each(pow, items, 2, executor="dask", workers=2))
    assert sorted(got) == [i * i for i in items]


_loaded_in: list[int] = []  # the processes the initializer below ran in


def _load_models() -> None:
    _loaded_in.append(os.getpid())


def _where_loaded(chunk: list[int]) -> list[tuple[int, list[int]]]:
    return [(os.getpid(), list(_loaded_in)) for _ in chunk]


def test_a_local_dask_cluster_forks_workers_that_have_the_models_loaded_here() -> None:
    pytest.importorskip("dask.distributed")
    if not executors._can_fork():
        pytest.skip("workers are spawned here: each runs the initializer itself")
    _loaded_in.clear()
    got = list(executors.map_chunks(_where_loaded, list(range(40)), executor="dask", workers=2,
                                    initializer=_load_models))
    assert len(got) == 40
    assert _loaded_in == [os.getpid()]  # loaded once, in this process
    assert os.getpid() not in {pid for pid, _ in got}  # the work ran in the cluster's workers
    # which inherited what was loaded here and never ran the initializer themselves
    assert all(loaded == [os.getpid()] for _, loaded in got)
