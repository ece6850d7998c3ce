"""Local worker processes (`run --workers N`): the same tables, row for row, as one worker."""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
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


def test_chunks_stay_bounded_whatever_the_batch() -> None:
    """What a worker, and the process writing its rows, hold of a chunk stays bounded."""
    parts = executors.chunks(list(range(20_000)), 2)
    sizes = [len(part) for part in parts]
    assert max(sizes) == executors.MAX_CHUNK and sizes == sorted(sizes, reverse=True)
    assert [i for part in parts for i in part] == list(range(20_000))


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


def _exit_code_or_fail(pid: int, hung: str, tick: Callable[[], None] = lambda: None,
                       busy: Callable[[], bool] = lambda: False) -> int:
    """A forked child's exit code, waited for up to 20 s (``tick`` run meanwhile, the wait going
    on while ``busy``); a child still running then is killed and the test fails with ``hung``."""
    status, deadline = None, time.monotonic() + 20
    while time.monotonic() < deadline and (busy() or status is None):
        tick()
        if status is None and (reaped := os.waitpid(pid, os.WNOHANG))[0]:
            status = reaped[1]
        time.sleep(0.01)
    if status is None:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail(hung)
    return os.waitstatus_to_exitcode(status)


def test_a_forked_worker_writes_to_stderr_though_a_thread_held_its_lock_at_the_fork(
        monkeypatch: pytest.MonkeyPatch) -> None:
    if not executors._can_fork():
        pytest.skip("no fork here")
    read_end, write_end = os.pipe()
    stderr = io.TextIOWrapper(io.BufferedWriter(io.FileIO(write_end, "w")), line_buffering=True)
    monkeypatch.setattr(sys, "stderr", stderr)
    # a thread blocked in a write to a full pipe holds the stream's lock (as a progress bar's
    # refresh holds it for an instant) while this process forks
    writer = threading.Thread(target=lambda: stderr.write("x" * 300_000 + "\n"), daemon=True)
    writer.start()
    time.sleep(0.3)
    pid = os.fork()
    if pid == 0:  # the child: what a forked worker does first, then a warning on stderr
        code = 1
        try:
            executors._fresh_std_streams()
            sys.stderr.write("the child's line\n")
            code = 0
        finally:
            os._exit(code)
    got = bytearray()
    os.set_blocking(read_end, False)

    def drain() -> None:  # the pipe emptied as the child runs, so the writer's write can end
        with contextlib.suppress(BlockingIOError):
            got.extend(os.read(read_end, 1 << 16))

    code = _exit_code_or_fail(pid, "the forked child hung on the stream's lock", drain, writer.is_alive)
    drain()
    os.close(read_end)
    assert code == 0
    assert b"the child's line\n" in got


def test_a_fork_waits_for_a_log_write_in_another_thread_so_the_child_can_log() -> None:
    if not executors._can_fork():
        pytest.skip("no fork here")
    stream_lock, go_on = threading.Lock(), threading.Event()

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            with stream_lock:  # a buffered file's lock: logging never renews it in a child
                if record.msg == "slow":
                    go_on.wait(5)

    handler = Handler()
    logger = logging.getLogger("cnnews-test-fork")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        with executors._models_loaded_here(True, None, ()):  # registers the fork hooks
            writer = threading.Thread(target=logger.warning, args=("slow",), daemon=True)
            writer.start()
            time.sleep(0.2)  # the writer is inside the handler, holding the stream's lock
            threading.Timer(0.3, go_on.set).start()
            pid = os.fork()  # waits until the writer has left the handler
            if pid == 0:
                code = 1
                try:
                    logger.warning("the child's line")
                    code = 0
                finally:
                    os._exit(code)
            assert _exit_code_or_fail(pid, "the forked child hung on a log stream's lock") == 0
            writer.join(5)
    finally:
        logger.removeHandler(handler)
