"""I/O at the edges: batch partitions written atomically, the run manifest, the run lock.

Layout: ``<out>/<table>/batch_id=<batch>/part-0.parquet`` (Hive style, so pandas, pyarrow.dataset,
DuckDB, polars, Dask and Spark read every batch at once). ``batch_id`` lives in the folder name
only: files store every other column (``schema.FILE_SCHEMAS``) and readers here add it back.
A batch's partitions are first written complete under ``<out>/.staging/<run_id>/`` and then
swapped in by directory renames on the same filesystem, so a reader sees either the old
partition or the new one, never a half-written file. Killed mid-swap, the next run finds the
previous partition in ``.trash`` and puts it back.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
from collections.abc import Iterator, Mapping
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import FILE_SCHEMAS, PARTITION_KEY, SCHEMAS

STAGING = ".staging"
TRASH = ".trash"
LOCK = ".lock"


class LockedError(RuntimeError):
    """Another run holds the output directory."""


def partition_dir(out_dir: Path, table: str, batch_id: str) -> Path:
    return out_dir / table / f"batch_id={batch_id}"


def _write_parquet(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _file_table(name: str, table: pa.Table) -> pa.Table:
    """The table as its files store it: without the partition key, which the path holds."""
    if table.schema != SCHEMAS[name]:
        raise ValueError(f"table {name!r} does not match its schema")
    return table.drop_columns([PARTITION_KEY])


def _with_partition_key(name: str, stored: pa.Table, batch_id: str) -> pa.Table:
    """A file's rows with ``batch_id`` added back from its folder name, in schema order."""
    key = pa.array([batch_id] * stored.num_rows, type=SCHEMAS[name].field(PARTITION_KEY).type)
    index = SCHEMAS[name].get_field_index(PARTITION_KEY)
    return stored.add_column(index, SCHEMAS[name].field(PARTITION_KEY), key)


def _read_file(name: str, path: Path, batch_id: str) -> pa.Table:
    return _with_partition_key(name, pq.read_table(path, schema=FILE_SCHEMAS[name]), batch_id)


def replace_partitions(out_dir: Path, batch_id: str, tables: Mapping[str, pa.Table], run_id: str) -> None:
    """Replace the batch's partition of every given table; other batches are untouched."""
    staging = out_dir / STAGING / run_id
    for name, table in tables.items():
        _write_parquet(_file_table(name, table), staging / name / f"batch_id={batch_id}" / "part-0.parquet")
    trash = out_dir / TRASH / run_id
    for name in tables:
        final = partition_dir(out_dir, name, batch_id)
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            (trash / name).mkdir(parents=True, exist_ok=True)
            os.rename(final, trash / name / final.name)
        os.rename(staging / name / final.name, final)
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(trash, ignore_errors=True)


def recover(out_dir: Path) -> list[str]:
    """Undo what a killed run left half done: put back partitions moved to the trash whose
    replacement never arrived, and drop abandoned staging directories."""
    restored = []
    for old in sorted((out_dir / TRASH).glob("*/*/batch_id=*")):
        final = partition_dir(out_dir, old.parent.name, old.name.removeprefix("batch_id="))
        if not final.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
            os.rename(old, final)
            restored.append(str(final.relative_to(out_dir)))
    shutil.rmtree(out_dir / TRASH, ignore_errors=True)
    shutil.rmtree(out_dir / STAGING, ignore_errors=True)
    return restored


def append_run(out_dir: Path, run_row: pa.Table, run_id: str, batch_id: str) -> Path:
    """The manifest keeps one file per run, so runs accumulate and never overwrite each other."""
    path = partition_dir(out_dir, "runs", batch_id) / f"run-{run_id}.parquet"
    _write_parquet(_file_table("runs", run_row), path)
    return path


def read_partition(out_dir: Path, table: str, batch_id: str) -> pa.Table | None:
    """The batch's partition of a table, or None when it was never written."""
    path = partition_dir(out_dir, table, batch_id) / "part-0.parquet"
    if not path.exists():
        return None
    return _read_file(table, path, batch_id)


def read_table_partition_files(out_dir: Path, table: str, batch_id: str) -> list[dict[str, object]]:
    """Rows of every file in one batch's partition (the runs manifest has one file per run)."""
    files = sorted(partition_dir(out_dir, table, batch_id).glob("*.parquet"))
    return [row for f in files for row in _read_file(table, f, batch_id).to_pylist()]


def read_table(out_dir: Path, table: str) -> pa.Table:
    """Every batch of one table (for `inspect` and tests)."""
    files = sorted((out_dir / table).glob("batch_id=*/*.parquet"))
    if not files:
        return SCHEMAS[table].empty_table()
    return pa.concat_tables(
        _read_file(table, f, f.parent.name.removeprefix(f"{PARTITION_KEY}=")) for f in files
    )


@contextlib.contextmanager
def run_lock(out_dir: Path) -> Iterator[None]:
    """One run at a time per output directory (cron runs may overlap); the OS releases the
    lock when the process dies, so a killed run never leaves a stale lock behind."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            raise LockedError(f"another pipeline run holds {out_dir / LOCK}") from err
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
