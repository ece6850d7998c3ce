"""Nightly operations: process every new or changed batch folder of a raw root, one nightly run
at a time, with a log file per run, and compact the runs manifest.

What is new or changed is decided cheaply, without loading a model or reading a table: each
batch that a nightly run processed leaves a stamp in ``<out>/.nightly/<batch_id>.json`` (the
hash of its files' names, sizes and modification times, of the pipeline's code and lexicons, of
the models folder's file sizes and times, and of the output-changing configuration). A batch
whose stamp is unchanged and whose partitions are all there is left alone: no model is loaded
and no `skipped` run is recorded. Every other batch goes to ``run.run_batch``, whose content
fingerprint decides the rest (a file touched but not changed is recorded as `skipped`).

One nightly run at a time: ``<out>/.nightly.lock`` is held with flock(2) for the whole run, so
the kernel releases it when the process dies and a killed run never blocks the next one (the
file stays; only the lock counts). A second run exits at once with exit code 3 (LOCKED). The
lock is separate from the output lock (``<out>/.lock``) that every `run` takes per batch.

Logs: ``<out>/logs/nightly-<UTC time>.log``, one per run, the newest ``keep_logs`` kept.
Compaction: after the batches, every batch's runs partition with more than one file is
rewritten as one file (``io.replace_partitions``, so a kill leaves it wholly old or new).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import logging
import os
import time
import traceback
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pipeline import exitcodes, io
from pipeline.config import Config
from pipeline.schema import CONTENT_TABLES, SCHEMA_VERSION, to_table
from pipeline.stages import ingest

LOCK = ".nightly.lock"
STATE = ".nightly"
LOGS = "logs"
DEFAULT_KEEP_LOGS = 30
PACKAGE = Path(__file__).resolve().parent


class NightlyLocked(io.LockedError):
    """Another nightly run holds the output directory's nightly lock."""


@dataclass
class BatchResult:
    batch_id: str
    action: str  # unchanged | processed | skipped | error
    code: int = exitcodes.OK
    detail: str = ""


@dataclass
class NightlyReport:
    log_path: Path
    results: list[BatchResult] = field(default_factory=list)
    compacted: list[str] = field(default_factory=list)
    stopped: str | None = None  # why the run stopped before the last batch

    @property
    def exit_code(self) -> int:
        """The largest code of any batch: 0 when every batch was fine or nothing was to do."""
        return max((r.code for r in self.results), default=exitcodes.OK)

    def summary(self) -> str:
        counts: dict[str, int] = {}
        for r in self.results:
            counts[r.action] = counts.get(r.action, 0) + 1
        done = ", ".join(f"{n} {action}" for action, n in sorted(counts.items())) or "no batch folders"
        return f"nightly: {done}; exit {self.exit_code}; log {self.log_path}"


# ------------------------------------------------------------------ the lock


@contextlib.contextmanager
def nightly_lock(out_dir: Path) -> Iterator[None]:
    """Hold ``<out>/.nightly.lock`` or raise NightlyLocked at once, naming the holder."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / LOCK
    with open(path, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as err:
            handle.seek(0)
            holder = handle.read().strip() or "unknown process"
            raise NightlyLocked(
                f"another nightly run is already processing {out_dir} ({holder}; lock {path}); "
                "this one exits without doing anything"
            ) from err
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


# ------------------------------------------------------------------ cheap stamps


def _hash_files(digest: hashlib._Hash, root: Path, paths: list[Path], content: bool) -> None:
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        try:
            if content:
                digest.update(path.read_bytes())
            else:
                st = path.stat()
                digest.update(f"{st.st_size}:{st.st_mtime_ns}".encode())
        except OSError as err:  # run_batch reports the file; the stamp just records the state
            digest.update(f"error:{err.errno}".encode())
        digest.update(b"\0")


def _files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)


def environment_stamp(config: Config) -> str:
    """What every batch's output depends on besides its files: the code and lexicons (bytes),
    the models (file sizes and times), the output-changing configuration, the schema."""
    digest = hashlib.sha256()
    code = [p for p in _files_under(PACKAGE) if p.suffix in (".py", ".tsv", ".html")]
    _hash_files(digest, PACKAGE, code, content=True)
    model_roots = [config.models_root]
    spec_path = Path(config.ner_spec.partition(":")[2].split(",")[0])
    if str(spec_path) not in ("", ".") and spec_path.is_dir():
        model_roots.append(spec_path)
    for root in model_roots:
        if root.is_dir():
            _hash_files(digest, root, _files_under(root), content=False)
    digest.update(f"{SCHEMA_VERSION}\0{config.ner_spec}\0{config.output_json()}".encode())
    return digest.hexdigest()


def batch_stamp(batch_dir: Path, environment: str, files: list[Path]) -> str:
    """The batch's files by name, size and modification time, with the environment stamp."""
    digest = hashlib.sha256(environment.encode() + b"\0")
    _hash_files(digest, batch_dir, files, content=False)
    return digest.hexdigest()


