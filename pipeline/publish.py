"""A run's batch published: its files' rows streamed to staging as the executor returns them
(``assembly.BatchStream`` into ``io.StagedPartitions``), then the batch and its `runs` row
published all or nothing; a run that cannot finish records a `failed` row when it can.

What the batch decides as a whole (duplicates, the batch's year, a rerun's first ingest
times) is decided before any row is made (``run.ingest_batch``); the entities, merged across
the batch, and the row counts of the `runs` row are the only things held to the end."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from pipeline import io, skip
from pipeline.about import package_version
from pipeline.assembly import BatchStream
from pipeline.config import Config
from pipeline.schema import CONTENT_TABLES, SCHEMA_VERSION, to_table

if TYPE_CHECKING:
    from pipeline.run import FileOutcome


class WriteFailed(RuntimeError):
    """The batch could not be written (disk full, permissions); its published data is intact."""


@dataclass(frozen=True)
class RunBase:
    """What every `runs` row of one run shares."""

    run_id: str
    batch_id: str
    started: datetime
    config: Config
    models: str
    fingerprint: str

    def table(self, status: str, counts: dict[str, int], errors: list[dict[str, str | None]],
              n_failed: int = 0) -> pa.Table:
        row = _run_row(self, status, counts, n_failed, errors)
        return to_table("runs", [{**row, "input_fingerprint": self.fingerprint}])


class _StagingFailed(Exception):
    """An OSError while a run's rows went to staging (the executor's own stay what they are)."""


def stream_and_publish(out_dir: Path, base: RunBase, ingested: list[FileOutcome],
                       analyzed: Iterable[FileOutcome],
                       progress: Callable[[FileOutcome], None] | None = None,
                       ) -> tuple[str, dict[str, int], list[FileOutcome]]:
    """Take the outcomes of ``ingested`` as the executor returns them (``analyzed``), stream
    their rows to staging (the rows of a few row groups are held, not the batch's), then
    publish all or nothing (``_publish``). Returns the status, each table's row count and the
    outcomes, their tables dropped once written. Staging is removed on any error."""
    outcomes: list[FileOutcome] = []
    with io.StagedPartitions(out_dir, base.batch_id, base.run_id, CONTENT_TABLES) as staged:

        def write(name: str, table: pa.Table) -> None:
            try:
                staged.write(name, table)
            except OSError as err:
                raise _StagingFailed from err

        stream = BatchStream(ingested, write, base.batch_id)
        try:
            for outcome in analyzed:
                outcomes.append(outcome)
                if progress:
                    progress(outcome)
                stream.add(outcome)
            counts = stream.finish()
        except _StagingFailed as failed:
            staged.abort()
            raise _write_failed(out_dir, base, failed.__cause__) from failed.__cause__
        finally:  # stopped early, the executor stops too (its chunks not yet begun are cancelled)
            close = getattr(analyzed, "close", None)
            if close is not None:
                close()
        return _publish(out_dir, base, outcomes, counts, staged), counts, outcomes


def _publish(out_dir: Path, base: RunBase, outcomes: list[FileOutcome], counts: dict[str, int],
             staged: io.StagedPartitions) -> str:
    """Publish the staged batch with its `runs` row as one change; when no file succeeded,
    keep the published batch and record only the failed run. A write error leaves the old
    batch intact, records a failed run when it can, and raises WriteFailed."""
    good = [o for o in outcomes if not o.error]
    status = "ok" if len(good) == len(outcomes) else ("partial" if good else "failed")
    errors: list[dict[str, str | None]] = [
        {"source_path": o.source_path, "reason": o.error} for o in outcomes if o.error
    ]
    n_failed = len(errors)
    errors += [
        {"source_path": o.source_path, "reason": f"skipped: duplicate of {o.duplicate_of} (same text)"}
        for o in outcomes
        if o.duplicate_of
    ]
    errors += [{"source_path": o.source_path, "reason": o.warning} for o in outcomes if o.warning]
    run_table = base.table(status, counts, errors, n_failed)
    try:
        if good or not outcomes:
            skip.forget(out_dir, base.batch_id)  # a kill from here on costs a recompute, no wrong skip
            staged.commit(run_table)
            with contextlib.suppress(OSError):  # without it the next run recomputes
                skip.write_manifest(out_dir, base.batch_id, base.fingerprint, base.run_id, base.models)
        else:
            staged.abort()
            io.append_run(out_dir, run_table, base.run_id, base.batch_id)
    except OSError as err:
        raise _write_failed(out_dir, base, err) from err
    return status


def _write_failed(out_dir: Path, base: RunBase, err: BaseException | None) -> WriteFailed:
    """The error of a batch that could not be written; a failed run recorded unless its
    publish was committed (the next run completes it)."""
    pending = io.publish_pending(out_dir, base.run_id)
    reason = (err.strerror or err) if isinstance(err, OSError) else err
    message = (
        f"cannot write batch {base.batch_id!r} to {out_dir}: {reason}"
        + ("; the next run completes its publish" if pending else "; its published data is unchanged")
    )
    if not pending:
        record_failure(out_dir, base, message)
    return WriteFailed(message)


def record_failure(out_dir: Path, base: RunBase, reason: str) -> None:
    """A `failed` row for a run that could not finish, when the disk still takes one."""
    with contextlib.suppress(OSError):
        io.append_run(out_dir, base.table("failed", {}, [{"source_path": None, "reason": reason}], 0),
                      base.run_id, base.batch_id)


def _run_row(base: RunBase, status: str, counts: dict[str, int], n_failed: int,
             errors: list[dict[str, str | None]]) -> dict[str, Any]:
    return {
        "run_id": base.run_id,
        "batch_id": base.batch_id,
        "started_at": base.started,
        "finished_at": datetime.now(UTC),
        "status": status,
        "n_documents": counts.get("documents", 0),
        "n_failed": n_failed,
        "n_mentions": counts.get("mentions", 0),
        "n_statistics": counts.get("statistics", 0),
        "pipeline_version": package_version(),
        "schema_version": SCHEMA_VERSION,
        "models": base.models,
        "config": base.config.to_json(),
        "errors": json.dumps(errors, ensure_ascii=False),
    }
