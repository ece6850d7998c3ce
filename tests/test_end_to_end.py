"""The whole pipeline on the sample batch, through the CLI, as a user runs it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.io import read_table
from pipeline.schema import ALL_TABLES, CONTENT_TABLES, FILE_SCHEMAS

runner = CliRunner()


def _run(raw: Path, out: Path, *extra: str) -> object:
    return runner.invoke(app, ["run", str(raw), "--out", str(out), *extra])


@pytest.fixture(scope="module")
def processed(tmp_path_factory: pytest.TempPathFactory, sample_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("processed")
    result = _run(sample_dir, out)
    assert result.exit_code == 0, result.output
    return out


def test_every_contract_table_and_column_is_written_with_its_type(processed: Path) -> None:
    for name in ALL_TABLES:
        files = list((processed / name / "batch_id=sample").glob("*.parquet"))
        assert files, name
        for path in files:
            assert pq.read_schema(path).remove_metadata() == FILE_SCHEMAS[name], name
    counts = {name: read_table(processed, name).num_rows for name in CONTENT_TABLES}
    assert counts["documents"] == 2
    assert counts["articles"] == 8
    for name in ("sentences", "tokens", "mentions", "entities", "statistics", "dates", "person_roles"):
        assert counts[name] > 0, name


def test_offsets_point_into_the_document_text(processed: Path) -> None:
    texts = dict(
        zip(*read_table(processed, "documents").select(["doc_id", "text"]).to_pydict().values(), strict=True)
    )
    for name in ("articles", "sentences", "tokens", "mentions", "statistics", "dates"):
        rows = read_table(processed, name).to_pylist()
        for row in rows:
            span = texts[row["doc_id"]][row["start"] : row["end"]]
            if "text" in row:
                assert span == row["text"], (name, row)
            else:
                assert span, (name, row)


def test_a_page_without_its_year_takes_the_batch_year(processed: Path) -> None:
    documents = read_table(processed, "documents").to_pandas().set_index("source_path")
    assert documents.loc["003_0073031193020e22.txt", "publication_year"] == 2022  # never written there
    assert str(documents.loc["004_8a9192cc8e369542.txt", "publication_date"]) == "2022-11-17"
    dates = read_table(processed, "dates").to_pandas()
    assert "2022-04-06" in set(dates.value)


def test_rows_link_up(processed: Path) -> None:
    mentions = read_table(processed, "mentions").to_pandas()
    entities = read_table(processed, "entities").to_pandas()
    assert set(mentions.entity_id) == set(entities.entity_id)
    assert entities.entity_id.is_unique
    assert (entities.set_index("entity_id").n_mentions == mentions.groupby("entity_id").size()).all()
    sentences = read_table(processed, "sentences").to_pandas()
    assert set(mentions.sentence_id) <= set(sentences.sentence_id)
    run = read_table(processed, "runs").to_pylist()[0]
    assert run["status"] == "ok" and run["n_documents"] == 2
    assert json.loads(run["models"])["ner"]
    assert json.loads(run["config"])["ner"] == "model"


def test_rerun_gives_identical_tables_and_no_duplicates(processed: Path, tmp_path: Path) -> None:
    before = {name: read_table(processed, name) for name in CONTENT_TABLES}
    result = _run(processed.parent / "unused", processed)  # a missing folder is a clear error
    assert result.exit_code == 4
    sample = Path(__file__).resolve().parents[1] / "data" / "raw" / "sample"
    result = _run(sample, processed, "--force")
    assert result.exit_code == 0, result.output
    for name in CONTENT_TABLES:
        assert read_table(processed, name).equals(before[name]), name
    runs = read_table(processed, "runs").to_pylist()
    assert len(runs) >= 2 and all(r["status"] == "ok" for r in runs)
    assert len({r["input_fingerprint"] for r in runs}) == 1


def test_unchanged_batch_is_skipped_and_a_changed_one_redone(tmp_path: Path, sample_dir: Path) -> None:
    raw = tmp_path / "batch"
    shutil.copytree(sample_dir, raw)
    out = tmp_path / "out"
    assert _run(raw, out).exit_code == 0
    result = _run(raw, out)
    assert result.exit_code == 0 and "skipped" in result.output
    statuses = sorted(r["status"] for r in read_table(out, "runs").to_pylist())
    assert statuses == ["ok", "skipped"]
    page = "记者 丁洁\n新华社太原4月13日电 晋祠博物馆接待游客3万余人次。"
    (raw / "new.txt").write_text(page, encoding="utf-8")
    assert _run(raw, out).exit_code == 0
    assert read_table(out, "documents").num_rows == 3


def test_pandas_duckdb_and_polars_read_all_batches(processed: Path) -> None:
    mentions = pd.read_parquet(processed / "mentions")
    assert len(mentions) == read_table(processed, "mentions").num_rows
    assert set(mentions.batch_id.astype(str)) == {"sample"}
    rows = duckdb.sql(
        f"select label, count(*) from '{processed}/mentions/**/*.parquet' group by label order by label"
    ).fetchall()
    assert {label for label, _ in rows} <= {"LOC", "ORG", "PERSON"}
    import polars as pl

    assert pl.scan_parquet(f"{processed}/statistics/**/*.parquet").collect().height > 0


def test_inspect_and_stage_rerun(processed: Path) -> None:
    result = runner.invoke(app, ["inspect", str(processed)])
    assert result.exit_code == 0, result.output
    assert "mentions" in result.output and "sample" in result.output
    before = read_table(processed, "statistics")
    result = runner.invoke(app, ["stage", "statistics", "--batch-id", "sample", "--out", str(processed)])
    assert result.exit_code == 0, result.output
    assert read_table(processed, "statistics").equals(before)
    result = runner.invoke(app, ["stage", "nonsense", "--batch-id", "sample", "--out", str(processed)])
    assert result.exit_code == 2 and "unknown stage" in result.output


def test_bad_files_are_reported_and_good_ones_written(tmp_path: Path, sample_dir: Path) -> None:
    raw = tmp_path / "mixed"
    raw.mkdir()
    page = (sample_dir / "004_8a9192cc8e369542.txt").read_text(encoding="utf-8")
    (raw / "gbk.txt").write_bytes(page.encode("gbk"))
    other = (sample_dir / "003_0073031193020e22.txt").read_text(encoding="utf-8")
    (raw / "utf16.txt").write_bytes(other.encode("utf-16"))
    (raw / "empty.txt").write_bytes(b"")
    (raw / "binary.txt").write_bytes(bytes(range(256)) * 64)
    (raw / "huge.txt").write_bytes(("疫情防控" * 1_750_000).encode("utf-8"))  # 21 MB, one line
    (raw / "good.txt").write_text(page + "\n记者 李静\n", encoding="utf-8")
    shutil.copy(raw / "good.txt", raw / "good-copy.txt")
    out = tmp_path / "out"
    result = _run(raw, out)
    assert result.exit_code == 1
    documents = read_table(out, "documents").to_pandas()
    assert sorted(documents.source_path) == ["gbk.txt", "good-copy.txt", "utf16.txt"]
    assert set(documents.encoding) == {"gb18030", "utf-8", "utf-16"}
    run = read_table(out, "runs").to_pylist()[0]
    assert run["status"] == "partial"
    reasons = {e["source_path"]: e["reason"] for e in json.loads(run["errors"])}
    assert set(reasons) == {"empty.txt", "binary.txt", "huge.txt", "good.txt"}
    assert run["n_failed"] == 3
    assert "duplicate of good-copy.txt" in reasons["good.txt"]
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["binary.txt"]
    assert "limit" in reasons["huge.txt"]
    for name in ("empty.txt", "binary.txt", "huge.txt"):
        assert name in result.output


def test_dask_executor_gives_identical_tables(processed: Path, tmp_path: Path, sample_dir: Path) -> None:
    pytest.importorskip("dask.distributed")
    result = _run(sample_dir, tmp_path, "--executor", "dask")
    assert result.exit_code == 0, result.output
    for name in CONTENT_TABLES:
        local, dask = read_table(processed, name), read_table(tmp_path, name)
        if name == "documents":  # each output root records its own first ingest time
            local, dask = local.drop_columns(["ingested_at"]), dask.drop_columns(["ingested_at"])
        assert dask.equals(local), name