def _state_path(out_dir: Path, batch_id: str) -> Path:
    return out_dir / STATE / f"{batch_id}.json"


def is_unchanged(out_dir: Path, batch_id: str, stamp: str) -> bool:
    """The stamp matches the last nightly processing of the batch and its partitions exist."""
    try:
        state = json.loads(_state_path(out_dir, batch_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return state.get("stamp") == stamp and all(
        (out_dir / name / f"batch_id={batch_id}").is_dir() for name in CONTENT_TABLES
    )


def _save_state(out_dir: Path, batch_id: str, stamp: str, run_id: str, status: str) -> None:
    path = _state_path(out_dir, batch_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    state = {"stamp": stamp, "run_id": run_id, "status": status,
             "at": f"{datetime.now(UTC):%Y-%m-%dT%H:%M:%SZ}"}
    tmp.write_text(json.dumps(state, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


# ------------------------------------------------------------------ logs


def _open_log(out_dir: Path, keep: int) -> tuple[logging.Logger, Path]:
    """A logger writing ``<out>/logs/nightly-<UTC time>.log``; older logs beyond ``keep`` go."""
    logs = out_dir / LOGS
    logs.mkdir(parents=True, exist_ok=True)
    # microseconds in the name: runs within one second still sort in the order they started
    path = logs / f"nightly-{datetime.now(UTC):%Y%m%dT%H%M%S.%fZ}-{uuid.uuid4().hex[:4]}.log"
    logger = logging.getLogger(f"pipeline.nightly.{path.stem}")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%dT%H:%M:%S%z"))
    logger.addHandler(handler)
    older = sorted(p for p in logs.glob("nightly-*.log") if p != path)
    for old in older[: max(len(older) - (max(keep, 1) - 1), 0)]:
        old.unlink(missing_ok=True)
    return logger, path


def _close_log(logger: logging.Logger) -> None:
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)


# ------------------------------------------------------------------ one batch


def _exit_code(err: BaseException) -> int:
    """The exit code of a batch that raised: the same mapping as the `run` command's."""
    from pipeline.executors import ExecutorError
    from pipeline.nlp.ner import NerConfigError
    from pipeline.run import EmptyBatchError, WriteFailed

    if isinstance(err, io.LockedError):
        return exitcodes.LOCKED
    if isinstance(err, EmptyBatchError | FileNotFoundError):
        return exitcodes.EMPTY_BATCH
    if isinstance(err, NerConfigError | ValueError | io.UnsafePathError):
        return exitcodes.USAGE
    if isinstance(err, ExecutorError):
        return exitcodes.EXECUTOR
    if isinstance(err, WriteFailed | OSError):
        return exitcodes.WRITE_FAILED
    return exitcodes.FILES_FAILED  # unexpected: logged with its traceback


def process_batch(batch_dir: Path, out_dir: Path, config: Config, environment: str, force: bool,
                  log: logging.Logger) -> BatchResult:
    """Run one batch folder when it is new or changed; never raises for the batch's own errors."""
    batch_id = batch_dir.name
    try:
        io.validate_batch_id(batch_id)
    except io.BatchIdError as err:  # the folder's name is the batch id: rename the folder
        log.error("batch folder %s: %s (exit %d)", batch_dir, err, exitcodes.USAGE)
        return BatchResult(batch_id, "error", exitcodes.USAGE, f"{err}; rename the folder")
    try:
        files = ingest.list_batch_files(batch_dir)
        stamp = batch_stamp(batch_dir, environment, files)
    except OSError as err:
        log.error("batch %s: cannot list %s: %s", batch_id, batch_dir, err)
        return BatchResult(batch_id, "error", exitcodes.EMPTY_BATCH, str(err))
    if not files:  # as `run` does, without loading a model: a folder still being filled, or a mistake
        detail = f"batch folder {batch_dir} holds no files; the batch is left as it is"
        log.error("batch %s: %s (exit %d)", batch_id, detail, exitcodes.EMPTY_BATCH)
        return BatchResult(batch_id, "error", exitcodes.EMPTY_BATCH, detail)
    if not force and is_unchanged(out_dir, batch_id, stamp):
        log.info("batch %s: unchanged since the last nightly run", batch_id)
        return BatchResult(batch_id, "unchanged")
    from pipeline.run import run_batch

    began = time.perf_counter()
    log.info("batch %s: processing %s", batch_id, batch_dir)
    try:
        report = run_batch(batch_dir, out_dir, batch_id, config, force=force)
    except Exception as err:
        code = _exit_code(err)
        log.error("batch %s: %s (exit %d)", batch_id, err, code)
        if code == exitcodes.FILES_FAILED:  # unexpected: the traceback is the only clue
            log.error("%s", traceback.format_exc())
        return BatchResult(batch_id, "error", code, str(err))
    for outcome in report.outcomes:
        if outcome.error:
            log.warning("batch %s: %s", batch_id, outcome.error)
    _save_state(out_dir, batch_id, stamp, report.run_id, report.status)
    failed = len(report.failed)
    detail = f"{report.status}: {len(report.outcomes) - failed} of {len(report.outcomes)} files ok"
    if report.status == "skipped":
        detail = "skipped: files touched but their content, the code, models and config unchanged"
    log.info("batch %s: %s (run %s, %.1f s)", batch_id, detail, report.run_id, time.perf_counter() - began)
    code = exitcodes.OK if report.status in ("ok", "skipped") else exitcodes.FILES_FAILED
    return BatchResult(batch_id, "skipped" if report.status == "skipped" else "processed", code, detail)


# ------------------------------------------------------------------ compaction


def compact_runs(out_dir: Path) -> list[str]:
    """Rewrite every batch's runs partition that has more than one file as one file, under the
    output lock and through the publish journal (a kill leaves it wholly old or wholly new).
    Returns the batch ids compacted; a batch another run holds is left for next time."""
    compacted = []
    for folder in sorted((out_dir / "runs").glob("batch_id=*")):
        if len(list(folder.glob("*.parquet"))) < 2:
            continue
        batch_id = folder.name.removeprefix("batch_id=")
        with io.run_lock(out_dir):
            rows = io.read_table_partition_files(out_dir, "runs", batch_id)
            rows.sort(key=lambda r: (str(r["started_at"]), str(r["run_id"])))
            run_id = f"compact-{datetime.now(UTC):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
            io.replace_partitions(out_dir, batch_id, {"runs": to_table("runs", rows)}, run_id)
        compacted.append(batch_id)
    return compacted


# ------------------------------------------------------------------ the nightly run


def batch_folders(raw_root: Path) -> list[Path]:
    """The batch folders of a raw root: its visible sub-folders, by name."""
    if not raw_root.is_dir():
        raise FileNotFoundError(
            f"raw folder not found: {raw_root} (--raw: the folder holding one folder per batch)"
        )
    return sorted(p for p in raw_root.iterdir() if p.is_dir() and not p.name.startswith("."))


def nightly(raw_root: Path, out_dir: Path, config: Config | None = None, *, force: bool = False,
            keep_logs: int = DEFAULT_KEEP_LOGS, echo: logging.Handler | None = None) -> NightlyReport:
    """Process every new or changed batch folder of ``raw_root`` into ``out_dir``, then compact
    the runs manifest. Raises NightlyLocked when another nightly run holds ``out_dir`` and
    FileNotFoundError when ``raw_root`` is missing; everything else is in the report and log."""
    config = config or Config()
    raw_root, out_dir = Path(raw_root), Path(out_dir)
    batches = batch_folders(raw_root)
    with nightly_lock(out_dir):
        log, log_path = _open_log(out_dir, keep_logs)
        if echo is not None:
            log.addHandler(echo)
        report = NightlyReport(log_path)
        try:
            _run_batches(report, batches, out_dir, config, force, log)
        finally:
            log.info(report.summary())
            _close_log(log)
    return report


def _run_batches(report: NightlyReport, batches: list[Path], out_dir: Path, config: Config,
                 force: bool, log: logging.Logger) -> None:
    log.info("nightly run: %d batch folders, output %s, config %s", len(batches), out_dir, config.to_json())
    environment = environment_stamp(config)
    for batch_dir in batches:
        result = process_batch(batch_dir, out_dir, config, environment, force, log)
        report.results.append(result)
        if result.code in exitcodes.FATAL:
            report.stopped = f"stopped after batch {result.batch_id}: {result.detail}"
            log.error(report.stopped)
            break
    try:
        report.compacted = compact_runs(out_dir)
    except io.LockedError as err:
        log.warning("runs manifest not compacted: %s", err)
    except OSError as err:
        log.error("runs manifest not compacted: %s", err)
    if report.compacted:
        log.info("runs manifest compacted for %s", ", ".join(report.compacted))
