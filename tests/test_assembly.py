"""A batch's rows streamed (issue 13): outcomes come back from the executor in any order and
are passed on in source-path order, a table's rows a row group at a time, entities merged
across the batch; the tables are those of the whole batch assembled at once."""

from __future__ import annotations

import copy
import pickle
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline.assembly import BatchStream, Packed, assemble
from pipeline.config import Config
from pipeline.run import FileOutcome, analyze_files, ingest_file, mark_duplicates
from pipeline.schema import CONTENT_TABLES, PARTITION_KEY

CONFIG = Config(ner="jieba")


@pytest.fixture(scope="module")
def outcomes(sample_dir: Path) -> list[FileOutcome]:
    """The sample pages analyzed, a copy of one (a duplicate) and a file that failed, in file order."""
    now = datetime(2026, 11, 30, tzinfo=UTC)
    pages = sorted(sample_dir.glob("*.txt"))
    ingested = [ingest_file(p, sample_dir, "b", CONFIG, now) for p in pages]
    copied = copy.deepcopy(ingested[0])
    copied.source_path = "zz_copy.txt"
    ingested += [copied, FileOutcome("broken.txt", error="broken.txt: cannot decode")]
    mark_duplicates(ingested)
    return sorted(analyze_files(ingested, CONFIG), key=lambda o: o.source_path)


def _stream(arrivals: list[FileOutcome], expected: list[FileOutcome], group_bytes: int | None = None,
            release: bool = False) -> tuple[list[tuple[str, pa.Table]], dict[str, int]]:
    writes: list[tuple[str, pa.Table]] = []
    stream = BatchStream(expected, lambda name, table: writes.append((name, table)), "b", release,
                         group_bytes)
    for outcome in arrivals:
        stream.add(outcome)
    return writes, stream.finish()


def _joined(writes: list[tuple[str, pa.Table]], name: str) -> list[dict[str, object]]:
    tables = [table.drop_columns([PARTITION_KEY]) for n, table in writes if n == name]
    return [row for table in tables for row in table.to_pylist()]


def test_rows_streamed_in_many_row_groups_are_the_batch_assembled_at_once(
    outcomes: list[FileOutcome],
) -> None:
    whole = assemble(outcomes, "b")
    writes, counts = _stream(outcomes, outcomes, group_bytes=1)  # every page's rows a group
    assert [o.duplicate_of for o in outcomes].count(None) == len(outcomes) - 1
    for name in CONTENT_TABLES:
        assert _joined(writes, name) == whole[name].drop_columns([PARTITION_KEY]).to_pylist(), name
        assert counts[name] == whole[name].num_rows > 0, name
    assert sum(n == "tokens" for n, _ in writes) == 2  # one group per page: the copy and the failure add none
    assert sum(n == "entities" for n, _ in writes) == 1  # merged across the batch, written at the end
    default, _ = _stream(outcomes, outcomes)
    assert sum(n == "tokens" for n, _ in default) == 1  # a few kB: one group


def test_outcomes_coming_back_in_any_order_are_written_in_source_path_order(
    outcomes: list[FileOutcome],
) -> None:
    """Dask returns chunks as they finish: the rows and their groups are those of file order."""
    in_order, counts = _stream(outcomes, outcomes, group_bytes=1)
    reversed_writes, reversed_counts = _stream(outcomes[::-1], outcomes, group_bytes=1)
    assert [(n, t.to_pylist()) for n, t in reversed_writes] == [(n, t.to_pylist()) for n, t in in_order]
    assert reversed_counts == counts
    held: list[tuple[str, pa.Table]] = []
    stream = BatchStream(outcomes, lambda name, table: held.append((name, table)), "b", False, 1)
    for outcome in outcomes[:0:-1]:
        stream.add(outcome)
    assert held == []  # the first file not back: nothing written, the others wait
    stream.add(outcomes[0])
    assert held


def test_rows_taken_are_let_go_and_a_missing_file_is_an_error(outcomes: list[FileOutcome]) -> None:
    sent = copy.deepcopy(outcomes)
    back = list(pickle.loads(pickle.dumps(Packed(copy.deepcopy(sent)))))  # a worker's copy
    writes, _ = _stream(back, sent, group_bytes=1, release=True)
    assert writes and all(o.tables == {} for o in [*sent, *back])
    stream = BatchStream(outcomes, lambda name, table: None, "b", release=False)
    stream.add(outcomes[1])
    with pytest.raises(RuntimeError, match="never came back"):
        stream.finish()
    stream = BatchStream(outcomes[:1], lambda name, table: None, "b", release=False)
    stream.add(outcomes[0])
    stream.add(outcomes[1])
    with pytest.raises(RuntimeError, match="never sent"):
        stream.finish()
