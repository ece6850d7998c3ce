"""Partition writes are atomic, a killed run is repaired, and runs exclude each other."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import io
from pipeline.schema import to_table

TOKEN = {"doc_id": "d1", "sentence_id": "s1", "batch_id": "b1", "seq": 0, "text": "党员", "pos": "n",
         "start": 0, "end": 2}


def _tokens(n: int):
    return to_table("tokens", [{**TOKEN, "seq": i} for i in range(n)])


def test_replacing_a_partition_leaves_other_batches_alone(tmp_path: Path) -> None:
    io.replace_partitions(tmp_path, "b1", {"tokens": _tokens(3)}, "run1")
    io.replace_partitions(tmp_path, "b2", {"tokens": _tokens(1)}, "run2")
    io.replace_partitions(tmp_path, "b1", {"tokens": _tokens(2)}, "run3")
    assert io.read_partition(tmp_path, "tokens", "b1").num_rows == 2
    assert io.read_partition(tmp_path, "tokens", "b2").num_rows == 1
    assert not (tmp_path / io.STAGING).exists() or not any((tmp_path / io.STAGING).iterdir())


def test_a_run_killed_mid_swap_is_repaired_by_the_next(tmp_path: Path) -> None:
    io.replace_partitions(tmp_path, "b1", {"tokens": _tokens(3)}, "run1")
    # the state a kill between the two renames leaves: old partition in the trash, no new one
    final = io.partition_dir(tmp_path, "tokens", "b1")
    trash = tmp_path / io.TRASH / "run2" / "tokens"
    trash.mkdir(parents=True)
    os.rename(final, trash / final.name)
    (tmp_path / io.STAGING / "run2" / "tokens").mkdir(parents=True)
    assert io.read_partition(tmp_path, "tokens", "b1") is None
    assert io.recover(tmp_path) == ["tokens/batch_id=b1"]
    assert io.read_partition(tmp_path, "tokens", "b1").num_rows == 3
    assert not (tmp_path / io.TRASH).exists() and not (tmp_path / io.STAGING).exists()


def test_a_table_that_breaks_its_schema_is_not_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="does not match its schema"):
        io.replace_partitions(tmp_path, "b1", {"tokens": _tokens(1).drop_columns(["pos"])}, "run1")
    assert io.read_partition(tmp_path, "tokens", "b1") is None


def test_a_second_run_on_the_same_output_is_refused(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\nfrom pathlib import Path\nfrom pipeline import io\n"
         "with io.run_lock(Path(sys.argv[1])):\n    print('locked', flush=True)\n    time.sleep(30)\n",
         str(tmp_path)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(io.LockedError, match="another pipeline run"), io.run_lock(tmp_path):
            pass
    finally:
        holder.kill()
        holder.wait()
    with io.run_lock(tmp_path):  # the dead holder's lock is gone with its process
        pass


def _two_batches(out: Path) -> None:
    io.replace_partitions(out, "b1", {"tokens": to_table("tokens", [{**TOKEN, "batch_id": "b1"}])}, "r1")
    rows = [{**TOKEN, "batch_id": "2022-11-17", "seq": i} for i in range(2)]
    io.replace_partitions(out, "2022-11-17", {"tokens": to_table("tokens", rows)}, "r2")


def test_files_hold_no_batch_id_the_path_does(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    _two_batches(tmp_path)
    stored = pq.read_table(io.partition_dir(tmp_path, "tokens", "b1") / "part-0.parquet")
    assert "batch_id" not in stored.column_names
    assert io.read_partition(tmp_path, "tokens", "b1").column("batch_id").to_pylist() == ["b1"]
    assert sorted(io.read_table(tmp_path, "tokens").column("batch_id").to_pylist()) == [
        "2022-11-17", "2022-11-17", "b1"]


def test_every_reader_reads_two_batches(tmp_path: Path) -> None:
    """pandas, pyarrow.dataset (hive), DuckDB, polars and Dask see one batch_id column."""
    import pandas as pd
    import pyarrow.dataset as ds

    _two_batches(tmp_path)
    root = tmp_path / "tokens"
    expected = ["2022-11-17", "2022-11-17", "b1"]
    assert sorted(pd.read_parquet(root)["batch_id"].astype(str)) == expected
    dataset = ds.dataset(root, format="parquet", partitioning="hive")
    assert sorted(str(v) for v in dataset.to_table().column("batch_id").to_pylist()) == expected
    duckdb = pytest.importorskip("duckdb")
    got = duckdb.sql(f"select batch_id from read_parquet('{root}/**/*.parquet', hive_partitioning=true)")
    assert sorted(str(r[0]) for r in got.fetchall()) == expected
    pl = pytest.importorskip("polars")
    frame = pl.scan_parquet(f"{root}/**/*.parquet", hive_partitioning=True).collect()
    assert sorted(str(v) for v in frame["batch_id"].to_list()) == expected
    dd = pytest.importorskip("dask.dataframe")
    assert sorted(str(v) for v in dd.read_parquet(str(root)).compute()["batch_id"]) == expected


def test_a_partition_streamed_in_row_groups_reads_as_one_written_whole(tmp_path: Path) -> None:
    """Rows written to staging as they come (one row group per write) give the file a whole
    write gives, as every reader sees it: same rows in the same order, same schema."""
    import pandas as pd
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    parts = [_tokens(3), _tokens(1), _tokens(2)]
    io.replace_partitions(tmp_path / "whole", "b1", {"tokens": pa.concat_tables(parts)}, "r1")
    with io.StagedPartitions(tmp_path / "streamed", "b1", "r1", ["tokens", "dates"]) as staged:
        for part in parts:
            staged.write("tokens", part)
        assert staged.rows == {"tokens": 6, "dates": 0}
        staged.commit()
    whole, streamed = (io.partition_dir(tmp_path / name, "tokens", "b1") / io.PART
                       for name in ("whole", "streamed"))
    assert pq.ParquetFile(streamed).num_row_groups == 3
    assert pq.read_table(streamed).equals(pq.read_table(whole))
    assert pq.read_schema(streamed).equals(pq.read_schema(whole), check_metadata=True)
    for reader in (lambda d: ds.dataset(d / "tokens", partitioning="hive").to_table().to_pandas(),
                   lambda d: pd.read_parquet(d / "tokens")):
        pd.testing.assert_frame_equal(reader(tmp_path / "streamed"), reader(tmp_path / "whole"))
    assert io.read_partition(tmp_path / "streamed", "dates", "b1").num_rows == 0  # no rows: an empty table


def test_a_stream_stopped_midway_publishes_nothing(tmp_path: Path) -> None:
    """Row groups already written stay in staging, invisible, and go when the stream stops:
    the previous partition stays as it was."""
    import pandas as pd

    io.replace_partitions(tmp_path, "b1", {"tokens": _tokens(3)}, "run1")
    with pytest.raises(RuntimeError, match="a stage failed"), \
            io.StagedPartitions(tmp_path, "b1", "run2", ["tokens"]) as staged:
        staged.write("tokens", _tokens(5))
        staged.write("tokens", _tokens(5))
        assert len(pd.read_parquet(tmp_path / "tokens")) == 3  # readers see the old rows only
        raise RuntimeError("a stage failed")
    assert io.read_partition(tmp_path, "tokens", "b1").num_rows == 3
    assert not (tmp_path / io.STAGING).exists() or not any((tmp_path / io.STAGING).iterdir())
    with pytest.raises(RuntimeError, match="aborted"):
        staged.write("tokens", _tokens(1))
