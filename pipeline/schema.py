"""The one place that defines every output table: pyarrow schemas, SCHEMA_VERSION, and
helpers to turn row records into tables. `tests/test_schema.py` checks it against
CONTRACT.md so the two cannot drift apart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import attrgetter, itemgetter
from typing import Any

import pyarrow as pa

# 2.0: batch_id lives in the partition path only (files no longer store it), as plain string.
# 2.1: statistics values are folded to base units for every unit, money included (30万元 ->
# 300000, unit 元); the new column statistics.unit_written keeps the measure as written (万元).
SCHEMA_VERSION = "2.1"

_str = pa.string()
_int = pa.int64()
_float = pa.float64()
_ts = pa.timestamp("us", tz="UTC")
# batch_id is the Hive partition key: part of every table as readers see it, but stored in the
# `batch_id=<id>` folder name only, never in the files (see FILE_SCHEMAS), so pandas,
# pyarrow.dataset, DuckDB, polars, Dask and Spark all see one string column.
_batch = pa.string()
PARTITION_KEY = "batch_id"


def _schema(*fields: tuple[str, pa.DataType, bool]) -> pa.Schema:
    return pa.schema([pa.field(name, typ, nullable=nullable) for name, typ, nullable in fields])


SCHEMAS: dict[str, pa.Schema] = {
    "documents": _schema(
        ("doc_id", _str, False),
        ("batch_id", _batch, False),
        ("source_path", _str, False),
        ("source_sha256", _str, False),
        ("encoding", _str, False),
        ("n_chars", _int, False),
        ("text", _str, False),
        ("ingested_at", _ts, False),
        # cleaned char i came from raw char raw_offsets[i] (raw = decoded source text)
        ("raw_offsets", pa.list_(pa.int32()), False),
        ("publication_date", pa.date32(), True),
        ("publication_year", _int, True),  # known even when the day is not (batch metadata)
    ),
    "articles": _schema(
        ("article_id", _str, False),
        ("doc_id", _str, False),
        ("batch_id", _batch, False),
        ("seq", _int, False),
        ("headline", _str, True),
        ("subheads", pa.list_(_str), False),
        ("bylines", pa.list_(_str), False),
        ("byline_roles", pa.list_(_str), False),  # parallel to bylines: 记者, 通讯员, ...
        ("dateline_place", _str, True),
        ("publication_date", pa.date32(), True),
        ("publication_year", _int, True),
        ("kind", _str, False),  # article | caption | notice
        ("start", _int, False),
        ("end", _int, False),
    ),
    "sentences": _schema(
        ("sentence_id", _str, False),
        ("article_id", _str, False),
        ("doc_id", _str, False),
        ("batch_id", _batch, False),
        ("seq", _int, False),
        ("start", _int, False),
        ("end", _int, False),
        ("text", _str, False),
    ),
    "tokens": _schema(
        ("doc_id", _str, False),
        ("sentence_id", _str, False),
        ("batch_id", _batch, False),
        ("seq", _int, False),
        ("text", _str, False),
        ("pos", _str, False),
        ("start", _int, False),
        ("end", _int, False),
    ),
    "mentions": _schema(
        ("mention_id", _str, False),
        ("doc_id", _str, False),
        ("article_id", _str, False),
        ("sentence_id", _str, False),
        ("batch_id", _batch, False),
        ("text", _str, False),
        ("label", _str, False),
        ("start", _int, False),
        ("end", _int, False),
        ("entity_id", _str, False),
        ("source", _str, False),
        ("score", _float, True),
    ),
    "entities": _schema(
        ("entity_id", _str, False),
        ("label", _str, False),
        ("name", _str, False),
        ("aliases", pa.list_(_str), False),
        ("admin_code", _str, True),
        ("admin_level", _str, True),
        ("admin_path", _str, True),
        ("n_mentions", _int, False),
        ("batch_id", _batch, False),
    ),
    "statistics": _schema(
        ("stat_id", _str, False),
        ("doc_id", _str, False),
        ("article_id", _str, False),
        ("sentence_id", _str, False),
        ("batch_id", _batch, False),
        ("text", _str, False),
        ("start", _int, False),
        ("end", _int, False),
        ("value", _float, True),
        ("low", _float, True),
        ("high", _float, True),
        ("approx", _str, False),
        ("unit", _str, True),
        ("unit_written", _str, True),  # the measure as written, scale word included: 万元, 成
        ("object", _str, True),
        ("kind", _str, False),
        ("place_entity_id", _str, True),
        ("org_entity_id", _str, True),
        ("date", _str, True),
    ),
    "dates": _schema(
        ("date_id", _str, False),
        ("doc_id", _str, False),
        ("article_id", _str, False),
        ("sentence_id", _str, False),
        ("batch_id", _batch, False),
        ("text", _str, False),
        ("start", _int, False),
        ("end", _int, False),
        ("value", _str, False),
        ("granularity", _str, False),  # decade | year | month | day | hour | minute | second | time
    ),
    "person_roles": _schema(
        ("role_id", _str, False),
        ("person_entity_id", _str, False),
        ("person_name", _str, False),
        ("role", _str, True),  # as written: 社区党支部书记, 一级警长, 记者
        ("role_norm", _str, True),  # normalized: 书记, 警长, reporter ...
        ("org_entity_id", _str, True),
        ("place_entity_id", _str, True),
        ("age", _int, True),
        ("doc_id", _str, False),
        ("sentence_id", _str, True),
        ("batch_id", _batch, False),
        ("start", _int, True),
        ("end", _int, True),
    ),
    "runs": _schema(
        ("run_id", _str, False),
        ("batch_id", _batch, False),
        ("started_at", _ts, False),
        ("finished_at", _ts, False),
        ("status", _str, False),  # ok | partial | failed | skipped (inputs unchanged)
        ("n_documents", _int, False),
        ("n_failed", _int, False),
        ("n_mentions", _int, False),
        ("n_statistics", _int, False),
        ("pipeline_version", _str, False),
        ("schema_version", _str, False),
        ("models", _str, False),  # JSON text
        ("config", _str, False),  # JSON text
        ("errors", _str, False),  # JSON text: [{"source_path", "reason"}]
        ("input_fingerprint", _str, False),  # files + code + models + config; equal -> skip
    ),
}

# Tables produced from the content of a batch; `runs` is the manifest appended per run.
CONTENT_TABLES: tuple[str, ...] = (
    "documents",
    "articles",
    "sentences",
    "tokens",
    "mentions",
    "entities",
    "statistics",
    "dates",
    "person_roles",
)
ALL_TABLES: tuple[str, ...] = (*CONTENT_TABLES, "runs")

# What a Parquet file of each table stores: the table's schema without the partition key.
FILE_SCHEMAS: dict[str, pa.Schema] = {
    name: schema.remove(schema.get_field_index(PARTITION_KEY)) for name, schema in SCHEMAS.items()
}

Record = Mapping[str, Any]


def _column(rows: list[Any], name: str) -> list[Any]:
    """One column's values from typed records (``pipeline.records``) or mappings (a C loop:
    ``map`` with ``attrgetter``/``itemgetter``, no Python code per row)."""
    if rows and not isinstance(rows[0], Mapping):
        return list(map(attrgetter(name), rows))
    return list(map(itemgetter(name), rows))


def to_table(name: str, rows: Iterable[Any], batch_id: str | None = None,
             memory_pool: pa.MemoryPool | None = None) -> pa.Table:
    """Build the named table from row records (``pipeline.records`` dataclasses, or mappings
    with the same keys), in schema column order, failing loudly on a missing column or a wrong
    type rather than writing a table the contract does not allow. ``batch_id``: the batch of
    every row (the partition key), in place of the rows' own; ``memory_pool``: where the
    columns are allocated (Arrow's default pool when None)."""
    schema = SCHEMAS[name]
    rows = list(rows)
    columns = {}
    for field in schema:
        if batch_id is not None and field.name == PARTITION_KEY:
            columns[field.name] = pa.array([batch_id] * len(rows), type=field.type,
                                           memory_pool=memory_pool)
            continue
        try:
            values = _column(rows, field.name)
        except (KeyError, AttributeError) as err:
            raise ValueError(f"table {name!r}: a row lacks column {field.name!r}") from err
        columns[field.name] = pa.array(values, type=field.type, memory_pool=memory_pool)
    return pa.Table.from_pydict(columns, schema=schema)
