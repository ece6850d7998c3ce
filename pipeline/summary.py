"""What is in an output directory: batches, rows per table, latest runs, top entities."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pyarrow.compute as pc

from pipeline import io
from pipeline.schema import ALL_TABLES


@dataclass
class Summary:
    out_dir: Path
    batches: list[str]
    row_counts: dict[str, dict[str, int]]  # table -> batch -> rows
    runs: list[dict[str, object]]  # newest first
    top_entities: list[dict[str, object]]


def inspect(out_dir: Path, top: int = 10) -> Summary:
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        raise FileNotFoundError(f"no output directory at {out_dir}")
    io.recover_if_idle(out_dir)  # a publish a killed run left half done is completed first
    counts: dict[str, dict[str, int]] = {}
    batches: set[str] = set()
    for table in ALL_TABLES:
        data = io.read_table(out_dir, table)
        per_batch: dict[str, int] = {}
        if data.num_rows:
            for row in data.group_by("batch_id").aggregate([("batch_id", "count")]).to_pylist():
                per_batch[str(row["batch_id"])] = row["batch_id_count"]
        counts[table] = per_batch
        batches.update(per_batch)
    runs = io.read_table(out_dir, "runs")
    run_rows = sorted(
        runs.select(["run_id", "batch_id", "started_at", "status", "n_documents", "n_failed"]).to_pylist(),
        key=lambda r: r["started_at"],
        reverse=True,
    )
    entities = io.read_table(out_dir, "entities")
    top_rows: list[dict[str, object]] = []
    if entities.num_rows:
        grouped = entities.group_by(["entity_id", "label", "name"]).aggregate([("n_mentions", "sum")])
        order = pc.sort_indices(grouped, sort_keys=[("n_mentions_sum", "descending"), ("name", "ascending")])
        top_rows = grouped.take(order).slice(0, top).to_pylist()
    return Summary(out_dir, sorted(batches), counts, run_rows, top_rows)
