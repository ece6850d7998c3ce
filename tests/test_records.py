"""Every typed record matches its table's pyarrow schema, field for field."""

from __future__ import annotations

import collections.abc
import dataclasses
import typing
from array import array
from datetime import UTC, date, datetime

import pyarrow as pa

from pipeline import records
from pipeline.schema import ALL_TABLES, SCHEMAS, to_table

_SCALARS = {str: pa.types.is_string, int: pa.types.is_integer, float: pa.types.is_floating,
            date: pa.types.is_date32, datetime: pa.types.is_timestamp}


def _matches(hint: object, arrow: pa.DataType) -> bool:
    origin = typing.get_origin(hint)
    if origin in (tuple, collections.abc.Sequence):  # Document.raw_offsets: any int sequence
        return pa.types.is_list(arrow) and _matches(typing.get_args(hint)[0], arrow.value_type)
    return _SCALARS[hint](arrow)  # type: ignore[index]


def test_every_table_has_a_record_with_its_fields_in_order() -> None:
    assert set(records.RECORDS) == set(ALL_TABLES)
    for table, cls in records.RECORDS.items():
        hints = typing.get_type_hints(cls)
        schema = SCHEMAS[table]
        assert [f.name for f in dataclasses.fields(cls)] == schema.names, table
        for field in schema:
            args = set(typing.get_args(hints[field.name])) if typing.get_origin(hints[field.name]) in (
                typing.Union, __import__("types").UnionType) else {hints[field.name]}
            assert (type(None) in args) == field.nullable, f"{table}.{field.name} nullability"
            (base,) = args - {type(None)}
            assert _matches(base, field.type), f"{table}.{field.name}: {base} vs {field.type}"


def test_records_build_their_table_and_coerce_from_rows() -> None:
    token = records.Token(doc_id="d", sentence_id="s", batch_id="b", seq=0, text="党员", pos="n",
                          start=0, end=2)
    table = to_table("tokens", [token])
    assert table.num_rows == 1 and table.schema == SCHEMAS["tokens"]
    assert records.coerce(records.Token, table.to_pylist()[0]) == token
    doc = records.coerce(records.Document, {
        "doc_id": "d", "batch_id": "b", "source_path": "a.txt", "source_sha256": "0", "encoding": "utf-8",
        "n_chars": 2, "text": "党员", "ingested_at": datetime(2026, 1, 1, tzinfo=UTC), "raw_offsets": [0, 1],
        "publication_date": None, "publication_year": None})
    assert doc.raw_offsets == (0, 1)


def test_raw_offsets_as_the_clean_stages_int32_array_build_the_same_column() -> None:
    doc = records.coerce(records.Document, {
        "doc_id": "d", "batch_id": "b", "source_path": "a.txt", "source_sha256": "0", "encoding": "utf-8",
        "n_chars": 2, "text": "党员", "ingested_at": datetime(2026, 1, 1, tzinfo=UTC),
        "raw_offsets": [0, 70_000],
        "publication_date": None, "publication_year": None})
    compact = dataclasses.replace(doc, raw_offsets=array("i", [0, 70_000]))
    assert to_table("documents", [compact]).equals(to_table("documents", [doc]))
