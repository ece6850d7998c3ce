"""I/O at the edges: batches published all-or-nothing, the run manifest, the run lock.

Layout: ``<out>/<table>/batch_id=<batch>/part-0.parquet`` (Hive style, so pandas, pyarrow.dataset,
DuckDB, polars, Dask and Spark read every batch at once). ``batch_id`` lives in the folder name
only: files store every other column (``schema.FILE_SCHEMAS``) and readers here add it back.

Publishing a batch (``replace_partitions``) is a small journal protocol:

1. every table's new partition (and the run's manifest file) is written complete and fsynced
   under ``<out>/.staging/<run_id>/``; temporary files are dot-files, which no reader lists.
   A run streams its rows there (``StagedPartitions``): each table's file grows by row groups
   as its files' rows come back from the workers, so the run holds a few row groups of rows,
   not the batch; a file is closed, fsynced and renamed to its final name in staging only
   once every row is in;
2. a journal ``<out>/.journal/<run_id>.json`` naming the batch and its tables is written to a
   temporary file, fsynced and renamed into place: from this moment the publish is decided;
3. each table's old partition is renamed into ``<out>/.trash/<run_id>/`` and the staged one
   renamed into place (directory renames on one filesystem);
4. the journal is removed, then staging and trash.

A run killed before step 2 leaves only staging, which the next run (of any batch), ``stage``
and ``inspect`` delete: the batch stays wholly old. Killed after step 2, they roll the journal
forward: the batch becomes wholly new in every table. A reader that looks during step 3 itself
can see some tables new and others old; nothing else can.

Every path written or deleted is checked to stay inside the output root, and batch ids are
limited to a documented character set (``BATCH_ID_PATTERN``) before any work is done.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schema import FILE_SCHEMAS, PARTITION_KEY, SCHEMAS

STAGING = ".staging"
TRASH = ".trash"
JOURNAL = ".journal"
LOCK = ".lock"
PART = "part-0.parquet"

# Letters, digits, dot, underscore, hyphen; first a letter or digit; at most 128 characters.
# Nothing a path, a shell or a Hive reader would read differently ('/', '..', '%', '=', spaces).
BATCH_ID_PATTERN = r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}"
_BATCH_ID = re.compile(BATCH_ID_PATTERN)
_RUN_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")

# Kill-injection tests only: called with a label before every write, rename and removal of a
# publish, so a test can stop the process at exactly that point. None in normal use.
fault_hook: Callable[[str], None] | None = None


class LockedError(RuntimeError):
    """Another run holds the output directory."""


class BatchIdError(ValueError):
    """A batch id outside the documented character set."""


class UnsafePathError(RuntimeError):
    """A path the pipeline would write or delete lies outside the output root."""


def _step(label: str) -> None:
    if fault_hook is not None:
        fault_hook(label)


def validate_batch_id(batch_id: str) -> str:
    """The batch id, or BatchIdError saying which characters are allowed."""
    if not isinstance(batch_id, str) or not _BATCH_ID.fullmatch(batch_id):
        raise BatchIdError(
            f"batch id {batch_id!r} is not allowed: use 1-128 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit (it names a folder under --out)"
        )
    return batch_id


def _check_run_id(run_id: str) -> str:
    if not _RUN_ID.fullmatch(run_id):
        raise ValueError(f"run id {run_id!r} is not allowed")
    return run_id


def _checked(out_dir: Path, path: Path) -> Path:
    """``path`` itself, after making sure it lies inside ``out_dir`` (its last component is
    not followed, so a link there is renamed or removed as a link, never through)."""
    root = Path(out_dir).resolve()
    real = path.parent.resolve() / path.name
    if real != root and root not in real.parents:
        raise UnsafePathError(f"refusing to touch {path}: it lies outside the output root {out_dir}")
    return path


def inside(out_dir: Path, path: Path) -> Path:
    """``path``, checked to lie inside ``out_dir`` (for the files other modules keep there)."""
    return _checked(out_dir, path)


def partition_dir(out_dir: Path, table: str, batch_id: str) -> Path:
    if table not in SCHEMAS:
        raise ValueError(f"unknown table {table!r}")
    return _checked(out_dir, out_dir / table / f"batch_id={validate_batch_id(batch_id)}")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_tree(out_dir: Path, path: Path) -> None:
    _checked(out_dir, path)
    _step(f"remove {path.relative_to(out_dir)}")
    if path.is_symlink() or path.is_file():
        path.unlink()
    else:
        shutil.rmtree(path, ignore_errors=True)


def _write_parquet(out_dir: Path, table: pa.Table, path: Path) -> None:
    """Write ``path`` via a hidden temporary file (fsynced, then renamed)."""
    _checked(out_dir, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    rel = path.relative_to(out_dir)
    _step(f"write {rel}")
    try:
        pq.write_table(table, tmp, compression="zstd")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _step(f"rename {rel}")
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


def _run_file(run_id: str) -> str:
    return f"run-{run_id}.parquet"


def replace_partitions(
    out_dir: Path,
    batch_id: str,
    tables: Mapping[str, pa.Table],
    run_id: str,
    run_row: pa.Table | None = None,
) -> None:
    """Replace the batch's partition of every given table, and add the run's manifest row, all
    or nothing (see the module docstring); other batches are untouched."""
    with StagedPartitions(out_dir, batch_id, run_id, list(tables)) as staged:
        for name, table in tables.items():
            staged.write(name, table)
        staged.commit(run_row)


class StagedPartitions:
    """A batch's new partitions, written under staging as their rows come (``write``: one row
    group each call) and published all or nothing by ``commit`` (steps 1-4 of the module
    docstring). Leaving the ``with`` block without a commit (an error, ``abort``) removes
    staging: the batch stays wholly old. Rows of one table are written in the order given."""

    def __init__(self, out_dir: Path, batch_id: str, run_id: str, tables: Sequence[str]) -> None:
        self.out_dir = Path(out_dir)
        self.batch_id = validate_batch_id(batch_id)
        self.run_id = _check_run_id(run_id)
        self.staging = _checked(self.out_dir, self.out_dir / STAGING / run_id)
        unknown = [name for name in tables if name not in SCHEMAS]
        if unknown:
            raise ValueError(f"unknown table(s) {', '.join(unknown)}")
        self.tables = list(tables)
        self.rows = dict.fromkeys(self.tables, 0)  # rows written so far, per table
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._groups = dict.fromkeys(self.tables, 0)
        self._state = "open"  # -> committed (the journal is in place) | aborted

    def __enter__(self) -> StagedPartitions:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._state == "open":
            self.abort()

    def _path(self, name: str) -> Path:
        return self.staging / name / f"batch_id={self.batch_id}" / PART

    def write(self, name: str, table: pa.Table) -> None:
        """Append ``table`` (the table's full schema, partition key included) to the staged
        file of ``name`` as one row group."""
        if self._state != "open":
            raise RuntimeError(f"staged batch {self.batch_id!r} is {self._state}")
        if name not in self.rows:
            raise ValueError(f"table {name!r} is not one this publish writes")
        stored = _file_table(name, table)
        path = self._path(name)
        tmp = path.with_name(f".{path.name}.tmp")
        group = self._groups[name]
        _step(f"write {path.relative_to(self.out_dir)}" + (f" row group {group}" if group else ""))
        writer = self._writers.get(name)
        if writer is None:
            _checked(self.out_dir, path).parent.mkdir(parents=True, exist_ok=True)
            writer = self._writers[name] = pq.ParquetWriter(tmp, FILE_SCHEMAS[name], compression="zstd")
        writer.write_table(stored)  # one row group (up to pyarrow's 1Mi rows: as pq.write_table)
        self._groups[name] += 1
        self.rows[name] += stored.num_rows

    def _close(self, name: str) -> None:
        """Finish the staged file of ``name``: footer, fsync, its final name (in staging)."""
        if name not in self._writers:  # no rows came: an empty table, as a whole write gives
            self.write(name, SCHEMAS[name].empty_table())
        path = self._path(name)
        tmp = path.with_name(f".{path.name}.tmp")
        rel = path.relative_to(self.out_dir)
        _step(f"close {rel}")
        self._writers.pop(name).close()
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        _step(f"rename {rel}")
        os.replace(tmp, path)

    def commit(self, run_row: pa.Table | None = None) -> None:
        """Close every staged file, add the run's manifest row and publish (journal, renames)."""
        if self._state != "open":
            raise RuntimeError(f"staged batch {self.batch_id!r} is {self._state}")
        journal = {"run_id": self.run_id, "batch_id": self.batch_id, "tables": self.tables,
                   "run_file": _run_file(self.run_id) if run_row is not None else None}
        for name in self.tables:
            self._close(name)
        if run_row is not None:
            _write_parquet(self.out_dir, _file_table("runs", run_row),
                           self.staging / "runs" / _run_file(self.run_id))
        _write_journal(self.out_dir, journal)
        self._state = "committed"  # decided: from here a failure is finished by the next run
        _apply_journal(self.out_dir, journal)

    def abort(self) -> None:
        """Drop everything staged: nothing of it was published."""
        self._state = "aborted"
        writers, self._writers = self._writers, {}
        for writer in writers.values():
            with contextlib.suppress(Exception):  # a full disk may fail the footer: removed anyway
                writer.close()
        _remove_tree(self.out_dir, self.staging)


def _journal_path(out_dir: Path, run_id: str) -> Path:
    return _checked(out_dir, out_dir / JOURNAL / f"{_check_run_id(run_id)}.json")


def _write_journal(out_dir: Path, journal: Mapping[str, object]) -> None:
    path = _journal_path(out_dir, str(journal["run_id"]))
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    _step("write journal")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(journal, handle)
        handle.flush()
        os.fsync(handle.fileno())
    _step("commit journal")
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _apply_journal(out_dir: Path, journal: Mapping[str, object]) -> None:
    """Move every staged partition of a committed publish into place; idempotent, so a run
    killed half way through is finished by the next one."""
    run_id, batch_id = str(journal["run_id"]), validate_batch_id(str(journal["batch_id"]))
    staging = _checked(out_dir, out_dir / STAGING / _check_run_id(run_id))
    trash = _checked(out_dir, out_dir / TRASH / run_id)
    for name in journal["tables"]:  # type: ignore[attr-defined]
        final = partition_dir(out_dir, str(name), batch_id)
        staged = staging / name / final.name
        if not staged.exists():
            continue  # moved in before the kill
        final.parent.mkdir(parents=True, exist_ok=True)
        if final.exists():
            old = trash / name / final.name
            old.parent.mkdir(parents=True, exist_ok=True)
            _step(f"rename {name} old to trash")
            os.rename(final, old)
        _step(f"rename {name} staged to final")
        os.rename(staged, final)
    if journal.get("run_file"):
        run_file = str(journal["run_file"])
        staged = staging / "runs" / run_file
        if staged.exists():
            final = partition_dir(out_dir, "runs", batch_id)
            final.mkdir(parents=True, exist_ok=True)
            _step("rename runs file")
            os.rename(staged, _checked(out_dir, final / run_file))
    path = _journal_path(out_dir, run_id)
    _step("remove journal")
    path.unlink()
    _fsync_dir(path.parent)
    _remove_tree(out_dir, staging)
    if trash.exists():
        _remove_tree(out_dir, trash)


_SWEPT: set[Path] = set()  # output roots whose partitions this process swept of temporary files


def recover(out_dir: Path) -> list[str]:
    """Finish or undo what a killed run left: roll committed journals forward, put back
    partitions an older version moved to the trash without a replacement, and remove staging,
    trash and every leftover temporary file. Returns what it did, one line each."""
    out_dir = Path(out_dir)
    done = []
    for path in sorted((out_dir / JOURNAL).glob("*.json")):
        journal = json.loads(path.read_text(encoding="utf-8"))
        _apply_journal(out_dir, journal)
        done.append(f"completed the publish of batch {journal['batch_id']} (run {journal['run_id']})")
    for old in sorted((out_dir / TRASH).glob("*/*/batch_id=*")):
        table, batch_id = old.parent.name, old.name.removeprefix("batch_id=")
        if table not in SCHEMAS or not _BATCH_ID.fullmatch(batch_id):
            continue
        final = partition_dir(out_dir, table, batch_id)
        if not final.exists():
            final.parent.mkdir(parents=True, exist_ok=True)
            os.rename(old, final)
            done.append(str(final.relative_to(out_dir)))
    for leftover in (out_dir / TRASH, out_dir / STAGING):
        if leftover.exists() or leftover.is_symlink():
            _remove_tree(out_dir, leftover)
    patterns = [f"{JOURNAL}/.*.tmp"]
    if out_dir.resolve() not in _SWEPT:
        # every write of this version goes through staging: temporary files inside partitions
        # are left only by older versions, so they are swept once per process (the sweep lists
        # every partition, which made each run's recovery grow with the archive)
        patterns += ["*/batch_id=*/*.tmp", "*/batch_id=*/.*.tmp"]
        _SWEPT.add(out_dir.resolve())
    for pattern in patterns:
        for tmp in out_dir.glob(pattern):
            _checked(out_dir, tmp).unlink(missing_ok=True)
            done.append(f"removed {tmp.relative_to(out_dir)}")
    return done


def recover_if_idle(out_dir: Path) -> list[str]:
    """``recover`` when no run holds the output (for read-only commands such as inspect)."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    try:
        with run_lock(out_dir):
            return recover(out_dir)
    except LockedError:
        return []  # the run holding the lock recovered before it began


def append_run(out_dir: Path, run_row: pa.Table, run_id: str, batch_id: str) -> Path:
    """The manifest keeps one file per run, so runs accumulate and never overwrite each other.
    Written in staging and renamed in, so no partial file is ever in the runs table."""
    out_dir = Path(out_dir)
    final = partition_dir(out_dir, "runs", batch_id) / _run_file(run_id)
    staging = _checked(out_dir, out_dir / STAGING / f"{_check_run_id(run_id)}-runs")
    try:
        _write_parquet(out_dir, _file_table("runs", run_row), staging / _run_file(run_id))
        final.parent.mkdir(parents=True, exist_ok=True)
        _step("rename runs file")
        os.rename(staging / _run_file(run_id), final)
    finally:
        _remove_tree(out_dir, staging)
    return final


def read_partition(out_dir: Path, table: str, batch_id: str,
                   columns: list[str] | None = None) -> pa.Table | None:
    """The batch's partition of a table (only ``columns``, stored ones, when given), or None
    when it was never written."""
    path = partition_dir(out_dir, table, batch_id) / PART
    if not path.exists():
        return None
    if columns is not None:
        return pq.read_table(path, columns=columns, schema=FILE_SCHEMAS[table])
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


def publish_pending(out_dir: Path, run_id: str) -> bool:
    """Whether a publish of this run was committed but not completed (the next run does it)."""
    return (Path(out_dir) / JOURNAL / f"{run_id}.json").exists()
