"""A publish killed at any point: readers see each batch wholly old or wholly new across all
tables once the next run (of any batch) or `inspect` has looked at the output.

The kill is real: a forked child publishes with ``io.fault_hook`` set to ``os._exit`` at the
N-th step (every write, rename and removal of a publish has a step), for every N.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pytest

from pipeline import io
from pipeline.schema import CONTENT_TABLES, SCHEMAS, to_table

TABLES = (*CONTENT_TABLES, "runs")


def _value(field: pa.Field, tag: str, batch_id: str) -> object:
    if field.name == "batch_id":
        return batch_id
    if pa.types.is_string(field.type):
        return tag
    if pa.types.is_integer(field.type):
        return 1
    if pa.types.is_floating(field.type):
        return 1.0
    if pa.types.is_timestamp(field.type):
        return datetime(2026, 11, 30, tzinfo=UTC)
    if pa.types.is_date(field.type):
        return date(2026, 11, 30)
    return []


def synthetic_tables(tag: str, batch_id: str) -> dict[str, pa.Table]:
    """One row per content table whose every string column says ``tag`` ('old' or 'new')."""
    return {
        name: to_table(name, [{f.name: _value(f, tag, batch_id) for f in SCHEMAS[name]}])
        for name in CONTENT_TABLES
    }


def run_row(run_id: str, batch_id: str) -> pa.Table:
    row = {f.name: _value(f, "x", batch_id) for f in SCHEMAS["runs"]}
    return to_table("runs", [{**row, "run_id": run_id, "status": "ok"}])


def publish(out: Path, batch: str, tag: str, run_id: str, kill_at: int = -1,
            groups: int = 0) -> tuple[int, list[str]]:
    """Publish in a forked child that dies at step ``kill_at`` (os._exit: as abrupt as SIGKILL,
    no cleanup, no finally); returns its exit status and the steps it reached. ``groups``: the
    rows streamed as a run writes them, every table that many row groups, the tables in turn."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read_end)
        steps: list[str] = []

        def hook(label: str) -> None:
            steps.append(label)
            os.write(write_end, (label + "\n").encode())
            if len(steps) - 1 == kill_at:
                os._exit(137)

        code = 0
        try:
            io.fault_hook = hook
            if groups:
                _stream(out, batch, tag, run_id, groups)
            else:
                tables = synthetic_tables(tag, batch)
                io.replace_partitions(out, batch, tables, run_id, run_row(run_id, batch))
        except BaseException:
            code = 1
        os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        reached = pipe.read().splitlines()
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), reached


def _stream(out: Path, batch: str, tag: str, run_id: str, groups: int) -> None:
    tables = synthetic_tables(tag, batch)
    with io.StagedPartitions(out, batch, run_id, CONTENT_TABLES) as staged:
        for _ in range(groups):
            for name in CONTENT_TABLES:
                staged.write(name, tables[name])
        staged.commit(run_row(run_id, batch))


def seen_by_readers(out: Path, batch: str) -> dict[str, str]:
    """What pandas and pyarrow.dataset see of one batch, per table: old, new, mixed, none."""
    import pandas as pd
    import pyarrow.dataset as ds

    seen = {}
    for name in CONTENT_TABLES:
        frame = pd.read_parquet(out / name)
        if "batch_id" not in frame:  # no batch at all in the table at this moment
            frame = frame.assign(batch_id="")
        tags = set(frame[frame.batch_id.astype(str) == batch][SCHEMAS[name].names[0]])
        table = ds.dataset(out / name, format="parquet", partitioning="hive").to_table()
        rows = [r for r in table.to_pylist() if str(r["batch_id"]) == batch]
        assert {r[SCHEMAS[name].names[0]] for r in rows} == tags, name  # both readers agree
        seen[name] = "mixed" if len(tags) > 1 else (tags.pop() if tags else "none")
    runs = pd.read_parquet(out / "runs")
    seen["runs"] = "new" if "r-new" in set(runs[runs.batch_id.astype(str) == batch].run_id) else "old"
    return seen


