"""Every reader docs/CONTRACT.md names reads every table of a real two-batch pipeline output at
once, with one ``batch_id`` column (from the path) and the contract's columns; ``inspect`` too.

The two batches are ``b1`` and ``2022-11-17``: a date-like batch id is the case where Hive
readers guess a type for the partition column. tests/test_io.py checks the same on hand-built
tables; here it is end to end."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import ALL_TABLES, SCHEMAS

BATCHES = {"b1", "2022-11-17"}
Expected = dict[str, Counter[str]]  # table -> batch -> rows


@pytest.fixture(scope="module")
def out(two_batch_output: Path) -> Path:
    return two_batch_output


@pytest.fixture(scope="module")
def expected(out: Path) -> Expected:
    """Rows per batch of every table, from the Parquet footers of each partition folder."""
    counts: dict[str, Counter[str]] = {}
    for table in ALL_TABLES:
        counts[table] = Counter()
        for folder in (out / table).glob("batch_id=*"):
            rows = sum(pq.ParquetFile(f).metadata.num_rows for f in folder.glob("*.parquet"))
            counts[table][folder.name.removeprefix("batch_id=")] += rows
        assert set(counts[table]) == BATCHES, table
    return counts


def _check(table: str, columns: list[str], batch_ids: list[object], expected: Expected) -> None:
    assert set(columns) == set(SCHEMAS[table].names), table
    assert Counter(str(b) for b in batch_ids) == expected[table], table


def test_pandas(out: Path, expected: Expected) -> None:
    import pandas as pd

    for table in ALL_TABLES:
        frame = pd.read_parquet(out / table)
        _check(table, list(frame.columns), list(frame["batch_id"]), expected)


def test_pyarrow_dataset_with_hive_partitioning(out: Path, expected: Expected) -> None:
    import pyarrow.dataset as ds

    for table in ALL_TABLES:
        data = ds.dataset(out / table, format="parquet", partitioning="hive").to_table()
        _check(table, data.column_names, data.column("batch_id").to_pylist(), expected)


def test_duckdb_with_hive_partitioning(out: Path, expected: Expected) -> None:
    duckdb = pytest.importorskip("duckdb")
    for table in ALL_TABLES:
        rel = duckdb.sql(f"select * from read_parquet('{out / table}/**/*.parquet', hive_partitioning=true)")
        batch_ids = [row[0] for row in rel.select("batch_id").fetchall()]
        _check(table, rel.columns, batch_ids, expected)


def test_polars_with_hive_partitioning(out: Path, expected: Expected) -> None:
    pl = pytest.importorskip("polars")
    for table in ALL_TABLES:
        frame = pl.scan_parquet(f"{out / table}/**/*.parquet", hive_partitioning=True).collect()
        _check(table, frame.columns, frame["batch_id"].to_list(), expected)


def test_dask_read_parquet(out: Path, expected: Expected) -> None:
    dd = pytest.importorskip("dask.dataframe")
    for table in ALL_TABLES:
        frame = dd.read_parquet(str(out / table)).compute()
        _check(table, list(frame.columns), list(frame["batch_id"]), expected)


def test_spark(out: Path, expected: Expected) -> None:
    """Needs the `spark` extra (pip install '.[spark]', about 490 MB) and a Java 17 runtime."""
    pytest.importorskip("pyspark", reason="pyspark not installed (the `spark` extra)")
    if shutil.which("java") is None:
        pytest.skip("no java on PATH (Spark needs a Java 17 runtime)")
    from pyspark.sql import SparkSession

    spark = (
        SparkSession.builder.master("local[1]")
        .appName("cnnews-readers-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "1")
        .getOrCreate()
    )
    try:
        for table in ALL_TABLES:
            frame = spark.read.parquet(str(out / table))
            batch_ids = [row["batch_id"] for row in frame.select("batch_id").collect()]
            _check(table, frame.columns, batch_ids, expected)
    finally:
        spark.stop()


def test_inspect_summarizes_two_batches(out: Path, expected: Expected) -> None:
    result = CliRunner().invoke(app, ["inspect", str(out)])
    assert result.exit_code == 0, result.output
    assert "b1" in result.output and "2022-11-17" in result.output
    from pipeline.summary import inspect

    summary = inspect(out)
    assert set(summary.batches) == BATCHES
    assert {t: Counter(c) for t, c in summary.row_counts.items()} == expected
