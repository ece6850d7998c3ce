"""A batch's tables from the rows of its files: built as Arrow tables where the rows were made
(``compact``, in a worker: ``Packed``), then put in file order and written as they come
(``BatchStream``), a few row groups at a time, column by column, with no Python code per row
except for the entities, which are merged across the batch (``EntityMerger``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from operator import attrgetter
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from pipeline.records import Entity, coerce
from pipeline.schema import CONTENT_TABLES, PARTITION_KEY, SCHEMAS, to_table

# the pool of the tables held while a batch runs: the C library's malloc, which gives the
# builders' freed buffers back, where Arrow's default (mimalloc) kept them: 3 MB of news held
# 69 MB of tables in 120 MB more RSS with mimalloc, 83 MB with malloc (issue 13)
HELD_POOL = pa.system_memory_pool()

if TYPE_CHECKING:
    from pipeline.run import FileOutcome, Row


class EntityMerger:
    """Per-document entity rows, added in file order -> one row per entity in the batch: the
    first row of an entity, its mentions counted over every row and its aliases in the order
    first seen. Holds one record per distinct entity."""

    def __init__(self) -> None:
        self.merged: dict[str, Entity] = {}

    def add(self, rows: Iterable[Entity | Row]) -> None:
        merged = self.merged
        for row in map(partial(coerce, Entity), rows):
            seen = merged.get(row.entity_id)
            if seen is None:
                merged[row.entity_id] = row
                continue
            new_aliases = tuple(a for a in dict.fromkeys(row.aliases) if a not in seen.aliases)
            merged[row.entity_id] = replace(
                seen, n_mentions=seen.n_mentions + row.n_mentions, aliases=seen.aliases + new_aliases
            )

    def rows(self) -> list[Entity]:
        return sorted(self.merged.values(), key=lambda r: r.entity_id)


def merge_entities(rows: Iterable[Entity | Row]) -> list[Entity]:
    """Per-document entity rows -> one row per entity in the batch."""
    merger = EntityMerger()
    merger.add(rows)
    return merger.rows()


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
    each file's rows a zero-copy slice of it. Rows held until they are written take a
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


# a table's rows wait until about this many bytes of them are there, then go out as one row
# group: what the assembling process holds is a few row groups per table, not the batch
GROUP_BYTES = 8 << 20

Write = Callable[[str, pa.Table], None]


def _records(part: Any) -> list[Any]:
    return part.to_pylist() if isinstance(part, pa.Table) else list(part)


class BatchStream:
    """The rows of a batch's files, taken as the files come back from the executor (``add``,
    in any order) and passed on in the order of their source paths, table by table, to
    ``write``: a table's rows wait until about ``group_bytes`` (GROUP_BYTES) of them are there
    (one row group), so the caller holds O(row group) rows, not the batch. Entity rows are
    merged across the batch (``EntityMerger``) and written by ``finish``, which returns the
    row count of every table. The groups depend on the rows alone, not on the executor.

    ``expected``: the outcomes sent to the executor, one per file. With ``release``, an
    outcome's tables are dropped once its rows are taken, and those of the outcome it was sent
    as (the worker returns a copy), so neither holds them until the end of the batch."""

    def __init__(self, expected: Iterable[FileOutcome], write: Write, batch_id: str,
                 release: bool = True, group_bytes: int | None = None) -> None:
        self._expected = sorted(expected, key=attrgetter("source_path"))
        self._next = 0
        self._arrived: dict[str, list[FileOutcome]] = {}
        self._write, self._batch_id, self._release = write, batch_id, release
        self._group_bytes = GROUP_BYTES if group_bytes is None else group_bytes
        self._waiting: dict[str, list[pa.Table]] = {name: [] for name in CONTENT_TABLES}
        self._waiting_rows = dict.fromkeys(CONTENT_TABLES, 0)
        self._row_bytes: dict[str, int] = {}  # a table's bytes per row, as first measured
        self.entities = EntityMerger()
        self.counts = dict.fromkeys(CONTENT_TABLES, 0)

    def add(self, outcome: FileOutcome) -> None:
        """Take ``outcome`` and every outcome waiting behind it whose turn has come."""
        self._arrived.setdefault(outcome.source_path, []).append(outcome)
        while self._next < len(self._expected):
            sent = self._expected[self._next]
            queue = self._arrived.get(sent.source_path)
            if not queue:
                return
            self._take(queue.pop(0), sent)
            if not queue:
                del self._arrived[sent.source_path]
            self._next += 1

    def _take(self, outcome: FileOutcome, sent: FileOutcome) -> None:
        if not (outcome.error or outcome.duplicate_of):
            for name, part in outcome.tables.items():
                if name == "entities":
                    self.entities.add(_records(part))
                elif name in self._waiting and len(part):
                    self._wait(name, part if isinstance(part, pa.Table) else to_table(name, part))
        if self._release:
            outcome.tables, sent.tables = {}, {}

    def _wait(self, name: str, table: pa.Table) -> None:
        if name not in self._row_bytes:  # measured once, on the first rows (it costs a scan)
            self._row_bytes[name] = max(1, table.nbytes // table.num_rows)
        self._waiting[name].append(table)
        self._waiting_rows[name] += table.num_rows
        self.counts[name] += table.num_rows
        if self._waiting_rows[name] * self._row_bytes[name] >= self._group_bytes:
            self._flush(name)

    def _flush(self, name: str) -> None:
        parts, self._waiting[name], self._waiting_rows[name] = self._waiting[name], [], 0
        if not parts:
            return
        self._write(name, parts[0] if len(parts) == 1 else pa.concat_tables(parts))

    def finish(self) -> dict[str, int]:
        """Write what still waits and the merged entities; the row count of every table."""
        if self._next < len(self._expected):
            first = self._expected[self._next].source_path
            left = len(self._expected) - self._next
            raise RuntimeError(f"{left} file(s) never came back from the executor ({first} first)")
        if self._arrived:
            raise RuntimeError(f"files never sent came back: {', '.join(sorted(self._arrived))}")
        for name in CONTENT_TABLES:
            self._flush(name)
        entities = to_table("entities", self.entities.rows(), self._batch_id)
        self.counts["entities"] = entities.num_rows
        if entities.num_rows:
            self._write("entities", entities)
        return dict(self.counts)


def assemble(outcomes: list[FileOutcome], batch_id: str) -> dict[str, pa.Table]:
    """The batch's tables in memory, as a run writes them: per-document rows in a fixed
    order (by source path), entities merged; ``outcomes`` keep their tables."""
    parts: dict[str, list[pa.Table]] = defaultdict(list)
    stream = BatchStream(outcomes, lambda name, table: parts[name].append(table), batch_id, release=False)
    for outcome in outcomes:
        stream.add(outcome)
    stream.finish()
    tables = {}
    for name in CONTENT_TABLES:
        table = pa.concat_tables(parts[name]) if parts[name] else SCHEMAS[name].empty_table()
        i = table.schema.get_field_index(PARTITION_KEY)
        key = pa.array([batch_id] * table.num_rows, pa.string())
        tables[name] = table.set_column(i, table.schema.field(i), key)
    return tables