def _leftovers(out: Path) -> list[str]:
    odd = [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    odd += [p for d in (io.STAGING, io.TRASH, io.JOURNAL) for p in (out / d).glob("*")]
    return [str(p.relative_to(out)) for p in odd]


@pytest.fixture(scope="module")
def steps(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Every step of a publish over a batch already published."""
    out = tmp_path_factory.mktemp("dry")
    assert publish(out, "b1", "old", "r-old")[0] == 0
    code, reached = publish(out, "b1", "new", "r-new")
    assert code == 0
    return reached


def test_every_write_and_rename_of_a_publish_is_a_step(steps: list[str]) -> None:
    for name in TABLES:
        assert any(s.startswith("write ") and f"/{name}/" in f"/{s}" for s in steps), name
    assert "commit journal" in steps and "remove journal" in steps
    assert sum(s.endswith("staged to final") for s in steps) == len(CONTENT_TABLES)
    assert sum(s.endswith("old to trash") for s in steps) == len(CONTENT_TABLES)


def test_a_kill_at_any_step_leaves_each_batch_wholly_old_or_wholly_new(
    steps: list[str], tmp_path: Path
) -> None:
    """For every step N: publish batch b1 'old' and batch b2, then kill the publish of b1
    'new' at step N; readers then see b1 old or new as a whole after `inspect` recovers,
    and a following run of b2 changes nothing more. Records what readers saw before that."""
    import shutil

    import pandas as pd

    report = []
    commit = steps.index("commit journal")
    template = tmp_path / "template"
    io.replace_partitions(template, "b1", synthetic_tables("old", "b1"), "r-old", run_row("r-old", "b1"))
    io.replace_partitions(template, "b2", synthetic_tables("old", "b2"), "r-b2", run_row("r-b2", "b2"))
    for kill_at in range(len(steps)):
        out = tmp_path / f"k{kill_at}"
        shutil.copytree(template, out)
        assert publish(out, "b1", "new", "r-new", kill_at)[0] == 137
        before = seen_by_readers(out, "b1")  # readers never fail: no partial file is visible
        io.recover_if_idle(out)  # what `inspect` does first; every run does the same
        after = seen_by_readers(out, "b1")
        expected = "new" if kill_at > commit else "old"
        assert set(after.values()) == {expected}, (kill_at, steps[kill_at], after)
        assert _leftovers(out) == [], (kill_at, steps[kill_at])
        with io.run_lock(out):  # the next run, of another batch
            io.recover(out)
            io.replace_partitions(out, "b2", synthetic_tables("new", "b2"), "r-b2b", run_row("r-b2b", "b2"))
        documents = pd.read_parquet(out / "documents")
        assert sorted(zip(documents.batch_id.astype(str), documents.doc_id, strict=True)) == [
            ("b1", expected), ("b2", "new")]
        report.append({"step": kill_at, "label": steps[kill_at],
                       "before_recovery": sorted(set(before.values())), "after": expected})
    mixed = [r for r in report if len(r["before_recovery"]) > 1]
    # only a kill between the first and last table rename leaves a moment of mixed tables
    assert all("rename" in r["label"] or "remove" in r["label"] for r in mixed)
    (tmp_path / "kills.json").write_text(json.dumps(report, indent=1))


def test_a_batch_killed_mid_publish_is_completed_by_a_run_of_another_batch(tmp_path: Path) -> None:
    """The case of issue 9: a kill between two table renames, then a run of another batch."""
    out = tmp_path / "out"
    assert publish(out, "b1", "old", "r-old")[0] == 0
    publish(tmp_path / "dry", "b1", "old", "r-dry")
    steps = publish(tmp_path / "dry", "b1", "new", "r-dry2")[1]  # over an existing batch
    second = [i for i, s in enumerate(steps) if s.endswith("old to trash")][1]
    assert publish(out, "b1", "new", "r-new", second)[0] == 137
    seen = seen_by_readers(out, "b1")  # the moment that cannot be closed: a mix
    assert seen["documents"] == "new" and seen["articles"] == seen["sentences"] == "old"
    with io.run_lock(out):  # what run_batch does before anything else
        done = io.recover(out)
    assert done == ["completed the publish of batch b1 (run r-new)"]
    assert set(seen_by_readers(out, "b1").values()) == {"new"}


def test_leftover_temporary_files_of_every_kind_are_cleaned(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert publish(out, "b1", "old", "r-old")[0] == 0
    runs = io.partition_dir(out, "runs", "b1")
    (runs / "run-x.parquet.tmp").write_bytes(b"PAR1 half")  # left by a kill in older versions
    (runs / ".run-y.parquet.tmp").write_bytes(b"PAR1 half")
    (out / io.JOURNAL).mkdir(exist_ok=True)
    (out / io.JOURNAL / ".r-z.json.tmp").write_text("{")
    (out / io.STAGING / "r-z" / "documents").mkdir(parents=True)
    io.recover_if_idle(out)
    assert _leftovers(out) == []
    import pandas as pd

    assert len(pd.read_parquet(out / "runs")) == 1


@pytest.fixture(scope="module")
def streamed_steps(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Every step of a streamed publish (3 row groups per table) over a batch already published."""
    out = tmp_path_factory.mktemp("dry-streamed")
    assert publish(out, "b1", "old", "r-old")[0] == 0
    code, reached = publish(out, "b1", "new", "r-new", groups=3)
    assert code == 0
    return reached


def test_a_streamed_publish_writes_each_row_group_as_a_step(streamed_steps: list[str]) -> None:
    for name in TABLES:
        writes = [s for s in streamed_steps if s.startswith("write ") and f"/{name}/" in f"/{s}"]
        assert len(writes) == (1 if name == "runs" else 3), name
    first_rename = next(i for i, s in enumerate(streamed_steps) if s.startswith("rename "))
    assert all(s.startswith("write ") for s in streamed_steps[:first_rename - 1])  # interleaved groups


def test_a_kill_at_any_step_of_a_streamed_publish_leaves_the_batch_wholly_old_or_new(
    streamed_steps: list[str], tmp_path: Path
) -> None:
    """As for a whole write, for a publish whose files grew row group by row group: killed
    while it streams (staged files half written, several tables open), or later."""
    import shutil

    commit = streamed_steps.index("commit journal")
    template = tmp_path / "template"
    io.replace_partitions(template, "b1", synthetic_tables("old", "b1"), "r-old", run_row("r-old", "b1"))
    io.replace_partitions(template, "b2", synthetic_tables("old", "b2"), "r-b2", run_row("r-b2", "b2"))
    for kill_at in range(len(streamed_steps)):
        out = tmp_path / f"k{kill_at}"
        shutil.copytree(template, out)
        assert publish(out, "b1", "new", "r-new", kill_at, groups=3)[0] == 137
        before = seen_by_readers(out, "b1")  # readers never fail: no partial file is visible
        if kill_at <= commit:
            assert set(before.values()) == {"old"}, (kill_at, streamed_steps[kill_at], before)
        io.recover_if_idle(out)
        after = seen_by_readers(out, "b1")
        expected = "new" if kill_at > commit else "old"
        assert set(after.values()) == {expected}, (kill_at, streamed_steps[kill_at], after)
        assert _leftovers(out) == [], (kill_at, streamed_steps[kill_at])
        shutil.rmtree(out)
