"""A batch's tables from the rows of its files: held as Arrow tables while the batch runs
(``compacting``: held as records until the write, the rows of 1 MB of news took 50 MB more of
peak memory), then concatenated in file order for the write (``assemble``), column by column,
with no Python code per row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from pipeline.executors import SERIAL_CHUNK
from pipeline.records import Entity, coerce
from pipeline.schema import CONTENT_TABLES, PARTITION_KEY, to_table

# the pool of the tables held while a batch runs: the C library's malloc, which gives the
# builders' freed buffers back, where Arrow's default (mimalloc) kept them: 3 MB of news held
# 69 MB of tables in 120 MB more RSS with mimalloc, 83 MB with malloc (issue 13)
HELD_POOL = pa.system_memory_pool()

if TYPE_CHECKING:
    from pipeline.run import FileOutcome, Row


def merge_entities(rows: Iterable[Entity | Row]) -> list[Entity]:
    """Per-document entity rows -> one row per entity in the batch."""
    merged: dict[str, Entity] = {}
    for row in map(partial(coerce, Entity), rows):
        seen = merged.get(row.entity_id)
        if seen is None:
            merged[row.entity_id] = row
            continue
        new_aliases = tuple(a for a in dict.fromkeys(row.aliases) if a not in seen.aliases)
        merged[row.entity_id] = replace(
            seen, n_mentions=seen.n_mentions + row.n_mentions, aliases=seen.aliases + new_aliases
        )
    return sorted(merged.values(), key=lambda r: r.entity_id)


def compacting(outcomes: Iterable[FileOutcome], size: int = SERIAL_CHUNK) -> Iterator[FileOutcome]:
    """The outcomes, compacted (``compact``) in groups of ``size`` as they come."""
    group: list[FileOutcome] = []
    for outcome in outcomes:
        group.append(outcome)
        yield outcome
        if len(group) >= size:
            compact(group)
            group = []
    compact(group)


def compact(outcomes: list[FileOutcome]) -> None:
    """Hold the rows of analyzed files as Arrow tables: one per table for all of ``outcomes``,
    each file's rows a zero-copy slice of it. A batch's rows, held until the write, take a
    fraction of the memory of records, and the write builds no column again."""
    live = [o for o in outcomes if o.tables and not isinstance(o.tables.get("documents"), pa.Table)]
    for name in dict.fromkeys(name for o in live for name in o.tables):
        table = to_table(name, [row for o in live for row in o.tables.get(name, [])],
                         memory_pool=HELD_POOL)
        offset = 0
        for o in live:
            if name in o.tables:
                n = len(o.tables[name])
                o.tables[name] = table.slice(offset, n)  # type: ignore[assignment]
                offset += n


def _concat(name: str, parts: list[Any], batch_id: str) -> pa.Table:
    """One table from per-file parts (Arrow tables or lists of records), in order; the batch
    id goes in as one value, not by a copy of every row."""
    tables: list[pa.Table] = []
    rows: list[Any] = []
    for part in parts:
        if isinstance(part, pa.Table):
            tables += [to_table(name, rows)] if rows else []
            tables.append(part)
            rows = []
        else:
            rows.extend(part)
    if rows or not tables:
        tables.append(to_table(name, rows))
    table = pa.concat_tables(tables)
    i = table.schema.get_field_index(PARTITION_KEY)
    return table.set_column(i, table.schema.field(i), pa.array([batch_id] * table.num_rows, pa.string()))


def _records(name: str, part: Any) -> list[Any]:
    return part.to_pylist() if isinstance(part, pa.Table) else list(part)


def assemble(outcomes: list[FileOutcome], batch_id: str) -> dict[str, pa.Table]:
    """Concatenate per-document tables in a fixed order (by source path) into batch tables."""
    parts: dict[str, list[Any]] = defaultdict(list)
    for outcome in sorted(outcomes, key=lambda o: o.source_path):
        if outcome.error or outcome.duplicate_of:
            continue
        for name, table_rows in outcome.tables.items():
            parts[name].append(table_rows)
    entities = merge_entities(row for part in parts.pop("entities", []) for row in _records("entities", part))
    tables = {name: _concat(name, parts[name], batch_id) for name in CONTENT_TABLES if name != "entities"}
    tables["entities"] = to_table("entities", entities, batch_id)
    return {name: tables[name] for name in CONTENT_TABLES}
