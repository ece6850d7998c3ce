"""A batch's tables from the rows of its files: held as Arrow tables while the batch runs
(``compact``, in the process that made the rows: ``Packed``), then concatenated in file order
for the write (``assemble``), column by column, with no Python code per row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

import pyarrow as pa

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


class Packed:
    """The outcomes of one chunk of work, compacted (``compact``) where they were analyzed (a
    worker), and pickled as each table once plus each outcome's row counts: a slice of an Arrow
    table pickles the whole table's buffers. Iterating gives the outcomes, each table a slice.
    So the parent of the workers neither pickles records nor builds their tables while the
    workers run (it did both for the rows of every page)."""

    def __init__(self, outcomes: list[FileOutcome]) -> None:
        self.outcomes = outcomes
        self.live = [_holds_records(o) for o in outcomes]  # what ``compact`` turns into slices
        self.tables = compact(outcomes)

    def __iter__(self) -> Iterator[FileOutcome]:
        return iter(self.outcomes)

    def __getstate__(self) -> dict[str, Any]:
        pairs = list(zip(self.outcomes, self.live, strict=True))
        counts = [{name: len(t) for name, t in o.tables.items()} if live else None for o, live in pairs]
        bare = [replace(o, tables={}) if live else o for o, live in pairs]
        return {"tables": self.tables, "counts": counts, "outcomes": bare}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.tables, self.outcomes = state["tables"], state["outcomes"]
        offsets = dict.fromkeys(self.tables, 0)
        for outcome, counts in zip(self.outcomes, state["counts"], strict=True):
            if counts is None:
                continue
            for name, n in counts.items():
                outcome.tables[name] = self.tables[name].slice(offsets[name], n)  # type: ignore[assignment]
                offsets[name] += n


def _holds_records(outcome: FileOutcome) -> bool:
    return bool(outcome.tables) and not isinstance(outcome.tables.get("documents"), pa.Table)


def compact(outcomes: list[FileOutcome]) -> dict[str, pa.Table]:
    """Hold the rows of analyzed files as Arrow tables: one per table for all of ``outcomes``,
    each file's rows a zero-copy slice of it. A batch's rows, held until the write, take a
    fraction of the memory of records (held as records until the write, the rows of 1 MB of
    news took 50 MB more of peak memory), and the write builds no column again. Returns the
    tables the slices are of."""
    live = [o for o in outcomes if _holds_records(o)]
    tables: dict[str, pa.Table] = {}
    for name in dict.fromkeys(name for o in live for name in o.tables):
        table = tables[name] = to_table(name, [row for o in live for row in o.tables.get(name, [])],
                                        memory_pool=HELD_POOL)
        offset = 0
        for o in live:
            if name in o.tables:
                n = len(o.tables[name])
                o.tables[name] = table.slice(offset, n)  # type: ignore[assignment]
                offset += n
    return tables


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
