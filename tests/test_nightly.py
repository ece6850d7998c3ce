"""Nightly operations (pipeline.nightly): only new or changed batches, one run at a time (a
killed run's lock taken over), a log per run with rotation, the runs manifest compacted, and
the README's crontab line run as written."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline import exitcodes, io
from pipeline.cli import app
from pipeline.nightly import NightlyLocked, compact_runs, nightly
from pipeline.records import Run
from pipeline.schema import to_table

REPO = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _page(sample_texts: dict[str, str], n: int) -> str:
    """A short real page: the start of a sample page (fast to process)."""
    text = sorted(sample_texts.values())[n % len(sample_texts)]
    return text[:400]


def _raw(tmp_path: Path, sample_texts: dict[str, str], batches: tuple[str, ...]) -> Path:
    raw = tmp_path / "raw"
    for n, batch_id in enumerate(batches):
        (raw / batch_id).mkdir(parents=True)
        (raw / batch_id / "page.txt").write_text(_page(sample_texts, n), encoding="utf-8")
    return raw


def _run_files(out: Path, batch_id: str) -> list[str]:
    return sorted(p.name for p in (out / "runs" / f"batch_id={batch_id}").glob("*.parquet"))


def _run_rows(out: Path, batch_id: str) -> list[str]:
    return [str(r["status"]) for r in io.read_table_partition_files(out, "runs", batch_id)]


def test_only_new_or_changed_batches_are_processed(tmp_path: Path, sample_texts: dict[str, str]) -> None:
    raw, out = _raw(tmp_path, sample_texts, ("b1", "b2")), tmp_path / "out"
    first = nightly(raw, out, keep_logs=2)
    assert [(r.batch_id, r.action, r.code) for r in first.results] == [
        ("b1", "processed", 0), ("b2", "processed", 0)]
    assert first.exit_code == exitcodes.OK and first.log_path.is_file()
    assert "batch b2: ok: 1 of 1 files ok" in first.log_path.read_text(encoding="utf-8")

    # nothing changed: no run at all, so no `skipped` run file either
    second = nightly(raw, out, keep_logs=2)
    assert [r.action for r in second.results] == ["unchanged", "unchanged"]
    assert second.exit_code == exitcodes.OK
    assert _run_rows(out, "b1") == ["ok"]

    # b2's text changes, b1 is only touched: b2 redone; b1 goes to `run`, which skips it
    (raw / "b2" / "page.txt").write_text(_page(sample_texts, 0) + "\n本报讯 新的一段。", encoding="utf-8")
    os.utime(raw / "b1" / "page.txt", ns=(time.time_ns(), time.time_ns() + 10**9))
    third = nightly(raw, out, keep_logs=2)
    assert [r.action for r in third.results] == ["skipped", "processed"]
    # the runs manifest compacted: one file per batch, every row kept
    assert _run_files(out, "b1") == ["part-0.parquet"] and sorted(_run_rows(out, "b1")) == ["ok", "skipped"]
    assert _run_files(out, "b2") == ["part-0.parquet"] and _run_rows(out, "b2") == ["ok", "ok"]

    # a new batch, and an empty batch folder (exit 4, the others unharmed); logs rotated
    (raw / "b3").mkdir()
    (raw / "b3" / "page.txt").write_text(_page(sample_texts, 1), encoding="utf-8")
    (raw / "empty").mkdir()
    fourth = nightly(raw, out, keep_logs=2)
    assert {r.batch_id: r.action for r in fourth.results} == {
        "b1": "unchanged", "b2": "unchanged", "b3": "processed", "empty": "error"}
    assert fourth.exit_code == exitcodes.EMPTY_BATCH
    assert len(list((out / "logs").glob("nightly-*.log"))) == 2
    assert "batch empty:" in fourth.log_path.read_text(encoding="utf-8")


def test_a_batch_with_failed_files_exits_1_once(tmp_path: Path, sample_texts: dict[str, str]) -> None:
    raw, out = _raw(tmp_path, sample_texts, ("b1",)), tmp_path / "out"
    (raw / "b1" / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["nightly", "--raw", str(raw), "--out", str(out), "--quiet"])
    assert result.exit_code == exitcodes.FILES_FAILED
    assert "batch b1: partial: 1 of 2 files ok (exit 1)" in result.output
    again = runner.invoke(app, ["nightly", "--raw", str(raw), "--out", str(out), "--quiet"])
    assert again.exit_code == exitcodes.OK and again.output == ""  # reported once, quiet after


def test_nothing_to_do_and_missing_raw(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    assert nightly(tmp_path / "raw", tmp_path / "out").exit_code == exitcodes.OK
    result = runner.invoke(app, ["nightly", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == exitcodes.EMPTY_BATCH
    assert "raw folder not found" in result.output


HOLD = """
import sys, time
from pathlib import Path
from pipeline.nightly import nightly_lock
with nightly_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(60)
"""


def _holder(out: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE, text=True,
                            env=env)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    return proc


def test_one_nightly_run_at_a_time_and_a_killed_runs_lock_is_taken_over(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    out = tmp_path / "out"
    holder = _holder(out)
    try:
        began = time.perf_counter()
        with pytest.raises(NightlyLocked, match="another nightly run is already processing"):
            nightly(tmp_path / "raw", out)
        result = runner.invoke(app, ["nightly", "--raw", str(tmp_path / "raw"), "--out", str(out)])
        assert result.exit_code == exitcodes.LOCKED
        assert f"pid {holder.pid}" in result.output
        assert time.perf_counter() - began < 5  # at once, no waiting
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert (out / ".nightly.lock").exists()  # the killed run's lock file stays ...
    assert nightly(tmp_path / "raw", out).exit_code == exitcodes.OK  # ... and is taken over


def test_compaction_keeps_every_run_row(tmp_path: Path) -> None:
    out = tmp_path / "out"
    for n in range(5):
        at = datetime(2026, 11, n + 1, 2, 30, tzinfo=UTC)
        run = Run(f"r{n}", "b1", at, at, "skipped", 0, 0, 0, 0, "0.1.0", "2.0", "{}", "{}", "[]", "f")
        io.append_run(out, to_table("runs", [run]), f"r{n}", "b1")
    assert len(_run_files(out, "b1")) == 5
    assert compact_runs(out) == ["b1"]
    assert _run_files(out, "b1") == ["part-0.parquet"]
    table = pq.read_table(out / "runs" / "batch_id=b1" / "part-0.parquet")
    assert table.column("run_id").to_pylist() == [f"r{n}" for n in range(5)]
    assert compact_runs(out) == []  # one file already


# ------------------------------------------------------------------ the README's crontab line


def _crontab_line() -> str:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```cron\n(.*?)```", readme, re.S)
    assert block, "README has no ```cron block"
    (line,) = [x for x in block.group(1).splitlines() if x.strip() and "=" not in x.split()[0]]
    return line


@pytest.mark.slow
def test_the_readme_crontab_line_works_as_written(tmp_path: Path, sample_texts: dict[str, str]) -> None:
    line = _crontab_line()
    fields = line.split(None, 5)
    assert len(fields) == 6 and all(re.fullmatch(r"[\d*/,-]+", f) for f in fields[:5]), line
    command = fields[5]
    placeholder = re.search(r"cd (/\S+) &&", command)
    assert placeholder, f"the cron command does not cd into an absolute path: {command}"
    # a scratch clone: the code and models of this checkout, a .venv/bin/python that is this
    # interpreter, one batch folder; no logs folder exists beforehand
    clone = tmp_path / "clone"
    (clone / ".venv" / "bin").mkdir(parents=True)
    python = clone / ".venv" / "bin" / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    python.chmod(0o755)
    (clone / "pipeline").symlink_to(REPO / "pipeline")
    batch = clone / "data" / "raw" / "b1"
    batch.mkdir(parents=True)
    (batch / "page.txt").write_text(_page(sample_texts, 0), encoding="utf-8")
    command = command.replace(placeholder.group(1), str(clone))
    cron_env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/sh", "LANG": "C"}

    first = subprocess.run(["sh", "-c", command], env=cron_env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr
    assert first.stdout == "" and first.stderr == ""  # --quiet: cron mails nothing on success
    assert (clone / "data" / "processed" / "mentions" / "batch_id=b1").is_dir()
    (log,) = (clone / "data" / "processed" / "logs").glob("nightly-*.log")
    assert "batch b1: ok" in log.read_text(encoding="utf-8")

    (clone / "data" / "raw" / "empty").mkdir()
    second = subprocess.run(["sh", "-c", command], env=cron_env, capture_output=True, text=True, timeout=300)
    assert second.returncode == exitcodes.EMPTY_BATCH
    assert "batch empty:" in second.stderr and "nightly-" in second.stderr  # the mail says what and where
